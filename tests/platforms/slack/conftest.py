"""Fixtures: in-memory feeds and schedules, the Slack platform in both modes.

The fake Slack and its SDK client (`fake_slack`, `slack_client`) are in tests/platforms/conftest.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.domain.digest import Digest
from bot.errors import InputError
from bot.platforms.slack.run import SlackConfig, SlackPlatform
from bot.ports import FeedView, ReminderView, ScheduleView
from bot.services.ingest import IngestResult
from tests.platforms.slack.fake_slack import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, FakeSlack


class MemoryFeeds:
    """FeedCommands over a dict: what the Slack adapter needs from the feeds layer."""

    def __init__(self, app: App) -> None:
        self._app = app
        self.feeds: dict[int, FeedView] = {}
        self.fetched: list[str] = []

    async def add(self, channel_ref: str, url: str) -> FeedView:
        view = FeedView(len(self.feeds) + 1, url, None, (channel_ref,), None, None, 0, None)
        self.feeds[view.id] = view
        return view

    async def list(self, channel_ref: str | None = None) -> list[FeedView]:
        return [v for v in self.feeds.values() if channel_ref is None or channel_ref in v.channels]

    async def remove(self, channel_ref: str | None, feed_id: int) -> None:
        if feed_id not in self.feeds:
            raise InputError(f"no feed with id {feed_id}")
        del self.feeds[feed_id]

    async def ingest_url(self, url: str) -> IngestResult:
        self.fetched.append(url)
        return IngestResult(title="Fetched page", language="en", article_id=99)


@dataclass
class Fired:
    """A reminder the fake scheduler was asked to set."""

    channel_ref: str
    development_id: int
    when: str


class MemorySchedules:
    """ScheduleCommands over a dict; `digest_now` composes a real briefing from the app."""

    def __init__(self, app: App) -> None:
        self._app = app
        self.schedules: dict[str, ScheduleView] = {}
        self.reminders: list[Fired] = []

    async def set_digest(
        self, channel_ref: str, spec: str, *, timezone: str | None = None, language: str | None = None
    ) -> ScheduleView:
        if spec == "sometimes":
            raise InputError('cannot read the schedule "sometimes"')
        view = ScheduleView(
            channel_ref,
            spec,
            timezone or "UTC",
            language or "en",
            True,
            self._app.clock.now() + timedelta(hours=1),
        )
        self.schedules[channel_ref] = view
        return view

    async def show_digest(self, channel_ref: str) -> ScheduleView | None:
        return self.schedules.get(channel_ref)

    async def digest_off(self, channel_ref: str) -> None:
        if channel_ref in self.schedules:
            self.schedules[channel_ref] = replace(self.schedules[channel_ref], enabled=False)

    async def digest_now(self, channel_ref: str) -> Digest:
        return await self._app.briefing.brief(kind="daily")

    async def remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        self.reminders.append(Fired(channel_ref, development_id, when))
        fire_at: datetime = self._app.clock.now() + timedelta(hours=1)
        return ReminderView(len(self.reminders), development_id, fire_at, "UTC")


@pytest.fixture
def wired(app: App) -> App:
    """The app with in-memory feeds and schedules in its slots."""
    app.feeds = MemoryFeeds(app)
    app.schedules = MemorySchedules(app)
    return app


@pytest.fixture
async def socket_platform(
    wired: App, fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> AsyncIterator[SlackPlatform]:
    """The Slack platform connected to the fake in Socket Mode."""
    platform = SlackPlatform(
        wired, SlackConfig(BOT_TOKEN, "socket", app_token=APP_TOKEN), client=slack_client
    )
    await platform.start()
    await fake_slack.hello_sent.wait()
    yield platform
    await platform.stop()


@pytest.fixture
async def http_platform(wired: App, slack_client: AsyncWebClient) -> AsyncIterator[SlackPlatform]:
    """The Slack platform serving signed HTTP requests on a free loopback port."""
    config = SlackConfig(BOT_TOKEN, "http", signing_secret=SIGNING_SECRET, host="127.0.0.1", port=0)
    platform = SlackPlatform(wired, config, client=slack_client)
    await platform.start()
    yield platform
    await platform.stop()
