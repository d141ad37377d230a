using System.Diagnostics;
using Briefing.Host.Cli;
using Briefing.Host.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Briefing.Benchmarks.Bot;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Briefing.Benchmarks -- updates [--users N]`: many users at once, end to
/// end in one process. Every user sends /start and /subscribe back to back, all queued on a loopback Bot API with
/// Telegram's limits (30 messages/s overall, 1/s per chat, 429 beyond them) before the worker starts; the worker polls
/// them and answers through its real update loop and sender. Prints the reply rate, the 429s and how long users waited
/// for a first reply.
/// </summary>
public static class UpdatesBenchmark
{
    private const int GlobalPerSecond = 30;

    public static async Task RunAsync(string[] args)
    {
        var users = BenchmarkArguments.Number(args, "--users", 1000);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-bench-updates-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await using var botApi = await LoopbackBotApi.StartAsync(perSecondLimit: GlobalPerSecond, perChatPerSecondLimit: 1);
            using var host = BriefingHost.CreateBuilder(BriefingCommandLine.Create().Parse(["run"]), new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(folder, "bench.db"),
                ["Corpus:Folders:0"] = folder,
                ["Corpus:IngestEveryMinutes"] = "0",
                ["Telegram:Token"] = "123456:bench-token",
                ["Telegram:ApiBaseUrl"] = botApi.BaseUrl,
                ["Telegram:PollTimeoutSeconds"] = "0",
                ["Health:Url"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
            }).Build();

            for (var user = 1; user <= users; user++)
            {
                botApi.AddUpdate(Command(user, 1, "/start"));
                botApi.AddUpdate(Command(user, 2, "/subscribe nato-accession"));
            }
            var expected = 2L * users;
            await host.StartAsync();
            // Twice the time the limits allow for all replies, plus a minute.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2 * expected / (double)GlobalPerSecond + 60));
            while (botApi.Accepted < expected && !deadline.IsCancellationRequested)
                await Task.Delay(100, CancellationToken.None);
            var lastReply = Stopwatch.GetTimestamp();
            await host.StopAsync(CancellationToken.None);

            // Timed from the moment the bot first received the users' messages, as a user would time it; start-up is not counted.
            var started = botApi.FirstUpdatesServed;
            var elapsed = Stopwatch.GetElapsedTime(started, lastReply);
            var rate = botApi.Accepted / elapsed.TotalSeconds;
            var waits = botApi.FirstReplies.Values.Select(at => Stopwatch.GetElapsedTime(started, at)).Order().ToList();
            Console.WriteLine($"users {users}, replies {botApi.Accepted} of {expected}, 429 answers {botApi.TooManyRequests} ({botApi.TooManyForOneChat} of them for one chat's limit)");
            Console.WriteLine($"{elapsed.TotalSeconds:F1} s = {rate:F1} replies/s ({rate / GlobalPerSecond:P0} of the {GlobalPerSecond}/s limit)");
            Console.WriteLine($"wait for a user's first reply: p50 {Percentile(waits, 0.50).TotalSeconds:F1} s, p95 {Percentile(waits, 0.95).TotalSeconds:F1} s, max {(waits.Count == 0 ? 0 : waits[^1].TotalSeconds):F1} s");
            Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Command(long user, int messageId, string text)
    {
        var commandLength = text.Split(' ')[0].Length;
        return $$$"""{"message":{"message_id":{{{messageId}}},"date":1767600000,"from":{"id":{{{user}}},"is_bot":false,"first_name":"User{{{user}}}"},"chat":{"id":{{{user}}},"type":"private","first_name":"User{{{user}}}"},"text":"{{{text}}}","entities":[{"type":"bot_command","offset":0,"length":{{{commandLength}}}}]}}""";
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
