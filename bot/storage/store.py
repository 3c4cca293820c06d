"""The store: one SQLite connection, its repositories, and transactions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.storage.articles import ArticleRepo
from bot.storage.channels import ChannelRepo
from bot.storage.db import open_database
from bot.storage.deadlines import DeadlineRepo
from bot.storage.deliveries import DeliveryRepo
from bot.storage.developments import DevelopmentRepo
from bot.storage.link_index import LinkIndexRepo
from bot.storage.reminders import ReminderRepo
from bot.storage.schedules import ScheduleRepo
from bot.storage.timeline import TimelineRepo


class Store:
    """Everything persistent, behind one connection; writes that belong together share a transaction."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self.articles = ArticleRepo(conn)
        self.developments = DevelopmentRepo(conn)
        self.deadlines = DeadlineRepo(conn)
        self.links = LinkIndexRepo(conn)
        self.timeline = TimelineRepo(conn)
        self.channels = ChannelRepo(conn)
        self.schedules = ScheduleRepo(conn)
        self.reminders = ReminderRepo(conn)
        self.deliveries = DeliveryRepo(conn)
        # One connection serves every task; the lock keeps two tasks' transactions apart.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        """Open (creating and migrating) the database at `path`."""
        return cls(await open_database(path))

    async def close(self) -> None:
        """Close the connection."""
        await self.conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Run the block in one write transaction; roll back if it raises."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Run single statements (each its own autocommit) without interleaving another task's transaction."""
        async with self._lock:
            yield
