"""The command groups: /developments, /feed and /digest."""

from __future__ import annotations

from typing import Any

from discord import app_commands

from bot.platforms.discord.answers import (
    Answer,
    Interaction,
    channel_ref_of,
    development_autocomplete,
    digest_answer,
    require_feeds,
    require_schedules,
    resolve_development,
    respond,
)
from bot.platforms.discord.format import (
    list_pages,
    ts,
)
from bot.platforms.discord.safety import clean
from bot.platforms.discord.views import app_of
from bot.ports import FeedView, ScheduleView
from bot.render.deadline_text import short_what
from bot.storage.deadlines import HeldChange
from bot.storage.timeline import TimelineEntry

# --- /developments -----------------------------------------------------------------------


def development_lines(views: list[Any]) -> list[str]:
    """One escaped line per development: title, status, flags, articles, deadlines."""
    lines = []
    for view in views:
        dev = view.development
        flags = "".join(f" [{f}]" for f, on in (("muted", dev.muted), ("closed", dev.closed)) if on)
        line = f"**#{dev.id} {clean(dev.title)}** ({dev.status}){flags} · {len(view.articles)} article(s)"
        for deadline in view.deadlines:
            what = clean(short_what(deadline.what, deadline.evidence))
            line += (
                f"\n  ⏰ {what}: {ts(deadline.due_at)} ({ts(deadline.due_at, 'R')}) · {deadline.status.value}"
            )
        lines.append(line)
    return lines


def held_line(held: HeldChange) -> str:
    """One escaped line for a change that waits for its deadline, or stopped waiting."""
    change = f"{held.change.kind.value} “{clean(held.change.evidence)}” (article {held.article_id})"
    if held.lapsed_at is not None:
        return f"change lapsed: {change} · no deadline found by {ts(held.lapsed_at, 'd')}"
    return f"change waiting for its deadline: {change} · since {ts(held.held_at, 'd')}"


def timeline_line(entry: TimelineEntry) -> str:
    """One escaped timeline entry: date, item id, label, speaker, text, and a claim's verdict."""
    who = f" **{clean(entry.speaker)}**:" if entry.speaker else ""
    line = f"{ts(entry.at, 'd')} · #{entry.item_id} · {entry.label}{who} “{clean(entry.text)}”"
    if entry.confirmed_by is not None:
        who = clean(entry.confirmed_by_speaker or "a named source")
        line += f"\n  ✅ confirmed by {who} [#{entry.confirmed_by}]"
    elif entry.denied_by is not None:
        who = clean(entry.denied_by_speaker or "a named source")
        line += f"\n  ❌ denied by {who} [#{entry.denied_by}]"
    return line


@app_commands.guild_only()
class DevelopmentsGroup(
    app_commands.Group, name="developments", description="The developments sitrep follows"
):
    """List, show, rename, merge, split, mute, close; timelines (merge, split and close: admins)."""

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
            lines.extend(held_line(held) for held in view.held)
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

    @app_commands.command(
        name="split", description="Split one article off into a development of its own (admins)"
    )
    @app_commands.describe(
        development="The development holding the article",
        article="The article's id (see /developments show)",
        title="A title for the new development (optional)",
    )
    @app_commands.autocomplete(development=development_autocomplete)
    async def split(
        self,
        interaction: Interaction,
        development: str,
        article: app_commands.Range[int, 1],
        title: app_commands.Range[str, 1, 120] | None = None,
    ) -> None:
        """Split an article off a development."""

        async def work() -> Answer:
            app = app_of(interaction)
            source_id = await resolve_development(app, development)
            dev = await app.developments.split(source_id, article, title)
            return Answer(text=f'Article {article} split off #{source_id} into #{dev.id} "{dev.title}"')

        await respond(interaction, work, admin=True)

    @app_commands.command(name="timeline", description="A development's items in time order, with verdicts")
    @app_commands.autocomplete(development=development_autocomplete)
    async def timeline(self, interaction: Interaction, development: str) -> None:
        """Show a development's timeline, paginated."""

        async def work() -> Answer:
            app = app_of(interaction)
            dev_id = await resolve_development(app, development)
            entries = await app.developments.timeline(dev_id)
            if not entries:
                return Answer(text=f"Development #{dev_id} has no items yet.")
            lines = [timeline_line(e) for e in entries]
            return Answer(pages=list_pages(f"Timeline of #{dev_id}", lines, per_page=10))

        await respond(interaction, work)

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
            feed = await require_feeds(app_of(interaction)).add(channel_ref_of(interaction), url)
            return Answer(text=f"Subscribed to feed #{feed.id}: {feed.title or feed.url}")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="list", description="This channel's feeds")
    async def list_(self, interaction: Interaction) -> None:
        """List the channel's feeds."""

        async def work() -> Answer:
            feeds = await require_feeds(app_of(interaction)).list(channel_ref_of(interaction))
            if not feeds:
                return Answer(text="This channel follows no feeds. Add one with /feed add.")
            return Answer(pages=list_pages("Feeds", [feed_line(f) for f in feeds]))

        await respond(interaction, work, admin=True)

    @app_commands.command(name="remove", description="Unsubscribe this channel from a feed")
    async def remove(self, interaction: Interaction, feed_id: int) -> None:
        """Remove a feed."""

        async def work() -> Answer:
            await require_feeds(app_of(interaction)).remove(channel_ref_of(interaction), feed_id)
            return Answer(text=f"Unsubscribed from feed #{feed_id}.")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="health", description="Every feed's health")
    async def health(self, interaction: Interaction) -> None:
        """Show feed health, failing feeds first."""

        async def work() -> Answer:
            feeds = await require_feeds(app_of(interaction)).list(None)
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
            view = await require_schedules(app_of(interaction)).set_digest(
                channel_ref_of(interaction),
                schedule,
                timezone=timezone,
                language=language.value if language else None,
            )
            return Answer(text=schedule_text(view))

        await respond(interaction, work, admin=True)

    @app_commands.command(name="show", description="This channel's digest schedule")
    async def show(self, interaction: Interaction) -> None:
        """Show the schedule."""

        async def work() -> Answer:
            view = await require_schedules(app_of(interaction)).show_digest(channel_ref_of(interaction))
            return Answer(
                text=schedule_text(view) if view else "This channel has no digest. Set one with /digest set."
            )

        await respond(interaction, work, admin=True)

    @app_commands.command(name="off", description="Stop this channel's digest")
    async def off(self, interaction: Interaction) -> None:
        """Turn the digest off."""

        async def work() -> Answer:
            await require_schedules(app_of(interaction)).digest_off(channel_ref_of(interaction))
            return Answer(text="The digest of this channel is off.")

        await respond(interaction, work, admin=True)

    @app_commands.command(name="now", description="Post this channel's digest now")
    async def now(self, interaction: Interaction) -> None:
        """Compose and post the digest now."""

        async def work() -> Answer:
            return digest_answer(
                await require_schedules(app_of(interaction)).digest_now(channel_ref_of(interaction))
            )

        await respond(interaction, work, admin=True)
