using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.News.Topics;

/// <summary>Reads topic definitions from JSON (config/topics.json) and says what is wrong with them.</summary>
public static class TopicCatalog
{
    public static IReadOnlyList<TopicDefinition> Parse(string json)
    {
        var file = JsonSerializer.Deserialize(json, TopicCatalogJsonContext.Default.TopicsFile)
            ?? throw new FormatException("topics file is empty");
        return file.Topics.Select(t => new TopicDefinition(
            t.Slug, t.Title, t.Description ?? "",
            (t.Phrases ?? []).Select(p => new TopicPhrase(p.Text, p.Weight)).ToList(),
            t.Threshold ?? 1.0)).ToList();
    }

    internal sealed record TopicsFile(IReadOnlyList<TopicJson> Topics);
    internal sealed record TopicJson(string Slug, string Title, string? Description, IReadOnlyList<PhraseJson>? Phrases, double? Threshold);
    internal sealed record PhraseJson(string Text, double Weight);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TopicCatalog.TopicsFile))]
internal sealed partial class TopicCatalogJsonContext : JsonSerializerContext;
