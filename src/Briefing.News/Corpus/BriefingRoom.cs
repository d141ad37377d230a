using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>
/// Documents of the White House Briefing Room (press briefings and gaggles, remarks, statements, readouts, fact sheets,
/// proclamations) name no outlet of their own: their title's form and a U.S. office in it or in the opening text say whose they are.
/// </summary>
internal static partial class BriefingRoom
{
    public const string Outlet = "White House";

    public static bool Published(string title, IReadOnlyList<PageLine> lines)
    {
        if (!Genre().IsMatch(title)) return false;
        if (Office().IsMatch(title)) return true;
        foreach (var line in lines.Take(12))
            if (Office().IsMatch(line.Text)) return true;
        // A memorandum or proclamation names its office only in the President's signature at the end.
        return lines.TakeLast(3).Any(line => Signature().IsMatch(line.Text.Trim()));
    }

    [GeneratedRegex(@"^(?:CORRECTED:\s*)?(?:FACT SHEET|Fact Sheet|Press Briefing|Press Gaggle|Background Press Call|On-the-Record (?:Press|Roundtable|Briefing|Call)|Background Briefing|Remarks (?i:by|of)|Statement (?i:from|by)|Readout (?:of|from)|Joint Statement|Proclamation|A Proclamation|Executive Order|Memorandum|Message to the Congress|Letter to|Presidential|Notice on|Press Release|WEEK \d+ WINS|Press Call)", RegexOptions.CultureInvariant)]
    private static partial Regex Genre();

    [GeneratedRegex(@"^(?:JOSEPH R\. BIDEN,? JR\.|DONALD J\. TRUMP|BARACK OBAMA)$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"\bWhite House\b|\bPress Secretary\b|\bPresident (?:\p{Lu}[\p{L}.]*\s+){0,2}(?:Biden|Trump|Obama)\b|\bVice President (?:Harris|Vance|Pence)\b|\bFirst Lady\b|\bNational Security (?:Advisor|Adviser|Council)\b|\bAPNSA\b|\bNSC (?:Spokesperson|Coordinator)\b|\bSENIOR ADMINISTRATION OFFICIAL\b|\bsenior administration officials?\b|\bTHE PRESIDENT:|\bPresident of the United States\b|\bOffice of the Press Secretary\b|\bBriefing Room\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();
}
