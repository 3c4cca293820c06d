-- Feeds: polling state, entry identity, change notes and near-duplicate sketches.

ALTER TABLE feeds ADD COLUMN site_url TEXT;
ALTER TABLE feeds ADD COLUMN primed INTEGER NOT NULL DEFAULT 0;          -- first poll done
ALTER TABLE feeds ADD COLUMN backfill INTEGER NOT NULL DEFAULT 0;        -- newest N entries to ingest next poll
ALTER TABLE feeds ADD COLUMN failure_notified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN guids_unreliable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_status INTEGER;
ALTER TABLE feeds ADD COLUMN last_attempt TEXT;

-- Every entry a feed has shown, ingested or not: what makes a re-poll add nothing.
CREATE TABLE feed_entries (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid         TEXT,
    url_norm     TEXT,
    title_key    TEXT,
    content_hash TEXT,
    title        TEXT,
    published    TEXT,
    article_id   INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL
);
CREATE INDEX feed_entries_guid ON feed_entries(feed_id, guid);
CREATE INDEX feed_entries_url ON feed_entries(feed_id, url_norm);
CREATE INDEX feed_entries_title ON feed_entries(feed_id, title_key);
CREATE INDEX feed_entries_hash ON feed_entries(feed_id, content_hash);

-- An updated entry is a note on the article it already is, never a second article.
CREATE TABLE article_changes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feed_id    INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    at         TEXT NOT NULL,
    field      TEXT NOT NULL,
    old        TEXT,
    new        TEXT
);
CREATE INDEX article_changes_article ON article_changes(article_id);

-- Bottom-k MinHash sketch of each article's word shingles, for near-duplicate lookup.
ALTER TABLE articles ADD COLUMN sketch TEXT;
CREATE TABLE article_sketch_hashes (
    hash       INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_sketch_hashes_hash ON article_sketch_hashes(hash);
