"""Answering an interaction: permission check, defer, follow-ups, and readable errors.

Every command defers first (Discord allows 3 s for the first answer) and answers by
follow-up; admin commands are hidden from non-admins by `default_permissions` and checked
again here, because a server can override those defaults per role or channel.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import discord
from discord import app_commands

from bot.app import App
from bot.domain.digest import Digest
from bot.errors import InputError, SitrepError
from bot.platforms.discord.format import (
    DiscordMessage,
    digest_messages,
    text_messages,
)
from bot.platforms.discord.outbox import channel_ref
from bot.platforms.discord.safety import no_pings
from bot.platforms.discord.views import Paginator, app_of
from bot.ports import FeedCommands, ScheduleCommands

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
NOT_ADMIN = "This command needs the Manage Server permission."
FEEDS_OFF = "Feeds are not configured on this bot."
SCHEDULES_OFF = "Digest schedules and reminders are not configured on this bot."
AUTOCOMPLETE_MAX = 25  # Discord shows at most 25 choices
CHOICE_NAME_MAX = 100


@dataclass(slots=True)
class Answer:
    """What a command answers: plain text, ready messages (digests), or pages of a list."""

    text: str = ""
    messages: list[DiscordMessage] = field(default_factory=list)
    pages: list[discord.Embed] = field(default_factory=list)


def is_admin(interaction: Interaction) -> bool:
    """Tell whether the member may run admin commands (Manage Server or Administrator)."""
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.administrator)


async def send_answer(interaction: Interaction, answer: Answer) -> None:
    """Send an answer as follow-ups; a list longer than a page gets pagination buttons."""
    followup = interaction.followup
    if answer.pages:
        if len(answer.pages) > 1:
            await followup.send(
                embed=answer.pages[0], view=Paginator(answer.pages), allowed_mentions=no_pings()
            )
        else:
            await followup.send(embed=answer.pages[0], allowed_mentions=no_pings())
    for message in answer.messages:
        await followup.send(
            content=message.content or discord.utils.MISSING,
            embeds=message.embeds,
            allowed_mentions=no_pings(),
        )
    if answer.text:
        # Answers quote user and article text: escape, then split at the 2,000-character limit.
        for message in text_messages(answer.text):
            await followup.send(content=message.content or "", allowed_mentions=no_pings())


async def respond(
    interaction: Interaction,
    work: Callable[[], Awaitable[Answer]],
    *,
    admin: bool = False,
    ephemeral: bool = False,
) -> None:
    """Check permissions, defer, run the work and answer by follow-up; errors are one line."""
    if admin and not is_admin(interaction):
        await interaction.response.send_message(NOT_ADMIN, ephemeral=True, allowed_mentions=no_pings())
        return
    await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    try:
        answer = await work()
    except SitrepError as exc:
        answer = Answer(text=f"error: {exc}")
    except Exception:
        log.exception("command %s failed", interaction.command.qualified_name if interaction.command else "?")
        answer = Answer(text="error: something went wrong on sitrep's side; it has been logged.")
    await send_answer(interaction, answer)


def require_feeds(app: App) -> FeedCommands:
    if app.feeds is None:
        raise SitrepError(FEEDS_OFF)
    return app.feeds


def require_schedules(app: App) -> ScheduleCommands:
    if app.schedules is None:
        raise SitrepError(SCHEDULES_OFF)
    return app.schedules


def channel_ref_of(interaction: Interaction) -> str:
    if interaction.channel_id is None:
        raise InputError("this command works in a server channel")
    return channel_ref(interaction.channel_id)


async def channel_locale(app: App, interaction: Interaction) -> tuple[str | None, str | None]:
    """Return the channel's digest language and time zone, when a schedule sets them."""
    if app.schedules is None or interaction.channel_id is None:
        return None, None
    view = await app.schedules.show_digest(channel_ref(interaction.channel_id))
    return (view.language, view.timezone) if view else (None, None)


def digest_answer(digest: Digest) -> Answer:
    """Answer with a digest, split into as many messages as Discord's limits need."""
    return Answer(messages=digest_messages(digest))


async def development_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Offer developments whose title or id contains what the user typed."""
    needle = current.casefold().lstrip("#")
    views = await app_of(interaction).developments.overview(include_closed=False)
    choices = []
    for view in views:
        dev = view.development
        if needle and needle not in dev.title.casefold() and needle != str(dev.id):
            continue
        name = f"#{dev.id} {dev.title}"
        if len(name) > CHOICE_NAME_MAX:
            name = name[: CHOICE_NAME_MAX - 1] + "…"
        choices.append(app_commands.Choice(name=name, value=str(dev.id)))
    return choices[:AUTOCOMPLETE_MAX]


async def resolve_development(app: App, given: str) -> int:
    """Read a development option: an id ("12", "#12", an autocomplete choice) or part of a title."""
    text = given.strip().lstrip("#")
    if text.isdigit():
        dev_id = int(text)
        await app.developments.show(dev_id)  # a clear error for an unknown id
        return dev_id
    needle = text.casefold()
    found = [
        v.development for v in await app.developments.overview() if needle in v.development.title.casefold()
    ]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise InputError(f"no development matches {given!r}")
    shown = ", ".join(f"#{d.id} {d.title}" for d in found[:5])
    raise InputError(f"{given!r} matches several developments ({shown}); pick one from the list")
