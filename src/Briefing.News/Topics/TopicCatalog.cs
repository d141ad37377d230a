using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Briefing.News.Topics;

/// <summary>Reads topic definitions from JSON (config/topics.json) and says what is wrong with them.</summary>
public static partial class TopicCatalog
{
    /// <summary>Parses and checks the topics; throws <see cref="TopicCatalogException"/> listing every problem.</summary>
    public static IReadOnlyList<TopicDefinition> Parse(string json)
    {
        TopicsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, TopicCatalogJsonContext.Default.TopicsFile);
        }
        catch (JsonException ex)
        {
            throw new TopicCatalogException([$"the file is not valid topics JSON ({ex.Message}); fix the syntax at that position"]);
        }
        if (file?.Topics is not { Count: > 0 } topics)
            throw new TopicCatalogException(["\"topics\" is missing or empty; list at least one topic under \"topics\""]);

        var problems = Problems(topics);
        if (file.OtherSubjects is { } others && others.Any(o => string.IsNullOrWhiteSpace(o) || PhraseMatcher.Slots(o).Count != 1))
            problems.Add("other_subjects holds an entry that is not one word; list single country words, such as \"Sweden\"");
        if (problems.Count > 0) throw new TopicCatalogException(problems);
        return topics.Select(t => new TopicDefinition(
            t.Slug!, t.Title!, t.Description ?? "",
            t.Phrases!.Select(p => new TopicPhrase(p.Text!, p.Weight ?? 0) { Within = p.Within, Follows = p.Follows ?? false, Cancels = p.Cancels ?? false }).ToList(),
            t.Threshold!.Value)
        {
            Subject = t.Subject ?? [],
            OtherSubjects = t.Subject is { Count: > 0 } ? file.OtherSubjects ?? [] : [],
            Body = t.Body ?? [],
            OtherBodies = t.OtherBodies ?? [],
            PassageWords = t.PassageWords ?? 120,
            SentenceThreshold = t.SentenceThreshold ?? 1.0,
            LoneSentenceNeedsSpeech = t.LoneSentence == "speech",
        }).ToList();
    }

    private static List<string> Problems(IReadOnlyList<TopicJson> topics)
    {
        var problems = new List<string>();
        var firstIndexOfSlug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            var t = topics[i];
            var at = $"topics[{i}]";
            if (string.IsNullOrWhiteSpace(t.Slug))
                problems.Add($"{at}.slug is missing; give the topic a lowercase-kebab slug such as \"victory-plan\"");
            else if (!KebabSlug().IsMatch(t.Slug))
                problems.Add($"{at}.slug \"{t.Slug}\" is not lowercase-kebab; use lowercase letters and digits joined by single hyphens, such as \"victory-plan\"");
            else if (firstIndexOfSlug.TryGetValue(t.Slug, out var first))
                problems.Add($"{at}.slug \"{t.Slug}\" repeats topics[{first}].slug; give each topic its own slug");
            else
                firstIndexOfSlug[t.Slug] = i;
            if (string.IsNullOrWhiteSpace(t.Title))
                problems.Add($"{at}.title is missing; give the topic a title for readers, such as \"Victory plan\"");
            if (t.Threshold is not > 0)
                problems.Add($"{at}.threshold is {Show(t.Threshold)}; set a positive number: the score a document needs to carry the topic");
            if (t.SentenceThreshold is <= 0)
                problems.Add($"{at}.sentence_threshold is {Show(t.SentenceThreshold)}; set a positive number or leave it out (default 1)");
            foreach (var (key, words) in new[] { ("body", t.Body), ("other_bodies", t.OtherBodies) })
                if (words is not null && words.Any(w => string.IsNullOrWhiteSpace(w) || PhraseMatcher.Slots(w).Count != 1))
                    problems.Add($"{at}.{key} holds an entry that is not one word; list single words, such as \"NATO\" or \"EU\"");
            if (t.LoneSentence is not (null or "any" or "speech"))
                problems.Add($"{at}.lone_sentence is {Show(t.LoneSentence)}; set \"speech\" (one sentence carries the topic only in someone's own words) or \"any\", or leave it out (default \"any\")");
            if (t.PassageWords is < 1)
                problems.Add($"{at}.passage_words is {t.PassageWords}; set 1 or more words or leave it out (default 120)");
            if (t.Phrases is not { Count: > 0 })
            {
                problems.Add($"{at}.phrases is missing or empty; list the phrases that signal the topic, each {{\"text\", \"weight\"}}");
                continue;
            }
            for (var j = 0; j < t.Phrases.Count; j++)
            {
                var p = t.Phrases[j];
                var pat = $"{at}.phrases[{j}]";
                var slots = string.IsNullOrWhiteSpace(p.Text) ? [] : PhraseMatcher.Slots(p.Text);
                if (slots.Count == 0 || slots.Any(s => s.Count == 0))
                    problems.Add($"{pat}.text is {Show(p.Text)}; give words to match, such as \"security guarantees\" (\"a|b\" for either word)");
                if (p.Cancels == true && p.Follows == true)
                    problems.Add($"{pat} both cancels and follows; a phrase that cancels a sentence does not refer back, so keep one of them");
                if (p.Weight is not > 0 && p.Cancels != true)
                    problems.Add($"{pat}.weight is {Show(p.Weight)}; set a positive number: how strongly the phrase signals the topic");
                if (p.Within is { } within && within < slots.Count)
                    problems.Add($"{pat}.within is {within} but the phrase has {slots.Count} words; set within to at least {slots.Count} or leave it out to match the words side by side");
            }
        }
        return problems;
    }

    private static string Show(object? value) => value switch
    {
        null => "missing",
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabSlug();

    internal sealed record TopicsFile(IReadOnlyList<TopicJson>? Topics, IReadOnlyList<string>? OtherSubjects);

    internal sealed record TopicJson(
        string? Slug,
        string? Title,
        string? Description,
        IReadOnlyList<string>? Subject,
        IReadOnlyList<string>? Body,
        IReadOnlyList<string>? OtherBodies,
        IReadOnlyList<PhraseJson>? Phrases,
        double? Threshold,
        double? SentenceThreshold,
        int? PassageWords,
        string? LoneSentence);

    internal sealed record PhraseJson(string? Text, double? Weight, int? Within, bool? Follows, bool? Cancels);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TopicCatalog.TopicsFile))]
internal sealed partial class TopicCatalogJsonContext : JsonSerializerContext;
