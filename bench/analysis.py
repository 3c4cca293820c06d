"""Benchmark the analysis engine on one core against dateparser's search_dates.

Usage: python bench/analysis.py [CORPUS_DIR] [--seconds N] [--join N] [--curve] [--fresh]

Articles are the corpus texts joined two by two within a language (2-4 KB each, the size
the issue targets) plus the reference article; `--join N` joins N instead. Prints articles/s
and sentences/s for `bot.analysis.analyze` (first pass with cold caches, then warm), the same for
`dateparser.search.search_dates` over the same texts, and their ratio. A benchmark, not a
timed test: figures depend on the machine. Times are this process's CPU time
(`time.process_time`), so other work on a shared machine disturbs them less.

`--fresh` also prints the engine's figure with every cache that carries a result from one
article to the next emptied before each article (`bot.analysis.caches`), as new text meets
them: no word, clause or date span already worked out, where a repeated pass over the corpus
finds them all. The clearing itself is not timed.

`--curve` times the same texts joined 1, 2, 3, 4 and 8 at a time (every article once per
round, in groups that wrap around the language's list) and prints the CPU time per KB: a flat
line means the engine's work grows linearly with an article's length.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.analysis import analyze  # noqa: E402
from bot.analysis.caches import clear_result_caches  # noqa: E402
from bot.analysis.lexicon import load_lexicon  # noqa: E402
from bot.analysis.segment import segment  # noqa: E402

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _by_language(corpus: Path) -> dict[str, list[tuple[str, datetime | None]]]:
    by_lang: dict[str, list[tuple[str, datetime | None]]] = {}
    for path in sorted(corpus.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        pub = datetime.fromisoformat(raw["published"]) if raw.get("published") else None
        by_lang.setdefault(raw["lang"], []).append((raw["text"], pub))
    return by_lang


def _articles(corpus: Path, join: int = 2) -> list[tuple[str, str, datetime | None]]:
    out: list[tuple[str, str, datetime | None]] = []
    for lang, texts in _by_language(corpus).items():
        for i in range(0, len(texts) - join + 1, join):  # as before: a last odd one is left out
            group = texts[i : i + join]
            out.append((lang, "\n".join(t for t, _ in group), group[0][1]))
    reference = ROOT / "tests" / "data" / "kyiv_pause_article_es.txt"
    if reference.exists():
        out.append(("es", reference.read_text(encoding="utf-8"), datetime(2026, 1, 30, tzinfo=UTC)))
    return out


def _run_engine(articles: list[tuple[str, str, datetime | None]]) -> float:
    start = time.process_time()
    for lang, text, pub in articles:
        analyze(text, published=pub, lang=lang, now=NOW)
    return time.process_time() - start


def _run_fresh(articles: list[tuple[str, str, datetime | None]]) -> float:
    """Time the engine with its result caches emptied before each article (not timed)."""
    spent = 0.0
    for lang, text, pub in articles:
        clear_result_caches()
        start = time.process_time()
        analyze(text, published=pub, lang=lang, now=NOW)
        spent += time.process_time() - start
    return spent


def _run_search_dates(articles: list[tuple[str, str, datetime | None]], budget: float) -> tuple[int, float]:
    from dateparser.search import search_dates

    done, start = 0, time.process_time()
    for lang, text, pub in articles:
        base = (pub or NOW).replace(tzinfo=None)
        search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base})
        done += 1
        if time.process_time() - start > budget:
            break
    return done, time.process_time() - start


def _wrapped(corpus: Path, join: int) -> list[tuple[str, str, datetime | None]]:
    """Join every article of each language `join` at a time, wrapping round its list."""
    out: list[tuple[str, str, datetime | None]] = []
    for lang, texts in _by_language(corpus).items():
        n = len(texts)
        for i in range(0, n, join):
            group = [texts[(i + j) % n] for j in range(join)]
            out.append((lang, "\n".join(t for t, _ in group), group[0][1]))
    return out


def _curve(corpus: Path, seconds: float) -> None:
    """Print the engine's CPU time per KB with the texts joined 1, 2, 3, 4 and 8 at a time."""
    for join in (1, 2, 3, 4, 8):
        articles = _wrapped(corpus, join)
        kb = sum(len(t.encode("utf-8")) for _, t, _ in articles) / 1024
        _run_engine(articles)  # warm-up
        rounds, spent = 0, 0.0
        while spent < seconds:
            spent += _run_engine(articles)
            rounds += 1
        per_kb = spent / rounds / kb * 1000
        size = kb / len(articles)
        print(f"joined {join}: {len(articles):3d} texts of {size:5.1f} KB  {per_kb:6.3f} ms/KB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("SITREP_CORPUS_DIR", str(ROOT / "tests" / "data" / "corpus"))
    parser.add_argument("corpus", nargs="?", default=default)
    parser.add_argument("--seconds", type=float, default=5.0, help="time budget per measurement")
    parser.add_argument("--join", type=int, default=2, help="corpus articles per benchmark article")
    parser.add_argument("--curve", action="store_true", help="CPU time per KB, joined 1 to 8 at a time")
    parser.add_argument("--fresh", action="store_true", help="also time with result caches emptied")
    args = parser.parse_args()
    if args.curve:
        _curve(Path(args.corpus), args.seconds)
        return
    articles = _articles(Path(args.corpus), max(1, args.join))
    if not articles:
        sys.exit(f"no articles found in {args.corpus}")
    sizes = [len(t.encode("utf-8")) for _, t, _ in articles]
    sentences = sum(len(segment(t, load_lexicon(lang))) for lang, t, _ in articles)
    print(f"{len(articles)} articles, {min(sizes)}-{max(sizes)} bytes, {sentences} sentences")

    cold = _run_engine(articles)
    rounds, warm = 0, 0.0
    while warm < args.seconds:
        warm += _run_engine(articles)
        rounds += 1
    n = len(articles) * rounds
    engine_aps = n / warm
    print(f"sitrep analyze, cold caches: {len(articles) / cold:8.1f} articles/s")
    engine_sps = sentences * rounds / warm
    print(f"sitrep analyze, warm:        {engine_aps:8.1f} articles/s  {engine_sps:9.1f} sent/s")
    if args.fresh:
        rounds, fresh = 0, 0.0
        while fresh < args.seconds:
            fresh += _run_fresh(articles)
            rounds += 1
        fresh_aps = len(articles) * rounds / fresh
        fresh_sps = sentences * rounds / fresh
        print(f"sitrep analyze, fresh caches:{fresh_aps:8.1f} articles/s  {fresh_sps:9.1f} sent/s")

    done, spent = _run_search_dates(articles, args.seconds)
    sd_aps = done / spent
    per_article = sentences / len(articles)
    sd_sps = sd_aps * per_article
    print(f"dateparser search_dates:     {sd_aps:8.1f} articles/s  {sd_sps:9.1f} sent/s")
    print(f"ratio (sitrep / search_dates): {engine_aps / sd_aps:.1f}x")


if __name__ == "__main__":
    main()
