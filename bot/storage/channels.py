"""Chat channels: where posts go, in which zone and language, following which developments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.times import from_iso, to_iso
from bot.errors import InputError

PLATFORMS = ("discord", "slack", "console")


@dataclass(frozen=True, slots=True)
class Channel:
    """A channel and its preferences; `follows` None means every development."""

    id: int
    ref: str
    platform: str
    timezone: str
    language: str
    follows: tuple[int, ...] | None
    disabled: str | None
    last_digest_at: datetime | None
    created_at: datetime

    def follows_development(self, development_id: int) -> bool:
        """Tell whether the channel hears about a development."""
        return self.follows is None or development_id in self.follows


def platform_of(ref: str) -> str:
    """Return the platform a channel ref names ("slack:C042" -> "slack"), or raise InputError."""
    platform, sep, rest = ref.partition(":")
    if not sep or not rest or platform not in PLATFORMS:
        raise InputError(f"{ref!r} is not a channel reference like discord:123, slack:C042 or console:main")
    return platform


class ChannelRepo:
    """Read and write channels."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def ensure(self, ref: str, *, timezone: str, language: str, now: datetime) -> Channel:
        """Return the channel, creating it with the given defaults when it is new."""
        await self._conn.execute(
            """INSERT INTO channels (ref, platform, timezone, language, created_at)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (ref) DO NOTHING""",
            (ref, platform_of(ref), timezone, language, to_iso(now)),
        )
        channel = await self.get(ref)
        assert channel is not None
        return channel

    async def get(self, ref: str) -> Channel | None:
        """Return a channel by its ref."""
        async with self._conn.execute("SELECT * FROM channels WHERE ref = ?", (ref,)) as cur:
            row = await cur.fetchone()
        return _channel(row) if row else None

    async def by_id(self, channel_id: int) -> Channel | None:
        """Return a channel by its id."""
        async with self._conn.execute("SELECT * FROM channels WHERE id = ?", (channel_id,)) as cur:
            row = await cur.fetchone()
        return _channel(row) if row else None

    async def update(
        self,
        channel_id: int,
        *,
        timezone: str | None = None,
        language: str | None = None,
        follows: tuple[int, ...] | bool | None = False,
    ) -> None:
        """Change a channel's zone, language or followed developments (`follows=False` keeps them)."""
        if timezone is not None:
            await self._conn.execute("UPDATE channels SET timezone = ? WHERE id = ?", (timezone, channel_id))
        if language is not None:
            await self._conn.execute("UPDATE channels SET language = ? WHERE id = ?", (language, channel_id))
        if follows is not False:
            value = None if follows is None or follows is True else json.dumps(sorted(set(follows)))
            await self._conn.execute("UPDATE channels SET follows = ? WHERE id = ?", (value, channel_id))

    async def set_disabled(self, channel_id: int, reason: str | None) -> None:
        """Stop (reason given) or resume (None) posting to a channel."""
        await self._conn.execute("UPDATE channels SET disabled = ? WHERE id = ?", (reason, channel_id))

    async def set_last_digest(self, ref: str, when: datetime) -> None:
        """Move the channel's "changed since" watermark forward (never back)."""
        await self._conn.execute(
            """UPDATE channels SET last_digest_at = ?
               WHERE ref = ? AND (last_digest_at IS NULL OR last_digest_at < ?)""",
            (to_iso(when), ref, to_iso(when)),
        )

    async def with_schedule(self) -> list[Channel]:
        """Return the channels whose digest is on and whose posting is not disabled."""
        async with self._conn.execute(
            """SELECT c.* FROM channels c JOIN schedules s ON s.channel_id = c.id
               WHERE s.enabled = 1 AND c.disabled IS NULL ORDER BY c.id"""
        ) as cur:
            rows = await cur.fetchall()
        return [_channel(r) for r in rows]


def _channel(row: aiosqlite.Row) -> Channel:
    follows = json.loads(row["follows"]) if row["follows"] else None
    return Channel(
        id=row["id"],
        ref=row["ref"],
        platform=row["platform"],
        timezone=row["timezone"],
        language=row["language"],
        follows=tuple(int(x) for x in follows) if follows is not None else None,
        disabled=row["disabled"],
        last_digest_at=from_iso(row["last_digest_at"]) if row["last_digest_at"] else None,
        created_at=from_iso(row["created_at"]),
    )
