-- One copy detector: the developments' MinHash bands (article_bands, articles.copy_of) stay;
-- the feeds' bottom-k sketches are no longer written or read.
DROP INDEX IF EXISTS article_sketch_hashes_hash;
DROP TABLE IF EXISTS article_sketch_hashes;
ALTER TABLE articles DROP COLUMN sketch;
