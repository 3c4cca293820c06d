"""The linking evaluation: B-cubed arithmetic, a small corpus end to end, and the floor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.evaluation.linking_scores import (
    bcubed,
    evaluate_linking,
    failed_linking_floors,
    format_linking_report,
    gold_analysis,
    load_corpus,
)

REPO = Path(__file__).resolve().parents[2]
# The corpus ships in tests/data/corpus; SITREP_CORPUS_DIR points elsewhere (a worktree).
CORPUS = Path(os.environ.get("SITREP_CORPUS_DIR", REPO / "tests" / "data" / "corpus"))

ARTICLES = [
    (
        "es-kyiv-1",
        "dev",
        "es",
        "kyiv",
        "2026-01-30T12:00:00+00:00",
        "Putin acepta no atacar Kiev",
        "Peskov anunció que Putin aceptó no atacar Kiev hasta el 1 de febrero.\nZelenski dijo que Ucrania respetará la pausa.",
    ),
    (
        "en-kyiv-2",
        "dev",
        "en",
        "kyiv",
        "2026-02-01T12:00:00+00:00",
        "Kremlin extends Kyiv pause",
        "The Kremlin extended the pause on strikes against Kyiv, Dmitry Peskov said.\nZelenskyy said Ukraine keeps the pause.",
    ),
    (
        "es-port-1",
        "heldout",
        "es",
        "port",
        "2026-03-02T12:00:00+00:00",
        "Ultimátum de los estibadores",
        "La Coordinadora de Estibadores dio 72 horas a la patronal antes de la huelga en Valencia y Algeciras.\n"
        "Rosa Ibarra dijo que la huelga empezará el viernes.",
    ),
    (
        "en-port-2",
        "heldout",
        "en",
        "port",
        "2026-03-05T12:00:00+00:00",
        "Dockworkers extend strike deadline",
        "Spanish dockworkers extended the strike deadline at the ports of Valencia and Algeciras, Rosa Ibarra said.\n"
        "The union and the employers will keep talking.",
    ),
    (
        "en-zambia",
        "heldout",
        "en",
        "zambia",
        None,
        "Zambia gives parties until Friday",
        "Zambia's electoral commission gave parties until Friday to challenge the election results in Lusaka.",
    ),
]


def write_corpus(folder: Path, articles: list[tuple[str, str, str, str, str | None, str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for id_, split, lang, thread, published, title, text in articles:
        items = [{"text": line, "label": "fact", "speaker": None, "role": None} for line in text.split("\n")]
        (folder / f"{id_}.json").write_text(
            json.dumps(
                {
                    "id": id_,
                    "split": split,
                    "lang": lang,
                    "thread": thread,
                    "title": title,
                    "source": "test",
                    "url": f"https://example.org/{id_}",
                    "published": published,
                    "text": text,
                    "items": items,
                    "deadlines": [],
                    "events": [],
                    "changes": [],
                }
            ),
            "utf-8",
        )
    return folder


def test_bcubed_scores_a_split_cluster_and_a_merged_one() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 2}, gold, ["a", "b", "c"]) == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    split = bcubed({"a": 1, "b": 2, "c": 3}, gold, ["a", "b", "c"])
    assert split["precision"] == 1.0 and split["recall"] == pytest.approx(2 / 3, abs=1e-4)
    merged = bcubed({"a": 1, "b": 1, "c": 1}, gold, ["a", "b", "c"])
    assert merged["recall"] == 1.0 and merged["precision"] == pytest.approx(5 / 9, abs=1e-4)


def test_gold_analysis_finds_every_item_in_the_text(tmp_path: Path) -> None:
    (article, *_) = load_corpus(write_corpus(tmp_path / "c", ARTICLES[:1]))
    analysis = gold_analysis(article)
    assert [article.text[i.start : i.end] for i in analysis.items] == [i.text for i in analysis.items]


def test_a_small_corpus_links_perfectly_per_split_and_passes_the_floor(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    report = evaluate_linking(corpus)
    assert report["splits"]["dev"] == {
        "articles": 2,
        "threads": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert report["splits"]["heldout"]["f1"] == 1.0 and report["splits"]["heldout"]["threads"] == 2
    assert failed_linking_floors(report) == []
    assert "heldout  B-cubed P 1.000  R 1.000  F1 1.000" in format_linking_report(report)


def test_the_floor_fails_below_095_and_without_heldout_articles() -> None:
    low = {"splits": {"heldout": {"articles": 4, "threads": 2, "precision": 1.0, "recall": 0.8, "f1": 0.889}}}
    assert failed_linking_floors(low) == ["linking: heldout B-cubed F1 0.889 < 0.95"]
    assert failed_linking_floors({"splits": {"dev": {"articles": 3}}}) == [
        "linking: the corpus has no heldout articles"
    ]


# Issue 4's bar is held-out B-cubed F1 >= 0.95, met on the 120 held-out articles up to the tenth
# session (0.952 with the whole corpus ingested together, as here). The twelfth blind batch (16
# articles, sealed, 1 Dec 2026) linked at 0.884 alone, which took all 136 to 0.945, and this test
# guarded the measured 0.947 until the floor was met again. In the eleventh session link26's rules
# (found on dev: kind words for gazettes, nursing and medicines regulators; side segments anchored on
# distinctive names; a story's cast of three) and a thirteenth sealed batch took the 152 held-out
# articles from 0.940 (session-start code) to 0.956: the floor was enforced again. In the twelfth
# session a fourteenth blind batch (16 articles, sealed) linked at 0.897 alone (precision 1.0, recall
# 0.81: 6 stories in 12 developments), which took all 168 to 0.942 (0.9415 with the session-start
# code, 0.9417 with link27's bilingual story words): under the floor, which `sitrep eval` reports as
# missed. Until it is met again this guards the measured level so that no change makes it worse.
HELDOUT_LINKING_MEASURED = 0.941


def test_the_labelled_corpus_holds_the_measured_linking_level() -> None:
    assert CORPUS.is_dir(), f"corpus not found at {CORPUS} (set SITREP_CORPUS_DIR)"
    report = evaluate_linking(CORPUS)
    # no held-out figure in the message: engineers who tune on dev see only that it fell (a bare
    # bool, so pytest's assertion rewriting has no value to print)
    held = bool(report["splits"]["heldout"]["f1"] >= HELDOUT_LINKING_MEASURED)
    assert held, "held-out linking fell below its measured level"
    assert report["splits"]["heldout"]["threads"] >= 2
    assert report["copies_recognised"] == report["copies_gold"]


def test_gold_spans_follow_the_occurrence_key(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", ARTICLES[:1])
    path = folder / "es-kyiv-1.json"
    data = json.loads(path.read_text("utf-8"))
    data["text"] = "Pausa hasta el lunes. Y de nuevo hasta el lunes."
    data["items"] = [
        {"text": "Pausa hasta el lunes.", "label": "fact"},
        {"text": "Y de nuevo hasta el lunes.", "label": "fact"},
    ]
    data["deadlines"] = [
        {"evidence": "hasta el lunes", "what": "pausa", "due": "2026-02-02", "occurrence": 2}
    ]
    path.write_text(json.dumps(data), "utf-8")
    (article,) = load_corpus(folder)
    (deadline,) = gold_analysis(article).deadlines
    assert deadline.start == data["text"].rindex("hasta el lunes")
