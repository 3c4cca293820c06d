-- Facts about the database itself, by key: e.g. `link_keys`, the version of the term keys its
-- link index was built with (bot/storage/rekey.py rebuilds the index when it differs).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
