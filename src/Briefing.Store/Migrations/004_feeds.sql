-- 004: feeds as corpus sources, and the link each article came from.
-- Times are UTC text 'yyyy-MM-ddTHH:mm:ss.fffZ' (SqliteTime: sorts and compares as text).

-- The item's link for articles from feeds; NULL for articles read from corpus folders.
ALTER TABLE articles ADD COLUMN url TEXT;

CREATE TABLE feeds (
    url             TEXT PRIMARY KEY,           -- as the operator gave it
    outlet          TEXT NULL,                  -- the operator's name for the outlet; NULL uses the feed's own title
    title           TEXT NULL,                  -- the feed's own title, from its last good pull
    paused          INTEGER NOT NULL DEFAULT 0,
    etag            TEXT NULL,                  -- validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since
    last_modified   TEXT NULL,
    last_fetch_utc  TEXT NULL,
    last_status     TEXT NULL,                  -- one line: 'ok: 3 new', 'not modified', 'HTTP 500', 'malformed XML ...'
    items           INTEGER NOT NULL DEFAULT 0, -- items in the feed at its last good pull
    errors_in_row   INTEGER NOT NULL DEFAULT 0, -- failed pulls since the last good one (drives the backoff)
    next_fetch_utc  TEXT NULL,                  -- when the worker pulls it next; NULL means at once
    created_utc     TEXT NOT NULL
);

-- What each item looked like when it was last stored: an item seen again unchanged is skipped without fetching its page.
CREATE TABLE feed_items (
    feed_url     TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
    item_key     TEXT NOT NULL,                 -- the item's id (guid), else its link
    fingerprint  TEXT NOT NULL,                 -- hash of the item's link, title, date and text in the feed
    seen_utc     TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
