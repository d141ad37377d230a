using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// Turns a speaker label into the name a reader knows, from the document itself: "MR. KIRBY" becomes "John Kirby" when
/// the title or the text introduces "NSC Coordinator John Kirby", "THE PRESIDENT" becomes "President Biden" from
/// "Remarks by President Biden". A label the document does not explain is written in ordinary case ("Mr. Kirby").
/// </summary>
public sealed partial class SpeakerNames
{
    private const int IntroductionParagraphs = 40;

    private readonly string title;
    private readonly string introductions;
    private readonly Dictionary<string, string?> resolved = new(StringComparer.Ordinal);

    public SpeakerNames(string title, IReadOnlyList<string> paragraphs)
    {
        this.title = title;
        introductions = string.Join(" ", paragraphs.Take(IntroductionParagraphs));
    }

    /// <summary>The speaker's name for a label, or null for a reporter's question.</summary>
    public string? Resolve(string label)
    {
        if (SpeakerTurns.IsAsking(label)) return null;
        if (!resolved.TryGetValue(label, out var name)) resolved[label] = name = Find(label);
        return name;
    }

    private string Find(string label)
    {
        var words = label.Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is ["THE", .. var office] && office.Length > 0)
        {
            // "THE PRESIDENT": the office as the title names its holder ("Remarks by President Biden and …").
            var officeName = Cased(string.Join(' ', office));
            return OfficeHolder(officeName, title) ?? OfficeHolder(officeName, introductions) ?? "The " + officeName;
        }
        if (words.Length >= 2 && RoleVocabulary.LabelHonorifics.Contains(words[0]) || words.Length >= 3 && words[0] is "PRIME" or "VICE")
        {
            var surname = words[^1];
            return FullName(surname, title) ?? FullName(surname, introductions) ?? Cased(label);
        }
        // An interview's "TAPPER" or "Tapper": the surname of someone the page introduces ("CNN’s Jake Tapper").
        if (words.Length == 1 && words[0].Length > 1)
            return FullName(words[0], title) ?? FullName(words[0], introductions) ?? Cased(label);
        // "PRESIDENT ZELENSKYY", "SENIOR ADMINISTRATION OFFICIAL": the label is the name.
        return Cased(label);
    }

    // "President Biden", "President Joseph R. Biden, Jr." (shortened to the surname): the first holder named.
    private static string? OfficeHolder(string office, string text)
    {
        foreach (Match m in Regex.Matches(text, Regex.Escape(office) + @"\s+(?<name>(?:\p{Lu}[\p{L}'’\-]*\.?\s+){0,3}\p{Lu}[\p{L}'’\-]+)"))
        {
            if (m.Index > 0 && text[..m.Index].TrimEnd().EndsWith("Vice", StringComparison.Ordinal) && !office.StartsWith("Vice", StringComparison.Ordinal)) continue;
            var name = m.Groups["name"].Value.Split(' ')[^1];
            if (name is "Jr" or "Sr" || name.Length < 2) continue;
            return office + " " + name;
        }
        return null;
    }

    // "National Security Advisor Jake Sullivan" for KIRBY/SULLIVAN: the capitalised words before the surname that are
    // not part of a title.
    private static string? FullName(string surname, string text)
    {
        var pattern = @"(?<given>(?:\p{Lu}[\p{Ll}'’\-]+\.?\s+|\p{Lu}\.\s+){1,3})" + Regex.Escape(Cased(surname)) + @"\b";
        foreach (Match m in Regex.Matches(text, pattern))
        {
            var given = m.Groups["given"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Reverse().TakeWhile(w => !TitleWords.Contains(w.TrimEnd('.'))).Reverse().ToList();
            if (given.Count == 0) continue;
            var name = string.Join(' ', given) + " " + Cased(surname);
            var nameStart = m.Index + m.Length - name.Length;
            return Role(text[..Math.Max(0, nameStart)]) is { } role ? $"{name}, {role}" : name;
        }
        return null;
    }

    // The office words just before a name ("… and National Security Advisor Jake Sullivan"), when they are a title.
    private static string? Role(string before)
    {
        var words = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var role = new List<string>();
        for (var i = words.Length - 1; i >= 0 && role.Count < 8; i--)
        {
            var word = words[i].TrimEnd(',');
            if (word != words[i] && role.Count > 0) break;
            if (word is "for" or "of" or "to" or "the" && role.Count > 0) { role.Insert(0, word); continue; }
            if (!RoleVocabulary.OfficeWords.Contains(word)) break;
            role.Insert(0, word);
        }
        while (role.Count > 0 && role[0] is "for" or "of" or "to" or "the") role.RemoveAt(0);
        return role.Count == 0 ? null : RoleVocabulary.SpelledOut(string.Join(' ', role));
    }

    // The capitalised words of a title or an introduction that are no given name: offices, courtesy titles, departments
    // ("Secretary of Labor") and the words around them ("Remarks by", "Press Gaggle Aboard").
    private static readonly HashSet<string> TitleWords = new(RoleVocabulary.OfficeWords.Concat(
    [
        "Mr", "Ms", "Mrs", "Dr", "The", "By", "And", "With", "Of", "For", "Gaggle", "Briefing", "Remarks", "Call", "Speaker", "Office",
        "Agriculture", "Transportation", "Education", "Labor", "Aboard", "Statement", "Readout",
    ]), StringComparer.Ordinal);

    private static string Cased(string upper)
    {
        var lower = CultureInfo.InvariantCulture.TextInfo.ToLower(upper);
        var cased = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);
        // "Jean-Pierre", "O'Brien" come out right; "Mcbath" does not, and is rare.
        return cased;
    }
}
