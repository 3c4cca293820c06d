"""Score a second annotator's reading of corpus articles against the first (inter-annotator agreement).

Two careful annotators following the same written conventions disagree somewhere; where they do
is the ceiling any analyser can reach on the corpus's figures, and where the conventions are
unclear. Each file of the agreement directory (tests/data/agreement/, README there) holds one dev
article's second annotation: its items in the gold's order with the second label, and/or its
deadlines and events. They are scored with the corpus's own matching (`analysis_scores`), the
first annotator's gold standing where the analyser's output stands in `sitrep eval`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.evaluation.analysis_scores import LABELS, _day, _same_time, _Span, match_spans, prf
from bot.evaluation.corpus import GoldArticle, load_corpus, parse_when

DATE_KEYS = {"deadlines": "due", "events": "date"}


def load_second(directory: Path) -> list[dict[str, Any]]:
    """Read every second-annotation file of a directory, sorted by article id."""
    if not directory.is_dir():
        raise InputError(f"agreement directory not found: {directory}")
    out = []
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path.name}: not a readable JSON file ({exc})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise InputError(f"{path.name}: not an object with an article id")
        out.append(raw)
    return out


def label_confusion(gold: GoldArticle, second: dict[str, Any]) -> Counter[tuple[str, str]]:
    """Count (first label, second label) over an article's items, which must be the gold's, in order."""
    first_items, second_items = gold.raw.get("items", []), second.get("items", [])
    if [i["text"] for i in first_items] != [i.get("text") for i in second_items]:
        raise InputError(f"{gold.id}: the second annotation's items are not the gold's segmentation")
    return Counter((str(a["label"]), str(b["label"])) for a, b in zip(first_items, second_items, strict=True))


def _spans(article: GoldArticle, entries: Sequence[dict[str, Any]], key: str) -> list[_Span]:
    """Locate dated entries (gold or second) as spans; an entry that is not in the text is an error."""
    spans = []
    for entry in entries:
        span = article.locate(str(entry["evidence"]), int(entry.get("occurrence", 1)))
        if span is None:
            raise InputError(f"{article.id}: evidence not in the text: {entry['evidence']!r}")
        spans.append(_Span(span[0], span[1], parse_when(str(entry[key]))))
    return spans


def date_counts(gold: GoldArticle, second: dict[str, Any], kind: str) -> dict[str, tuple[int, int, int]]:
    """Return (tp, fp, fn) of the second's deadlines or events against the gold, by day and with time."""
    key = DATE_KEYS[kind]
    first = _spans(gold, gold.raw.get(kind, []), key)
    other = _spans(gold, second.get(kind, []), key)
    return {
        "date": match_spans(first, other, lambda a, b: _day(a) == _day(b)),
        "time": match_spans(first, other, _same_time),
    }


def score(corpus: Sequence[GoldArticle], seconds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score every second annotation against its corpus article's gold."""
    by_id = {a.id: a for a in corpus}
    confusion: Counter[tuple[str, str]] = Counter()
    dated = {kind: {"date": [0, 0, 0], "time": [0, 0, 0]} for kind in DATE_KEYS}
    for second in seconds:
        gold = by_id.get(second["id"])
        if gold is None:
            raise InputError(f"{second['id']}: no such article in the corpus")
        if "items" in second:
            confusion += label_confusion(gold, second)
        for kind in DATE_KEYS:
            if kind in second:
                for level, counts in date_counts(gold, second, kind).items():
                    dated[kind][level] = [a + b for a, b in zip(dated[kind][level], counts, strict=True)]
    per_label = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        fn = sum(n for (a, b), n in confusion.items() if a == label and b != label)
        fp = sum(n for (a, b), n in confusion.items() if b == label and a != label)
        per_label[label] = prf(tp, fp, fn)
    f1s = [v["f1"] or 0.0 for v in per_label.values() if v["tp"] + v["fn"]]
    return {
        "articles": len(seconds),
        "items": sum(confusion.values()),
        "per_label": per_label,
        "macro_f1": sum(f1s) / len(f1s) if f1s else None,
        "confusion": confusion,
        "dated": {kind: {level: prf(*c) for level, c in levels.items()} for kind, levels in dated.items()},
    }


def _percent(value: float | None) -> str:
    """Format a share as a percentage, or a dash where it is undefined."""
    return "  -  " if value is None else f"{100 * value:5.1f}"


def _fmt(p: dict[str, Any]) -> str:
    """Format P/R/F1 with counts."""
    counts = f"(tp {p['tp']}, fp {p['fp']}, fn {p['fn']})"
    return f"P {_percent(p['precision'])}  R {_percent(p['recall'])}  F1 {_percent(p['f1'])}   {counts}"


def report_lines(result: dict[str, Any]) -> list[str]:
    """Render the agreement as text (the first annotator's gold in place of the analyser)."""
    lines = [f"agreement over {result['articles']} articles ({result['items']} items labelled twice)"]
    if result["items"]:
        for label, p in result["per_label"].items():
            lines.append(f"  {label:<12} {_fmt(p)}")
        lines.append(f"  macro-F1 {100 * result['macro_f1']:.1f}")
        lines.append("  confusion (rows first annotator, columns second): " + " ".join(LABELS))
        for a in LABELS:
            lines.append(f"  {a:<12} " + " ".join(f"{result['confusion'][(a, b)]:>5}" for b in LABELS))
    for kind, levels in result["dated"].items():
        for level, p in levels.items():
            if p["tp"] + p["fp"] + p["fn"]:
                lines.append(f"  {kind} ({level} level) {_fmt(p)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the agreement of a second annotation directory with the corpus gold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="the corpus directory (gold = first annotator)")
    ap.add_argument("second", type=Path, help="the second annotator's directory")
    args = ap.parse_args(argv)
    try:
        result = score(load_corpus(args.corpus), load_second(args.second))
    except InputError as exc:
        ap.exit(2, f"error: {exc}\n")
    print("\n".join(report_lines(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
