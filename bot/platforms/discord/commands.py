"""The slash commands: each parses its options, calls one service, and formats the answer.

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
from bot.inputs import parse_when
from bot.platforms.discord.format import (
    DiscordMessage,
    deadline_line,
    digest_messages,
    list_pages,
    text_messages,
    ts,
)
from bot.platforms.discord.outbox import channel_ref
from bot.platforms.discord.safety import clean, no_pings
from bot.platforms.discord.views import IngestModal, Paginator, app_of
from bot.ports import FeedCommands, FeedView, ScheduleCommands, ScheduleView
from bot.render import replies
from bot.render.i18n import format_when

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


def _feeds(app: App) -> FeedCommands:
    if app.feeds is None:
        raise SitrepError(FEEDS_OFF)
    return app.feeds


def _schedules(app: App) -> ScheduleCommands:
    if app.schedules is None:
        raise SitrepError(SCHEDULES_OFF)
    return app.schedules


def _ref(interaction: Interaction) -> str:
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


# --- /developments -----------------------------------------------------------------------


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


def development_lines(views: list[Any]) -> list[str]:
    """One escaped line per development: title, status, flags, articles, deadlines."""
    lines = []
    for view in views:
        dev = view.development
        flags = "".join(f" [{f}]" for f, on in (("muted", dev.muted), ("closed", dev.closed)) if on)
        line = f"**#{dev.id} {clean(dev.title)}** ({dev.status}){flags} · {len(view.articles)} article(s)"
        for deadline in view.deadlines:
            line += (
                f"\n  ⏰ {clean(deadline.what)}: {ts(deadline.due_at)} ({ts(deadline.due_at, 'R')})"
                f" · {deadline.status.value}"
            )
        lines.append(line)
    return lines


@app_commands.guild_only()
class DevelopmentsGroup(
    app_commands.Group, name="developments", description="The developments sitrep follows"
):
    """List, show, rename, merge, mute and close developments (merge and close: admins)."""

    @app_commands.command(name="list", description="Every development, with its deadlines")
    async def list_(self, interaction: Interaction) -> None:
        """List developments, paginated."""

        async def work() -> Answer:
            app = app_of(interaction)
            views = await app.developments.overview()
            if not views:
                return Answer(text="No developments yet.")
            return Answer(pages=list_pages("Developments", development_lines(views), per_page=8))

        await respond(interaction, work)

    @app_commands.command(name="show", description="One development: articles and deadlines")
    @app_commands.describe(development="The development (type to search)")
    @app_commands.autocomplete(development=development_autocomplete)
    async def show(self, interaction: Interaction, development: str) -> None:
        """Show one development."""

        async def work() -> Answer:
            app = app_of(interaction)
            view = await app.developments.show(await resolve_development(app, development))
            lines = development_lines([view])
            for article in view.articles:
                when = ts(article.published, "d") if article.published else "undated"
                lines.append(f"article {article.id}: {clean(article.title or '(untitled)')} · {when}")
            return Answer(pages=list_pages(f"Development #{view.development.id}", lines))

        await respond(interaction, work)

    @app_commands.command(name="rename", description="Give a development a clearer title")
    @app_commands.autocomplete(development=development_autocomplete)
    async def rename(
        self, interaction: Interaction, development: str, title: app_commands.Range[str, 1, 120]
    ) -> None:
        """Rename a development."""

        async def work() -> Answer:
            app = app_of(interaction)
            dev = await app.developments.rename(await resolve_development(app, development), title)
            return Answer(text=f'Development #{dev.id} renamed to "{dev.title}"')

        await respond(interaction, work)

    @app_commands.command(name="merge", description="Merge one development into another (admins)")
    @app_commands.describe(source="Merged away", target="Kept")
    @app_commands.autocomplete(source=development_autocomplete, target=development_autocomplete)
    async def merge(self, interaction: Interaction, source: str, target: str) -> None:
        """Merge two developments."""

        async def work() -> Answer:
            app = app_of(interaction)
            source_id = await resolve_development(app, source)
            dev = await app.developments.merge(source_id, await resolve_development(app, target))
            return Answer(text=f'Development #{source_id} merged into #{dev.id} "{dev.title}"')

        await respond(interaction, work, admin=True)

    @app_commands.command(name="mute", description="Leave a development out of digests and reminders")
    @app_commands.autocomplete(development=development_autocomplete)
    async def mute(self, interaction: Interaction, development: str, muted: bool = True) -> None:
        """Mute or unmute a development."""

        async def work() -> Answer:
            app = app_of(interaction)
            dev = await app.developments.mute(await resolve_development(app, development), muted)
            return Answer(
                text=f'Development #{dev.id} "{dev.title}" is {"muted" if dev.muted else "unmuted"}'
            )

        await respond(interaction, work)

    @app_commands.command(name="close", description="Close a development: new articles stop linking (admins)")
    @app_commands.autocomplete(development=development_autocomplete)
    async def close(self, interaction: Interaction, development: str, closed: bool = True) -> None:
        """Close or reopen a development."""

        async def work() -> Answer:
            app = app_of(interaction)
            dev = await app.developments.close(await resolve_development(app, development), closed)
            return Answer(text=f'Development #{dev.id} "{dev.title}" is {"closed" if dev.closed else "open"}')

        await respond(interaction, work, admin=True)


# --- /feed -------------------------------------------------------------------------------


def feed_line(feed: FeedView) -> str:
    """One escaped feed line with its health."""
    health = "✅ healthy" if feed.healthy else f"⚠️ {feed.consecutive_failures} failure(s)"
    line = f"**#{feed.id}** {clean(feed.title or feed.url)} · {health}"
    if feed.title:
        line += f"\n  {clean(feed.url)}"
    if feed.last_success:
        line += f"\n  last success {ts(feed.last_success, 'R')}"
    if feed.last_error:
        line += f"\n  last error: {clean(feed.last_error)}"
    if feed.next_attempt:
        line += f"\n  next poll {ts(feed.next_attempt, 'R')}"
    return line


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class FeedGroup(app_commands.Group, name="feed", description="This channel's feed subscriptions (admins)"):
    """Subscribe the channel to feeds and watch their health."""

    @app_commands.command(name="add", description="Subscribe this channel to a feed")
    async def add(self, interaction: Interaction, url: str) -> None:
        """Add a feed."""

        async def work() -> Answer:
            feed = await _feeds(app_of(interaction)).add(_ref(interaction), url)
            return Answer(text=f"Subscribed to feed #{feed.id}: {feed.title or feed.url}")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="list", description="This channel's feeds")
    async def list_(self, interaction: Interaction) -> None:
        """List the channel's feeds."""

        async def work() -> Answer:
            feeds = await _feeds(app_of(interaction)).list(_ref(interaction))
            if not feeds:
                return Answer(text="This channel follows no feeds. Add one with /feed add.")
            return Answer(pages=list_pages("Feeds", [feed_line(f) for f in feeds]))

        await respond(interaction, work, admin=True)

    @app_commands.command(name="remove", description="Unsubscribe this channel from a feed")
    async def remove(self, interaction: Interaction, feed_id: int) -> None:
        """Remove a feed."""

        async def work() -> Answer:
            await _feeds(app_of(interaction)).remove(_ref(interaction), feed_id)
            return Answer(text=f"Unsubscribed from feed #{feed_id}.")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="health", description="Every feed's health")
    async def health(self, interaction: Interaction) -> None:
        """Show feed health, failing feeds first."""

        async def work() -> Answer:
            feeds = await _feeds(app_of(interaction)).list(None)
            if not feeds:
                return Answer(text="No feeds yet.")
            feeds.sort(key=lambda f: (f.healthy, f.id))
            return Answer(pages=list_pages("Feed health", [feed_line(f) for f in feeds]))

        await respond(interaction, work, admin=True)


