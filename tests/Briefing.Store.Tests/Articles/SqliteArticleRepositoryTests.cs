using Microsoft.Extensions.Time.Testing;
using Briefing.News.Topics;
using Briefing.Store.Articles;

namespace Briefing.Store.Tests.Articles;

public sealed class SqliteArticleRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 10, 16, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDatabase temp = new();
    private readonly SqliteArticleRepository repository;

    public SqliteArticleRepositoryTests() => repository = new SqliteArticleRepository(temp.Database, new FakeTimeProvider(Now));

    public void Dispose() => temp.Dispose();

    private static NewArticle Article(string title, string body, string source = "seeds/a.txt", string? outlet = "Kyiv Post",
        IReadOnlyList<TopicMatch>? topics = null) =>
        new(title, outlet, new DateTimeOffset(2024, 10, 16, 13, 17, 0, TimeSpan.FromHours(3)), source, body, topics ?? []);

    [Fact]
    public async Task A_batch_started_before_another_is_stored_first_even_when_not_awaited()
    {
        // Ingestion starts the next batch while the previous one is still being written; ids must follow call order.
        var large = Enumerable.Range(0, 300)
            .Select(i => Article($"Report {i}", $"Officials in Kyiv described development number {i} at length on Tuesday.", $"seeds/{i}.txt"))
            .ToList();
        var small = new[] { Article("Late report", "A different story about the Victory Plan, told on Wednesday.", "seeds/late.txt") };

        var first = repository.UpsertManyAsync(large);
        var second = repository.UpsertManyAsync(small);
        var (largeResults, smallResults) = (await first, await second);

        Assert.All(largeResults, r => Assert.True(r.Id < smallResults[0].Id, $"article {r.Id} of the first batch came after {smallResults[0].Id}"));
        Assert.Equal(301, await repository.CountAsync());
    }

    [Fact]
    public async Task A_stored_article_reads_back_with_its_topics_and_times_in_utc()
    {
        var topics = new[] { new TopicMatch("victory-plan", 4.5, ["victory plan"]), new TopicMatch("nato-accession", 2.0, ["join the alliance"]) };
        var result = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story, topics: topics));

        var stored = await repository.GetAsync(result.Id);

        Assert.Equal(ArticleUpsertOutcome.New, result.Outcome);
        Assert.NotNull(stored);
        Assert.Equal("Zelensky presents victory plan", stored.Title);
        Assert.Equal("Kyiv Post", stored.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 10, 16, 10, 17, 0, TimeSpan.Zero), stored.Published);
        Assert.Equal(TimeSpan.Zero, stored.Published!.Value.Offset);
        Assert.Equal(ArticleText.Story, stored.Body);
        Assert.Equal("seeds/a.txt", stored.SourcePath);
        Assert.Equal(Now, stored.IngestedAt);
        Assert.Null(stored.NearDuplicateOf);
        Assert.Equal(["victory-plan", "nato-accession"], stored.Topics.Select(t => t.Slug));
        Assert.Equal(["victory plan"], stored.Topics[0].Evidence);
        Assert.Equal(4.5, stored.Topics[0].Score);
    }

    [Fact]
    public async Task Storing_the_same_text_again_adds_nothing()
    {
        var first = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story));
        var second = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story));

        Assert.Equal(ArticleUpsertOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await repository.CountAsync());
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_that_replaces_the_old_one_in_listings()
    {
        var first = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story, source: "seeds/story.txt"));
        var changed = ArticleText.Story + "\n\nUpdated: the parliament later voted to support the plan.";
        var second = await repository.UpsertAsync(Article("Zelensky presents victory plan", changed, source: "seeds/story.txt"));

        Assert.Equal(ArticleUpsertOutcome.NewVersion, second.Outcome);
        Assert.Equal(first.Id, second.PreviousVersionId);
        Assert.True(second.Id > first.Id);
        Assert.NotNull(await repository.GetAsync(first.Id)); // the old version is kept
        var listed = await repository.ListAsync(new ArticleQuery());
        Assert.Equal([second.Id], listed.Select(a => a.Id));
        Assert.Equal(1, await repository.CountAsync());
    }

    [Fact]
    public async Task Two_outlets_copies_of_one_story_are_two_articles_marked_near_duplicates()
    {
        var first = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story, source: "seeds/outlet-a.txt", outlet: "Outlet A"));
        var second = await repository.UpsertAsync(Article("Zelensky unveils his plan", ArticleText.SameStoryOtherOutlet, source: "seeds/outlet-b.txt", outlet: "Outlet B"));

        Assert.Equal(ArticleUpsertOutcome.NearDuplicate, second.Outcome);
        Assert.Equal(first.Id, second.NearDuplicateOf);
        Assert.Equal(2, await repository.CountAsync());
        Assert.Equal(first.Id, (await repository.GetAsync(second.Id))!.NearDuplicateOf);
    }

    [Fact]
    public async Task Near_duplicates_are_found_by_a_new_repository_over_the_same_file()
    {
        var first = await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story, source: "seeds/outlet-a.txt"));
        var restarted = new SqliteArticleRepository(temp.Database, TimeProvider.System);

        var second = await restarted.UpsertAsync(Article("Zelensky unveils his plan", ArticleText.SameStoryOtherOutlet, source: "seeds/outlet-b.txt"));

        Assert.Equal(first.Id, second.NearDuplicateOf);
    }

    [Fact]
    public async Task Different_stories_are_not_near_duplicates()
    {
        await repository.UpsertAsync(Article("Zelensky presents victory plan", ArticleText.Story, source: "seeds/a.txt"));
        var other = await repository.UpsertAsync(Article("Grape harvest starts early", ArticleText.UnrelatedStory, source: "seeds/b.txt"));

        Assert.Equal(ArticleUpsertOutcome.New, other.Outcome);
        Assert.Null(other.NearDuplicateOf);
    }

    [Fact]
    public async Task Listing_filters_by_topic_and_after_id_and_orders_by_id()
    {
        var plan = new TopicMatch("victory-plan", 3, ["victory plan"]);
        var a = await repository.UpsertAsync(Article("A", ArticleText.Story, source: "a.txt", topics: [plan]));
        var b = await repository.UpsertAsync(Article("B", ArticleText.UnrelatedStory, source: "b.txt"));
        var c = await repository.UpsertAsync(Article("C", ArticleText.UnrelatedStory + "\n\nAnd wine.", source: "c.txt", topics: [plan]));

        Assert.Equal([a.Id, c.Id], (await repository.ListAsync(new ArticleQuery(TopicSlugs: ["victory-plan"]))).Select(x => x.Id));
        Assert.Equal([c.Id], (await repository.ListAsync(new ArticleQuery(TopicSlugs: ["victory-plan"], AfterId: a.Id))).Select(x => x.Id));
        Assert.Equal([c.Id, b.Id, a.Id], (await repository.ListAsync(new ArticleQuery(NewestFirst: true))).Select(x => x.Id));
        Assert.Equal([a.Id], (await repository.ListAsync(new ArticleQuery(Limit: 1))).Select(x => x.Id));
        Assert.Empty(await repository.ListAsync(new ArticleQuery(TopicSlugs: ["no-such-topic"])));
        Assert.Equal(c.Id, await repository.GetMaxIdAsync());
    }

    [Fact]
    public async Task Listing_by_publication_date_leaves_out_older_and_undated_articles()
    {
        var old = Article("Old", ArticleText.Story, source: "old.txt") with { Published = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero) };
        var undated = Article("Undated", ArticleText.UnrelatedStory, source: "undated.txt") with { Published = null };
        var recent = Article("Recent", ArticleText.UnrelatedStory + "\n\nMore.", source: "recent.txt") with { Published = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero) };
        await repository.UpsertManyAsync([old, undated, recent]);

        var listed = await repository.ListAsync(new ArticleQuery(PublishedSince: new DateTimeOffset(2024, 9, 15, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(["Recent"], listed.Select(a => a.Title));
    }

    [Fact]
    public async Task A_batch_reports_each_article_in_order_and_sees_its_own_earlier_items()
    {
        var results = await repository.UpsertManyAsync([
            Article("Zelensky presents victory plan", ArticleText.Story, source: "a.txt"),
            Article("Zelensky presents victory plan", ArticleText.Story, source: "copy-of-a.txt"),
            Article("Zelensky unveils his plan", ArticleText.SameStoryOtherOutlet, source: "b.txt"),
        ]);

        Assert.Equal([ArticleUpsertOutcome.New, ArticleUpsertOutcome.Unchanged, ArticleUpsertOutcome.NearDuplicate], results.Select(r => r.Outcome));
        Assert.Equal(results[0].Id, results[1].Id);
        Assert.Equal(results[0].Id, results[2].NearDuplicateOf);
    }

    [Fact]
    public async Task An_empty_store_has_no_articles_and_max_id_zero()
    {
        Assert.Equal(0, await repository.CountAsync());
        Assert.Equal(0, await repository.GetMaxIdAsync());
        Assert.Null(await repository.GetAsync(1));
    }
}
