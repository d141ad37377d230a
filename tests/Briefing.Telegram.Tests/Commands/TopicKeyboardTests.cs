using System.Text;
using Briefing.News.Topics;
using Briefing.Telegram.Commands;
using Briefing.Telegram.Tests.EndToEnd;

namespace Briefing.Telegram.Tests.Commands;

public sealed class TopicKeyboardTests
{
    private static readonly TopicDefinition[] Topics =
    [
        new("victory-plan", "Victory plan", "The plan.", [], 2),
        new("nato-accession", "NATO accession", "Joining <NATO>.", [], 2),
    ];

    [Fact]
    public void Subscribed_topics_are_ticked_on_the_buttons_and_in_the_topics_list()
    {
        var subscribed = new HashSet<string> { "nato-accession" };
        var keyboard = TopicKeyboard.For(TopicKeyboard.TopicsMenu, Topics, subscribed);
        Assert.Equal(["Victory plan", "✓ NATO accession"], keyboard.InlineKeyboard.Select(row => row.Single().Text));
        Assert.Equal(["t:topics:victory-plan", "t:topics:nato-accession"], keyboard.InlineKeyboard.Select(row => row.Single().CallbackData));

        var text = TopicKeyboard.Text(TopicKeyboard.TopicsMenu, Topics, subscribed);
        Assert.Contains("• <b>Victory plan</b>", text);
        Assert.Contains("✓ <b>NATO accession</b> (<code>nato-accession</code>): Joining &lt;NATO&gt;.", text);
    }

    [Fact]
    public void A_button_press_names_its_menu_and_topic()
    {
        Assert.Equal((TopicKeyboard.StartMenu, "nato-accession"), TopicKeyboard.Parse("t:start:nato-accession"));
        Assert.Null(TopicKeyboard.Parse("t:other:nato-accession"));
        Assert.Null(TopicKeyboard.Parse("t:start:"));
        Assert.Null(TopicKeyboard.Parse("something else"));
        Assert.Null(TopicKeyboard.Parse(null));
    }

    [Fact]
    public void Button_data_fits_Telegrams_64_bytes_for_the_configured_topics()
    {
        var configured = TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson));
        foreach (var button in TopicKeyboard.For(TopicKeyboard.TopicsMenu, configured, new HashSet<string>()).InlineKeyboard.SelectMany(r => r))
            Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData!), 1, 64);
    }
}
