"""A body's speaker name leaves the possessive its mention carried ("Nimbral Datos' plant", "The
World Food Programme's convoy"): attrib22 round, own phrasings; near misses: a name that ends in
"s" keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

CASES = [
    (
        "Nimbral Datos' plant in Vallesur uses two million litres a day. "
        "Nimbral says it has already cut consumption by 22 %.",
        "Nimbral says",
        "Nimbral Datos",
    ),
    (
        "The World Food Programme's first convoy reached the coastal road at noon, the agency said.",
        "The World Food Programme",
        "World Food Programme",
    ),
    (
        "Aerolíneas Unidas' pilots walked out on Monday. Aerolíneas Unidas said the strike was illegal.",
        "Aerolíneas Unidas said",
        "Aerolíneas Unidas",
    ),
    ("Carlos Reyes said the strike was illegal.", "Carlos Reyes", "Carlos Reyes"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CASES)
def test_a_speaker_leaves_the_possessive_of_its_mention(text: str, opening: str, speaker: str) -> None:
    items = analyze(text, published=None, lang="en", now=_NOW).items
    item = next(i for i in items if i.text.startswith(opening))
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
