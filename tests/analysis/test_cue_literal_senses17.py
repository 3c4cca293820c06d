"""A cue word in a report's plain sense is no comment, English (comment17en).

"Villa Quilmay … lies 11 km downstream of the dam" (dev, annotator b) read "lies" as the noun
of falsehood; "Nobody has yet been charged over four other killings" (bank) read "Nobody" as the
writer's sweeping subject, which "Nobody has been charged" already was not. Own sentences; near
misses keep the cue: the noun "lies", a "nobody" that is the writer's verdict.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _label(text: str) -> Label:
    return analyze(text, lang="en", now=NOW).items[-1].label


@pytest.mark.parametrize(
    "text",
    [
        "The village lies 40 km north of the border.",
        "The wreck lies about two miles offshore, in 30 metres of water.",
        "The farm lies just outside the flood zone drawn up in 2019.",
        "The town lies between the river and the motorway.",
        "Nobody has yet been arrested over the warehouse fire.",
        "No one has so far been charged in connection with the shooting.",
        "Nobody had ever been prosecuted under the 1998 act.",
    ],
)
def test_a_plain_report_with_a_cue_word_stays_a_fact(text: str) -> None:
    assert _label(text) is Label.FACT


@pytest.mark.parametrize(
    "text",
    [
        "The whole report is a pack of lies.",
        "The union has been honest about where its leverage lies.",
        "Nobody has yet explained why the pumps failed.",
        "Nobody in the harbour believes the tanker will move this week.",
    ],
)
def test_the_cue_words_figurative_sense_stays_commentary(text: str) -> None:
    assert _label(text) is Label.COMMENTARY
