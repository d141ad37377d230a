using Briefing.News.Topics;

namespace Briefing.News.Tests.Topics;

/// <summary>The classifier over the topics the product ships with (config/topics.json).</summary>
internal static class LaunchTopics
{
    public static TopicClassifier Classifier() =>
        new(TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.Path("config", "topics.json"))));

    public static IReadOnlyList<string> AssignedSlugs(this TopicClassifier classifier, string title, params string[] paragraphs) =>
        classifier.Classify(title, paragraphs).Assigned.Select(m => m.Slug).ToList();
}
