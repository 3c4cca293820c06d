"""A name runs on to a body noun it qualifies ("the U.N. refugee agency", "Harwick council's
licensing committee"), but not across an article: "Meneses ordered the authority to…, and said…"
is Meneses speaking, "the authority" the object of his act."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Álvaro Meneses met the mayors. At the same news conference, Meneses ordered the authority "
            "to begin emptying the reservoir, and said the order would stay in place.",
            "en",
            "Álvaro Meneses",
        ),
        (
            "Ana Ruiz ordered the board to publish the figures and said the deadline would stand.",
            "en",
            "Ana Ruiz",
        ),
        ("Tom Reed fined a council on Monday and said the fine would stand.", "en", "Tom Reed"),
    ],
)
def test_an_article_ends_the_name_before_the_object(text: str, lang: str, speaker: str) -> None:
    """The body noun of the verb's object is no part of the subject's name."""
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesman for the U.N. refugee agency said 300 people had crossed.", "U.N. refugee agency"),
        (
            "Harwick council's licensing committee said the bar would close.",
            "Harwick council's licensing committee",
        ),
        ("Brandt's campaign said the poll was wrong.", "Brandt's campaign"),
    ],
)
def test_a_name_still_runs_on_to_its_body_noun(text: str, speaker: str) -> None:
    """A body noun right after a name, with no article between, is part of it."""
    assert last_statement_speaker(text, "en") == speaker
