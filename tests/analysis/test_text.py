"""Regexes rewritten for speed must match exactly what their plain forms match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.text import _TWO_CAPS, LETTERS_RE, WORD_RE

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
