"""Fixtures both chat platforms share: the fake Discord and the fake Slack on 127.0.0.1.

They live here so one test can run both fakes in one process (tests/platforms/test_both_platforms.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest
import yarl
from slack_sdk.web.async_client import AsyncWebClient

from tests.platforms.discord.fake_discord import FakeDiscord
from tests.platforms.slack.fake_slack import BOT_TOKEN, FakeSlack


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """Start the fake Discord and point discord.py's REST base and gateway at it."""
    server = FakeDiscord()
    base = await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"{base}/api/v10")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A fake Slack listening on 127.0.0.1."""
    server = FakeSlack()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def slack_client(fake_slack: FakeSlack) -> AsyncWebClient:
    """The real SDK client, pointed at the fake Slack."""
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.base_url)
