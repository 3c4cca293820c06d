"""The stance bank (tests/data/stance_bank/*.json): its format, and how training reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.errors import InputError
from bot.evaluation.corpus import load_corpus
from bot.evaluation.stance_bank import check_bank_file, load_bank
from bot.evaluation.train_stance import bank_examples

BANK_DIR = Path(__file__).parent / "data" / "stance_bank"
CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
BANK_FILES = sorted(BANK_DIR.glob("*.json"))


def _write(tmp_path: Path, name: str, content: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _file(*paragraphs: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    return {"lang": lang, "author": "tester", "paragraphs": list(paragraphs)}


def _para(topic: str, *sentences: tuple[str, str], register: str = "wire") -> dict[str, Any]:
    return {
        "topic": topic,
        "register": register,
        "sentences": [{"text": t, "label": lab} for t, lab in sentences],
    }


def test_every_bank_file_keeps_the_format() -> None:
    problems = [f"{p.name}: {problem}" for p in BANK_FILES for problem in check_bank_file(p)]
    assert problems == []


def test_every_bank_file_is_named_for_its_language() -> None:
    for path in BANK_FILES:
        lang = json.loads(path.read_text(encoding="utf-8"))["lang"]
        assert re.fullmatch(rf"{lang}-\d\d", path.stem), path.name


def test_no_sentence_appears_twice_in_the_bank() -> None:
    seen: dict[str, str] = {}
    doubles = []
    for piece in load_bank(BANK_DIR):
        for s in piece.sentences:
            key = " ".join(s.text.split()).casefold()
            if key in seen:
                doubles.append(f"{s.source} repeats {seen[key]}: {s.text}")
            seen.setdefault(key, s.source)
    assert doubles == []


def test_no_bank_sentence_is_copied_from_a_dev_article() -> None:
    dev = [a.text for a in load_corpus(CORPUS_DIR) if a.split == "dev"]
    copied = [
        s.text
        for piece in load_bank(BANK_DIR)
        for s in piece.sentences
        if len(s.text.split()) >= 6 and any(s.text in text for text in dev)
    ]
    assert copied == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ({"text": "The ferry left late.", "label": "opinion"}, "label 'opinion'"),
        ({"text": " The ferry left late.", "label": "fact"}, "not trimmed"),
        ({"text": "The ferry\nleft late.", "label": "fact"}, "not trimmed"),
        ({"text": "", "label": "fact"}, "empty text"),
        ({"text": "The ferry left late.", "label": "fact", "speaker": "Ana Ruiz"}, "speaker on a fact"),
        (
            {"text": "Nobody was surprised.", "label": "commentary", "speaker": "Ana Ruiz"},
            "speaker on a commentary",
        ),
        ({"text": "Ana Ruiz said so.", "label": "statement", "speaker": " "}, "empty speaker"),
    ],
)
def test_the_format_check_names_each_broken_sentence(
    tmp_path: Path, sentence: dict[str, Any], expected: str
) -> None:
    para = {"topic": "ferries", "register": "wire", "sentences": [sentence]}
    problems = check_bank_file(_write(tmp_path, "en-01.json", _file(para)))
    assert len(problems) == 1 and expected in problems[0]


def test_the_format_check_names_a_register_it_does_not_know_and_passes_a_valid_file(tmp_path: Path) -> None:
    good = _para("ferries", ("The ferry left late.", "fact"), register="column")
    assert check_bank_file(_write(tmp_path, "en-01.json", _file(good))) == []
    bad = _para("ferries", ("The ferry left late.", "fact"), register="blog")
    assert "register 'blog'" in check_bank_file(_write(tmp_path, "en-02.json", _file(bad)))[0]
    speaker = {"text": "Ana Ruiz said it left late.", "label": "statement", "speaker": "Ana Ruiz"}
    hedged = {"text": "Ana Ruiz reportedly said it left late.", "label": "claim", "speaker": "Ana Ruiz"}
    ok = {"topic": "ferries", "register": "wire", "sentences": [speaker, hedged]}
    assert check_bank_file(_write(tmp_path, "en-03.json", _file(ok))) == []


def test_loading_an_invalid_file_is_one_readable_error(tmp_path: Path) -> None:
    _write(tmp_path, "en-01.json", _file(_para("ferries", ("The ferry left late.", "rumour"))))
    with pytest.raises(InputError, match=r"en-01\.json: paragraph 0, sentence 0: label 'rumour'"):
        load_bank(tmp_path)


def test_a_run_of_paragraphs_on_one_topic_is_one_piece_and_places_its_sentences(tmp_path: Path) -> None:
    content = _file(
        _para("ferries", ("The ferry left late.", "fact"), ("Nobody was surprised.", "commentary")),
        _para("ferries", ("The port reopened on Monday.", "fact"), ("It will not last.", "commentary")),
        _para("bridges", ("The bridge opened.", "fact")),
        _para("ferries", ("The second ferry sailed.", "fact"), ("Tickets cost 12 euros.", "fact")),
    )
    _write(tmp_path, "en-01.json", content)
    pieces = load_bank(tmp_path)
    assert [p.topic for p in pieces] == ["ferries", "bridges", "ferries"]
    first = pieces[0]
    assert first.text == (
        "The ferry left late. Nobody was surprised.\nThe port reopened on Monday. It will not last."
    )
    places = [(s.text, s.paragraph_end, s.article_end) for s in first.sentences]
    assert places == [
        ("The ferry left late.", False, False),
        ("Nobody was surprised.", True, False),
        ("The port reopened on Monday.", False, False),
        ("It will not last.", True, True),
    ]
    # a sentence alone in its piece opens it: neither a kicker's place nor an article's end
    assert [(s.paragraph_end, s.article_end) for s in pieces[1].sentences] == [(False, False)]
    assert [(s.paragraph_end, s.article_end) for s in pieces[2].sentences] == [(False, False), (True, True)]
    assert pieces[2].sentences[1].source == "en-01#3"


def test_training_reads_only_the_banks_facts_and_comments_not_mostly_quoted(tmp_path: Path) -> None:
    content = _file(
        _para(
            "ferries",
            ("The ferry left late.", "fact"),
            ("The captain blamed the fog.", "statement"),
            ("The company may lose its licence.", "claim"),
            ("“A disgrace from start to finish,” one passenger wrote.", "commentary"),
            ("Nobody was surprised.", "commentary"),
        )
    )
    _write(tmp_path, "en-01.json", content)
    rows = list(bank_examples(load_bank(tmp_path), raw=True))
    assert [(text, label) for text, label, _ in rows] == [
        ("The ferry left late.", "fact"),
        ("Nobody was surprised.", "commentary"),
    ]
    assert rows[1][2] == ("en", True, True, False)
    feats, label = next(iter(bank_examples(load_bank(tmp_path))))
    assert label == "fact" and "lang:en" in feats and "paragraph_end" not in feats
