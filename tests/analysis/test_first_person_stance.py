"""The writer's own doubt or verdict in the first person (comment18en).

"I am less sure his members will follow him…", "I'm not convinced…", "My bet: the rules will be
eased again…", "Our take: …": outside any quotation or transcript turn, the writer's. "I am sure
of one thing" has no doubt in it, "Our view of the harbour…" no label before a colon, and a
speaker's own words stay theirs. Run with the stance model switched off.
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
        "I am less sure the union's members will follow him into the summer term.",
        "I'm not convinced the ferry will sail before spring.",
        "I am no longer certain the council has the votes.",
        "My bet: the charges will be cut again before Christmas.",
        "Our take: the port cannot cope with another winter like this one.",
        "My guess: the board folds by Friday.",
    ],
)
def test_the_writers_first_person_doubt_or_verdict_is_commentary(rules_only: None, text: str) -> None:
    assert _labels(text) == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "Our view of the harbour is blocked by the new crane.",
        "Our reporter: the ferry has docked at Carrow Quay.",
    ],
)
def test_a_plain_first_person_line_stays_a_fact(rules_only: None, text: str) -> None:
    assert _labels(text) == ["fact"]


def test_a_speakers_own_doubt_stays_theirs() -> None:
    text = '"I am not sure we can reopen the bridge by Friday," the mayor said.'
    assert _labels(text) == ["statement"]
