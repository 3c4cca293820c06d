"""Open the SQLite file (WAL, foreign keys) and apply numbered migrations at start-up."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from bot.domain.copies import band_hashes, shingles
from bot.storage.rekey import rekey_if_needed

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file."""

    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """Read the bundled migration files, in version order."""
    found: list[Migration] = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


async def connect(path: Path | str) -> aiosqlite.Connection:
    """Open the database file, creating its folder, with WAL and foreign keys on."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(str(path), timeout=30.0, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA journal_mode=WAL")
    await conn.execute("PRAGMA foreign_keys=ON")
    await conn.execute("PRAGMA busy_timeout=30000")
    await conn.execute("PRAGMA synchronous=NORMAL")
    return conn


# Articles whose sketch bands a rebuild reads and writes at a time.
REBUILD_CHUNK = 500


async def rebuild_sketch_bands(conn: aiosqlite.Connection) -> None:
    """Recompute every article's near-duplicate sketch bands with the current hashing."""
    last = 0
    while True:
        rows = list(
            await conn.execute_fetchall(
                "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, REBUILD_CHUNK)
            )
        )
        if not rows:
            return
        bands = [
            (value, int(article_id))
            for article_id, text in rows
            for value in band_hashes(shingles(text))
            if value is not None
        ]
        await conn.executemany("INSERT OR IGNORE INTO article_bands (value, article_id) VALUES (?, ?)", bands)
        last = int(rows[-1][0])


# What SQL cannot do, by migration: run after that migration's statements, in its transaction.
DATA_STEPS: dict[int, Callable[[aiosqlite.Connection], Awaitable[None]]] = {
    6: rebuild_sketch_bands,  # sketch hashing version 2 (bot/domain/copies.py SKETCH_VERSION)
}


async def _user_version(conn: aiosqlite.Connection) -> int:
    """Return the schema version the database records (0: a new file)."""
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


def _pending(current: int, target: int | None) -> list[Migration]:
    """Return the migrations newer than `current`, up to `target`."""
    return [m for m in load_migrations() if m.version > current and (target is None or m.version <= target)]


async def migrate(conn: aiosqlite.Connection, target: int | None = None) -> int:
    """Apply the migrations newer than `PRAGMA user_version` (up to `target`), all in one transaction."""
    before = await _user_version(conn)
    if not _pending(before, target):
        return before  # the usual start: no write lock, so a command never waits on a running bot
    # BEGIN IMMEDIATE takes the write lock first, so two processes starting together
    # cannot both read the old version and apply the same migration twice.
    await conn.execute("BEGIN IMMEDIATE")
    try:
        current = await _user_version(conn)
        pending = _pending(current, target)
        for migration in pending:
            log.info("applying migration %s", migration.name)
            for statement in _split_sql(migration.sql):
                await conn.execute(statement)
            step = DATA_STEPS.get(migration.version)
            if step is not None:
                await step(conn)
        if pending:
            await conn.execute(f"PRAGMA user_version = {pending[-1].version:d}")
        await conn.execute("COMMIT")
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    return pending[-1].version if pending else current


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in script.splitlines():
        stripped = line.split("--", 1)[0] if not line.lstrip().startswith("--") else ""
        buffer.append(stripped)
        candidate = "\n".join(buffer).strip()
        if candidate.endswith(";") and sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buffer = []
    rest = "\n".join(buffer).strip()
    if rest:
        statements.append(rest)
    return statements


async def open_database(path: Path | str) -> aiosqlite.Connection:
    """Connect, migrate, re-key the link index if its keys changed: what every entry point calls first."""
    conn = await connect(path)
    try:
        await migrate(conn)
        await rekey_if_needed(conn)
    except BaseException:
        await conn.close()
        raise
    return conn
