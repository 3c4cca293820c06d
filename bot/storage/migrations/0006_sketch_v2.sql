-- Near-duplicate sketch version 2 (bot/domain/copies.py: each word hashed once, not each
-- three-word run; a band's hash includes its band number). Version-1 bands would never match
-- a new article's: the table is rebuilt empty, and this migration's data step
-- (bot/storage/db.py DATA_STEPS) recomputes every article's bands from its text.
-- A value names its band, so it is the key alone; no query reads bands by article and articles
-- are never deleted, so the index on article_id is gone (it cost every insert a second b-tree).
DROP TABLE article_bands;
CREATE TABLE article_bands (
    value      INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (value, article_id)
) WITHOUT ROWID;
