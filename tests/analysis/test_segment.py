"""The segmenter's hand-written scans must agree with the regexes they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.segment import _END, _token_before

# The regex `_is_boundary` used to find the token before a full stop.
_TOKEN_BEFORE = re.compile(r"([^\s\"“”«»(\[]+)$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab.Sr \n\t"“”«»([\u00a0\u2003', max_size=70), st.integers(0, 70))
def test_token_before_matches_the_anchored_regex(text: str, end: int) -> None:
    end = min(end, len(text))
    m = _TOKEN_BEFORE.search(text, max(0, end - 40), end)
    assert _token_before(text, end) == (m.group(1) if m else "")


def test_token_before_stops_at_a_space_or_quote_and_skips_a_final_newline() -> None:
    assert _token_before("dijo el Sr. Pérez", 10) == "Sr"
    assert _token_before("«EE.UU", 6) == "EE.UU"
    assert _token_before("fin de línea\n", 13) == "línea"
    assert _token_before("", 0) == ""


_PLAIN_END = re.compile(r"[.!?…]+[\"”»’)\]]*")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a .!?…"”»’)]\n', max_size=60))
def test_sentence_end_pattern_matches_its_plain_form(text: str) -> None:
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _PLAIN_END.finditer(text)]
