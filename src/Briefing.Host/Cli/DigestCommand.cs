using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Host.Digests;
using Briefing.Host.Hosting;
using Briefing.News.Digests;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing digest`: a digest of the stored articles, as text, Telegram HTML or JSON.</summary>
public static class DigestCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var topics = new Option<string[]>("--topic")
        {
            Description = "A topic's slug; repeat for several (default: every configured topic).",
            HelpName = "SLUG",
            AllowMultipleArgumentsPerToken = false,
        };
        var since = new Option<string?>("--since") { Description = "Only articles published at or after this time (ISO 8601).", HelpName = "ISO8601" };
        var preset = new Option<string>("--preset") { Description = "Digest length: brief (3 points a topic), standard (5), full (8).", DefaultValueFactory = _ => DigestPreset.Standard.Name };
        preset.AcceptOnlyFromAmong([.. DigestPreset.All.Select(p => p.Name)]);
        var format = new Option<string>("--format") { Description = "text, html (the Telegram messages) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html", "json");

        var command = new Command("digest", "Summarise the stored articles per topic into a digest (run `briefing ingest` first).");
        command.Options.Add(topics);
        command.Options.Add(since);
        command.Options.Add(preset);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            DateTimeOffset? publishedSince = null;
            if (parse.GetValue(since) is { } sinceText)
            {
                if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    return CommandErrors.Fail(parse, $"--since \"{sinceText}\" is not an ISO 8601 time; write e.g. 2024-10-01 or 2024-10-01T08:00:00Z.");
                publishedSince = parsed;
            }

            using var host = BriefingHost.CreateBuilder(parse).Build();
            var configured = host.Services.GetRequiredService<TopicClassifier>().Topics.Select(t => t.Slug).ToList();
            var slugs = parse.GetValue(topics) is { Length: > 0 } given ? given : [.. configured];
            if (slugs.FirstOrDefault(slug => !configured.Contains(slug)) is { } unknown)
                return CommandErrors.UnknownTopic(parse, unknown, configured);
            var digest = await host.Services.GetRequiredService<DigestAssembler>().AssembleAsync(
                new DigestRequest(slugs, 0, publishedSince, parse.GetValue(preset)!, null), cancellationToken);

            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(JsonSerializer.Serialize(JsonDocumentOf(digest), Json));
                    break;
                case "html":
                    for (var i = 0; i < digest.HtmlMessages.Count; i++)
                    {
                        if (i > 0) output.WriteLine();
                        output.WriteLine($"<!-- message {i + 1} of {digest.HtmlMessages.Count} -->");
                        output.WriteLine(digest.HtmlMessages[i]);
                    }
                    if (digest.HtmlMessages.Count == 0) output.WriteLine($"<!-- no message: {DigestWording.NothingNew} -->");
                    break;
                default:
                    output.Write(digest.Text);
                    break;
            }
            return 0;
        }));
        return command;
    }

    // The field names are the documented interface of `--format json`.
    private static object JsonDocumentOf(AssembledDigest digest) => new
    {
        topics = digest.Digest.Sections.Select(section => new
        {
            slug = section.Slug,
            title = section.Title,
            articles = section.Articles,
            sources = section.Sources,
            bullets = section.Points.Select(point => new
            {
                text = point.Text,
                date = IsoDate(point.DatedBy?.Date),
                // "published", or "first seen" when the page stated no date.
                dated_by = point.DatedBy is { Date: not null } by ? by.IsDatedByFirstSeen ? "first seen" : "published" : null,
                speaker = point.Speaker,
                via = point.Via,
                sources = point.Sources.Select(s => new
                {
                    article_id = s.ArticleId, outlet = s.Outlet, title = s.Title, published = s.Published, url = s.Url,
                }),
            }),
        }),
        messages = digest.HtmlMessages,
    };

    private static string? IsoDate(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
