-- Scheduled delivery: operators' schedules, the digest runs made for them and the outbox the dispatcher drains.
-- Times are UTC text in one fixed format (yyyy-MM-ddTHH:mm:ss.fffZ), so text order is time order.

CREATE TABLE schedules (
    name            TEXT PRIMARY KEY,
    cron            TEXT NOT NULL,
    time_zone       TEXT NOT NULL,              -- IANA id
    topics          TEXT NULL,                  -- comma-separated slugs; NULL means each subscriber's own topics
    preset          TEXT NOT NULL DEFAULT 'standard',
    target_chat_id  INTEGER NULL,               -- a fixed chat (a channel) instead of the subscribers
    paused          INTEGER NOT NULL DEFAULT 0,
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL
);

-- Bumped by every change to schedules, so the worker notices a CLI edit with one cheap read.
CREATE TABLE schedule_changes (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL
);
INSERT INTO schedule_changes (id, version) VALUES (1, 0);
CREATE TRIGGER schedules_inserted AFTER INSERT ON schedules BEGIN UPDATE schedule_changes SET version = version + 1; END;
CREATE TRIGGER schedules_updated AFTER UPDATE ON schedules BEGIN UPDATE schedule_changes SET version = version + 1; END;
CREATE TRIGGER schedules_deleted AFTER DELETE ON schedules BEGIN UPDATE schedule_changes SET version = version + 1; END;

-- One row per schedule and period: a second run for the same period finds it and adds nothing.
CREATE TABLE digest_runs (
    id                INTEGER PRIMARY KEY,
    schedule_name     TEXT NOT NULL,
    period_key        TEXT NOT NULL,
    reason            TEXT NOT NULL,            -- schedule | misfire | manual | due | start
    started_utc       TEXT NOT NULL,
    finished_utc      TEXT NULL,
    cursor_chat_id    INTEGER NULL,             -- last subscriber written, so a crashed run resumes after it
    cursor_thread_id  INTEGER NULL,
    digests           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (schedule_name, period_key)
);

-- One digest for one chat; thread_id 0 means no forum thread (NULLs would not collide in the unique key).
CREATE TABLE outbox (
    id                    INTEGER PRIMARY KEY,
    run_id                INTEGER NOT NULL REFERENCES digest_runs (id),
    schedule_name         TEXT NOT NULL,
    period_key            TEXT NOT NULL,
    chat_id               INTEGER NOT NULL,
    thread_id             INTEGER NOT NULL DEFAULT 0,
    watermark_scope       TEXT NOT NULL,        -- '' the subscriber's own watermark; else the fixed-topic schedule's name
    last_article_id       INTEGER NOT NULL,
    messages              TEXT NOT NULL,        -- JSON array of the message texts, sent in order
    message_count         INTEGER NOT NULL,
    messages_sent         INTEGER NOT NULL DEFAULT 0,
    telegram_message_ids  TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'pending',   -- pending | sent | failed | undeliverable
    attempts              INTEGER NOT NULL DEFAULT 0,
    last_error            TEXT NULL,
    next_attempt_utc      TEXT NOT NULL,
    created_utc           TEXT NOT NULL,
    sent_utc              TEXT NULL,
    UNIQUE (schedule_name, period_key, chat_id, thread_id)
);
CREATE INDEX outbox_pending ON outbox (next_attempt_utc, id) WHERE status = 'pending';
CREATE INDEX outbox_failed ON outbox (id) WHERE status = 'failed';
CREATE INDEX outbox_chat_watermark ON outbox (chat_id, thread_id, watermark_scope, last_article_id);
CREATE INDEX outbox_sent ON outbox (sent_utc) WHERE status = 'sent';

-- What the worker last did, for /healthz and `briefing stats` (ingestion, scheduler state).
CREATE TABLE worker_status (
    name         TEXT PRIMARY KEY,
    value        TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
)
