"""The Discord client: login, command sync, the outbox, and sharding when Discord asks for it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.app import App
from bot.errors import SitrepError
from bot.platforms.discord.commands import add_commands
from bot.platforms.discord.dedupe import SeenInteractions, first_delivery
from bot.platforms.discord.outbox import PLATFORM, DiscordOutbox
from bot.platforms.discord.safety import no_pings
from bot.platforms.discord.views import SnoozeButton, StopButton

log = logging.getLogger(__name__)


class SitrepTree(app_commands.CommandTree[Any]):
    """The command tree; it answers each interaction once, even if the gateway replays it."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Drop an interaction already handled (a resumed session can deliver it again)."""
        if first_delivery(interaction):
            return True
        log.info("ignoring interaction %s delivered twice", interaction.id)
        return False


class SitrepBot(discord.Client):
    """sitrep on Discord: slash commands over the app's services, posts through `DiscordOutbox`."""

    def __init__(
        self,
        app: App,
        *,
        deadline_role_id: int | None = None,
        sync_commands: bool = True,
        **options: Any,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # channels and permissions; sitrep reads no message content
        super().__init__(intents=intents, allowed_mentions=no_pings(), **options)
        self.sitrep_app = app
        self.seen_interactions = SeenInteractions()
        self.tree = SitrepTree(self)
        add_commands(self.tree)
        self.outbox = DiscordOutbox(self, deadline_role_id=deadline_role_id)
        self._sync_commands = sync_commands
        self.synced: list[app_commands.AppCommand] = []

    async def setup_hook(self) -> None:
        """Run once per process (not on every reconnect): buttons, outbox, command sync."""
        self.add_dynamic_items(SnoozeButton, StopButton)
        self.sitrep_app.register_outbox(self.outbox)
        if self._sync_commands:
            self.synced = await self.tree.sync()
            log.info("synced %d slash commands", len(self.synced))

    async def on_ready(self) -> None:
        """Log only: on_ready fires again after every new session, so it must never post."""
        log.info("connected to Discord as %s in %d server(s)", self.user, len(self.guilds))


class ShardedSitrepBot(SitrepBot, discord.AutoShardedClient):
    """The same bot over several gateway shards, for when Discord recommends more than one."""


async def recommended_shards(token: str) -> int:
    """Ask Discord (GET /gateway/bot) how many shards the bot's guild count calls for."""
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login(token)
        shards, _url, _limit = await http.get_bot_gateway()
    finally:
        await http.close()
    return int(shards)


async def build_bot(app: App, token: str, **options: Any) -> SitrepBot:
    """Pick the plain or the auto-sharded client from Discord's recommendation."""
    try:
        shards = await recommended_shards(token)
    except discord.LoginFailure:
        raise SitrepError("Discord refused DISCORD_TOKEN (check the bot token)") from None
    except discord.GatewayNotFound:
        raise SitrepError("cannot reach the Discord gateway") from None
    except (aiohttp.ClientError, OSError) as exc:
        raise SitrepError(f"cannot reach Discord: {exc}") from None
    if shards > 1:
        log.info("Discord recommends %d shards: using AutoShardedClient", shards)
        return ShardedSitrepBot(app, **options)
    return SitrepBot(app, **options)


async def run_discord(app: App, token: str, **options: Any) -> None:
    """Run the bot until it is closed; a refused token is one readable error."""
    bot = await build_bot(app, token, **options)
    async with bot:
        try:
            await bot.start(token)
        except discord.LoginFailure:
            raise SitrepError("Discord refused DISCORD_TOKEN (check the bot token)") from None
        except discord.PrivilegedIntentsRequired:
            raise SitrepError("Discord refused the gateway intents sitrep asked for") from None
        finally:
            app.outboxes.pop(PLATFORM, None)
