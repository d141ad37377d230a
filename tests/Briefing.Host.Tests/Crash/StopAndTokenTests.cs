using System.Diagnostics;
using Briefing.Host.Hosting;
using Briefing.Host.Tests.Ingestion;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Telegram.Tests.Fakes;

namespace Briefing.Host.Tests.Crash;

/// <summary>`briefing run` as a child process with the bot on the fake Bot API: how it stops on SIGTERM and on a rejected token.</summary>
public sealed class StopAndTokenTests : IAsyncLifetime
{
    private ChildWorkerSandbox sandbox = null!;

    public async Task InitializeAsync() => sandbox = await ChildWorkerSandbox.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    private BriefingProcess Run(string token) => BriefingProcess.Start(RepositoryFiles.Root, new Dictionary<string, string>
    {
        ["Telegram__Token"] = token,
        ["Telegram__ApiBaseUrl"] = sandbox.BotApi.BaseUrl,
        ["Telegram__PollTimeoutSeconds"] = "1",
        ["Health__Url"] = "",
        ["Corpus__IngestEveryMinutes"] = "0",
        ["Logging__LogLevel__Default"] = "Information",
    }, "run", "--db", sandbox.DatabasePath, "--corpus", RepositoryFiles.Seeds);

    [Fact]
    public async Task A_worker_stopped_with_sigterm_in_the_middle_of_a_batch_exits_0_and_leaves_the_rest_for_the_next_start()
    {
        // 600 chats at 30 messages a second: about twenty seconds of replies.
        var last = 0L;
        for (var chat = 1; chat <= 600; chat++) last = sandbox.BotApi.AddUpdate(FakeUpdates.TextMessage(chat, chat, "/help"));
        using var worker = Run(sandbox.BotApi.Token);
        // Stopped once running (the start-up ingestion done) in the middle of the replies.
        await worker.WaitForOutputAsync("Ingested the corpus", TimeSpan.FromMinutes(2));
        await sandbox.BotApi.WaitForRequestsAsync("sendMessage", 10, TimeSpan.FromMinutes(2));

        var stopping = Stopwatch.StartNew();
        worker.Terminate();
        var exitCode = await worker.WaitForExitAsync(BriefingHost.ShutdownTimeout + TimeSpan.FromSeconds(30));
        var stopTook = stopping.Elapsed;

        Assert.True(exitCode == 0, $"exit code {exitCode}: {worker.Output}");
        Assert.True(stopTook < BriefingHost.ShutdownTimeout, $"the stop took {stopTook}: {worker.Output}");
        Assert.Single(worker.Output.Split('\n'), line => line.TrimEnd() == "Worker stopped");
        Assert.DoesNotContain("Unhandled exception", worker.Output);
        Assert.DoesNotContain("ObjectDisposedException", worker.Output);
        var answered = sandbox.BotApi.RequestsTo("sendMessage").Select(r => r.ChatId!.Value).ToHashSet();
        Assert.True(answered.Count < 600, "the stop came too late to interrupt the batch");
        // The stored offset never passes an update that was not answered (update n is chat n's), so the next start
        // answers every one left.
        var offset = long.Parse(await new BotStateRepository(new SqliteDatabase(sandbox.DatabasePath)).GetAsync("last_update_id") ?? "0");
        Assert.True(offset < last, $"offset {offset} passed updates not handled");
        Assert.All(Enumerable.Range(1, (int)offset), chat => Assert.Contains(chat, answered));
    }

    [Fact]
    public async Task A_token_telegram_rejects_stops_the_worker_with_one_line_and_exit_code_1()
    {
        using var worker = Run("999999:rejected-token");

        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 1, $"exit code {exitCode}: {worker.Output}");
        var lines = worker.Output.Split('\n').Where(l => l.Contains("Telegram rejected the bot token")).ToList();
        Assert.True(lines.Count == 1, worker.Output);
        Assert.Contains("getMe", lines[0]);
        Assert.DoesNotContain("rejected-token", worker.Output);
        // Not retried: a second getMe would have logged a warning before the stop.
        Assert.DoesNotContain("retrying", worker.Output);
    }
}
