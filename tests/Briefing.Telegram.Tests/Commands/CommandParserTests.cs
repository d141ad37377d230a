using Briefing.Telegram.Commands;

namespace Briefing.Telegram.Tests.Commands;

public sealed class CommandParserTests
{
    [Fact]
    public void A_command_with_extra_spaces_has_its_arguments_split_cleanly()
    {
        var command = CommandParser.Parse("  /subscribe    nato-accession   ");
        Assert.NotNull(command);
        Assert.Equal("subscribe", command.Name);
        Assert.Equal(["nato-accession"], command.Arguments);
        Assert.Equal("nato-accession", command.ArgumentText);
        Assert.True(command.IsAddressedTo("BriefingBot"));
    }

    [Theory]
    [InlineData("/subscribe vic\u200Btory-plan", "subscribe", "victory-plan")]
    [InlineData("/timezone Europe/\u2060Kyiv\u200C", "timezone", "Europe/Kyiv")]
    [InlineData("/time\uFEFF 07:\u200D30", "time", "07:30")]
    public void Zero_width_characters_are_left_out_of_the_command_and_its_arguments(string text, string name, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(name, command.Name);
        Assert.Equal([argument], command.Arguments);
    }

    [Fact]
    public void A_command_for_another_bot_is_not_addressed_to_this_one()
    {
        var command = CommandParser.Parse("/subscribe@OtherBot nato-accession");
        Assert.NotNull(command);
        Assert.Equal("OtherBot", command.Bot);
        Assert.False(command.IsAddressedTo("BriefingBot"));
    }

    [Fact]
    public void A_command_naming_this_bot_in_any_case_is_addressed_to_it()
    {
        var command = CommandParser.Parse("/Subscribe@briefingbot victory-plan");
        Assert.NotNull(command);
        Assert.Equal("subscribe", command.Name);
        Assert.True(command.IsAddressedTo("BriefingBot"));
        Assert.Equal(["victory-plan"], command.Arguments);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("/ subscribe")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_a_command_parses_to_nothing(string? text) => Assert.Null(CommandParser.Parse(text));

    [Fact]
    public void A_search_keeps_its_whole_query_text()
    {
        var command = CommandParser.Parse("/search   security  guarantees <b>");
        Assert.Equal("security  guarantees <b>", command!.ArgumentText);
    }
}
