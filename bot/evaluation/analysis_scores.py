"""Score the analysis engine against the gold corpus: labels, deadlines, events, changes.

Matching rules (what the figures mean):
- Labels: each gold item takes the label of the predicted item that overlaps it by the most
  characters (no overlap: "none", counted as a miss). Precision of a label L is the share of
  gold items that were given L whose gold label is L; recall is the share of gold L items
  given L. Macro-F1 averages F1 over the four labels.
- Deadlines and events: a prediction matches an unmatched gold entry when their evidence
  spans overlap or lie within `_NEAR` characters of each other, and their dates agree: the
  day only ("date" level), or the full value ("time" level: same instant when the gold has
  a time of day, a bare date when it has none). Greedy one-to-one, nearest first.
- Changes: same, with the kind in place of the date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.domain.models import Analysis, Label
from bot.evaluation.corpus import GoldArticle, parse_when

LABELS = tuple(label.value for label in Label)
NONE = "none"
_NEAR = 80


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    key: Any


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Return precision, recall and F1 (None where undefined) with the counts."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = None
    if p is not None and r is not None:
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _same_time(gold: date | datetime, pred: date | datetime) -> bool:
    if isinstance(gold, datetime):
        return isinstance(pred, datetime) and gold == pred
    return not isinstance(pred, datetime) and gold == pred


def _gap(a: _Span, b: _Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def match_pairs(gold: Sequence[_Span], pred: Sequence[_Span], same: Any) -> dict[int, int]:
    """Greedy one-to-one matching by proximity; return the matched gold index -> predicted index."""
    pairs = sorted(
        (_gap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if _gap(g, p) <= _NEAR and same(g.key, p.key)
    )
    matched: dict[int, int] = {}
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used_p:
            matched[gi] = pi
            used_p.add(pi)
    return matched


def match_spans(gold: Sequence[_Span], pred: Sequence[_Span], same: Any) -> tuple[int, int, int]:
    """Greedy one-to-one matching by proximity; return (tp, fp, fn)."""
    tp = len(match_pairs(gold, pred, same))
    return tp, len(pred) - tp, len(gold) - tp


class LabelTally:
    """Accumulates the label confusion over articles."""

    def __init__(self) -> None:
        self.confusion: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
        self.speaker_ok = 0
        self.speaker_total = 0

    def add(self, article: GoldArticle, analysis: Analysis) -> list[dict[str, Any]]:
        """Match one article's gold items to predictions; return its mismatches."""
        misses: list[dict[str, Any]] = []
        for gold in article.raw.get("items", []):
            span = article.locate(gold["text"], int(gold.get("occurrence", 1)))
            if span is None:
                continue
            best, best_overlap = None, 0
            for item in analysis.items:
                overlap = min(span[1], item.end) - max(span[0], item.start)
                if overlap > best_overlap:
                    best, best_overlap = item, overlap
            predicted = best.label.value if best is not None else NONE
            gold_label = str(gold["label"])
            self.confusion.setdefault(gold_label, Counter())[predicted] += 1
            if gold_label == "statement" and predicted == "statement" and best is not None:
                self.speaker_total += 1
                if (best.speaker or "").casefold() == str(gold.get("speaker") or "").casefold():
                    self.speaker_ok += 1
            if predicted != gold_label:
                misses.append(
                    {
                        "article": article.id,
                        "gold": gold_label,
                        "predicted": predicted,
                        "text": gold["text"][:160],
                        "reason": best.reason if best else None,
                    }
                )
        return misses

    def report(self) -> dict[str, Any]:
        """Return per-label P/R/F1, macro-F1, the confusion matrix and commentary figures."""
        per_label: dict[str, Any] = {}
        for label in LABELS:
            tp = self.confusion[label][label]
            fn = sum(self.confusion[label].values()) - tp
            fp = sum(row[label] for gold, row in self.confusion.items() if gold != label)
            per_label[label] = prf(tp, fp, fn) | {"support": tp + fn}
        f1s = [v["f1"] or 0.0 for v in per_label.values() if v["support"]]
        comm = self.confusion["commentary"]
        comm_total = sum(comm.values())
        return {
            "items": sum(sum(row.values()) for row in self.confusion.values()),
            "per_label": per_label,
            "macro_f1": sum(f1s) / len(f1s) if f1s else None,
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
            "commentary_recall": comm["commentary"] / comm_total if comm_total else None,
            "commentary_as_statement": comm["statement"],
            "speaker_accuracy": self.speaker_ok / self.speaker_total if self.speaker_total else None,
        }


class DateTally:
    """Accumulates deadline or event matching at date level and with time."""

    def __init__(self, gold_key: str, when_key: str) -> None:
        self.gold_key = gold_key
        self.when_key = when_key
        self.date = [0, 0, 0]
        self.time = [0, 0, 0]

    def add(self, article: GoldArticle, predicted: Iterable[tuple[int, int, date | datetime]]) -> None:
        """Match one article's gold entries against predicted (start, end, when)."""
        gold: list[_Span] = []
        for entry in article.raw.get(self.gold_key, []):
            span = article.locate(entry["evidence"], int(entry.get("occurrence", 1)))
            when = entry.get(self.when_key)
            if span is None or not when:
                continue
            gold.append(_Span(span[0], span[1], parse_when(when)))
        pred = [_Span(s, e, w) for s, e, w in predicted]
        for acc, same in ((self.date, lambda g, p: _day(g) == _day(p)), (self.time, _same_time)):
            tp, fp, fn = match_spans(gold, pred, same)
            acc[0] += tp
            acc[1] += fp
            acc[2] += fn

    def report(self) -> dict[str, Any]:
        """Return P/R/F1 at date level and with time."""
        return {"date": prf(*self.date), "time": prf(*self.time)}


class ChangeTally:
    """Accumulates deadline-change matching (kind and place)."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]

    def add(self, article: GoldArticle, analysis: Analysis) -> None:
        """Match one article's gold changes by kind and evidence place."""
        gold: list[_Span] = []
        for entry in article.raw.get("changes", []):
            span = article.locate(entry["evidence"], int(entry.get("occurrence", 1)))
            if span is not None:
                gold.append(_Span(span[0], span[1], entry["kind"]))
        pred = [_Span(c.start, c.end, c.kind.value) for c in analysis.changes]
        tp, fp, fn = match_spans(gold, pred, lambda g, p: g == p)
        self.counts = [a + b for a, b in zip(self.counts, (tp, fp, fn), strict=True)]

    def report(self) -> dict[str, Any]:
        """Return P/R/F1 of change kinds."""
        return prf(*self.counts)


def score_split(pairs: Sequence[tuple[GoldArticle, Analysis]]) -> dict[str, Any]:
    """Score one split's (gold article, analysis) pairs."""
    labels = LabelTally()
    deadlines = DateTally("deadlines", "due")
    events = DateTally("events", "date")
    changes = ChangeTally()
    misses: list[dict[str, Any]] = []
    for article, analysis in pairs:
        misses.extend(labels.add(article, analysis))
        deadlines.add(article, ((d.start, d.end, d.due) for d in analysis.deadlines))
        events.add(article, ((e.start, e.end, e.date) for e in analysis.events))
        changes.add(article, analysis)
    return {
        "articles": len(pairs),
        "labels": labels.report(),
        "deadlines": deadlines.report(),
        "events": events.report(),
        "changes": changes.report(),
        "label_errors": misses,
    }
