using System.CommandLine;
using Briefing.Host.Feeds;
using Briefing.Host.Hosting;
using Briefing.Host.Ingestion;
using Briefing.Host.Scheduling;
using Briefing.Store.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>`briefing ingest`: read, clean, classify and store the corpus, then print what happened.</summary>
public static class IngestCommand
{
    // Below this many files a run ends before a progress bar would tell anyone anything.
    private const int ProgressBarFromFiles = 500;

    public static Command Create()
    {
        var command = new Command("ingest", "Read the corpus folders (.txt, .html, .htm) and pull every feed that is not paused; clean and classify each page, store the articles, and record the run for `briefing stats`.");
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var ingester = host.Services.GetRequiredService<CorpusIngester>();
            var files = ingester.FindFiles();
            var output = parse.InvocationConfiguration.Output;
            var report = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && files.Paths.Count >= ProgressBarFromFiles
                ? await IngestWithProgressBarAsync(ingester, files, cancellationToken)
                : await ingester.IngestAsync(files, progress: null, cancellationToken);

            // Recorded as the worker records its own, so `briefing stats` and /healthz see an ingestion run from the shell.
            await host.Services.GetRequiredService<IWorkerStatusRepository>().SetAsync(
                IngestionJob.StatusName, report.Summary, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
            output.WriteLine($"{report.New} new, {report.Unchanged} unchanged, {report.NearDuplicates} near-duplicate, " +
                             $"{report.NewVersions} new versions, {report.Skipped.Count} skipped");
            foreach (var skipped in report.Skipped) output.WriteLine($"skipped {skipped.Path}: {skipped.Reason}");

            // Feeds that fail are reported and the run still succeeds: the others' articles are stored.
            var feeds = await host.Services.GetRequiredService<FeedIngester>().PullAllAsync(cancellationToken);
            if (feeds.Feeds.Count == 0) return 0;
            output.WriteLine(feeds.Summary);
            foreach (var move in feeds.Moves) output.WriteLine(move);
            foreach (var failure in feeds.Failures) output.WriteLine(failure);
            return 0;
        }));
        return command;
    }

    private static async Task<IngestReport> IngestWithProgressBarAsync(CorpusIngester ingester, CorpusFiles files, CancellationToken cancellationToken)
    {
        IngestReport? report = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting", maxValue: files.Paths.Count);
            report = await ingester.IngestAsync(files, new Progress<int>(done => task.Value = done), cancellationToken);
            task.Value = files.Paths.Count;
        });
        return report!;
    }
}
