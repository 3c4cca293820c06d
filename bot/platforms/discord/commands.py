"""The top-level slash commands, and the registration of every command on the tree.

Each parses its options, calls one service, and formats the answer (see `answers`).
"""

from __future__ import annotations

from typing import Any

from discord import app_commands

from bot.errors import SitrepError
from bot.inputs import parse_when
from bot.platforms.discord.answers import (
    Answer,
    Interaction,
    channel_locale,
    channel_ref_of,
    development_autocomplete,
    digest_answer,
    require_feeds,
    require_schedules,
    resolve_development,
    respond,
)
from bot.platforms.discord.format import (
    deadline_line,
    list_pages,
    ts,
)
from bot.platforms.discord.groups import DevelopmentsGroup, DigestGroup, FeedGroup
from bot.platforms.discord.views import IngestModal, app_of
from bot.render import replies
from bot.render.i18n import format_when

# --- top-level commands ------------------------------------------------------------------


@app_commands.command(name="brief", description="The briefing now: deadlines, then each development")
@app_commands.describe(development="Only this development", since="Only what arrived since (ISO 8601)")
@app_commands.autocomplete(development=development_autocomplete)
@app_commands.guild_only()
async def brief(interaction: Interaction, development: str | None = None, since: str | None = None) -> None:
    """Post the briefing."""

    async def work() -> Answer:
        app = app_of(interaction)
        when = parse_when(since, "since") if since else None
        language, timezone = await channel_locale(app, interaction)
        digest = await app.briefing.brief(
            development_id=await resolve_development(app, development) if development else None,
            since=when,
            language=language,
            timezone=timezone,
        )
        return digest_answer(digest)

    await respond(interaction, work)


@app_commands.command(name="deadlines", description="Upcoming and recently expired deadlines")
@app_commands.describe(days="How many days ahead (default 7)")
@app_commands.guild_only()
async def deadlines(interaction: Interaction, days: app_commands.Range[int, 0, 365] = 7) -> None:
    """List deadlines with time left."""

    async def work() -> Answer:
        app = app_of(interaction)
        lines = await app.briefing.deadlines(days=days)
        if not lines:
            return Answer(text="No deadlines in that window.")
        language = app.settings.language
        return Answer(pages=list_pages("Deadlines", [deadline_line(line, language) for line in lines]))

    await respond(interaction, work)


@app_commands.command(name="ingest", description="Add one article: a URL, or leave it empty to paste text")
@app_commands.describe(url="The article's address; without it a form opens for pasted text")
@app_commands.guild_only()
async def ingest(interaction: Interaction, url: str | None = None) -> None:
    """Ingest a URL, or open the paste modal."""
    if not url:
        await interaction.response.send_modal(IngestModal())
        return

    async def work() -> Answer:
        app = app_of(interaction)
        result = await require_feeds(app).ingest_url(url) if app.feeds else None
        if result is None:
            raise SitrepError(
                "URL ingest is not configured on this bot; run /ingest without a URL to paste text."
            )
        return Answer(text=replies.ingest_line(url, result))

    await respond(interaction, work)


@app_commands.command(name="remind", description="An extra reminder about a development")
@app_commands.describe(
    development="The development", when='e.g. "tomorrow 9:00", "en 2 horas", "Friday 17:00"'
)
@app_commands.autocomplete(development=development_autocomplete)
@app_commands.guild_only()
async def remind(interaction: Interaction, development: str, when: str) -> None:
    """Add a reminder and echo it back as an absolute time."""

    async def work() -> Answer:
        app = app_of(interaction)
        dev_id = await resolve_development(app, development)
        view = await require_schedules(app).remind(channel_ref_of(interaction), dev_id, when)
        local = format_when(view.fire_at, app.settings.language, view.timezone)
        return Answer(
            text=f"Reminder #{view.id} for development #{dev_id}: {local} "
            f"({ts(view.fire_at)}, {ts(view.fire_at, 'R')})"
        )

    await respond(interaction, work)


@app_commands.command(name="why", description="Why an item got its label, its development and its deadline")
@app_commands.describe(item="The item's number, shown as #N in briefings")
@app_commands.guild_only()
async def why(interaction: Interaction, item: int) -> None:
    """Explain one item."""

    async def work() -> Answer:
        return Answer(text=replies.why_text(await app_of(interaction).developments.why(item)))

    await respond(interaction, work, ephemeral=True)


def add_commands(tree: app_commands.CommandTree[Any]) -> None:
    """Register every sitrep command on a tree."""
    tree.add_command(DevelopmentsGroup())
    tree.add_command(FeedGroup())
    tree.add_command(DigestGroup())
    commands: list[app_commands.Command[Any, ..., None]] = [brief, deadlines, ingest, remind, why]
    for command in commands:
        tree.add_command(command)
