"""Where a paragraph's last clause stands, read around the clause without copying the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.analysis.labels import _kicker_place


def _by_slices(text: str, start: int, end: int) -> bool:
    """The definition: something before the clause on its line, and nothing after it on its line."""
    tail = text[end:]
    head = text[:start].rstrip(" \t")
    return (
        bool(head) and not head.endswith("\n") and (not tail.strip() or tail.lstrip(" \t").startswith("\n"))
    )


@given(st.text(alphabet=" \t\n\r\u00a0ab.", max_size=16), st.data())
def test_reading_around_the_clause_agrees_with_the_definition(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _kicker_place(text, start, end) == _by_slices(text, start, end)


def test_a_clause_that_closes_a_paragraph_it_does_not_open_is_a_kicker_place() -> None:
    text = "The talks failed. Another 'final' deadline, then.\n\nNext paragraph."
    start = text.index("Another")
    end = text.index("\n")
    assert _kicker_place(text, start, end)
    assert not _kicker_place(text, 0, text.index(" Another"))  # opens its paragraph
    assert not _kicker_place(text, text.index("Next"), text.index("Next") + 4)  # opens it too
