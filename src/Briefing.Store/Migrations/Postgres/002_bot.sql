-- 002: the bot's chats (PostgreSQL twin of ../002_bot.sql). Times are UTC text 'yyyy-MM-ddTHH:mm:ss.fffZ' (StoredTime);
-- flags are 0/1 integers, as on SQLite, so both providers share their queries.

CREATE TABLE subscribers (
    chat_id         bigint  NOT NULL,
    thread_id       bigint  NOT NULL DEFAULT 0,
    chat_type       text    NOT NULL,
    title           text,
    is_active       bigint NOT NULL DEFAULT 1,
    inactive_reason text,
    is_paused       bigint NOT NULL DEFAULT 0,
    delivery_time   text,
    time_zone       text    NOT NULL DEFAULT 'Europe/Kyiv',
    next_due_utc    text,
    watermark       bigint  NOT NULL DEFAULT 0,
    last_digest_at  text,
    created_at      text    NOT NULL,
    PRIMARY KEY (chat_id, thread_id)
);
CREATE INDEX ix_subscribers_next_due ON subscribers (next_due_utc) WHERE next_due_utc IS NOT NULL;

CREATE TABLE subscriptions (
    chat_id    bigint NOT NULL,
    thread_id  bigint NOT NULL,
    topic_slug text   NOT NULL,
    created_at text   NOT NULL,
    PRIMARY KEY (chat_id, thread_id, topic_slug),
    FOREIGN KEY (chat_id, thread_id) REFERENCES subscribers (chat_id, thread_id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE subscription_filters (
    chat_id    bigint  NOT NULL,
    thread_id  bigint  NOT NULL,
    topic_slug text    NOT NULL,
    word       text    NOT NULL,
    keep       bigint NOT NULL CHECK (keep IN (0, 1)),
    PRIMARY KEY (chat_id, thread_id, topic_slug, word),
    FOREIGN KEY (chat_id, thread_id, topic_slug) REFERENCES subscriptions (chat_id, thread_id, topic_slug) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE bot_state (
    key   text PRIMARY KEY,
    value text NOT NULL
);
