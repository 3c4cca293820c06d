"""Re-keying the link index on upgrade: rebuilt from stored articles in resumable batches, only when keys changed."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.domain.linking import KEY_VERSION, Segment
from bot.domain.models import ArticleInput
from bot.settings import Settings
from bot.storage import db, rekey
from bot.storage.db import open_database

T0 = datetime(2026, 1, 30, 12, tzinfo=UTC)
OLD = "1-0000000000000000"
ARTICLES = [
    (
        "pause",
        "en",
        "The Kremlin extended the pause on strikes against Kyiv by 48 hours, Dmitry Peskov said.\n"
        "Volodymyr Zelenskyy said Ukraine would keep its word while Russia kept the pause on energy strikes.\n"
        "The pause now ends on 1 February, officials in Moscow and Kyiv said after talks in Abu Dhabi.",
    ),
    (
        "pause-later",
        "en",
        "Dmitry Peskov said the Kremlin would respect the pause on strikes against Kyiv until 3 February.\n"
        "Zelenskyy said Ukraine kept the energy pause and talks with Russia would resume in Abu Dhabi.",
    ),
    (
        "zambia",
        "en",
        "Zambia's electoral commission gave parties until 6 February to lodge challenges to the results.\n"
        "Commission chair Mwansa Phiri said the tally in Lusaka would be published on 9 February.",
    ),
    (
        "huelga",
        "es",
        "El sindicato de estibadores del puerto de Valencia convocó una huelga de 72 horas a partir del "
        "4 de febrero, anunció su portavoz, Marta Ribes.\n"
        "La Autoridad Portuaria de Valencia dijo que negociará con el sindicato antes del 3 de febrero.",
    ),
    (
        "puerto",
        "es",
        "Los estibadores de Valencia mantienen la huelga del 4 de febrero, confirmó Marta Ribes.\n"
        "Según la Autoridad Portuaria de Valencia, las navieras desviarán 40 buques a Barcelona.",
    ),
]


def _input(slug: str, lang: str, text: str) -> ArticleInput:
    return ArticleInput(
        text, title=slug.replace("-", " "), published=T0, lang=lang, url=f"https://x.test/{slug}"
    )


async def _build(tmp_path: Path) -> Path:
    """Ingest the articles into a fresh database file; return its path."""
    settings = Settings(db=tmp_path / "sitrep.db")
    app: App = await build_app(settings, FixedClock(T0))
    try:
        for slug, lang, text in ARTICLES:
            await app.ingest.ingest(_input(slug, lang, text))
        copy = "VALENCIA (Wire) - " + ARTICLES[3][2] + " Reporting by the wire desk."
        await app.ingest.ingest(_input("huelga-copy", "es", copy))
    finally:
        await app.close()
    return settings.db


def _index(path: Path) -> dict[str, Any]:
    """Read the link index and the membership it must not change, straight from the file."""
    with sqlite3.connect(path) as db:
        version = db.execute("SELECT value FROM meta WHERE key = 'link_keys'").fetchall()
        return {
            "terms": db.execute(
                "SELECT term, development_id, count FROM development_terms ORDER BY 1, 2"
            ).fetchall(),
            "stats": db.execute("SELECT term, df, devs FROM term_stats ORDER BY 1").fetchall(),
            "links": db.execute(
                "SELECT development_id, article_id, terms, is_primary FROM development_articles ORDER BY 1, 2"
            ).fetchall(),
            "owners": db.execute(
                "SELECT article_id, seq, development_id FROM items ORDER BY 1, 2"
            ).fetchall(),
            "version": version[0][0] if version else None,
        }


def _age(path: Path) -> str:
    """Make the file look built by an older sitrep: old version, one term key spelt the old way."""
    with sqlite3.connect(path) as db:
        term = db.execute(
            "SELECT term FROM development_terms WHERE term LIKE 'e:%' ORDER BY count DESC, term LIMIT 1"
        ).fetchone()[0]
        old = term + "-old"
        db.execute("UPDATE term_stats SET term = ? WHERE term = ?", (old, term))
        db.execute("UPDATE development_terms SET term = ? WHERE term = ?", (old, term))
        for dev, article, terms in db.execute(
            "SELECT development_id, article_id, terms FROM development_articles"
        ):
            renamed = sorted(old if t == term else t for t in json.loads(terms))
            db.execute(
                "UPDATE development_articles SET terms = ? WHERE development_id = ? AND article_id = ?",
                (json.dumps(renamed), dev, article),
            )
        db.execute("UPDATE meta SET value = ? WHERE key = 'link_keys'", (OLD,))
    return term


async def _reopen(path: Path) -> None:
    conn = await open_database(path)
    await conn.close()


async def test_an_old_index_is_rebuilt_to_what_a_fresh_ingest_gives(tmp_path: Path) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    assert fresh["version"] == rekey.key_version() and len({d for _, d, _ in fresh["terms"]}) >= 2
    term = _age(path)
    aged = _index(path)
    assert aged["version"] == OLD and aged["terms"] != fresh["terms"]
    assert all(t != term for t, _, _ in aged["terms"])
    schema = _schema(path)

    await _reopen(path)

    assert _index(path) == fresh
    assert _schema(path) == schema  # the triggers set aside while the index is emptied are back


def _schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


async def test_the_rebuild_is_idempotent(tmp_path: Path) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    conn = await open_database(path)
    try:
        for _ in range(2):
            await conn.execute("UPDATE meta SET value = ? WHERE key = 'link_keys'", (OLD,))
            counts = await rekey.rekey_if_needed(conn, batch=2, pause=0)
    finally:
        await conn.close()
    assert _index(path) == fresh
    # The copy is stored and linked but brings no terms (it is counted once, as its original).
    assert counts is not None
    assert counts.articles == len(ARTICLES) and counts.terms == len(fresh["terms"])


def _dying_after(calls: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the rebuild fail on its `calls`-th article (a process killed mid-batch); return the count."""
    seen = [0]
    real = rekey.document_terms

    def dying(*args: Any) -> Any:
        seen[0] += 1
        if seen[0] == calls:
            raise RuntimeError("killed mid-rebuild")
        return real(*args)

    monkeypatch.setattr(rekey, "document_terms", dying)
    return seen


