"""sitrep on Discord: slash commands, digests and reminders through discord.py."""

from bot.platforms.discord.client import SitrepBot, run_discord
from bot.platforms.discord.outbox import DiscordOutbox

__all__ = ["DiscordOutbox", "SitrepBot", "run_discord"]
