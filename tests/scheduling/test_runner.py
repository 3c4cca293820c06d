"""The APScheduler wiring: jobs rebuilt from the database, and a real wake-up on time."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.app import App, build_app
from bot.clock import FixedClock, SystemClock
from bot.ports import Post
from bot.scheduling import SchedulerRunner, attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import FakeOutbox, add_development


@dataclass
class SignallingOutbox(FakeOutbox):
    """A recording outbox that also sets an event when a post arrives."""

    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def send(self, channel_ref: str, post: Post) -> str:
        """Signal the arrival, then record the post."""
        self.arrived.set()
        return await super().send(channel_ref, post)


async def _add_reminder(app: App, development_id: int, fire_at: datetime) -> None:
    """Store a custom reminder for the main console channel directly."""
    now = app.clock.now()
    async with app.store.transaction():
        channel = await app.store.channels.ensure("console:main", timezone="UTC", language="en", now=now)
        await app.store.reminders.add(
            channel_id=channel.id, kind="custom", fire_at=fire_at, now=now, development_id=development_id
        )


async def test_start_builds_a_digest_job_per_enabled_schedule_in_its_zone(settings: Settings) -> None:
    clock = SystemClock()
    app = await build_app(settings, clock)
    app.outboxes["console"] = FakeOutbox(FixedClock(clock.now()))
    service = attach_scheduling(app)
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid")
    await service.set_digest("slack:C042", "weekdays 07:30", timezone="America/New_York")
    await service.digest_off("slack:C042")
    runner = SchedulerRunner(service)
    await runner.start()
    try:
        jobs = {job.id: job for job in runner.scheduler.get_jobs()}
        digest_jobs = [job for job in jobs.values() if job.id.startswith("digest:")]
        assert [job.name for job in digest_jobs] == ["console:main"]
        local = digest_jobs[0].next_run_time.astimezone(ZoneInfo("Europe/Madrid"))
        assert (local.hour, local.minute) == (8, 0)
        assert jobs["sweep"].coalesce and digest_jobs[0].misfire_grace_time == 120 * 60
    finally:
        await runner.stop()
        await app.close()


async def test_a_reminder_fires_on_the_real_clock_within_a_fraction_of_a_second(settings: Settings) -> None:
    clock = SystemClock()
    app = await build_app(settings, clock)
    outbox = SignallingOutbox(FixedClock(clock.now()))
    app.outboxes["console"] = outbox
    service = attach_scheduling(app)
    runner = SchedulerRunner(service)
    await runner.start()
    try:
        dev = await add_development(app)
        fire_at = clock.now() + timedelta(seconds=0.3)
        await _add_reminder(app, dev, fire_at)
        await runner.rebuild()
        await asyncio.wait_for(outbox.arrived.wait(), timeout=5)
        lateness = datetime.now(UTC) - fire_at
        assert timedelta(0) <= lateness < timedelta(seconds=1)
        assert outbox.kinds() == ["reminder"]
    finally:
        await runner.stop()
        await app.close()


async def test_a_post_waiting_for_its_platform_goes_out_when_the_outbox_registers(settings: Settings) -> None:
    clock = SystemClock()
    app = await build_app(settings, clock)
    # A long sweep: only the registration can explain a prompt delivery.
    runner = SchedulerRunner(attach_scheduling(app), sweep_seconds=3600)
    app.outbox_listeners.append(runner.wake)
    await runner.start()
    try:
        dev = await add_development(app)
        await _add_reminder(app, dev, clock.now())
        outbox = SignallingOutbox(FixedClock(clock.now()))
        await runner.tick()  # due now, but no console outbox yet: it stays owed
        assert not outbox.arrived.is_set()
        app.register_outbox(outbox)
        await asyncio.wait_for(outbox.arrived.wait(), timeout=2)
        assert outbox.kinds() == ["reminder"]
    finally:
        await runner.stop()
        await app.close()
