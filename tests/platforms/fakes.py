"""In-memory FeedCommands and ScheduleCommands that the Discord and Slack tests both build on.

Each platform's tests subclass these for what they check differently (URL checks, canned
pages, how a reminder time is read, snoozes).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.domain.digest import Digest
from bot.errors import InputError
from bot.ports import Clock, FeedView, ScheduleView
from bot.services.briefing import BriefingService


class MemoryFeeds:
    """Feed subscriptions in a dict; subclasses say how `ingest_url` answers."""

    def __init__(self) -> None:
        self.feeds: dict[int, FeedView] = {}

    async def add(self, channel_ref: str, url: str) -> FeedView:
        """Subscribe a channel."""
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


class MemorySchedules:
    """Digest schedules in a dict; digests come from the real briefing service."""

    def __init__(self, briefing: BriefingService, clock: Clock) -> None:
        self.schedules: dict[str, ScheduleView] = {}
        self._briefing = briefing
        self._clock = clock

    def check_spec(self, spec: str) -> None:
        """Refuse a schedule the platform's tests treat as unreadable (all are read by default)."""

    async def set_digest(
        self, channel_ref: str, spec: str, *, timezone: str | None = None, language: str | None = None
    ) -> ScheduleView:
        """Store the schedule, due an hour from now."""
        self.check_spec(spec)
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
