"""Starting the bot: shard choice from GET /gateway/bot, a refused token, and `sitrep run`'s runner."""

from __future__ import annotations

import asyncio
import io

import discord
import pytest
from pydantic import SecretStr

from bot.app import App
from bot.errors import SitrepError
from bot.platforms.discord.client import SitrepBot, build_bot
from bot.platforms.runner import run_platforms, start_discord
from tests.platforms.discord.conftest import TOKEN
from tests.platforms.discord.fake_discord import FakeDiscord


async def test_one_recommended_shard_gives_a_plain_client(fake: FakeDiscord, wired: App) -> None:
    bot = await build_bot(wired, TOKEN)
    assert type(bot) is SitrepBot
    assert not isinstance(bot, discord.AutoShardedClient)
    await bot.close()


async def test_several_recommended_shards_give_an_auto_sharded_client(fake: FakeDiscord, wired: App) -> None:
    fake.shards = 3
    bot = await build_bot(wired, TOKEN)
    assert isinstance(bot, discord.AutoShardedClient) and isinstance(bot, SitrepBot)
    assert [r.path for r in fake.requests] == ["/users/@me", "/gateway/bot"]
    # (never started, so there is no session to close; AutoShardedClient.close needs a start)


async def test_a_refused_token_is_one_readable_error(fake: FakeDiscord, wired: App) -> None:
    with pytest.raises(SitrepError, match="Discord refused DISCORD_TOKEN"):
        await build_bot(wired, "wrong-token")


async def test_run_without_a_token_falls_back_to_the_console(app: App) -> None:
    assert start_discord(app) is None
    out = io.StringIO()
    assert await run_platforms(app, io.StringIO("/deadlines\n"), out) == 0
    assert out.getvalue().startswith("sitrep console")
    assert "No deadlines" in out.getvalue()


async def test_run_with_a_token_connects_to_discord_and_stops_cleanly(fake: FakeDiscord, wired: App) -> None:
    wired.settings.discord_token = SecretStr(TOKEN)
    out = io.StringIO()
    running = asyncio.create_task(run_platforms(wired, io.StringIO(""), out))
    async with asyncio.timeout(5):
        await fake.ready.wait()
        await fake.wait_for(lambda: fake.command_puts == 1)
    assert "discord" in wired.outboxes
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert out.getvalue() == ""  # the console did not start
    assert "discord" not in wired.outboxes
