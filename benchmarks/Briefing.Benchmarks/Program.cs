using System.CommandLine;
using System.Reflection;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks.Feeds;
using Briefing.Benchmarks.Runs;

// `-- ingest|search|delivery|updates` time the whole product end to end; `-- feeds` times a feed pull against
// loopback sites; `-- extraction` compares page extractors; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && BenchCommand.Names.Contains(args[0]))
    return await BenchCommand.Create().Parse(args).InvokeAsync();
if (args.Length > 0 && args[0] == "feeds")
{
    await FeedPullBenchmark.RunAsync(args[1..]);
    return 0;
}
if (args.Length > 0 && args[0] == "extraction")
{
    ExtractionComparison.Run(args[1..]);
    return 0;
}
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
