"""Regexes rewritten for speed must match exactly what their plain forms match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.text import _TWO_CAPS, LETTERS_RE, WORD_RE, clause_words, has_digit

_PLAIN_WORD = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*")
_PLAIN_TWO_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZÉñ9_.'’- \n«»EEUUOTANpara", max_size=60))
def test_word_and_capital_patterns_match_their_plain_forms(text: str) -> None:
    assert WORD_RE.findall(text) == _PLAIN_WORD.findall(text)
    assert [m.span() for m in _TWO_CAPS.finditer(text)] == [m.span() for m in _PLAIN_TWO_CAPS.finditer(text)]


_PLAIN_LETTERS = re.compile(r"[^\W\d_]+")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3FF), max_size=60))
def test_letter_runs_match_the_regex_in_and_beyond_latin_1(text: str) -> None:
    assert LETTERS_RE.findall(text) == _PLAIN_LETTERS.findall(text)


def test_letter_runs_split_at_digits_spaces_and_underscores() -> None:
    assert LETTERS_RE.findall("el 1º de año_2026, ½ día") == ["el", "º", "de", "año", "½", "día"]
    assert LETTERS_RE.findall("“Kyïv” ſ İ") == ["Kyïv", "ſ", "İ"]  # beyond Latin-1: the regex


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a7٣²½Ⅻ①x .", max_size=30) | st.text(max_size=30))
def test_the_digit_test_agrees_with_str_isdigit(text: str) -> None:
    assert has_digit(text) == any(ch.isdigit() for ch in text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aZÉ9_.' ", max_size=20), min_size=1, max_size=4))
def test_a_clause_split_again_gives_its_own_words(texts: list[str]) -> None:
    for text in [*texts, *reversed(texts)]:
        assert clause_words(text) == tuple(WORD_RE.findall(text))
        assert clause_words(text) == tuple(WORD_RE.findall(text))  # the remembered split
