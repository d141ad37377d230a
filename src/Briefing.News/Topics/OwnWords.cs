using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefing.News.Topics;

/// <summary>
/// Which sentences of a text give someone's own words rather than the writer's narration: a sentence holding a
/// quotation mark or a first-person pronoun, one inside a quotation that runs over several sentences of its paragraph,
/// and one introduced by "… he said:" at the end of the sentence before. (A speaker's turn in a transcript is marked
/// by <see cref="QuestionTurns"/>.)
/// </summary>
internal static partial class OwnWords
{
    /// <summary>
    /// One flag per sentence, in reading order over the paragraphs: whether it stands inside a quotation opened in an
    /// earlier sentence of its paragraph or follows "… he said:". What a sentence holds itself is <see cref="In"/>,
    /// asked only of the few sentences whose voice decides something.
    /// </summary>
    public static bool[] Mark(IReadOnlyList<IReadOnlyList<string>> paragraphs)
    {
        var flags = new bool[paragraphs.Sum(p => p.Count)];
        var i = 0;
        var introduced = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var sentences = paragraphs[p];
            // A quotation left open at a paragraph's end is a typo or a quote that goes on in the next paragraph with
            // its own opening mark: either way, the next paragraph starts outside.
            var open = false;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                flags[i++] = open || introduced;
                var rest = sentence.AsSpan();
                for (var at = rest.IndexOfAny(QuotationMarks); at >= 0; at = rest.IndexOfAny(QuotationMarks))
                {
                    open = rest[at] switch { '“' or '«' => true, '”' or '»' => false, _ => !open };
                    rest = rest[(at + 1)..];
                }
                introduced = sentence.AsSpan().TrimEnd().EndsWith(":") && SpeechIntroduced().IsMatch(sentence);
            }
        }
        return flags;
    }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”«»");

    /// <summary>Whether the sentence itself holds a quotation mark or speaks in the first person.</summary>
    public static bool In(string sentence) => sentence.AsSpan().IndexOfAny(QuotationMarks) >= 0 || FirstPerson().IsMatch(sentence);

    // A first-person pronoun: lower-case "us" only, since "US" is the United States.
    [GeneratedRegex(@"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")]
    private static partial Regex FirstPerson();

    // "… he said:", "… the minister told reporters:", ending the sentence.
    [GeneratedRegex(@"\b(?:said|says|told(?:\s+\w+){0,2}|added|declared|stated|replied|answered|wrote|writes)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechIntroduced();
}
