"""The deadline lifecycle through ingest: extend, break, meet, cancel, expire; observers move reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput, ChangeKind, Deadline, DeadlineStatus, Label
from bot.domain.times import due_instant
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

MSK = timezone(timedelta(hours=3))
OFFSETS = (timedelta(hours=24), timedelta(hours=1), timedelta(0))


class FakeReminders:
    """A stand-in for the scheduling layer: reminders per deadline, moved when a deadline moves."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str, datetime | None]] = []
        self.pending: dict[tuple[int, datetime], str] = {}
        self.cancelled: list[tuple[int, datetime]] = []

    async def deadline_changed(self, deadline: Deadline, old_due_at: datetime | None) -> None:
        self.calls.append((deadline.id, deadline.status.value, old_due_at))
        if (old_due_at is not None and old_due_at != deadline.due_at) or deadline.status not in (
            DeadlineStatus.PENDING,
            DeadlineStatus.EXTENDED,
        ):
            for key in [k for k in self.pending if k[0] == deadline.id]:
                del self.pending[key]
                self.cancelled.append(key)
        if deadline.status in (DeadlineStatus.PENDING, DeadlineStatus.EXTENDED):
            for offset in OFFSETS:
                self.pending[(deadline.id, deadline.due_at - offset)] = deadline.what


async def ingest_analysed(
    app: App, text: str, title: str, *, lang: str = "en", dated: bool = True, **analysis: Any
) -> IngestResult:
    """Ingest under a hand-built analysis, so the test does not depend on the analyser's labels."""
    now = app.clock.now()
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=now if dated else None, lang=lang),
        analysis=analysis_of(text, lang=lang, published=now, **analysis),
    )


PAUSE = (
    '"Puedo afirmar que el presidente Trump solicitó al presidente Putin que se abstuviera de atacar Kiev '
    'durante una semana, hasta el 1 de febrero", anunció el portavoz del Kremlin, Dmitri Peskov.\n'
    "Peskov confirmó que Putin estuvo de acuerdo en cumplir con esa solicitud de pausa."
)
EXTENSION = (
    "El Kremlin amplió en 48 horas la pausa en los ataques contra Kiev que vencía este domingo, anunció "
    'Dmitri Peskov.\n"La moratoria seguirá vigente hasta las 00:00 del 4 de febrero, hora de Moscú", dijo '
    "Peskov sobre la pausa de Putin."
)
BREACH = (
    "Ukraine accused Russia of violating the Kyiv strike pause hours before it was due to end, "
    "Volodymyr Zelenskyy said. Russian missiles hit Kyiv overnight despite the pause Putin agreed with Trump."
)


async def ingest_pause(app: App, clock: FixedClock) -> int:
    clock.set(datetime(2026, 1, 30, 12, tzinfo=UTC))
    result = await ingest_analysed(
        app,
        PAUSE,
        "Putin acepta no atacar Kiev",
        lang="es",
        labels={'"Puedo': (Label.STATEMENT, "Dmitri Peskov"), "Peskov": (Label.STATEMENT, "Dmitri Peskov")},
        deadlines=[("hasta el 1 de febrero", date(2026, 2, 1), "fin de la pausa de ataques contra Kiev")],
    )
    assert result.deadlines_added == 1
    return result.developments[0].id


async def ingest_extension(app: App, clock: FixedClock) -> None:
    clock.set(datetime(2026, 2, 1, 15, tzinfo=UTC))
    new_due = datetime(2026, 2, 4, 0, 0, tzinfo=MSK)
    result = await ingest_analysed(
        app,
        EXTENSION,
        "El Kremlin amplía 48 horas la pausa",
        lang="es",
        labels={"El Kremlin": (Label.STATEMENT, "Dmitri Peskov"), '"La': (Label.STATEMENT, "Dmitri Peskov")},
        deadlines=[("hasta las 00:00 del 4 de febrero, hora de Moscú", new_due, "fin de la pausa ampliada")],
        changes=[(ChangeKind.EXTEND, "amplió en 48 horas", new_due)],
    )
    assert result.deadlines_changed == 1
    assert result.deadlines_added == 0  # the new date is the extension's, not a second deadline


