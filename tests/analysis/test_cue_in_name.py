"""A commentary cue that is a capitalised word inside a sentence is part of a name (comment14).

"Orchard Hollow", "the Rialto Theatre", "el Teatro del Puente", "Festival de Teatro de la
Costa": a place or a body, not the writer's "hollow" or "teatro". Own sentences, not the bank's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _labels(text: str, lang: str) -> list[Label]:
    return [i.label for i in analyze(text, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Flood barriers were raised overnight in Willow Hollow and along the river road.", "en"),
        ("The Grand Theatre reopens its main stage on 3 March after a two-year refit.", "en"),
        ("Tickets for the Harbour Theatre Company's winter season go on sale on Friday.", "en"),
        ("La compañía estrena el jueves su nueva obra en el Teatro Circo de Albacete.", "es"),
        ("El Festival de Teatro Clásico de Olmedo cerró su edición con 14.000 espectadores.", "es"),
        ("Los bomberos desalojaron a los vecinos de Hoya Absurda durante la madrugada.", "es"),
    ],
)
def test_a_cue_word_inside_a_name_is_no_comment(text: str, lang: str) -> None:
    assert _labels(text, lang) == [Label.FACT]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same words in the writer's voice, in lower case or opening the sentence
        ("The whole consultation was theatre, staged for the cameras.", "en"),
        ("Theatre, all of it, staged for the cameras.", "en"),
        ("Todo aquello fue puro teatro para las cámaras.", "es"),
        ("Absurdo, como casi todo en este expediente.", "es"),
    ],
)
def test_the_writers_own_cue_word_still_makes_a_comment(text: str, lang: str) -> None:
    assert Label.COMMENTARY in _labels(text, lang)


def test_a_capital_after_a_speaker_tag_still_counts() -> None:
    text = "PRESENTADORA: Buenas noches.\nMINISTRO: Eso es absurdo y usted lo sabe.\nPRESENTADORA: Gracias."
    item = next(i for i in analyze(text, lang="es", now=NOW).items if "absurdo" in i.text)
    assert item.label is not Label.FACT  # the guest's turn (a statement) or a comment, never a fact
