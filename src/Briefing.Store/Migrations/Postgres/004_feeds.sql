-- 004: feeds as corpus sources, and the link each article came from (PostgreSQL twin of ../004_feeds.sql).
ALTER TABLE articles ADD COLUMN url text;

CREATE TABLE feeds (
    url             text PRIMARY KEY,
    outlet          text NULL,
    title           text NULL,
    paused          bigint NOT NULL DEFAULT 0,
    etag            text NULL,
    last_modified   text NULL,
    last_fetch_utc  text NULL,
    last_status     text NULL,
    items           bigint NOT NULL DEFAULT 0,
    errors_in_row   bigint NOT NULL DEFAULT 0,
    next_fetch_utc  text NULL,
    created_utc     text NOT NULL
);

CREATE TABLE feed_items (
    feed_url     text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
    item_key     text NOT NULL,
    fingerprint  text NOT NULL,
    seen_utc     text NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
