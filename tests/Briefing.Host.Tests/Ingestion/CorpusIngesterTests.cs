using System.Text;
using Briefing.Host.Ingestion;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Ingestion;

public sealed class CorpusIngesterTests : IDisposable
{
    private const string Story = """
        Zelensky presents victory plan to parliament

        Ukrainian President Volodymyr Zelensky presented his victory plan to the parliament in Kyiv on Wednesday, asking allies for long-range weapons and an invitation to join NATO.

        The plan has five points and three secret annexes, according to officials who have seen it. Lawmakers applauded as the president described the military, economic and diplomatic steps.

        Western capitals reacted cautiously. Several governments said they would study the document before committing to any of its requests, while others repeated their support for Ukraine.

        Analysts said the timing, weeks before the American election, was meant to secure commitments that would survive a change of administration in Washington.
        """;

    private readonly TempFolder temp = new();
    private readonly string corpus;
    private readonly ArticleRepository articles;
    private TimeProvider clock = TimeProvider.System;

    public CorpusIngesterTests()
    {
        corpus = Directory.CreateDirectory(temp.File("corpus")).FullName;
        articles = new ArticleRepository(new SqliteDatabase(temp.File("briefing.db")), TimeProvider.System);
    }

    public void Dispose() => temp.Dispose();

