"""Benchmark feed polling: 1,000 feeds x 50 entries served on loopback.

Prints the wall time and entries/s of a first poll (every entry new: identity, dedupe and
storage) and of an unchanged re-poll (304s), then the per-entry cost of sitrep's ingest of a
document divided by a bare `feedparser.parse` of the same bytes (goal <= 1.5). Turning
entries into articles is timed apart with the analysis stubbed out, and the analysis itself
per entry. A benchmark, not a test: run `python bench/feeds.py [--feeds N] [--entries M]`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import feedparser
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.domain.copies import band_hashes, shingles
from bot.domain.models import Analysis
from bot.feeds.parse import parse_feed
from bot.services import ingest as ingest_module
from bot.services.feeds import FeedService
from bot.settings import Settings
from bot.storage.feeds import FeedRecord
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


def _fixed_costs(bodies: list[bytes]) -> tuple[float, float]:
    """Time (CPU seconds) sitrep's parse of the documents and the near-duplicate sketch of their entries."""
    # The parse caches entry keys for the ingest that follows it: start cold, as a new document does.
    ingest_module.normalise_url.cache_clear()
    ingest_module._cached_hash.cache_clear()
    started = time.process_time()
    texts = [e.text for body in bodies for e in parse_feed(body, "http://127.0.0.1/").entries]
    parse_cost = time.process_time() - started
    started = time.process_time()
    for text in texts:
        band_hashes(shingles(text))
    return parse_cost, time.process_time() - started


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

        # Ratio, without the network, on a sample of the documents: sitrep's parse + identity +
        # dedupe + storage per document, against a bare feedparser.parse of the same bytes.
        sample_bodies = bodies[:ratio_feeds]
        measured = len(sample_bodies) * entries
        started = time.process_time()
        for body in sample_bodies:
            feedparser.parse(body)
        bare = time.process_time() - started
        started = time.process_time()
        for body in sample_bodies:
            feedparser.parse(body, sanitize_html=False)
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
                f"sitrep ingest (parse+identity+dedupe+store) {ours / measured * 1e6:.0f} us, "
                f"ratio {ours / bare:.2f} (goal <= 1.5); against feedparser.parse(sanitize_html=False), "
                f"as sitrep calls it: {unsanitised / measured * 1e6:.0f} us, ratio {ours / unsanitised:.2f}"
            )
            # Entries that become articles (a primed feed's new entries), analysis stubbed out:
            # the analyser and its language detection (bot.analysis), timed apart below.
            ingest_module.__dict__["analyze"] = no_analysis
            ingest_module.__dict__["detect_language"] = lambda text: None
            sample = [body.replace(b"https://site", b"https://copy") for body in bodies[:article_feeds]]
            n_entries = article_feeds * entries
            as_articles = bare_alongside = 0.0
            for i, body in enumerate(sample):
                # A bare parse of the same bytes timed next to each document's ingest: on a shared
                # machine both see the same load, so the ratio holds still from run to run. Each
                # starts on a collected heap, so neither pays for the other's garbage.
                gc.collect()
                started = time.process_time()
                feedparser.parse(body)
                bare_alongside += time.process_time() - started
                gc.collect()
                started = time.process_time()
                view = await svc.add(None, f"http://127.0.0.1:{port}/article/{i}", backfill=entries)
                record = await stored(svc, view.id)
                parsed = parse_feed(body, record.url)
                await svc.apply_document(record, parsed)
                as_articles += time.process_time() - started
            in_store = await fresh.store.articles.count()
            print(
                f"as articles ({n_entries:,} entries of {article_feeds} feeds, {in_store:,} stored, "
                "analysis and language detection stubbed): "
                f"{as_articles / n_entries * 1e6:.0f} us per entry, "
                f"ratio {as_articles / bare_alongside:.2f} (goal <= 1.5; bare feedparser.parse of the same "
                f"documents, timed alongside: {bare_alongside / n_entries * 1e6:.0f} us)"
            )
            parse_cost, sketch = _fixed_costs(sample)
            print(
                f"  of which: sitrep's parse {parse_cost / n_entries * 1e6:.0f} us, near-duplicate sketch "
                f"(shingles + bands) {sketch / n_entries * 1e6:.0f} us, the rest (identity, dedupe, "
                f"storage, linking) {(as_articles - parse_cost - sketch) / n_entries * 1e6:.0f} us"
            )
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
