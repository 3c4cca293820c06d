"""A development's timeline as stored: claims and their confirmations, and what changed since T."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.times import from_iso, to_iso

# A new statement is compared with this many of the latest open claims (a long story has hundreds).
OPEN_CLAIMS_CHECKED = 50


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim not yet confirmed or denied."""

    id: int
    article_id: int
    text: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One item of a development's timeline, with its article's time and any confirmation."""

    item_id: int
    article_id: int
    at: datetime
    label: str
    text: str
    speaker: str | None
    confirmed_by: int | None
    denied_by: int | None
    confirmed_by_speaker: str | None
    denied_by_speaker: str | None


@dataclass(frozen=True, slots=True)
class DeadlineEvent:
    """One change in a deadline's history."""

    deadline_id: int
    at: datetime
    old_status: str | None
    new_status: str
    old_due: str | None
    new_due: str | None
    article_id: int | None
    evidence: str | None
    start: int | None = None
    end: int | None = None


class TimelineRepo:
    """Reads and writes the parts of a timeline that go beyond items: confirmations, history."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def open_claims(self, development_id: int, *, before_article: int) -> list[ClaimRow]:
        """Return a development's latest claims from earlier articles, neither confirmed nor denied."""
        rows = await self._conn.execute_fetchall(  # one hop to the database thread, not three
            """SELECT id, article_id, text FROM items
               WHERE development_id = ? AND label = 'claim' AND article_id <> ?
                 AND confirmed_by IS NULL AND denied_by IS NULL ORDER BY id DESC LIMIT ?""",
            (development_id, before_article, OPEN_CLAIMS_CHECKED),
        )
        return [ClaimRow(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def resolve_claim(self, claim_id: int, by_item_id: int, *, denied: bool) -> None:
        """Record that a named statement confirmed (or denied) a claim."""
        column = "denied_by" if denied else "confirmed_by"
        await self._conn.execute(f"UPDATE items SET {column} = ? WHERE id = ?", (by_item_id, claim_id))

    async def entries(self, development_id: int, since: datetime | None = None) -> list[TimelineEntry]:
        """Return a development's items in time order (articles arrived since `since`, if given)."""
        sql = """SELECT i.id, i.article_id, coalesce(a.published, a.ingested_at) AS at, i.label, i.text,
                        i.speaker, i.confirmed_by, i.denied_by, c.speaker AS c_speaker, d.speaker AS d_speaker
                 FROM items i JOIN articles a ON a.id = i.article_id
                 LEFT JOIN items c ON c.id = i.confirmed_by
                 LEFT JOIN items d ON d.id = i.denied_by
                 WHERE i.development_id = ?"""
        params: list[object] = [development_id]
        if since is not None:
            sql += " AND a.ingested_at > ?"
            params.append(to_iso(since))
        sql += " ORDER BY at, i.article_id, i.seq"
        async with self._conn.execute(sql, params) as cur:
            rows = await cur.fetchall()
        return [
            TimelineEntry(
                int(r[0]), int(r[1]), from_iso(r[2]), str(r[3]), str(r[4]), r[5], r[6], r[7], r[8], r[9]
            )
            for r in rows
        ]

    async def deadline_events(
        self, development_id: int, since: datetime | None = None
    ) -> list[DeadlineEvent]:
        """Return the history of a development's deadlines, oldest first (after `since`, if given)."""
        sql = """SELECT h.deadline_id, h.at, h.old_status, h.new_status, h.old_due, h.new_due,
                        h.article_id, h.evidence, h.start, h."end"
                 FROM deadline_history h JOIN deadlines d ON d.id = h.deadline_id
                 WHERE d.development_id = ?"""
        params: list[object] = [development_id]
        if since is not None:
            sql += " AND h.at > ?"
            params.append(to_iso(since))
        async with self._conn.execute(sql + " ORDER BY h.id", params) as cur:
            rows = await cur.fetchall()
        return [
            DeadlineEvent(int(r[0]), from_iso(r[1]), r[2], str(r[3]), r[4], r[5], r[6], r[7], r[8], r[9])
            for r in rows
        ]

    async def articles_since(self, development_id: int, since: datetime) -> list[int]:
        """Return the articles that joined a development after `since`."""
        async with self._conn.execute(
            """SELECT article_id FROM development_articles WHERE development_id = ? AND linked_at > ?
               ORDER BY article_id""",
            (development_id, to_iso(since)),
        ) as cur:
            return [int(r[0]) for r in await cur.fetchall()]

    async def move_items(self, article_id: int, source_id: int, target_id: int) -> None:
        """Move one article's items, events, deadlines and held changes from one development to another."""
        # A held change goes with its article: left behind, it could land on the other story's deadline.
        for table in ("items", "events", "deadlines", "held_changes"):
            await self._conn.execute(
                f"""UPDATE OR IGNORE {table} SET development_id = ?
                    WHERE article_id = ? AND development_id = ?""",
                (target_id, article_id, source_id),
            )
