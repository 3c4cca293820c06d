"""Feeds, their channels, the entries they have shown and the change notes: plain SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.feed_entries import Change, EntryKey, KnownEntry
from bot.domain.times import from_iso, to_iso


@dataclass(slots=True)
class FeedRecord:
    """A feed row: subscription, polling state and health."""

    id: int
    url: str
    title: str | None
    site_url: str | None
    interval_s: int
    etag: str | None
    last_modified: str | None
    last_success: datetime | None
    last_error: str | None
    consecutive_failures: int
    next_attempt: datetime | None
    last_attempt: datetime | None
    last_status: int | None
    primed: bool
    backfill: int
    failure_notified: bool
    guids_unreliable: bool


def _when(value: str | None) -> datetime | None:
    return from_iso(value) if value else None


def _feed(row: aiosqlite.Row) -> FeedRecord:
    return FeedRecord(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        site_url=row["site_url"],
        interval_s=row["interval_s"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_success=_when(row["last_success"]),
        last_error=row["last_error"],
        consecutive_failures=row["consecutive_failures"],
        next_attempt=_when(row["next_attempt"]),
        last_attempt=_when(row["last_attempt"]),
        last_status=row["last_status"],
        primed=bool(row["primed"]),
        backfill=row["backfill"],
        failure_notified=bool(row["failure_notified"]),
        guids_unreliable=bool(row["guids_unreliable"]),
    )


def _key_columns(key: EntryKey) -> tuple[str | None, ...]:
    """Return an entry's key columns in the order the entry INSERT and UPDATE both list them."""
    return (
        key.guid,
        key.url_norm,
        key.title_key,
        key.content_hash,
        key.title,
        to_iso(key.published) if key.published else None,
    )


