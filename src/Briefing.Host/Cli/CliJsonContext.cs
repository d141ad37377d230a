using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Store.Search;

namespace Briefing.Host.Cli;

/// <summary>
/// Source-generated snake_case JSON for the lines `articles`, `search`, `classify` and `topics --json` print
/// (their field names are single words today, so camelCase would print the same).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ArticleJsonLine))]
[JsonSerializable(typeof(SearchHit))]
[JsonSerializable(typeof(ClassifiedFileJson))]
[JsonSerializable(typeof(TopicJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Keeps quotes and non-ASCII letters readable (’, ü) instead of \u escapes; each value is still one line.</summary>
    public static CliJsonContext Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
