"""The done-when of the deadline lifecycle with the real scheduler: an extension article moves
the reminders (the old ones are cancelled), and the expiry is recorded once the clock passes due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import DeadlineStatus
from bot.scheduling import attach_scheduling
from tests.scheduling.fakes import FakeOutbox
from tests.services.test_deadline_lifecycle import ingest_extension, ingest_pause

OLD_DUE = datetime(2026, 2, 2, 0, 0, tzinfo=UTC)  # "hasta el 1 de febrero" runs to the end of that day (UTC)
NEW_DUE = datetime(2026, 2, 3, 21, 0, tzinfo=UTC)  # 00:00 on 4 February, Moscow time
OFFSETS = (timedelta(hours=24), timedelta(hours=1), timedelta(0))


async def test_an_extension_article_cancels_the_old_reminders_and_plans_new_ones(
    app: App, clock: FixedClock
) -> None:
    outbox = FakeOutbox(clock)
    app.outboxes["console"] = outbox
    scheduler = attach_scheduling(app)
    clock.set(datetime(2026, 1, 29, 12, tzinfo=UTC))
    await scheduler.set_digest("console:main", "daily 08:00", timezone="UTC", language="es")

    dev_id = await ingest_pause(app, clock)
    (deadline,) = await app.store.deadlines.of_development(dev_id)
    old = [r for r in await app.store.reminders.pending_of_deadline(deadline.id) if r.kind == "offset"]
    assert [r.fire_at for r in old] == [OLD_DUE - o for o in OFFSETS]

    await ingest_extension(app, clock)

    for reminder in old:
        gone = await app.store.reminders.get(reminder.id)
        assert gone is not None and gone.status == "cancelled"
    new = [r for r in await app.store.reminders.pending_of_deadline(deadline.id) if r.kind == "offset"]
    assert [r.fire_at for r in new] == [NEW_DUE - o for o in OFFSETS]
    await scheduler.run_due()
    notices = [s for s in outbox.sent if s.post.kind == "deadline_changed"]
    assert len(notices) == 1 and "amplió en 48 horas" in notices[0].body

    clock.set(NEW_DUE + timedelta(minutes=1))
    await app.briefing.expire_overdue()
    (expired,) = await app.store.deadlines.of_development(dev_id)
    assert expired.status is DeadlineStatus.EXPIRED
    history = await app.store.deadlines.history(expired.id)
    assert [h["new_status"] for h in history] == ["pending", "extended", "expired"]
    assert [h["old_due"] for h in history][1] == "2026-02-01"
