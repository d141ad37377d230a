using BenchmarkDotNet.Attributes;
using Briefing.News.Digests;
using Briefing.News.Summaries;
using Briefing.News.Topics;

namespace Briefing.Benchmarks.Digests;

/// <summary>
/// A one-topic digest over a window of generated articles: sentence topic scores from the configured
/// classifier, the summariser, composition and Telegram rendering (everything after the database read).
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private IReadOnlyList<SummaryDocument> articles = [];
    private TopicClassifier classifier = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        articles = GeneratedArticles.Create(Articles);
        classifier = new TopicClassifier(TopicCatalog.Parse(File.ReadAllText(TopicsFile())));
    }

    [Benchmark]
    public int DigestForOneTopic()
    {
        var definition = classifier.Topics.Single(t => t.Slug == "victory-plan");
        var topic = new DigestTopic(definition.Slug, definition.Title, articles, TopicRelevance.For(classifier, definition));
        var digest = new DigestComposer(new Summarizer()).Compose([topic], DigestPreset.Standard);
        return new TelegramDigestRenderer().Render(digest).Count;
    }

    private static string TopicsFile()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "config", "topics.json"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("config/topics.json not found"), "config", "topics.json");
    }
}
