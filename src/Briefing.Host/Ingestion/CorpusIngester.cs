using System.Collections.Concurrent;
using Briefing.Host.Hosting;
using Briefing.News.Corpus;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Ingestion;

/// <summary>Reads the corpus folders, cleans and classifies each page, and stores the articles.</summary>
public sealed class CorpusIngester(
    IOptions<CorpusOptions> options,
    IHostEnvironment environment,
    TopicClassifier classifier,
    IArticleRepository articles,
    TimeProvider time)
{
    // Files per write transaction: large enough to amortise the commit, small enough to keep memory flat.
    private const int BatchSize = 500;

    /// <summary>Ingests every corpus file.</summary>
    /// <exception cref="CorpusFolderMissingException">A configured folder does not exist (nothing is ingested).</exception>
    public Task<IngestReport> IngestAsync(CancellationToken cancellationToken = default) =>
        IngestAsync(FindFiles(), progress: null, cancellationToken);

    /// <summary>The corpus files, in a stable order (ordinal path order, folder by folder), each real folder walked once.</summary>
    /// <exception cref="CorpusFolderMissingException">A configured folder does not exist.</exception>
    public CorpusFiles FindFiles()
    {
        var folders = options.Value.Folders.Select(f => ConfigDirectory.Resolve(environment.ContentRootPath, f)).ToList();
        if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing) throw new CorpusFolderMissingException(missing);
        return CorpusFolderWalker.Walk(folders);
    }

    /// <summary>Ingests the given files, reporting after each batch how many are done.</summary>
    public async Task<IngestReport> IngestAsync(CorpusFiles files, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        var reader = new CorpusFileReader(options.Value.MaxFileBytes);
        // When these pages are first seen: a dateline's "Oct 17" is placed in a year no later than this.
        var seen = time.GetUtcNow();
        var batches = files.Paths.Chunk(BatchSize).ToList();
        var skipped = files.NotWalked.Select(f => f with { Path = DisplayPath(f.Path) }).ToList();
        int added = 0, unchanged = 0, versions = 0, duplicates = 0, done = 0;

        // The next batch is read, cleaned and classified while the current one is written; the repository writes
        // batches in call order, so a batch's own analysis also runs while the one before it is written.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<IReadOnlyList<ArticleUpsertResult>>? writing = null, finished = null;
        var next = batches.Count > 0 ? Task.Run(() => Prepare(batches[0], reader, seen, cancellationToken), cancellationToken) : null;
        try
        {
            for (var b = 0; b <= batches.Count; b++)
            {
                finished = writing;
                writing = null;
                if (b < batches.Count)
                {
                    var prepared = await next!;
                    // A copy: the lambda may run after the loop has moved `b` on.
                    var following = b + 1 < batches.Count ? batches[b + 1] : null;
                    next = following is null ? null : Task.Run(() => Prepare(following, reader, seen, cancellationToken), cancellationToken);
                    skipped.AddRange(prepared.Where(p => p.Skipped is not null).Select(p => p.Skipped!));
                    writing = articles.UpsertManyAsync(prepared.Where(p => p.Article is not null).Select(p => p.Article!).ToList(), stop.Token);
                }
                if (finished is null) continue;
                foreach (var result in await finished)
                {
                    switch (result.Outcome)
                    {
                        case ArticleUpsertOutcome.New: added++; break;
                        case ArticleUpsertOutcome.Unchanged: unchanged++; break;
                        case ArticleUpsertOutcome.NewVersion: versions++; break;
                        case ArticleUpsertOutcome.NearDuplicate: duplicates++; break;
                    }
                }
                done += batches[b - 1].Length;
                progress?.Report(done);
            }
        }
        catch
        {
            // A failure cancels the write queued behind it (unless already committed) and waits for the writes still
            // running, so none outlives this call.
            await stop.CancelAsync();
            await Task.WhenAll(new[] { finished, writing }.OfType<Task>().Select(t => Task.WhenAny(t)));
            throw;
        }
        return new IngestReport(added, unchanged, versions, duplicates, skipped);
    }

    private PreparedFile[] Prepare(string[] batch, CorpusFileReader reader, DateTimeOffset seen, CancellationToken cancellationToken)
    {
        var prepared = new PreparedFile[batch.Length];
        // One contiguous range per core: fewer hand-offs than item-by-item scheduling, which burns CPU spinning.
        var ranges = Partitioner.Create(0, batch.Length, Math.Max(1, (batch.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount));
        Parallel.ForEach(ranges, new ParallelOptions { CancellationToken = cancellationToken }, range =>
        {
            var cleaner = new ArticleCleaner();
            for (var i = range.Item1; i < range.Item2; i++) prepared[i] = PrepareFile(batch[i], reader, cleaner, seen);
        });
        return prepared;
    }

    private PreparedFile PrepareFile(string path, CorpusFileReader reader, ArticleCleaner cleaner, DateTimeOffset seen)
    {
        var source = DisplayPath(path);
        var content = reader.Read(path);
        if (content.Text is null) return new PreparedFile(null, new SkippedFile(source, content.SkipReason!));
        CleanedArticle cleaned;
        try
        {
            cleaned = cleaner.Clean(content.Text, path, seen);
        }
        catch (PageTooComplexException ex)
        {
            return new PreparedFile(null, new SkippedFile(source, ex.Message));
        }
        if (cleaned.Title.Length == 0 && cleaned.Paragraphs.Count == 0)
            return new PreparedFile(null, new SkippedFile(source, "no article text left after cleaning"));
        var topics = classifier.Classify(cleaned.Title, cleaned.Paragraphs).Assigned;
        var outlet = cleaned.Outlet ?? FolderOutlet(path);
        return new PreparedFile(new NewArticle(cleaned.Title, outlet, cleaned.Published, source, cleaned.Body, topics), null);
    }

    // The configured outlet of the folder the file is in (the innermost configured folder holding it).
    private string? FolderOutlet(string path)
    {
        string? outlet = null;
        var depth = -1;
        foreach (var (folder, name) in options.Value.Outlets)
        {
            var full = Path.TrimEndingDirectorySeparator(ConfigDirectory.Resolve(environment.ContentRootPath, folder));
            if (!path.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full.Length <= depth) continue;
            outlet = name;
            depth = full.Length;
        }
        return outlet;
    }

    // Paths inside the working directory are stored relative to it ("seeds/a.txt"), others in full.
    private string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(environment.ContentRootPath, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private sealed record PreparedFile(NewArticle? Article, SkippedFile? Skipped);
}
