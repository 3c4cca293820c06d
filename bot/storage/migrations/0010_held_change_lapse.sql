-- A held change waits `HOLD_WINDOW` (bot/domain/lifecycle.py) on the clock from when sitrep read it
-- (`held_at`), then lapses: it stays here, marked with when it lapsed (`lapsed_at`), so nothing
-- is silently lost and `developments show` can tell users which changes never found their deadline.
ALTER TABLE held_changes ADD COLUMN held_at TEXT;
ALTER TABLE held_changes ADD COLUMN lapsed_at TEXT;
-- Changes held before this version wait from their article's ingest, when they were read.
UPDATE held_changes
   SET held_at = (SELECT ingested_at FROM articles WHERE articles.id = held_changes.article_id)
 WHERE held_at IS NULL;
CREATE INDEX held_changes_waiting ON held_changes(held_at) WHERE lapsed_at IS NULL;
