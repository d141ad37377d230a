using Briefing.Store.Articles;
using Briefing.Store.Search;
using Briefing.Store.Tests.Articles;

namespace Briefing.Store.Tests.Search;

public abstract class SearchRepositoryTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private readonly TDatabase temp = new();
    private readonly ArticleRepository articles;
    private readonly ISearchRepository search;

    protected SearchRepositoryTests()
    {
        articles = new ArticleRepository(temp.Database, TimeProvider.System);
        search = SearchRepositories.For(temp.Database);
    }

    public void Dispose() => temp.Dispose();

    private Task<ArticleUpsertResult> Store(string title, string body, string source) =>
        articles.UpsertAsync(new NewArticle(title, "Outlet", null, source, body, []));

    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Zelenskiy")]
    [InlineData("zelensky")]
    public async Task Any_spelling_of_a_name_finds_articles_with_every_spelling(string query)
    {
        var a = await Store("Zelensky in Brussels", "President Zelensky met ministers.", "a.txt");
        var b = await Store("Zelenskyy at the summit", "Volodymyr Zelenskyy asked for weapons.", "b.txt");
        await Store("Harvest", "Grapes were picked early this year.", "c.txt");

        var hits = await search.SearchAsync(query, 10);

        Assert.Equal([a.Id, b.Id], hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Kiev_finds_Kyiv_and_Kyiv_finds_Kiev()
    {
        var kyiv = await Store("Talks in Kyiv", "Officials gathered in Kyiv on Monday.", "a.txt");
        var kiev = await Store("Talks in Kiev", "Officials gathered in Kiev on Tuesday.", "b.txt");

        Assert.Equal([kyiv.Id, kiev.Id], (await search.SearchAsync("Kiev", 10)).Select(h => h.Id).Order());
        Assert.Equal([kyiv.Id, kiev.Id], (await search.SearchAsync("Kyiv", 10)).Select(h => h.Id).Order());
    }

    [Fact]
    public async Task The_snippet_shows_the_matched_words_in_brackets()
    {
        await Store("Summit", ArticleText.Story, "a.txt");

        var hit = Assert.Single(await search.SearchAsync("secret annexes", 10));

        Assert.Contains("[secret] [annexes]", hit.Snippet);
    }

    [Fact]
    public async Task The_snippet_highlights_the_spelling_the_user_typed()
    {
        await Store("Talks", "After long delays officials finally gathered in Kiev on Tuesday for the talks.", "a.txt");

        var hit = Assert.Single(await search.SearchAsync("Kiev", 10));

        Assert.Contains("[Kiev]", hit.Snippet);
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var inBody = await Store("Ministers meet", "The ministers discussed security guarantees at length and then the weather.", "a.txt");
        var inTitle = await Store("Security guarantees for Ukraine", "The ministers met on Tuesday to talk.", "b.txt");

        var hits = await search.SearchAsync("security guarantees", 10);

        Assert.Equal([inTitle.Id, inBody.Id], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Every_word_of_the_query_must_appear()
    {
        var both = await Store("NATO and the plan", "The victory plan asks NATO for an invitation.", "a.txt");
        await Store("Only NATO", "NATO ministers met.", "b.txt");

        Assert.Equal([both.Id], (await search.SearchAsync("NATO plan", 10)).Select(h => h.Id));
    }

    [Theory]
    [InlineData("\"NATO\" OR (", false)] // "or" is a plain word the article lacks
    [InlineData("\"NATO\" (", true)]
    [InlineData("NATO\"", true)]
    [InlineData("-foo", false)]
    [InlineData("col:x", false)]
    [InlineData("title:NATO", false)]
    [InlineData("*", false)]
    [InlineData("NATO*", true)]
    [InlineData("NEAR(NATO plan)", false)]
    [InlineData("^NATO", true)]
    [InlineData("NATO AND NOT", false)]
    public async Task Fts5_syntax_in_a_query_is_taken_as_plain_words_without_error(string query, bool findsTheNatoArticle)
    {
        await Store("NATO ministers meet", "The alliance discussed the plan.", "a.txt");

        var hits = await search.SearchAsync(query, 10);

        Assert.Equal(findsTheNatoArticle ? 1 : 0, hits.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" () -")]
    public async Task A_query_without_words_finds_nothing(string query)
    {
        await Store("NATO ministers meet", "The alliance discussed the plan.", "a.txt");

        Assert.Empty(await search.SearchAsync(query, 10));
    }

    [Fact]
    public async Task An_old_version_is_no_longer_found()
    {
        await Store("Plan", "The president mentioned artillery shells.", "a.txt");
        var current = await Store("Plan", "The president mentioned air defence.", "a.txt");

        Assert.Empty(await search.SearchAsync("artillery", 10));
        Assert.Equal([current.Id], (await search.SearchAsync("defence", 10)).Select(h => h.Id));
    }

    [Fact]
    public async Task The_limit_caps_the_number_of_hits()
    {
        for (var i = 0; i < 5; i++) await Store($"NATO story {i}", $"NATO ministers met for the {i}th time.", $"{i}.txt");

        Assert.Equal(3, (await search.SearchAsync("NATO", 3)).Count);
    }

    [Fact]
    public async Task A_word_in_most_articles_is_ranked_among_the_newest_and_a_rare_one_across_all()
    {
        var batch = Enumerable.Range(0, SearchRepositories.RankedWindow + 10).Select(i => new NewArticle(
            i is 0 or 100 ? "NATO NATO NATO" : $"Report {i}", null, null, $"{i}.txt",
            i == 0 ? "Ministers of NATO met in Vilnius." : $"Ministers of NATO met for the {i}th time.", [])).ToList();
        var stored = await articles.UpsertManyAsync(batch);

        // The oldest article is the best match but outside the window of the newest; the next best is inside it.
        Assert.Equal(stored[100].Id, Assert.Single(await search.SearchAsync("NATO", 1)).Id);
        // Too few matches among the newest: the whole store is searched.
        Assert.Equal(stored[0].Id, Assert.Single(await search.SearchAsync("Vilnius", 10)).Id);
    }
}

public sealed class SqliteSearchRepositoryTests : SearchRepositoryTests<SqliteTestDatabase>;

public sealed class PostgresSearchRepositoryTests : SearchRepositoryTests<PostgresTestDatabase>;
