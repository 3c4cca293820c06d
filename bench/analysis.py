"""Benchmark the analysis engine on one core against dateparser's search_dates.

Usage: python bench/analysis.py [CORPUS_DIR] [--seconds N]

Articles are the corpus texts joined two by two within a language (2-4 KB each, the size
the issue targets) plus the reference article. Prints articles/s and sentences/s for
`bot.analysis.analyze` (first pass with cold caches, then warm), the same for
`dateparser.search.search_dates` over the same texts, and their ratio. A benchmark, not a
timed test: figures depend on the machine. Times are this process's CPU time
(`time.process_time`), so other work on a shared machine disturbs them less.
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
from bot.analysis.lexicon import load_lexicon  # noqa: E402
from bot.analysis.segment import segment  # noqa: E402

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _articles(corpus: Path) -> list[tuple[str, str, datetime | None]]:
    by_lang: dict[str, list[tuple[str, datetime | None]]] = {}
    for path in sorted(corpus.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        pub = datetime.fromisoformat(raw["published"]) if raw.get("published") else None
        by_lang.setdefault(raw["lang"], []).append((raw["text"], pub))
    out: list[tuple[str, str, datetime | None]] = []
    for lang, texts in by_lang.items():
        for (a, pub), (b, _) in zip(texts[::2], texts[1::2], strict=False):
            out.append((lang, a + "\n" + b, pub))
    reference = ROOT / "tests" / "data" / "kyiv_pause_article_es.txt"
    if reference.exists():
        out.append(("es", reference.read_text(encoding="utf-8"), datetime(2026, 1, 30, tzinfo=UTC)))
    return out


def _run_engine(articles: list[tuple[str, str, datetime | None]]) -> float:
    start = time.process_time()
    for lang, text, pub in articles:
        analyze(text, published=pub, lang=lang, now=NOW)
    return time.process_time() - start


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("SITREP_CORPUS_DIR", str(ROOT / "tests" / "data" / "corpus"))
    parser.add_argument("corpus", nargs="?", default=default)
    parser.add_argument("--seconds", type=float, default=5.0, help="time budget per measurement")
    args = parser.parse_args()
    articles = _articles(Path(args.corpus))
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

    done, spent = _run_search_dates(articles, args.seconds)
    sd_aps = done / spent
    per_article = sentences / len(articles)
    sd_sps = sd_aps * per_article
    print(f"dateparser search_dates:     {sd_aps:8.1f} articles/s  {sd_sps:9.1f} sent/s")
    print(f"ratio (sitrep / search_dates): {engine_aps / sd_aps:.1f}x")


if __name__ == "__main__":
    main()
