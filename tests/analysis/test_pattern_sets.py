"""A pattern set's literal prefilter (substring tests or automaton) must pass the same patterns."""

from __future__ import annotations

import json
from pathlib import Path

from bot.analysis.lexicon import PatternSet, load_lexicon

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_the_automaton_passes_exactly_the_patterns_the_substring_tests_pass() -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        lex = load_lexicon(raw["lang"])
        for pset in (*lex.commentary, *lex.unnamed_sources, *lex.vague_subjects):
            assert pset._automaton is not None  # these lists are long enough for one
            for sentence in raw["text"].split("."):
                by_scan = pset._active_by_scan(sentence)
                assert pset._active(sentence) == by_scan
                checked += 1
    assert checked > 1000


def test_a_short_list_keeps_the_substring_tests() -> None:
    pset = PatternSet([r"\bsegún\s", r"\bciting\s"])
    assert pset._automaton is None
    assert [m.group() for m in pset.finditer("según él, citing nobody; según ella")] == [
        "según ",
        "citing ",
        "según ",
    ]
