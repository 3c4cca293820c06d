"""A reader's `>>` insertion keeps its own words: no report resumes inside it unless the text says so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return list(analyze(text, published=PUB, lang=lang, now=NOW).items)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor said the bridge would reopen in May >>sure it will. They said the same last year.", "en"),
        (
            "The mayor said the bridge would reopen in May >>sure it will. The mayor said the same last year.",
            "en",
        ),
        (
            "The airline said all flights would run on Friday >>we'll see. My flight was cancelled twice last week.",
            "en",
        ),
        ("El ministro dijo que el tren llegará en mayo >>ya, claro. Lo mismo prometieron en 2019.", "es"),
        (
            "The league said the works were on schedule >>sure. Mayor Lena Holt said the same in 2019, "
            "and look where we are.",
            "en",
        ),
        ("El club dijo que la grada abrirá >>ya. El alcalde, Luis Mata, dijo lo mismo en 2019 y mira.", "es"),
        (
            "La empresa aseguró que no habrá despidos >>eso dicen siempre. Mi hermano trabajaba allí y lo echaron.",
            "es",
        ),
    ],
)
def test_a_readers_second_sentence_on_the_line_stays_commentary(text: str, lang: str) -> None:
    items = _items(text, lang)
    assert [i.label for i in items[1:]] == [Label.COMMENTARY, Label.COMMENTARY]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the pool would reopen in June >>funny, and that from a man who closed it.",
        "The council said rents would fall >>they promised that in 2019, but that never happens.",
        "The airline said refunds would be paid within a week >>yes, and that the cheque is in the post.",
        "The company said the plant was safe >>tell that to the neighbours and that river.",
        "The minister said the budget was balanced >>and that, folks, is politics.",
    ],
)
def test_and_that_inside_an_insertion_stays_the_readers(text: str) -> None:
    items = _items(text, "en")
    assert [i.label for i in items] == [Label.STATEMENT, Label.COMMENTARY]
