"""The delivery ledger: every post is recorded before it is sent and marked sent after."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NotRequired, TypedDict, Unpack

import aiosqlite

from bot.domain.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class Delivery:
    """One post owed to a channel, keyed so that it can only ever be posted once."""

    id: int
    key: str
    channel_ref: str
    kind: str
    payload: dict[str, Any]
    status: str
    late: bool
    attempts: int
    error: str | None
    message_ref: str | None
    due_at: datetime | None
    recorded_at: datetime
    sent_at: datetime | None


class OwedPost(TypedDict):
    """What a caller records about a post it owes a channel (the ledger adds time and status)."""

    key: str
    channel_ref: str
    kind: str
    payload: dict[str, Any]
    due_at: datetime | None
    late: NotRequired[bool]


# The platform is the channel ref's prefix: "slack:C042" -> "slack".
_PLATFORM = "substr(channel_ref, 1, instr(channel_ref, ':') - 1)"


class DeliveryRepo:
    """Read and write the ledger."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def record(self, *, now: datetime, status: str = "recorded", **post: Unpack[OwedPost]) -> bool:
        """Record a post (or a skipped one); return False when the key was already in the ledger."""
        due_at = post["due_at"]
        cur = await self._conn.execute(
            """INSERT INTO deliveries (key, channel_ref, kind, payload, status, late, recorded_at, due_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING""",
            (
                post["key"],
                post["channel_ref"],
                post["kind"],
                json.dumps(post["payload"], ensure_ascii=False),
                status,
                int(post.get("late", False)),
                to_iso(now),
                to_iso(due_at) if due_at else None,
            ),
        )
        return cur.rowcount == 1

    async def get(self, key: str) -> Delivery | None:
        """Return the ledger row of a key."""
        async with self._conn.execute("SELECT * FROM deliveries WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return _delivery(row) if row else None

    async def begin_attempt(self, delivery_id: int, composed_at: datetime | None = None) -> None:
        """Count an attempt before calling the platform, so a restart knows a send may have happened.

        `composed_at` (a digest's "as of" time) is kept so a restart that finds the post already
        out can still move the channel's watermark to it.
        """
        if composed_at is None:
            await self._conn.execute(
                "UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = NULL WHERE id = ?",
                (delivery_id,),
            )
            return
        await self._conn.execute(
            """UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = NULL,
                   payload = json_set(payload, '$.composed_at', ?) WHERE id = ?""",
            (to_iso(composed_at), delivery_id),
        )

    async def mark_sent(self, delivery_id: int, message_ref: str, now: datetime) -> None:
        """Mark a post sent, with the platform's message id."""
        await self._conn.execute(
            "UPDATE deliveries SET status = 'sent', message_ref = ?, sent_at = ?, error = NULL WHERE id = ?",
            (message_ref, to_iso(now), delivery_id),
        )

    async def mark_retry(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        """Leave a post owed after a transient failure, to be retried at `next_attempt_at`."""
        await self._conn.execute(
            "UPDATE deliveries SET error = ?, next_attempt_at = ? WHERE id = ? AND status = 'recorded'",
            (error, to_iso(next_attempt_at), delivery_id),
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """Give up on a post: the platform said retrying cannot help."""
        await self._conn.execute(
            "UPDATE deliveries SET status = 'failed', error = ? WHERE id = ?", (error, delivery_id)
        )

    async def owed(self, now: datetime, platforms: Sequence[str], *, limit: int = 1000) -> list[Delivery]:
        """Return recorded posts not yet sent, on the running platforms, whose retry time has come."""
        marks = ",".join("?" * len(platforms))
        async with self._conn.execute(
            f"""SELECT * FROM deliveries WHERE status = 'recorded'
                    AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND {_PLATFORM} IN ({marks})
                ORDER BY id LIMIT ?""",
            (to_iso(now), *platforms, limit),
        ) as cur:
            rows = await cur.fetchall()
        return [_delivery(r) for r in rows]

    async def next_retry_at(self, platforms: Sequence[str]) -> datetime | None:
        """Return the soonest retry time of an owed post on the running platforms."""
        marks = ",".join("?" * len(platforms))
        async with self._conn.execute(
            f"""SELECT MIN(next_attempt_at) FROM deliveries
                WHERE status = 'recorded' AND {_PLATFORM} IN ({marks})""",
            tuple(platforms),
        ) as cur:
            row = await cur.fetchone()
        return from_iso(row[0]) if row and row[0] else None

    async def skipped_unreported(self, channel_ref: str) -> list[Delivery]:
        """Return posts skipped for a channel (missed beyond grace) that no digest mentioned yet."""
        async with self._conn.execute(
            """SELECT * FROM deliveries WHERE channel_ref = ? AND status = 'skipped'
                   AND reported_at IS NULL ORDER BY due_at, id""",
            (channel_ref,),
        ) as cur:
            rows = await cur.fetchall()
        return [_delivery(r) for r in rows]

    async def mark_reported(self, delivery_ids: list[int], now: datetime) -> None:
        """Record that a digest mentioned these skipped posts."""
        await self._conn.executemany(
            "UPDATE deliveries SET reported_at = ? WHERE id = ?", [(to_iso(now), i) for i in delivery_ids]
        )

    async def of_channel(self, channel_ref: str) -> list[Delivery]:
        """Return a channel's ledger, oldest first (for `/digest show` and tests)."""
        async with self._conn.execute(
            "SELECT * FROM deliveries WHERE channel_ref = ? ORDER BY id", (channel_ref,)
        ) as cur:
            rows = await cur.fetchall()
        return [_delivery(r) for r in rows]


def _delivery(row: aiosqlite.Row) -> Delivery:
    return Delivery(
        id=row["id"],
        key=row["key"],
        channel_ref=row["channel_ref"],
        kind=row["kind"],
        payload=json.loads(row["payload"]),
        status=row["status"],
        late=bool(row["late"]),
        attempts=row["attempts"],
        error=row["error"],
        message_ref=row["message_ref"],
        due_at=from_iso(row["due_at"]) if row["due_at"] else None,
        recorded_at=from_iso(row["recorded_at"]),
        sent_at=from_iso(row["sent_at"]) if row["sent_at"] else None,
    )
