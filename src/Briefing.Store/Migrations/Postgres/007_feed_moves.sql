-- 007: feeds that moved permanently (PostgreSQL twin of ../007_feed_moves.sql).
CREATE TABLE feed_moves (
    from_url   text PRIMARY KEY,
    to_url     text NOT NULL,
    moved_utc  text NOT NULL
);