# --- /digest -----------------------------------------------------------------------------


def schedule_text(view: ScheduleView) -> str:
    """Describe a schedule: spec, zone, language, state and next run."""
    state = "on" if view.enabled else "off"
    text = f"Digest: {view.spec} ({view.timezone}, {view.language}), {state}"
    if view.enabled and view.next_run:
        text += f"; next {ts(view.next_run)} ({ts(view.next_run, 'R')})"
    return text


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DigestGroup(app_commands.Group, name="digest", description="This channel's digest schedule (admins)"):
    """Set, show, turn off or run now the channel's digest."""

    @app_commands.command(
        name="set", description='Schedule: "daily 08:00", "weekdays 07:30", "every 6h", cron'
    )
    @app_commands.describe(timezone="IANA zone, e.g. Europe/Madrid", language="Headings' language")
    @app_commands.choices(
        language=[
            app_commands.Choice(name="English", value="en"),
            app_commands.Choice(name="Español", value="es"),
        ]
    )
    async def set_(
        self,
        interaction: Interaction,
        schedule: str,
        timezone: str | None = None,
        language: app_commands.Choice[str] | None = None,
    ) -> None:
        """Set the schedule."""

        async def work() -> Answer:
            view = await _schedules(app_of(interaction)).set_digest(
                _ref(interaction), schedule, timezone=timezone, language=language.value if language else None
            )
            return Answer(text=schedule_text(view))

        await respond(interaction, work, admin=True)

    @app_commands.command(name="show", description="This channel's digest schedule")
    async def show(self, interaction: Interaction) -> None:
        """Show the schedule."""

        async def work() -> Answer:
            view = await _schedules(app_of(interaction)).show_digest(_ref(interaction))
            return Answer(
                text=schedule_text(view) if view else "This channel has no digest. Set one with /digest set."
            )

        await respond(interaction, work, admin=True)

    @app_commands.command(name="off", description="Stop this channel's digest")
    async def off(self, interaction: Interaction) -> None:
        """Turn the digest off."""

        async def work() -> Answer:
            await _schedules(app_of(interaction)).digest_off(_ref(interaction))
            return Answer(text="The digest of this channel is off.")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="now", description="Post this channel's digest now")
    async def now(self, interaction: Interaction) -> None:
        """Compose and post the digest now."""

        async def work() -> Answer:
            return digest_answer(await _schedules(app_of(interaction)).digest_now(_ref(interaction)))

        await respond(interaction, work, admin=True)


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
        result = await _feeds(app).ingest_url(url) if app.feeds else None
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
        view = await _schedules(app).remind(_ref(interaction), dev_id, when)
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
