-- Near-duplicate sketch version 2 (bot/domain/copies.py: each word hashed once, not each
-- three-word run): the version-1 bands would never match a new article's, so this migration's
-- data step (bot/storage/db.py DATA_STEPS) recomputes every article's bands from its text.
-- No query reads bands by article and articles are never deleted: the index on article_id
-- only cost every insert a second b-tree (a cascade, should one come, scans instead).
DROP INDEX IF EXISTS article_bands_article;
