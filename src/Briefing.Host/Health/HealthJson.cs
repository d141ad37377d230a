using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Host.Health;

/// <summary>The JSON form of the health and stats reports: snake_case, nulls kept so every field is always there.</summary>
public static class HealthJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };
}
