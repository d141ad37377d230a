namespace Briefing.News.Tests.Topics;

/// <summary>Finds files of the repository (config/, seeds/) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test output holds Briefing.sln");
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);
}
