"""Benchmark feed polling: 1,000 feeds x 50 entries served on loopback.

Prints the wall time and entries/s of a first poll (every entry new: identity, dedupe and
storage) and of an unchanged re-poll (304s), then the per-entry cost of sitrep's ingest divided
by a bare `feedparser.parse` of the same bytes (goal <= 1.5).

The bar's reading: an entry's ingest is everything from the feed's bytes to a stored,
deduplicated article ready to analyse: parse (with text extraction), identity, dedupe (GUID,
URL, title+date, the near-duplicate sketch across feeds) and storage. The analysis is reported
apart, never hidden: labels and dates, language detection, and development linking (the
analysis pipeline's step 3). Feed subscription is not timed. A benchmark, not a test: run
`python bench/feeds.py [--feeds N] [--entries M]`.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import inspect
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import feedparser
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.domain.lexicon import load_lexicon
from bot.domain.models import Analysis
from bot.feeds.parse import parse_feed
from bot.services import ingest as ingest_module
from bot.services.feeds import FeedService
from bot.services.ingest import IngestService
from bot.settings import Settings
from bot.storage.articles import ArticleRepo
from bot.storage.developments import DevelopmentRepo
from bot.storage.feeds import FeedRecord
from bot.storage.link_index import BatchIndex, LinkIndexRepo
from tests.feeds.words import NEWS_WORDS

WORDS = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "that",
    "said",
    "on",
    "will",
    *NEWS_WORDS,
    "port",
    "traffic",
    "talks",
    "agreement",
    "deadline",
    "pause",
    "week",
    "officials",
]
NOW = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)


def document(feed: int, entries: int, rng: random.Random) -> bytes:
    """One RSS document with distinct entries (as real feeds have)."""
    items = []
    for i in range(entries):
        text = " ".join(rng.choices(WORDS, k=120))
        when = format_datetime(NOW - timedelta(hours=i), usegmt=True)
        items.append(
            f"<item><guid>https://site{feed}.example/{i}</guid><link>https://site{feed}.example/a/{i}"
            f"?utm_source=rss</link><title>Story {feed}-{i} {rng.choice(WORDS)}</title>"
            f"<pubDate>{when}</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
        f"<link>https://site{feed}.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


async def serve(bodies: list[bytes]) -> tuple[web.AppRunner, int]:
    """Serve each document at /f/N with an ETag, answering 304 when it matches."""

    async def handler(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        etag = f'"{n}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=bodies[n], content_type="application/rss+xml", headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/f/{n}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, int(runner.addresses[0][1])


def feed_service(app: App) -> FeedService:
    """Return the app's feed service."""
    assert isinstance(app.feeds, FeedService)
    return app.feeds


async def stored(service: FeedService, feed_id: int) -> FeedRecord:
    """Return a feed's record."""
    record = await service.repo.get(feed_id)
    assert record is not None
    return record


def no_analysis(text: str, *, published: datetime | None, lang: str, now: datetime) -> Analysis:
    """Stand in for the analysis, so storage and dedupe are timed alone."""
    return Analysis(language="en", published=published, items=())


# The article path's stages, by the functions that do them. Development linking is the analysis
# pipeline's step 3 (DESIGN.md), reported apart; the near-duplicate sketch is part of dedupe. The
# rows an ingest stores are storage even when linking writes them out (it flushes before it reads).
LINKING: list[tuple[object, str]] = [
    (ingest_module, "index_terms"),
    (LinkIndexRepo, "open_batch"),
    (IngestService, "_link"),
    (IngestService, "_link_copy"),
    (BatchIndex, "flush"),
    (DevelopmentRepo, "link_articles"),
    (ArticleRepo, "assign_items_many"),
]
SKETCH: list[tuple[object, str]] = [(ingest_module, "shingles"), (ingest_module, "band_hashes")]
STORAGE: list[tuple[object, str]] = [
    (ArticleRepo, "add_rows"),
    (ArticleRepo, "add_items"),
    (ArticleRepo, "add_event_rows"),
]


