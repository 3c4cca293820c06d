"""A plural count in words taken as one thing: "Four trawlers is a start." (comment16en).

Run with the stance model switched off, so only the rules decide. The singular verb after a
plural count is the writer's measure; a report counts with the plural ("Four trawlers were
seized"), a count that is a rule's value stays a report ("Fifty dollars is the fine for…"), and
so do "one of…", a source ("Two inspectors said…") and a clause with its own subject.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.labels import COUNT_PREDICATE_REASON

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _items(text: str) -> list[tuple[str, str]]:
    return [(i.label.value, i.reason) for i in analyze(text, lang="en", now=NOW).items]


@pytest.mark.parametrize(
    "text",
    [
        "Three ferries is not a fleet.",
        "Twelve councillors is a crowd for a parish this size.",
        "Five years without a pay rise becomes a habit.",
        "Two ambulances for the whole valley is a gamble with other people's lives.",
    ],
)
def test_a_plural_count_taken_as_one_thing_is_commentary(rules_only: None, text: str) -> None:
    assert _items(text) == [("commentary", COUNT_PREDICATE_REASON)]


@pytest.mark.parametrize(
    "text",
    [
        "Four trawlers were seized on Monday.",
        "Three ministers is what the coalition agreement allows each party.",
        "Two hospitals is the minimum the law requires for a region this size.",
        "Fifty dollars is the fine for a first offence.",
        "One of the three bridges is closed.",
        "Two inspectors said the site was safe.",
        "Eighteen months ago it was valued at one billion dollars.",
        "Two years after the dam was built, the river changed course.",
        "Three days into the strike, the depot was empty.",
    ],
)
def test_a_count_reported_stays_a_report(rules_only: None, text: str) -> None:
    assert "commentary" not in [label for label, _ in _items(text)]
