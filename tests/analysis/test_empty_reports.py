"""A reporting verb that reports nothing: "tells you", "not a word about", a concessive or questioning subject.

Own sentences on unrelated topics (never taken from the corpus), each with the report it must not
break: the writer's verdict is never a statement, a real report keeps its speaker.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _only(text: str, lang: str) -> tuple[Label, str | None]:
    (item,) = analyze(text, published=_NOW, lang=lang, now=_NOW).items
    return item.label, item.speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a thing that "tells you" something reveals it: the reader is told, nobody speaks
        (
            "en",
            "That the board met for six minutes tells you everything about how seriously it takes the audit.",
        ),
        (
            "en",
            "A ferry timetable printed in 2019 tells us most of what there is to know about Harbour Trust.",
        ),
        # a report of nothing at all
        ("en", "The new rules from Brussels say not a word about private jets."),
        ("es", "El reglamento de Bruselas no dice ni una palabra sobre los aviones privados."),
        ("es", "La circular del Ministerio de Educación no dice una palabra de las aulas prefabricadas."),
        # a concessive subject waves the report away before anyone makes it
        ("en", "The vote in Kestrel County will go ahead on Friday, no matter what the governor says."),
        ("en", "It cannot be ready by midnight, whatever anyone in Valmora says."),
        ("es", "La obra no estará lista en mayo, por mucho que diga la consejera de Fomento, Ana Ruiz."),
        # an indirect question as subject asks; nobody reports
        ("en", "Whether the board can explain that to the shareholders is another question."),
        ("en", "Whether the Treasury will confirm the figure before the election is far from clear."),
    ],
)
def test_a_report_of_nothing_or_a_figurative_one_is_never_a_statement(lang: str, text: str) -> None:
    label, speaker = _only(text, lang)
    assert label is not Label.STATEMENT and speaker is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Finance Minister Ana Ruiz told us the budget would be balanced.", "Ana Ruiz"),
        ("en", 'Chairman Tom Hale said one word that stunned the room: "resign".', "Tom Hale"),
        (
            "en",
            "Governor Lena Park said on Friday that the vote would go ahead whatever the weather.",
            "Lena Park",
        ),
        ("es", 'La consejera Ana Ruiz dijo una palabra que nadie esperaba: "dimisión".', "Ana Ruiz"),
        (
            "es",
            "El ministro Luis Pardo dijo que la obra estará lista en mayo por mucho que llueva.",
            "Luis Pardo",
        ),
        ("en", "Asked whether the board would resign, chairman Tom Hale said no.", "Tom Hale"),
    ],
)
def test_a_real_report_keeps_its_speaker(lang: str, text: str, speaker: str) -> None:
    assert _only(text, lang) == (Label.STATEMENT, speaker)