def _progress(path: Path) -> dict[str, Any] | None:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT value FROM meta WHERE key = ?", (rekey.REBUILD_META,)).fetchall()
    return json.loads(rows[0][0]) if rows else None


def _originals(path: Path) -> list[int]:
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("SELECT id FROM articles WHERE copy_of IS NULL ORDER BY id")]


async def test_a_rebuild_killed_after_a_batch_keeps_that_batch_and_the_next_open_finishes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    _age(path)
    monkeypatch.setattr(rekey, "BATCH", 2)
    monkeypatch.setattr(rekey, "BATCH_SECONDS", 600.0)  # batches end by count here, not by time
    real_terms = rekey.document_terms
    seen = _dying_after(3, monkeypatch)  # the first article of the second batch
    with pytest.raises(RuntimeError, match="killed mid-rebuild"):
        await _reopen(path)
    # The first batch is committed with its progress; the index is not marked current.
    assert seen[0] == 3
    assert _progress(path) == {"version": rekey.key_version(), "after": _originals(path)[1]}
    stopped = _index(path)
    assert stopped["version"] == OLD
    assert ("", 2, 0) in stopped["stats"]  # two articles counted so far, the batch's

    monkeypatch.setattr(rekey, "document_terms", real_terms)
    resumed = 0
    real_batch = rekey.rekey_batch

    async def counted(conn: Any, version: str, batch: int) -> Any:
        nonlocal resumed
        resumed += 1
        return await real_batch(conn, version, batch)

    monkeypatch.setattr(rekey, "rekey_batch", counted)
    await _reopen(path)
    assert _index(path) == fresh and _progress(path) is None
    assert resumed == 2  # articles 3-4, then the fifth: the first batch was not redone


async def test_a_rebuild_left_by_other_keys_starts_again(tmp_path: Path) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    _age(path)
    with sqlite3.connect(path) as db:  # a rebuild to some other version, killed after every article
        progress = json.dumps({"version": "0-other", "after": _originals(path)[-1]})
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (rekey.REBUILD_META, progress))
    await _reopen(path)
    assert _index(path) == fresh and _progress(path) is None


