"""Parse text commands ("brief 2", "developments rename 3 Kyiv pause") into service calls.

The console platform and Slack's single `/sitrep` command read commands as text; Discord
declares them natively but calls the same services. Replies are data: platforms format them.
"""

from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.app import App
from bot.domain.digest import Digest
from bot.domain.models import ArticleInput
from bot.domain.schedule_spec import looks_like_timezone
from bot.errors import InputError, SitrepError
from bot.feeds.text import feed_command
from bot.inputs import parse_when
from bot.ports import ScheduleCommands, ScheduleView
from bot.render import replies
from bot.render.i18n import format_when

HELP = """Commands:
  brief [DEVELOPMENT_ID] [SINCE]        the briefing now
  developments [list]                   developments with articles and deadlines
  developments show|mute|unmute|close|reopen ID
  developments rename ID NEW TITLE
  developments merge FROM_ID INTO_ID
  developments split ID ARTICLE_ID [TITLE] · developments timeline ID
  deadlines [DAYS]                      upcoming and recently expired deadlines
  ingest TEXT|URL                       add one article from pasted text or a URL
  feed add URL | feed list [all] | feed remove ID | feed health | feed backfill ID N
  why ITEM_ID                           why an item got its label
  digest set SPEC [ZONE] [es|en]        this channel's digest: "daily 08:00", "weekdays 07:30",
                                        "every 6h" or cron; e.g. digest set daily 08:00 Europe/Madrid es
  digest show|off|now                   show it, turn it off, or compose it now
  digest follow all|DEVELOPMENT_ID...   which developments this channel's digests and reminders follow
  remind DEVELOPMENT_ID WHEN            an extra reminder: "mañana a las 9", "in 2 hours",
                                        "el viernes 18:00", "1h before the deadline"
  help                                  this text"""

ADMIN_COMMANDS = frozenset(
    {
        ("developments", "merge"),
        ("developments", "close"),
        ("developments", "reopen"),
        ("developments", "rename"),
        ("developments", "split"),
        ("feed", "add"),
        ("feed", "remove"),
        ("feed", "backfill"),
        ("digest", "set"),
        ("digest", "off"),
    }
)
CONSOLE_CHANNEL = "console:main"
NOT_CONFIGURED = "{what} are not configured in this build."


@dataclass(frozen=True, slots=True)
class Reply:
    """A command's answer: text, or a digest for the platform to format."""

    text: str = ""
    digest: Digest | None = None
    ephemeral: bool = False


Action = Callable[[App, list[str]], Awaitable[Reply]]
ChannelAction = Callable[[App, str, list[str]], Awaitable[Reply]]


def is_admin_command(name: str, args: list[str]) -> bool:
    """Tell whether a command changes shared state that only admins may change."""
    name = "developments" if name == "track" else name
    return (name, args[0].lower() if args else "") in ADMIN_COMMANDS


