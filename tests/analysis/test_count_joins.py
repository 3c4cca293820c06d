"""The writer's set-up and point: a verbless count, ", and", then a clause (comment18en).

"Two cranes, and the whole of East Africa's supply chain coughs.": the counted things report
nothing, the clause after them is the writer's verdict. Run with the stance model switched off,
so only the rules decide. A past tense, a day, a count of no plural noun, a verb in the counted
phrase or a compound subject keep a report.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.labels import COUNT_JOIN_REASON

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _items(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(i.label.value, i.reason) for i in analyze(text, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    "text",
    [
        "Four hundred and eighty-one pumps, and the hospital still floods.",
        "Five councils, and the ministry still has no plan for the bridge.",
        "Nine consultations, and not a single change to the route.",
        "Seventeen inspectors, and the boilers in the east wing still leak.",
        "Two referendums, and the island is still arguing about the same bridge.",
    ],
)
def test_a_count_joined_to_a_clause_is_the_writers_point(rules_only: None, text: str) -> None:
    assert _items(text) == [("commentary", COUNT_JOIN_REASON)]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were moved to hospital, and I am worried about several others.",
        "Two ferries, and a night train, serve the island.",
        "Two dead, and the gunman is still at large.",
        "Two schools, and one of them closes in June.",
        "Three arrests on Friday, and police expect more charges.",
        "Four buses, and the depot sent two more.",
        "Six new buses, and the route opens on Monday.",
        "Two ferries and a night train serve the island.",
    ],
)
def test_a_count_with_a_verb_a_day_or_a_past_stays_a_report(rules_only: None, text: str) -> None:
    assert COUNT_JOIN_REASON not in [reason for _, reason in _items(text)]
    assert "commentary" not in [label for label, _ in _items(text)]