class StageClock:
    """Charge process CPU time to the innermost stage running ("rest" when none is).

    Process time, not wall time: the database thread's work counts, charged to the stage that
    awaits it (the bench runs one task at a time); a shared machine's other load does not. A
    watched call reads the clock first thing and last thing, so its own cost (two clock reads,
    about 1-2 us) falls on the stage it times, not on the one around it.
    """

    def __init__(self) -> None:
        self.spent: defaultdict[str, float] = defaultdict(float)
        self._stack: list[tuple[str, float]] = [("rest", time.process_time())]
        self._undo: list[Callable[[], None]] = []

    def settle(self) -> None:
        """Charge the running stage up to now."""
        now = time.process_time()
        stage, since = self._stack[-1]
        self.spent[stage] += now - since
        self._stack[-1] = (stage, now)

    def enter(self, name: str) -> None:
        """Start charging `name` (until `leave`)."""
        now = time.process_time()
        stage, since = self._stack[-1]
        self.spent[stage] += now - since
        self._stack.append((name, now))

    def leave(self) -> None:
        """Charge the innermost stage and go back to the one around it."""
        stage, since = self._stack.pop()
        now = time.process_time()
        self.spent[stage] += now - since
        self._stack[-1] = (self._stack[-1][0], now)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Charge the block to `name` (less the stages it calls)."""
        self.enter(name)
        try:
            yield
        finally:
            self.leave()

    def reset(self) -> None:
        """Count afresh from now (the time before is not the block's)."""
        self.spent.clear()
        self._stack = [("rest", time.process_time())]

    def watch(self, targets: list[tuple[object, str]], name: str) -> None:
        """Charge every call of these functions (sync or async) to `name`, until `restore`."""
        for owner, attr in targets:
            original = getattr(owner, attr)
            setattr(owner, attr, functools.wraps(original)(self._timed(original, name)))
            self._undo.append(functools.partial(setattr, owner, attr, original))

    def _timed(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        enter, leave = self.enter, self.leave
        if inspect.iscoroutinefunction(function):

            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                enter(name)
                try:
                    return await function(*args, **kwargs)
                finally:
                    leave()

            return timed_async

        def timed(*args: Any, **kwargs: Any) -> Any:
            enter(name)
            try:
                return function(*args, **kwargs)
            finally:
                leave()

        return timed

    def restore(self) -> None:
        """Put the watched functions back."""
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()


def print_article_path(
    spent: dict[str, float], bare: float, n_entries: int, n_feeds: int, in_store: int
) -> None:
    """Print the article path's figures per entry, each saying which stages it includes."""

    def us(seconds: float) -> str:
        return f"{seconds / n_entries * 1e6:.0f} us"

    ingest = spent["parse"] + spent["sketch"] + spent["rest"]
    total = ingest + spent["linking"]
    print(
        f"as articles ({n_entries:,} entries of {n_feeds} feeds, {in_store:,} stored; bare "
        f"feedparser.parse of the same documents, timed alongside: {us(bare)} per entry):"
    )
    print(
        f"  ingest (parse + identity + dedupe + near-duplicate sketch + storage): {us(ingest)} per entry, "
        f"ratio {ingest / bare:.2f} (goal <= 1.5)"
    )
    print(
        f"    of which: parse (feedparser, text extraction, entry keys) {us(spent['parse'])}, "
        f"near-duplicate sketch (shingles + bands) {us(spent['sketch'])}, identity, dedupe and "
        f"storage (entry matching, duplicate and copy look-ups, rows written, commit) {us(spent['rest'])}"
    )
    print(
        f"  development linking (analysis step 3, reported apart: terms, segments, index, links): "
        f"{us(spent['linking'])} per entry"
    )
    print(
        f"  total, ingest + linking: {us(total)} per entry, ratio {total / bare:.2f} "
        "(labels, dates and language detection stubbed: timed alone below)"
    )


async def run(feeds: int, entries: int, article_feeds: int, ratio_feeds: int) -> None:
    rng = random.Random(7)
    bodies = [document(n, entries, rng) for n in range(feeds)]
    total = feeds * entries
    print(f"{feeds} feeds x {entries} entries = {total:,} entries, {sum(map(len, bodies)) / 1e6:.1f} MB")
    runner, port = await serve(bodies)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    clock = FixedClock(NOW)
    app = await build_app(Settings(db=tmp / "bench.db", allow_hosts=["127.0.0.1"]), clock)
    service = feed_service(app)
    try:
        for n in range(feeds):
            await service.add(None, f"http://127.0.0.1:{port}/f/{n}")
        started = time.perf_counter()
        report = await service.poll_due(force=True)
        wall = time.perf_counter() - started
        failed = [o for o in report.outcomes if o.status != "ok"]
        print(
            f"first poll over HTTP: {wall:.2f} s wall, {total / wall:,.0f} entries/s, failures: {len(failed)}"
        )
        started = time.perf_counter()
        report = await service.poll_due(force=True)
        wall = time.perf_counter() - started
        statuses = {o.status for o in report.outcomes}
        print(f"unchanged re-poll (304): {wall:.2f} s wall, statuses {sorted(statuses)}")

        # Ratio, without the network, on a sample of the documents: a new feed's first poll (parse +
        # identity + entry rows; nothing becomes an article), against a bare feedparser.parse.
        sample_bodies = bodies[:ratio_feeds]
        measured = len(sample_bodies) * entries
        started = time.process_time()
        for body in sample_bodies:
            feedparser.parse(body)
        bare = time.process_time() - started
        started = time.process_time()
        for body in sample_bodies:
            feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
        unsanitised = time.process_time() - started
        fresh = await build_app(Settings(db=tmp / "ratio.db", allow_hosts=["127.0.0.1"]), clock)
        try:
            svc = feed_service(fresh)
            records = []
            for n in range(len(sample_bodies)):
                view = await svc.add(None, f"http://127.0.0.1:{port}/f/{n}")
                records.append(await stored(svc, view.id))
            started = time.process_time()
            for body, record in zip(sample_bodies, records, strict=True):
                parsed = parse_feed(body, record.url, "application/rss+xml")
                await svc.apply_document(record, parsed)
            ours = time.process_time() - started
            print(
                f"per entry ({measured:,} entries): bare feedparser.parse {bare / measured * 1e6:.0f} us, "
                "sitrep's first poll of a new feed (parse + identity + entry rows, no article) "
                f"{ours / measured * 1e6:.0f} us, ratio {ours / bare:.2f}; against feedparser.parse as "
                "sitrep calls it (sanitize_html=False, resolve_relative_uris=False): "
                f"{unsanitised / measured * 1e6:.0f} us, ratio {ours / unsanitised:.2f}"
            )
            # Entries that become articles (a primed feed's new entries). Labels, dates and language
            # detection are stubbed out here and timed alone below; development linking runs, and
            # its functions' time is counted apart (StageClock).
            ingest_module.__dict__["analyze"] = no_analysis
            ingest_module.__dict__["detect_language"] = lambda text: None
            sample = [body.replace(b"https://site", b"https://copy") for body in bodies[:article_feeds]]
            n_entries = article_feeds * entries
            subscribed = []
            for i in range(len(sample)):  # subscribing is not an entry's ingest: not timed
                view = await svc.add(None, f"http://127.0.0.1:{port}/article/{i}", backfill=entries)
                subscribed.append(await stored(svc, view.id))
            load_lexicon()  # linking's alias table loads once per process, not per entry
            stages = StageClock()
            stages.watch(LINKING, "linking")
            stages.watch(SKETCH, "sketch")
            stages.watch(STORAGE, "rest")
            spent: defaultdict[str, float] = defaultdict(float)
            bare_alongside = 0.0
            try:
                for body, record in zip(sample, subscribed, strict=True):
                    # A bare parse of the same bytes timed next to each document's ingest: on a
                    # shared machine both see the same load, so the ratio holds still from run to
                    # run. Each starts on a collected heap, so neither pays for the other's garbage.
                    gc.collect()
                    started = time.process_time()
                    feedparser.parse(body)
                    bare_alongside += time.process_time() - started
                    gc.collect()
                    stages.reset()
                    with stages.stage("parse"):
                        parsed = parse_feed(body, record.url)
                    await svc.apply_document(record, parsed)
                    stages.settle()
                    for stage, seconds in stages.spent.items():
                        spent[stage] += seconds
            finally:
                stages.restore()
            in_store = await fresh.store.articles.count()
            print_article_path(spent, bare_alongside, n_entries, article_feeds, in_store)
        finally:
            await fresh.close()
        # The analysis alone, per entry, on a sample of entry texts.
        from bot.analysis import analyze

        texts = [e.text for e in parse_feed(bodies[0], "x").entries]
        started = time.process_time()
        for text in texts:
            analyze(text, published=NOW, lang="en", now=NOW)
        per = (time.process_time() - started) / len(texts)
        print(f"analysis alone (reported apart): {per * 1e6:.0f} us per entry over {len(texts)} entries")
        from bot.analysis import detect_language

        started = time.process_time()
        for text in texts:
            detect_language(text)
        per = (time.process_time() - started) / len(texts)
        print(f"language detection alone (reported apart): {per * 1e6:.0f} us per entry")
    finally:
        await app.close()
        await runner.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)  # two databases of the whole run: tens of MB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--ratio-feeds", type=int, default=500, help="documents timed for the ratio")
    parser.add_argument("--article-feeds", type=int, default=20, help="feeds timed as articles")
    args = parser.parse_args()
    asyncio.run(run(args.feeds, args.entries, args.article_feeds, args.ratio_feeds))


if __name__ == "__main__":
    main()
