"""The outlet's own notes are facts, English (comment17en).

A live blog's sign-off ("That's where we leave today's live coverage", "We are closing this
blog for tonight"), its notes ("All times CET.", "Newest first.", "What we're watching."), a
recap's opener ("Recap for anyone just joining us: …") and a newsletter's greeting or sign-off
standing alone ("Good morning.", "That's it for today; see you tomorrow.") organise the
coverage and judge nothing (gold: fact in six dev threads of several annotators). The rules read
the first person plural as the writer's ("we", "us"), a verbless line as a kicker, and the stance
model a sign-off as comment. Own sentences on topics of my own; near misses keep the writer's
verdict: a greeting that goes on into a verdict, a sign-off phrase inside prose that judges, a
"we" that is the writer's opinion.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

PUB = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _item(text: str, opening: str) -> Item:
    items = analyze(text, published=PUB, lang="en", now=NOW).items
    return next(i for i in items if opening in i.text)


LIVE = (
    "Harbour ferry strike: live updates\n"
    "{note}\n"
    "09:10 The ferry unions met the port authority at 8 a.m. in Dunmore.\n"
    "{entry}\n"
    "11:25 The port authority said two sailings to the islands would run on Friday."
)


@pytest.mark.parametrize(
    ("note", "entry", "opening"),
    [
        ("All times BST.", "21:40 That's where we leave tonight's coverage.", "That's where we leave"),
        (
            "All times are local time.",
            "21:40 That is where we end this blog for today.",
            "That is where we end",
        ),
        ("Newest entries at the top.", "22:05 We are closing the live blog for tonight.", "We are closing"),
        ("Times are CET.", "22:05 We're wrapping up our coverage for the evening.", "We're wrapping up"),
        (
            "Latest first.",
            "13:00 Recap for those just joining us: the unions have rejected the offer and the port stays shut.",
            "Recap for those",
        ),
        (
            "Newest first.",
            "21:40 What we're watching tomorrow: the vote at the dockers' hall.",
            "What we're watching",
        ),
    ],
)
def test_a_live_blogs_notes_and_sign_offs_are_facts(note: str, entry: str, opening: str) -> None:
    text = LIVE.format(note=note, entry=entry)
    assert _item(text, note[:8]).label is Label.FACT, note
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "The Dunmore Briefing\nGood morning. Three votes to watch in the council this week.",
            "Good morning.",
        ),
        (
            "The library levy passed by two votes in 2021 and raised £3 million. That's it for this week; see you on Monday.",
            "That's it for this week",
        ),
        ("The Tuesday Note\nGood evening. The council meets at six.", "Good evening."),
        ("The ferry timetable is on page four.\n• What we're watching.", "What we're watching"),
    ],
)
def test_a_newsletters_greeting_or_sign_off_alone_is_a_fact(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a greeting that goes on into the writer's verdict (bank gold: commentary)
        (
            "The Dunmore Briefing\nGood morning, and what a week to be the harbour master, with three strikes and no ferries.",
            "Good morning",
        ),
        # the writer's "we" of opinion, in a live blog, in no sign-off
        (
            LIVE.format(note="All times BST.", entry="21:40 We should all be worried about this dispute."),
            "We should",
        ),
        # "times are" as the writer's remark, not a time zone
        (
            LIVE.format(
                note="All times BST.", entry="21:40 Times are hard on the quays, and they will get harder."
            ),
            "Times are",
        ),
    ],
)
def test_the_writers_words_near_a_service_phrase_stay_commentary(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.COMMENTARY, (opening, item.reason)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "The Harbour Brief\nGood morning. Three things to watch at the port this week.\n1. The dockers vote on Tuesday.\n2. The ferry timetable returns on Friday.",
            "Three things to watch",
        ),
        (
            "Council week ahead. Five numbers to know before the budget vote.\n• 12: the councillors needed for a majority.\n• £4m: the gap in the plan.",
            "Five numbers to know",
        ),
        (
            "The Election Note\nTwo questions to keep an eye on tonight.\n1. Does turnout pass 60 per cent?\n2. Does the mayor hold her seat?",
            "Two questions to keep",
        ),
    ],
)
def test_a_count_of_what_the_list_brings_is_a_signpost(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


def test_a_count_of_things_with_no_list_after_it_is_left_to_the_rules() -> None:
    text = "The port reopened on Monday. Three things to watch this week, and frankly none of them matter."
    assert _item(text, "Three things").label is Label.COMMENTARY
