using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>
/// A sentence as the classifier sees it: its normalised words, each word's number in the <see cref="TopicVocabulary"/>
/// (-1 for words no topic looks for), and whether it asks rather than states.
/// </summary>
internal sealed partial record TokenizedSentence(string Text, IReadOnlyList<string> Words, int[] Ids, bool IsQuestion)
{
    private int[]? clauses;

    /// <summary>The positions, in order, of the words some topic looks for: the only places a phrase can start.</summary>
    public int[] VocabularyPositions { get; } = PositionsOfVocabulary(Ids);

    /// <summary>Whether any word is one some topic looks for; most sentences of a long document are not.</summary>
    public bool HasVocabulary => VocabularyPositions.Length > 0;

    /// <summary>
    /// Whether the sentence gives someone's own words rather than the writer's narration: a speaker's turn, a quotation
    /// ("a bridge to membership"), or a statement in the first person ("we are asking for an invitation"); see
    /// <see cref="OwnWords"/>.
    /// </summary>
    public bool IsOwnWords => InTurnOrQuotation || OwnWords.In(Text);

    /// <summary>Whether the sentence is a speaker's turn, or stands inside a quotation that began before it.</summary>
    public bool InTurnOrQuotation { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TokenizedSentence From(string text, bool isQuestion, TopicVocabulary vocabulary, bool inTurnOrQuotation)
    {
        // A typographic apostrophe would split "Ukraine’s" into "ukraine" and "s", pushing words apart.
        var words = WordTokenizer.Words(text.Contains('’') ? text.Replace('’', '\'') : text).ToList();
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++) ids[i] = vocabulary.IdOfWord(words[i]);
        return new TokenizedSentence(text, words, ids, isQuestion) { InTurnOrQuotation = inTurnOrQuotation };
    }

    public static TokenizedSentence From(string text, TopicVocabulary vocabulary) =>
        From(text, text.TrimEnd().EndsWith('?'), vocabulary, false);

    /// <summary>
    /// The clause number of each word: clauses end at ; : dashes and brackets, and at a comma before a conjunction
    /// ("Sweden joined NATO, and we stand with Ukraine" is two). A relative clause set off by commas ("Moldova, which
    /// borders Ukraine, does not seek to join NATO") is a clause of its own, negative-numbered, and the words after it
    /// are back in the clause it interrupts. Worked out only when a phrase needs binding.
    /// </summary>
    public int ClauseOf(int position)
    {
        if (clauses is null)
        {
            var numbers = new int[Words.Count];
            var word = 0;
            var clause = 0;
            var aside = 0;
            foreach (var part in ClauseBreak().Split(Text))
            {
                var at = 0;
                foreach (Match relative in RelativeClause().Matches(part))
                {
                    Number(part[at..relative.Index], clause);
                    Number(relative.Value, --aside);
                    at = relative.Index + relative.Length;
                }
                Number(part[at..], clause);
                clause++;
            }
            clauses = numbers;

            void Number(string text, int number)
            {
                foreach (var _ in WordTokenizer.Words(text))
                    if (word < numbers.Length) numbers[word++] = number;
            }
        }
        return clauses[position];
    }

    private bool[]? frame;
    private static readonly bool[] NoFrame = [];

    /// <summary>
    /// Whether all the given words stand in a clause of time that only frames what the sentence says: from "until",
    /// "till" or "pending" to the next comma or clause break ("… meant to run until Ukraine joins the alliance, at
    /// which point …").
    /// </summary>
    public bool InFrameClause(int[] positions)
    {
        var inFrame = Frame();
        if (inFrame.Length == 0) return false;
        foreach (var p in positions) if (!inFrame[p]) return false;
        return true;
    }

    /// <summary>Whether any of the given words stands in a clause of time (see <see cref="InFrameClause"/>).</summary>
    public bool TouchesFrameClause(int[] positions)
    {
        var inFrame = Frame();
        if (inFrame.Length == 0) return false;
        foreach (var p in positions) if (inFrame[p]) return true;
        return false;
    }

    private bool[] Frame()
    {
        if (frame is not null) return frame;
        // Most sentences hold no "until": they share one empty answer instead of a table of their own.
        if (!FrameWord().IsMatch(Text)) return frame = NoFrame;
        var flags = new bool[Words.Count];
        var word = 0;
        foreach (var part in FrameBreak().Split(Text))
        {
            var inFrame = false;
            foreach (var w in WordTokenizer.Words(part))
            {
                if (word >= flags.Length) break;
                inFrame |= w is "until" or "till" or "pending";
                flags[word++] = inFrame;
            }
        }
        return frame = flags;
    }

    [GeneratedRegex(@"\b(?:until|till|pending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrameWord();

    [GeneratedRegex(@"[,;:()\[\]—–]|\s-{1,2}\s")]
    private static partial Regex FrameBreak();

    [GeneratedRegex(@"[;:()\[\]—–]|\s-{1,2}\s|,\s*(?=(?:and|but|while|whereas|yet|although|though|as)\b)")]
    private static partial Regex ClauseBreak();

    // ", which … ," / ", who … ," / ", whose … ," / ", where … ,": closed by a comma within the clause.
    [GeneratedRegex(@",\s*(?:which|who|whose|where)\b[^,]*,")]
    private static partial Regex RelativeClause();

    private static int[] PositionsOfVocabulary(int[] ids)
    {
        var count = 0;
        foreach (var id in ids) if (id >= 0) count++;
        if (count == 0) return [];
        var positions = new int[count];
        for (int i = 0, n = 0; i < ids.Length; i++) if (ids[i] >= 0) positions[n++] = i;
        return positions;
    }
}
