using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.Host.Topics;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>`briefing topics [--json]`: the configured topics.</summary>
public static class TopicsCommand
{
    private static readonly TopicsJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: slug, title, description." };
        var command = new Command("topics", "List the configured topics.");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            IReadOnlyList<TopicDefinition> topics;
            try
            {
                topics = host.Services.GetRequiredService<IReadOnlyList<TopicDefinition>>();
            }
            catch (OptionsValidationException ex)
            {
                foreach (var failure in ex.Failures) Console.Error.WriteLine($"briefing topics: {failure}");
                return Task.FromResult(1);
            }
            if (parse.GetValue(json))
            {
                foreach (var t in topics)
                    Console.WriteLine(JsonSerializer.Serialize(new TopicJson(t.Slug, t.Title, t.Description), Json.TopicJson));
                return Task.FromResult(0);
            }
            var table = new Table().AddColumns("Slug", "Title", "Description");
            foreach (var t in topics) table.AddRow(Markup.Escape(t.Slug), Markup.Escape(t.Title), Markup.Escape(t.Description));
            AnsiConsole.Write(table);
            return Task.FromResult(0);
        });
        return command;
    }
}
