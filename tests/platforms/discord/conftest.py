"""Fixtures: a fake Discord on 127.0.0.1 and the real sitrep bot connected to it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import discord
import pytest
import yarl

from bot.app import App
from bot.clock import FixedClock
from bot.platforms.discord.client import SitrepBot
from tests.platforms.discord.fake_discord import FakeDiscord
from tests.platforms.discord.fakes import FakeFeeds, FakeSchedules

TOKEN = "fake-bot-token"


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """Start the fake and point discord.py's REST base and gateway at it."""
    server = FakeDiscord()
    base = await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"{base}/api/v10")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()


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
