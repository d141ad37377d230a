using System.CommandLine;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>`briefing topics [--json]`: the configured topics.</summary>
public static class TopicsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: slug, title, description." };
        var command = new Command("topics", "List the configured topics.");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var topics = host.Services.GetRequiredService<IReadOnlyList<TopicDefinition>>();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                foreach (var t in topics)
                    output.WriteLine(JsonSerializer.Serialize(new TopicJson(t.Slug, t.Title, t.Description), CliJsonContext.Lines.TopicJson));
                return Task.FromResult(0);
            }
            var table = new Table().AddColumns("Slug", "Title", "Description");
            foreach (var t in topics) table.AddRow(Markup.Escape(t.Slug), Markup.Escape(t.Title), Markup.Escape(t.Description));
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
            return Task.FromResult(0);
        }));
        return command;
    }
}
