"""The `ScheduleCommands` part of the scheduling service: `/digest set|show|off|now|follow`, `/remind`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.domain.digest import OPEN_STATUSES, Digest
from bot.domain.schedule_spec import check_timezone, parse_spec
from bot.errors import InputError
from bot.ports import ReminderView, ScheduleView
from bot.scheduling.planning import ReminderPlanning
from bot.scheduling.posts import PostComposer
from bot.scheduling.triggers import build_trigger, next_run
from bot.scheduling.when import parse_reminder_time
from bot.settings import Settings
from bot.storage.channels import Channel, platform_of

LANGUAGES = ("es", "en")
# A snooze is at most a week: a longer one is a mistyped number, not a wish.
MAX_SNOOZE_MINUTES = 7 * 24 * 60
# The reminders "stop reminding" cancels; "deadline changed" notices still go out.
STOPPABLE_KINDS = ("offset", "custom")


class DigestCommands(ReminderPlanning):
    """Set, show and stop a channel's digest, choose what it follows, and add reminders."""

    _settings: Settings
    composer: PostComposer

    async def set_digest(
        self, channel_ref: str, spec: str, *, timezone: str | None = None, language: str | None = None
    ) -> ScheduleView:
        """Set a channel's schedule ("daily 08:00", "weekdays 07:30", "every 6h", cron)."""
        platform_of(channel_ref)
        parsed = parse_spec(spec)
        existing = await self._store.channels.get(channel_ref)
        zone = (
            check_timezone(timezone)
            if timezone
            else (existing.timezone if existing else self._settings.timezone)
        )
        if language is not None and language not in LANGUAGES:
            raise InputError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        lang = language or (existing.language if existing else self._settings.language)
        build_trigger(parsed, zone)  # reject a cron expression APScheduler cannot run, before saving
        now = self._clock.now()
        async with self._store.transaction():
            channel = await self._store.channels.ensure(channel_ref, timezone=zone, language=lang, now=now)
            await self._store.channels.update(channel.id, timezone=zone, language=lang)
            await self._store.channels.set_disabled(channel.id, None)
            await self._store.schedules.put(channel.id, parsed.text, now)
            channel = await self._store.channels.ensure(channel_ref, timezone=zone, language=lang, now=now)
            await self._plan_channel(channel, now)
        self._changed()
        view = await self.show_digest(channel_ref)
        assert view is not None
        return view

    async def show_digest(self, channel_ref: str) -> ScheduleView | None:
        """Return a channel's schedule, with its next run."""
        channel = await self._store.channels.get(channel_ref)
        if channel is None:
            return None
        schedule = await self._store.schedules.of_channel(channel.id)
        if schedule is None:
            return None
        enabled = schedule.enabled and channel.disabled is None
        upcoming = None
        if enabled:
            upcoming = next_run(build_trigger(parse_spec(schedule.spec), channel.timezone), self._clock.now())
        return ScheduleView(
            channel.ref, schedule.spec, channel.timezone, channel.language, enabled, upcoming, channel.follows
        )

    async def follow(self, channel_ref: str, development_ids: list[int] | None) -> ScheduleView | None:
        """Make a channel follow chosen developments (None: all); its reminders are re-planned."""
        platform_of(channel_ref)
        for dev_id in development_ids or []:
            if await self._store.developments.get(dev_id) is None:
                raise InputError(f"no development with id {dev_id}")
        now = self._clock.now()
        defaults = await self.composer.channel(channel_ref)
        async with self._store.transaction():
            channel = await self._store.channels.ensure(
                channel_ref, timezone=defaults.timezone, language=defaults.language, now=now
            )
            await self._store.channels.update(
                channel.id, follows=tuple(development_ids) if development_ids is not None else None
            )
            for reminder in await self._store.reminders.pending_of_channel(channel.id):
                if reminder.kind == "offset":
                    await self._store.reminders.set_status(reminder.id, "cancelled")
            schedule = await self._store.schedules.of_channel(channel.id)
            if schedule is not None and schedule.enabled:
                updated = await self._store.channels.get(channel_ref)
                assert updated is not None
                await self._plan_channel(updated, now)
        self.composer.new_batch()
        self._changed()
        return await self.show_digest(channel_ref)

    async def digest_off(self, channel_ref: str) -> None:
        """Turn a channel's digest (and its deadline reminders) off."""
        channel = await self._store.channels.get(channel_ref)
        schedule = await self._store.schedules.of_channel(channel.id) if channel else None
        if channel is None or schedule is None:
            raise InputError(f"{channel_ref} has no digest to turn off")
        async with self._store.transaction():
            await self._store.schedules.set_enabled(channel.id, False)
            for reminder in await self._store.reminders.pending_of_channel(channel.id):
                if reminder.kind == "offset":
                    await self._store.reminders.set_status(reminder.id, "cancelled")
        self._changed()

    async def digest_now(self, channel_ref: str) -> Digest:
        """Compose the channel's digest now: what changed since its last one (which it does not move)."""
        platform_of(channel_ref)
        return await self.composer.digest(await self.composer.channel(channel_ref))

    async def preview_remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        """Read a reminder time without saving it (id 0): for a platform that asks to confirm first."""
        channel, resolved = await self._resolve_remind(channel_ref, development_id, when)
        return ReminderView(0, development_id, resolved.fire_at, channel.timezone)

    async def remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        """Add a reminder at a natural-language time (es or en)."""
        channel, resolved = await self._resolve_remind(channel_ref, development_id, when)
        now = self._clock.now()
        async with self._store.transaction():
            saved = await self._store.channels.ensure(
                channel_ref, timezone=channel.timezone, language=channel.language, now=now
            )
            reminder_id = await self._store.reminders.add(
                channel_id=saved.id,
                kind="custom",
                fire_at=resolved.fire_at,
                now=now,
                development_id=development_id,
                deadline_id=resolved.deadline_id,
                offset_s=int(resolved.offset.total_seconds()) if resolved.offset is not None else None,
                note=when,
            )
        assert reminder_id is not None
        self._changed()
        return ReminderView(reminder_id, development_id, resolved.fire_at, channel.timezone)

    async def snooze(self, reminder_id: int, minutes: int) -> ReminderView:
        """Remind the reminder's channel again `minutes` from now (a snooze button)."""
        if not 0 < minutes <= MAX_SNOOZE_MINUTES:
            raise InputError(f"a snooze lasts 1 to {MAX_SNOOZE_MINUTES} minutes, not {minutes}")
        reminder = await self._store.reminders.get(reminder_id)
        if reminder is None:
            raise InputError(f"no reminder with id {reminder_id}")
        deadline = await self._store.deadlines.get(reminder.deadline_id) if reminder.deadline_id else None
        development_id = reminder.development_id or (deadline.development_id if deadline else None)
        if development_id is None:
            raise InputError(f"reminder {reminder_id} is about no development, so it cannot be snoozed")
        channel = await self.composer.channel(reminder.channel_ref)
        now = self._clock.now()
        fire_at = now + timedelta(minutes=minutes)
        async with self._store.transaction():
            # The snoozed reminder keeps its deadline: it is cancelled with it, and "stop" reaches it.
            new_id = await self._store.reminders.add(
                channel_id=reminder.channel_id,
                kind="custom",
                fire_at=fire_at,
                now=now,
                development_id=development_id,
                deadline_id=reminder.deadline_id,
                note=f"snoozed reminder {reminder_id} for {minutes} min",
            )
        assert new_id is not None
        self._changed()
        return ReminderView(new_id, development_id, fire_at, channel.timezone)

    async def stop_reminding(self, reminder_id: int) -> None:
        """Cancel this reminder and the later pending ones of its deadline (or development) in its channel."""
        reminder = await self._store.reminders.get(reminder_id)
        if reminder is None:
            raise InputError(f"no reminder with id {reminder_id}")
        async with self._store.transaction():
            if reminder.deadline_id is not None:
                await self._store.reminders.stop(reminder.id)  # remembered when the deadline moves
            elif reminder.status == "pending":
                await self._store.reminders.set_status(reminder.id, "cancelled")
            for later in await self._store.reminders.pending_of_channel(reminder.channel_id):
                same = (
                    later.deadline_id == reminder.deadline_id
                    if reminder.deadline_id is not None
                    else later.deadline_id is None and later.development_id == reminder.development_id
                )
                if same and later.kind in STOPPABLE_KINDS and later.fire_at >= reminder.fire_at:
                    await self._store.reminders.set_status(later.id, "cancelled")
        self._changed()

    async def _resolve_remind(self, channel_ref: str, development_id: int, when: str) -> tuple[Channel, Any]:
        platform_of(channel_ref)
        dev = await self._store.developments.get(development_id)
        if dev is None:
            raise InputError(f"no development with id {development_id}")
        channel = await self.composer.channel(channel_ref)
        now = self._clock.now()
        ahead = [
            d
            for d in await self._store.deadlines.of_development(development_id)
            if d.status in OPEN_STATUSES and d.due_at > now
        ]
        resolved = parse_reminder_time(
            when, now=now, timezone=channel.timezone, deadline=ahead[0] if ahead else None
        )
        return channel, resolved
