using System.Text.RegularExpressions;

namespace Briefing.News.Text;

/// <summary>Splits paragraphs into sentences.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?][""”’']?)\s+(?=[""“‘']?[A-Z])")]
    private static partial Regex Boundary();
}
