"""Batch ingest over a real SQLite file: one transaction, copies counted once, crash-safe, observers after."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.domain.models import ArticleInput, Deadline
from bot.errors import UnknownLanguageError
from bot.services.ingest import IngestResult
from bot.settings import Settings
from tests.builders import analysis_of

T0 = datetime(2026, 1, 30, 12, tzinfo=UTC)
KYIV = (
    "The Kremlin extended the pause on strikes against Kyiv by 48 hours, Dmitry Peskov said.\n"
    "Volodymyr Zelenskyy said Ukraine would keep its word while Russia kept the pause on energy strikes.\n"
    "The pause now ends on 1 February, officials in Moscow and Kyiv said after talks in Abu Dhabi."
)
KYIV_LATER = (
    "Dmitry Peskov said the Kremlin would respect the pause on strikes against Kyiv until Friday.\n"
    "Zelenskyy said Ukraine kept the energy pause and talks with Russia would resume in Abu Dhabi."
)
KYIV_COPY = "MOSCOW (Wire) - " + KYIV + " Reporting by the wire desk."
ZAMBIA = (
    "Zambia's electoral commission gave parties until Friday to lodge challenges to the election results.\n"
    "Commission chair Mwansa Phiri said the tally in Lusaka would be published on Monday."
)


def article(text: str, title: str, lang: str = "en") -> ArticleInput:
    return ArticleInput(text, title=title, published=T0, lang=lang, url=f"https://news.example/{title}")


class Crash(Exception):
    """The process dying between two writes of a batch."""


async def stored_titles(app: App) -> list[str]:
    rows = await app.store.conn.execute_fetchall("SELECT title FROM articles ORDER BY id")
    return [r[0] for r in rows]


async def test_a_batch_stores_in_order_and_counts_copies_and_repeats_once(app: App) -> None:
    before = await app.ingest.ingest(article(ZAMBIA, "zambia"), analysis=analysis_of(ZAMBIA, published=T0))
    batch = [
        article(KYIV, "kyiv"),
        article(KYIV_COPY, "kyiv-wire"),
        ArticleInput(KYIV, title="kyiv again", published=T0, lang="en"),  # same text, in the batch
        ArticleInput(ZAMBIA, title="zambia again", published=T0, lang="en"),  # stored before
    ]
    results = await app.ingest.ingest_many(batch, analyses=[analysis_of(a.text, published=T0) for a in batch])
    kyiv, wire, again, zambia = results
    assert kyiv.article_id is not None and kyiv.copy_of is None and kyiv.developments
    assert wire.copy_of == kyiv.article_id
    assert [d.id for d in wire.developments] == [kyiv.developments[0].id]
    assert again.duplicate_of == kyiv.article_id and again.article_id is None
    assert zambia.duplicate_of == before.article_id and zambia.article_id is None
    assert await stored_titles(app) == ["zambia", "kyiv", "kyiv-wire"]
    dev = await app.store.developments.get(kyiv.developments[0].id)
    assert dev is not None and dev.article_count == 1  # the wire copy is linked, not counted


async def test_a_crash_mid_batch_keeps_what_was_committed_and_a_retry_adds_each_once(app: App) -> None:
    first = await app.ingest.ingest(article(ZAMBIA, "zambia"), analysis=analysis_of(ZAMBIA, published=T0))
    batch = [article(KYIV, "kyiv"), article(KYIV_COPY, "kyiv-wire")]

    async def crash(results: list[IngestResult]) -> None:
        assert results[0].article_id is not None  # written, but not committed
        raise Crash

    with pytest.raises(Crash):
        await app.ingest.ingest_many(batch, then=crash)
    assert await stored_titles(app) == ["zambia"]
    assert first.article_id is not None
    retry = await app.ingest.ingest_many(batch)
    assert retry[0].article_id is not None and retry[1].copy_of == retry[0].article_id
    again = await app.ingest.ingest_many(batch)
    assert [r.duplicate_of for r in again] == [retry[0].article_id, retry[1].article_id]
    assert await stored_titles(app) == ["zambia", "kyiv", "kyiv-wire"]


async def test_observers_hear_of_new_deadlines_after_the_commit(app: App) -> None:
    heard: list[tuple[int, bool]] = []

    class Observer:
        async def deadline_changed(self, deadline: Deadline, old_due_at: datetime | None) -> None:
            heard.append((deadline.id, app.store.conn.in_transaction))

    app.ingest.observers.append(Observer())
    analysis = analysis_of(
        KYIV, published=T0, deadlines=[("ends on 1 February", date(2026, 2, 1), "end of the pause")]
    )
    results = await app.ingest.ingest_many(
        [article(KYIV, "kyiv"), article(ZAMBIA, "zambia")],
        analyses=[analysis, analysis_of(ZAMBIA, published=T0)],
    )
    assert results[0].deadlines_added == 1
    assert heard == [(results[0].touched_deadlines[0][0], False)]


async def test_an_article_it_cannot_take_is_skipped_on_request_or_refuses_the_batch(app: App) -> None:
    german = ArticleInput("Die Gespräche begannen am Montag in Genf.", title="de", lang="de")
    with pytest.raises(UnknownLanguageError):
        await app.ingest.ingest_many([article(ZAMBIA, "zambia"), german])
    assert await stored_titles(app) == []
    results = await app.ingest.ingest_many([article(ZAMBIA, "zambia"), german], skip_errors=True)
    assert results[0].article_id is not None
    assert results[1].article_id is None and results[1].error and "de" in results[1].error
    assert await stored_titles(app) == ["zambia"]


async def test_a_batch_links_and_counts_as_the_same_articles_one_by_one(app: App, tmp_path: Path) -> None:
    texts = [KYIV, KYIV_LATER, ZAMBIA]
    batch = [article(t, f"a{i}") for i, t in enumerate(texts)]
    together = await app.ingest.ingest_many(batch, analyses=[analysis_of(t, published=T0) for t in texts])
    alone = await build_app(Settings(db=tmp_path / "alone.db"), FixedClock(T0))
    try:
        one_by_one = [await alone.ingest.ingest(a, analysis=analysis_of(a.text, published=T0)) for a in batch]
        assert [[d.id for d in r.developments] for r in together] == [
            [d.id for d in r.developments] for r in one_by_one
        ]
        assert together[1].developments[0].id == together[0].developments[0].id  # the same story
        rows = "SELECT term, df, devs FROM term_stats ORDER BY term"
        assert list(map(tuple, await app.store.conn.execute_fetchall(rows))) == list(
            map(tuple, await alone.store.conn.execute_fetchall(rows))
        )
    finally:
        await alone.close()


async def test_a_url_repeated_in_a_batch_is_one_article_whatever_its_text(app: App) -> None:
    batch = [article(KYIV, "kyiv"), ArticleInput(KYIV_LATER, title="later", url="https://news.example/kyiv/")]
    results = await app.ingest.ingest_many(batch, analyses=[analysis_of(a.text, published=T0) for a in batch])
    first, same_url = results
    assert first.article_id is not None
    assert same_url.duplicate_of == first.article_id and same_url.article_id is None
    assert await stored_titles(app) == ["kyiv"]


async def test_an_article_stored_after_the_duplicate_look_up_is_a_duplicate_not_a_conflict(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another task stores the Zambia report between the batch's duplicate look-up (before the
    # analysis, outside the write lock) and its transaction: the batch's reads under the lock
    # (LinkIndexRepo.batch_reads) find it.
    stored = await app.ingest.ingest(article(ZAMBIA, "zambia"), analysis=analysis_of(ZAMBIA, published=T0))
    real = app.store.articles.find_duplicates
    calls = 0

    async def looked_up_before_it_was_stored(keys: list[tuple[str, str | None]]) -> list[int | None]:
        nonlocal calls
        calls += 1
        return [None] * len(keys) if calls == 1 else await real(keys)

    monkeypatch.setattr(app.store.articles, "find_duplicates", looked_up_before_it_was_stored)
    batch = [article(ZAMBIA, "zambia"), article(KYIV, "kyiv")]
    zambia, kyiv = await app.ingest.ingest_many(
        batch, analyses=[analysis_of(a.text, published=T0) for a in batch]
    )
    assert calls == 1  # the look-up before the analysis missed it
    assert zambia.duplicate_of == stored.article_id and zambia.article_id is None
    assert kyiv.article_id == (stored.article_id or 0) + 1
    assert await stored_titles(app) == ["zambia", "kyiv"]
