using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.News.Corpus;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>`briefing classify FILE... [--json]`: the topics of files, without storing them.</summary>
public static class ClassifyCommand
{
    // The table shows the strongest few phrases; --json carries them all.
    private const int TableEvidence = 3;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Text or HTML files to classify.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: file, title, topics [{slug, score, evidence}]." };
        var command = new Command("classify", "Classify files by topic without storing them.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            TopicClassifier classifier;
            using (var host = BriefingHost.CreateBuilder(parse).Build()) classifier = host.Services.GetRequiredService<TopicClassifier>();

            var output = parse.InvocationConfiguration.Output;
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
                    parse.InvocationConfiguration.Error.WriteLine($"skipped {file}: {ex.Message}");
                    continue;
                }
                CleanedArticle article;
                try
                {
                    article = cleaner.Clean(content, file);
                }
                catch (PageTooComplexException ex)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"skipped {file}: {ex.Message}");
                    continue;
                }
                var assigned = classifier.Classify(article.Title, article.Paragraphs).Assigned;
                var result = new ClassifiedFileJson(file, article.Title, assigned);
                results.Add(result);
                if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(result, CliJsonContext.Lines.ClassifiedFileJson));
            }
            if (!parse.GetValue(json) && results.Count > 0) PrintTable(results, output);
            return results.Count > 0 ? 0 : 1;
        }));
        return command;
    }

    private static void PrintTable(IReadOnlyList<ClassifiedFileJson> results, TextWriter output)
    {
        var table = new Table().AddColumns("File", "Title", "Topic", "Score", "Evidence");
        foreach (var r in results)
        {
            if (r.Topics.Count == 0) table.AddRow(Markup.Escape(r.File), Markup.Escape(r.Title), "(none)", "", "");
            for (var i = 0; i < r.Topics.Count; i++)
            {
                var t = r.Topics[i];
                table.AddRow(i == 0 ? Markup.Escape(r.File) : "", i == 0 ? Markup.Escape(r.Title) : "",
                    t.Slug, t.Score.ToString("0.##", CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", t.Evidence.Take(TableEvidence))));
            }
        }
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
    }
}
