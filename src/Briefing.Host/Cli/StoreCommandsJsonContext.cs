using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Host.Cli;

/// <summary>Source-generated JSON for the lines `articles --json` and `search --json` print.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticleJsonLine))]
[JsonSerializable(typeof(SearchHitJsonLine))]
public sealed partial class StoreCommandsJsonContext : JsonSerializerContext
{
    /// <summary>Keeps quotes and non-ASCII letters readable (’, ü) instead of \u escapes; each value is still one line.</summary>
    public static StoreCommandsJsonContext Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
