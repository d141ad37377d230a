namespace Briefing.News.Topics;

/// <summary>
/// Light suffix stripping so inflected forms match their configured phrase (guarantees, guaranteed = guarantee;
/// membership = member; joining = join; but "members", the allies, stays apart). Applied to topic phrases and to text
/// alike, so a stem need not be a word.
/// </summary>
public static class WordStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
        // "NATO members", "members of the alliance" are the allies; membership is the singular's ("become a member").
        if (word == "members") return word;
        var w = word;
        if (w.EndsWith("ships", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("ship", StringComparison.Ordinal) && w.Length > 7) w = w[..^4];
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = UndoubleConsonant(w[..^3]);
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = UndoubleConsonant(w[..^2]);

        // A final e comes and goes with suffixes (invite/invited, guarantee/guaranteed): drop it everywhere.
        while (w.EndsWith('e') && w.Length > 3) w = w[..^1];
        return w;
    }

    // planned -> plann -> plan, committed -> committ -> commit; but "guarantee" must not lose a letter here.
    private static string UndoubleConsonant(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1]) ? stem[..^1] : stem;
}
