"""Score the deadline bank (tests/data/deadline_bank/*.json; format in its README.md).

The bank is short dated snippets written for the project by annotators who never ran the
analyser, each with its gold deadlines and events, many in phrasings and registers the corpus
lacks. It is tuning and checking text for the temporal rules, never held-out: each snippet is
read as an article of its own and scored as the corpus's deadlines and events are.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.analysis import analyze
from bot.errors import InputError
from bot.evaluation.analysis_scores import _NEAR, DateTally, _day, _gap, _same_time, _Span, match_pairs
from bot.evaluation.corpus import GoldArticle, load_corpus, locate, parse_when

LANGS = frozenset({"es", "en"})
# The corpus reference clock: undated snippets resolve against it, as undated articles do.
REFERENCE_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
MAX_TEXT = 2_000


def _when_problem(value: Any, *, day_only: bool) -> str | None:
    """Say what is wrong with a gold `due`/`date` value, or None."""
    if not isinstance(value, str):
        return "not a string"
    try:
        when = parse_when(value)
    except ValueError:
        return f"not an ISO date: {value!r}"
    if isinstance(when, datetime) and (day_only or when.tzinfo is None):
        return f"{'a time on an event' if day_only else 'a time without an offset'}: {value!r}"
    return None


def _entry_problems(entry: Any, text: str, key: str) -> Iterator[str]:
    """Yield what breaks one gold deadline or event entry."""
    if not isinstance(entry, dict) or not isinstance(entry.get("evidence"), str):
        yield "an entry without an evidence string"
        return
    evidence, occurrence = entry["evidence"], entry.get("occurrence", 1)
    if not isinstance(occurrence, int) or occurrence < 1:
        yield f"bad occurrence for {evidence!r}"
    elif locate(text, evidence, occurrence) is None:
        yield f"evidence not in the text: {evidence!r}"
    problem = _when_problem(entry.get(key), day_only=key == "date")
    if problem:
        yield f"{key} of {evidence!r}: {problem}"


def _snippet_problems(snippet: Any) -> Iterator[str]:
    """Yield what breaks one snippet."""
    if not isinstance(snippet, dict):
        yield "a snippet that is not an object"
        return
    text = snippet.get("text")
    if not isinstance(text, str) or not text.strip():
        yield "empty text"
        return
    if text != text.strip() or len(text) > MAX_TEXT:
        yield f"text not trimmed or over {MAX_TEXT} characters: {text[:40]!r}"
    published = snippet.get("published")
    if published is not None:
        try:
            if datetime.fromisoformat(str(published)).tzinfo is None:
                yield f"published without an offset: {published!r}"
        except ValueError:
            yield f"published is not an ISO datetime: {published!r}"
    for key, when_key in (("deadlines", "due"), ("events", "date")):
        entries = snippet.get(key, [])
        if not isinstance(entries, list):
            yield f"{key} is not a list"
            continue
        for entry in entries:
            yield from _entry_problems(entry, text, when_key)


def _problems(raw: Any) -> Iterator[str]:
    """Yield what breaks the bank format in one file's content (empty when it is valid)."""
    if not isinstance(raw, dict):
        yield "not a JSON object"
        return
    if raw.get("lang") not in LANGS:
        yield f"lang {raw.get('lang')!r}"
    if not isinstance(raw.get("author"), str) or not raw["author"]:
        yield "no author"
    snippets = raw.get("snippets")
    if not isinstance(snippets, list) or not snippets:
        yield "no snippets"
        return
    for i, snippet in enumerate(snippets):
        yield from (f"snippet {i}: {p}" for p in _snippet_problems(snippet))


