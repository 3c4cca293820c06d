"""The scheduling service: what is due, what was missed, and what to say about it.

The database is the source of truth: `run_due` reads it and works out which digest runs and
reminders are due at the clock's time, so APScheduler only has to wake it up, and a restart
(or a test moving a settable clock) finds exactly the same work.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.domain.models import Deadline
from bot.domain.schedule_spec import parse_spec
from bot.domain.times import from_iso, to_iso
from bot.errors import InputError
from bot.ports import Clock, Outbox, Post
from bot.render.i18n import phrases
from bot.scheduling.commands import DigestCommands
from bot.scheduling.ledger import DeliveryLedger, StageHook
from bot.scheduling.planning import CLOSED_STATUSES
from bot.scheduling.posts import PostComposer
from bot.scheduling.triggers import build_trigger, next_run, runs_between
from bot.services.briefing import BriefingService
from bot.settings import Settings
from bot.storage.channels import Channel, platform_of
from bot.storage.deliveries import Delivery
from bot.storage.reminders import Reminder
from bot.storage.schedules import Schedule
from bot.storage.store import Store

log = logging.getLogger(__name__)

# A post sent more than this after its time was held up by downtime: it says it is late.
LATE_AFTER = timedelta(minutes=1)


@dataclass(slots=True)
class RunReport:
    """What one pass of `run_due` did."""

    recorded: int = 0
    skipped: int = 0
    cancelled: int = 0
    sent: int = 0


class SchedulingService(DigestCommands):
    """Implement `ScheduleCommands` and `DeadlineObserver`, and run what is due."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        briefing: BriefingService,
        outboxes: dict[str, Outbox],
        settings: Settings,
        *,
        stage_hook: StageHook | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.clock = clock
        self._settings = settings
        self.grace = timedelta(minutes=settings.grace_minutes)
        self.offsets = [timedelta(minutes=m) for m in settings.reminder_offsets_minutes]
        self.composer = PostComposer(
            store,
            clock,
            briefing,
            default_timezone=settings.timezone,
            default_language=settings.language,
            templates_dir=settings.templates_dir,
            grace=self.grace,
        )
        self.ledger = DeliveryLedger(
            store,
            clock,
            outboxes,
            render=self.composer.render,
            after_sent=self._after_sent,
            after_reconciled=self._after_reconciled,
            give_up=self._give_up,
            stage_hook=stage_hook,
        )
        self.ledger.on_pass = self.composer.new_batch
        self._run_lock = asyncio.Lock()

    # --- What is due -------------------------------------------------------------------

    async def run_due(self) -> RunReport:
        """Record due reminders and digest runs (late, or skipped past grace), then send what is owed."""
        async with self._run_lock:
            report = RunReport()
            now = self._clock.now()
            await self._due_reminders(now, report)
            await self._due_digests(now, report)
            report.sent = await self.ledger.flush()
            return report

    async def post_text(self, channel_ref: str, key: str, text: str, *, kind: str = "notice") -> bool:
        """Post a text through the ledger, once per `key` (e.g. a feed's new-article notice).

        Returns False when that key was already recorded (it is then not posted again).
        """
        platform_of(channel_ref)
        async with self._store.transaction():
            created = await self.ledger.record(
                key=f"text:{key}",
                channel_ref=channel_ref,
                kind="text",
                payload={"text": text, "post_kind": kind},
                due_at=self._clock.now(),
            )
        if created:
            await self.ledger.flush()
        return created

    async def next_wakeup(self) -> datetime | None:
        """Return when something is next due: a reminder, a retry, or a digest run."""
        platforms = self.ledger.platforms()
        times = [
            await self._store.reminders.next_fire_at(platforms),
            await self._store.deliveries.next_retry_at(platforms),
        ]
        for schedule, channel in await self.schedules():
            if self.ledger.can_post(channel.ref):
                try:
                    trigger = build_trigger(parse_spec(schedule.spec), channel.timezone)
                except InputError:
                    continue
                times.append(next_run(trigger, schedule.last_run_at or schedule.created_at))
        found = [t for t in times if t is not None]
        return min(found) if found else None

    async def schedules(self) -> list[tuple[Schedule, Channel]]:
        """Return the enabled schedules with their channels (the runner builds a job for each)."""
        out = []
        for schedule in await self._store.schedules.enabled():
            channel = await self._store.channels.by_id(schedule.channel_id)
            if channel is not None:
                out.append((schedule, channel))
        return out

    async def _due_reminders(self, now: datetime, report: RunReport) -> None:
        while True:
            channels: dict[int, Channel | None] = {}
            # Read and take the batch in one transaction: a reminder cancelled meanwhile stays cancelled.
            async with self._store.transaction():
                due = await self._store.reminders.due(now, self.ledger.platforms())
                for reminder in due:
                    if reminder.channel_id not in channels:
                        channels[reminder.channel_id] = await self._store.channels.by_id(reminder.channel_id)
                    await self._take_reminder(reminder, channels[reminder.channel_id], now, report)
            if not due:
                return

    async def _take_reminder(
        self, reminder: Reminder, channel: Channel | None, now: datetime, report: RunReport
    ) -> None:
        deadline = await self._store.deadlines.get(reminder.deadline_id) if reminder.deadline_id else None
        gone = channel is None or channel.disabled is not None
        if gone or (
            reminder.kind != "changed" and deadline is not None and deadline.status in CLOSED_STATUSES
        ):
            await self._store.reminders.set_status(reminder.id, "cancelled")
            report.cancelled += 1
            return
        late_by = now - reminder.fire_at
        development_id = reminder.development_id or (deadline.development_id if deadline else None)
        payload: dict[str, Any] = {
            "reminder_id": reminder.id,
            "deadline_id": reminder.deadline_id,
            "development_id": development_id,
        }
        kind = "reminder"
        if reminder.kind == "changed":
            kind = "deadline_changed"
            payload.update(_note(reminder.note))
        skipped = late_by > self.grace
        if skipped:
            dev = await self._store.developments.get(development_id) if development_id else None
            payload["what"] = deadline.what if deadline else (dev.title if dev else "?")
            payload["development"] = dev.title if dev else "?"
        await self.ledger.record(
            key=_reminder_key(reminder, deadline),
            channel_ref=reminder.channel_ref,
            kind=kind,
            payload=payload,
            due_at=reminder.fire_at,
            late=late_by > LATE_AFTER,
            skipped=skipped,
        )
        await self._store.reminders.set_status(reminder.id, "skipped" if skipped else "sent")
        if skipped:
            report.skipped += 1
            log.warning(
                "reminder %s for %s was missed by %s; skipped", reminder.id, reminder.channel_ref, late_by
            )
        else:
            report.recorded += 1

    async def _due_digests(self, now: datetime, report: RunReport) -> None:
        for schedule, channel in await self.schedules():
            if not self.ledger.can_post(channel.ref):
                continue  # its platform is not running: the runs stay owed until it is
            try:
                trigger = build_trigger(parse_spec(schedule.spec), channel.timezone)
            except InputError as exc:
                log.error("schedule %s of %s is unreadable: %s", schedule.id, channel.ref, exc)
                continue
            runs = runs_between(trigger, schedule.last_run_at or schedule.created_at, now)
            if not runs:
                continue
            latest = runs[-1]
            in_grace = now - latest <= self.grace
            async with self._store.transaction():
                # Missed runs coalesce into one: the older ones are noted (as one line), never posted.
                if len(runs) > 1:
                    reason = "coalesced" if in_grace else "beyond_grace"
                    await self._skip_digest(channel, runs[-2], reason, first=runs[0], count=len(runs) - 1)
                    report.skipped += len(runs) - 1
                if in_grace:
                    skipped = await self._store.deliveries.skipped_unreported(channel.ref)
                    await self.ledger.record(
                        key=_digest_key(channel.ref, latest),
                        channel_ref=channel.ref,
                        kind="digest",
                        payload={
                            "run": to_iso(latest),
                            "notes": await self.composer.skipped_notes(channel, skipped),
                        },
                        due_at=latest,
                        late=now - latest > LATE_AFTER,
                    )
                    await self._store.deliveries.mark_reported([d.id for d in skipped], now)
                    report.recorded += 1
                else:
                    await self._skip_digest(channel, latest, "beyond_grace")
                    report.skipped += 1
                    log.warning("digest of %s due %s was missed beyond grace; skipped", channel.ref, latest)
                await self._store.schedules.set_last_run(schedule.id, latest)

    async def _skip_digest(
        self, channel: Channel, run: datetime, reason: str, *, first: datetime | None = None, count: int = 1
    ) -> None:
        await self.ledger.record(
            key=_digest_key(channel.ref, run),
            channel_ref=channel.ref,
            kind="digest",
            payload={"run": to_iso(run), "reason": reason, "first": to_iso(first or run), "count": count},
            due_at=run,
            skipped=True,
        )

    async def _after_sent(self, delivery: Delivery, post: Post) -> None:
        """Move a channel's "changed since" watermark once its digest is out."""
        if delivery.kind == "digest" and post.digest is not None:
            await self._store.channels.set_last_digest(delivery.channel_ref, post.digest.generated_at)

    async def _after_reconciled(self, delivery: Delivery) -> None:
        """Move the watermark for a digest found already posted after a crash."""
        composed_at = delivery.payload.get("composed_at")
        if delivery.kind == "digest" and composed_at:
            await self._store.channels.set_last_digest(delivery.channel_ref, from_iso(str(composed_at)))

    async def _give_up(self, delivery: Delivery, reason: str, permanent: bool) -> None:
        """Disable a channel the platform refuses for good, and tell an admin where possible."""
        if not permanent:
            return
        channel = await self._store.channels.get(delivery.channel_ref)
        if channel is None:
            return
        async with self._store.transaction():
            await self._store.channels.set_disabled(channel.id, reason)
            await self._store.schedules.set_enabled(channel.id, False)
        text = phrases(channel.language)["disabled"].format(channel=channel.ref, reason=reason)
        if not await self.ledger.notify_admin(channel.ref, text):
            log.error("%s (no admin could be told through %s)", text, channel.platform)
        self._changed()


def _digest_key(channel_ref: str, run: datetime) -> str:
    return f"digest:{channel_ref}:{to_iso(run)}"


def _reminder_key(reminder: Reminder, deadline: Deadline | None) -> str:
    """Key a reminder by what it is about: a deadline's offset and due time, or the reminder row."""
    if reminder.kind == "offset" and deadline is not None and reminder.offset_s is not None:
        due = to_iso(reminder.fire_at + timedelta(seconds=reminder.offset_s))
        return f"reminder:{reminder.channel_ref}:deadline:{deadline.id}:T-{reminder.offset_s}s:{due}"
    return f"{reminder.kind}:{reminder.channel_ref}:{reminder.id}"


def _note(note: str | None) -> dict[str, Any]:
    if not note:
        return {}
    try:
        value = json.loads(note)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
