"""A count in years does not outweigh the stance model (comment17en).

A clause only the stance model calls comment is turned back to fact when the extractor reads a
due date in it ("A final decision is due by March 31."). A count in years is the writer's horizon
or a span looked back on ("Dentists in the shire will be busier within five years", "It will be
the country's fourth leader in five years"; gold: commentary, four bank annotators), never a gold
deadline of dev or the deadline bank. Own sentences; the model must still call them comment (it
does not for "The town will be poorer in five years, whatever…", which stays a fact, see the
analysis README). A plain report with a count in years keeps its label and its deadline.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

PUB = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
LEAD = "The council approved the stadium lease on Monday by six votes to five. "


@pytest.mark.parametrize(
    "text",
    [
        "The stadium will be half empty within three years, and nobody on the council will admit why.",
        "In ten years, nobody will remember who signed the contract.",
    ],
)
def test_a_count_in_years_leaves_the_writers_comment_alone(text: str) -> None:
    items = analyze(LEAD + text, published=PUB, lang="en", now=NOW).items
    assert items[-1].label is Label.COMMENTARY, items[-1].reason


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Operators will have five years to replace the old boilers.", "five years"),
        ("The company must repay the loan within three years.", "within three years"),
    ],
)
def test_a_report_counted_in_years_keeps_its_deadline(text: str, evidence: str) -> None:
    result = analyze(LEAD + text, published=PUB, lang="en", now=NOW)
    assert result.items[-1].label is Label.FACT
    assert any(evidence in d.evidence for d in result.deadlines)


def test_a_span_in_years_stays_a_fact() -> None:
    items = analyze(
        LEAD + "It is the third rescue plan in four years.", published=PUB, lang="en", now=NOW
    ).items
    assert items[-1].label is Label.FACT
