"""A verbless kicker whose adjective looks like a past tense is still verbless (comment20en).

"A watered-down version.", "Unprecedented, at University Hospital Limerick, in November.": the
past-tense guard of the verbless test read "watered" and "-ed" as a verb, so the writer's kicker
stayed a fact. A hyphenated or "un-…-ed" word the lemmatiser keeps as its own lemma
(`fragment_adjective_forms`) is an adjective; a real verb form ("unveiled", "long-awaited" lemmatise
to verbs) and any other past tense still keep a report. Run with the stance model switched off.

A limit: the lemmatiser reads many compounds as verb forms ("half-finished", "cash-strapped",
"fully-funded", "unloved"), and those still keep a verbless kicker a fact.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.labels import FRAGMENT_REASON

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
LEAD = "The talks ended on Monday. "


def _items(text: str) -> list[tuple[str, str]]:
    return [(i.label.value, i.reason) for i in analyze(LEAD + text, lang="en", now=NOW).items[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "A watered-down version.",
        "Unprecedented, at the county hospital, in November.",
        "Unfinished, unbudgeted and, as of this week, uncosted.",
    ],
)
def test_a_verbless_kicker_with_an_adjective_that_looks_past_is_commentary(
    rules_only: None, text: str
) -> None:
    assert _items(text) == [("commentary", FRAGMENT_REASON)]


@pytest.mark.parametrize(
    "text",
    [
        "The new rules unveiled.",
        "Long-awaited report published.",
        "A state visit postponed again.",
        "Unveiled in March, the plan was shelved in May.",
    ],
)
def test_a_sentence_with_a_real_past_form_is_not_verbless(rules_only: None, text: str) -> None:
    assert all(reason != FRAGMENT_REASON for _, reason in _items(text))
