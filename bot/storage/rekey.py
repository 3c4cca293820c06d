"""Re-index development linking when the term keys change, from what the database already holds.

The link index (`development_terms`, `term_stats`, and the terms each link in
`development_articles` brought) holds term keys made by `bot.domain.linking` from the data
files of `bot/domain/data`. When an upgrade changes how keys are made, a new article about a
stored story computes keys the index does not hold, and the story can split. So the database
records the key version its index was built with (`meta`, key `link_keys`); at start-up a
different version rebuilds the index from the stored articles and their analysed items.
Which articles belong to which development does not change: only the terms are recomputed.

The rebuild runs in batches (at most BATCH articles, about BATCH_SECONDS), one transaction
each, so another connection's writes (a bot still running, a `sitrep` command beside it) wait
for one batch, not for the whole rebuild (about 2 ms an article). Each batch records how far it
got (`meta`, key REBUILD_META) in its own transaction: a process killed between batches loses
nothing, and the next open resumes. The key version moves only with the last batch, so until
then every opener sees the index as not current and helps finish it (`open_database` does so
before it returns the connection): no process of this version links against a half-rebuilt
index. Two openers share the work batch by batch, each batch taken under the write lock from
where the last one stopped.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import aiosqlite

from bot.domain.linking import KEY_VERSION, Segment
from bot.domain.models import Analysis, DeadlineMention, EventMention, Item
from bot.domain.times import from_iso, parse_due
from bot.storage.articles import stored_item
from bot.storage.link_index import document_counts, document_terms, index_terms

log = logging.getLogger(__name__)

# The `meta` key under which the key version of the link index is stored.
KEY_META = "link_keys"
# The `meta` key of a rebuild in progress: {"version": the version it builds, "after": the last
# article id re-keyed}. Absent when no rebuild is under way.
REBUILD_META = "link_keys_rebuild"
# Stored articles re-keyed in one transaction at most: about a second of the write lock at 2 ms
# each; a batch also ends once it has held the lock BATCH_SECONDS (long articles, a busy machine:
# 500 synthetic articles of 1,400 characters took 4 s on a loaded 2-core machine).
BATCH = 500
BATCH_SECONDS = 1.0
# Seconds between batches with no lock held: SQLite's busy handler retries a waiting writer
# every 100 ms at most, so a longer gap lets it in before the next batch takes the lock again.
PAUSE = 0.15
_UPSERT_META = """INSERT INTO meta (key, value) VALUES (?, ?)
                  ON CONFLICT (key) DO UPDATE SET value = excluded.value"""
_ADD_POSTING = """INSERT INTO development_terms (term, development_id, count) VALUES (?, ?, ?)
                  ON CONFLICT (term, development_id) DO UPDATE SET count = count + excluded.count"""
_ADD_DOCUMENTS = """INSERT INTO term_stats (term, df) VALUES (?, ?)
                    ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"""


@lru_cache(maxsize=1)
def key_version() -> str:
    """Return the current key version: the code's KEY_VERSION and a hash of the data files keys come from.

    Editing an alias or a kind word changes keys as surely as code does, and is easy to forget
    to announce; a rebuild the hash starts needlessly (a comment edited) only costs start-up time.
    """
    data = resources.files("bot.domain").joinpath("data")
    files = [data.joinpath("aliases.toml"), *data.joinpath("names").iterdir()]
    digest = hashlib.sha256()
    for entry in sorted((f for f in files if f.name.endswith(".toml")), key=lambda f: f.name):
        digest.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    return f"{KEY_VERSION}-{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class RekeyCounts:
    """What a rebuild (or one batch of it) recomputed."""

    articles: int
    links: int
    terms: int


@dataclass(frozen=True)
class BatchResult:
    """One batch of a rebuild: what it recomputed, and whether it was the last."""

    counts: RekeyCounts
    done: bool


async def stored_key_version(conn: aiosqlite.Connection) -> str | None:
    """Return the key version the database's link index was built with (None: never recorded)."""
    return await _meta(conn, KEY_META)


async def rebuild_progress(conn: aiosqlite.Connection) -> tuple[str, int] | None:
    """Return the rebuild under way (the version it builds, the last article id done), or None."""
    raw = await _meta(conn, REBUILD_META)
    if raw is None:
        return None
    progress = json.loads(raw)
    return str(progress["version"]), int(progress["after"])


