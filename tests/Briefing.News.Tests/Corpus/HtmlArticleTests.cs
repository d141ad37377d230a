using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>HTML pages: metadata for title, date and outlet; navigation, asides, scripts and widgets left out.</summary>
public sealed class HtmlArticleTests
{
    private const string First =
        "Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said. The ministers asked for more detail on air defence.";
    private const string Second =
        "The alliance will return to the question at its summit next year. Diplomats expect a long debate over the timing.";

    private const string Page = $$"""
        <!DOCTYPE html>
        <html><head>
          <title>Kyiv presents its plan to allies | Kyiv Herald</title>
          <meta property="og:title" content="Kyiv presents its plan to allies">
          <meta property="og:site_name" content="Kyiv Herald">
          <meta property="article:published_time" content="2024-10-17T09:30:00+03:00">
          <style>p { color: red; }</style>
          <script>var tracking = "Advertisement";</script>
        </head><body>
          <header><a href="/">Home</a> <a href="/world">World</a> <form><input placeholder="Search"></form></header>
          <nav><ul><li>News</li><li>Politics</li><li>Sport</li></ul></nav>
          <article>
            <h1>Kyiv presents its plan to allies</h1>
            <div class="share-bar"><a>Share on Facebook</a><a>Tweet</a></div>
            <p>{{First}}</p>
            <figure><img src="a.jpg"><figcaption>Ministers arrive in Brussels. Photo: Reuters</figcaption></figure>
            <div class="ad-slot">Advertisement</div>
            <p>The alliance will return to the question at its <b>summit</b> next year.
               Diplomats expect a long debate over the timing.</p>
            <p>Read more: <a href="/x">Allies split over the invitation</a></p>
          </article>
          <aside><h3>Related News</h3><ul><li>Other story about the weather in Lviv and beyond today</li></ul></aside>
          <footer>© 2024 Kyiv Herald. All rights reserved.</footer>
        </body></html>
        """;

