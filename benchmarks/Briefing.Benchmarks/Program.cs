using System.Reflection;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks.Bot;
using Briefing.Benchmarks.Feeds;

// `-- feeds` times a feed pull end to end against loopback sites; `-- extraction` compares page extractors;
// `-- delivery` and `-- updates` time the bot's sending and answering against a loopback Bot API with Telegram's limits;
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "feeds")
{
    await FeedPullBenchmark.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "extraction")
{
    ExtractionComparison.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "delivery")
{
    await DeliveryBenchmark.RunAsync(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "updates")
{
    await UpdatesBenchmark.RunAsync(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
