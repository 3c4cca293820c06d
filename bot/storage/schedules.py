"""Digest schedules per channel: the source of truth the scheduler's jobs are rebuilt from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class Schedule:
    """A channel's digest schedule; `last_run_at` is the last scheduled run dealt with."""

    id: int
    channel_id: int
    channel_ref: str
    spec: str
    enabled: bool
    last_run_at: datetime | None
    created_at: datetime


_SELECT = "SELECT s.*, c.ref AS channel_ref FROM schedules s JOIN channels c ON c.id = s.channel_id"


class ScheduleRepo:
    """Read and write schedules."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def put(self, channel_id: int, spec: str, now: datetime) -> None:
        """Set (or replace) a channel's schedule and turn it on; runs before `now` are not owed."""
        await self._conn.execute(
            """INSERT INTO schedules (channel_id, spec, enabled, last_run_at, created_at)
               VALUES (?, ?, 1, ?, ?)
               ON CONFLICT (channel_id) DO UPDATE SET spec = excluded.spec, enabled = 1,
                   last_run_at = excluded.last_run_at""",
            (channel_id, spec, to_iso(now), to_iso(now)),
        )

    async def of_channel(self, channel_id: int) -> Schedule | None:
        """Return a channel's schedule."""
        async with self._conn.execute(f"{_SELECT} WHERE s.channel_id = ?", (channel_id,)) as cur:
            row = await cur.fetchone()
        return _schedule(row) if row else None

    async def get(self, schedule_id: int) -> Schedule | None:
        """Return one schedule."""
        async with self._conn.execute(f"{_SELECT} WHERE s.id = ?", (schedule_id,)) as cur:
            row = await cur.fetchone()
        return _schedule(row) if row else None

    async def enabled(self) -> list[Schedule]:
        """Return the schedules that are on, for channels whose posting is not disabled."""
        async with self._conn.execute(
            f"{_SELECT} WHERE s.enabled = 1 AND c.disabled IS NULL ORDER BY s.id"
        ) as cur:
            rows = await cur.fetchall()
        return [_schedule(r) for r in rows]

    async def set_enabled(self, channel_id: int, enabled: bool) -> None:
        """Turn a channel's digest on or off."""
        await self._conn.execute(
            "UPDATE schedules SET enabled = ? WHERE channel_id = ?", (int(enabled), channel_id)
        )

    async def set_last_run(self, schedule_id: int, when: datetime) -> None:
        """Record that the runs up to `when` are dealt with (sent, recorded or skipped)."""
        await self._conn.execute(
            "UPDATE schedules SET last_run_at = ? WHERE id = ? AND (last_run_at IS NULL OR last_run_at < ?)",
            (to_iso(when), schedule_id, to_iso(when)),
        )


def _schedule(row: aiosqlite.Row) -> Schedule:
    return Schedule(
        id=row["id"],
        channel_id=row["channel_id"],
        channel_ref=row["channel_ref"],
        spec=row["spec"],
        enabled=bool(row["enabled"]),
        last_run_at=from_iso(row["last_run_at"]) if row["last_run_at"] else None,
        created_at=from_iso(row["created_at"]),
    )
