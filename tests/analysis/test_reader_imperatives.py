"""The writer telling the reader what to do: "Bring a cushion.", "Go anyway.", "Ask any farmer…" (comment16en).

Run with the stance model switched off, so only the rules decide. A capitalised bare verb opens
the sentence and a word of `imperative_next` follows; a noun that looks like a verb heads a report
("Trade ministers…", "Work on the…", "Mark Hollis…"), and a date or a duration makes an order a
service note ("Apply online within a month…"), as for the reader's address.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.labels import IMPERATIVE_REASON

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _items(text: str) -> list[tuple[str, str]]:
    return [(i.label.value, i.reason) for i in analyze(text, lang="en", now=NOW).items]


@pytest.mark.parametrize(
    "text",
    [
        "Take the bus anyway.",
        "Give it a week.",
        "Keep an eye on the river gauges.",
        "Leave the car at home.",
        "Ask the traders on Quay Street what the closure cost them.",
        "Try it once and see.",
    ],
)
def test_an_order_to_the_reader_is_commentary(rules_only: None, text: str) -> None:
    assert _items(text) == [("commentary", IMPERATIVE_REASON)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Apply online within a month of the notice.", "fact"),
        ("Check the council website before Monday.", "fact"),
        ("Work on the first stretch of resurfacing is due to begin in March.", "fact"),
        ("Trade ministers met in Luxembourg.", "fact"),
        ("Mark Hollis chairs the committee.", "fact"),
        ("Hope Street stays closed.", "fact"),
        ('"Bring a coat," Mayor Ana Ruiz told visitors.', "statement"),
    ],
)
def test_a_report_that_opens_like_an_order_stays_one(rules_only: None, text: str, label: str) -> None:
    assert [lab for lab, _ in _items(text)] == [label]
