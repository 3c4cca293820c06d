"""Discord's in-memory feeds and scheduling services, on the shared ones of tests/platforms/fakes.py."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.models import ArticleInput
from bot.errors import InputError
from bot.inputs import parse_when
from bot.ports import Clock, FeedView, ReminderView
from bot.services.briefing import BriefingService
from bot.services.ingest import IngestResult, IngestService
from tests.platforms.fakes import MemoryFeeds, MemorySchedules


class FakeFeeds(MemoryFeeds):
    """Feed subscriptions in a dict; `ingest_url` ingests canned text for the URL."""

    def __init__(self, ingest: IngestService, pages: dict[str, str] | None = None) -> None:
        super().__init__()
        self.pages = pages or {}
        self._ingest = ingest

    async def add(self, channel_ref: str, url: str) -> FeedView:
        """Subscribe a channel to an http(s) URL."""
        if not url.startswith(("http://", "https://")):
            raise InputError(f"{url!r} is not an http(s) URL")
        return await super().add(channel_ref, url)

    async def ingest_url(self, url: str) -> IngestResult:
        """Ingest the canned page for `url`."""
        if url not in self.pages:
            raise InputError(f"cannot fetch {url}")
        if self.pages[url] == "BUG":
            raise RuntimeError("a bug in the feeds service")
        return await self._ingest.ingest(ArticleInput(text=self.pages[url], url=url, title="From the web"))


class FakeSchedules(MemorySchedules):
    """Schedules and reminders in dicts; digests come from the real briefing service."""

    def __init__(self, briefing: BriefingService, clock: Clock) -> None:
        super().__init__(briefing, clock)
        self.reminders: dict[int, ReminderView] = {}
        self.stopped: list[int] = []
        self.snoozes = 0

    def check_spec(self, spec: str) -> None:
        """Accept "daily HH:MM" only."""
        if not spec.startswith("daily "):
            raise InputError(f'cannot read the schedule {spec!r}; try "daily 08:00"')

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
