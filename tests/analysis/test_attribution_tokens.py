"""Tokens cut from a clause's kept token list must be the tokens a scan of the span finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.attribution import _scan_tokens, _tokens

_PIECES = st.sampled_from(
    ["dijo", "EE.UU", "U.S.", "union's", "Kyïv", "a_b", "17:00", "x-y", "-", "’", "«", "1"]
)
_GLUE = st.sampled_from([" ", "", ", ", ". ", "'", "—", "\n", "."])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12), st.data())
def test_a_span_reads_the_tokens_a_scan_of_it_finds(
    pieces: list[tuple[str, str]], data: st.DataObject
) -> None:
    text = "".join(w + g for w, g in pieces)
    start = data.draw(st.integers(-2, len(text) + 2))
    end = data.draw(st.integers(-2, len(text) + 2))
    assert _tokens(text) == _scan_tokens(text, 0, len(text))
    assert _tokens(text, start, end) == _scan_tokens(text, start, end)
    assert _tokens(text, start) == _scan_tokens(text, start, len(text))


def test_a_span_that_cuts_a_token_is_scanned_on_its_own() -> None:
    text = "según EE.UU dijo"
    assert [t.text for t in _tokens(text)] == ["según", "EE.UU", "dijo"]
    assert [(t.text, t.start) for t in _tokens(text, 9, 16)] == [("UU", 9), ("dijo", 12)]
    assert [t.text for t in _tokens(text, 0, 8)] == ["según", "EE"]
