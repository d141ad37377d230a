using System.Text.Json;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>Updates as Telegram sends them (shapes from the Bot API reference), read one by one; what cannot be handled is skipped and logged.</summary>
public sealed class UpdateReaderTests
{
    private readonly CapturingLoggerProvider logs = new();

    private Update? Read(string json) =>
        new UpdateReader(new LoggerFactory([logs]).CreateLogger<UpdateReader>()).Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_command_in_a_forum_topic_is_read_with_its_thread_and_unknown_fields_ignored()
    {
        var update = Read("""
            {"update_id":815,"message":{"message_id":77,"message_thread_id":3,"is_topic_message":true,
             "from":{"id":1001,"is_bot":false,"first_name":"Ann","username":"ann","language_code":"de","is_premium":true,"brand_new_field":1},
             "chat":{"id":-1002003004005,"title":"Newsroom","type":"supergroup","is_forum":true},
             "date":1767600000,"text":"/subscribe@briefing_bot economy",
             "entities":[{"offset":0,"length":23,"type":"bot_command"}]}}
            """)!;

        Assert.Equal(815, update.Id);
        Assert.Equal(3, update.Message!.MessageThreadId);
        Assert.True(update.Message.IsTopicMessage);
        Assert.Equal(ChatType.Supergroup, update.Message.Chat.Type);
        Assert.Equal(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc), update.Message.Date);
    }

    [Fact]
    public void A_membership_change_is_read_with_the_new_status()
    {
        var update = Read("""
            {"update_id":818,"my_chat_member":{"chat":{"id":1001,"type":"private"},"from":{"id":1001,"is_bot":false,"first_name":"Ann"},
             "date":1767600003,"old_chat_member":{"status":"member","user":{"id":42,"is_bot":true,"first_name":"Briefing"}},
             "new_chat_member":{"status":"kicked","until_date":0,"user":{"id":42,"is_bot":true,"first_name":"Briefing"}}}}
            """)!;

        Assert.Equal(ChatMemberStatus.Kicked, update.MyChatMember!.NewChatMember.Status);
    }

    [Theory]
    [InlineData("""{"update_id":5,"message":{"message_id":1,"date":1767600000,"from":{"id":1,"is_bot":false,"first_name":"A"},"text":"/help"}}""", "message.chat")]
    [InlineData("""{"update_id":5,"message":{"message_id":1,"date":1767600000,"chat":{"id":1,"type":"private"},"text":12345}}""", "not a Bot API update")]
    [InlineData("""{"update_id":5,"message":"hello"}""", "not a Bot API update")]
    public void A_malformed_update_is_skipped_with_a_log_line_naming_it(string json, string reason)
    {
        Assert.Null(Read(json));

        var line = Assert.Single(logs.Lines);
        Assert.Contains("Skipped update 5", line);
        Assert.Contains(reason, line);
    }
}
