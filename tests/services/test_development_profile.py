"""A development's actors through ingest: as the articles write them, one spelling per actor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput

T0 = datetime(2026, 1, 30, 12, tzinfo=UTC)
FIRST = (
    "Peskov said the Kremlin would respect the pause on strikes against Kyiv for a week.\n"
    "Zelenski said Ukraine would keep the pause on energy strikes if Russia kept it too."
)
LATER = (
    "The Kremlin extended the pause on strikes against Kyiv by 48 hours, Dmitry Peskov said.\n"
    "Volodymyr Zelenskyy said Ukraine would keep its word while Russia kept the pause on energy strikes.\n"
    "Zelensky added that talks would go on in Abu Dhabi."
)


def _article(text: str, title: str, when: datetime) -> ArticleInput:
    return ArticleInput(text, title=title, published=when, lang="en")


async def test_a_development_grows_its_actors_one_spelling_each_the_fullest(
    app: App, clock: FixedClock
) -> None:
    clock.set(T0)
    first = await app.ingest.ingest(_article(FIRST, "Kremlin pause on Kyiv strikes", T0))
    clock.set(T0 + timedelta(hours=6))
    later = await app.ingest.ingest(_article(LATER, "Kremlin extends Kyiv pause", T0 + timedelta(hours=6)))
    assert [d.id for d in later.developments] == [d.id for d in first.developments]
    dev = await app.store.developments.get(first.developments[0].id)
    assert dev is not None
    # As written, not as linking keys them ("peskov", "zelensky"); a surname alone folds into
    # the full name, three spellings of Zelensky into the fullest.
    assert {"Dmitry Peskov", "Volodymyr Zelenskyy", "Kyiv", "Russia", "Abu Dhabi"} <= dev.actors
    assert not dev.actors & {"Peskov", "Zelenski", "Zelensky", "peskov", "zelensky", "kyiv"}
    assert "pause" in dev.keywords


async def test_one_batch_gives_a_development_the_same_actors_as_one_article_at_a_time(
    app: App, clock: FixedClock
) -> None:
    clock.set(T0 + timedelta(hours=6))
    results = await app.ingest.ingest_many(
        [
            _article(FIRST, "Kremlin pause on Kyiv strikes", T0),
            _article(LATER, "Kremlin extends Kyiv pause", T0 + timedelta(hours=6)),
        ]
    )
    assert results[0].developments[0].id == results[1].developments[0].id
    dev = await app.store.developments.get(results[0].developments[0].id)
    assert dev is not None
    assert {"Dmitry Peskov", "Volodymyr Zelenskyy"} <= dev.actors
    assert not dev.actors & {"Peskov", "Zelenski", "Zelensky"}


async def test_a_merge_folds_the_sources_actors_into_the_targets(app: App, clock: FixedClock) -> None:
    clock.set(T0)
    kyiv = await app.ingest.ingest(_article(FIRST, "Kremlin pause on Kyiv strikes", T0))
    port = await app.ingest.ingest(
        _article(
            "Dockworkers in Rotterdam walked out on Monday, union leader Marieke de Vries said.\n"
            "Peskov and Dmitry Peskov's office had nothing to do with it, Zelensky said.",
            "Rotterdam dockworkers strike",
            T0,
        )
    )
    source, target = port.developments[0].id, kyiv.developments[0].id
    assert source != target
    merged = await app.developments.merge(source, target)
    assert {"Rotterdam", "Marieke de Vries", "Dmitry Peskov", "Zelenski"} <= merged.actors
    assert not merged.actors & {"Peskov", "Zelensky"}  # the target's spelling held, the fuller won
