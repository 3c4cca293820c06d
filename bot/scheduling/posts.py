"""Compose the post a ledger entry stands for: a channel digest, a reminder, a deadline notice.

Posts are composed when they are sent (and again if a crash makes the ledger resend one), from
the small payload recorded in the ledger; digests cover what changed since the channel's last.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from babel.dates import format_timedelta

from bot.domain.digest import OPEN_STATUSES, Digest
from bot.domain.models import Deadline
from bot.domain.times import from_iso
from bot.ports import Clock, Post
from bot.render.i18n import format_when, phrases
from bot.render.templates import render_template
from bot.services.briefing import BriefingService
from bot.storage.channels import Channel
from bot.storage.deliveries import Delivery
from bot.storage.store import Store

DIGEST_KIND = "daily"
# A digest lists at most this many missed posts by name; the rest are counted.
MAX_NOTES = 10


class PostComposer:
    """Build posts in each channel's language and time zone."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        briefing: BriefingService,
        *,
        default_timezone: str,
        default_language: str,
        templates_dir: Path | None = None,
        grace: timedelta,
    ) -> None:
        self._store = store
        self._clock = clock
        self._briefing = briefing
        self._timezone = default_timezone
        self._language = default_language
        self._templates_dir = templates_dir
        self._grace = grace
        # Lookups shared by one batch of posts (10,000 reminders of one development, say).
        self._titles: dict[int, str] = {}
        self._channels: dict[str, Channel] = {}
        self._open_deadlines: dict[int, list[Deadline]] = {}

    def new_batch(self) -> None:
        """Forget the lookups of the previous batch: titles, channels and deadlines may have changed."""
        self._titles.clear()
        self._channels.clear()
        self._open_deadlines.clear()

    async def channel(self, ref: str, *, cached: bool = False) -> Channel:
        """Return the channel, or defaults for one never configured (`cached`: within a batch)."""
        if cached and ref in self._channels:
            return self._channels[ref]
        found = await self._store.channels.get(ref)
        if found is not None:
            self._channels[ref] = found
            return found
        return Channel(
            0, ref, ref.partition(":")[0], self._timezone, self._language, None, None, None, self._clock.now()
        )

    async def digest(self, channel: Channel, *, notes: list[str] | None = None, late: bool = False) -> Digest:
        """Compose the channel's digest: its followed developments, what changed since its last one."""
        return await self._briefing.brief(
            since=channel.last_digest_at,
            language=channel.language,
            timezone=channel.timezone,
            kind=DIGEST_KIND,
            follows=list(channel.follows) if channel.follows is not None else None,
            notes=notes,
            late=late,
        )

    async def render(self, delivery: Delivery) -> Post:
        """Compose the post of a ledger entry."""
        channel = await self.channel(delivery.channel_ref, cached=True)
        payload = delivery.payload
        if delivery.kind == "digest":
            digest = await self.digest(channel, notes=list(payload.get("notes", [])), late=delivery.late)
            return Post(kind="digest", digest=digest, late=delivery.late)
        if delivery.kind == "reminder":
            return Post(
                kind="reminder",
                text=await self._reminder_text(channel, payload, delivery.late),
                late=delivery.late,
                extra=reminder_extra(payload),
            )
        if delivery.kind == "deadline_changed":
            return Post(
                kind="deadline_changed",
                text=await self._changed_text(channel, payload, delivery.late),
                late=delivery.late,
            )
        if delivery.kind == "text":
            return Post(
                kind=str(payload.get("post_kind", "notice")), text=str(payload["text"]), late=delivery.late
            )
        raise ValueError(f"unknown delivery kind {delivery.kind!r}")

    async def _reminder_text(self, channel: Channel, payload: dict[str, Any], late: bool) -> str:
        deadline = None
        if payload.get("deadline_id") is not None:
            deadline = await self._store.deadlines.get(int(payload["deadline_id"]))
        dev_id = payload.get("development_id") or (deadline.development_id if deadline else None)
        if deadline is None and dev_id is not None:
            if int(dev_id) not in self._open_deadlines:
                every = await self._store.deadlines.of_development(int(dev_id))
                self._open_deadlines[int(dev_id)] = [d for d in every if d.status in OPEN_STATUSES]
            open_ones = self._open_deadlines[int(dev_id)]
            deadline = open_ones[0] if open_ones else None
        title = await self._title(dev_id)
        now = self._clock.now()
        return render_template(
            "reminder",
            templates_dir=self._templates_dir,
            deadline=deadline,
            development_title=title,
            left=(deadline.due_at - now) if deadline else timedelta(0),
            language=channel.language,
            timezone=channel.timezone,
            late=late,
            t=phrases(channel.language),
        )

    async def _changed_text(self, channel: Channel, payload: dict[str, Any], late: bool) -> str:
        deadline = await self._store.deadlines.get(int(payload["deadline_id"]))
        if deadline is None:
            raise ValueError(f"deadline {payload['deadline_id']} is gone")
        old = payload.get("old_due_at")
        return render_template(
            "deadline_changed",
            templates_dir=self._templates_dir,
            deadline=deadline,
            old_due_at=from_iso(old) if old else None,
            development_title=await self._title(deadline.development_id),
            evidence=payload.get("evidence"),
            language=channel.language,
            timezone=channel.timezone,
            late=late,
            t=phrases(channel.language),
        )

    async def _title(self, development_id: Any) -> str:
        if development_id is None:
            return "?"
        key = int(development_id)
        if key not in self._titles:
            dev = await self._store.developments.get(key)
            self._titles[key] = dev.title if dev else f"#{key}"
        return self._titles[key]

    async def skipped_notes(self, channel: Channel, skipped: list[Delivery]) -> list[str]:
        """Say, in the channel's language, which posts were missed while sitrep was down."""
        t = phrases(channel.language)
        notes = []
        for entry in skipped[:MAX_NOTES]:
            when = format_when(entry.due_at, channel.language, channel.timezone) if entry.due_at else "?"
            if entry.kind == "digest":
                count = int(entry.payload.get("count", 1))
                if count > 1:
                    first = from_iso(str(entry.payload["first"]))
                    when = t["runs_between"].format(
                        count=count, first=format_when(first, channel.language, channel.timezone), last=when
                    )
                coalesced = entry.payload.get("reason") == "coalesced"
                template = t["coalesced_digest"] if coalesced else t["skipped_digest"]
                notes.append(
                    template.format(when=when, grace=format_timedelta(self._grace, locale=channel.language))
                )
            else:
                notes.append(
                    t["skipped_reminder"].format(
                        when=when,
                        what=entry.payload.get("what", "?"),
                        development=entry.payload.get("development", "?"),
                    )
                )
        if len(skipped) > MAX_NOTES:
            notes.append(t["more_missed"].format(count=len(skipped) - MAX_NOTES))
        return notes

    def when(self, instant: datetime, channel: Channel) -> str:
        """Format an instant in the channel's zone and language."""
        return format_when(instant, channel.language, channel.timezone)


def reminder_extra(payload: dict[str, Any]) -> dict[str, str]:
    """Name the reminder and development a reminder post is about, for its snooze / stop buttons."""
    return {
        name: str(int(payload[name]))
        for name in ("reminder_id", "development_id")
        if payload.get(name) is not None
    }