def check_deadline_bank_file(path: Path) -> list[str]:
    """Return the format problems of one bank file (empty when it is valid)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"not a readable JSON file ({exc})"]
    return list(_problems(raw))


def load_deadline_bank(bank_dir: Path) -> list[GoldArticle]:
    """Read every bank file of a directory (sorted by name) as one gold article a snippet."""
    if not bank_dir.is_dir():
        raise InputError(f"deadline bank directory not found: {bank_dir}")
    snippets: list[GoldArticle] = []
    for path in sorted(bank_dir.glob("*.json")):
        problems = check_deadline_bank_file(path)
        if problems:
            raise InputError(f"{path.name}: {problems[0]}")
        raw = json.loads(path.read_text(encoding="utf-8"))
        for i, snippet in enumerate(raw["snippets"]):
            published = snippet.get("published")
            snippets.append(
                GoldArticle(
                    id=f"{path.stem}#{i}",
                    split="bank",
                    lang=str(raw["lang"]),
                    published=datetime.fromisoformat(published) if published else None,
                    text=snippet["text"],
                    raw=snippet,
                )
            )
    return snippets


def _gold(snippet: GoldArticle, key: str, when_key: str) -> list[str]:
    """Return one snippet's gold entries as 'evidence -> when' lines."""
    return [f"{e['evidence']} -> {e[when_key]}" for e in snippet.raw.get(key, [])]


def _when(value: date | datetime) -> str:
    """Print a found due as gold writes it."""
    return value.isoformat()


def score_deadline_bank(snippets: Sequence[GoldArticle], *, now: datetime = REFERENCE_NOW) -> dict[str, Any]:
    """Analyse each snippet alone; return deadline and event P/R/F1 (all, by language) and misses."""
    tallies = {
        scope: (DateTally("deadlines", "due"), DateTally("events", "date"))
        for scope in ("all", *sorted({s.lang for s in snippets}))
    }
    misses: list[dict[str, Any]] = []
    for snippet in snippets:
        analysis = analyze(snippet.text, published=snippet.published, lang=snippet.lang, now=now)
        deadlines = [(d.start, d.end, d.due) for d in analysis.deadlines]
        events = [(e.start, e.end, e.date) for e in analysis.events]
        for scope in ("all", snippet.lang):
            tallies[scope][0].add(snippet, deadlines)
            tallies[scope][1].add(snippet, events)
        alone = DateTally("deadlines", "due")
        alone.add(snippet, deadlines)
        if alone.time[1] or alone.time[2]:
            misses.append(
                {
                    "snippet": snippet.id,
                    "published": snippet.published.isoformat() if snippet.published else None,
                    "text": snippet.text,
                    "gold": _gold(snippet, "deadlines", "due"),
                    "found": [f"{snippet.text[s:e]} -> {_when(w)}" for s, e, w in deadlines],
                }
            )
    return {
        "snippets": len(snippets),
        **{scope: {"deadlines": dl.report(), "events": ev.report()} for scope, (dl, ev) in tallies.items()},
        "deadline_misses": misses,
    }


def _article_misses(article: GoldArticle, now: datetime) -> dict[str, Any]:
    """Return one article's deadline errors: gold entries no prediction matches at date level (with
    the deadlines and events found near each), predictions that match none, and date-level matches
    whose time of day or offset differs."""
    text = article.text
    analysis = analyze(text, published=article.published, lang=article.lang, now=now)
    gold: list[_Span] = []
    for entry in article.raw.get("deadlines", []):
        span = article.locate(entry["evidence"], int(entry.get("occurrence", 1)))
        if span is not None and entry.get("due"):
            gold.append(_Span(span[0], span[1], (entry["evidence"], parse_when(entry["due"]))))
    pred = [_Span(d.start, d.end, d.due) for d in analysis.deadlines]
    events = [_Span(e.start, e.end, e.date) for e in analysis.events]
    matched = match_pairs(gold, pred, lambda g, p: _day(g[1]) == _day(p))
    missed = []
    for gi, g in enumerate(gold):
        if gi in matched:
            continue
        near = [f"deadline {text[p.start : p.end]!r} -> {_when(p.key)}" for p in pred if _gap(g, p) <= _NEAR]
        near += [f"event {text[e.start : e.end]!r} -> {_when(e.key)}" for e in events if _gap(g, e) <= _NEAR]
        missed.append({"evidence": g.key[0], "due": _when(g.key[1]), "near": near})
    used = set(matched.values())
    extra = [
        {
            "found": text[p.start : p.end],
            "due": _when(p.key),
            "context": text[max(0, p.start - 80) : p.end + 40],
        }
        for pi, p in enumerate(pred)
        if pi not in used
    ]
    timed = [
        {"evidence": gold[gi].key[0], "due": _when(gold[gi].key[1]), "found": _when(pred[pi].key)}
        for gi, pi in matched.items()
        if not _same_time(gold[gi].key[1], pred[pi].key)
    ]
    return {
        "article": article.id,
        "published": article.published,
        "missed": missed,
        "extra": extra,
        "timed": timed,
    }


