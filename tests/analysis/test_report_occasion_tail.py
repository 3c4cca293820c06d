"""Where a report was made is part of the report, not the writer's tail after it.

'"…", dijo Elena Paz, portavoz de la aerolínea, en una rueda de prensa.': a short phrase that opens
with a preposition and names the occasion of speech (a press conference, a statement, an interview,
reporters) tells where or how the words were said, so it stays in the speaker's statement whatever
the stance model reads in it. A phrase that goes on into a clause of its own ("…, en una rueda de
prensa que nadie recordará…") or names no occasion is still the model's to read. Own sentences on
unrelated topics, never taken from the corpus or the bank; a stub model that reads every stretch as
comment tests the rule apart from the shipped weights.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
_PUB = datetime(2026, 3, 4, 12, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return analyze(text, published=_PUB, lang=lang, now=_NOW).items


OCCASIONS = [
    (
        "en",
        '"We will appeal," said the club\'s lawyer, Dana Ortiz, at a news conference in Leeds.',
        "Dana Ortiz",
    ),
    (
        "en",
        '"The figures speak for themselves," said Finance Minister Ravi Menon, in a televised address to parliament.',
        "Ravi Menon",
    ),
    (
        "en",
        '"No decision has been taken," said Clara Voss, the board\'s chair, in a statement on its website.',
        "Clara Voss",
    ),
    (
        "en",
        '"Prices will fall next year," said economist Jon Bale, during an interview with a local radio station.',
        "Jon Bale",
    ),
    (
        "en",
        '"The road will reopen," said site manager Abel Ruiz, to reporters outside the depot.',
        "Abel Ruiz",
    ),
    (
        "es",
        '"Vamos a recurrir", dijo la abogada del club, Dana Ortiz, en una conferencia de prensa en Sevilla.',
        "Dana Ortiz",
    ),
    (
        "es",
        '"No hay ninguna decisión tomada", afirmó la presidenta, Clara Voss, en un comunicado difundido por la tarde.',
        "Clara Voss",
    ),
    (
        "es",
        '"Los precios bajarán", aseguró el economista Jon Bale, durante una entrevista con una emisora local.',
        "Jon Bale",
    ),
    (
        "es",
        '"Estamos decepcionados", dijo Elena Paz, portavoz de la aerolínea, en una rueda de prensa.',
        "Elena Paz",
    ),
    (
        "es",
        '"La carretera abrirá", dijo el jefe de obra, Abel Ruiz, ante los periodistas en el depósito.',
        "Abel Ruiz",
    ),
]


@pytest.mark.usefixtures("sure")
@pytest.mark.parametrize(("lang", "text", "speaker"), OCCASIONS)
def test_the_occasion_of_a_report_stays_in_the_statement(lang: str, text: str, speaker: str) -> None:
    (item,) = _items(text, lang)
    assert item.label is Label.STATEMENT and item.speaker == speaker


@pytest.mark.parametrize(("lang", "text", "speaker"), OCCASIONS)
def test_the_shipped_model_keeps_the_occasion_in_the_statement(lang: str, text: str, speaker: str) -> None:
    (item,) = _items(text, lang)
    assert item.label is Label.STATEMENT and item.speaker == speaker


@pytest.mark.usefixtures("sure")
@pytest.mark.parametrize(
    ("lang", "text", "tail"),
    [
        # a clause of its own after the occasion, or no occasion named: the model still reads it
        (
            "es",
            '"El agua está garantizada", dijo el consejero, Iván Soler, en una rueda de prensa que llegó tres años tarde.',
            "en una rueda de prensa que llegó tres años tarde.",
        ),
        (
            "en",
            '"Our accounts are clean," said treasurer Omar Reyes, at a briefing which showed none of the accounts.',
            "at a briefing which showed none of the accounts.",
        ),
        (
            "en",
            '"Nobody will lose their job," said Fiona Grant, the chief executive, in what may prove a costly sentence.',
            "in what may prove a costly sentence.",
        ),
        (
            "es",
            '"Todo está en orden", dijo el alcalde, Luis Prado, con la serenidad de quien no ha leído el contrato.',
            "con la serenidad de quien no ha leído el contrato.",
        ),
    ],
)
def test_the_writers_words_after_a_report_are_still_cut(lang: str, text: str, tail: str) -> None:
    items = _items(text, lang)
    assert items[0].label is Label.STATEMENT
    assert items[-1].label is Label.COMMENTARY and items[-1].text == tail
