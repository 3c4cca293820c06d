"""A group the writer does not name is a vague source, not the capitalised word that opens it
(attrib22 round, own phrasings): "State health officials", "Economic development officials",
"Mining sector sources", "Somebody in the service". Near misses: a named office or a named person
with their office stays a statement, and so does a named speaker after content that opens with
"Anyone".
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

VAGUE = [
    "Economic development officials describe the plant as a once-in-a-generation opportunity.",
    "State health officials confirmed a case of measles on Friday.",
    "Mining sector sources said the figures undercounted stones leaving the country.",
    "Somebody in the service wrote a directive without checking the law.",
    "Everybody in the building said the alarm never rang.",
    "Regional transport workers said the buses would not run on Monday.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_a_group_with_no_name_is_no_named_speaker(text: str) -> None:
    item = only_item(text, "en")
    assert item.label is not Label.STATEMENT
    assert item.speaker is None


NAMED = [
    ("The health ministry said the plan was dead.", "health ministry"),
    ("Health Minister Ana Ruiz said the plan was dead.", "Ana Ruiz"),
    ("Economic Development Minister Tom Hale said the plant would open in May.", "Tom Hale"),
    ("Anyone in Vienna can see the figures, Finance Minister Karl Brandt said.", "Karl Brandt"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED)
def test_a_named_office_or_person_stays_a_statement(text: str, speaker: str) -> None:
    item = only_item(text, "en")
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
