"""The writer's guess at how someone will take it, with no source (comment18en).

"The founders will be fine.", "Fans will be devastated.", "The developer must be thrilled.": a
modal, "be" and a word of someone's feelings or fate, said by nobody, is the writer's. A notice's
courtesy ("will be pleased to announce"), a fine ("will be fined") or a grade ("fine-grained")
is no such guess. Run with the stance model switched off.
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
        "The shareholders will be fine.",
        "Season-ticket holders will be devastated.",
        "The landlord must be thrilled.",
        "Anyone who has queued at the Harbour Road stop will be relieved.",
    ],
)
def test_a_guess_at_someones_feelings_is_commentary(rules_only: None, text: str) -> None:
    assert _labels(text) == ["commentary"]


@pytest.mark.parametrize(
    "text",
    [
        "The club will be pleased to announce its new manager on Friday.",
        "Drivers will be fined £100 for parking on the verge.",
        "The sand must be fine-grained for the mix to set.",
    ],
)
def test_a_notice_a_fine_or_a_grade_stays_a_fact(rules_only: None, text: str) -> None:
    assert _labels(text) == ["fact"]


def test_a_speakers_guess_stays_theirs() -> None:
    text = "Our members will be furious, the union's general secretary said on Tuesday."
    assert "commentary" not in _labels(text)
