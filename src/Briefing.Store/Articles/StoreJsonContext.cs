using System.Text.Json.Serialization;

namespace Briefing.Store.Articles;

/// <summary>Source-generated JSON for the evidence lists stored with article topics.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
