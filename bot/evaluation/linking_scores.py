"""Score development linking on the labelled corpus: B-cubed over articles, in publication order.

Each article is ingested through the real pipeline (`IngestService`, a temporary SQLite file,
a clock set to the article's publication time), one at a time. Its Analysis is built from
the corpus's gold items, deadlines, events and changes, so the linking score does not move
with the analyser; `analyser=True` runs the analysis engine instead. An article's predicted
cluster is the development it mainly feeds (copies count where they were linked).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import FixedClock
from bot.domain.models import (
    Analysis,
    ArticleInput,
    ChangeKind,
    DeadlineChange,
    DeadlineMention,
    EventMention,
    Item,
    Label,
)
from bot.errors import InputError
from bot.services.ingest import IngestService
from bot.storage.store import Store

HELDOUT_F1_FLOOR = 0.95


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One labelled article of the corpus, as linking needs it."""

    id: str
    split: str
    thread: str
    lang: str
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    text: str
    raw: dict[str, Any]


def load_corpus(corpus_dir: Path) -> list[CorpusArticle]:
    """Read every `*.json` article of a corpus folder."""
    out = []
    for path in sorted(corpus_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
            published = datetime.fromisoformat(data["published"]) if data.get("published") else None
            out.append(
                CorpusArticle(
                    id=str(data["id"]),
                    split=str(data["split"]),
                    thread=str(data["thread"]),
                    lang=str(data["lang"]),
                    title=data.get("title"),
                    source=data.get("source"),
                    url=data.get("url"),
                    published=published,
                    text=str(data["text"]),
                    raw=data,
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(f"{path.name}: not a corpus article ({exc})") from None
    return out


def _find(text: str, needle: str, occurrence: int = 1, start: int = 0) -> int:
    """Return where the n-th occurrence of `needle` starts (the first, if there are fewer)."""
    at = start - 1
    for _ in range(max(1, occurrence)):
        at = text.find(needle, at + 1)
        if at < 0:
            return text.find(needle)
    return at


def _due(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def gold_analysis(article: CorpusArticle) -> Analysis:
    """Build the Analysis the corpus labels describe (offsets found in the text)."""
    text, raw = article.text, article.raw
    items = []
    cursor = 0
    for entry in raw.get("items", []):
        occurrence = int(entry.get("occurrence", 1))
        start = _find(text, entry["text"], occurrence) if occurrence > 1 else text.find(entry["text"], cursor)
        if start < 0:
            start = max(0, text.find(entry["text"]))
        end = start + len(entry["text"])
        cursor = end
        items.append(
            Item(
                entry["text"],
                start,
                end,
                Label(entry["label"]),
                1.0,
                "gold label",
                speaker=entry.get("speaker"),
                role=entry.get("role"),
            )
        )
    deadlines = []
    for d in raw.get("deadlines", []):
        at = max(0, _find(text, d["evidence"], int(d.get("occurrence", 1))))
        deadlines.append(
            DeadlineMention(
                d.get("what") or d["evidence"],
                _due(d["due"]),
                d["evidence"],
                at,
                at + len(d["evidence"]),
                condition=d.get("condition"),
            )
        )
    events = []
    for e in raw.get("events", []):
        at = max(0, _find(text, e["evidence"], int(e.get("occurrence", 1))))
        events.append(
            EventMention(
                e.get("what") or e["evidence"], _due(e["date"]), e["evidence"], at, at + len(e["evidence"])
            )
        )
    changes = []
    for c in raw.get("changes", []):
        at = max(0, _find(text, c["evidence"], int(c.get("occurrence", 1))))
        new_due = _due(c["new_due"]) if c.get("new_due") else None
        changes.append(
            DeadlineChange(ChangeKind(c["kind"]), c["evidence"], at, at + len(c["evidence"]), new_due)
        )
    return Analysis(
        article.lang, article.published, tuple(items), tuple(deadlines), tuple(events), tuple(changes)
    )


def publication_order(articles: list[CorpusArticle]) -> list[CorpusArticle]:
    """Order dated articles by publication time; undated ones arrive last, by id."""
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.published, a.id))
    undated = sorted((a for a in articles if not a.published), key=lambda a: a.id)
    return dated + undated


def bcubed(predicted: dict[str, Any], gold: dict[str, str], members: list[str]) -> dict[str, float]:
    """Return B-cubed precision, recall and F1 averaged over `members` (clusters span every article)."""
    if not members:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    precision = recall = 0.0
    for a in members:
        same_pred = [b for b in predicted if predicted[b] == predicted[a]]
        same_gold = [b for b in gold if gold[b] == gold[a]]
        both = sum(1 for b in same_pred if gold[b] == gold[a])
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    p, r = precision / len(members), recall / len(members)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


async def _run(articles: list[CorpusArticle], workdir: Path, analyser: bool) -> dict[str, Any]:
    store = await Store.open(workdir / "linking.db")
    clock = FixedClock(datetime.fromisoformat("2000-01-01T00:00:00+00:00"))
    service = IngestService(store, clock)
    predicted: dict[str, Any] = {}
    copies = 0
    changes_applied = 0
    last: datetime | None = None
    try:
        for article in publication_order(articles):
            when = article.published or ((last + timedelta(hours=1)) if last else clock.now())
            last = max(last, when) if last else when
            clock.set(when)
            result = await service.ingest(
                ArticleInput(
                    text=article.text,
                    title=article.title,
                    url=article.url,
                    source=article.source,
                    published=article.published,
                    lang=article.lang,
                ),
                analysis=None if analyser else gold_analysis(article),
            )
            # A copy is linked where its original went, or (another detector in front) not stored.
            copies += result.copy_of is not None or result.duplicate_of is not None
            changes_applied += result.deadlines_changed + result.changes_restated
            article_id = result.article_id or result.duplicate_of
            dev = await store.developments.primary_of(article_id) if article_id else None
            predicted[article.id] = dev if dev is not None else f"unlinked:{article.id}"
        developments = len(await store.developments.all())
    finally:
        await store.close()
    return {
        "predicted": predicted,
        "copies": copies,
        "developments": developments,
        "changes_applied": changes_applied,
    }


def evaluate_linking(corpus_dir: Path, *, analyser: bool = False) -> dict[str, Any]:
    """Ingest the corpus in publication order and score linking per split (B-cubed over articles)."""
    articles = load_corpus(Path(corpus_dir))
    with tempfile.TemporaryDirectory(prefix="sitrep-linking-") as tmp:
        run = asyncio.run(_run(articles, Path(tmp), analyser))
    gold = {a.id: a.thread for a in articles}
    predicted = run["predicted"]
    splits: dict[str, Any] = {}
    for split in sorted({a.split for a in articles}):
        members = [a.id for a in articles if a.split == split]
        threads = {a.thread for a in articles if a.split == split}
        splits[split] = {"articles": len(members), "threads": len(threads)} | bcubed(predicted, gold, members)
    return {
        "analysis": "analyser" if analyser else "gold items",
        "articles": len(articles),
        "threads": len(set(gold.values())),
        "developments": run["developments"],
        "copies_recognised": run["copies"],
        "copies_gold": sum(1 for a in articles if a.raw.get("duplicate_of")),
        # Deadline changes (extend/meet/break/cancel) that found their deadline in the development,
        # or that repeat an extension already on record.
        "changes_applied": run["changes_applied"],
        "changes_gold": sum(len(a.raw.get("changes", [])) for a in articles if not a.raw.get("duplicate_of")),
        "splits": splits,
        "assignments": {a: str(predicted[a]) for a in sorted(predicted)},
    }


def failed_linking_floors(report: dict[str, Any]) -> list[str]:
    """Return the floors the linking report misses (heldout B-cubed F1 >= 0.95)."""
    heldout = report.get("splits", {}).get("heldout")
    if not heldout or not heldout.get("articles"):
        return ["linking: the corpus has no heldout articles"]
    if heldout["f1"] < HELDOUT_F1_FLOOR:
        return [f"linking: heldout B-cubed F1 {heldout['f1']:.3f} < {HELDOUT_F1_FLOOR}"]
    return []


def format_linking_report(report: dict[str, Any]) -> str:
    """Render the linking scores as a few readable lines."""
    lines = [
        f"linking ({report['analysis']}): {report['articles']} articles, {report['threads']} threads, "
        f"{report['developments']} developments, "
        f"{report['copies_recognised']}/{report['copies_gold']} copies recognised, "
        f"{report['changes_applied']}/{report['changes_gold']} deadline changes applied"
    ]
    for split, s in report["splits"].items():
        lines.append(
            f"  {split:<8} B-cubed P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"  ({s['articles']} articles, {s['threads']} threads)"
        )
    return "\n".join(lines)
