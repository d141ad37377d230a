using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace Briefing.Benchmarks.Runs;

/// <summary>What `briefing bench updates` measured.</summary>
public sealed record UpdatesBenchmarkResult(int Users, long Replies, long TooManyRequests, TimeSpan Elapsed, TimeSpan FirstReplyP50, TimeSpan FirstReplyP95, TimeSpan FirstReplyMax)
{
    public double RepliesPerSecond => Replies / Elapsed.TotalSeconds;
}

/// <summary>
/// Many users at once, end to end in one process: every user sends /start and /subscribe back to back, all queued on a
/// loopback Bot API with Telegram's limits (429 beyond them) before the worker starts; the worker polls them and
/// answers through its real update loop and sender. Measures the reply rate and how long users wait for a first reply.
/// </summary>
public static class UpdatesBenchmark
{
    public static async Task<UpdatesBenchmarkResult> RunAsync(IHost host, LoopbackBotApi botApi, int users, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        for (var user = 1; user <= users; user++)
        {
            botApi.AddUpdate(Command(user, 1, "/start"));
            botApi.AddUpdate(Command(user, 2, "/subscribe nato-accession"));
        }
        var expected = 2L * users;

        await host.StartAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (botApi.Accepted < expected && !deadline.IsCancellationRequested)
            await Task.Delay(100, CancellationToken.None);
        var lastReply = Stopwatch.GetTimestamp();
        await host.StopAsync(CancellationToken.None);
        // Timed from the moment the bot first received the users' messages, as a user would time it; start-up is not counted.
        var started = botApi.FirstUpdatesServed;
        var elapsed = Stopwatch.GetElapsedTime(started, lastReply);

        var waits = botApi.FirstReplies.Values.Select(at => Stopwatch.GetElapsedTime(started, at)).Order().ToList();
        return new UpdatesBenchmarkResult(users, botApi.Accepted, botApi.TooManyRequests, elapsed,
            Percentile(waits, 0.50), Percentile(waits, 0.95), waits.Count == 0 ? TimeSpan.Zero : waits[^1]);
    }

    private static string Command(long user, int messageId, string text)
    {
        var commandLength = text.Split(' ')[0].Length;
        return $$$"""{"message":{"message_id":{{{messageId}}},"date":1767600000,"from":{"id":{{{user}}},"is_bot":false,"first_name":"User{{{user}}}"},"chat":{"id":{{{user}}},"type":"private","first_name":"User{{{user}}}"},"text":"{{{text}}}","entities":[{"type":"bot_command","offset":0,"length":{{{commandLength}}}}]}}""";
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
