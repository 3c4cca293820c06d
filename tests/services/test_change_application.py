"""Deadline changes through ingest that the story's earlier articles did not set up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput, ChangeKind, DeadlineChange, DeadlineStatus
from bot.services.ingest import ChangesApplied, IngestResult
from tests.builders import analysis_of

T0 = datetime(2026, 3, 24, 12, tzinfo=UTC)


async def ingest(app: App, text: str, title: str, **analysis: Any) -> IngestResult:
    now = app.clock.now()
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=now, lang="es"),
        analysis=analysis_of(text, lang="es", published=now, **analysis),
    )


FIRST_TOLD = (
    "La autoridad fiscal de Honduras amplió hasta el 30 de abril el plazo de la declaración anual "
    "para las empresas de Choluteca afectadas por las lluvias.\n"
    "El resto de las empresas debe presentar su declaración hasta el 31 de marzo."
)


async def test_an_extension_told_first_marks_the_articles_deadline_at_its_new_date_extended(
    app: App, clock: FixedClock
) -> None:
    clock.set(T0)
    result = await ingest(
        app,
        FIRST_TOLD,
        "Honduras amplía el plazo fiscal en Choluteca",
        deadlines=[
            ("hasta el 30 de abril", date(2026, 4, 30), "declaración anual de las empresas de Choluteca"),
            ("hasta el 31 de marzo", date(2026, 3, 31), "declaración anual del resto de las empresas"),
        ],
        changes=[(ChangeKind.EXTEND, "amplió hasta el 30 de abril", date(2026, 4, 30))],
    )
    assert result.deadlines_added == 2 and result.deadlines_changed == 1
    deadlines = await app.store.deadlines.of_development(result.developments[0].id)
    status = {d.due: d.status for d in deadlines}
    assert status == {"2026-04-30": DeadlineStatus.EXTENDED, "2026-03-31": DeadlineStatus.PENDING}
    (extended,) = [d for d in deadlines if d.status is DeadlineStatus.EXTENDED]
    history = await app.store.deadlines.history(extended.id)
    assert history[-1]["evidence"] == "amplió hasta el 30 de abril"


async def test_an_extension_to_a_date_the_article_does_not_track_changes_nothing(
    app: App, clock: FixedClock
) -> None:
    clock.set(T0)
    text = FIRST_TOLD.replace("hasta el 31 de marzo", "antes de fin de mes")
    result = await ingest(
        app,
        text,
        "Honduras amplía el plazo fiscal en Choluteca",
        changes=[(ChangeKind.EXTEND, "amplió hasta el 30 de abril", date(2026, 4, 30))],
    )
    assert result.deadlines_changed == 0 and result.deadlines_added == 0


ROAD = (
    "La Dirección de Vialidad anunció que la ruta R-12 entre Curacautín y Malalcahuello reabrirá el "
    "viernes 27 de marzo a las 08:00.\n"
    "Los camioneros de Curacautín pidieron que el corte no se prolongue."
)
ROAD_LATER = (
    "La Dirección de Vialidad aplazó dos veces la reapertura de la ruta R-12, primero al lunes y "
    "luego al miércoles, por los deslizamientos cerca de Malalcahuello.\n"
    "Los camioneros de Curacautín esperan desde el viernes."
)


async def test_two_moves_of_one_deadline_in_one_article_both_apply(app: App, clock: FixedClock) -> None:
    clock.set(T0)
    first = await ingest(
        app,
        ROAD,
        "La ruta R-12 reabrirá el viernes",
        deadlines=[
            ("el viernes 27 de marzo a las 08:00", datetime(2026, 3, 27, 11, tzinfo=UTC), "reapertura")
        ],
    )
    clock.set(T0 + timedelta(days=4))
    later = await ingest(
        app,
        ROAD_LATER,
        "Vialidad aplaza otra vez la reapertura de la R-12",
        changes=[
            (ChangeKind.EXTEND, "primero al lunes", date(2026, 3, 30)),
            (ChangeKind.EXTEND, "luego al miércoles", date(2026, 4, 1)),
        ],
    )
    assert later.developments[0].id == first.developments[0].id
    assert later.deadlines_changed == 2
    (road,) = await app.store.deadlines.of_development(first.developments[0].id)
    assert road.status is DeadlineStatus.EXTENDED and road.due == "2026-04-01"
    assert [h["new_due"] for h in await app.store.deadlines.history(road.id)][-2:] == [
        "2026-03-30",
        "2026-04-01",
    ]


def test_an_extension_told_first_is_taken_once_and_only_by_its_own_development() -> None:
    new_due = datetime(2026, 4, 30, tzinfo=UTC)
    change = DeadlineChange(ChangeKind.EXTEND, "amplió hasta el 30 de abril", 0, 27, date(2026, 4, 30))
    applied = ChangesApplied(first_told={new_due: (7, change, date(2026, 4, 30))})
    day = date(2026, 4, 30)
    assert applied.take_first_told(8, new_due, day) is None  # another story's deadline on the same day
    assert applied.take_first_told(7, new_due + timedelta(days=1), date(2026, 5, 1)) is None
    assert applied.take_first_told(7, new_due, day) is change
    assert (
        applied.take_first_told(7, new_due, day) is None
    )  # a second mention of the date is not extended again


def test_an_extension_to_a_bare_day_is_taken_by_the_deadline_timed_on_that_day() -> None:
    # "aplazó hasta el viernes 23 de octubre" and "los sobres se reciben hasta las 15:00": one deadline.
    change = DeadlineChange(
        ChangeKind.EXTEND, "aplazó hasta el viernes 23 de octubre", 0, 37, date(2026, 10, 23)
    )
    key = datetime(2026, 10, 24, tzinfo=UTC)  # a bare day falls due at the next midnight
    applied = ChangesApplied(first_told={key: (7, change, date(2026, 10, 23))})
    at_three = datetime(2026, 10, 23, 15, tzinfo=timezone(timedelta(hours=-3)))
    assert applied.take_first_told(7, at_three + timedelta(days=1), at_three + timedelta(days=1)) is None
    assert applied.take_first_told(7, at_three, at_three) is change
    assert applied.taken == {key}  # the extension is placed: not held as well
