using System.Text.Json;
using Briefing.Telegram.Api;

namespace Briefing.Telegram.Tests.Api;

/// <summary>Updates as Telegram sends them (shapes from the Bot API reference), read with the source-generated contract a webhook uses.</summary>
public sealed class UpdateJsonTests
{
    [Fact]
    public void A_command_in_a_forum_topic_is_read_with_its_thread_and_entities_and_unknown_fields_ignored()
    {
        const string json = """
            {"update_id":815,"message":{"message_id":77,"message_thread_id":3,"is_topic_message":true,
             "from":{"id":1001,"is_bot":false,"first_name":"Ann","username":"ann","language_code":"de","is_premium":true},
             "chat":{"id":-1002003004005,"title":"Newsroom","type":"supergroup","is_forum":true},
             "date":1767600000,"text":"/subscribe@briefing_bot economy",
             "entities":[{"offset":0,"length":23,"type":"bot_command"}]}}
            """;

        var update = JsonSerializer.Deserialize(json, TelegramJsonContext.Default.Update)!;

        Assert.Equal(815, update.UpdateId);
        var message = update.Message!;
        Assert.Equal(3, message.MessageThreadId);
        Assert.True(message.IsTopicMessage);
        Assert.Equal(-1002003004005, message.Chat.Id);
        Assert.True(message.Chat.IsForum);
        Assert.Equal("de", message.From!.LanguageCode);
        Assert.Equal(new MessageEntity("bot_command", 0, 23), Assert.Single(message.Entities!));
    }

    [Fact]
    public void A_button_press_carries_its_data_and_the_message_it_came_from()
    {
        const string json = """
            {"update_id":816,"callback_query":{"id":"4382bfdwdsb323b2d9","chat_instance":"-77",
             "from":{"id":1001,"is_bot":false,"first_name":"Ann"},"data":"sub:economy",
             "message":{"message_id":78,"date":1767600001,"chat":{"id":1001,"type":"private","first_name":"Ann"},
              "text":"Pick topics","reply_markup":{"inline_keyboard":[[{"text":"Economy","callback_data":"sub:economy"}]]}}}}
            """;

        var query = JsonSerializer.Deserialize(json, TelegramJsonContext.Default.Update)!.CallbackQuery!;

        Assert.Equal("4382bfdwdsb323b2d9", query.Id);
        Assert.Equal("sub:economy", query.Data);
        Assert.Equal(78, query.Message!.MessageId);
        Assert.Equal("sub:economy", query.Message.ReplyMarkup!.InlineKeyboard[0][0].CallbackData);
    }

    [Fact]
    public void Non_text_messages_and_membership_changes_are_recognisable()
    {
        const string sticker = """
            {"update_id":817,"message":{"message_id":79,"date":1767600002,"chat":{"id":1001,"type":"private"},
             "sticker":{"file_id":"CAACAgIAAxk","file_unique_id":"AgAD","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false,"emoji":"👍"}}}
            """;
        const string blocked = """
            {"update_id":818,"my_chat_member":{"chat":{"id":1001,"type":"private"},"from":{"id":1001,"is_bot":false,"first_name":"Ann"},
             "date":1767600003,"old_chat_member":{"status":"member","user":{"id":42,"is_bot":true,"first_name":"Briefing"}},
             "new_chat_member":{"status":"kicked","until_date":0,"user":{"id":42,"is_bot":true,"first_name":"Briefing"}}}}
            """;
        const string migrated = """
            {"update_id":819,"message":{"message_id":80,"date":1767600004,"chat":{"id":-555,"type":"group","title":"Desk"},
             "migrate_to_chat_id":-1001234567890}}
            """;

        var stickerMessage = JsonSerializer.Deserialize(sticker, TelegramJsonContext.Default.Update)!.Message!;
        var membership = JsonSerializer.Deserialize(blocked, TelegramJsonContext.Default.Update)!.MyChatMember!;
        var migration = JsonSerializer.Deserialize(migrated, TelegramJsonContext.Default.Update)!.Message!;

        Assert.Null(stickerMessage.Text);
        Assert.Equal("👍", stickerMessage.Sticker!.Emoji);
        Assert.Equal("kicked", membership.NewChatMember.Status);
        Assert.Equal(1001, membership.Chat.Id);
        Assert.Equal(-1001234567890, migration.MigrateToChatId);
    }
}
