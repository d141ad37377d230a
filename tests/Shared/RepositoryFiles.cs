namespace Briefing.Tests.Shared;

/// <summary>Files of the repository the tests read (seeds/, config/), found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding Briefing.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path("seeds");

    public static string TopicsJson => Path("config", "topics.json");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
