using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.News.Topics;
using Briefing.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Store.Articles;

/// <summary>
/// <see cref="IArticleRepository"/> on SQLite. Writes are serialised; near-duplicates are looked for among the
/// most recent <see cref="NearDuplicateWindow"/> articles, whose sketches are kept in memory.
/// </summary>
public sealed class SqliteArticleRepository(SqliteDatabase database, TimeProvider timeProvider) : IArticleRepository
{
    /// <summary>How many recent articles a new one is compared with for near-duplicates.</summary>
    public const int NearDuplicateWindow = 20_000;

    /// <summary>Estimated Jaccard similarity of word 5-grams at which two articles are the same story.</summary>
    public const double NearDuplicateThreshold = 0.5;

    private readonly Lock writeOrder = new();
    // Completes when the latest write call is done; each write waits for the one called before it.
    private Task lastWrite = Task.CompletedTask;
    private NearDuplicateIndex? nearDuplicates;

    public async Task<ArticleUpsertResult> UpsertAsync(NewArticle article, CancellationToken cancellationToken = default) =>
        (await UpsertManyAsync([article], cancellationToken))[0];

    public async Task<IReadOnlyList<ArticleUpsertResult>> UpsertManyAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken = default)
    {
        if (articles.Count == 0) return [];
        // Writes are serialised in call order; the analysis runs at once, beside the write called before.
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (writeOrder) (previous, lastWrite) = (lastWrite, written.Task);
        try
        {
            var analyses = await Task.Run(() => Analyse(articles, cancellationToken), cancellationToken);
            await previous;
            await using var connection = await database.OpenAsync(cancellationToken);
            var index = nearDuplicates ??= await LoadNearDuplicateIndexAsync(connection, cancellationToken);
            try
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                using var statements = new UpsertStatements(connection, transaction);
                var ingestedAt = SqliteTime.Format(timeProvider.GetUtcNow());
                var results = new List<ArticleUpsertResult>(articles.Count);
                for (var i = 0; i < articles.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results.Add(statements.Upsert(articles[i], analyses[i], ingestedAt, index));
                }
                await transaction.CommitAsync(cancellationToken);
                return results;
            }
            catch
            {
                // The in-memory index may hold articles the rolled-back transaction never stored: rebuild it next time.
                nearDuplicates = null;
                throw;
            }
        }
        finally
        {
            // Never faults: a failed write does not fail the writes queued behind it.
            written.SetResult();
        }
    }

    private static ArticleAnalysis[] Analyse(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        // One contiguous range per core: fewer hand-offs than item-by-item scheduling, which burns CPU spinning.
        var ranges = Partitioner.Create(0, articles.Count, Math.Max(1, (articles.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount));
        Parallel.ForEach(ranges, new ParallelOptions { CancellationToken = cancellationToken }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) analyses[i] = ArticleAnalysis.Of(articles[i]);
        });
        return analyses;
    }

    public async Task<IReadOnlyList<StoredArticle>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        // SQLite reads a negative LIMIT as "no limit"; a caller asking for that has a bug.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var sql = $"""
            SELECT {ArticleColumns} FROM articles a
            WHERE a.superseded_by_id IS NULL AND a.id > @AfterId
            {(query.PublishedSince is null ? "" : "AND a.published >= @PublishedSince")}
            {(query.TopicSlugs is null ? "" : "AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.slug IN @TopicSlugs)")}
            ORDER BY a.id {(query.NewestFirst ? "DESC" : "ASC")}
            LIMIT @Limit
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(sql, new
        {
            query.AfterId,
            PublishedSince = SqliteTime.Format(query.PublishedSince),
            TopicSlugs = query.TopicSlugs?.ToArray(),
            query.Limit,
        }, cancellationToken: cancellationToken))).ToList();
        var topics = await LoadTopicsAsync(connection, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => r.ToStoredArticle(topics)).ToList();
    }

    public async Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles a WHERE a.id = @id", new { id }, cancellationToken: cancellationToken));
        if (row is null) return null;
        return row.ToStoredArticle(await LoadTopicsAsync(connection, [id], cancellationToken));
    }

    public async Task<long> GetMaxIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT coalesce(max(id), 0) FROM articles", cancellationToken: cancellationToken));
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM articles WHERE superseded_by_id IS NULL", cancellationToken: cancellationToken));
    }

    private const string ArticleColumns = """
        a.id AS Id, a.title AS Title, a.outlet AS Outlet, a.published AS Published, a.source_path AS SourcePath,
        a.body AS Body, a.ingested_at AS IngestedAt, a.near_duplicate_of AS NearDuplicateOf, a.url AS Url
        """;

    private static async Task<ILookup<long, TopicMatch>> LoadTopicsAsync(SqliteConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var rows = new List<TopicRow>();
        // Chunks keep the parameter count far below SQLite's limit whatever the page size.
        foreach (var chunk in ids.Chunk(500))
        {
            rows.AddRange(await connection.QueryAsync<TopicRow>(new CommandDefinition(
                "SELECT article_id AS ArticleId, slug AS Slug, score AS Score, evidence AS Evidence FROM article_topics WHERE article_id IN @chunk",
                new { chunk }, cancellationToken: cancellationToken)));
        }
        return rows
            .OrderByDescending(r => r.Score).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToLookup(r => r.ArticleId, r => new TopicMatch(r.Slug, r.Score,
                JsonSerializer.Deserialize(r.Evidence, StoreJsonContext.Default.IReadOnlyListString) ?? []));
    }

    private static async Task<NearDuplicateIndex> LoadNearDuplicateIndexAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var index = new NearDuplicateIndex(NearDuplicateWindow, NearDuplicateThreshold);
        var recent = await connection.QueryAsync<(long Id, byte[] Signature)>(new CommandDefinition(
            "SELECT id, shingle_signature FROM articles WHERE superseded_by_id IS NULL ORDER BY id DESC LIMIT @NearDuplicateWindow",
            new { NearDuplicateWindow }, cancellationToken: cancellationToken));
        foreach (var (id, signature) in recent.Reverse()) index.Add(id, ShingleSignature.FromBytes(signature));
        return index;
    }

    /// <summary>The prepared statements of one write transaction.</summary>
    private sealed class UpsertStatements : IDisposable
    {
        private readonly SqliteCommand findByHash;
        private readonly SqliteCommand findCurrentBySource;
        private readonly SqliteCommand insertArticle;
        private readonly SqliteCommand supersede;
        private readonly SqliteCommand insertTopic;

        public UpsertStatements(SqliteConnection connection, SqliteTransaction transaction)
        {
            findByHash = Prepare(connection, transaction, "SELECT id FROM articles WHERE content_hash = $hash", "$hash");
            findCurrentBySource = Prepare(connection, transaction,
                "SELECT id FROM articles WHERE source_path = $source AND superseded_by_id IS NULL ORDER BY id DESC LIMIT 1", "$source");
            insertArticle = Prepare(connection, transaction, """
                INSERT INTO articles (content_hash, title, outlet, published, source_path, body, name_variants, ingested_at,
                                      previous_version_id, near_duplicate_of, shingle_signature, url)
                VALUES ($hash, $title, $outlet, $published, $source, $body, $variants, $ingested, $previous, $duplicateOf, $signature, $url)
                RETURNING id
                """, "$hash", "$title", "$outlet", "$published", "$source", "$body", "$variants", "$ingested", "$previous", "$duplicateOf", "$signature", "$url");
            supersede = Prepare(connection, transaction, "UPDATE articles SET superseded_by_id = $new WHERE id = $old", "$new", "$old");
            insertTopic = Prepare(connection, transaction,
                "INSERT INTO article_topics (slug, article_id, score, evidence) VALUES ($slug, $article, $score, $evidence)",
                "$slug", "$article", "$score", "$evidence");
        }

        public ArticleUpsertResult Upsert(NewArticle article, ArticleAnalysis analysis, string ingestedAt, NearDuplicateIndex index)
        {
            var (hash, signature, nameVariants) = analysis;
            if (Scalar(findByHash, hash) is long existing) return new ArticleUpsertResult(ArticleUpsertOutcome.Unchanged, existing);

            var previous = Scalar(findCurrentBySource, article.SourcePath);
            var duplicateOf = previous is null ? index.FindNearDuplicate(signature) : null;

            var id = (long)Execute(insertArticle, hash, article.Title, article.Outlet, SqliteTime.Format(article.Published), article.SourcePath,
                article.Body, nameVariants, ingestedAt, previous, duplicateOf, signature.ToBytes(), article.Url)!;
            foreach (var topic in article.Topics)
                Execute(insertTopic, topic.Slug, id, topic.Score, JsonSerializer.Serialize(topic.Evidence, StoreJsonContext.Default.IReadOnlyListString));
            if (previous is long old)
            {
                Execute(supersede, id, old);
                index.Remove(old);
            }
            index.Add(id, signature);

            return previous is not null ? new ArticleUpsertResult(ArticleUpsertOutcome.NewVersion, id, PreviousVersionId: previous)
                : duplicateOf is not null ? new ArticleUpsertResult(ArticleUpsertOutcome.NearDuplicate, id, NearDuplicateOf: duplicateOf)
                : new ArticleUpsertResult(ArticleUpsertOutcome.New, id);
        }

        public void Dispose()
        {
            findByHash.Dispose();
            findCurrentBySource.Dispose();
            insertArticle.Dispose();
            supersede.Dispose();
            insertTopic.Dispose();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static long? Scalar(SqliteCommand command, object value) => Execute(command, value) as long?;

        private static object? Execute(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            var result = command.ExecuteScalar();
            return result is DBNull ? null : result;
        }
    }

    private sealed class ArticleRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Published { get; init; }
        public string SourcePath { get; init; } = "";
        public string Body { get; init; } = "";
        public string IngestedAt { get; init; } = "";
        public long? NearDuplicateOf { get; init; }
        public string? Url { get; init; }

        public StoredArticle ToStoredArticle(ILookup<long, TopicMatch> topics) => new(
            Id, Title, Outlet, SqliteTime.ParseOrNull(Published), SourcePath, Body, topics[Id].ToList(),
            SqliteTime.Parse(IngestedAt), NearDuplicateOf, Url);
    }

    private sealed class TopicRow
    {
        public long ArticleId { get; init; }
        public string Slug { get; init; } = "";
        public double Score { get; init; }
        public string Evidence { get; init; } = "[]";
    }
}
