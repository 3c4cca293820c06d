"""Inter-annotator agreement: a second annotation scored against the corpus gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.errors import InputError
from bot.evaluation.agreement import load_second, main, score
from bot.evaluation.corpus import load_corpus

TEXT = "The union set a strike for 3 March. The talks failed on Monday. What a mess."
GOLD = {
    "id": "en-t-01",
    "split": "dev",
    "lang": "en",
    "published": "2026-02-25T10:00:00+00:00",
    "text": TEXT,
    "items": [
        {"text": "The union set a strike for 3 March.", "label": "fact"},
        {"text": "The talks failed on Monday.", "label": "fact"},
        {"text": "What a mess.", "label": "commentary"},
    ],
    "deadlines": [{"evidence": "for 3 March", "due": "2026-03-03"}],
    "events": [{"evidence": "on Monday", "date": "2026-02-23"}],
}


def _write(directory: Path, name: str, obj: dict[str, object]) -> None:
    directory.mkdir(exist_ok=True)
    (directory / f"{name}.json").write_text(json.dumps(obj), encoding="utf-8")


def _second(**changes: object) -> dict[str, object]:
    second: dict[str, object] = {
        "id": "en-t-01",
        "items": [dict(item) for item in GOLD["items"]],  # type: ignore[attr-defined]
        "deadlines": [{"evidence": "for 3 March", "due": "2026-03-03"}],
        "events": [{"evidence": "on Monday", "date": "2026-02-23"}],
    }
    second.update(changes)
    return second


def _score(tmp_path: Path, second: dict[str, object]) -> dict[str, object]:
    _write(tmp_path / "corpus", "en-t-01", GOLD)
    _write(tmp_path / "second", "en-t-01", second)
    return score(load_corpus(tmp_path / "corpus"), load_second(tmp_path / "second"))


def test_full_agreement_scores_one(tmp_path: Path) -> None:
    result = _score(tmp_path, _second())
    assert result["macro_f1"] == 1.0
    assert result["dated"]["deadlines"]["date"]["f1"] == 1.0


def test_a_label_and_a_date_disagreement_are_counted(tmp_path: Path) -> None:
    items = [dict(item) for item in GOLD["items"]]  # type: ignore[attr-defined]
    items[2]["label"] = "fact"
    result = _score(
        tmp_path,
        _second(items=items, deadlines=[{"evidence": "for 3 March", "due": "2026-03-04"}]),
    )
    assert result["confusion"][("commentary", "fact")] == 1
    assert result["per_label"]["commentary"]["recall"] == 0.0
    assert result["per_label"]["fact"]["precision"] == pytest.approx(2 / 3)
    deadlines = result["dated"]["deadlines"]["date"]
    assert (deadlines["tp"], deadlines["fp"], deadlines["fn"]) == (0, 1, 1)
    assert result["dated"]["events"]["date"]["tp"] == 1


def test_a_different_segmentation_is_an_error(tmp_path: Path) -> None:
    items = [dict(item) for item in GOLD["items"]][:2]  # type: ignore[attr-defined]
    with pytest.raises(InputError, match="segmentation"):
        _score(tmp_path, _second(items=items))


def test_evidence_outside_the_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="evidence not in the text"):
        _score(tmp_path, _second(deadlines=[{"evidence": "by 4 March", "due": "2026-03-04"}]))


def test_the_shipped_second_annotations_match_dev_articles(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[1] / "data"
    seconds = load_second(root / "agreement")
    corpus = {a.id: a for a in load_corpus(root / "corpus")}
    assert seconds and all(corpus[s["id"]].split == "dev" for s in seconds)
    assert main([str(root / "corpus"), str(root / "agreement")]) == 0
    out = capsys.readouterr().out
    assert f"agreement over {len(seconds)} articles" in out
