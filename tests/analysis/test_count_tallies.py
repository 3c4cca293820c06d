"""The writer's verbless tally and a gerund in a verbless sentence (comment16en).

"Eleven games, eleven different back fours.", "Nine hours offline, five days to go.": the words
of a counted noun phrase ("strike days", "back fours") read as verbs to the verbless-sentence
test, and so does a gerund or a noun in its form ("weather permitting", "a January meeting").
Run with the stance model switched off, so only the rules decide. A verb agreeing with the count
("three buses serve"), a main verb ("are"), a past tense or a figure keep a report.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.labels import COUNT_LIST_REASON

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _items(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(i.label.value, i.reason) for i in analyze(text, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    "text",
    [
        "Four budgets, four different finance ministers.",
        "Three winters, three more burst water mains.",
        "Six hearings, six adjournments, nine weeks to go.",
        "Two reviews, two more ring roads.",
        "Ten applicants; ten identical rejection letters.",
    ],
)
def test_a_run_of_counted_things_is_the_writers_tally(rules_only: None, text: str) -> None:
    assert _items(text) == [("commentary", COUNT_LIST_REASON)]


@pytest.mark.parametrize(
    "text",
    [
        "An hour a day, funding permitting.",
        "Waiting, with the engines off, for a tug.",
        "The whole village queueing, again.",
        "Five councillors, two unions and a monthly meeting that nobody wants to chair.",
    ],
)
def test_a_gerund_is_no_finite_verb(rules_only: None, text: str) -> None:
    assert [label for label, _ in _items(text)] == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "Two ferries, three buses serve the island.",
        "Two ferries, one bus serves the island.",
        "Two ferries, three buses and a night train serve the island.",
        "Three suspects are in custody, two remain at large.",
        "Two people died, three were injured.",
        "Two firms, 14 bids.",
        "Three inspectors, two engineers arrive on Monday.",
        "They bring the nets in at dusk.",
    ],
)
def test_a_count_with_its_verb_stays_a_report(rules_only: None, text: str) -> None:
    assert "commentary" not in [label for label, _ in _items(text)]
