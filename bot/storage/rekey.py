"""Re-index development linking when the term keys change, from what the database already holds.

The link index (`development_terms`, `term_stats`, and the terms each link in
`development_articles` brought) holds term keys made by `bot.domain.linking` from the data
files of `bot/domain/data`. When an upgrade changes how keys are made, a new article about a
stored story computes keys the index does not hold, and the story can split. So the database
records the key version its index was built with (`meta`, key `link_keys`); at start-up a
different version rebuilds the index from the stored articles and their analysed items, in one
transaction: a crash midway leaves the old index and version, and the next start runs it again.
Which articles belong to which development does not change: only the terms are recomputed.
"""

from __future__ import annotations

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
# Stored articles read (and re-keyed) at a time.
CHUNK = 200


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
    """What a rebuild recomputed."""

    articles: int
    links: int
    terms: int


async def stored_key_version(conn: aiosqlite.Connection) -> str | None:
    """Return the key version the database's link index was built with (None: never recorded)."""
    rows = list(await conn.execute_fetchall("SELECT value FROM meta WHERE key = ?", (KEY_META,)))
    return str(rows[0][0]) if rows else None


async def rekey_if_needed(conn: aiosqlite.Connection, version: str | None = None) -> RekeyCounts | None:
    """Rebuild the link index if it was built with another key version (one transaction); None if not."""
    version = version or key_version()
    if await stored_key_version(conn) == version:
        return None  # the usual start: no write lock, so a read-only command never waits on the bot
    # BEGIN IMMEDIATE: two processes starting together do not both rebuild (checked again inside).
    await conn.execute("BEGIN IMMEDIATE")
    try:
        old = await stored_key_version(conn)
        if old == version:
            await conn.execute("COMMIT")
            return None
        started = time.monotonic()
        counts = await rebuild_link_index(conn)
        await conn.execute(
            """INSERT INTO meta (key, value) VALUES (?, ?)
               ON CONFLICT (key) DO UPDATE SET value = excluded.value""",
            (KEY_META, version),
        )
        await conn.execute("COMMIT")
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    # A new database has nothing to re-key: recording its version is not news.
    log.log(
        logging.INFO if counts.articles else logging.DEBUG,
        "link index re-keyed (%s -> %s): %d articles, %d links, %d index rows in %.1f s",
        old,
        version,
        counts.articles,
        counts.links,
        counts.terms,
        time.monotonic() - started,
    )
    return counts


async def rebuild_link_index(conn: aiosqlite.Connection) -> RekeyCounts:
    """Recompute every original article's terms, its links' terms and both index tables (in a transaction)."""
    await conn.execute("DELETE FROM term_stats")
    await conn.execute("DELETE FROM development_terms")
    documents: Counter[str] = Counter()
    postings: Counter[tuple[str, int]] = Counter()
    articles = links = 0
    last = 0
    while True:
        rows = list(
            await conn.execute_fetchall(
                """SELECT id, text, title, language, published, analysis_json FROM articles
                   WHERE copy_of IS NULL AND id > ? ORDER BY id LIMIT ?""",
                (last, CHUNK),
            )
        )
        if not rows:
            break
        last = int(rows[-1][0])
        stored = await _StoredChunk.read(conn, [int(r[0]) for r in rows])
        updates: list[tuple[str, int, int]] = []
        for article_id, text, title, language, published, stored_json in rows:
            analysis, owners = stored.analysis(int(article_id), language, published, stored_json)
            title_terms, segments = index_terms(analysis, text, title)
            documents.update(document_counts([document_terms(title_terms, segments)]))
            for dev_id, terms in _link_terms(segments, owners, stored.links.get(article_id, [])).items():
                updates.append((json.dumps(sorted(terms)), dev_id, article_id))
                postings.update((term, dev_id) for term in terms)
            articles += 1
        await conn.executemany(
            "UPDATE development_articles SET terms = ? WHERE development_id = ? AND article_id = ?", updates
        )
        links += len(updates)
    # Document counts first: the development_terms trigger then counts each term's developments.
    await conn.executemany("INSERT INTO term_stats (term, df) VALUES (?, ?)", sorted(documents.items()))
    await conn.executemany(
        "INSERT INTO development_terms (term, development_id, count) VALUES (?, ?, ?)",
        [(term, dev_id, n) for (term, dev_id), n in sorted(postings.items())],
    )
    return RekeyCounts(articles, links, len(postings))


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