def _int(value: str, what: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise InputError(f"{what} must be a number, not {value!r}") from None


async def _brief(app: App, args: list[str]) -> Reply:
    dev = _int(args[0], "DEVELOPMENT_ID") if args else None
    since = parse_when(args[1], "SINCE") if len(args) > 1 else None
    return Reply(digest=await app.briefing.brief(development_id=dev, since=since))


async def _developments(app: App, args: list[str]) -> Reply:
    verb = args[0] if args else "list"
    rest = args[1:]
    tz = app.settings.timezone
    service = app.developments
    if verb == "list":
        return Reply(replies.developments_text(await service.overview(), tz))
    if not rest:
        raise InputError(f"developments {verb} needs a development id")
    dev_id = _int(rest[0], "ID")
    if verb == "show":
        return Reply(replies.developments_text([await service.show(dev_id)], tz))
    if verb == "rename":
        dev = await service.rename(dev_id, " ".join(rest[1:]))
        return Reply(f'#{dev.id} renamed to "{dev.title}"')
    if verb == "merge":
        if len(rest) < 2:
            raise InputError("developments merge needs FROM_ID INTO_ID")
        dev = await service.merge(dev_id, _int(rest[1], "INTO_ID"))
        return Reply(f'#{dev_id} merged into #{dev.id} "{dev.title}"')
    if verb in ("mute", "unmute"):
        dev = await service.mute(dev_id, verb == "mute")
        return Reply(f'#{dev.id} "{dev.title}" is {"muted" if dev.muted else "unmuted"}')
    if verb in ("close", "reopen"):
        dev = await service.close(dev_id, verb == "close")
        return Reply(f'#{dev.id} "{dev.title}" is {"closed" if dev.closed else "open"}')
    if verb in ("split", "timeline"):
        from bot.platforms.development_actions import run_development_action

        _, text = await run_development_action(app, verb, rest)
        return Reply(text)
    raise InputError(f"unknown developments action {verb!r}")


async def _deadlines(app: App, args: list[str]) -> Reply:
    days = _int(args[0], "DAYS") if args else 7
    lines = await app.briefing.deadlines(days=days)
    return Reply(replies.deadlines_text(lines, app.settings.language, app.settings.timezone))


async def _ingest(app: App, args: list[str]) -> Reply:
    text = " ".join(args)
    if not text.strip():
        raise InputError("ingest needs the article text")
    if (
        len(args) == 1
        and args[0].startswith(("http://", "https://"))
        and not any(c.isspace() for c in args[0])
    ):
        if app.feeds is None:
            return Reply(NOT_CONFIGURED.format(what="URL fetches"), ephemeral=True)
        return Reply(replies.ingest_line(args[0], await app.feeds.ingest_url(args[0])))
    result = await app.ingest.ingest(ArticleInput(text=text, source="pasted text"))
    return Reply(replies.ingest_line("pasted text", result))


async def _why(app: App, args: list[str]) -> Reply:
    if not args:
        raise InputError("why needs an item id (shown as [#N] in briefings)")
    return Reply(replies.why_text(await app.developments.why(_int(args[0], "ITEM_ID"))))


def _schedules(app: App) -> ScheduleCommands:
    if app.schedules is None:
        raise InputError(NOT_CONFIGURED.format(what="Digest schedules and reminders"))
    return app.schedules


async def _digest(app: App, channel: str, args: list[str]) -> Reply:
    verb = args[0].lower() if args else "show"
    schedules = _schedules(app)
    if verb == "set":
        timezone = language = None
        spec_words = []
        for word in args[1:]:
            key, eq, value = word.partition("=")
            if eq and key in ("tz", "timezone", "zone"):
                timezone = value
            elif eq and key in ("lang", "language"):
                language = value
            elif looks_like_timezone(word):
                timezone = word
            elif word.lower() in ("es", "en"):
                language = word.lower()
            else:
                spec_words.append(word)
        if not spec_words:
            raise InputError('digest set needs a schedule, e.g. "digest set daily 08:00 Europe/Madrid es"')
        view = await schedules.set_digest(channel, " ".join(spec_words), timezone=timezone, language=language)
        return Reply(_schedule_line(view))
    if verb == "show":
        shown = await schedules.show_digest(channel)
        return Reply(
            _schedule_line(shown)
            if shown
            else f"{channel} has no digest; set one with: digest set daily 08:00"
        )
    if verb == "off":
        await schedules.digest_off(channel)
        return Reply(f"digest off for {channel}")
    if verb == "now":
        return Reply(digest=await schedules.digest_now(channel))
    if verb == "follow":
        if not args[1:]:
            raise InputError("digest follow needs development ids, or all")
        ids = (
            None
            if [a.lower() for a in args[1:]] == ["all"]
            else [_int(a, "DEVELOPMENT_ID") for a in args[1:]]
        )
        followed = await schedules.follow(channel, ids)
        which = "every development" if ids is None else ", ".join(f"#{i}" for i in ids)
        return Reply(f"{channel} follows {which}" + (f"\n{_schedule_line(followed)}" if followed else ""))
    raise InputError(f"unknown digest action {verb!r} (set, show, off, now, follow)")


def _schedule_line(view: ScheduleView) -> str:
    state = "on" if view.enabled else "off"
    line = f"digest for {view.channel_ref}: {view.spec} ({view.timezone}, {view.language}), {state}"
    if view.follows is not None:
        line += "; follows " + ", ".join(f"#{i}" for i in view.follows)
    if view.next_run is not None:
        line += f"; next: {format_when(view.next_run, view.language, view.timezone)}"
    return line


async def _remind(app: App, channel: str, args: list[str]) -> Reply:
    if len(args) < 2:
        raise InputError('remind needs a development id and a time, e.g. "remind 1 mañana a las 9"')
    dev_id = _int(args[0], "DEVELOPMENT_ID")
    schedules = _schedules(app)
    view = await schedules.remind(channel, dev_id, " ".join(args[1:]))
    shown = await schedules.show_digest(channel)
    language = shown.language if shown else app.settings.language
    when = format_when(view.fire_at, language, view.timezone)
    return Reply(f"reminder #{view.id} for development #{dev_id}: {when}")


async def _help(app: App, args: list[str]) -> Reply:
    return Reply(HELP, ephemeral=True)


async def _feed(app: App, channel_ref: str, args: list[str]) -> Reply:
    if app.feeds is None:
        return Reply(NOT_CONFIGURED.format(what="Feeds"), ephemeral=True)
    return Reply(await feed_command(app.feeds, channel_ref, args, app.settings.timezone))


CHANNEL_COMMANDS: dict[str, ChannelAction] = {"feed": _feed, "digest": _digest, "remind": _remind}

COMMANDS: dict[str, Action] = {
    "brief": _brief,
    "developments": _developments,
    "track": _developments,
    "deadlines": _deadlines,
    "ingest": _ingest,
    "why": _why,
    "help": _help,
}


def split_command(line: str) -> tuple[str, list[str]]:
    """Split "/brief 2" into ("brief", ["2"]); quotes group words; `ingest` keeps its text whole."""
    line = line.strip().lstrip("/")
    first, _, rest = line.partition(" ")
    if first.lower() == "ingest":
        # Pasted articles hold apostrophes and quotes that shell-style splitting would choke on.
        return "ingest", [rest.strip()] if rest.strip() else []
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise InputError(f"cannot read the command: {exc}") from None
    if not words:
        return "help", []
    return words[0].lower(), words[1:]


async def dispatch(app: App, line: str, *, channel_ref: str = CONSOLE_CHANNEL) -> Reply:
    """Run one text command from a channel; user mistakes come back as a readable reply."""
    try:
        name, args = split_command(line)
        channel_action = CHANNEL_COMMANDS.get(name)
        if channel_action is not None:
            return await channel_action(app, channel_ref, args)
        action = COMMANDS.get(name)
        if action is None:
            return Reply(f"unknown command {name!r}.\n{HELP}", ephemeral=True)
        return await action(app, args)
    except SitrepError as exc:
        return Reply(f"error: {exc}", ephemeral=True)