async def test_extension_moves_the_deadline_keeps_history_and_moves_reminders(
    app: App, clock: FixedClock
) -> None:
    reminders = FakeReminders()
    app.add_deadline_observer(reminders)
    dev_id = await ingest_pause(app, clock)
    old_due_at = due_instant(date(2026, 2, 1), "UTC")
    assert set(reminders.pending) == {(1, old_due_at - o) for o in OFFSETS}

    await ingest_extension(app, clock)

    (deadline,) = await app.store.deadlines.of_development(dev_id)
    assert deadline.status is DeadlineStatus.EXTENDED
    assert deadline.due_at == datetime(2026, 2, 3, 21, 0, tzinfo=UTC)
    history = await app.store.deadlines.history(deadline.id)
    assert [(h["old_status"], h["new_status"], h["old_due"], h["new_due"]) for h in history] == [
        (None, "pending", None, "2026-02-01"),
        ("pending", "extended", "2026-02-01", "2026-02-04T00:00:00+03:00"),
    ]
    assert history[1]["evidence"] == "amplió en 48 horas"
    start = EXTENSION.index("amplió en 48 horas")
    events = await app.store.timeline.deadline_events(dev_id)
    assert [(e.new_status, e.article_id, e.start, e.end) for e in events] == [
        ("pending", 1, PAUSE.index("hasta el 1 de febrero"), PAUSE.index("hasta el 1 de febrero") + 21),
        ("extended", 2, start, start + 18),
    ]
    assert reminders.calls[-1] == (deadline.id, "extended", old_due_at)
    assert sorted(reminders.cancelled) == sorted((1, old_due_at - o) for o in OFFSETS)
    assert set(reminders.pending) == {(1, deadline.due_at - o) for o in OFFSETS}
    view = await app.developments.show(dev_id)
    assert view.development.status == "extended"


async def test_expiry_is_recorded_once_the_clock_passes_due(app: App, clock: FixedClock) -> None:
    reminders = FakeReminders()
    app.add_deadline_observer(reminders)
    dev_id = await ingest_pause(app, clock)
    await ingest_extension(app, clock)

    clock.set(datetime(2026, 2, 3, 20, 59, tzinfo=UTC))
    assert await app.briefing.expire_overdue() == []
    clock.set(datetime(2026, 2, 3, 21, 1, tzinfo=UTC))
    expired = await app.briefing.expire_overdue()
    assert [d.id for d in expired] == [1]
    assert await app.briefing.expire_overdue() == []  # recorded once
    (deadline,) = await app.store.deadlines.of_development(dev_id)
    assert deadline.status is DeadlineStatus.EXPIRED
    history = await app.store.deadlines.history(deadline.id)
    assert [h["new_status"] for h in history] == ["pending", "extended", "expired"]
    assert reminders.pending == {}
    assert (await app.developments.show(dev_id)).development.status == "expired"


async def test_a_breach_in_another_language_breaks_the_same_developments_deadline(
    app: App, clock: FixedClock
) -> None:
    dev_id = await ingest_pause(app, clock)
    await ingest_extension(app, clock)
    clock.set(datetime(2026, 2, 3, 8, tzinfo=UTC))
    result = await ingest_analysed(
        app,
        BREACH,
        "Ukraine accuses Russia of violating Kyiv pause",
        labels={"Ukraine": (Label.STATEMENT, "Volodymyr Zelenskyy")},
        changes=[(ChangeKind.BREAK, "violating the Kyiv strike pause", None)],
    )
    assert [d.id for d in result.developments] == [dev_id]
    (deadline,) = await app.store.deadlines.of_development(dev_id)
    assert deadline.status is DeadlineStatus.BROKEN
    assert deadline.due_at == datetime(2026, 2, 3, 21, 0, tzinfo=UTC)  # a breach does not move it
    assert (await app.developments.show(dev_id)).development.status == "broken"


STRIKE = (
    "La Coordinadora de Estibadores dio a la patronal un plazo hasta el jueves para firmar el convenio, "
    "anunció Rosa Ibarra.\nSi no hay firma, la huelga en los puertos de Valencia y Algeciras empezará el viernes, "
    "dijo Ibarra."
)
DEAL = (
    "Estibadores y patronal firmaron el convenio en Valencia, y la Coordinadora desconvocó la huelga en los "
    "puertos de Valencia y Algeciras, anunció Rosa Ibarra."
)


async def test_one_article_meets_one_deadline_and_cancels_another(app: App, clock: FixedClock) -> None:
    clock.set(datetime(2026, 3, 2, 12, tzinfo=UTC))
    first = await ingest_analysed(
        app,
        STRIKE,
        "Ultimátum en la estiba",
        lang="es",
        dated=False,
        deadlines=[
            ("hasta el jueves", date(2026, 3, 5), "firma del convenio"),
            ("empezará el viernes", date(2026, 3, 6), "inicio de la huelga en los puertos"),
        ],
    )
    dev_id = first.developments[0].id
    clock.set(datetime(2026, 3, 4, 12, tzinfo=UTC))
    second = await ingest_analysed(
        app,
        DEAL,
        "Acuerdo en la estiba",
        lang="es",
        dated=False,
        changes=[
            (ChangeKind.MEET, "firmaron el convenio", None),
            (ChangeKind.CANCEL, "desconvocó la huelga", None),
        ],
    )
    assert [d.id for d in second.developments] == [dev_id]
    statuses = {d.what: d.status for d in await app.store.deadlines.of_development(dev_id)}
    assert statuses == {
        "firma del convenio": DeadlineStatus.MET,
        "inicio de la huelga en los puertos": DeadlineStatus.CANCELLED,
    }
    assert (await app.developments.show(dev_id)).development.status == "resolved"


