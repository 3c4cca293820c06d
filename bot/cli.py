"""The `sitrep` command line (DESIGN.md §6): parse arguments, wire the app, print results."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.analysis import analyze
from bot.app import App, build_app
from bot.clock import FixedClock, SystemClock
from bot.domain.times import due_instant
from bot.errors import SitrepError
from bot.feeds.cli import add_feed_parser
from bot.inputs import parse_when, read_article, read_text
from bot.ports import Clock
from bot.render import replies
from bot.render.templates import render_digest
from bot.settings import Settings

log = logging.getLogger("bot")

Handler = Callable[[argparse.Namespace], Coroutine[Any, Any, int]]
DEVELOPMENT_ACTIONS = (
    "list",
    "show",
    "timeline",
    "changes",
    "rename",
    "merge",
    "split",
    "mute",
    "unmute",
    "close",
    "reopen",
)


def _common() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", help="database file (default: config, else ./data/sitrep.db)")
    parent.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parent.add_argument("--now", help="set the clock for this run (ISO 8601)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    """Declare every command of the contract."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="sitrep", description="Briefings that keep the record apart from commentary."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("analyze", parents=[common], help="label one article's sentences")
    p.add_argument("file", help="text file, or - for stdin")
    p.add_argument("--published", help="the article's publication time (ISO 8601)")
    p.add_argument("--lang", default="auto", help="es, en or auto (default)")
    p.set_defaults(handler=cmd_analyze)

    p = sub.add_parser("ingest", parents=[common], help="add articles (files or URLs)")
    p.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--published", help="publication time for plain-text files (ISO 8601)")
    p.set_defaults(handler=cmd_ingest)

    p = sub.add_parser("developments", parents=[common], help="list developments, or act on one")
    p.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=list(DEVELOPMENT_ACTIONS),
        help="list (default), show, timeline, changes, rename, merge, split, mute, unmute, close, reopen",
    )
    p.add_argument("args", nargs="*", help="ID [NEW TITLE | INTO_ID | ARTICLE_ID [TITLE]]")
    p.add_argument("--since", help="for `changes`: what changed since (ISO 8601)")
    p.set_defaults(handler=cmd_developments)

    p = sub.add_parser("deadlines", parents=[common], help="upcoming and recently expired deadlines")
    p.add_argument("--days", type=int, default=7)
    p.set_defaults(handler=cmd_deadlines)

    p = sub.add_parser("brief", parents=[common], help="the briefing now")
    p.add_argument("--development", type=int)
    p.add_argument("--since", help="only what arrived since (ISO 8601)")
    p.add_argument("--lang", choices=["es", "en"])
    p.set_defaults(handler=cmd_brief)

    p = sub.add_parser("demo", parents=[common], help="run the pipeline on bundled samples")
    p.add_argument("--lang", choices=["es", "en"], default="en")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("run", parents=[common], help="run the bot")
    p.set_defaults(handler=cmd_run)

    add_feed_parser(sub, common)

    p = sub.add_parser("eval", parents=[common], help="score analysis and linking on a corpus")
    p.add_argument("dir")
    p.set_defaults(handler=cmd_eval)
    return parser


def load_settings(args: argparse.Namespace) -> Settings:
    """Build the settings once; `--db` wins over the environment and the config file."""
    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SitrepError(f"configuration: {where}: {first['msg']}") from None
    except ValueError as exc:
        raise SitrepError(f"configuration: {exc}") from None
    if getattr(args, "db", None):
        settings.db = Path(args.db)
    return settings


def make_clock(args: argparse.Namespace) -> Clock:
    """Use `--now` when given, else the system clock."""
    if getattr(args, "now", None):
        return FixedClock(parse_when(args.now, "--now"))
    return SystemClock()


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print JSON with `--json`, else text."""
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


async def with_app(args: argparse.Namespace, body: Callable[[App], Awaitable[int]]) -> int:
    """Open the app for one command and always close it."""
    from bot.scheduling import attach_scheduling  # here: APScheduler and dateparser load slowly

    app = await build_app(load_settings(args), make_clock(args))
    # New and changed deadlines get their reminders planned whichever command stored them.
    attach_scheduling(app)
    try:
        return await body(app)
    finally:
        await app.close()


async def cmd_analyze(args: argparse.Namespace) -> int:
    """Analyse one text without a database."""
    text = read_text(args.file)
    published = parse_when(args.published, "--published") if args.published else None
    now = make_clock(args).now()
    result = analyze(text, published=published, lang=args.lang, now=now)
    data = result.to_json()
    # Whether each deadline has passed by the run's clock (a bare date runs to the end of its
    # day in UTC here: `analyze` reads no configuration).
    states = ["expired" if due_instant(d.due, "UTC") <= now else "pending" for d in result.deadlines]
    for entry, state in zip(data["deadlines"], states, strict=True):
        entry["status"] = state
    lines = [f"language: {result.language}"]
    for item in result.items:
        who = f" [{item.speaker}]" if item.speaker else ""
        lines.append(f"{item.label.value:>10}{who}: {item.text}")
    for d, state in zip(result.deadlines, states, strict=True):
        lines.append(f'  deadline: {d.what} · due {d.due.isoformat()} ({state}) · "{d.evidence}"')
    for e in result.events:
        lines.append(f'     event: {e.what} · {e.date.isoformat()} · "{e.evidence}"')
    emit(args, data, "\n".join(lines))
    return 0


def _is_url(source: str) -> bool:
    """Tell a URL from a file path; a URL of another scheme is refused with a clear line."""
    if source.startswith(("http://", "https://")):
        return True
    scheme, sep, _ = source.partition("://")
    if sep and scheme.isalpha():
        raise SitrepError(f"{source}: only http and https URLs can be fetched")
    return False


async def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest files and URLs (fetched safely, their article extracted)."""
    published = parse_when(args.published, "--published") if args.published else None

    async def body(app: App) -> int:
        results = []
        failures = 0
        for source in args.sources:
            try:
                if _is_url(source):
                    if app.feeds is None:
                        raise SitrepError(f"{source}: URL ingest is not available in this build")
                    result = await app.feeds.ingest_url(source)
                else:
                    result = await app.ingest.ingest(read_article(source, published))
            except SitrepError as exc:
                failures += 1
                print(f"error: {exc}", file=sys.stderr)
                continue
            results.append({"source": source, **_ingest_json(result)})
            if not args.json:
                print(replies.ingest_line(source, result))
        if args.json:
            emit(args, results, "")
        return 1 if failures else 0

    return await with_app(args, body)


