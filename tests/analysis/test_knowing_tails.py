"""The writer's "…, and everybody on the island knows it" tail (comment18en).

The knowing subject may be a whole noun phrase of up to five words ("everybody on the island",
"everyone in the finance ministry"); the tail is the writer's, the sentence commentary. A plain
report of knowledge ("The council knows the figures") is no such tail. Run with the stance model
switched off.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _labels(text: str) -> list[str]:
    return [i.label.value for i in analyze(text, lang="en", now=NOW).items]


@pytest.mark.parametrize(
    "text",
    [
        "The car park fills by ten every morning in August, and everybody on the island knows it.",
        "The plan was never costed, and everyone in the finance ministry knew it.",
        "The line cannot carry another train an hour, and the drivers on the night shift know it.",
    ],
)
def test_a_knowing_tail_makes_the_sentence_commentary(rules_only: None, text: str) -> None:
    assert _labels(text) == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "The council knows the figures for every ward in the district.",
        "The harbour office knew the ferry's schedule, and it posted the times on its website.",
    ],
)
def test_a_report_of_knowledge_stays_a_fact(rules_only: None, text: str) -> None:
    assert _labels(text) == ["fact"]
