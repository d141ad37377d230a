using System.CommandLine;
using System.Text.Json;
using Briefing.News.Corpus;
using Briefing.News.Summaries;

namespace Briefing.Host.Cli;

/// <summary>`briefing summarize FILE...`: the summariser on arbitrary files as one multi-document input, no database.</summary>
public static class SummarizeCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Text or HTML files to summarise together.", Arity = ArgumentArity.OneOrMore };
        var sentences = new Option<int?>("--sentences") { Description = "Number of sentences to choose (default 5)." };
        var words = new Option<int?>("--words") { Description = "Stop at about this many words instead." };
        var json = new Option<bool>("--json") { Description = "Print {\"sentences\": [...]} instead of one sentence per line." };
        var command = new Command("summarize", "Summarise files as one multi-document input: the chosen sentences in reading order.");
        command.Arguments.Add(files);
        command.Options.Add(sentences);
        command.Options.Add(words);
        command.Options.Add(json);
        command.Validators.Add(result =>
        {
            if (result.GetValue(sentences) is not null && result.GetValue(words) is not null)
                result.AddError("Give either --sentences or --words, not both.");
            if (result.GetValue(sentences) is <= 0 || result.GetValue(words) is <= 0)
                result.AddError("--sentences and --words take a positive number.");
        });

        command.SetAction(parse =>
        {
            var documents = new List<SummaryDocument>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists) return CommandErrors.Fail(parse, $"no such file: {file.FullName}");
                try
                {
                    documents.Add(Read(file, documents.Count));
                }
                catch (PageTooComplexException ex)
                {
                    return CommandErrors.Fail(parse, $"{file.FullName}: {ex.Message}");
                }
            }
            var budget = parse.GetValue(words) is { } w ? SummaryBudget.OfWords(w) : SummaryBudget.OfPoints(parse.GetValue(sentences) ?? 5);
            var points = new Summarizer().Summarize(documents, budget);
            var chosen = points
                .OrderBy(p => p.DocumentIndex).ThenBy(p => p.SentenceIndex)
                .Select(p => p.Text)
                .ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(new { sentences = chosen }));
            else
                foreach (var sentence in chosen) output.WriteLine(sentence);
            return 0;
        });
        return command;
    }

    private static SummaryDocument Read(FileInfo file, int index)
    {
        var content = File.ReadAllText(file.FullName);
        var article = new ArticleCleaner().Clean(content, file.Name);
        return new SummaryDocument(index + 1, article.Title, article.Outlet, article.Published, null, article.Paragraphs);
    }
}
