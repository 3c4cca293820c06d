"""Fixtures: in-memory feeds and schedules, the Slack platform in both modes.

The fake Slack and its SDK client (`fake_slack`, `slack_client`) are in tests/platforms/conftest.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.errors import InputError
from bot.platforms.slack.run import SlackConfig, SlackPlatform
from bot.ports import ReminderView
from bot.services.ingest import IngestResult
from tests.platforms.fakes import MemoryFeeds, MemorySchedules
from tests.platforms.slack.fake_slack import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, FakeSlack


class SlackFeeds(MemoryFeeds):
    """FeedCommands over a dict: what the Slack adapter needs from the feeds layer."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.fetched: list[str] = []

    async def ingest_url(self, url: str) -> IngestResult:
        self.fetched.append(url)
        return IngestResult(title="Fetched page", language="en", article_id=99)


@dataclass
class Fired:
    """A reminder the fake scheduler was asked to set."""

    channel_ref: str
    development_id: int
    when: str


class SlackSchedules(MemorySchedules):
    """ScheduleCommands over a dict; `digest_now` composes a real briefing from the app."""

    def __init__(self, app: App) -> None:
        super().__init__(app.briefing, app.clock)
        self.reminders: list[Fired] = []

    def check_spec(self, spec: str) -> None:
        if spec == "sometimes":
            raise InputError('cannot read the schedule "sometimes"')

    async def remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        self.reminders.append(Fired(channel_ref, development_id, when))
        fire_at: datetime = self._clock.now() + timedelta(hours=1)
        return ReminderView(len(self.reminders), development_id, fire_at, "UTC")


@pytest.fixture
def wired(app: App) -> App:
    """The app with in-memory feeds and schedules in its slots."""
    app.feeds = SlackFeeds(app)
    app.schedules = SlackSchedules(app)
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
