"""Linking through ingest over a real SQLite file: languages, copies, side subjects, user actions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput, Label
from bot.errors import InputError
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus" / "es-kyiv-reference.json"

KYIV_ES = (
    "Peskov anunció que Putin aceptó la petición de Trump de no atacar Kiev durante una semana.\n"
    "Zelenski dijo que Ucrania respetará la pausa si Rusia deja de atacar la infraestructura energética."
)
KYIV_EN = (
    "The Kremlin extended the pause on strikes against Kyiv by 48 hours, Dmitry Peskov said.\n"
    "Volodymyr Zelenskyy said Ukraine would keep its word while Russia kept the pause on energy strikes."
)
ZAMBIA = (
    "Zambia's electoral commission gave parties until Friday to lodge challenges to the election results.\n"
    "Commission chair Mwansa Phiri said the tally in Lusaka would be published on Monday."
)
PORT = (
    "Fuentes de la patronal sostienen que la plantilla de Valencia habría aceptado en privado un calendario de "
    "jubilaciones anticipadas en el puerto.\n"
    "La Coordinadora de Estibadores mantiene la huelga en los puertos de Valencia y Algeciras."
)
PORT_CONFIRMED = (
    "Rosa Ibarra confirmó que la plantilla del puerto de Valencia aceptó el calendario de jubilaciones "
    "anticipadas.\nLa Coordinadora de Estibadores y la patronal siguen negociando el convenio de la huelga."
)


async def add(
    app: App, clock: FixedClock, text: str, title: str, when: datetime, lang: str = "en", **kw: object
) -> IngestResult:
    clock.set(when)
    analysis = analysis_of(text, lang=lang, published=when, **kw)  # type: ignore[arg-type]
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=when, lang=lang), analysis=analysis
    )


T0 = datetime(2026, 1, 30, 12, tzinfo=UTC)


async def test_articles_about_one_story_link_across_languages_and_spellings(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, KYIV_ES, "Putin acepta no atacar Kiev", T0, "es")
    second = await add(app, clock, KYIV_EN, "Kremlin extends Kyiv strike pause", T0 + timedelta(days=2))
    third = await add(app, clock, ZAMBIA, "Zambia gives parties until Friday", T0 + timedelta(days=3))
    assert first.developments[0].created
    assert [(d.id, d.created) for d in second.developments] == [(first.developments[0].id, False)]
    assert third.developments[0].created and third.developments[0].id != first.developments[0].id
    view = await app.developments.show(first.developments[0].id)
    assert [a.title for a in view.articles] == [
        "Putin acepta no atacar Kiev",
        "Kremlin extends Kyiv strike pause",
    ]
    assert view.development.title == "Putin acepta no atacar Kiev"


async def test_a_syndicated_copy_links_with_its_original_and_counts_once(app: App, clock: FixedClock) -> None:
    original = await add(app, clock, KYIV_EN, "Kremlin extends Kyiv pause", T0)
    edited = KYIV_EN.replace("by 48 hours", "by two days (48 hours)") + " He spoke to reporters in Moscow."
    copy = await add(app, clock, edited, "Kyiv pause extended", T0 + timedelta(hours=2))
    # Stored as a linked copy (one copy detector: the developments' bands), never counted twice.
    assert copy.copy_of == original.article_id and copy.duplicate_of is None
    dev_id = original.developments[0].id
    assert [d.id for d in copy.developments] == [dev_id]
    dev = await app.store.developments.get(dev_id)
    assert dev is not None and dev.article_count == 1
    items = await app.store.articles.items_of_development(dev_id)
    assert {i.article_id for i in items} == {original.article_id}  # the copy's items are not shown twice
    stats = await app.store.links.term_stats([])
    assert stats.article_count == 1


async def test_a_copy_is_stored_linked_and_marked(app: App, clock: FixedClock) -> None:
    original = await add(app, clock, PORT + "\n" + PORT_CONFIRMED, "Huelga en la estiba", T0, "es")
    # A re-edited wire copy: a third of it rewritten, most of it kept.
    edited = PORT_CONFIRMED.replace("Rosa Ibarra confirmó", "La portavoz Rosa Ibarra confirmó este martes")
    copy_text = PORT + "\n" + edited + "\nLa patronal no hizo comentarios sobre el calendario."
    copy = await add(app, clock, copy_text, "Estiba: huelga y jubilaciones", T0 + timedelta(hours=1), "es")
    assert copy.copy_of == original.article_id
    assert copy.article_id is not None
    assert [d.id for d in copy.developments] == [original.developments[0].id]
    assert copy.article_id in await app.store.developments.article_ids(original.developments[0].id)


async def test_the_reference_article_feeds_the_pause_and_the_abu_dhabi_talks(
    app: App, clock: FixedClock
) -> None:
    data = json.loads(REFERENCE.read_text("utf-8"))
    clock.set(T0)
    analysis = analysis_of(data["text"], lang="es", published=T0)
    result = await app.ingest.ingest(
        ArticleInput(data["text"], title=data["title"], published=T0, lang="es"), analysis=analysis
    )
    assert len(result.developments) == 2
    pause, talks = result.developments
    assert talks.title == "Conversaciones en Abu Dabi"
    talk_items = [i.item.text for i in await app.store.articles.items_of_development(talks.id)]
    assert any("23 de enero en Abu Dabi" in t for t in talk_items)
    pause_items = [i.item.text for i in await app.store.articles.items_of_development(pause.id)]
    assert any("hasta el 1 de febrero" in t for t in pause_items)
    assert not set(talk_items) & set(pause_items)
    # A later report on the talks alone joins the talks, not the pause.
    later = await add(
        app,
        clock,
        "La segunda ronda de conversaciones trilaterales en Abu Dabi entre Rusia, Ucrania y Estados Unidos "
        "terminó sin acuerdo, según una fuente emiratí.\nLas negociaciones seguirán en Abu Dabi la próxima semana.",
        "Segunda ronda en Abu Dabi",
        T0 + timedelta(days=5),
        "es",
    )
    assert [d.id for d in later.developments] == [talks.id]


async def test_a_claim_is_confirmed_by_a_later_named_statement_and_shows_in_the_timeline(
    app: App, clock: FixedClock
) -> None:
    first = await add(
        app, clock, PORT, "Huelga en la estiba", T0, "es", labels={"Fuentes": (Label.CLAIM, None)}
    )
    dev_id = first.developments[0].id
    checkpoint = T0 + timedelta(hours=1)
    second = await add(
        app,
        clock,
        PORT_CONFIRMED,
        "Ibarra confirma el acuerdo de jubilaciones",
        T0 + timedelta(days=1),
        "es",
        labels={"Rosa Ibarra": (Label.STATEMENT, "Rosa Ibarra")},
    )
    assert [d.id for d in second.developments] == [dev_id]
    timeline = await app.developments.timeline(dev_id)
    (claim,) = [e for e in timeline if e.label == "claim"]
    assert claim.confirmed_by is not None and claim.confirmed_by_speaker == "Rosa Ibarra"
    assert claim.denied_by is None
    changes = await app.developments.changes_since(dev_id, checkpoint)
    assert [a.id for a in changes.articles] == [second.article_id]
    assert [e.item_id for e in changes.confirmations] == [claim.item_id]
    assert all(e.article_id == second.article_id for e in changes.items)


async def test_closed_developments_take_no_new_articles_and_merge_and_split_keep_linking_right(
    app: App, clock: FixedClock
) -> None:
    kyiv = await add(app, clock, KYIV_ES, "Putin acepta no atacar Kiev", T0, "es")
    dev_id = kyiv.developments[0].id
    await app.developments.close(dev_id)
    reopened = await add(app, clock, KYIV_EN, "Kremlin extends Kyiv pause", T0 + timedelta(days=1))
    other_id = reopened.developments[0].id
    assert reopened.developments[0].created and other_id != dev_id

    await app.developments.close(dev_id, closed=False)
    merged = await app.developments.merge(other_id, dev_id)
    assert merged.id == dev_id and merged.article_count == 2
    assert (await app.store.developments.get(other_id)).id == dev_id  # type: ignore[union-attr]
    third = await add(
        app,
        clock,
        "Peskov said the pause on strikes against Kyiv would hold while Zelenskyy's envoys met in Geneva.",
        "Kyiv pause holds",
        T0 + timedelta(days=4),
    )
    assert [d.id for d in third.developments] == [dev_id]

    split = await app.developments.split(dev_id, reopened.article_id or 0, "Kyiv pause, English wire")
    assert split.title == "Kyiv pause, English wire" and split.id != dev_id
    assert [a.id for a in (await app.developments.show(split.id)).articles] == [reopened.article_id]
    assert reopened.article_id not in await app.store.developments.article_ids(dev_id)
    assert [i.article_id for i in await app.store.articles.items_of_development(split.id)] == [
        reopened.article_id
    ] * 2
    with pytest.raises(InputError):
        await app.developments.split(split.id, reopened.article_id or 0)


async def test_a_story_that_dominates_the_store_still_finds_its_own_articles(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, KYIV_EN, "Kremlin extends Kyiv strike pause", T0)
    dev_id = first.developments[0].id
    fillers = [
        "Residents queued for water",
        "Generators hummed in shops",
        "Schools moved lessons online",
        "Trains ran late from Lviv",
        "Hospitals kept backup power",
        "Markets opened early",
        "Engineers repaired substations",
        "Volunteers handed out blankets",
        "Metro stations stayed open",
        "Bakeries rationed bread",
        "Heating plants restarted boilers",
    ]
    for day, filler in enumerate(fillers, start=1):
        text = f"{filler} while the Kyiv pause held (day {day}); Zelenskyy and Peskov traded words."
        result = await add(app, clock, text, f"Kyiv pause, day {day}", T0 + timedelta(days=day), lang="en")
        assert result.copy_of is None
        assert [d.id for d in result.developments] == [dev_id]
    await add(app, clock, ZAMBIA, "Zambia gives parties until Friday", T0 + timedelta(days=12))
    later = await add(
        app,
        clock,
        "Russian drones struck Kyiv again as the pause agreed by Putin and Trump lapsed, Zelenskyy said.",
        "Kyiv hit again as pause lapses",
        T0 + timedelta(days=13),
    )
    assert [d.id for d in later.developments] == [dev_id]


async def test_a_very_long_article_links_without_exceeding_sqlite_limits(app: App, clock: FixedClock) -> None:
    import random

    rng = random.Random(3)
    words = [
        "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(4))
        for _ in range(40_000)
    ]
    lines = [" ".join(words[i : i + 20]) + "." for i in range(0, len(words), 20)]
    text = KYIV_EN + "\n" + "\n".join(lines)
    result = await add(app, clock, text, "Kyiv pause, with an annex", T0)
    assert result.article_id is not None and len(result.developments) >= 1
    again = await add(app, clock, KYIV_EN.replace("48", "24"), "Kyiv pause shortened", T0 + timedelta(days=1))
    assert again.developments[0].id == result.developments[0].id
