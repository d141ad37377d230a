using System.Text.Json.Serialization;

namespace Briefing.Host.Topics;

/// <summary>Source-generated snake_case JSON for the topic commands' output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ClassifiedFileJson))]
[JsonSerializable(typeof(TopicJson))]
internal sealed partial class TopicsJsonContext : JsonSerializerContext;
