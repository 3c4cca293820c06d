""" "note" after an article and its adjectives is a thing ("In a two-line note to the parties, the
arbitrator said…"): the speaker is the verb's subject after it; "The agency notes that…" and "Ana
Ruiz notes that…" still report."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a two-line note to the parties, the arbitrator said she would now rule no later than December 11.",
            "arbitrator",
        ),
        ("In a brief handwritten note, Ana Ruiz said she would resign.", "Ana Ruiz"),
        ("In its latest note, the central bank said rates would stay.", "bank"),
        ("The agency notes that the figures are provisional.", "agency"),
        ("Ana Ruiz notes that the figures are provisional.", "Ana Ruiz"),
    ],
)
def test_a_note_is_a_thing_and_notes_that_reports(text: str, speaker: str) -> None:
    """The subject of the verb of saying speaks, not a note before it."""
    item = last_item(text, "en")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
