namespace Briefing.Host.Tests.Ingestion;

/// <summary>Files of the repository the tests read: the seeds and the topic configuration.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TopicsJson => Path.Combine(Root, "config", "topics.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
