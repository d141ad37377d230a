using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using System.Text.Json.Nodes;
using Briefing.Telegram.Chats;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Telegram.Tests.Chats;

public sealed class GroupAdminCheckTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private FakeBotApiServer api = null!;
    private IHost host = null!;
    private GroupAdminCheck check = null!;

    private static readonly Chat Group = new() { Id = -100, Type = ChatType.Supergroup, Title = "Newsroom" };
    private static readonly User Olena = new() { Id = 5, FirstName = "Olena" };

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        host = TelegramTestHost.Build(api);
        check = new GroupAdminCheck(host.Services.GetRequiredService<ITelegramBotClient>(), clock, NullLogger<GroupAdminCheck>.Instance);
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task An_administrator_is_asked_about_once_within_five_minutes()
    {
        api.Script("getChatMember", FakeAnswer.Ok(new JsonObject
        {
            ["status"] = "administrator",
            ["user"] = new JsonObject { ["id"] = 5, ["is_bot"] = false, ["first_name"] = "Olena" },
        }), times: 2);

        Assert.Null(await check.RefusalAsync(Group, Olena));
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await check.RefusalAsync(Group, Olena));
        Assert.Single(api.RequestsTo("getChatMember"));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await check.RefusalAsync(Group, Olena));
        Assert.Equal(2, api.RequestsTo("getChatMember").Count);
    }

    [Fact]
    public async Task A_plain_member_is_refused_and_a_private_chat_never_asks()
    {
        Assert.Equal("Only this group's administrators can change its subscriptions.", await check.RefusalAsync(Group, Olena));
        Assert.Null(await check.RefusalAsync(new Chat { Id = 5, Type = ChatType.Private }, Olena));
        Assert.Single(api.RequestsTo("getChatMember"));
    }

    [Fact]
    public async Task When_Telegram_cannot_be_asked_the_change_is_refused_with_the_reason()
    {
        api.Script("getChatMember", FakeAnswer.Error(400, "Bad Request: method not found"));
        Assert.Equal("I could not check that you administer this group; please try again in a minute.", await check.RefusalAsync(Group, Olena));
    }
}
