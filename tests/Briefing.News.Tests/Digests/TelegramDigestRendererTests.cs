using Briefing.News.Digests;
using Briefing.News.Summaries;

namespace Briefing.News.Tests.Digests;

public sealed class TelegramDigestRendererTests
{
    private static SummaryPoint Point(string text, params PointSource[] sources) => new(text, sources, [], 1, 0, 0);

    private static PointSource Source(long id, string? outlet, string title = "A headline", string? url = null, DateTimeOffset? published = null) =>
        new(id, outlet, title, url, published, null);

    private static DigestSection Section(string title, int points, int words = 30) =>
        new(title.ToLowerInvariant().Replace(' ', '-'), title, points, 2,
            Enumerable.Range(1, points)
                .Select(p => Point($"Point {p} of {title}: " + string.Join(' ', Enumerable.Range(0, words).Select(w => $"word{w}")) + ".", Source(p, "Outlet")))
                .ToList());

    [Fact]
    public void Text_from_articles_is_escaped_so_it_cannot_become_markup()
    {
        var digest = new Digest([new DigestSection("t", "Tom & Jerry <news>", 1, 1,
            [Point("Officials said <b>nothing</b> & \"more\" would follow if x < y > z.",
                Source(1, "R&D \"Weekly\" <i>", url: "https://example.org/a?x=1&y=\"2\""))])]);

        var message = Assert.Single(new TelegramDigestRenderer().Render(digest));

        Assert.Empty(TelegramHtmlValidator.Problems(message));
        var visible = TelegramHtmlValidator.VisibleText(message);
        Assert.Contains("Tom & Jerry <news>", visible);
        Assert.Contains("Officials said <b>nothing</b> & \"more\" would follow if x < y > z.", visible);
        Assert.Contains("R&D \"Weekly\" <i>", visible);
        Assert.Contains("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\"", message);
    }

    [Fact]
    public void A_link_that_is_not_http_is_left_out()
    {
        var digest = new Digest([new DigestSection("t", "Topic", 1, 1,
            [Point("The ministry published the full text of the agreement on Friday.", Source(1, "Outlet", url: "javascript:alert(1)"))])]);

        var message = Assert.Single(new TelegramDigestRenderer().Render(digest));

        Assert.DoesNotContain("<a", message);
        Assert.Contains("Outlet", message);
    }

    [Fact]
    public void A_huge_digest_splits_between_points_and_repeats_the_heading()
    {
        var digest = new Digest([Section("Victory plan", 60), Section("NATO accession", 60), Section("Security guarantees", 5)]);

        var messages = new TelegramDigestRenderer().Render(digest);

        Assert.True(messages.Count >= 3);
        var allVisible = string.Join("\n", messages.Select(TelegramHtmlValidator.VisibleText));
        foreach (var message in messages)
        {
            Assert.Empty(TelegramHtmlValidator.Problems(message));
            Assert.InRange(TelegramHtmlValidator.VisibleText(message).Length, 1, 4096);
        }
        // Every point whole in exactly one message, in order.
        foreach (var section in digest.Sections)
            foreach (var point in section.Points)
                Assert.Single(messages, m => TelegramHtmlValidator.VisibleText(m).Contains(point.Text));
        Assert.Contains(messages.Skip(1), m => m.StartsWith("<b>Victory plan (cont.)</b>", StringComparison.Ordinal));
        Assert.Contains(messages.Skip(1), m => m.StartsWith("<b>NATO accession (cont.)</b>", StringComparison.Ordinal) || m.StartsWith("<b>NATO accession</b>", StringComparison.Ordinal));
        Assert.True(allVisible.IndexOf("Point 60 of Victory plan", StringComparison.Ordinal) < allVisible.IndexOf("Point 1 of NATO accession", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_never_ends_on_a_heading_without_its_first_point()
    {
        var digest = new Digest([Section("First", 24), Section("Second", 3)]);

        var messages = new TelegramDigestRenderer().Render(digest);

        Assert.True(messages.Count >= 2);
        foreach (var message in messages)
            Assert.StartsWith("• ", message[(message.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)..]);
        Assert.All(messages, m => Assert.InRange(TelegramHtmlValidator.VisibleText(m).Length, 1, 4096));
    }

    [Fact]
    public void Length_is_measured_after_entities_so_escaped_text_can_fill_a_message()
    {
        // 40 points of 100 visible characters, half of them '&' (5 characters each in the HTML).
        var text = string.Concat(Enumerable.Repeat("& a", 33)) + ".";
        var section = new DigestSection("s", "Amps", 40, 1, Enumerable.Range(0, 40).Select(i => Point(text, Source(i, "O"))).ToList());

        var messages = new TelegramDigestRenderer().Render(new Digest([section]));

        Assert.All(messages, m => Assert.InRange(TelegramHtmlValidator.VisibleText(m).Length, 1, 4096));
        Assert.Contains(messages, m => m.Length > 4096);
    }

    [Fact]
    public void A_point_longer_than_a_message_is_shortened_at_a_word_boundary()
    {
        var longText = string.Join(' ', Enumerable.Repeat("lengthy", 1000)) + ".";
        var digest = new Digest([new DigestSection("s", "Long", 1, 1, [Point(longText, Source(1, "Outlet"))])]);

        var message = Assert.Single(new TelegramDigestRenderer().Render(digest));

        var visible = TelegramHtmlValidator.VisibleText(message);
        Assert.InRange(visible.Length, 3000, 4096);
        Assert.Contains("lengthy…", visible);
        Assert.DoesNotContain("lengt…", visible);
        Assert.EndsWith("Outlet</i>", message);
    }

    [Fact]
    public void A_point_made_by_several_outlets_credits_them_all_and_what_they_retell()
    {
        var point = new SummaryPoint("Allies expect no breakthrough from the plan presented this week.",
            [Source(1, "Fakti"), Source(2, "RT"), Source(3, "Ukrainska Pravda"), Source(4, "NewsTrack"), Source(5, "RT")], ["Bloomberg"], 1, 0, 0);

        var message = Assert.Single(new TelegramDigestRenderer().Render(new Digest([new DigestSection("s", "Plan", 5, 4, [point])])));

        Assert.Contains("<i>Bloomberg via Fakti, RT, Ukrainska Pravda and 1 more</i>", message);
    }

    [Fact]
    public void An_empty_digest_is_no_messages()
    {
        Assert.Empty(new TelegramDigestRenderer().Render(new Digest([])));
    }

    [Fact]
    public void An_article_with_no_known_outlet_is_credited_by_its_headline_in_quotes_without_an_outlets_name_on_its_tail()
    {
        var digest = new Digest([new DigestSection("t", "Victory plan", 1, 0,
            [Point("Allies were sceptical of the plan, several officials said after the meeting.",
                Source(1, null, "Ukraine’s backers want talks with Putin – Bloomberg"))])]);

        var text = new PlainTextDigestRenderer().Render(digest);

        Assert.Contains("[“Ukraine’s backers want talks with Putin”]", text);
        Assert.DoesNotContain("Bloomberg", text);
    }
}
