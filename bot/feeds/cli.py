"""The `sitrep feed ...` commands: subscriptions, polling and OPML from the command line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import InputError, SitrepError
from bot.feeds.views import feeds_json, feeds_text

if TYPE_CHECKING:
    from bot.app import App
    from bot.services.feeds import FeedService, PollReport

MAX_OPML_FILE = 5_000_000


def add_feed_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Declare `sitrep feed add|list|remove|poll|backfill|import-opml|export-opml`."""
    feed = sub.add_parser("feed", help="feed subscriptions and polling")
    fsub = feed.add_subparsers(dest="feed_command", required=True, metavar="ACTION")

    p = fsub.add_parser("add", parents=[common], help="subscribe to a feed (first poll posts nothing)")
    p.add_argument("url")
    p.add_argument("--channel", help="channel ref, e.g. discord:123, slack:C042, console:main")
    p.add_argument("--backfill", type=int, default=0, help="ingest the newest N entries on the first poll")
    p.add_argument("--interval", type=int, help="minutes between polls (default: settings)")
    p.set_defaults(handler=cmd_feed_add)

    p = fsub.add_parser("list", parents=[common], help="feeds and their health")
    p.add_argument("--channel", help="only this channel's feeds")
    p.set_defaults(handler=cmd_feed_list)

    p = fsub.add_parser("remove", parents=[common], help="unsubscribe (or delete the feed)")
    p.add_argument("id", type=int)
    p.add_argument("--channel", help="unsubscribe only this channel")
    p.set_defaults(handler=cmd_feed_remove)

    p = fsub.add_parser("poll", parents=[common], help="poll due feeds (forever, or --once)")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--all", action="store_true", help="poll every feed, due or not")
    p.set_defaults(handler=cmd_feed_poll)

    p = fsub.add_parser("backfill", parents=[common], help="ingest a feed's newest N entries")
    p.add_argument("id", type=int)
    p.add_argument("count", type=int)
    p.set_defaults(handler=cmd_feed_backfill)

    p = fsub.add_parser("import-opml", parents=[common], help="subscribe to an OPML file's feeds")
    p.add_argument("file")
    p.add_argument("--channel")
    p.set_defaults(handler=cmd_feed_import)

    p = fsub.add_parser("export-opml", parents=[common], help="print the subscriptions as OPML")
    p.add_argument("--channel")
    p.set_defaults(handler=cmd_feed_export)


def _feeds(app: App) -> FeedService:
    from bot.services.feeds import FeedService

    if not isinstance(app.feeds, FeedService):
        raise SitrepError("feeds are not available in this build")
    return app.feeds


async def _run(args: argparse.Namespace, body: Any) -> int:
    from bot.cli import with_app

    result: int = await with_app(args, body)
    return result


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    from bot.cli import emit

    emit(args, data, text)


async def cmd_feed_add(args: argparse.Namespace) -> int:
    """Subscribe to a feed."""

    async def body(app: App) -> int:
        interval = args.interval * 60 if args.interval else None
        view = await _feeds(app).add(args.channel, args.url, backfill=args.backfill, interval_s=interval)
        _emit(args, feeds_json([view])[0], "subscribed: " + feeds_text([view], app.settings.timezone))
        return 0

    return await _run(args, body)


async def cmd_feed_list(args: argparse.Namespace) -> int:
    """List feeds with their health."""

    async def body(app: App) -> int:
        views = await _feeds(app).list(args.channel)
        _emit(args, feeds_json(views), feeds_text(views, app.settings.timezone))
        return 0

    return await _run(args, body)


async def cmd_feed_remove(args: argparse.Namespace) -> int:
    """Unsubscribe a channel, or delete a feed."""

    async def body(app: App) -> int:
        await _feeds(app).remove(args.channel, args.id)
        _emit(args, {"removed": args.id}, f"feed #{args.id} removed")
        return 0

    return await _run(args, body)


def _report_lines(report: PollReport) -> list[str]:
    lines = []
    for o in report.outcomes:
        if o.status == "failed":
            lines.append(f"#{o.feed_id} failed: {o.error}")
        elif o.status == "not-modified":
            lines.append(f"#{o.feed_id} not modified")
        else:
            lines.append(
                f"#{o.feed_id} ok: {o.seen} new entries, {o.added} articles added, {o.changed} updated"
            )
    if report.outage:
        lines.append("no feed could be reached: network outage? (not counted against the feeds)")
    return lines


async def cmd_feed_poll(args: argparse.Namespace) -> int:
    """Poll once, or keep polling until interrupted."""

    async def body(app: App) -> int:
        service = _feeds(app)
        if args.once:
            report = await service.poll_due(force=args.all)
            data = [
                {"feed_id": o.feed_id, "status": o.status, "added": o.added, "error": o.error}
                for o in report.outcomes
            ]
            _emit(args, data, "\n".join(_report_lines(report)) or "no feed is due")
            return 1 if any(o.status == "failed" for o in report.outcomes) else 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        print("polling feeds; Ctrl-C stops", file=sys.stderr)
        await service.run(stop)
        return 0

    return await _run(args, body)


async def cmd_feed_backfill(args: argparse.Namespace) -> int:
    """Ingest a feed's newest N entries now."""

    async def body(app: App) -> int:
        service = _feeds(app)
        await service.backfill(args.id, args.count)
        outcome = await service.poll_feed(args.id)
        if outcome.status == "failed":
            raise SitrepError(f"feed #{args.id}: {outcome.error}")
        _emit(args, {"feed_id": args.id, "added": outcome.added}, f"feed #{args.id}: {outcome.added} added")
        return 0

    return await _run(args, body)


def read_opml_file(name: str) -> bytes:
    """Read an OPML file, refusing a missing or oversized one."""
    path = Path(name)
    if not path.is_file():
        raise InputError(f"{name}: no such file")
    if path.stat().st_size > MAX_OPML_FILE:
        raise InputError(f"{name}: too large for an OPML file")
    return path.read_bytes()


async def cmd_feed_import(args: argparse.Namespace) -> int:
    """Subscribe to every feed of an OPML file."""
    data = read_opml_file(args.file)

    async def body(app: App) -> int:
        views = await _feeds(app).import_opml(data, args.channel)
        _emit(args, feeds_json(views), f"imported {len(views)} feed(s)")
        return 0

    return await _run(args, body)


async def cmd_feed_export(args: argparse.Namespace) -> int:
    """Print the subscriptions as OPML."""

    async def body(app: App) -> int:
        sys.stdout.write(await _feeds(app).export_opml(args.channel))
        return 0

    return await _run(args, body)
