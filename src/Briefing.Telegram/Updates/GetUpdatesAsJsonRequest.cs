using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Updates;

/// <summary>
/// getUpdates answered as raw JSON items: the library's own GetUpdatesRequest reads the batch as a whole, so one
/// malformed update would fail every call; <see cref="UpdateReader"/> reads these one by one instead.
/// </summary>
internal sealed class GetUpdatesAsJsonRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Offset { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Limit { get; set; }

    /// <summary>Seconds the server may hold the call waiting for an update.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Timeout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IEnumerable<UpdateType>? AllowedUpdates { get; set; }
}
