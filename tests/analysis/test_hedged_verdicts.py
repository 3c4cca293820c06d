"""The writer's verbless weighing of a reported act, opened by a degree adverb (comment18en).

"Largely passed, by a government grading its own paper.", "Properly declared, yes.", "Partly open,
then.": with no subject, the participle after the adverb is no finite verb. A subject after the
adverb, a second verb, a figure or a day keep a report. A possessive ("its own paper", "their
nets") stands before a noun, never a verb. Run with the stance model switched off.
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
        "Largely approved, by a committee marking its own homework.",
        "Properly costed, yes.",
        "Partly reopened, then.",
        "Mostly repaired, at least on paper.",
        "Waiting, with their engines off, for a tug.",
    ],
)
def test_a_verbless_weighing_is_commentary(rules_only: None, text: str) -> None:
    assert _labels(text) == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "Largely, the bill passed without amendment.",
        "Partly reopened on Monday.",
        "Half finished, the bridge was abandoned in the nineties.",
        "Broadly welcomed by business groups, the plan goes to a vote.",
        "Roughly 400 people attended.",
    ],
)
def test_a_report_with_a_subject_a_verb_or_a_day_stays_a_fact(rules_only: None, text: str) -> None:
    assert _labels(text) == ["fact"]