async def _meta(conn: aiosqlite.Connection, key: str) -> str | None:
    """Return one `meta` value (None when absent): the key version and the rebuild's progress."""
    rows = list(await conn.execute_fetchall("SELECT value FROM meta WHERE key = ?", (key,)))
    return str(rows[0][0]) if rows else None


async def rekey_if_needed(
    conn: aiosqlite.Connection,
    version: str | None = None,
    *,
    batch: int | None = None,
    pause: float | None = None,
) -> RekeyCounts | None:
    """Rebuild the link index if it was built with another key version, batch by batch; None if not."""
    version = version or key_version()
    batch = batch or BATCH
    pause = PAUSE if pause is None else pause
    old = await stored_key_version(conn)
    if old == version:
        return None  # the usual start: no write lock, so a read-only command never waits on the bot
    started = time.monotonic()
    articles = links = terms = 0
    while True:
        step = await rekey_batch(conn, version, batch)
        if step is None:
            break  # another process finished it
        articles += step.counts.articles
        links += step.counts.links
        terms = step.counts.terms
        if step.done:
            break
        await asyncio.sleep(pause)  # no lock held: writers waiting on other connections get in
    # A new database has nothing to re-key: recording its version is not news.
    log.log(
        logging.INFO if articles else logging.DEBUG,
        "link index re-keyed (%s -> %s): %d articles, %d links, %d index rows in %.1f s",
        old,
        version,
        articles,
        links,
        terms,
        time.monotonic() - started,
    )
    return RekeyCounts(articles, links, terms)


async def rekey_batch(conn: aiosqlite.Connection, version: str, batch: int) -> BatchResult | None:
    """Re-key the next `batch` stored articles in one transaction (the first one empties the index).

    None if the index is already at `version` (another process finished the rebuild). The last
    batch (fewer articles than `batch` left) records `version` and drops the progress row.
    """
    # BEGIN IMMEDIATE: the progress is read under the write lock, so two processes never re-key
    # the same articles.
    await conn.execute("BEGIN IMMEDIATE")
    try:
        if await stored_key_version(conn) == version:
            await conn.execute("COMMIT")
            return None
        progress = await rebuild_progress(conn)
        if progress is None or progress[0] != version:  # none under way, or one for other keys
            await _empty_index(conn)
            after = 0
        else:
            after = progress[1]
        counts, last = await _rekey_articles(conn, after, batch)
        done = last is None
        if done:
            await conn.execute(_UPSERT_META, (KEY_META, version))
            await conn.execute("DELETE FROM meta WHERE key = ?", (REBUILD_META,))
            rows = list(await conn.execute_fetchall("SELECT count(*) FROM development_terms"))
            counts = RekeyCounts(counts.articles, counts.links, int(rows[0][0]))
        else:
            await conn.execute(_UPSERT_META, (REBUILD_META, json.dumps({"version": version, "after": last})))
        await conn.execute("COMMIT")
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    return BatchResult(counts, done)


async def _empty_index(conn: aiosqlite.Connection) -> None:
    """Empty both index tables, with development_terms' triggers off while it is emptied.

    Its delete trigger updates `term_stats` row by row (about 30 s for a million postings on a
    busy machine, all under the write lock); without triggers SQLite empties the table at once
    (under a second). The triggers are put back as the schema has them, in the same transaction.
    """
    triggers = list(
        await conn.execute_fetchall(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'development_terms'"
        )
    )
    for name, _ in triggers:
        await conn.execute(f'DROP TRIGGER "{name}"')
    await conn.execute("DELETE FROM term_stats")
    await conn.execute("DELETE FROM development_terms")
    for _, sql in triggers:
        await conn.execute(sql)


