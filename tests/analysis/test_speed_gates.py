"""Cheap tests that skip work must skip only what finds nothing (the identical-output speed-ups)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.attribution import (
    _CLAUSE_COMMA,
    _count_end,
    _find_attribution,
    _may_open_count,
    find_attribution,
)
from bot.analysis.engine import _SpeakerNames
from bot.analysis.lexicon import load_lexicon
from bot.analysis.segment import segment
from bot.analysis.text import WORD_RE, quote_spans

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _words(code: str) -> list[str]:
    lex = load_lexicon(code)
    quantifiers = [w for q in lex.group_quantifiers for w in q.split()]
    return [
        *quantifiers,
        *lex.number_words,
        "3,000",
        "40.000",
        "12",
        "Diez",
        "alcaldes",
        "lawmakers",
        "weeks",
    ]


_WORDS = st.sampled_from(sorted({*_words("en"), *_words("es")}))
_GLUE = st.sampled_from([" ", ", ", " — ", "  ", "\n", "«"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_GLUE, _WORDS), min_size=1, max_size=6), st.sampled_from(["es", "en"]))
def test_a_subject_whose_head_opens_a_count_passes_the_first_word_test(
    pieces: list[tuple[str, str]], code: str
) -> None:
    lex = load_lexicon(code)
    part = "".join(a + b for a, b in pieces)
    cut = _CLAUSE_COMMA.search(part)
    head = part[: cut.start()] if cut else part
    if _count_end([w.lower() for w in WORD_RE.findall(head)], lex) > 0:
        assert _may_open_count(part, lex)


def test_a_kept_attribution_is_the_one_found_anew() -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.json"))[:40]:
        raw = json.loads(path.read_text(encoding="utf-8"))
        lex = load_lexicon(raw["lang"])
        for seg in segment(raw["text"], lex):
            clause = raw["text"][seg.start : seg.end]
            quotes = quote_spans(clause)
            first = find_attribution(clause, quotes, lex)
            assert find_attribution(clause, quotes, lex) == first == _find_attribution(clause, quotes, lex)
            checked += 1
    assert checked > 500


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 200), st.integers(0, 6000), st.integers(0, 30))
def test_runs_by_last_word_are_the_runs_before_that_end_so(article: int, end: int, pick: int) -> None:
    paths = sorted(CORPUS.glob("*.json"))
    raw = json.loads(paths[article % len(paths)].read_text(encoding="utf-8"))
    names = _SpeakerNames(raw["text"], load_lexicon(raw["lang"]))
    lasts = sorted({words[-1] for words in names.words_before(len(raw["text"]) + 1)})
    for last in [*lasts[pick : pick + 3], "Nobody"]:
        expected = [words for words in names.words_before(end) if words[-1] == last]
        assert list(names.ending_before(last, end)) == expected
