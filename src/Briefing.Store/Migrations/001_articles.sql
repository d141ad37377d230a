-- Articles, their topics, near-duplicate signatures and the full-text index.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,          -- AUTOINCREMENT: ids only grow, so "id > watermark" means new
    content_hash TEXT NOT NULL UNIQUE,             -- SHA-256 of the cleaned title and body
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,                                -- UTC, ISO 8601
    source_path TEXT NOT NULL,
    body TEXT NOT NULL,                            -- paragraphs separated by blank lines
    name_variants TEXT NOT NULL DEFAULT '',        -- canonical forms of name variants in the text, for search
    ingested_at TEXT NOT NULL,                     -- UTC, ISO 8601
    previous_version_id INTEGER REFERENCES articles(id),
    superseded_by_id INTEGER REFERENCES articles(id),
    near_duplicate_of INTEGER REFERENCES articles(id),
    shingle_signature BLOB NOT NULL
);
CREATE INDEX ix_articles_current_source ON articles(source_path) WHERE superseded_by_id IS NULL;
CREATE INDEX ix_articles_published ON articles(published);

CREATE TABLE article_topics (
    slug TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    score REAL NOT NULL,
    evidence TEXT NOT NULL,                        -- JSON array of the phrases that matched
    PRIMARY KEY (slug, article_id)
) WITHOUT ROWID;
CREATE INDEX ix_article_topics_article ON article_topics(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, name_variants,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
-- Title matches count ten times a body match.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0)');

-- Only current versions are searchable: a row leaves the index when a newer version supersedes it.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body, name_variants) VALUES (new.id, new.title, new.body, new.name_variants);
END;
CREATE TRIGGER articles_fts_supersede AFTER UPDATE OF superseded_by_id ON articles
WHEN old.superseded_by_id IS NULL AND new.superseded_by_id IS NOT NULL BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, name_variants) VALUES ('delete', old.id, old.title, old.body, old.name_variants);
END;
