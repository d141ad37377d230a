using Briefing.Host.Delivery;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Telegram;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Delivery;

/// <summary>The delivery pipeline on a real SQLite file in a temp folder, with hand-written subscribers, digests and sender.</summary>
public sealed class DeliveryFixture : IDisposable
{
    public DeliveryFixture(DeliveryOptions? options = null)
    {
        Database = new SqliteDatabase(temp.File("briefing.db"));
        Runs = new DigestRunRepository(Database);
        Outbox = new OutboxRepository(Database);
        var wrapped = Options.Create(options ?? new DeliveryOptions { PollMilliseconds = 10 });
        Writer = new DigestRunWriter(Database, Subscribers, Digests, Runs, Outbox, Signal, wrapped, Time, NullLogger<DigestRunWriter>.Instance);
        var leader = new BotLeader(Database, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), Time, NullLogger<BotLeader>.Instance);
        Dispatcher = new OutboxDispatcher(leader, Outbox, Sender, Subscribers, Signal, wrapped, Time, NullLogger<OutboxDispatcher>.Instance);
    }

    private readonly TempFolder temp = new();

    public string Folder => temp.Path;
    public SqliteDatabase Database { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 10, 27, 6, 0, 0, TimeSpan.Zero));
    public FakeSubscriberDirectory Subscribers { get; } = new();
    public FakeDigestSource Digests { get; } = new();
    public RecordingSender Sender { get; } = new();
    public OutboxSignal Signal { get; } = new();
    public DigestRunRepository Runs { get; }
    public OutboxRepository Outbox { get; }
    public DigestRunWriter Writer { get; }
    public OutboxDispatcher Dispatcher { get; }

    public void Dispose() => temp.Dispose();
}
