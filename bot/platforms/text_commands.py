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
from bot.errors import InputError, SitrepError
from bot.feeds.text import feed_command
from bot.inputs import parse_when
from bot.render import replies

HELP = """Commands:
  brief [DEVELOPMENT_ID] [SINCE]        the briefing now
  developments [list]                   developments with articles and deadlines
  developments show|mute|unmute|close|reopen ID
  developments rename ID NEW TITLE
  developments merge FROM_ID INTO_ID
  deadlines [DAYS]                      upcoming and recently expired deadlines
  ingest TEXT|URL                       add one article from pasted text or a URL
  feed add URL | feed list [all] | feed remove ID | feed health | feed backfill ID N
  why ITEM_ID                           why an item got its label
  help                                  this text"""

ADMIN_COMMANDS = frozenset({("developments", "merge"), ("developments", "close")})


@dataclass(frozen=True, slots=True)
class Reply:
    """A command's answer: text, or a digest for the platform to format."""

    text: str = ""
    digest: Digest | None = None
    ephemeral: bool = False


Action = Callable[[App, list[str]], Awaitable[Reply]]
ChannelAction = Callable[[App, str, list[str]], Awaitable[Reply]]
CONSOLE_CHANNEL = "console:main"


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
    raise InputError(f"unknown developments action {verb!r}")


async def _deadlines(app: App, args: list[str]) -> Reply:
    days = _int(args[0], "DAYS") if args else 7
    lines = await app.briefing.deadlines(days=days)
    return Reply(replies.deadlines_text(lines, app.settings.language, app.settings.timezone))


async def _ingest(app: App, args: list[str]) -> Reply:
    text = " ".join(args)
    if not text.strip():
        raise InputError("ingest needs the article text")
    if len(args) == 1 and args[0].startswith(("http://", "https://")):
        if app.feeds is None:
            raise InputError("URL ingest is not available in this build")
        return Reply(replies.ingest_line(args[0], await app.feeds.ingest_url(args[0])))
    result = await app.ingest.ingest(ArticleInput(text=text, source="pasted text"))
    return Reply(replies.ingest_line("pasted text", result))


async def _why(app: App, args: list[str]) -> Reply:
    if not args:
        raise InputError("why needs an item id (shown as [#N] in briefings)")
    return Reply(replies.why_text(await app.developments.why(_int(args[0], "ITEM_ID"))))


async def _help(app: App, args: list[str]) -> Reply:
    return Reply(HELP, ephemeral=True)


async def _feed(app: App, channel_ref: str, args: list[str]) -> Reply:
    if app.feeds is None:
        return Reply("feeds are not available in this build", ephemeral=True)
    return Reply(await feed_command(app.feeds, channel_ref, args, app.settings.timezone))


CHANNEL_COMMANDS: dict[str, ChannelAction] = {"feed": _feed}

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
    """Split "/brief 2" into ("brief", ["2"]); quotes group words."""
    try:
        words = shlex.split(line.strip().lstrip("/"))
    except ValueError as exc:
        raise InputError(f"cannot read the command: {exc}") from None
    if not words:
        return "help", []
    return words[0].lower(), words[1:]


async def dispatch(app: App, line: str, *, channel_ref: str = CONSOLE_CHANNEL) -> Reply:
    """Run one text command; user mistakes come back as a readable reply, not an exception."""
    name, args = split_command(line)
    channel_action = CHANNEL_COMMANDS.get(name)
    action = COMMANDS.get(name)
    if action is None and channel_action is None:
        return Reply(f"unknown command {name!r}.\n{HELP}", ephemeral=True)
    try:
        if channel_action is not None:
            return await channel_action(app, channel_ref, args)
        assert action is not None
        return await action(app, args)
    except SitrepError as exc:
        return Reply(f"error: {exc}", ephemeral=True)
