"""The database file: migrations, WAL, foreign keys, and concurrent writers."""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from pathlib import Path

from bot.domain.copies import band_hashes, shingles
from bot.storage.db import connect, load_migrations, migrate, open_database

EXPECTED_TABLES = {
    "articles",
    "items",
    "events",
    "developments",
    "development_articles",
    "deadlines",
    "deadline_history",
    "feeds",
    "channels",
    "channel_feeds",
    "schedules",
    "reminders",
    "deliveries",
    "held_changes",
}


async def test_migrations_from_empty_create_every_table_and_set_user_version(
    tmp_path: Path,
) -> None:
    conn = await open_database(tmp_path / "a.db")
    async with conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cur:
        tables = {row[0] for row in await cur.fetchall()}
    async with conn.execute("PRAGMA user_version") as cur:
        version = (await cur.fetchone())[0]
    await conn.close()
    assert tables >= EXPECTED_TABLES
    assert version == load_migrations()[-1].version


async def test_rerunning_migrations_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    conn = await open_database(path)
    await conn.execute(
        "INSERT INTO feeds (url, created_at) VALUES ('https://example.org/feed', '2026-01-01T00:00:00+00:00')"
    )
    await conn.close()
    conn = await connect(path)
    version = await migrate(conn)
    async with conn.execute("SELECT count(*) FROM feeds") as cur:
        feeds = (await cur.fetchone())[0]
    await conn.close()
    assert version == load_migrations()[-1].version
    assert feeds == 1


async def test_database_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    conn = await open_database(tmp_path / "a.db")
    async with conn.execute("PRAGMA journal_mode") as cur:
        mode = (await cur.fetchone())[0]
    failed = False
    try:
        await conn.execute(
            "INSERT INTO development_articles (development_id, article_id, linked_at) VALUES (99, 99, 'x')"
        )
    except sqlite3.IntegrityError:
        failed = True
    await conn.close()
    assert mode == "wal"
    assert failed


def _writer(path: str, worker: int, rows: int) -> None:
    async def run() -> None:
        conn = await open_database(path)
        for n in range(rows):
            await conn.execute("BEGIN IMMEDIATE")
            await conn.execute(
                "INSERT INTO feeds (url, created_at) VALUES (?, '2026-01-01T00:00:00+00:00')",
                (f"https://example.org/{worker}/{n}",),
            )
            await conn.execute("COMMIT")
        await conn.close()

    asyncio.run(run())


def test_concurrent_writer_processes_lose_no_rows(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(path, w, 40)) for w in range(3)]
    for proc in workers:
        proc.start()
    for proc in workers:
        proc.join(60)
    assert all(proc.exitcode == 0 for proc in workers)
    with sqlite3.connect(path) as db:
        count = db.execute("SELECT count(*) FROM feeds").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    assert count == 120
    assert version == load_migrations()[-1].version


async def test_migration_6_rebuilds_the_sketch_bands_of_stored_articles(tmp_path: Path) -> None:
    conn = await connect(tmp_path / "a.db")
    await migrate(conn, target=5)
    texts = {
        1: " ".join(
            f"Day {n}: the talks on the port strike went on, said spokesman number {n}." for n in range(30)
        ),
        2: "Talks resume on Monday.",
    }
    for article_id, text in texts.items():
        await conn.execute(
            """INSERT INTO articles (id, language, ingested_at, text, content_hash, analysis_json)
               VALUES (?, 'en', '2026-01-01T00:00:00+00:00', ?, ?, '{}')""",
            (article_id, text, f"h{article_id}"),
        )
    # A version-1 band: no article hashed today would ever share it.
    await conn.execute("INSERT INTO article_bands (band, value, article_id) VALUES (0, 12345, 1)")
    await conn.execute("INSERT INTO article_bands (band, value, article_id) VALUES (0, 12345, 2)")
    version = await migrate(conn)
    stored = set(await conn.execute_fetchall("SELECT value, article_id FROM article_bands"))
    indexes = {
        r[0] for r in await conn.execute_fetchall("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    await conn.close()
    expected = {
        (value, article_id)
        for article_id, text in texts.items()
        for value in band_hashes(shingles(text))
        if value is not None
    }
    assert version == load_migrations()[-1].version
    assert len(expected) > 8 and {tuple(row) for row in stored} == expected
    assert "article_bands_article" not in indexes


async def test_migration_7_keeps_the_bands_and_deleting_an_article_still_deletes_its_bands(
    tmp_path: Path,
) -> None:
    conn = await connect(tmp_path / "a.db")
    await migrate(conn, target=6)
    for article_id in (1, 2):
        await conn.execute(
            """INSERT INTO articles (id, language, ingested_at, text, content_hash, analysis_json)
               VALUES (?, 'en', '2026-01-01T00:00:00+00:00', 'text', ?, '{}')""",
            (article_id, f"h{article_id}"),
        )
    await conn.executemany(
        "INSERT INTO article_bands (value, article_id) VALUES (?, ?)", [(11, 1), (12, 1), (11, 2), (-5, 2)]
    )
    assert await migrate(conn) == load_migrations()[-1].version
    stored = {tuple(r) for r in await conn.execute_fetchall("SELECT value, article_id FROM article_bands")}
    assert stored == {(11, 1), (12, 1), (11, 2), (-5, 2)}
    # No per-row check of the article any more (what a new article's 15 rows paid for) ...
    assert list(await conn.execute_fetchall("PRAGMA foreign_key_list(article_bands)")) == []
    # ... and an article's deletion still takes its bands along, as ON DELETE CASCADE did.
    await conn.execute("DELETE FROM articles WHERE id = 1")
    stored = {tuple(r) for r in await conn.execute_fetchall("SELECT value, article_id FROM article_bands")}
    await conn.close()
    assert stored == {(11, 2), (-5, 2)}


async def test_migration_10_keeps_the_held_changes_of_a_version_9_database_waiting(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    conn = await connect(path)
    await migrate(conn, target=9)
    await conn.execute(
        """INSERT INTO articles (id, language, ingested_at, text, content_hash, analysis_json)
           VALUES (1, 'en', '2026-03-21T10:00:00+00:00', 'Bids met the deadline.', 'h1', '{}')"""
    )
    await conn.execute(
        """INSERT INTO developments (id, title, language, created_at, updated_at)
           VALUES (1, 'Tender', 'en', '2026-03-21T10:00:00+00:00', '2026-03-21T10:00:00+00:00')"""
    )
    await conn.execute(
        """INSERT INTO held_changes (development_id, article_id, kind, evidence, new_due, context, near,
               told_at, start, "end")
           VALUES (1, 1, 'meet', 'met the deadline', NULL, 'Bids met the deadline.', 'met the deadline',
               '2026-03-20T08:00:00+00:00', 5, 21)"""
    )
    assert await migrate(conn) == load_migrations()[-1].version
    await conn.close()
    # Opened again, as at every start: nothing to do, the row as the upgrade left it.
    conn = await open_database(path)
    rows = [tuple(r) for r in await conn.execute_fetchall("SELECT held_at, lapsed_at FROM held_changes")]
    await conn.close()
    # It waits from when it was read (its article's ingest), not from its publication.
    assert rows == [("2026-03-21T10:00:00+00:00", None)]