    private CorpusIngester Ingester(long maxFileBytes = CorpusOptions.DefaultMaxFileBytes, params string[] folders) => new(
        Options.Create(new CorpusOptions { Folders = folders.Length > 0 ? [.. folders] : [corpus], MaxFileBytes = maxFileBytes }),
        new HostingEnvironment { ContentRootPath = temp.Path },
        new TopicClassifier(TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson))),
        articles,
        clock);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, name), text);

    [Fact]
    public async Task Ingesting_the_seeds_stores_each_of_them_with_its_source_file()
    {
        var report = await Ingester(folders: RepositoryFiles.Seeds).IngestAsync();

        var stored = await articles.ListAsync(new ArticleQuery());
        Assert.Equal(5, report.New);
        Assert.Empty(report.Skipped);
        Assert.Equal(Directory.GetFiles(RepositoryFiles.Seeds).Select(Path.GetFileName).Order(), stored.Select(a => Path.GetFileName(a.SourcePath)).Order());
        Assert.All(stored, a => Assert.NotEqual("", a.Body));
    }

    [Fact]
    public async Task A_wire_dateline_gives_the_outlet_and_its_day_in_the_year_before_the_page_was_first_seen()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero));
        Write("a.txt", "BRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back Kyiv's plan in full.\n\nMinisters asked for more detail.");

        await Ingester().IngestAsync();

        var stored = (await articles.ListAsync(new ArticleQuery())).Single();
        Assert.Equal("Reuters", stored.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 10, 17, 0, 0, 0, TimeSpan.Zero), stored.Published);
        Assert.StartsWith("NATO's chief said on Thursday", stored.Title);
        Assert.StartsWith("NATO's chief said on Thursday", stored.Body);
    }

    [Fact]
    public async Task A_folder_configured_with_an_outlet_credits_its_pages_that_name_none()
    {
        Write("a.txt", Story);
        Write("b.txt", "Harvest begins early\n\nKYIV (Reuters) — Farmers began the grape harvest early this year after an unusually hot summer.");
        var ingester = new CorpusIngester(
            Options.Create(new CorpusOptions { Folders = [corpus], Outlets = new() { ["corpus"] = "Kyiv Daily" } }),
            new HostingEnvironment { ContentRootPath = temp.Path },
            new TopicClassifier(TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson))),
            articles,
            TimeProvider.System);

        await ingester.IngestAsync();

        var stored = await articles.ListAsync(new ArticleQuery());
        Assert.Equal("Kyiv Daily", stored.Single(a => a.SourcePath.EndsWith("a.txt", StringComparison.Ordinal)).Outlet);
        Assert.Equal("Reuters", stored.Single(a => a.SourcePath.EndsWith("b.txt", StringComparison.Ordinal)).Outlet);
    }

    [Fact]
    public async Task Reingesting_the_same_folder_adds_nothing()
    {
        Write("a.txt", Story);
        Write("b.txt", "Harvest begins early\n\nFarmers began the grape harvest early this year after an unusually hot summer.");
        await Ingester().IngestAsync();

        var again = await Ingester().IngestAsync();

        Assert.Equal(new IngestReport(0, 2, 0, 0, []), again with { Skipped = [] });
        Assert.Empty(again.Skipped);
        Assert.Equal(2, await articles.CountAsync());
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_linked_to_the_old_one()
    {
        Write("a.txt", Story);
        await Ingester().IngestAsync();
        var first = Assert.Single(await articles.ListAsync(new ArticleQuery()));

        Write("a.txt", Story + "\n\nUpdated: parliament voted to back the plan.");
        var report = await Ingester().IngestAsync();

        Assert.Equal(1, report.NewVersions);
        var current = Assert.Single(await articles.ListAsync(new ArticleQuery()));
        Assert.True(current.Id > first.Id);
        Assert.Contains("Updated: parliament voted", current.Body);
        Assert.NotNull(await articles.GetAsync(first.Id));
    }

    [Fact]
    public async Task Two_outlets_copies_of_one_story_are_stored_twice_and_marked_near_duplicates()
    {
        Write("outlet-a.txt", Story);
        Write("outlet-b.txt", Story.Replace("Zelensky presents victory plan to parliament", "Victory plan unveiled in Kyiv") + "\n\nFollow our live coverage.");

        var report = await Ingester().IngestAsync();

        Assert.Equal((1, 1), (report.New, report.NearDuplicates));
        var stored = await articles.ListAsync(new ArticleQuery());
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0].Id, stored[1].NearDuplicateOf);
    }

    [Fact]
    public async Task Each_kind_of_bad_file_is_skipped_with_its_reason_and_the_good_ones_are_stored()
    {
        Write("good.txt", Story);
        Write("empty.txt", "");
        Write("blank.txt", "  \n\n \t\n");
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]);
        File.WriteAllBytes(Path.Combine(corpus, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 talks in Kyiv\n\nOfficials met in a caf\u00e9."));
        Write("huge.txt", "Headline\n\n" + new string('x', 20_000));
        File.CreateSymbolicLink(Path.Combine(corpus, "unreadable.txt"), Path.Combine(corpus, "no-such-target.txt"));
        Write("notes.pdf", "not a corpus file");

        var report = await Ingester(maxFileBytes: 10_000).IngestAsync();

        Assert.Equal(1, report.New);
        var reasons = report.Skipped.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal(["binary.txt", "blank.txt", "empty.txt", "huge.txt", "latin1.txt", "unreadable.txt"], reasons.Keys.Order());
        Assert.Equal("empty", reasons["empty.txt"]);
        Assert.Equal("empty", reasons["blank.txt"]);
        Assert.Equal("binary (contains NUL bytes)", reasons["binary.txt"]);
        Assert.StartsWith("not valid UTF-8", reasons["latin1.txt"]);
        Assert.StartsWith("larger than Corpus:MaxFileBytes", reasons["huge.txt"]);
        Assert.StartsWith("unreadable", reasons["unreadable.txt"]);
        Assert.All(report.Skipped, s => Assert.DoesNotContain('\n', s.Reason));
        Assert.Equal("Zelensky presents victory plan to parliament", Assert.Single(await articles.ListAsync(new ArticleQuery())).Title);
    }

    [Fact]
    public async Task Files_in_subfolders_and_html_pages_are_read()
    {
        Directory.CreateDirectory(Path.Combine(corpus, "2024", "october"));
        File.WriteAllText(Path.Combine(corpus, "2024", "october", "page.html"),
            "<html><body><h1>Security guarantees for Ukraine</h1><p>Allies discussed security guarantees for Ukraine on Monday in Brussels.</p></body></html>");
        Write("story.htm", "<html><body><h1>Grape harvest</h1><p>Farmers began the grape harvest early.</p></body></html>");

        var report = await Ingester().IngestAsync();

        Assert.Equal(2, report.New);
        var stored = await articles.ListAsync(new ArticleQuery());
        Assert.Equal(["Grape harvest", "Security guarantees for Ukraine"], stored.Select(a => a.Title).Order());
        Assert.All(stored, a => Assert.DoesNotContain("<p>", a.Body));
        Assert.Contains(stored, a => a.SourcePath == Path.Combine("corpus", "2024", "october", "page.html"));
    }

    [Fact]
    public async Task A_missing_corpus_folder_is_an_error_naming_it_and_nothing_is_stored()
    {
        Write("a.txt", Story);
        var missing = temp.File("no-such-folder");

        var error = await Assert.ThrowsAsync<CorpusFolderMissingException>(() => Ingester(folders: [corpus, missing]).IngestAsync());

        Assert.Equal(missing, error.Folder);
        Assert.Equal(0, await articles.CountAsync());
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_not_part_of_the_headline()
    {
        File.WriteAllBytes(Path.Combine(corpus, "bom.txt"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Story)]);

        await Ingester().IngestAsync();

        Assert.Equal("Zelensky presents victory plan to parliament", Assert.Single(await articles.ListAsync(new ArticleQuery())).Title);
    }

    [Fact]
    public async Task Folder_link_loops_and_deeply_nested_pages_are_each_reported_in_one_line_and_the_rest_is_ingested()
    {
        Write("a.txt", Story);
        var sub = Directory.CreateDirectory(Path.Combine(corpus, "sub")).FullName;
        File.WriteAllText(Path.Combine(sub, "b.txt"), "Harvest begins early\n\nFarmers began the grape harvest early this year after an unusually hot summer.");
        Directory.CreateSymbolicLink(Path.Combine(corpus, "selfdir"), ".");
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");
        Write("divs.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        Write("unclosed.html", "<html><body><p>" + string.Concat(Enumerable.Repeat("<span><b><i>", 80_000)) + "deep</p></body></html>");

        var report = await Ingester().IngestAsync();

        Assert.Equal(2, report.New);
        Assert.Equal(["corpus/a.txt", "corpus/sub/b.txt"], (await articles.ListAsync(new ArticleQuery())).Select(a => a.SourcePath).Order());
        var reasons = report.Skipped.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(["corpus/divs.html", "corpus/selfdir", "corpus/sub/up", "corpus/unclosed.html"], reasons.Keys.Order());
        Assert.Equal($"folder link loops back to {corpus}, which holds it; not followed", reasons["corpus/selfdir"]);
        Assert.Equal($"folder link loops back to {corpus}, which holds it; not followed", reasons["corpus/sub/up"]);
        Assert.Equal("HTML nested deeper than 256 elements (the cleaner's nesting budget)", reasons["corpus/divs.html"]);
        Assert.Equal("HTML nested deeper than 256 elements (the cleaner's nesting budget)", reasons["corpus/unclosed.html"]);
    }

    [Fact]
    public async Task A_link_to_a_folder_outside_the_corpus_is_read_once_and_a_second_link_to_it_is_reported()
    {
        var outside = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "c.txt"), Story);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "linked-again"), outside);
        Directory.CreateSymbolicLink(Path.Combine(outside, "back"), corpus);

        var report = await Ingester().IngestAsync();

        Assert.Equal(1, report.New);
        Assert.Equal("corpus/linked/c.txt", Assert.Single(await articles.ListAsync(new ArticleQuery())).SourcePath);
        var reasons = report.Skipped.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal($"folder link to {outside}, which is already read; not followed", reasons["corpus/linked-again"]);
        Assert.Equal($"folder link to {corpus}, which is already read; not followed", reasons["corpus/linked/back"]);
        Assert.Equal(2, reasons.Count);
    }

    [Fact]
    public async Task A_link_to_a_folder_holding_another_corpus_folder_is_not_followed()
    {
        var other = Directory.CreateDirectory(temp.File("other/inner")).FullName;
        File.WriteAllText(Path.Combine(other, "a.txt"), Story);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "other"), temp.File("other"));

        var report = await Ingester(folders: [corpus, other]).IngestAsync();

        Assert.Equal(1, report.New);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(("corpus/other", $"folder link to {temp.File("other")}, which holds {other} (already read); not followed"), (skipped.Path, skipped.Reason));
    }
}
