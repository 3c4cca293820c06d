-- Developments: indexed linking, near-duplicate copies, claim confirmation, user titles.

-- A lightly edited copy of an earlier article (syndication): stored, linked, never counted twice.
ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;

ALTER TABLE developments ADD COLUMN phase TEXT;
ALTER TABLE developments ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE developments ADD COLUMN last_article_at TEXT;
-- Set when a user renames: generated titles no longer overwrite it.
ALTER TABLE developments ADD COLUMN title_locked INTEGER NOT NULL DEFAULT 0;

-- The terms an article brought to a development (JSON list), so a split can take them back.
ALTER TABLE development_articles ADD COLUMN terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE development_articles ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1;

-- Where a deadline change's evidence sits in its article's text.
ALTER TABLE deadline_history ADD COLUMN start INTEGER;
ALTER TABLE deadline_history ADD COLUMN "end" INTEGER;

-- A claim from an unnamed source, later stated on the record (or denied) by a named one.
ALTER TABLE items ADD COLUMN confirmed_by INTEGER REFERENCES items(id) ON DELETE SET NULL;
ALTER TABLE items ADD COLUMN denied_by INTEGER REFERENCES items(id) ON DELETE SET NULL;
CREATE INDEX items_article ON items(article_id);

-- Inverted index for candidate retrieval: how many of a development's articles carry a term.
CREATE TABLE development_terms (
    term           TEXT NOT NULL,
    development_id INTEGER NOT NULL REFERENCES developments(id) ON DELETE CASCADE,
    count          INTEGER NOT NULL,
    PRIMARY KEY (term, development_id)
) WITHOUT ROWID;
CREATE INDEX development_terms_development ON development_terms(development_id);

-- How many articles carry each term (inverse document frequency), and how many developments
-- (kept by the triggers below): a term most developments carry is not looked up.
CREATE TABLE term_stats (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL,
    devs INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TRIGGER development_terms_added AFTER INSERT ON development_terms BEGIN
    INSERT INTO term_stats (term, df, devs) VALUES (NEW.term, 0, 1)
    ON CONFLICT (term) DO UPDATE SET devs = devs + 1;
END;

CREATE TRIGGER development_terms_removed AFTER DELETE ON development_terms BEGIN
    UPDATE term_stats SET devs = devs - 1 WHERE term = OLD.term;
END;

-- MinHash band hashes of each article's shingles: copies share at least one band.
CREATE TABLE article_bands (
    band       INTEGER NOT NULL,
    value      INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_id);
