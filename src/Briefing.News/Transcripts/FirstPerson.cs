using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>Whether a sentence speaks in the first person outside quotation marks ("We will", "I think"): it needs a named speaker to stand alone.</summary>
public static partial class FirstPerson
{
    public static bool Speaks(string sentence) => Pronoun().IsMatch(Quoted().Replace(sentence, " "));

    // A quotation opened and not closed runs on past this sentence ("Trump said: “They’re not going to be a part of NATO,
    // but we’ve got …"): its words are the named speaker's. A sentence that only continues one names nobody, so its
    // first person still counts.
    [GeneratedRegex(@"“[^”]*”|""[^""]*""|“[^”]*$|""[^""]*$")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'll|[Ww]e’ll|[Oo]ur|[Oo]urs|[Mm]y|[Mm]e|us|[Oo]urselves|[Mm]yself)\b")]
    private static partial Regex Pronoun();
}