def _ingest_json(result: Any) -> dict[str, Any]:
    return {
        "article_id": result.article_id,
        "duplicate_of": result.duplicate_of,
        "copy_of": result.copy_of,
        "title": result.title,
        "language": result.language,
        "developments": [{"id": d.id, "title": d.title, "created": d.created} for d in result.developments],
        "deadlines_added": result.deadlines_added,
        "deadlines_changed": result.deadlines_changed,
    }


async def cmd_developments(args: argparse.Namespace) -> int:
    """List developments, or run one action on a development."""
    from bot.platforms.development_actions import run_development_action

    async def body(app: App) -> int:
        await app.briefing.expire_overdue()
        if args.action == "list":
            views = await app.developments.overview()
            emit(
                args,
                replies.developments_json(views),
                replies.developments_text(views, app.settings.timezone),
            )
            return 0
        since = parse_when(args.since, "--since") if args.since else None
        data, text = await run_development_action(app, args.action, args.args, since=since)
        emit(args, data, text)
        return 0

    return await with_app(args, body)


async def cmd_deadlines(args: argparse.Namespace) -> int:
    """List upcoming and recently expired deadlines."""

    async def body(app: App) -> int:
        lines = await app.briefing.deadlines(days=args.days)
        emit(
            args,
            replies.deadlines_json(lines),
            replies.deadlines_text(lines, app.settings.language, app.settings.timezone),
        )
        return 0

    return await with_app(args, body)


async def cmd_brief(args: argparse.Namespace) -> int:
    """Print the briefing."""
    since = parse_when(args.since, "--since") if args.since else None

    async def body(app: App) -> int:
        digest = await app.briefing.brief(development_id=args.development, since=since, language=args.lang)
        emit(
            args,
            replies.digest_json(digest),
            render_digest(digest, templates_dir=app.settings.templates_dir),
        )
        return 0

    return await with_app(args, body)


async def cmd_demo(args: argparse.Namespace) -> int:
    """Run the whole pipeline on the bundled samples in a fresh temporary database."""
    from bot.demo import run_demo

    return await run_demo(args, load_settings(args))


async def cmd_run(args: argparse.Namespace) -> int:
    """Run the bot: every platform whose credentials are set (else the console), with the
    scheduler and feed polling beside them."""
    from bot.feeds.runtime import feed_polling
    from bot.platforms.console import ConsoleOutbox
    from bot.platforms.runner import run_platforms
    from bot.scheduling import start_scheduling

    async def body(app: App) -> int:
        # The bot logs at the configured level; one-shot commands log warnings only.
        logging.getLogger().setLevel(app.settings.log_level.upper())
        app.register_outbox(ConsoleOutbox(sys.stdout))
        runner = await start_scheduling(app)
        try:
            async with feed_polling(app):
                return await run_platforms(app, sys.stdin, sys.stdout)
        finally:
            await runner.stop()

    return await with_app(args, body)


async def cmd_eval(args: argparse.Namespace) -> int:
    """Score the analysis (and linking) on a labelled corpus."""
    return await asyncio.to_thread(run_eval, args)


def run_eval(args: argparse.Namespace) -> int:
    """Read the corpus, score it, print the report; non-zero exit under the floors."""
    try:
        evaluation = importlib.import_module("bot.evaluation")
    except ImportError:
        raise SitrepError("evaluation is not available in this build") from None
    corpus = Path(args.dir)
    if not corpus.is_dir():
        raise SitrepError(f"{args.dir}: not a directory")
    # --now is the clock for undated articles (the corpus README's reference clock)
    now = parse_when(args.now, "--now") if getattr(args, "now", None) else None
    report = evaluation.evaluate(corpus, now=now)
    failed = evaluation.failed_floors(report)
    emit(args, report | {"failed_floors": failed}, evaluation.format_report(report))
    for failure in failed:
        print(f"below floor: {failure}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run one command; errors are one line on stderr and a non-zero exit."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=os.environ.get("SITREP_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    handler: Handler = args.handler
    try:
        return asyncio.run(handler(args))
    except SitrepError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sitrep: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the contract: one line, never a traceback
        log.debug("unexpected failure", exc_info=True)
        print(f"sitrep: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
