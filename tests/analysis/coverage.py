"""The contract every analysis keeps, whatever the text: items in order that cover it, valid offsets."""

from __future__ import annotations

from bot.domain.models import Analysis


def assert_items_cover(text: str, analysis: Analysis) -> None:
    """Fail unless items are in text order, apart, exact slices, and leave only spaces uncovered."""
    covered = bytearray(len(text))
    previous_end = 0
    for item in analysis.items:
        assert previous_end <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text
        covered[item.start : item.end] = b"\x01" * (item.end - item.start)
        previous_end = item.end
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace(), f"char {i} ({ch!r}) is in no item"
    for mention in (*analysis.deadlines, *analysis.events, *analysis.changes):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.evidence
