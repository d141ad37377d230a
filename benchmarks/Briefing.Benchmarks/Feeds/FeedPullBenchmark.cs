using System.Diagnostics;
using Briefing.Host.Cli;
using Briefing.Host.Feeds;
using Briefing.Host.Hosting;
using Briefing.Store.Articles;
using Briefing.Store.Feeds;
using Briefing.Benchmarks.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Feeds;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Briefing.Benchmarks -- feeds [--feeds N] [--items N]`: pulls N feeds
/// of N summary-only items each from loopback sites through the product's FeedIngester (fetch, parse, fetch each
/// linked page, clean, classify, store), then pulls again (every feed answers 304); prints both times and peak memory.
/// </summary>
public static class FeedPullBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var feeds = Option(args, "--feeds", 50);
        var items = Option(args, "--items", 50);
        await WorkFolder.RunAsync(async folder =>
        {
            await using var sites = await LoopbackNewsSites.StartAsync(feeds, items);
            var settings = new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(folder, "bench.db"),
                ["Corpus:Folders:0"] = folder,
                ["Health:Url"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
                // Every site is its own host; within a host requests still go one at a time, back to back.
                ["Feeds:HostIntervalMilliseconds"] = "0",
            };
            using var host = BriefingHost.CreateBuilder(BriefingCommandLine.Create().Parse(["ingest"]), settings).Build();
            var repository = host.Services.GetRequiredService<IFeedRepository>();
            foreach (var url in sites.FeedUrls) await repository.AddAsync(url, null, DateTimeOffset.UtcNow);
            var ingester = host.Services.GetRequiredService<FeedIngester>();

            GC.Collect();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            var first = await ingester.PullAllAsync();
            var firstTime = timer.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            timer.Restart();
            var second = await ingester.PullAllAsync();
            var secondTime = timer.Elapsed;
            process.Refresh();

            var stored = await host.Services.GetRequiredService<IArticleRepository>().CountAsync();
            Console.WriteLine($"{feeds} feeds x {items} items, {sites.PageRequests} pages fetched, {stored} articles stored, {first.Failures.Count()} failures");
            Console.WriteLine($"first pull: {firstTime.TotalSeconds:F2} s ({stored / firstTime.TotalSeconds:F0} articles/s), CPU {cpu.TotalSeconds:F2} s; Feeds:Concurrency {host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FeedsOptions>>().Value.Concurrency}");
            Console.WriteLine($"second pull: {secondTime.TotalSeconds:F2} s, {second.Feeds.Count(f => f.NotModified)} of {feeds} not modified, {sites.PageRequests} pages fetched in all");
            Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1024 / 1024} MB; {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        });
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
    }
}
