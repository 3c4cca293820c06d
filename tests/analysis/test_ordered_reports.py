"""A verb of saying that opens a sentence as an order to the reader is no report (comment20en).

"Ask a teacher in Dayton how that is going.": read as a report with a dropped subject, the writer's
order became a claim with no speaker. A report's dropped subject takes a tensed verb ("Says…",
"Told reporters…"); a capitalised bare verb and a word of `imperative_next` open an order
(`_imperative`). Run with the stance model switched off, so only the rules decide.
"""

from __future__ import annotations

import pytest

from bot.analysis.labels import IMPERATIVE_REASON
from tests.analysis.probes import labels_after

LEAD = "The buses were late again on Monday. "


def _items(text: str) -> list[tuple[str, str]]:
    return labels_after(LEAD, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Ask a teacher in Dayton how that is going.",
        "Ask a nurse on the night shift whether the winter plan is working.",
        "Tell the families in Block C that the lifts are a priority.",
        "Ask the drivers what the new timetable has done for them.",
    ],
)
def test_an_opening_verb_of_saying_that_orders_the_reader_is_commentary(rules_only: None, text: str) -> None:
    assert _items(text) == [("commentary", IMPERATIVE_REASON)]


def test_an_order_to_ask_with_the_answer_promised_to_the_reader_is_commentary(rules_only: None) -> None:
    items = _items("Ask a trader at the market what that means and she will tell you in one word: rice.")
    assert [label for label, _ in items] == ["commentary"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Asked about the delay, the operator said it was the weather.", "statement"),
        ('"Ask the drivers," the union said on Monday.', "statement"),
        ("Tell Mama, a monitoring group, said the number of reports had doubled.", "statement"),
        ("Ask for a refund at the ticket office before Friday.", "fact"),
    ],
)
def test_a_report_or_a_service_note_that_opens_with_a_verb_of_saying_stays_one(
    rules_only: None, text: str, label: str
) -> None:
    assert [lab for lab, _ in _items(text)] == [label]
