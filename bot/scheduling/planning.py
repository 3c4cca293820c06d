"""Plan deadline reminders for the channels that follow a development, and move them with it.

Reminders and "deadline changed" notices are rows in the database; the scheduler's next pass
sends them, whichever process (the bot, `sitrep ingest`) stored the deadline change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.domain.digest import OPEN_STATUSES
from bot.domain.models import Deadline, DeadlineStatus
from bot.domain.reminders import plan_reminders
from bot.domain.times import to_iso
from bot.ports import Clock
from bot.storage.channels import Channel
from bot.storage.store import Store

CLOSED_STATUSES = frozenset({DeadlineStatus.MET, DeadlineStatus.CANCELLED, DeadlineStatus.BROKEN})


class ReminderPlanning:
    """The `DeadlineObserver` part of the scheduling service."""

    _store: Store
    _clock: Clock
    offsets: list[timedelta]
    # The runner sets this to rebuild its jobs when a schedule or reminder changes.
    on_change: Callable[[], None] | None = None

    async def deadline_changed(self, deadline: Deadline, old_due_at: datetime | None) -> None:
        """Plan reminders for a new deadline; re-plan a moved one; cancel a met or cancelled one."""
        now = self._clock.now()
        channels = [
            c
            for c in await self._store.channels.with_schedule()
            if c.follows_development(deadline.development_id)
        ]
        moved = old_due_at is not None and old_due_at != deadline.due_at
        history = await self._store.deadlines.history(deadline.id)
        evidence = history[-1]["evidence"] if history else None
        async with self._store.transaction():
            if deadline.status in CLOSED_STATUSES:
                for reminder in await self._store.reminders.pending_of_deadline(deadline.id):
                    if reminder.kind != "changed":
                        await self._store.reminders.set_status(reminder.id, "cancelled")
                for channel in channels:
                    await self._notice(channel, deadline, old_due_at, evidence, now)
            elif deadline.status in OPEN_STATUSES:
                if moved:
                    for reminder in await self._store.reminders.pending_of_deadline(deadline.id):
                        if reminder.kind == "offset":
                            await self._store.reminders.set_status(reminder.id, "cancelled")
                        elif reminder.kind == "custom" and reminder.offset_s is not None:
                            await self._store.reminders.move(
                                reminder.id, deadline.due_at - timedelta(seconds=reminder.offset_s)
                            )
                    for channel in channels:
                        await self._notice(channel, deadline, old_due_at, evidence, now)
                dev = await self._store.developments.get(deadline.development_id)
                quiet = dev is None or dev.muted or dev.closed  # digests leave these out too
                if (old_due_at is None or moved) and not quiet:
                    for channel in channels:
                        await self._plan(channel, deadline, now)
            # EXPIRED: the reminder at the deadline has fired (or fires now); nothing to re-plan.
        self._changed()

    async def _plan(self, channel: Channel, deadline: Deadline, now: datetime) -> None:
        if await self._store.reminders.stopped(channel.id, deadline.id):
            return  # someone pressed "stop reminding" for this deadline here; a move does not undo it
        for planned in plan_reminders(deadline, self.offsets, now):
            await self._store.reminders.add(
                channel_id=channel.id,
                kind="offset",
                fire_at=planned.fire_at,
                now=now,
                development_id=deadline.development_id,
                deadline_id=deadline.id,
                offset_s=int(planned.offset.total_seconds()),
            )

    async def _notice(
        self,
        channel: Channel,
        deadline: Deadline,
        old_due_at: datetime | None,
        evidence: str | None,
        now: datetime,
    ) -> None:
        note = {
            "old_due_at": to_iso(old_due_at) if old_due_at else None,
            "evidence": evidence,
            "status": deadline.status.value,
        }
        await self._store.reminders.add(
            channel_id=channel.id,
            kind="changed",
            fire_at=now,
            now=now,
            development_id=deadline.development_id,
            deadline_id=deadline.id,
            note=json.dumps(note, ensure_ascii=False),
        )

    async def _plan_channel(self, channel: Channel, now: datetime) -> None:
        """Plan reminders for every open deadline a channel follows (when its digest is set)."""
        for dev in await self._store.developments.all(include_closed=False):
            if dev.muted or not channel.follows_development(dev.id):
                continue
            for deadline in await self._store.deadlines.of_development(dev.id):
                await self._plan(channel, deadline, now)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
