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
        return false;
    }

    [GeneratedRegex(@"^(?:FACT SHEET|Fact Sheet|Press Briefing|Press Gaggle|Background Press Call|On-the-Record Press|Background Briefing|Remarks (?:by|of)|Statement (?:from|by)|Readout of|Joint Statement|Proclamation|A Proclamation|Executive Order|Memorandum|Message to the Congress|Letter to|Presidential|Notice on|WEEK \d+ WINS|Press Call)", RegexOptions.CultureInvariant)]
    private static partial Regex Genre();

    [GeneratedRegex(@"\bWhite House\b|\bPress Secretary\b|\bPresident (?:Biden|Trump|Obama|Joseph R\. Biden|Donald J\. Trump)\b|\bVice President (?:Harris|Vance|Pence)\b|\bFirst Lady\b|\bNational Security (?:Advisor|Adviser|Council)\b|\bAPNSA\b|\bTHE PRESIDENT:|\bPresident of the United States\b|\bOffice of the Press Secretary\b|\bBriefing Room\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();
}
