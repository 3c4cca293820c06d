"""The deadline bank (tests/data/deadline_bank/*.json): its format, and how it is scored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.errors import InputError
from bot.evaluation.deadline_bank import (
    check_deadline_bank_file,
    load_deadline_bank,
    main,
    score_deadline_bank,
)

BANK_DIR = Path(__file__).parent / "data" / "deadline_bank"
BANK_FILES = sorted(BANK_DIR.glob("*.json"))

PAUSE = (
    "Peskov anunció el 30 de enero que Rusia se abstendrá de atacar Kiev "
    "durante una semana, hasta el 1 de febrero."
)


def _write(tmp_path: Path, content: dict[str, Any], name: str = "es-01.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _bank(*snippets: dict[str, Any], lang: str = "es") -> dict[str, Any]:
    return {"lang": lang, "author": "tester", "snippets": list(snippets)}


def test_every_bank_file_keeps_the_format() -> None:
    problems = [f"{p.name}: {problem}" for p in BANK_FILES for problem in check_deadline_bank_file(p)]
    assert problems == []


def test_no_snippet_appears_twice_in_the_bank() -> None:
    texts = [" ".join(s.text.split()).casefold() for s in load_deadline_bank(BANK_DIR)]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ({"text": ""}, "empty text"),
        ({"text": " Plazo."}, "not trimmed"),
        ({"text": "Plazo.", "published": "2026-01-30"}, "without an offset"),
        ({"text": "Plazo.", "published": "el lunes"}, "not an ISO datetime"),
        (
            {"text": "Plazo.", "deadlines": [{"evidence": "hasta el lunes", "due": "2026-02-02"}]},
            "not in the text",
        ),
        (
            {"text": "hasta el lunes", "deadlines": [{"evidence": "hasta el lunes", "due": "lunes"}]},
            "not an ISO date",
        ),
        (
            {
                "text": "hasta el lunes",
                "deadlines": [{"evidence": "hasta el lunes", "due": "2026-02-02T10:00"}],
            },
            "without an offset",
        ),
        (
            {"text": "el lunes", "events": [{"evidence": "el lunes", "date": "2026-02-02T10:00:00+01:00"}]},
            "a time",
        ),
        (
            {"text": "el lunes", "events": [{"evidence": "el lunes", "date": "2026-02-02", "occurrence": 2}]},
            "not in",
        ),
    ],
)
def test_a_broken_snippet_is_named(tmp_path: Path, snippet: dict[str, Any], expected: str) -> None:
    problems = check_deadline_bank_file(_write(tmp_path, _bank(snippet)))
    assert len(problems) == 1 and expected in problems[0]


def test_a_broken_file_stops_loading_with_its_name(tmp_path: Path) -> None:
    _write(tmp_path, _bank({"text": "Plazo.", "published": "ayer"}))
    with pytest.raises(InputError, match=r"es-01\.json"):
        load_deadline_bank(tmp_path)


def test_scoring_matches_the_engine_against_gold(tmp_path: Path) -> None:
    right = {
        "published": "2026-01-30T10:00:00+01:00",
        "text": PAUSE,
        "deadlines": [{"evidence": "hasta el 1 de febrero", "due": "2026-02-01"}],
    }
    wrong = {
        **right,
        "text": PAUSE.replace("Kiev", "Járkov"),
        "deadlines": [{"evidence": "hasta el 1 de febrero", "due": "2026-03-01"}],
    }
    _write(tmp_path, _bank(right, wrong))
    result = score_deadline_bank(load_deadline_bank(tmp_path))
    date_level = result["all"]["deadlines"]["date"]
    assert (date_level["tp"], date_level["fp"], date_level["fn"]) == (1, 1, 1)
    assert [m["snippet"] for m in result["deadline_misses"]] == ["es-01#1"]
    assert result["deadline_misses"][0]["found"] == ["hasta el 1 de febrero -> 2026-02-01"]


def test_the_command_prints_figures_and_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, _bank({"published": None, "text": PAUSE, "deadlines": []}))
    assert main([str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "1 snippets" in out and "all dl" in out
    assert "es-01#0" in out and "found: hasta el 1 de febrero -> 2026-02-01" in out


def _article(split: str, text: str, deadlines: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": f"en-probe-{split}",
        "split": split,
        "lang": "en",
        "published": "2026-06-09T10:00:00+00:00",
        "text": text,
        "items": [],
        "deadlines": deadlines,
        "events": [],
    }


def test_corpus_misses_list_a_dev_articles_errors_and_never_a_held_out_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = _article(
        "dev",
        "The board gave the firm until June 12 to pay. The hearing is on June 20.",
        [{"evidence": "until June 12", "due": "2026-06-15"}],
    )
    held = _article(
        "heldout", "SECRET must pay by June 30.", [{"evidence": "by June 30", "due": "2026-07-01"}]
    )
    _write(tmp_path, dev, "en-probe-dev.json")
    _write(tmp_path, held, "en-probe-heldout.json")
    assert main([str(tmp_path), "--corpus"]) == 0
    out = capsys.readouterr().out
    assert "missed 'until June 12' -> 2026-06-15" in out
    assert "near: deadline 'until June 12' -> 2026-06-12" in out
    assert "SECRET" not in out and "heldout" not in out
