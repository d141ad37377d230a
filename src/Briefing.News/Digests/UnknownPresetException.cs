namespace Briefing.News.Digests;

/// <summary>A digest asked for a length preset that does not exist; carries the valid names.</summary>
public sealed class UnknownPresetException(string preset, IReadOnlyList<string> validPresets)
    : Exception($"unknown preset '{preset}'; valid presets: {string.Join(", ", validPresets)}")
{
    public string Preset { get; } = preset;

    public IReadOnlyList<string> ValidPresets { get; } = validPresets;
}
