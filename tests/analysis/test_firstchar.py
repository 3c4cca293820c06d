"""The start-character lookahead must change no match, only skip hopeless positions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import firstchar
from bot.analysis.firstchar import compile_gated, start_class

_PATTERNS = [
    r"(?:(?P<weekday>lunes|martes),?\s+)?(?P<day>\d{1,2})\s+de\s+(?P<month>enero|febrero)",
    r"\b(?:next|last)?\s*(?P<wd>monday|friday)\b",
    r"\b\w+(?:ó|aron)\b",
    r"(?<!\w)(?:a|b)?[c-e]+k",
    r"\bsegún\s|\bde\s+acuerdo\s+con\s",
    r"x*y?",  # may match empty: no lookahead
    r".ab",  # any character: no lookahead
    r"[^a]b",  # negated class: no lookahead
]
_ALPHABET = "abcdekKKxy ,.012lunesmartdjfoóáñ\u212a\u017fS"


def _spans(pat: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pat.finditer(text)]


def test_start_class_of_a_date_pattern_lists_weekday_and_digit_starts() -> None:
    cls = start_class(_PATTERNS[0], re.IGNORECASE)
    assert cls is not None
    assert "l" in cls and "m" in cls and r"\d" in cls


def test_start_class_is_unknown_when_a_match_can_be_empty_or_start_anywhere() -> None:
    assert start_class(r"x*y?", re.IGNORECASE) is None
    assert start_class(r".ab", re.IGNORECASE) is None
    assert start_class(r"[^a]b", re.IGNORECASE) is None


def test_inline_global_flags_fall_back_to_the_plain_pattern() -> None:
    pat = compile_gated(r"(?i)abc", 0)
    assert pat.pattern == r"(?i)abc"
    assert pat.search("xxABC") is not None


def test_without_re_internals_every_pattern_compiles_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(firstchar, "_parser", None)
    assert compile_gated(_PATTERNS[0], re.IGNORECASE).pattern == _PATTERNS[0]


def test_a_gated_pattern_carries_its_lookahead() -> None:
    assert compile_gated(_PATTERNS[0], re.IGNORECASE).pattern.startswith("(?=[")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_gated_patterns_find_exactly_the_plain_matches(text: str) -> None:
    for source in _PATTERNS:
        for flags in (re.IGNORECASE, 0):
            assert _spans(compile_gated(source, flags), text) == _spans(re.compile(source, flags), text)
