using Briefing.Host.Hosting;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Telegram.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Tests.Delivery;

public sealed class EmulatorDeliveryTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private const long OperatorId = 777;
    private readonly TempFolder temp = new();
    private readonly string token = $"{Random.Shared.Next(100000, 999999)}:delivery-{Guid.NewGuid():N}";
    private IHost worker = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        var root = RepositoryFiles.Root;
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root });
        builder.Configuration.AddJsonFile(Path.Combine(root, "config", "appsettings.json"));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConfigDirectory"] = Path.Combine(root, "config"),
            ["Database:Path"] = temp.File("briefing.db"),
            ["Telegram:Token"] = token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["Telegram:Operators:0"] = OperatorId.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Health:Url"] = "",
            ["Delivery:PollMilliseconds"] = "100",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBriefingFeatures();
        worker = builder.Build();
        await worker.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };
    }

    public async Task DisposeAsync()
    {
        await worker.StopAsync();
        worker.Dispose();
        http.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task An_operator_run_sends_each_subscriber_one_digest_of_their_topics_and_a_second_run_sends_nothing()
    {
        var alice = new EmulatorUser(http, token, 1001, 1001);
        var bob = new EmulatorUser(http, token, 1002, 1002);
        var op = new EmulatorUser(http, token, OperatorId, OperatorId);
        await alice.SendAsync("/subscribe victory-plan");
        await alice.ReplyAsync();
        await bob.SendAsync("/subscribe nato-accession");
        await bob.ReplyAsync();
        var status = worker.Services.GetRequiredService<IWorkerStatusRepository>();
        await Scheduling.WorkerHost.WaitForAsync(async () => (await status.ListAsync()).Any(s => s.Name == "ingestion.last") ? "ingested" : null, "the start-up ingestion");

        await op.SendAsync("/admin run morning");
        var ran = await op.ReplyAsync();
        var aliceDigest = await alice.RepliesAsync();
        var bobDigest = await bob.RepliesAsync();
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for anything extra to arrive
        var aliceExtra = await alice.UnreadAsync();
        var bobExtra = await bob.UnreadAsync();

        await op.SendAsync("/admin run morning");
        var again = await op.ReplyAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal("Ran <b>morning</b>: 2 digests queued.", ran.Text);
        Assert.Contains("<b>Victory plan</b>", aliceDigest[0].Text);
        Assert.DoesNotContain(aliceDigest.Concat(aliceExtra), r => r.Text.Contains("<b>NATO accession</b>"));
        Assert.Contains("<b>NATO accession</b>", bobDigest[0].Text);
        Assert.DoesNotContain(bobDigest.Concat(bobExtra), r => r.Text.Contains("<b>Victory plan</b>"));
        Assert.Equal("Ran <b>morning</b>: 0 digests queued.", again.Text);
        Assert.Empty(await alice.UnreadAsync());
        Assert.Empty(await bob.UnreadAsync());
    }

    [Fact]
    public async Task Operators_pause_and_list_schedules_and_see_failures_in_chat_while_others_get_the_unknown_command_answer()
    {
        var op = new EmulatorUser(http, token, OperatorId, OperatorId);
        var stranger = new EmulatorUser(http, token, 1003, 1003);
        var schedules = worker.Services.GetRequiredService<Briefing.Store.Schedules.IScheduleRepository>();
        await Scheduling.WorkerHost.WaitForAsync(async () => (await schedules.ListAsync()).Count > 0 ? "seeded" : null, "the default schedule");

        await op.SendAsync("/admin pause morning");
        var paused = await op.ReplyAsync();
        await op.SendAsync("/admin schedules");
        var list = await op.ReplyAsync();
        await op.SendAsync("/admin failed");
        var failed = await op.ReplyAsync();
        await stranger.SendAsync("/admin run morning");
        var refused = await stranger.ReplyAsync();

        Assert.Equal("Paused <b>morning</b>.", paused.Text);
        Assert.True((await schedules.GetAsync("morning"))!.Paused);
        Assert.Contains("<b>morning</b> <code>0 0 8 * * ?</code> Europe/Kyiv, own topics, paused; never run", list.Text);
        Assert.Equal("No failed deliveries.", failed.Text);
        Assert.Equal("I don't know /admin. /help lists what I can do.", refused.Text);
    }
}
