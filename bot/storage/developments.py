"""Developments (stories) and which articles feed them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.models import Development
from bot.domain.times import from_iso, to_iso

_INSERT = """INSERT INTO developments (id, title, status, language, actors, keywords,
                   created_at, updated_at, article_count, last_article_at, phase)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


@dataclass(frozen=True, slots=True)
class NewDevelopment:
    """A development to open; `id` None lets SQLite choose it."""

    id: int | None
    title: str
    language: str
    actors: frozenset[str]
    keywords: frozenset[str]
    status: str
    now: datetime
    # Set when the development opens already counting the article that opened it.
    first_article_at: datetime | None = None
    phase: str | None = None

    def params(self) -> tuple[object, ...]:
        """Return the row's values in the order of the insert statement."""
        return (
            self.id,
            self.title,
            self.status,
            self.language,
            json.dumps(sorted(self.actors)),
            json.dumps(sorted(self.keywords)),
            to_iso(self.now),
            to_iso(self.now),
            0 if self.first_article_at is None else 1,
            to_iso(self.first_article_at) if self.first_article_at is not None else None,
            self.phase,
        )


class DevelopmentRepo:
    """Read and write developments; merges keep a pointer from the old id to the new one."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def create(
        self,
        *,
        title: str,
        language: str,
        actors: frozenset[str],
        keywords: frozenset[str],
        status: str,
        now: datetime,
        first_article_at: datetime | None = None,
        phase: str | None = None,
    ) -> int:
        """Open a new development and return its id.

        With `first_article_at` it opens already counting the article that opened it (one
        statement instead of a create and a touch).
        """
        row = NewDevelopment(None, title, language, actors, keywords, status, now, first_article_at, phase)
        cur = await self._conn.execute(_INSERT, row.params())
        assert cur.lastrowid is not None
        return cur.lastrowid

    async def add_many(self, rows: Sequence[NewDevelopment]) -> None:
        """Store developments whose ids the caller chose (a batch of ingests), in one statement."""
        if rows:
            await self._conn.executemany(_INSERT, [row.params() for row in rows])

    async def next_id(self) -> int:
        """Return the id SQLite would give the next development (its largest id plus one)."""
        rows = list(await self._conn.execute_fetchall("SELECT coalesce(max(id), 0) + 1 FROM developments"))
        return int(rows[0][0])

    async def profiles(self, ids: Sequence[int]) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
        """Return the actors and keywords each development holds (one statement)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self._conn.execute_fetchall(
            f"SELECT id, actors, keywords FROM developments WHERE id IN ({marks})", list(ids)
        )
        return {int(r[0]): (frozenset(json.loads(r[1])), frozenset(json.loads(r[2]))) for r in rows}

    async def update_profiles(
        self, profiles: Mapping[int, tuple[frozenset[str], frozenset[str]]], now: datetime
    ) -> None:
        """Store developments' grown actors and keywords (id -> (actors, keywords))."""
        await self._conn.executemany(
            "UPDATE developments SET actors = ?, keywords = ?, updated_at = ? WHERE id = ?",
            [
                (json.dumps(sorted(actors)), json.dumps(sorted(keywords)), to_iso(now), dev_id)
                for dev_id, (actors, keywords) in sorted(profiles.items())
            ],
        )

    async def link_article(
        self,
        development_id: int,
        article_id: int,
        score: float,
        now: datetime,
        *,
        terms: list[str] | None = None,
        primary: bool = True,
    ) -> None:
        """Record that an article feeds a development (idempotent), with the terms it brought."""
        await self._conn.execute(
            """INSERT INTO development_articles
                   (development_id, article_id, score, linked_at, terms, is_primary)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (development_id, article_id, score, to_iso(now), json.dumps(sorted(terms or [])), int(primary)),
        )

    async def link_articles(
        self, links: Sequence[tuple[int, int, float, list[str], bool]], now: datetime
    ) -> None:
        """Record several (development, article, score, terms, primary) links in one statement."""
        if not links:
            return
        await self._conn.executemany(
            """INSERT INTO development_articles
                   (development_id, article_id, score, linked_at, terms, is_primary)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [
                (dev_id, article_id, score, to_iso(now), json.dumps(sorted(terms)), int(primary))
                for dev_id, article_id, score, terms, primary in links
            ],
        )

    async def unlink_article(self, development_id: int, article_id: int) -> None:
        """Take an article out of a development."""
        await self._conn.execute(
            "DELETE FROM development_articles WHERE development_id = ? AND article_id = ?",
            (development_id, article_id),
        )

    async def primary_of(self, article_id: int) -> int | None:
        """Return the development an article mainly feeds (following merges)."""
        rows = list(
            await self._conn.execute_fetchall(
                """SELECT development_id FROM development_articles WHERE article_id = ?
                   ORDER BY is_primary DESC, development_id LIMIT 1""",
                (article_id,),
            )
        )
        if not rows:
            return None
        dev = await self.get(int(rows[0][0]))
        return dev.id if dev else None

    async def get(self, development_id: int) -> Development | None:
        """Return one development, following merges to the surviving one."""
        # One hop to the database thread (a cursor costs three).
        rows = list(
            await self._conn.execute_fetchall("SELECT * FROM developments WHERE id = ?", (development_id,))
        )
        if not rows:
            return None
        row = rows[0]
        if row["merged_into"] is not None:
            return await self.get(int(row["merged_into"]))
        return _development(row)

    async def all(self, *, include_closed: bool = True) -> list[Development]:
        """Return live (not merged-away) developments, most recently updated first."""
        sql = "SELECT * FROM developments WHERE merged_into IS NULL"
        if not include_closed:
            sql += " AND closed = 0"
        async with self._conn.execute(sql + " ORDER BY updated_at DESC, id DESC") as cur:
            rows = await cur.fetchall()
        return [_development(r) for r in rows]

    async def article_ids(self, development_id: int) -> list[int]:
        """Return the ids of the articles feeding a development."""
        async with self._conn.execute(
            "SELECT article_id FROM development_articles WHERE development_id = ? ORDER BY article_id",
            (development_id,),
        ) as cur:
            rows = await cur.fetchall()
        return [int(r[0]) for r in rows]

    async def developments_of_article(self, article_id: int) -> list[int]:
        """Return the developments an article feeds."""
        rows = await self._conn.execute_fetchall(
            "SELECT development_id FROM development_articles WHERE article_id = ?", (article_id,)
        )
        return [int(r[0]) for r in rows]

    async def rename(self, development_id: int, title: str, now: datetime) -> None:
        """Give a development a user-chosen title."""
        await self._conn.execute(
            "UPDATE developments SET title = ?, title_locked = 1, updated_at = ? WHERE id = ?",
            (title, to_iso(now), development_id),
        )

    async def set_status(self, development_id: int, status: str, now: datetime) -> None:
        """Record the status derived from evidence."""
        await self._conn.execute(
            "UPDATE developments SET status = ?, updated_at = ? WHERE id = ?",
            (status, to_iso(now), development_id),
        )

    async def set_flags(
        self, development_id: int, *, muted: bool | None = None, closed: bool | None = None
    ) -> None:
        """Mute or close (or undo either)."""
        if muted is not None:
            await self._conn.execute(
                "UPDATE developments SET muted = ? WHERE id = ?", (int(muted), development_id)
            )
        if closed is not None:
            await self._conn.execute(
                "UPDATE developments SET closed = ? WHERE id = ?", (int(closed), development_id)
            )

    async def merge(self, source_id: int, target_id: int, now: datetime) -> None:
        """Move everything of `source_id` into `target_id` (call inside a transaction)."""
        await self._conn.execute(
            # the link keeps the terms it brought and whether it is the article's primary one,
            # so a later split or removal of the article takes its terms back out of the target
            """INSERT OR IGNORE INTO development_articles
                   (development_id, article_id, score, linked_at, terms, is_primary)
               SELECT ?, article_id, score, linked_at, terms, is_primary FROM development_articles
               WHERE development_id = ?""",
            (target_id, source_id),
        )
        await self._conn.execute("DELETE FROM development_articles WHERE development_id = ?", (source_id,))
        await self._conn.execute(
            """UPDATE developments SET article_count = (
                   SELECT count(*) FROM development_articles da JOIN articles a ON a.id = da.article_id
                   WHERE da.development_id = ? AND a.copy_of IS NULL),
                   last_article_at = nullif(max(coalesce(last_article_at, ''),
                       coalesce((SELECT last_article_at FROM developments WHERE id = ?), '')), '')
               WHERE id = ?""",
            (target_id, source_id, target_id),
        )
        for table in ("items", "events", "deadlines", "reminders", "held_changes"):
            await self._conn.execute(
                f"UPDATE OR IGNORE {table} SET development_id = ? WHERE development_id = ?",
                (target_id, source_id),
            )
        await self._conn.execute(
            "UPDATE developments SET merged_into = ?, updated_at = ? WHERE id = ?",
            (target_id, to_iso(now), source_id),
        )
        await self._conn.execute(
            "UPDATE developments SET updated_at = ? WHERE id = ?", (to_iso(now), target_id)
        )


def _development(row: aiosqlite.Row) -> Development:
    return Development(
        id=row["id"],
        title=row["title"],
        status=row["status"],
        language=row["language"],
        created_at=from_iso(row["created_at"]),
        updated_at=from_iso(row["updated_at"]),
        actors=frozenset(json.loads(row["actors"])),
        keywords=frozenset(json.loads(row["keywords"])),
        muted=bool(row["muted"]),
        closed=bool(row["closed"]),
        phase=row["phase"],
        article_count=int(row["article_count"]),
        last_article_at=from_iso(row["last_article_at"]) if row["last_article_at"] else None,
        title_locked=bool(row["title_locked"]),
    )
