-- Deadline changes told before the deadline they speak of is known: an undated article, or one
-- a feed delivers late, may bring that deadline after the change. A held change is tried on each
-- deadline an article adds to its development, and deleted once it applies.
CREATE TABLE held_changes (
    id             INTEGER PRIMARY KEY,
    development_id INTEGER NOT NULL REFERENCES developments(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('extend', 'meet', 'break', 'cancel')),
    evidence       TEXT NOT NULL,
    new_due        TEXT,           -- an extension's new due ("2026-02-01" or an ISO datetime), if told
    context        TEXT NOT NULL,  -- the change's sentence, and the words around its evidence,
    near           TEXT NOT NULL,  -- which choose the deadline it speaks of
    told_at        TEXT NOT NULL,  -- the article's publication time (its ingest time when undated)
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    UNIQUE (article_id, start, "end")
);
CREATE INDEX held_changes_development ON held_changes(development_id);
