-- Sketch bands without a foreign key. A new article writes about 15 band rows, and checking
-- each row's article in `articles` cost more than writing the row. Nothing is lost by it: the
-- rows are written by id in the transaction that writes their articles (bot/services/ingest.py),
-- the band look-up joins `articles` (a band of a missing article is never read), and deleting
-- an article still deletes its bands: the trigger does what ON DELETE CASCADE did (sitrep
-- itself never deletes an article).
CREATE TABLE article_bands_unchecked (
    value      INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (value, article_id)
) WITHOUT ROWID;
INSERT INTO article_bands_unchecked (value, article_id) SELECT value, article_id FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_unchecked RENAME TO article_bands;
CREATE TRIGGER article_bands_of_deleted_article AFTER DELETE ON articles BEGIN
    DELETE FROM article_bands WHERE article_id = old.id;
END;
