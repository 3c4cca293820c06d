"""Articles and their labelled items, events: plain SQL over aiosqlite."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.domain.models import Analysis, Article, ArticleInput, Item, Label
from bot.domain.times import from_iso, to_iso


@dataclass(frozen=True)
class StoredItem:
    """An item as stored, with the ids that `/why` and digests refer to."""

    id: int
    article_id: int
    development_id: int | None
    item: Item


class ArticleRepo:
    """Read and write articles; ingest is idempotent on content hash and normalised URL."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add_rows(self, rows: Sequence[ArticleRow]) -> None:
        """Store articles given as `article_row`s with the ids the caller chose, in one statement.

        The caller has checked that none is stored already (a conflict fails the transaction).
        """
        if rows:
            await self._conn.executemany(_INSERT, rows)

    async def next_id(self) -> int:
        """Return the id SQLite would give the next article (its largest id plus one)."""
        rows = list(await self._conn.execute_fetchall("SELECT coalesce(max(id), 0) + 1 FROM articles"))
        return int(rows[0][0])

    async def add_items(self, rows: Sequence[ItemRow]) -> None:
        """Store items given as `item_rows` (of one article or several) in one statement."""
        if not rows:  # every statement is a hop to the database thread: skip empty ones
            return
        await self._conn.executemany(
            """INSERT INTO items (article_id, seq, text, start, "end", label, speaker, role, cue,
                   condition, confidence, reason)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )

    async def find_duplicates(self, keys: Sequence[tuple[str, str | None]]) -> list[int | None]:
        """Return, for each (content hash, normalised URL), the stored article it repeats: one query."""
        if not keys:
            return []
        where, params = duplicates_where(keys)
        rows = await self._conn.execute_fetchall(
            f"SELECT id, content_hash, url_norm FROM articles WHERE {where} ORDER BY id", params
        )
        return duplicates_of(keys, rows)

    async def get(self, article_id: int) -> Article | None:
        """Return one article."""
        async with self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)) as cur:
            row = await cur.fetchone()
        return _article(row) if row else None

    async def count(self) -> int:
        """Return how many articles are stored."""
        async with self._conn.execute("SELECT count(*) FROM articles") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def items_of_article(self, article_id: int) -> list[StoredItem]:
        """Return an article's items in text order."""
        rows = await self._conn.execute_fetchall(  # one hop to the database thread, not three
            "SELECT * FROM items WHERE article_id = ? ORDER BY seq", (article_id,)
        )
        return [stored_item(r) for r in rows]

    async def items_of_development(self, development_id: int) -> list[StoredItem]:
        """Return a development's items, oldest article first."""
        async with self._conn.execute(
            """SELECT items.* FROM items JOIN articles ON articles.id = items.article_id
               WHERE items.development_id = ?
               ORDER BY coalesce(articles.published, articles.ingested_at), items.article_id, seq""",
            (development_id,),
        ) as cur:
            rows = await cur.fetchall()
        return [stored_item(r) for r in rows]

    async def get_item(self, item_id: int) -> StoredItem | None:
        """Return one item by id."""
        async with self._conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)) as cur:
            row = await cur.fetchone()
        return stored_item(row) if row else None

    async def assign_items_many(self, rows: Sequence[tuple[int, int, int]]) -> None:
        """Attach items, given as (development, article, position), in one statement."""
        if rows:
            await self._conn.executemany(
                "UPDATE items SET development_id = ? WHERE article_id = ? AND seq = ?", rows
            )

    async def add_events(self, article_id: int, development_id: int | None, analysis: Analysis) -> None:
        """Store the dated events an article mentions."""
        await self.add_event_rows(event_rows(article_id, development_id, analysis))

    async def add_event_rows(self, rows: Sequence[EventRow]) -> None:
        """Store events given as `event_rows` (of one article or several) in one statement."""
        if rows:
            await self._conn.executemany(
                """INSERT INTO events (article_id, development_id, what, date, evidence, start, "end")
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )


_INSERT = """INSERT INTO articles (id, title, url, url_norm, guid, feed_id, source, language,
                   published, ingested_at, text, content_hash, analysis_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""

# An article's columns, in the order of `_INSERT`.
ArticleRow = tuple[
    int,
    str | None,
    str | None,
    str | None,
    str | None,
    int | None,
    str | None,
    str,
    str | None,
    str,
    str,
    str,
    str,
]
ItemRow = tuple[int, int, str, int, int, str, str | None, str | None, str | None, str | None, float, str]
EventRow = tuple[int, int | None, str, str, str, int, int]


# What json.dumps(..., ensure_ascii=False) builds afresh on every call (a row per ingested article).
_ANALYSIS_JSON = json.JSONEncoder(ensure_ascii=False)


def article_row(
    article_id: int,
    article: ArticleInput,
    analysis: Analysis,
    content_hash: str,
    url_norm: str | None,
    ingested_at: datetime,
) -> ArticleRow:
    """Return an article as a row for `ArticleRepo.add_rows`."""
    return (
        article_id,
        article.title,
        article.url,
        url_norm,
        article.guid,
        article.feed_id,
        article.source,
        analysis.language,
        to_iso(analysis.published) if analysis.published else None,
        to_iso(ingested_at),
        article.text,
        content_hash,
        _ANALYSIS_JSON.encode(analysis.to_json()),
    )


def item_rows(article_id: int, analysis: Analysis) -> list[ItemRow]:
    """Return an article's items as rows for `ArticleRepo.add_items`."""
    return [
        (
            article_id,
            seq,
            it.text,
            it.start,
            it.end,
            it.label.value,
            it.speaker,
            it.role,
            it.cue,
            it.condition,
            it.confidence,
            it.reason,
        )
        for seq, it in enumerate(analysis.items)
    ]


def event_rows(article_id: int, development_id: int | None, analysis: Analysis) -> list[EventRow]:
    """Return an article's events as rows for `ArticleRepo.add_event_rows`."""
    return [
        (article_id, development_id, e.what, e.date.isoformat(), e.evidence, e.start, e.end)
        for e in analysis.events
    ]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def duplicates_where(keys: Sequence[tuple[str, str | None]]) -> tuple[str, list[str]]:
    """Return the condition (and its parameters) on `articles` that finds these keys' articles."""
    hashes = sorted({h for h, _ in keys})
    urls = sorted({u for _, u in keys if u is not None})
    # No empty IN (): SQLite would scan the whole table instead of using both indexes.
    by_url_clause = f" OR url_norm IN ({_marks(len(urls))})" if urls else ""
    return f"content_hash IN ({_marks(len(hashes))}){by_url_clause}", [*hashes, *urls]


def duplicates_of(keys: Sequence[tuple[str, str | None]], rows: Iterable[Sequence[Any]]) -> list[int | None]:
    """Return each key's stored article from (id, content hash, URL) rows: the lowest id wins."""
    by_hash: dict[str, int] = {}
    by_url: dict[str, int] = {}
    for article_id, digest, url_norm in sorted((int(r[0]), r[1], r[2]) for r in rows):
        by_hash.setdefault(digest, article_id)
        if url_norm is not None:
            by_url.setdefault(url_norm, article_id)
    return [by_hash.get(h) or (by_url.get(u) if u is not None else None) for h, u in keys]


def _article(row: aiosqlite.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published=from_iso(row["published"]) if row["published"] else None,
        ingested_at=from_iso(row["ingested_at"]),
        language=row["language"],
        content_hash=row["content_hash"],
    )


def stored_item(row: aiosqlite.Row) -> StoredItem:
    """Return an `items` row (all its columns, by name) as a StoredItem."""
    return StoredItem(
        id=row["id"],
        article_id=row["article_id"],
        development_id=row["development_id"],
        item=Item(
            text=row["text"],
            start=row["start"],
            end=row["end"],
            label=Label(row["label"]),
            confidence=row["confidence"],
            reason=row["reason"],
            speaker=row["speaker"],
            role=row["role"],
            cue=row["cue"],
            condition=row["condition"],
        ),
    )
