using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Host.Topics;

/// <summary>Source-generated snake_case JSON for the lines `classify --json` and `topics --json` print.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ClassifiedFileJson))]
[JsonSerializable(typeof(TopicJson))]
internal sealed partial class TopicsJsonContext : JsonSerializerContext
{
    /// <summary>Keeps quotes and non-ASCII letters readable (’, ü) instead of \u escapes; each value is still one line.</summary>
    public static TopicsJsonContext Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