async def test_the_stored_status_follows_expiry_so_digests_show_it(app: App, clock: FixedClock) -> None:
    dev_id = await ingest_pause(app, clock)
    assert (await app.store.developments.get(dev_id)).status == "agreed"  # type: ignore[union-attr]
    clock.set(datetime(2026, 2, 2, 0, 1, tzinfo=UTC))
    digest = await app.briefing.brief()
    assert (await app.store.developments.get(dev_id)).status == "expired"  # type: ignore[union-attr]
    assert [s.development.status for s in digest.developments] == ["expired"]


async def test_a_later_report_of_the_same_extension_changes_nothing_and_adds_no_deadline(
    app: App, clock: FixedClock
) -> None:
    reminders = FakeReminders()
    app.add_deadline_observer(reminders)
    dev_id = await ingest_pause(app, clock)
    await ingest_extension(app, clock)
    calls = len(reminders.calls)
    clock.set(datetime(2026, 2, 1, 18, tzinfo=UTC))
    text = (
        "Russia has extended the pause on strikes against Kyiv until midnight Moscow time on Feb. 4, "
        "Kremlin spokesman Dmitry Peskov said. Putin agreed to the extension Trump requested."
    )
    new_due = datetime(2026, 2, 4, 0, 0, tzinfo=MSK)
    result = await ingest_analysed(
        app,
        text,
        "Kremlin extends Kyiv pause",
        deadlines=[("until midnight Moscow time on Feb. 4", new_due, "end of the extended pause")],
        changes=[(ChangeKind.EXTEND, "has extended the pause", new_due)],
    )
    assert [d.id for d in result.developments] == [dev_id]
    assert (result.deadlines_added, result.deadlines_changed, result.changes_restated) == (0, 0, 1)
    (deadline,) = await app.store.deadlines.of_development(dev_id)
    assert len(await app.store.deadlines.history(deadline.id)) == 2
    assert len(reminders.calls) == calls


async def test_an_extension_by_a_length_alone_moves_the_deadline_by_that_length(
    app: App, clock: FixedClock
) -> None:
    reminders = FakeReminders()
    app.add_deadline_observer(reminders)
    dev_id = await ingest_pause(app, clock)
    clock.set(datetime(2026, 2, 1, 15, tzinfo=UTC))
    text = (
        "El Kremlin amplía 48 horas la pausa de ataques contra Kiev acordada por Putin y Trump, dijo Peskov."
    )
    result = await ingest_analysed(
        app,
        text,
        "El Kremlin amplía la pausa",
        lang="es",
        changes=[(ChangeKind.EXTEND, "amplía 48 horas", None)],
    )
    assert result.deadlines_changed == 1
    (deadline,) = await app.store.deadlines.of_development(dev_id)
    old_due_at = due_instant(date(2026, 2, 1), "UTC")
    assert deadline.status is DeadlineStatus.EXTENDED
    assert deadline.due_at == old_due_at + timedelta(hours=48)
    assert reminders.calls[-1] == (deadline.id, "extended", old_due_at)


async def test_an_extension_without_a_date_takes_the_mention_in_its_own_sentence(
    app: App, clock: FixedClock
) -> None:
    dev_id = await ingest_pause(app, clock)
    clock.set(datetime(2026, 2, 1, 15, tzinfo=UTC))
    text = (
        "Putin said Russian forces would keep the pause on strikes against Kyiv until Feb. 8, Peskov said.\n"
        "Talks on energy infrastructure in Kyiv could resume on Feb. 5, the Kremlin added."
    )
    result = await ingest_analysed(
        app,
        text,
        "Kyiv pause kept until Feb. 8",
        deadlines=[
            ("Feb. 5", date(2026, 2, 5), "energy talks"),
            ("until Feb. 8", date(2026, 2, 8), "end of the pause"),
        ],
        changes=[(ChangeKind.EXTEND, "keep the pause", None)],
    )
    assert result.deadlines_changed == 1
    deadlines = {d.what: (d.due, d.status) for d in await app.store.deadlines.of_development(dev_id)}
    assert deadlines["fin de la pausa de ataques contra Kiev"] == ("2026-02-08", DeadlineStatus.EXTENDED)
    assert "end of the pause" not in deadlines  # the extension's date, not a second deadline
