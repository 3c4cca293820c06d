"""In-memory stand-ins for the feeds and scheduling services (the Protocols of bot.ports)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.domain.digest import Digest
from bot.domain.models import ArticleInput
from bot.errors import InputError
from bot.inputs import parse_when
from bot.ports import Clock, FeedView, ReminderView, ScheduleView
from bot.services.briefing import BriefingService
from bot.services.ingest import IngestResult, IngestService


class FakeFeeds:
    """Feed subscriptions in a dict; `ingest_url` ingests canned text for the URL."""

    def __init__(self, ingest: IngestService, pages: dict[str, str] | None = None) -> None:
        self.feeds: dict[int, FeedView] = {}
        self.pages = pages or {}
        self._ingest = ingest

    async def add(self, channel_ref: str, url: str) -> FeedView:
        """Subscribe a channel."""
        if not url.startswith(("http://", "https://")):
            raise InputError(f"{url!r} is not an http(s) URL")
        view = FeedView(len(self.feeds) + 1, url, None, (channel_ref,), None, None, 0, None)
        self.feeds[view.id] = view
        return view

    async def list(self, channel_ref: str | None = None) -> list[FeedView]:
        """A channel's feeds, or all."""
        return [f for f in self.feeds.values() if channel_ref is None or channel_ref in f.channels]

    async def remove(self, channel_ref: str | None, feed_id: int) -> None:
        """Unsubscribe."""
        if feed_id not in self.feeds:
            raise InputError(f"no feed with id {feed_id}")
        del self.feeds[feed_id]

    async def ingest_url(self, url: str) -> IngestResult:
        """Ingest the canned page for `url`."""
        if url not in self.pages:
            raise InputError(f"cannot fetch {url}")
        if self.pages[url] == "BUG":
            raise RuntimeError("a bug in the feeds service")
        return await self._ingest.ingest(ArticleInput(text=self.pages[url], url=url, title="From the web"))


class FakeSchedules:
    """Schedules and reminders in dicts; digests come from the real briefing service."""

    def __init__(self, briefing: BriefingService, clock: Clock) -> None:
        self.schedules: dict[str, ScheduleView] = {}
        self.reminders: dict[int, ReminderView] = {}
        self.stopped: list[int] = []
        self.snoozes = 0
        self._briefing = briefing
        self._clock = clock

    async def set_digest(
        self, channel_ref: str, spec: str, *, timezone: str | None = None, language: str | None = None
    ) -> ScheduleView:
        """Accept "daily HH:MM" only."""
        if not spec.startswith("daily "):
            raise InputError(f'cannot read the schedule {spec!r}; try "daily 08:00"')
        view = ScheduleView(
            channel_ref,
            spec,
            timezone or "UTC",
            language or "en",
            True,
            self._clock.now() + timedelta(hours=1),
        )
        self.schedules[channel_ref] = view
        return view

    async def show_digest(self, channel_ref: str) -> ScheduleView | None:
        """The channel's schedule."""
        return self.schedules.get(channel_ref)

    async def digest_off(self, channel_ref: str) -> None:
        """Disable it."""
        if channel_ref in self.schedules:
            self.schedules[channel_ref] = replace(self.schedules[channel_ref], enabled=False)

    async def digest_now(self, channel_ref: str) -> Digest:
        """Compose the digest with the real briefing service."""
        return await self._briefing.brief(kind="daily")

    async def remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        """Accept an ISO time only, and ask about anything else."""
        try:
            fire_at: datetime = parse_when(when, "when")
        except InputError:
            raise InputError(f"when is {when!r}? Give a date and time, e.g. 2026-02-01T09:00") from None
        view = ReminderView(len(self.reminders) + 1, development_id, fire_at, "Europe/Madrid")
        self.reminders[view.id] = view
        return view

    async def snooze(self, reminder_id: int, minutes: int) -> ReminderView:
        """Move a reminder later."""
        self.snoozes += 1
        view = ReminderView(reminder_id, 1, self._clock.now() + timedelta(minutes=minutes), "UTC")
        self.reminders[reminder_id] = view
        return view

    async def stop_reminding(self, reminder_id: int) -> None:
        """Record the stop."""
        self.stopped.append(reminder_id)
