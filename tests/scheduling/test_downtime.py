"""Catch-up after downtime: a missed digest goes out once, marked late; past grace it is reported."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.scheduling import SchedulerRunner, attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import FakeOutbox, add_deadline, add_development, step_until

# Madrid is UTC+2 in May: the 08:00 digest runs at 06:00 UTC.
BEFORE = datetime(2026, 5, 4, 4, 0, tzinfo=UTC)
DOWN_AT = datetime(2026, 5, 4, 4, 30, tzinfo=UTC)
BACK_AT = DOWN_AT + timedelta(hours=3)
DUE = datetime(2026, 5, 4, 6, 0, tzinfo=UTC)  # T-1h at 05:00 (missed by 2.5 h), T0 at 06:00 (1.5 h)


@asynccontextmanager
async def _running(
    settings: Settings, clock: FixedClock, outbox: FakeOutbox
) -> AsyncIterator[tuple[App, SchedulerRunner]]:
    """Start the process (it catches up on start), and shut it down after the block."""
    app = await build_app(settings, clock)
    app.outboxes["console"] = outbox
    runner = SchedulerRunner(attach_scheduling(app))
    await runner.start()  # the catch-up happens here, before any job is armed
    try:
        yield app, runner
    finally:
        await runner.stop()
        await app.close()


async def _set_digest(app: App, when: str, language: str) -> None:
    """Schedule the main channel's digest on Madrid time."""
    assert app.schedules is not None
    await app.schedules.set_digest("console:main", when, timezone="Europe/Madrid", language=language)


async def test_three_hours_down_missed_digest_sent_once_late_and_missed_reminder_reported(
    settings: Settings, clock: FixedClock
) -> None:
    outbox = FakeOutbox(clock)
    clock.set(BEFORE)
    async with _running(settings, clock, outbox) as (app, _):
        await _set_digest(app, "daily 08:00", "en")
        dev = await add_development(app)
        await add_deadline(app, dev, DUE)
        await step_until(app, clock, DOWN_AT, timedelta(minutes=10))
    assert outbox.sent == []

    clock.set(BACK_AT)  # three hours later: the process starts again
    async with _running(settings, clock, outbox) as (app, runner):
        assert [(s.post.kind, s.post.late) for s in outbox.sent] == [("reminder", True), ("digest", True)]
        digest = outbox.sent[1].post.digest
        assert digest is not None and digest.late
        assert len(digest.notes) == 1
        assert "Missed reminder" in digest.notes[0] and "strike pause ends" in digest.notes[0]
        body = outbox.sent[1].body
        assert "Sent late" in body and "Missed reminder" in body
        ledger = await app.store.deliveries.of_channel("console:main")
        assert sorted(d.status for d in ledger) == ["sent", "sent", "skipped"]

        # Running again, and the next day's digest: nothing is posted twice, nothing reported twice.
        await runner.tick()
        assert len(outbox.sent) == 2
        await step_until(app, clock, DUE + timedelta(days=1, minutes=30), timedelta(minutes=30))
        assert [(s.post.kind, s.post.late) for s in outbox.sent[2:]] == [("digest", False)]
        assert outbox.sent[2].post.digest is not None and outbox.sent[2].post.digest.notes == []


async def test_a_digest_missed_beyond_grace_is_skipped_and_the_next_digest_says_so(
    settings: Settings, clock: FixedClock
) -> None:
    outbox = FakeOutbox(clock)
    clock.set(BEFORE)
    async with _running(settings, clock, outbox) as (app, _):
        await _set_digest(app, "daily 08:00", "es")

    clock.set(DUE + timedelta(hours=5))  # 13:00 in Madrid: five hours past the 08:00 run
    async with _running(settings, clock, outbox) as (app, _):
        assert outbox.sent == []
        await step_until(app, clock, DUE + timedelta(days=1, minutes=5), timedelta(minutes=30))
        assert [(s.post.kind, s.post.late) for s in outbox.sent] == [("digest", False)]
        digest = outbox.sent[0].post.digest
        assert digest is not None
        assert (
            len(digest.notes) == 1
            and "no se envió" in digest.notes[0]
            and "4 may 2026, 08:00" in digest.notes[0]
        )


async def test_several_missed_runs_coalesce_into_one_late_digest(
    settings: Settings, clock: FixedClock
) -> None:
    outbox = FakeOutbox(clock)
    clock.set(BEFORE)
    async with _running(settings, clock, outbox) as (app, _):
        await _set_digest(app, "every 1h", "en")

    clock.set(BEFORE + timedelta(hours=4, minutes=10))
    async with _running(settings, clock, outbox) as (app, _):
        assert [(s.post.kind, s.post.late) for s in outbox.sent] == [("digest", True)]
        digest = outbox.sent[0].post.digest
        assert digest is not None and len(digest.notes) == 1  # the three missed runs, in one line
        assert "(3 runs) was missed" in digest.notes[0] and "its news is in this one" in digest.notes[0]
