"""Deadline reminders: planned at the offsets, re-planned on extension, cancelled when met."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import DeadlineStatus
from bot.domain.times import to_iso
from bot.errors import DeliveryError, InputError
from bot.scheduling import SchedulingService
from tests.scheduling.fakes import FakeOutbox, add_deadline, add_development, change_deadline, step_until

START = datetime(2026, 1, 29, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 2, 1, 0, 0, tzinfo=UTC)


async def _channel_with_deadline(app: App, clock: FixedClock, service: SchedulingService) -> tuple[int, int]:
    clock.set(START)
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid", language="en")
    dev = await add_development(app)
    deadline = await add_deadline(app, dev, DUE)
    return dev, deadline.id


async def _pending_fire_times(app: App, deadline_id: int) -> list[datetime]:
    pending = await app.store.reminders.pending_of_deadline(deadline_id)
    return [r.fire_at for r in pending if r.kind == "offset"]


async def test_a_new_deadline_gets_reminders_at_t_minus_24h_1h_and_t0(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id = await _channel_with_deadline(app, clock, service)
    assert await _pending_fire_times(app, deadline_id) == [
        DUE - timedelta(hours=24),
        DUE - timedelta(hours=1),
        DUE,
    ]
    await step_until(app, clock, DUE + timedelta(minutes=30), timedelta(minutes=10))
    reminders = [s for s in outbox.sent if s.post.kind == "reminder"]
    assert [s.at for s in reminders] == [DUE - timedelta(hours=24), DUE - timedelta(hours=1), DUE]
    assert "strike pause ends (Kyiv strike pause)" in reminders[0].body
    assert "1 Feb 2026, 01:00" in reminders[0].body  # the due time in the channel's zone (CET)
    assert "(now)" in reminders[2].body


async def test_an_extension_replans_reminders_and_posts_a_deadline_changed_notice(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id = await _channel_with_deadline(app, clock, service)
    new_due = DUE + timedelta(days=7)
    await change_deadline(
        app, deadline_id, DeadlineStatus.EXTENDED, "the pause was extended by a week", new_due
    )

    pending = [r for r in await app.store.reminders.pending_of_deadline(deadline_id) if r.kind == "offset"]
    assert [r.fire_at for r in pending] == [
        new_due - timedelta(hours=24),
        new_due - timedelta(hours=1),
        new_due,
    ]

    await service.run_due()
    assert outbox.kinds() == ["deadline_changed"]
    notice = outbox.sent[0].body
    assert "Deadline changed" in notice and "1 Feb 2026, 01:00" in notice and "8 Feb 2026, 01:00" in notice
    assert "extended by a week" in notice

    await step_until(app, clock, new_due + timedelta(minutes=5), timedelta(minutes=20))
    reminder_times = [s.at for s in outbox.sent if s.post.kind == "reminder"]
    assert reminder_times == [new_due - timedelta(hours=24), new_due - timedelta(hours=1), new_due]


async def test_a_met_deadline_cancels_its_reminders(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id = await _channel_with_deadline(app, clock, service)
    await change_deadline(app, deadline_id, DeadlineStatus.MET, "done")
    assert await _pending_fire_times(app, deadline_id) == []
    await step_until(app, clock, DUE + timedelta(hours=1), timedelta(hours=1))
    # The notice that it was met, then no reminder (the daily digests go on).
    assert [k for k in outbox.kinds() if k != "digest"] == ["deadline_changed"]
    assert "[met]" in outbox.sent[0].body


async def test_remind_reads_spanish_and_english_and_echoes_the_channels_zone(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    dev, _ = await _channel_with_deadline(app, clock, service)  # Thu 29 Jan 2026, 13:00 in Madrid
    tomorrow_nine = await service.remind("console:main", dev, "mañana a las 9")
    assert tomorrow_nine.fire_at == datetime(2026, 1, 30, 8, 0, tzinfo=UTC)
    assert tomorrow_nine.timezone == "Europe/Madrid"
    friday = await service.remind("console:main", dev, "el viernes 18:00")
    assert friday.fire_at == datetime(2026, 1, 30, 17, 0, tzinfo=UTC)
    later = await service.remind("console:main", dev, "in 2 hours")
    assert later.fire_at == START + timedelta(hours=2)
    before = await service.remind("console:main", dev, "1h before the deadline")
    assert before.fire_at == DUE - timedelta(hours=1)

    await step_until(app, clock, datetime(2026, 1, 30, 9, 0, tzinfo=UTC), timedelta(minutes=15))
    custom = [s for s in outbox.sent if s.post.kind == "reminder"]
    assert [s.at for s in custom] == [START + timedelta(hours=2), datetime(2026, 1, 30, 8, 0, tzinfo=UTC)]


@pytest.mark.parametrize(
    "when",
    ["mañana", "el viernes", "tomorrow", "03/04 10:00", "a las 9", "yesterday at 10:00", "whenever", ""],
)
async def test_ambiguous_or_past_reminder_times_get_a_question_and_save_nothing(
    app: App, clock: FixedClock, service: SchedulingService, when: str
) -> None:
    dev, _ = await _channel_with_deadline(app, clock, service)
    channel = await app.store.channels.get("console:main")
    assert channel is not None
    before = len(await app.store.reminders.pending_of_channel(channel.id))
    with pytest.raises(InputError) as caught:
        await service.remind("console:main", dev, when)
    assert "\n" not in str(caught.value)
    assert len(await app.store.reminders.pending_of_channel(channel.id)) == before


async def test_a_reminder_pinned_to_the_deadline_moves_with_it(
    app: App, clock: FixedClock, service: SchedulingService
) -> None:
    dev, deadline_id = await _channel_with_deadline(app, clock, service)
    view = await service.remind("console:main", dev, "2 horas antes del plazo")
    assert view.fire_at == DUE - timedelta(hours=2)
    new_due = DUE + timedelta(days=2)
    async with app.store.transaction():
        await app.store.deadlines.change(
            deadline_id, status=DeadlineStatus.EXTENDED, now=clock.now(), due=to_iso(new_due), due_at=new_due
        )
    moved = await app.store.deadlines.get(deadline_id)
    assert moved is not None
    await service.deadline_changed(moved, DUE)
    custom = await app.store.reminders.get(view.id)
    assert custom is not None and custom.fire_at == new_due - timedelta(hours=2)


async def test_a_transient_failure_is_retried_with_backoff_and_posts_once(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    await _channel_with_deadline(app, clock, service)
    outbox.fail_with = [DeliveryError("rate limited"), DeliveryError("gateway timeout")]
    clock.set(DUE - timedelta(hours=24))
    await service.run_due()
    assert outbox.sent == []
    wake = await service.next_wakeup()
    assert wake == DUE - timedelta(hours=24) + timedelta(seconds=30)
    clock.set(wake)
    await service.run_due()
    assert outbox.sent == []
    wake = await service.next_wakeup()
    assert wake == clock.now() + timedelta(seconds=60)  # the wait doubles
    clock.set(wake)
    await service.run_due()
    await service.run_due()
    assert outbox.kinds() == ["reminder"]


async def test_a_permanent_failure_disables_the_schedule_and_tells_an_admin(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    await _channel_with_deadline(app, clock, service)
    outbox.fail_with = [DeliveryError("missing access to the channel", permanent=True)]
    clock.set(DUE - timedelta(hours=24))
    await service.run_due()
    view = await service.show_digest("console:main")
    assert view is not None and not view.enabled
    assert outbox.admin_notes and "missing access" in outbox.admin_notes[0][1]
    await step_until(app, clock, DUE + timedelta(hours=30), timedelta(hours=1))
    assert outbox.sent == []  # no more posts to a channel that refuses them
    await service.set_digest("console:main", "daily 08:00")
    view = await service.show_digest("console:main")
    assert view is not None and view.enabled


async def test_the_reminder_at_the_deadline_fires_even_if_expiry_ran_first(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    _, deadline_id = await _channel_with_deadline(app, clock, service)
    clock.set(DUE + timedelta(seconds=5))
    expired = await app.briefing.expire_overdue()  # e.g. someone ran /deadlines at that moment
    assert [d.id for d in expired] == [deadline_id]
    await service.run_due()
    sent = [s for s in outbox.sent if s.post.kind == "reminder"]
    # T-24h is past grace (skipped); T-1h is within it (sent late); T0 goes out although expired.
    assert [s.post.late for s in sent] == [True, False]
    assert "(now)" in sent[1].body


async def test_the_observer_is_registered_with_ingest_and_expiry(
    app: App, service: SchedulingService
) -> None:
    assert service in app.ingest.observers
    assert service in app.briefing.observers
    assert app.schedules is service