    [Fact]
    public void An_html_page_gives_title_date_outlet_and_only_the_article_paragraphs()
    {
        var article = new ArticleCleaner().CleanHtml(Page);

        Assert.Equal("Kyiv presents its plan to allies", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 10, 17, 9, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal("Kyiv Herald", article.Outlet);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Without_metadata_the_h1_time_element_and_title_suffix_are_used()
    {
        var page = $"""
            <html><head><title>Kyiv presents its plan to allies | Kyiv Herald</title></head><body>
            <main>
              <h1>Kyiv presents its plan to allies</h1>
              <time datetime="2024-10-17">17 October</time>
              <p>{First}</p><p>{Second}</p>
            </main></body></html>
            """;

        var article = new ArticleCleaner().CleanHtml(page);

        Assert.Equal("Kyiv presents its plan to allies", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 10, 17, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Kyiv Herald", article.Outlet);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void A_placeholder_metadata_date_is_no_date()
    {
        var page = $"""
            <html><head><meta property="article:published_time" content="0001-01-01T00:00:00"></head>
            <body><h1>Kyiv presents its plan to allies</h1><p>{First}</p></body></html>
            """;

        Assert.Null(new ArticleCleaner().CleanHtml(page).Published);
    }

    [Fact]
    public void A_json_ld_publication_date_is_read()
    {
        var page = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-09-24T10:05:00Z"}</script></head>
            <body><h1>Kyiv presents its plan to allies</h1><p>{{First}}</p></body></html>
            """;

        Assert.Equal(new DateTimeOffset(2024, 9, 24, 10, 5, 0, TimeSpan.Zero), new ArticleCleaner().CleanHtml(page).Published);
    }

    [Fact]
    public void Line_breaks_inside_a_block_and_text_rules_apply_to_html_too()
    {
        var page = $"""
            <html><body><article><h1>Kyiv presents its plan to allies</h1>
            <div>Share:<br>Click to comment</div>
            <p>{First}</p>
            <p>If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.</p>
            <p>{Second}</p>
            <h2>You May Also Like</h2>
            <p>An actress has only appeared in a small number of movies and TV shows. It might be surprising.</p>
            </article></body></html>
            """;

        var article = new ArticleCleaner().CleanHtml(page);

        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void An_h1_worded_differently_from_the_og_title_is_not_kept_as_body_text()
    {
        var page = $"""
            <html><head><meta property="og:title" content="Kyiv presents its plan to allies"></head><body>
            <article><h1>Ukraine presents its victory plan to NATO allies in Brussels</h1>
            <p>{First}</p><div id="comments"><p>Great article, thanks for writing it up for us all.</p></div>
            </article></body></html>
            """;

        var article = new ArticleCleaner().CleanHtml(page);

        Assert.Equal("Kyiv presents its plan to allies", article.Title);
        Assert.Equal([First], article.Paragraphs);
    }

    [Fact]
    public void Widget_containers_are_dropped_by_their_class_but_never_the_article_itself()
    {
        var page = $"""
            <html><head><meta property="og:title" content="Kyiv presents its plan to allies"></head><body>
            <div class="post social-enabled">
              <div class="entry-content">
                <p>{First}</p>
                <div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li></ul></div>
                <p>{Second}</p>
                <div id="jp-relatedposts"><p>Allies split over the timing of an invitation, officials said on Friday.</p></div>
              </div>
              <div class="comments-area"><p>Great article, thanks for writing it up for us all.</p></div>
            </div></body></html>
            """;

        var article = new ArticleCleaner().CleanHtml(page);

        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void A_deeply_nested_page_within_the_budget_is_read_to_its_innermost_text()
    {
        var levels = (HtmlPageReader.MaxDepth - 10) / 2;
        var page = "<html><body><h1>Kyiv presents its plan to allies</h1>" + string.Concat(Enumerable.Repeat("<div><span>", levels))
                   + $"<p>{First}</p>" + string.Concat(Enumerable.Repeat("</span></div>", levels)) + "</body></html>";

        Assert.Equal([First], new ArticleCleaner().CleanHtml(page).Paragraphs);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_refused_for_the_nesting_budget()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + First
                   + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var refused = Assert.Throws<PageTooComplexException>(() => new ArticleCleaner().Clean(page, "nested.html"));

        Assert.Equal($"HTML nested deeper than {HtmlPageReader.MaxDepth} elements (the cleaner's nesting budget)", refused.Message);
    }

    [Fact]
    public void Eighty_thousand_unclosed_inline_elements_are_refused_for_the_nesting_budget()
    {
        var page = "<html><body><p>" + string.Concat(Enumerable.Repeat("<span><b><i>", 80_000)) + First + "</p></body></html>";

        var refused = Assert.Throws<PageTooComplexException>(() => new ArticleCleaner().Clean(page, "unclosed.html"));

        Assert.Contains("nesting budget", refused.Message);
    }

    [Fact]
    public void A_flat_page_with_more_elements_than_the_budget_is_refused_for_the_element_budget()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>a</p>", HtmlPageReader.MaxElements)) + "</body></html>";

        var refused = Assert.Throws<PageTooComplexException>(() => new ArticleCleaner().CleanHtml(page));

        Assert.Equal($"HTML with more than {HtmlPageReader.MaxElements} elements (the cleaner's element budget)", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head></head><body><nav>Home</nav></body></html>")]
    public void An_empty_html_page_gives_an_empty_article(string page)
    {
        var article = new ArticleCleaner().CleanHtml(page);

        Assert.Equal("", article.Title);
        Assert.Null(article.Published);
        Assert.Empty(article.Paragraphs);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("PAGE.HTM")]
    public void Clean_reads_html_files_as_html(string fileName)
    {
        var article = new ArticleCleaner().Clean(Page, fileName);

        Assert.Equal("Kyiv Herald", article.Outlet);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Clean_reads_other_files_as_plain_text()
    {
        var article = new ArticleCleaner().Clean($"Kyiv presents its plan to allies\n\n{First}", "page.txt");

        Assert.Equal("Kyiv presents its plan to allies", article.Title);
        Assert.Equal([First], article.Paragraphs);
    }
}
