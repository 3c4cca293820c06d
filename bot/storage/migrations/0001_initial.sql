-- sitrep schema, version 1. Times are UTC ISO 8601 text.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    title         TEXT,
    url           TEXT,
    url_norm      TEXT UNIQUE,
    guid          TEXT,
    feed_id       INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    source        TEXT,
    language      TEXT NOT NULL,
    published     TEXT,
    ingested_at   TEXT NOT NULL,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    analysis_json TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE developments (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    language    TEXT NOT NULL,
    actors      TEXT NOT NULL DEFAULT '[]',
    keywords    TEXT NOT NULL DEFAULT '[]',
    muted       INTEGER NOT NULL DEFAULT 0,
    closed      INTEGER NOT NULL DEFAULT 0,
    merged_into INTEGER REFERENCES developments(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE development_articles (
    development_id INTEGER NOT NULL REFERENCES developments(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score          REAL NOT NULL DEFAULT 1.0,
    linked_at      TEXT NOT NULL,
    PRIMARY KEY (development_id, article_id)
);
CREATE INDEX development_articles_article ON development_articles(article_id);

CREATE TABLE items (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    development_id INTEGER REFERENCES developments(id) ON DELETE SET NULL,
    seq            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    label          TEXT NOT NULL CHECK (label IN ('statement', 'claim', 'fact', 'commentary')),
    speaker        TEXT,
    role           TEXT,
    cue            TEXT,
    condition      TEXT,
    confidence     REAL NOT NULL,
    reason         TEXT NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX items_development ON items(development_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    development_id INTEGER REFERENCES developments(id) ON DELETE SET NULL,
    what           TEXT NOT NULL,
    date           TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL
);

CREATE TABLE deadlines (
    id             INTEGER PRIMARY KEY,
    development_id INTEGER NOT NULL REFERENCES developments(id) ON DELETE CASCADE,
    article_id     INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    what           TEXT NOT NULL,
    due            TEXT NOT NULL,
    due_at         TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'extended', 'met', 'broken', 'expired', 'cancelled')),
    evidence       TEXT NOT NULL,
    condition      TEXT,
    speaker        TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (development_id, due, what)
);
CREATE INDEX deadlines_due_at ON deadlines(due_at);

CREATE TABLE deadline_history (
    id          INTEGER PRIMARY KEY,
    deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    old_status  TEXT,
    new_status  TEXT NOT NULL,
    old_due     TEXT,
    new_due     TEXT,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    evidence    TEXT
);

CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL UNIQUE,
    title                TEXT,
    interval_s           INTEGER NOT NULL DEFAULT 900,
    etag                 TEXT,
    last_modified        TEXT,
    last_success         TEXT,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_attempt         TEXT,
    created_at           TEXT NOT NULL
);

CREATE TABLE channels (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,          -- "discord:123", "slack:C042", "console:main"
    platform    TEXT NOT NULL,
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    language    TEXT NOT NULL DEFAULT 'en',
    follows     TEXT,                          -- JSON list of development ids; NULL = all
    disabled    TEXT,                          -- why posting is disabled (channel gone, no permission)
    created_at  TEXT NOT NULL
);

CREATE TABLE channel_feeds (
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, feed_id)
);

CREATE TABLE schedules (
    id          INTEGER PRIMARY KEY,
    channel_id  INTEGER NOT NULL UNIQUE REFERENCES channels(id) ON DELETE CASCADE,
    spec        TEXT NOT NULL,                 -- "daily 08:00", "weekdays 07:30", "every 6h", cron
    enabled     INTEGER NOT NULL DEFAULT 1,
    last_run_at TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE reminders (
    id             INTEGER PRIMARY KEY,
    channel_id     INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    development_id INTEGER REFERENCES developments(id) ON DELETE CASCADE,
    deadline_id    INTEGER REFERENCES deadlines(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,              -- 'offset', 'custom', 'changed'
    offset_s       INTEGER,
    fire_at        TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'sent', 'cancelled', 'skipped')),
    note           TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX reminders_fire_at ON reminders(status, fire_at);

CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,          -- idempotency key: channel, kind, period or deadline+offset
    channel_ref TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'recorded'
                CHECK (status IN ('recorded', 'sent', 'failed', 'skipped')),
    late        INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    message_ref TEXT,
    recorded_at TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX deliveries_status ON deliveries(status);
