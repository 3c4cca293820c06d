"""Wake the scheduling service with APScheduler 3.x; its jobs are rebuilt from the database.

Each enabled digest schedule gets a cron (or interval) job in its channel's zone; reminders,
retries and digest runs also share one date job armed at the soonest of them (10,000
reminders are one job, not 10,000); a sweep every 30 s is the safety net and picks up rows
that other processes (`sitrep ingest`) wrote. Every job only pokes `run_due`, which reads the
database, so a job that APScheduler drops or runs twice can neither lose nor double a post.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import SystemClock
from bot.domain.schedule_spec import parse_spec
from bot.errors import InputError
from bot.scheduling.service import SchedulingService
from bot.scheduling.tasks import create_task
from bot.scheduling.triggers import build_trigger

log = logging.getLogger(__name__)

WAKEUP_JOB = "wakeup"
SWEEP_JOB = "sweep"
DIGEST_PREFIX = "digest:"


class SchedulerRunner:
    """Own the AsyncIOScheduler and keep its jobs in step with the database.

    Jobs only poke one pump task, which runs `run_due` passes one at a time: a job firing
    while a pass is running is folded into the next pass instead of being dropped as an
    overlapping instance.
    """

    def __init__(self, service: SchedulingService, *, sweep_seconds: float = 30.0) -> None:
        self.service = service
        grace_s = int(service.grace.total_seconds())
        # Deliberate: APScheduler's default misfire grace is 1 s, which would drop a digest
        # whenever the loop stalls; coalesce folds a backlog of runs into one call.
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "misfire_grace_time": grace_s, "max_instances": 1},
        )
        self._sweep_seconds = sweep_seconds
        self._poked = asyncio.Event()
        self._stopping = False
        self._pump: asyncio.Task[None] | None = None
        self._rebuilds: set[asyncio.Task[None]] = set()
        self._system_clock = SystemClock()
        self.passes = 0

    async def start(self) -> None:
        """Catch up on what was missed while down, then build the jobs and start ticking."""
        self.service.on_change = self.refresh_soon
        report = await self.service.run_due()
        log.info("catch-up: %d recorded, %d skipped, %d sent", report.recorded, report.skipped, report.sent)
        self.scheduler.start()
        self.scheduler.add_job(
            self.poke, IntervalTrigger(seconds=self._sweep_seconds), id=SWEEP_JOB, replace_existing=True
        )
        await self.rebuild()
        self._pump = create_task(self._run_pump(), name="scheduler-pump")

    async def stop(self) -> None:
        """Stop the jobs, let a running pass finish, and stop the pump (the database is the truth)."""
        self.service.on_change = None
        if self.scheduler.running:
            self.scheduler.remove_all_jobs()
            await asyncio.sleep(0)  # let a poke already handed to the loop finish, not be cancelled
            self.scheduler.shutdown(wait=False)
        self._stopping = True
        self._poked.set()
        if self._rebuilds:
            await asyncio.gather(*self._rebuilds, return_exceptions=True)
        if self._pump is not None:
            try:
                await asyncio.wait_for(self._pump, timeout=30)
            except TimeoutError:
                log.warning("the scheduler pass did not finish in time; cancelling it")
            self._pump = None

    def wake(self, platform: str = "") -> None:
        """Ask for a pass from the loop's thread: a platform came up, posts may be waiting for it."""
        self._poked.set()

    async def poke(self) -> None:
        """Ask the pump for a pass (what every job does).

        A coroutine on purpose: APScheduler runs plain functions in a thread pool, and an
        asyncio.Event must be set from the loop's own thread.
        """
        self._poked.set()

    async def tick(self) -> None:
        """Run one pass now, then re-arm the wake-up for the next reminder or retry."""
        await self.service.run_due()
        await self.rearm()
        self.passes += 1

    async def _run_pump(self) -> None:
        while True:
            await self._poked.wait()
            self._poked.clear()
            if self._stopping:
                return
            try:
                await self.tick()
            except Exception:  # one bad pass must not stop the scheduler; the next poke retries
                log.exception("scheduler pass failed")

    def refresh_soon(self) -> None:
        """Rebuild the jobs in the background after a command or deadline change."""
        if not self._stopping:
            task = create_task(self.rebuild(), name="scheduler-rebuild")
            self._rebuilds.add(task)
            task.add_done_callback(self._rebuilds.discard)

    async def rebuild(self) -> None:
        """Make the digest jobs match the enabled schedules, then re-arm the wake-up."""
        wanted: set[str] = set()
        for schedule, channel in await self.service.schedules():
            job_id = f"{DIGEST_PREFIX}{schedule.id}"
            try:
                trigger = build_trigger(parse_spec(schedule.spec), channel.timezone)
            except InputError as exc:
                log.error("schedule %s of %s is unreadable: %s", schedule.id, channel.ref, exc)
                continue
            wanted.add(job_id)
            self.scheduler.add_job(self.poke, trigger, id=job_id, name=channel.ref, replace_existing=True)
        for job in self.scheduler.get_jobs():
            if job.id.startswith(DIGEST_PREFIX) and job.id not in wanted:
                job.remove()
        await self.rearm()

    async def rearm(self) -> None:
        """Point the single wake-up job at the soonest pending reminder or retry."""
        when = await self.service.next_wakeup()
        if when is None:
            with contextlib.suppress(JobLookupError):
                self.scheduler.remove_job(WAKEUP_JOB)
            return
        # APScheduler waits on the system clock; the service may run on a set clock (`--now`),
        # so arm it after the delay the service's clock gives, not at the instant itself.
        delay = max(when - self.service.clock.now(), timedelta(0))
        # No misfire limit: a wake-up that runs late must still run (run_due decides late or skipped).
        self.scheduler.add_job(
            self.poke,
            DateTrigger(run_date=self._system_clock.now() + delay),
            id=WAKEUP_JOB,
            replace_existing=True,
            misfire_grace_time=None,
        )
