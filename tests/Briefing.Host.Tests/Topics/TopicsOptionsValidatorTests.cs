using Briefing.Host.Topics;

namespace Briefing.Host.Tests.Topics;

public sealed class TopicsOptionsValidatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("briefing-topics-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, "topics.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static IReadOnlyList<string> Failures(string path) =>
        new TopicsOptionsValidator().Validate(null, new TopicsOptions { Path = path }).Failures?.ToList() ?? [];

    [Fact]
    public void A_missing_topics_file_is_named_with_the_setting_to_fix()
    {
        var path = Path.Combine(folder, "nowhere.json");

        var failure = Assert.Single(Failures(path));

        Assert.Equal($"Topics:Path: {path} does not exist; create it or point Topics:Path at the topics file", failure);
    }

    [Fact]
    public void A_bad_and_a_duplicate_slug_are_both_reported_with_the_file()
    {
        var path = Write("""
            { "topics": [
              { "slug": "Victory Plan", "title": "A", "threshold": 1, "phrases": [ { "text": "victory plan", "weight": 1 } ] },
              { "slug": "nato", "title": "B", "threshold": 1, "phrases": [ { "text": "nato", "weight": 1 } ] },
              { "slug": "nato", "title": "C", "threshold": 1, "phrases": [ { "text": "nato", "weight": 1 } ] }
            ] }
            """);

        var failures = Failures(path);

        Assert.Equal(2, failures.Count);
        Assert.StartsWith($"{path}: topics[0].slug \"Victory Plan\" is not lowercase-kebab", failures[0]);
        Assert.Equal($"{path}: topics[2].slug \"nato\" repeats topics[1].slug; give each topic its own slug", failures[1]);
    }

    [Fact]
    public void The_shipped_topics_file_is_valid()
    {
        Assert.Empty(Failures(RepositoryFiles.TopicsJson));
    }
}
