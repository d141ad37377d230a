-- 002: the bot's chats. Times are UTC text 'yyyy-MM-ddTHH:mm:ss.fffZ' (SqliteTime: sorts and compares as text).

-- A subscriber is one place digests go: a chat, or one forum topic (thread) of a forum group.
CREATE TABLE subscribers (
    chat_id         INTEGER NOT NULL,              -- Telegram chat id (negative for groups and channels)
    thread_id       INTEGER NOT NULL DEFAULT 0,    -- forum topic (message_thread_id); 0 outside forum topics
    chat_type       TEXT    NOT NULL,              -- private | group | supergroup | channel
    title           TEXT,                          -- group title or user's first name, for operators
    is_active       INTEGER NOT NULL DEFAULT 1,    -- 0 once Telegram says the bot cannot write there
    inactive_reason TEXT,                          -- why it went inactive (e.g. 'blocked', 'chat not found')
    is_paused       INTEGER NOT NULL DEFAULT 0,    -- 1 after /pause: keep subscriptions, deliver nothing
    delivery_time   TEXT,                          -- local 'HH:MM' from /time; NULL follows the operators' schedules
    time_zone       TEXT    NOT NULL DEFAULT 'Europe/Kyiv', -- IANA zone of delivery_time (/timezone)
    next_due_utc    TEXT,                          -- next UTC instant of delivery_time in time_zone; NULL without /time
    watermark       INTEGER NOT NULL DEFAULT 0,    -- id of the last article delivered by a scheduled digest
    last_digest_at  TEXT,                          -- when the last scheduled digest was delivered
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (chat_id, thread_id)
);

-- The per-minute delivery job reads subscribers whose own time has come from this index alone.
CREATE INDEX ix_subscribers_next_due ON subscribers (next_due_utc) WHERE next_due_utc IS NOT NULL;

-- The topics a subscriber receives.
CREATE TABLE subscriptions (
    chat_id    INTEGER NOT NULL,
    thread_id  INTEGER NOT NULL,
    topic_slug TEXT    NOT NULL,                   -- a slug of config/topics.json
    created_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, thread_id, topic_slug),
    FOREIGN KEY (chat_id, thread_id) REFERENCES subscribers (chat_id, thread_id) ON DELETE CASCADE ON UPDATE CASCADE
);

-- /filter words of one subscription: keep = 1 for +word (an article must have every one), 0 for -word (an article with any is dropped).
CREATE TABLE subscription_filters (
    chat_id    INTEGER NOT NULL,
    thread_id  INTEGER NOT NULL,
    topic_slug TEXT    NOT NULL,
    word       TEXT    NOT NULL,                   -- lower case
    keep       INTEGER NOT NULL CHECK (keep IN (0, 1)),
    PRIMARY KEY (chat_id, thread_id, topic_slug, word),
    FOREIGN KEY (chat_id, thread_id, topic_slug) REFERENCES subscriptions (chat_id, thread_id, topic_slug) ON DELETE CASCADE ON UPDATE CASCADE
);

-- The bot's own small state, e.g. 'last_update_id': the last update handled, so a restart resumes after it.
CREATE TABLE bot_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