async def _rekey_articles(
    conn: aiosqlite.Connection, after: int, limit: int
) -> tuple[RekeyCounts, int | None]:
    """Recompute the terms of up to `limit` original articles after id `after` and add them to the index.

    Stops early once BATCH_SECONDS have passed. Returns what was recomputed and the last
    article id done, or None as that id when fewer than `limit` were left and all were done
    (the rebuild is complete). Every count is added (upserts), so batches add
    up to what one pass over every article would write.
    """
    started = time.monotonic()
    rows = list(
        await conn.execute_fetchall(
            """SELECT id, text, title, language, published, analysis_json FROM articles
               WHERE copy_of IS NULL AND id > ? ORDER BY id LIMIT ?""",
            (after, limit),
        )
    )
    documents: Counter[str] = Counter()
    postings: Counter[tuple[str, int]] = Counter()
    updates: list[tuple[str, int, int]] = []
    done = 0
    if rows:
        stored = await _StoredChunk.read(conn, [int(r[0]) for r in rows])
        for article_id, text, title, language, published, stored_json in rows:
            if done and time.monotonic() - started >= BATCH_SECONDS:
                break  # long articles, or a busy machine: the lock is held long enough
            done += 1
            analysis, owners = stored.analysis(int(article_id), language, published, stored_json)
            title_terms, segments = index_terms(analysis, text, title)
            documents.update(document_counts([document_terms(title_terms, segments)]))
            for dev_id, terms in _link_terms(segments, owners, stored.links.get(article_id, [])).items():
                updates.append((json.dumps(sorted(terms)), dev_id, article_id))
                postings.update((term, dev_id) for term in terms)
        await conn.executemany(
            "UPDATE development_articles SET terms = ? WHERE development_id = ? AND article_id = ?", updates
        )
        # Document counts first: the development_terms trigger then counts each term's developments.
        await conn.executemany(_ADD_DOCUMENTS, sorted(documents.items()))
        await conn.executemany(
            _ADD_POSTING, [(term, dev_id, n) for (term, dev_id), n in sorted(postings.items())]
        )
    last = int(rows[done - 1][0]) if done < len(rows) or len(rows) == limit else None
    return RekeyCounts(done, len(updates), len(postings)), last


def _link_terms(
    segments: Sequence[Segment], owners: Sequence[int | None], links: Sequence[tuple[int, bool]]
) -> dict[int, set[str]]:
    """Return the terms each link of an article brought: its segments, by the development owning their items.

    Ingest joins each segment to one development and stores its items there; a segment goes
    where most of its items are (merges and splits move items and links together), a segment
    without items (a bare headline) or with items elsewhere goes to the primary link. A link
    no segment goes to brought no terms (none of its old keys is kept).
    """
    if not links:
        return {}
    linked = [dev_id for dev_id, _ in links]
    primary = next((dev_id for dev_id, is_primary in links if is_primary), min(linked))
    out: dict[int, set[str]] = {dev_id: set() for dev_id in linked}
    for segment in segments:
        votes = Counter(owners[i] for i in segment.item_indexes if owners[i] in linked)
        dev_id = max(votes, key=lambda d: (votes[d], d == primary, -(d or 0))) if votes else primary
        assert dev_id is not None
        out[dev_id].update(segment.terms)
    return out


class _StoredChunk:
    """The analysed items (with the development owning each) and links of a chunk of stored articles."""

    def __init__(self) -> None:
        self.items: dict[int, list[tuple[Item, int | None]]] = {}
        self.links: dict[int, list[tuple[int, bool]]] = {}

    @classmethod
    async def read(cls, conn: aiosqlite.Connection, ids: list[int]) -> _StoredChunk:
        """Read the chunk's items and links, two statements in all."""
        chunk = cls()
        marks = ",".join("?" * len(ids))
        for row in await conn.execute_fetchall(
            f"SELECT * FROM items WHERE article_id IN ({marks}) ORDER BY article_id, seq", ids
        ):
            stored = stored_item(row)
            chunk.items.setdefault(stored.article_id, []).append((stored.item, stored.development_id))
        for row in await conn.execute_fetchall(
            f"""SELECT article_id, development_id, is_primary FROM development_articles
                WHERE article_id IN ({marks}) ORDER BY development_id""",
            ids,
        ):
            chunk.links.setdefault(row[0], []).append((int(row[1]), bool(row[2])))
        return chunk

    def analysis(
        self, article_id: int, language: str, published: str | None, stored_json: str
    ) -> tuple[Analysis, list[int | None]]:
        """Return an article's analysis as stored, and the development owning each item.

        Deadlines and events come from the stored analysis (`articles.analysis_json`): the
        tables keep a deadline once, under the first article that told it.
        """
        stored = self.items.get(article_id, [])
        raw = json.loads(stored_json or "{}")
        deadlines = tuple(
            DeadlineMention(
                d["what"],
                parse_due(d["due"]),
                d["evidence"],
                d["start"],
                d["end"],
                d.get("condition"),
                d.get("speaker"),
            )
            for d in raw.get("deadlines", [])
        )
        events = tuple(
            EventMention(e["what"], parse_due(e["date"]), e["evidence"], e["start"], e["end"])
            for e in raw.get("events", [])
        )
        items = tuple(item for item, _ in stored)
        analysis = Analysis(language, from_iso(published) if published else None, items, deadlines, events)
        return analysis, [dev_id for _, dev_id in stored]
