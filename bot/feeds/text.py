"""The `feed add|list|remove|health|backfill` text command, shared by the console and Slack."""

from __future__ import annotations

from bot.errors import InputError
from bot.feeds.views import feed_line, feeds_text
from bot.ports import FeedCommands

USAGE = "feed add URL | feed list [all] | feed remove ID | feed health [all] | feed backfill ID N"


def _number(value: str, what: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise InputError(f"{what} must be a number, not {value!r}") from None


async def feed_command(feeds: FeedCommands, channel_ref: str, args: list[str], timezone: str = "UTC") -> str:
    """Run one feed command for a channel and return the reply text."""
    verb = args[0].lower() if args else "list"
    rest = args[1:]
    if verb == "add":
        if len(rest) != 1:
            raise InputError("feed add needs one URL")
        view = await feeds.add(channel_ref, rest[0])
        return "subscribed (the first poll stores entries without posting): " + feed_line(view, timezone)
    if verb in ("list", "health"):
        everywhere = bool(rest) and rest[0].lower() == "all"
        views = await feeds.list(None if everywhere else channel_ref)
        if verb == "health" and views and all(v.healthy for v in views):
            return "All feeds are healthy.\n" + feeds_text(views, timezone)
        return feeds_text(views, timezone) if views else "No feeds in this channel."
    if verb == "remove":
        if len(rest) != 1:
            raise InputError("feed remove needs a feed id")
        feed_id = _number(rest[0], "ID")
        await feeds.remove(channel_ref, feed_id)
        return f"feed #{feed_id} removed from this channel"
    if verb == "backfill":
        backfill = getattr(feeds, "backfill", None)
        if len(rest) != 2 or backfill is None:
            raise InputError("feed backfill needs ID N")
        view = await backfill(_number(rest[0], "ID"), _number(rest[1], "N"))
        return f"feed #{view.id}: the newest {rest[1]} entries will be ingested on the next poll"
    raise InputError(f"unknown feed action {verb!r}; use {USAGE}")
