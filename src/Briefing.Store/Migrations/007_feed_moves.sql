-- 007: feeds that moved permanently (a 301 or 308). The feed's row now lives under to_url; from_url is remembered so that
-- a feed listed in Feeds:Sources under its old address is not added back (and redirected again) at every start.
CREATE TABLE feed_moves (
    from_url   TEXT PRIMARY KEY,               -- the address the feed had
    to_url     TEXT NOT NULL,                  -- where it lives now (the feed's url), kept current along a chain of moves
    moved_utc  TEXT NOT NULL
) WITHOUT ROWID;
