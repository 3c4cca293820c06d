"""Snooze and "stop reminding" (the `ReminderControls` the reminder buttons call) on the real service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import DeadlineStatus
from bot.errors import InputError
from bot.ports import ReminderControls
from bot.scheduling import SchedulingService
from tests.scheduling.fakes import FakeOutbox, add_deadline, change_deadline, fire_first_reminder

START = datetime(2026, 1, 29, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 2, 1, 0, 0, tzinfo=UTC)
REF = "console:main"


async def _fire_first(
    app: App, clock: FixedClock, service: SchedulingService, *, channels: tuple[str, ...] = (REF,)
) -> tuple[int, int, int]:
    """Plan a deadline's reminders and fire the first (T-24h); return development, deadline, reminder."""
    clock.set(START)
    fired = await fire_first_reminder(app, clock, service, channels, DUE)
    return fired.development_id, fired.deadline.id, fired.first.id


async def test_a_reminder_post_names_its_reminder_and_development(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    assert isinstance(service, ReminderControls)
    dev, _, reminder_id = await _fire_first(app, clock, service)
    [sent] = outbox.sent
    assert sent.post.kind == "reminder"
    assert sent.post.extra["reminder_id"] == str(reminder_id)
    assert sent.post.extra["development_id"] == str(dev)


async def test_snooze_fires_the_reminder_again_later_in_the_same_channel(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    dev, _, reminder_id = await _fire_first(app, clock, service)
    view = await service.snooze(reminder_id, 90)
    assert (view.development_id, view.fire_at, view.timezone) == (
        dev,
        clock.now() + timedelta(minutes=90),
        "UTC",
    )
    clock.advance(timedelta(minutes=89))
    await service.run_due()
    assert len(outbox.sent) == 1
    clock.advance(timedelta(minutes=1))
    await service.run_due()
    assert [s.channel_ref for s in outbox.sent] == [REF, REF]
    assert outbox.sent[1].post.extra["reminder_id"] == str(view.id)
    assert "strike pause ends" in outbox.sent[1].body


async def test_a_snooze_is_cancelled_when_its_deadline_is_met(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id, reminder_id = await _fire_first(app, clock, service)
    view = await service.snooze(reminder_id, 60)
    await change_deadline(app, deadline_id, DeadlineStatus.MET, "the pause was honoured")
    snoozed = await app.store.reminders.get(view.id)
    assert snoozed is not None and snoozed.status == "cancelled"


@pytest.mark.parametrize("minutes", [0, -5, 7 * 24 * 60 + 1])
async def test_a_snooze_out_of_range_is_refused(
    app: App, clock: FixedClock, service: SchedulingService, minutes: int
) -> None:
    _, _, reminder_id = await _fire_first(app, clock, service)
    with pytest.raises(InputError, match="a snooze lasts 1 to 10080 minutes"):
        await service.snooze(reminder_id, minutes)


async def test_unknown_reminders_are_one_readable_error(service: SchedulingService) -> None:
    with pytest.raises(InputError, match="no reminder with id 404"):
        await service.snooze(404, 60)
    with pytest.raises(InputError, match="no reminder with id 404"):
        await service.stop_reminding(404)


async def test_stop_cancels_the_later_reminders_of_that_deadline_in_that_channel_only(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    dev, deadline_id, reminder_id = await _fire_first(app, clock, service, channels=(REF, "console:other"))
    other_deadline = await add_deadline(app, dev, DUE + timedelta(days=3), what="talks resume")
    snoozed = await service.snooze(reminder_id, 30)
    await service.stop_reminding(reminder_id)
    left = await app.store.reminders.pending_of_deadline(deadline_id)
    assert {r.channel_ref for r in left} == {"console:other"}  # the other channel still hears of it
    assert snoozed.id not in [r.id for r in left]
    assert await app.store.reminders.pending_of_deadline(other_deadline.id)  # another deadline: untouched

    outbox.sent.clear()
    clock.set(DUE + timedelta(minutes=5))
    await service.run_due()
    assert {s.channel_ref for s in outbox.sent} == {"console:other"}


async def test_a_stop_holds_when_the_deadline_moves_but_the_change_is_still_announced(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id, reminder_id = await _fire_first(app, clock, service)
    await service.stop_reminding(reminder_id)
    new_due = DUE + timedelta(days=7)
    await change_deadline(app, deadline_id, DeadlineStatus.EXTENDED, "extended by a week", new_due)
    # No reminders were re-planned for the moved deadline here; only the change notice is owed.
    pending = await app.store.reminders.pending_of_deadline(deadline_id)
    assert [r.kind for r in pending] == ["changed"]
    outbox.sent.clear()
    await service.run_due()
    assert outbox.kinds() == ["deadline_changed"]
