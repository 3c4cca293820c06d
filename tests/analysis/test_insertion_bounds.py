"""A reader's `>>` insertion inside a paragraph ends where the article's own text goes on."""

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


def test_an_insertion_at_a_line_start_still_runs_to_the_line_end() -> None:
    text = "The port reopened on Monday.\n>>About time. Nobody in town believed the dates anyway."
    items = _items(text, "en")
    assert [i.label for i in items[1:]] == [Label.COMMENTARY, Label.COMMENTARY]


@pytest.mark.parametrize(
    "text",
    [
        'The airline\'s chief executive, Nora Quist, said the fleet was "perfectly safe" >>she would say that '
        "and that refunds would be paid within a month.",
        "Finance Minister Joel Marr said the levy was temporary >>of coursebut that exporters would get a rebate.",
        "The coach, Dara Imes, said the team had trained well,>>right and that nobody was injured.",
    ],
)
def test_a_second_that_clause_after_an_insertion_is_the_speakers(text: str) -> None:
    items = _items(text, "en")
    assert [i.label for i in items] == [Label.STATEMENT, Label.COMMENTARY, Label.STATEMENT]
    assert items[2].speaker == items[0].speaker
    assert items[2].text.startswith(("and that", "but that"))


def test_an_insertion_that_is_a_that_clause_of_its_own_stays_commentary() -> None:
    text = "The council said the park would reopen in June >>and that is the problem."
    items = _items(text, "en")
    assert items[-1].label is Label.COMMENTARY
