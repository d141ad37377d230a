-- 005: updates the bot has handled, by id. Webhook deliveries arrive out of order and may repeat, so a high-water mark
-- cannot tell a redelivery from an update not yet seen; these ids can. Rows older than Telegram keeps an update are pruned.
CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    handled_at TEXT    NOT NULL                    -- UTC (SqliteTime)
);

CREATE INDEX ix_handled_updates_handled_at ON handled_updates (handled_at);
