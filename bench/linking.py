"""Time linking one more article into a store of 10,000 articles and 500 developments.

Run: `python bench/linking.py [--articles 10000] [--developments 500] [--db PATH]` (a kept
`--db` is reused, skipping the ~40 s fill). The store
is filled through the same index writes ingest makes (synthetic articles: each development
has its own places, people and subject words, drawn from shared pools so terms overlap, in
sentences padded with everyday words so that two reports share names but not phrasing), then
fresh articles are ingested through `IngestService` and the median time per link is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FixedClock
from bot.domain.copies import band_hashes, shingles
from bot.domain.linking import article_terms
from bot.domain.models import Analysis, ArticleInput, Item, Label
from bot.domain.times import to_iso
from bot.services.ingest import IngestService, content_hash
from bot.storage.store import Store

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "su", "dar", "bel", "no", "qui", "zan", "pe", "tor", "gu"]
VERBS = ["said", "announced", "confirmed", "warned", "added", "told reporters"]
# Everyday words every story uses, drawn at random: they make each sentence's phrasing its own.
GENERAL = ["".join(random.Random(i).choice(SYLLABLES) for _ in range(3)) for i in range(5000)]
SUBJECTS = ["strike", "truce", "tariffs", "talks", "deadline", "court order", "election", "water", "grants"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))


def make_story(rng: random.Random) -> dict[str, list[str]]:
    """Invent a development: its places, people and subject words."""
    return {
        "places": [_name(rng) for _ in range(2)],
        "people": [f"{_name(rng)} {_name(rng)}" for _ in range(3)],
        "words": [_word(rng) for _ in range(6)] + rng.sample(SUBJECTS, 2),
    }


def make_text(story: dict[str, list[str]], rng: random.Random) -> str:
    """Write a few paragraphs about a story."""
    paragraphs = []
    for _ in range(4):
        sentences = []
        for _ in range(3):
            person = rng.choice(story["people"])
            place = rng.choice(story["places"])
            words = " ".join(rng.sample(story["words"], 4))
            # Real reports on one story share names and subject words, not whole phrases.
            general = " ".join(rng.choice(GENERAL) for _ in range(5))
            sentences.append(f"In {place} the {words} {general}, {person} {rng.choice(VERBS)}.")
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


def analysis_of(text: str, published: datetime) -> Analysis:
    """Label every sentence a fact (the bench times linking, not the analyser)."""
    items = []
    start = 0
    for sentence in text.replace("\n", " ").split(". "):
        at = text.find(sentence, start)
        items.append(Item(sentence, at, at + len(sentence), Label.FACT, 1.0, "bench"))
        start = at + len(sentence)
    return Analysis("en", published, tuple(items))


async def fill(store: Store, n_articles: int, n_devs: int, rng: random.Random) -> list[dict[str, list[str]]]:
    """Write developments and articles with their index rows (terms, bands), as ingest would."""
    stories = [make_story(rng) for _ in range(n_devs)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    conn = store.conn
    async with store.transaction():
        for i, story in enumerate(stories):
            await conn.execute(
                """INSERT INTO developments (id, title, status, language, created_at, updated_at,
                       article_count, last_article_at) VALUES (?, ?, 'open', 'en', ?, ?, 0, ?)""",
                (i + 1, " ".join(story["places"]), to_iso(start), to_iso(start), to_iso(start)),
            )
        for a in range(n_articles):
            dev = a % n_devs
            when = start + timedelta(minutes=30 * a)
            text = make_text(stories[dev], rng)
            terms = sorted(article_terms(text))
            cur = await conn.execute(
                """INSERT INTO articles (title, language, published, ingested_at, text, content_hash,
                       analysis_json) VALUES (?, 'en', ?, ?, ?, ?, '{}')""",
                (f"Article {a}", to_iso(when), to_iso(when), text, content_hash(text)),
            )
            article_id = cur.lastrowid
            assert article_id is not None
            await conn.execute(
                """INSERT INTO development_articles (development_id, article_id, score, linked_at, terms)
                   VALUES (?, ?, 1.0, ?, ?)""",
                (dev + 1, article_id, to_iso(when), json.dumps(terms)),
            )
            await store.links.add_terms(dev + 1, terms)
            await store.links.add_document(terms)
            await store.links.add_bands(article_id, band_hashes(shingles(text)))
            await store.links.touch_development(dev + 1, when=when, phase=None, now=when)
    # A store that grew article by article has had its WAL checkpointed all along; one that was
    # filled in a single transaction would make the first timed ingests pay for the whole fill.
    await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return stories


async def bench(n_articles: int, n_devs: int, runs: int, repeat: int, db: Path) -> None:
    """Fill the store, then time `runs` ingests of new articles."""
    rng = random.Random(7)
    store = await Store.open(db)
    try:
        t0 = time.perf_counter()
        if await store.articles.count() >= n_articles:  # a kept --db: reuse it
            stories = [make_story(rng) for _ in range(n_devs)]
        else:
            stories = await fill(store, n_articles, n_devs, rng)
        fill_s = time.perf_counter() - t0
        # Fresh texts on every run, also over a kept --db (a repeated text would be a duplicate).
        rng = random.Random(await store.articles.count())
        when = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=30 * n_articles)
        clock = FixedClock(when)
        service = IngestService(store, clock)
        print(f"store: {n_articles} articles, {n_devs} developments (filled in {fill_s:.1f} s)")
        medians: list[float] = []
        for round_ in range(repeat):
            times: list[float] = []
            cpu: list[float] = []
            linked = 0
            for r in range(runs):
                dev = rng.randrange(n_devs)
                text = make_text(stories[dev], rng)
                analysis = analysis_of(text, when)
                title = f"New article {round_}.{r}"
                article = ArticleInput(text=text, title=title, published=when, lang="en")
                t, c = time.perf_counter(), time.process_time()
                result = await service.ingest(article, analysis=analysis)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                if result.article_id is None:
                    raise SystemExit(
                        f"bench article {r} was taken for a duplicate: the timing would be wrong"
                    )
                linked += any(d.id == dev + 1 for d in result.developments)
            medians.append(statistics.median(times))
            print(
                f"round {round_ + 1}: median {medians[-1]:.1f} ms wall "
                f"({statistics.median(cpu):.1f} ms CPU, all threads), p90 {_p90(times):.1f} ms, "
                f"max {max(times):.1f} ms over {runs} articles ({linked}/{runs} joined their story)"
            )
        print(f"link one more article: {min(medians):.1f} ms (best round's median wall time); goal < 20 ms")
        # On a shared machine a round can stall on other work: the best round is the repeatable figure.
    finally:
        await store.close()


def _p90(values: list[float]) -> float:
    return sorted(values)[max(0, int(0.9 * len(values)) - 1)]


def main() -> None:
    """Parse arguments and run the bench."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--developments", type=int, default=500)
    parser.add_argument("--runs", type=int, default=30, help="articles linked per round")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best median is the figure")
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(
            bench(args.articles, args.developments, args.runs, args.repeat, args.db or Path(tmp) / "bench.db")
        )


if __name__ == "__main__":
    main()
