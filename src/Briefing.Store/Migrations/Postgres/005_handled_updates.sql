-- 005: updates the bot has handled, by id (PostgreSQL twin of ../005_handled_updates.sql). In webhook mode every
-- worker may receive; this record makes each update handled once whichever worker gets a redelivery.
CREATE TABLE handled_updates (
    update_id  bigint PRIMARY KEY,
    handled_at text   NOT NULL                     -- UTC (StoredTime)
);

CREATE INDEX ix_handled_updates_handled_at ON handled_updates (handled_at);