def corpus_deadline_misses(corpus_dir: Path, *, now: datetime = REFERENCE_NOW) -> list[dict[str, Any]]:
    """List the deadline errors of each dev article of a corpus directory (tuning text only: an
    article of the held-out split is skipped, its text never read out)."""
    articles = [a for a in load_corpus(corpus_dir) if a.split != "heldout"]
    found = (_article_misses(article, now) for article in articles)
    return [m for m in found if m["missed"] or m["extra"] or m["timed"]]


def _print_corpus_misses(misses: list[dict[str, Any]]) -> None:
    """Print each article's deadline errors, one line each, and their counts."""
    counts = [0, 0, 0]
    for m in misses:
        print(f"\n{m['article']} (published {m['published'].isoformat() if m['published'] else None})")
        for g in m["missed"]:
            near = "".join(f"\n      near: {n}" for n in g["near"])
            print(f"  missed {g['evidence']!r} -> {g['due']}{near}")
        for x in m["extra"]:
            print(f"  extra  {x['found']!r} -> {x['due']}\n      in: {' '.join(x['context'].split())!r}")
        for t in m["timed"]:
            print(f"  time   {t['evidence']!r} -> {t['due']}, found {t['found']}")
        counts = [a + len(m[k]) for a, k in zip(counts, ("missed", "extra", "timed"), strict=True)]
    print(f"\n{counts[0]} missed, {counts[1]} extra (date level); {counts[2]} with another time or offset")


def _fig(value: float | None) -> str:
    """Print a figure, or a dash where it is undefined (nothing to score)."""
    return "-" if value is None else f"{value:.3f}"


def _line(name: str, figures: dict[str, Any]) -> str:
    """One printed row: P/R/F1 and counts at date level, then F1 with time."""
    d, t = figures["date"], figures["time"]
    return (
        f"{name:<10} P {_fig(d['precision'])}  R {_fig(d['recall'])}  F1 {_fig(d['f1'])}"
        f"  (tp {d['tp']} fp {d['fp']} fn {d['fn']})  with time F1 {_fig(t['f1'])}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the bank's deadline and event figures; with --misses, each snippet the deadlines miss;
    with --corpus, each dev article's deadline errors in a corpus directory."""
    parser = argparse.ArgumentParser(prog="python -m bot.evaluation.deadline_bank")
    parser.add_argument("bank_dir", type=Path)
    parser.add_argument("--misses", action="store_true", help="print each snippet with a deadline error")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    parser.add_argument(
        "--corpus",
        action="store_true",
        help="read bank_dir as a corpus directory: each dev article's deadline errors (held-out skipped)",
    )
    args = parser.parse_args(argv)
    if args.corpus:
        _print_corpus_misses(corpus_deadline_misses(args.bank_dir))
        return 0
    result = score_deadline_bank(load_deadline_bank(args.bank_dir))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['snippets']} snippets")
    for scope in [k for k in result if k not in ("snippets", "deadline_misses")]:
        print(_line(f"{scope} dl", result[scope]["deadlines"]))
        print(_line(f"{scope} ev", result[scope]["events"]))
    if args.misses:
        for miss in result["deadline_misses"]:
            print(f"\n{miss['snippet']} (published {miss['published']})\n  {miss['text']}")
            print("  gold:  " + "; ".join(miss["gold"]))
            print("  found: " + "; ".join(miss["found"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
