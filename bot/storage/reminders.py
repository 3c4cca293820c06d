"""Reminders: deadline offsets, custom `/remind` times and deadline-changed notices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class Reminder:
    """A planned post about a deadline or development; `kind` is offset, custom or changed."""

    id: int
    channel_id: int
    channel_ref: str
    development_id: int | None
    deadline_id: int | None
    kind: str
    offset_s: int | None
    fire_at: datetime
    status: str
    note: str | None


# The note of a reminder cancelled by "stop reminding": re-planning a moved deadline respects it.
STOPPED_NOTE = '{"stopped": true}'
_SELECT = "SELECT r.*, c.ref AS channel_ref FROM reminders r JOIN channels c ON c.id = r.channel_id"


class ReminderRepo:
    """Read and write reminders."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        *,
        channel_id: int,
        kind: str,
        fire_at: datetime,
        now: datetime,
        development_id: int | None = None,
        deadline_id: int | None = None,
        offset_s: int | None = None,
        note: str | None = None,
    ) -> int | None:
        """Plan a reminder; return its id, or None when the same offset reminder is pending."""
        cur = await self._conn.execute(
            """INSERT INTO reminders (channel_id, development_id, deadline_id, kind, offset_s,
                   fire_at, status, note, created_at)
               VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT DO NOTHING""",
            (channel_id, development_id, deadline_id, kind, offset_s, to_iso(fire_at), note, to_iso(now)),
        )
        return cur.lastrowid if cur.rowcount else None

    async def get(self, reminder_id: int) -> Reminder | None:
        """Return one reminder."""
        async with self._conn.execute(f"{_SELECT} WHERE r.id = ?", (reminder_id,)) as cur:
            row = await cur.fetchone()
        return _reminder(row) if row else None

    async def due(self, now: datetime, platforms: Sequence[str], *, limit: int = 1000) -> list[Reminder]:
        """Return pending reminders whose time has come on the running platforms, oldest first."""
        marks = ",".join("?" * len(platforms))
        async with self._conn.execute(
            f"""{_SELECT} WHERE r.status = 'pending' AND r.fire_at <= ? AND c.platform IN ({marks})
                ORDER BY r.fire_at, r.id LIMIT ?""",
            (to_iso(now), *platforms, limit),
        ) as cur:
            rows = await cur.fetchall()
        return [_reminder(r) for r in rows]

    async def next_fire_at(self, platforms: Sequence[str]) -> datetime | None:
        """Return when the soonest pending reminder on the running platforms fires."""
        marks = ",".join("?" * len(platforms))
        async with self._conn.execute(
            f"""SELECT MIN(r.fire_at) FROM reminders r JOIN channels c ON c.id = r.channel_id
                WHERE r.status = 'pending' AND c.platform IN ({marks})""",
            tuple(platforms),
        ) as cur:
            row = await cur.fetchone()
        return from_iso(row[0]) if row and row[0] else None

    async def pending_of_deadline(self, deadline_id: int) -> list[Reminder]:
        """Return a deadline's pending reminders."""
        async with self._conn.execute(
            f"{_SELECT} WHERE r.deadline_id = ? AND r.status = 'pending' ORDER BY r.fire_at", (deadline_id,)
        ) as cur:
            rows = await cur.fetchall()
        return [_reminder(r) for r in rows]

    async def pending_of_channel(self, channel_id: int) -> list[Reminder]:
        """Return a channel's pending reminders, soonest first."""
        async with self._conn.execute(
            f"{_SELECT} WHERE r.channel_id = ? AND r.status = 'pending' ORDER BY r.fire_at", (channel_id,)
        ) as cur:
            rows = await cur.fetchall()
        return [_reminder(r) for r in rows]

    async def set_status(self, reminder_id: int, status: str) -> None:
        """Mark a reminder sent, cancelled or skipped."""
        await self._conn.execute("UPDATE reminders SET status = ? WHERE id = ?", (status, reminder_id))

    async def stop(self, reminder_id: int) -> None:
        """Mark the reminder someone pressed "stop" on (cancelled if pending): re-planning respects it."""
        await self._conn.execute(
            """UPDATE reminders SET note = ?,
                   status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
               WHERE id = ?""",
            (STOPPED_NOTE, reminder_id),
        )

    async def stopped(self, channel_id: int, deadline_id: int) -> bool:
        """Tell whether someone stopped a deadline's reminders in a channel."""
        async with self._conn.execute(
            "SELECT 1 FROM reminders WHERE channel_id = ? AND deadline_id = ? AND note = ? LIMIT 1",
            (channel_id, deadline_id, STOPPED_NOTE),
        ) as cur:
            return await cur.fetchone() is not None

    async def move(self, reminder_id: int, fire_at: datetime) -> None:
        """Move a pending reminder (a custom one pinned to a deadline that moved)."""
        await self._conn.execute(
            "UPDATE reminders SET fire_at = ? WHERE id = ? AND status = 'pending'",
            (to_iso(fire_at), reminder_id),
        )


def _reminder(row: aiosqlite.Row) -> Reminder:
    return Reminder(
        id=row["id"],
        channel_id=row["channel_id"],
        channel_ref=row["channel_ref"],
        development_id=row["development_id"],
        deadline_id=row["deadline_id"],
        kind=row["kind"],
        offset_s=row["offset_s"],
        fire_at=from_iso(row["fire_at"]),
        status=row["status"],
        note=row["note"],
    )
