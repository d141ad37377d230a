using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// The words of offices and titles ("Press Secretary", "National Security Advisor", "MR."), one list for every place that
/// names a speaker or author, and the abbreviations a reader is given spelled out ("APNSA" is National Security Advisor).
/// </summary>
internal static partial class RoleVocabulary
{
    /// <summary>Words an office is made of, as ordinary text writes them ("… and National Security Advisor Jake Sullivan").</summary>
    public static readonly FrozenSet<string> OfficeWords = FrozenSet.Create(StringComparer.Ordinal,
        "Secretary", "Press", "Advisor", "Adviser", "Coordinator", "Director", "Admiral", "General", "Ambassador", "Administrator",
        "Senator", "Representative", "Governor", "Mayor", "Chair", "Deputy", "Principal", "National", "Security", "Communications",
        "Strategic", "Spokesperson", "Minister", "Senior", "Chief", "Staff", "Counselor", "Assistant", "Special", "Council",
        "Economic", "Commissioner", "Leader", "Defense", "Defence", "State", "Homeland", "Commerce", "Treasury", "Energy", "NSC", "APNSA",
        "White", "House", "Foreign", "Affairs", "Affair", "Policy", "Prime", "Vice", "President", "Sherpa", "U.S.", "UN", "NATO");

    /// <summary>Words that open a transcript's speaker label before a surname ("MR. KIRBY", "SECRETARY BLINKEN", "GEN. MILLEY").</summary>
    public static readonly FrozenSet<string> LabelHonorifics = FrozenSet.Create(StringComparer.Ordinal,
        "MR", "MS", "MRS", "DR", "SECRETARY", "ADMIRAL", "GENERAL", "AMBASSADOR", "ADMINISTRATOR", "DIRECTOR", "SENATOR",
        "REPRESENTATIVE", "GOVERNOR", "MAYOR", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "COMMISSIONER", "DEPUTY", "GEN", "ADM");

    /// <summary>The office as a reader knows it: the White House's abbreviations spelled out.</summary>
    public static string SpelledOut(string office) => Apnsa().Replace(office, "National Security Advisor");

    // The White House's own abbreviation for the Assistant to the President for National Security Affairs.
    [GeneratedRegex(@"\bAPNSA\b")]
    private static partial Regex Apnsa();
}