async def test_a_writer_on_another_connection_gets_through_between_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    _age(path)
    real = rekey.document_terms
    started = threading.Event()

    def slow(*args: Any) -> Any:
        started.set()
        time.sleep(0.2)  # 1 s of re-keying in all: far past the writer's patience
        return real(*args)

    monkeypatch.setattr(rekey, "document_terms", slow)
    monkeypatch.setattr(rekey, "BATCH", 1)
    outcome: list[str] = []

    def write() -> None:
        started.wait(5)
        writer = sqlite3.connect(path, timeout=0.6, isolation_level=None)
        try:
            writer.execute("INSERT INTO meta (key, value) VALUES ('writer', 'through')")
            outcome.append("through")
        except sqlite3.OperationalError as exc:
            outcome.append(str(exc))
        finally:
            writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        await _reopen(path)
    finally:
        thread.join()
    assert outcome == ["through"]
    rebuilt = _index(path)
    assert rebuilt == fresh


async def test_a_database_at_the_current_version_is_not_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    rebuilds = 0
    real = rekey.rekey_batch

    async def counted(conn: Any, version: str, batch: int) -> rekey.BatchResult | None:
        nonlocal rebuilds
        rebuilds += 1
        return await real(conn, version, batch)

    monkeypatch.setattr(rekey, "rekey_batch", counted)
    await _reopen(path)
    await _reopen(path)
    assert rebuilds == 0 and _index(path) == fresh
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'link_keys'", (OLD,))
    await _reopen(path)
    await _reopen(path)
    assert rebuilds == 1 and _index(path) == fresh


async def test_a_merged_development_keeps_its_summed_terms_and_its_links_keep_theirs(
    tmp_path: Path,
) -> None:
    path = await _build(tmp_path)
    app = await build_app(Settings(db=path), FixedClock(T0))
    try:
        devs = sorted({d for d, *_ in _index(path)["links"]})
        await app.developments.merge(devs[-1], devs[0])
    finally:
        await app.close()
    merged = _index(path)
    with sqlite3.connect(path) as db:
        originals = {r[0] for r in db.execute("SELECT id FROM articles WHERE copy_of IS NULL")}
    # A merge moves links with the terms they brought (DevelopmentRepo.merge), and a rebuild agrees.
    assert all(json.loads(terms) for d, a, terms, _ in merged["links"] if a in originals)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'link_keys'", (OLD,))
    await _reopen(path)
    rebuilt = _index(path)
    assert rebuilt["terms"] == merged["terms"] and rebuilt["stats"] == merged["stats"]
    assert rebuilt["links"] == merged["links"]


def test_the_key_version_names_the_code_constant_and_the_data_files() -> None:
    version = rekey.key_version()
    assert version.startswith(f"{KEY_VERSION}-") and len(version.split("-")[1]) == 16


def test_segments_go_to_the_development_owning_most_of_their_items_and_a_bare_headline_to_the_primary() -> (
    None
):
    segments = [
        Segment([], Counter({"e:headline": 1})),
        Segment([0, 1, 2], Counter({"e:kyiv": 2})),
        Segment([3], Counter({"e:valencia": 1})),
    ]
    owners = [5, 5, 7, 7]
    out = rekey._link_terms(segments, owners, [(5, False), (7, True), (9, False)])
    assert out == {5: {"e:kyiv"}, 7: {"e:headline", "e:valencia"}, 9: set()}


async def test_a_current_database_opens_without_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await _build(tmp_path)
    real_connect = db.connect

    async def impatient(path: Path | str) -> Any:
        conn = await real_connect(path)
        await conn.execute("PRAGMA busy_timeout = 0")  # a wait for the lock fails at once
        return conn

    monkeypatch.setattr(db, "connect", impatient)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the running bot, in the middle of a write
    try:
        conn = await open_database(path)  # migrations and link keys current: nothing to lock for
        await conn.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


async def test_a_batch_of_slow_articles_ends_once_it_has_held_the_lock_long_enough(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = await _build(tmp_path)
    fresh = _index(path)
    _age(path)
    real = rekey.document_terms

    def slow(*args: Any) -> Any:
        time.sleep(0.05)
        return real(*args)

    monkeypatch.setattr(rekey, "document_terms", slow)
    monkeypatch.setattr(rekey, "BATCH_SECONDS", 0.01)  # every article outlasts it: one a batch
    sizes: list[int] = []
    real_batch = rekey.rekey_batch

    async def counted(conn: Any, version: str, batch: int) -> Any:
        step = await real_batch(conn, version, batch)
        sizes.append(step.counts.articles)
        return step

    monkeypatch.setattr(rekey, "rekey_batch", counted)
    await _reopen(path)
    assert sizes == [1] * len(ARTICLES) and _index(path) == fresh
