using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.Host.Topics;
using Briefing.News.Corpus;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>`briefing classify FILE... [--json]`: the topics of files, without storing them.</summary>
public static class ClassifyCommand
{
    private static readonly TopicsJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Titles are read by people: keep quotes and non-ASCII letters as they are (still valid JSON).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Text or HTML files to classify.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: file, title, topics [{slug, score, evidence}]." };
        var command = new Command("classify", "Classify files by topic without storing them.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            TopicClassifier classifier;
            using (var host = BriefingHost.CreateBuilder(parse).Build())
            {
                try
                {
                    classifier = host.Services.GetRequiredService<TopicClassifier>();
                }
                catch (OptionsValidationException ex)
                {
                    foreach (var failure in ex.Failures) Console.Error.WriteLine($"briefing classify: {failure}");
                    return 1;
                }
            }

            var cleaner = new ArticleCleaner();
            var results = new List<ClassifiedFileJson>();
            foreach (var file in parse.GetValue(files) ?? [])
            {
                string content;
                try
                {
                    content = await File.ReadAllTextAsync(file, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"briefing classify: skipped {file}: {ex.Message}");
                    continue;
                }
                var article = IsHtml(file) ? cleaner.CleanHtml(content) : cleaner.CleanText(content);
                var classification = classifier.Classify(article.Title, article.Paragraphs);
                var result = new ClassifiedFileJson(file, article.Title,
                    classification.Assigned.Select(m => new TopicMatchJson(m.Slug, m.Score, m.Evidence)).ToList());
                results.Add(result);
                if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(result, Json.ClassifiedFileJson));
            }
            if (!parse.GetValue(json) && results.Count > 0) PrintTable(results);
            return results.Count > 0 ? 0 : 1;
        });
        return command;
    }

    private static bool IsHtml(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";

    private static void PrintTable(IReadOnlyList<ClassifiedFileJson> results)
    {
        var table = new Table().AddColumns("File", "Title", "Topic", "Score", "Evidence");
        foreach (var r in results)
        {
            if (r.Topics.Count == 0) table.AddRow(Markup.Escape(r.File), Markup.Escape(r.Title), "(none)", "", "");
            for (var i = 0; i < r.Topics.Count; i++)
            {
                var t = r.Topics[i];
                table.AddRow(i == 0 ? Markup.Escape(r.File) : "", i == 0 ? Markup.Escape(r.Title) : "",
                    t.Slug, t.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", t.Evidence)));
            }
        }
        AnsiConsole.Write(table);
    }
}
