"""Format checks for the labelled development corpus (tests/data/corpus/*.json).

The corpus is data written by hand; these checks keep it honest: every span is an exact
substring, items cover the whole text in order, dates are valid ISO 8601, splits are by
thread. See tests/data/corpus/README.md for the format and the labelling conventions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
LABELS = {"statement", "claim", "fact", "commentary"}
CHANGE_KINDS = {"extend", "meet", "break", "cancel"}
TOP_KEYS = {
    "id",
    "split",
    "lang",
    "thread",
    "title",
    "source",
    "url",
    "published",
    "text",
    "items",
    "deadlines",
    "events",
    "changes",
}
OPTIONAL_TOP_KEYS = {"duplicate_of"}


def _load() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(CORPUS_DIR.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["_path"] = path
        docs.append(doc)
    return docs


DOCS = _load()
BY_ID = {d["id"]: d for d in DOCS}


def _locate(text: str, span: str, occurrence: int = 1, start: int = 0) -> int:
    """Start offset of the `occurrence`-th match of span in text (counted from `start`)."""
    pos = start - 1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        if pos < 0:
            return -1
    return pos


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _is_aware_datetime(value: str) -> bool:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return "T" in value and parsed.utcoffset() is not None


def _is_due(value: str) -> bool:
    return _is_date(value) or _is_aware_datetime(value)


def test_corpus_is_present() -> None:
    assert len(DOCS) >= 32


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_article_metadata(doc: dict[str, Any]) -> None:
    keys = set(doc) - {"_path"}
    assert keys >= TOP_KEYS, f"missing keys: {TOP_KEYS - keys}"
    assert keys <= TOP_KEYS | OPTIONAL_TOP_KEYS, f"unknown keys: {keys - TOP_KEYS - OPTIONAL_TOP_KEYS}"
    assert doc["_path"].stem == doc["id"]
    assert doc["split"] in {"dev", "heldout"}
    assert doc["lang"] in {"es", "en"}
    assert doc["id"].startswith(doc["lang"] + "-")
    for key in ("thread", "title", "source", "url", "text"):
        assert isinstance(doc[key], str) and doc[key].strip(), key
    assert doc["url"].startswith("https://")
    if doc["published"] is not None:
        assert _is_aware_datetime(doc["published"]), doc["published"]
        assert doc["published"].startswith("2026-")
    size = len(doc["text"].encode("utf-8"))
    assert 1500 <= size <= 4000, f"text is {size} bytes"
    assert 8 <= len(doc["items"]) <= 30
    if "duplicate_of" in doc:
        original = BY_ID[doc["duplicate_of"]]
        assert original["thread"] == doc["thread"]
        assert original["id"] != doc["id"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_items_cover_text_in_order(doc: dict[str, Any]) -> None:
    text = doc["text"]
    cursor = 0
    for n, item in enumerate(doc["items"]):
        assert set(item) <= {"text", "label", "speaker", "role", "occurrence"}, item
        assert item["label"] in LABELS, item
        span = item["text"]
        assert span and span == span.strip(), f"item {n} must be non-empty and trimmed"
        start = _locate(text, span, item.get("occurrence", 1))
        assert start >= 0, f"item {n} not found: {span!r}"
        assert start >= cursor, f"item {n} out of order or overlapping: {span!r}"
        gap = text[cursor:start]
        assert not any(ch.isalnum() for ch in gap), f"uncovered text before item {n}: {gap!r}"
        assert len(gap.strip()) <= 3, f"too much punctuation before item {n}: {gap!r}"
        # the occurrence counter must point at this very position (no ambiguity)
        assert text.count(span, 0, start) + 1 == item.get("occurrence", 1), f"item {n}"
        cursor = start + len(span)
        for key in ("speaker", "role"):
            assert item[key] is None or (isinstance(item[key], str) and item[key].strip())
        if item["label"] == "statement":
            assert item["speaker"], f"statement without a named speaker: {span!r}"
        if item["label"] in {"fact", "commentary"}:
            assert item["speaker"] is None and item["role"] is None, span
    tail = text[cursor:]
    assert not any(ch.isalnum() for ch in tail), f"uncovered text at the end: {tail!r}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["id"])
def test_deadlines_events_changes(doc: dict[str, Any]) -> None:
    text = doc["text"]
    for d in doc["deadlines"]:
        assert set(d) <= {"evidence", "what", "due", "condition", "occurrence"}, d
        assert _locate(text, d["evidence"], d.get("occurrence", 1)) >= 0, d
        assert d["what"].strip()
        assert _is_due(d["due"]), d
        assert d["condition"] is None or d["condition"].strip()
    for e in doc["events"]:
        assert set(e) <= {"evidence", "what", "date", "occurrence"}, e
        assert _locate(text, e["evidence"], e.get("occurrence", 1)) >= 0, e
        assert e["what"].strip()
        assert _is_date(e["date"]), e
    for c in doc["changes"]:
        assert set(c) <= {"kind", "evidence", "new_due", "what", "occurrence"}, c
        assert c["kind"] in CHANGE_KINDS, c
        assert _locate(text, c["evidence"], c.get("occurrence", 1)) >= 0, c
        if c["kind"] == "extend":
            assert c["new_due"] and _is_due(c["new_due"]), c
        else:
            assert c["new_due"] is None or _is_due(c["new_due"]), c


def test_ids_unique() -> None:
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids))


def test_languages_balanced() -> None:
    langs = [d["lang"] for d in DOCS]
    assert {"es", "en"} <= set(langs)
    assert abs(langs.count("es") - langs.count("en")) <= 2


def test_split_is_by_thread() -> None:
    threads: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in DOCS:
        threads[d["thread"]].append(d)
    for name, docs in threads.items():
        assert len({d["split"] for d in docs}) == 1, f"thread {name} spans both splits"
    multi = {t: ds for t, ds in threads.items() if len(ds) >= 2}
    assert len(multi) >= 8
    assert sum(1 for ds in multi.values() if len(ds) >= 3) >= 6
    bilingual = [t for t, ds in multi.items() if {d["lang"] for d in ds} == {"es", "en"}]
    assert len(bilingual) >= 4
    heldout = {t: ds for t, ds in threads.items() if ds[0]["split"] == "heldout"}
    assert heldout, "heldout split is empty"
    heldout_multi_with_change = [
        t for t, ds in heldout.items() if len(ds) >= 2 and any(d["changes"] for d in ds)
    ]
    assert len(heldout_multi_with_change) >= 2
    assert {d["lang"] for ds in heldout.values() for d in ds} == {"es", "en"}
    assert 0.2 <= len(heldout) / len(threads) <= 0.5
    assert any(len(ds) == 1 for ds in threads.values()), "no single-article thread"


def test_change_kinds_and_undated_articles_are_represented() -> None:
    kinds = {c["kind"] for d in DOCS for c in d["changes"]}
    assert kinds == CHANGE_KINDS
    assert any(d["published"] is None for d in DOCS)
    assert sum(1 for d in DOCS if "duplicate_of" in d) >= 2


def test_reference_article_gold() -> None:
    ref = BY_ID["es-kyiv-reference"]
    assert ref["split"] == "dev"
    assert ref["published"] == "2026-01-30T12:00:00+00:00"
    assert ref["text"].startswith('"Puedo afirmar que el presidente Trump')
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in ref["items"]:
        by_label[item["label"]].append(item)
    assert {i["speaker"] for i in by_label["statement"]} >= {"Dmitri Peskov", "Volodímir Zelenski"}
    assert len(by_label["claim"]) == 2
    assert len(by_label["commentary"]) == 3
    assert any(i["text"].startswith(">>Ya se sabe") for i in by_label["commentary"])
    assert [(d["evidence"], d["due"]) for d in ref["deadlines"]] == [("hasta el 1 de febrero", "2026-02-01")]
    assert ref["deadlines"][0]["condition"]
    assert sorted(e["date"] for e in ref["events"]) == ["2025-12-17", "2026-01-23", "2026-01-24"]
    assert len([d for d in DOCS if d["thread"] == ref["thread"]]) >= 3