class FeedRepo:
    """Read and write feeds and their entries; callers hold the store's transaction for writes."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    # --- feeds and subscriptions ---

    async def add(
        self, url: str, *, interval_s: int, now: datetime, title: str | None = None, backfill: int = 0
    ) -> tuple[FeedRecord, bool]:
        """Add a feed (or find it by URL); return it and whether it is new."""
        cur = await self._conn.execute(
            """INSERT INTO feeds (url, title, interval_s, created_at, backfill, next_attempt)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING""",
            (url, title, interval_s, to_iso(now), backfill, to_iso(now)),
        )
        created = cur.rowcount == 1
        found = await self.by_url(url)
        assert found is not None
        return found, created

    async def get(self, feed_id: int) -> FeedRecord | None:
        """Return one feed."""
        feeds = await self._feeds("SELECT * FROM feeds WHERE id = ?", [feed_id])
        return feeds[0] if feeds else None

    async def by_url(self, url: str) -> FeedRecord | None:
        """Return the feed with this URL."""
        feeds = await self._feeds("SELECT * FROM feeds WHERE url = ?", [url])
        return feeds[0] if feeds else None

    async def _feeds(self, sql: str, params: Sequence[object]) -> list[FeedRecord]:
        """Run a query over feeds and build their records."""
        async with self._conn.execute(sql, params) as cur:
            rows = await cur.fetchall()
        return [_feed(r) for r in rows]

    async def all(self, channel_ref: str | None = None) -> list[FeedRecord]:
        """Return every feed, or a channel's feeds."""
        if channel_ref is None:
            sql, params = "SELECT * FROM feeds ORDER BY id", []
        else:
            sql = """SELECT f.* FROM feeds f JOIN channel_feeds cf ON cf.feed_id = f.id
                     JOIN channels c ON c.id = cf.channel_id WHERE c.ref = ? ORDER BY f.id"""
            params = [channel_ref]
        return await self._feeds(sql, params)

    async def due(self, now: datetime) -> list[FeedRecord]:
        """Return the feeds whose next attempt has come."""
        return await self._feeds(
            "SELECT * FROM feeds WHERE next_attempt IS NULL OR next_attempt <= ? ORDER BY next_attempt, id",
            [to_iso(now)],
        )

    async def next_due(self) -> datetime | None:
        """Return the earliest next attempt of any feed."""
        async with self._conn.execute("SELECT min(next_attempt) FROM feeds") as cur:
            row = await cur.fetchone()
        return _when(row[0]) if row else None

    async def delete(self, feed_id: int) -> bool:
        """Delete a feed, its subscriptions and entry records (its articles stay)."""
        cur = await self._conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return cur.rowcount == 1

    async def ensure_channel(self, ref: str, now: datetime) -> int:
        """Return the channel's id, creating the row on first use."""
        platform = ref.split(":", 1)[0]
        await self._conn.execute(
            "INSERT INTO channels (ref, platform, created_at) VALUES (?, ?, ?) ON CONFLICT (ref) DO NOTHING",
            (ref, platform, to_iso(now)),
        )
        async with self._conn.execute("SELECT id FROM channels WHERE ref = ?", (ref,)) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def subscribe(self, channel_id: int, feed_id: int) -> None:
        """Subscribe a channel to a feed (idempotent)."""
        await self._conn.execute(
            "INSERT INTO channel_feeds (channel_id, feed_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (channel_id, feed_id),
        )

    async def unsubscribe(self, channel_ref: str, feed_id: int) -> bool:
        """Unsubscribe a channel from a feed; return whether it was subscribed."""
        cur = await self._conn.execute(
            """DELETE FROM channel_feeds WHERE feed_id = ?
               AND channel_id = (SELECT id FROM channels WHERE ref = ?)""",
            (feed_id, channel_ref),
        )
        return cur.rowcount > 0

    async def channels_of(self, feed_id: int) -> list[str]:
        """Return the refs of the channels subscribed to a feed."""
        async with self._conn.execute(
            """SELECT c.ref FROM channels c JOIN channel_feeds cf ON cf.channel_id = c.id
               WHERE cf.feed_id = ? ORDER BY c.ref""",
            (feed_id,),
        ) as cur:
            rows = await cur.fetchall()
        return [r[0] for r in rows]

    # --- polling state ---

    async def record_success(
        self,
        feed_id: int,
        *,
        now: datetime,
        status: int,
        next_attempt: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        site_url: str | None = None,
    ) -> None:
        """Record a good poll: failures reset, validators and next attempt saved."""
        await self._conn.execute(
            """UPDATE feeds SET last_success = ?, last_attempt = ?, last_status = ?, last_error = NULL,
                   consecutive_failures = 0, next_attempt = ?, etag = ?, last_modified = ?,
                   title = coalesce(?, title), site_url = coalesce(?, site_url)
               WHERE id = ?""",
            (
                to_iso(now),
                to_iso(now),
                status,
                to_iso(next_attempt),
                etag,
                last_modified,
                title,
                site_url,
                feed_id,
            ),
        )

    async def record_document(
        self,
        feed_id: int,
        *,
        now: datetime,
        next_attempt: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        site_url: str | None,
        guids_unreliable: bool,
    ) -> None:
        """Record a good poll that brought a document: `record_success` and the flags in one statement.

        The feed is primed, its backfill done, and its GUIDs marked unreliable once a document
        reuses them (never unmarked): one hop to the database thread instead of two, every poll.
        """
        await self._conn.execute(
            """UPDATE feeds SET last_success = ?, last_attempt = ?, last_status = 200, last_error = NULL,
                   consecutive_failures = 0, next_attempt = ?, etag = ?, last_modified = ?,
                   title = coalesce(?, title), site_url = coalesce(?, site_url), primed = 1,
                   backfill = 0, guids_unreliable = max(guids_unreliable, ?)
               WHERE id = ?""",
            (
                to_iso(now),
                to_iso(now),
                to_iso(next_attempt),
                etag,
                last_modified,
                title,
                site_url,
                int(guids_unreliable),
                feed_id,
            ),
        )

    async def record_failure(
        self,
        feed_id: int,
        *,
        now: datetime,
        error: str,
        failures: int,
        next_attempt: datetime,
        status: int | None,
    ) -> None:
        """Record a failed poll and when to try again (the feed stays subscribed)."""
        await self._conn.execute(
            """UPDATE feeds SET last_attempt = ?, last_error = ?, consecutive_failures = ?,
                   next_attempt = ?, last_status = ? WHERE id = ?""",
            (to_iso(now), error[:500], failures, to_iso(next_attempt), status, feed_id),
        )

    async def set_flags(
        self,
        feed_id: int,
        *,
        primed: bool | None = None,
        backfill: int | None = None,
        failure_notified: bool | None = None,
        guids_unreliable: bool | None = None,
        next_attempt: datetime | None = None,
    ) -> None:
        """Update the poller's bookkeeping flags that are given."""
        sets: list[str] = []
        params: list[object] = []
        for column, value in (
            ("primed", primed),
            ("backfill", backfill),
            ("failure_notified", failure_notified),
            ("guids_unreliable", guids_unreliable),
        ):
            if value is not None:
                sets.append(f"{column} = ?")
                params.append(int(value))
        if next_attempt is not None:
            sets.append("next_attempt = ?")
            params.append(to_iso(next_attempt))
        if sets:
            await self._conn.execute(f"UPDATE feeds SET {', '.join(sets)} WHERE id = ?", (*params, feed_id))

    # --- entries ---

    async def known_entries(self, feed_id: int, keys: Sequence[EntryKey]) -> list[KnownEntry]:
        """Return the feed's recorded entries that share any key with these entries."""
        values: dict[str, set[str]] = {
            "guid": set(),
            "url_norm": set(),
            "title_key": set(),
            "content_hash": set(),
        }
        for key in keys:
            for column in values:
                value = getattr(key, column)
                if value:
                    values[column].add(value)
        clauses: list[str] = []
        params: list[object] = [feed_id]
        for column, found in values.items():
            if found:
                clauses.append(f"{column} IN ({','.join('?' * len(found))})")
                params.extend(sorted(found))
        if not clauses:
            return []
        # One hop to the database thread (a cursor's execute, fetch and close are three): every poll.
        rows = await self._conn.execute_fetchall(
            f"SELECT * FROM feed_entries WHERE feed_id = ? AND ({' OR '.join(clauses)}) ORDER BY id",
            params,
        )
        return [
            KnownEntry(
                id=r["id"],
                guid=r["guid"],
                url_norm=r["url_norm"],
                title=r["title"],
                title_key=r["title_key"],
                content_hash=r["content_hash"],
                article_id=r["article_id"],
            )
            for r in rows
        ]

    async def add_entries(
        self, feed_id: int, entries: Sequence[tuple[EntryKey, int | None]], now: datetime
    ) -> None:
        """Record new entries (with the article each became, if any)."""
        stamp = to_iso(now)
        await self._conn.executemany(
            """INSERT INTO feed_entries (feed_id, guid, url_norm, title_key, content_hash, title,
                   published, article_id, first_seen, last_seen)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(feed_id, *_key_columns(k), article_id, stamp, stamp) for k, article_id in entries],
        )

    async def update_entries(self, updates: Sequence[tuple[int, EntryKey]], now: datetime) -> None:
        """Store an entry's current keys (a new title, a new date) under its existing record."""
        stamp = to_iso(now)
        await self._conn.executemany(
            """UPDATE feed_entries SET guid = coalesce(?, guid), url_norm = coalesce(?, url_norm),
                   title_key = coalesce(?, title_key), content_hash = coalesce(?, content_hash),
                   title = coalesce(?, title), published = coalesce(?, published), last_seen = ?
               WHERE id = ?""",
            [(*_key_columns(k), stamp, entry_id) for entry_id, k in updates],
        )

    async def set_entry_article(self, entry_id: int, article_id: int) -> None:
        """Link an entry recorded without an article (a backfill) to the article it became."""
        await self._conn.execute(
            "UPDATE feed_entries SET article_id = ? WHERE id = ?", (article_id, entry_id)
        )

    async def entry_count(self, feed_id: int) -> int:
        """Return how many entries the feed has shown."""
        async with self._conn.execute(
            "SELECT count(*) FROM feed_entries WHERE feed_id = ?", (feed_id,)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def add_changes(self, feed_id: int, changes: Sequence[tuple[int, Change]], now: datetime) -> None:
        """Write change notes on existing articles (an updated entry is never a new article)."""
        await self._conn.executemany(
            """INSERT INTO article_changes (article_id, feed_id, at, field, old, new)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(article_id, feed_id, to_iso(now), c.field, c.old, c.new) for article_id, c in changes],
        )

    async def changes_of(self, article_id: int) -> list[Change]:
        """Return an article's change notes, oldest first."""
        async with self._conn.execute(
            "SELECT field, old, new FROM article_changes WHERE article_id = ? ORDER BY id", (article_id,)
        ) as cur:
            rows = await cur.fetchall()
        return [Change(r["field"], r["old"], r["new"]) for r in rows]
