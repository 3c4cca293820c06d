"""Fixtures: the real sitrep bot connected to the fake Discord (`fake`, in tests/platforms/conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.platforms.discord.client import SitrepBot
from tests.platforms.discord.fake_discord import FakeDiscord
from tests.platforms.discord.fakes import FakeFeeds, FakeSchedules

TOKEN = "fake-bot-token"


@pytest.fixture
def wired(app: App, clock: FixedClock) -> App:
    """The app with in-memory feeds and schedules filled in."""
    app.feeds = FakeFeeds(app.ingest)
    app.schedules = FakeSchedules(app.briefing, clock)
    return app


@pytest.fixture
async def bot(fake: FakeDiscord, wired: App) -> AsyncIterator[SitrepBot]:
    """The real sitrep client, logged in, synced and connected to the fake."""
    client = SitrepBot(wired, guild_ready_timeout=0.05)
    task = asyncio.create_task(client.start(TOKEN))
    async with asyncio.timeout(5):
        await fake.ready.wait()
        await client.wait_until_ready()
    yield client
    await client.close()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
