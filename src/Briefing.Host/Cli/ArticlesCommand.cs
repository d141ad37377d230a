using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing articles`: list the stored articles, optionally of one topic, as text or JSON lines.</summary>
public static class ArticlesCommand
{
    private const int PageSize = 500;

    public static Command Create()
    {
        var topic = new Option<string?>("--topic") { Description = "Only articles carrying this topic (its slug, as in config/topics.json).", HelpName = "SLUG" };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: id, title, outlet, published, topics, source, url, body." };
        var command = new Command("articles", "List the stored articles (latest versions), oldest first.");
        command.Options.Add(topic);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var slug = parse.GetValue(topic);
            if (slug is not null)
            {
                var known = host.Services.GetRequiredService<TopicClassifier>().Topics.Select(t => t.Slug).ToList();
                if (!known.Contains(slug, StringComparer.Ordinal))
                    return CommandErrors.UnknownTopic(parse, slug, known);
            }

            var repository = host.Services.GetRequiredService<IArticleRepository>();
            var output = parse.InvocationConfiguration.Output;
            var asJson = parse.GetValue(json);
            long after = 0;
            while (true)
            {
                var page = await repository.ListAsync(new ArticleQuery(slug is null ? null : [slug], after, Limit: PageSize), cancellationToken);
                foreach (var article in page) output.WriteLine(asJson ? JsonLine(article) : TextLine(article));
                if (page.Count < PageSize) return 0;
                after = page[^1].Id;
            }
        }));
        return command;
    }

    private static string JsonLine(StoredArticle article) => JsonSerializer.Serialize(
        new ArticleJsonLine(article.Id, article.Title, article.Outlet, article.Published, article.Topics.Select(t => t.Slug).ToList(), article.SourcePath, article.Url, article.Body),
        CliJsonContext.Lines.ArticleJsonLine);

    private static string TextLine(StoredArticle article)
    {
        var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var topics = article.Topics.Count == 0 ? "" : $"  [{string.Join(", ", article.Topics.Select(t => t.Slug))}]";
        return $"{article.Id,6}  {date,-10}  {article.Outlet ?? "-"}  {article.Title}{topics}";
    }
}
