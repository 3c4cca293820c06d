"""A report and the writer's judgement joined by ", y" / ", and" are two items: the judgement is
cut off where a cue reads it as the writer's ("…, y a estas alturas cuesta creer que…"), so the
report keeps its speaker and the comment is commentary. An unattributed fact and a comment stay
one commentary item (convention 6); a report going on after ", and" ("…, and that fares would
not rise", "…, and it warned of further action") stays one report."""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Label
from tests.analysis.speakers import NOW, PUB

S, F, M = Label.STATEMENT, Label.FACT, Label.COMMENTARY


def _labels(text: str, lang: str) -> list[Label]:
    return [item.label for item in analyze(text, published=PUB, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        (
            "La ministra anunció otra auditoría, y a estas alturas es difícil tomarse en serio la palabra.",
            "es",
            [S, M],
        ),
        (
            "The minister announced another review, and by now it is hard to take the word review seriously.",
            "en",
            [S, M],
        ),
        (
            "Finance Minister Ruth Abebe announced the cuts on Monday, and clearly she expects a fight.",
            "en",
            [S, M],
        ),
        (
            "Madrid no ha declarado ninguna, y a estas alturas cuesta creer que sea por falta de datos.",
            "es",
            [M],
        ),
        (
            "Valencia no ha pedido ninguna ayuda, y a estas alturas cuesta creer que sea por descuido.",
            "es",
            [M],
        ),
        ("The council has not published the accounts, and frankly nobody expects it to any more.", "en", [M]),
        (
            "The airline has cancelled 40 flights this week, and it is hard to believe that is a coincidence.",
            "en",
            [M],
        ),
        (
            "El portavoz del Gobierno, Pablo Reina, dijo que la ley se votará en marzo, y que no habrá cambios.",
            "es",
            [S],
        ),
        (
            "La ministra de Sanidad, Ana Gil, anunció 200 nuevas plazas, y añadió que llegarán en enero.",
            "es",
            [S],
        ),
        (
            "Transport Secretary Mark Dunn said the line would reopen in May, and that fares would not rise.",
            "en",
            [S],
        ),
        ("The union said the strike would start on Monday, and it warned of further action.", "en", [S]),
        (
            "Transport Secretary Mark Dunn said the line would reopen in May, and the works will start in June.",
            "en",
            [S],
        ),
    ],
)
def test_the_writers_comment_after_and_is_cut_off(text: str, lang: str, labels: list[Label]) -> None:
    """The writer's comment after ", y" / ", and" is its own commentary item; a report goes on."""
    assert _labels(text, lang) == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("On Sunday the truce ends, and fighting may resume.", "en", [F]),
        ("El alto el fuego termina el domingo, y los combates podrían reanudarse.", "es", [F]),
    ],
)
def test_a_clause_with_no_cue_stays_with_its_sentence(text: str, lang: str, labels: list[Label]) -> None:
    """A clause that is comment only for lacking a report's specifics alone is not cut off."""
    assert _labels(text, lang) == labels
