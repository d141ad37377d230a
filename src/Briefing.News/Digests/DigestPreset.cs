namespace Briefing.News.Digests;

/// <summary>How long a digest is: the number of points per topic section.</summary>
public sealed record DigestPreset(string Name, int PointsPerTopic)
{
    public static readonly DigestPreset Brief = new("brief", 3);
    public static readonly DigestPreset Standard = new("standard", 5);
    public static readonly DigestPreset Full = new("full", 8);

    public static IReadOnlyList<DigestPreset> All { get; } = [Brief, Standard, Full];

    public static DigestPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
