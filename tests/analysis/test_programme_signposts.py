"""A host's or a newsletter's "we" in its running order is no writer's comment (comment18en).

"It's twenty past ten and we're talking about the bin strike", "we start in Harrowgate", "What
we're watching this week:": the programme's signpost, a fact. The writer's "we" ("We are all
watching the council make the same mistake again", "We're talking about a council that cannot
fix a pothole", "Then we'll see") stays commentary. Run with the stance model switched off.
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
        "PRESENTER: It's twenty past ten and we're talking about the council's bin contract.",
        "HOST: Right, we've been talking about the new parking charges all morning.",
        "PRESENTER: It's ten to nine, and we start in Carrow Quay, where the ferry is still tied up.",
        "After the news we turn now to the weather in the north.",
        "We're joined by the mayor of Dunmore.",
        "What we're watching this week:",
    ],
)
def test_a_programmes_signpost_is_a_fact(rules_only: None, text: str) -> None:
    assert _labels(text) == ["fact"]


@pytest.mark.parametrize(
    "text",
    [
        "We are all watching the council make the same mistake again.",
        "We're talking about a council that cannot fix a pothole.",
        "It will not, however, be the last we hear of those car logs.",
        "Then we'll see.",
        "We start, as ever, from the wrong end.",
    ],
)
def test_the_writers_we_stays_commentary(rules_only: None, text: str) -> None:
    assert _labels(text) == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "PRESENTER: It's five to nine and we're back in Carrow Quay.",
        "HOST: I'm in the studio with the harbour master.",
        "REPORTER: We've moved up to the ridge above the town.",
    ],
)
def test_a_contractions_verb_makes_no_verbless_kicker(rules_only: None, text: str) -> None:
    assert "a sentence with no verb" not in " ".join(
        i.reason for i in analyze(text, lang="en", now=NOW).items
    )
