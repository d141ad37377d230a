using Briefing.News.Tests.Topics;

namespace Briefing.News.Tests.Corpus;

/// <summary>The repository's seed pages, found through <see cref="RepositoryFiles"/>.</summary>
internal static class SeedPages
{
    public static string Folder { get; } = RepositoryFiles.Path("seeds");

    /// <summary>The seed file whose name starts with the given number ("000"), as (content, file name).</summary>
    public static (string Content, string FileName) Read(string number)
    {
        var path = Directory.GetFiles(Folder, number + "_*").Single();
        return (File.ReadAllText(path), Path.GetFileName(path));
    }

    public static IEnumerable<string> Numbers() =>
        Directory.GetFiles(Folder).Select(p => Path.GetFileName(p)[..3]).Order();
}
