namespace Briefing.News.Tests.Corpus;

/// <summary>The repository's seed pages, found by walking up from the test binaries to the folder holding Briefing.sln.</summary>
internal static class SeedPages
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "seeds");

    /// <summary>The seed file whose name starts with the given number ("000"), as (content, file name).</summary>
    public static (string Content, string FileName) Read(string number)
    {
        var path = Directory.GetFiles(Folder, number + "_*").Single();
        return (File.ReadAllText(path), Path.GetFileName(path));
    }

    public static IEnumerable<string> Numbers() =>
        Directory.GetFiles(Folder).Select(p => Path.GetFileName(p)[..3]).Order();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Briefing.sln above {AppContext.BaseDirectory}");
    }
}
