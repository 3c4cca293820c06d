""" "Según la cámara", "según la propia cofradía", "according to the federation": a body's noun
(`institutions`) after "según"/"according to" is a source, so the data it gives is that body's
statement (corpus convention 8); a measure or a document's noun ("según la tabla", "according to
the timetable") is none."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Cámara de Exportadores de Velandia pidió calma. Según la cámara, los productos afectados"
            " suman unos 1.300 millones de dólares.",
            "es",
        ),
        (
            "La Cofradía de Pescadores de Villaricos pidió ayudas. Hoy es sábado y, según la propia"
            " cofradía, no ha entrado un euro en la cuenta de ningún armador.",
            "es",
        ),
        ("Según la federación, la huelga sigue en los tres puertos.", "es"),
        ("According to the federation, the strike goes on in all three ports.", "en"),
    ],
)
def test_a_bodys_noun_after_according_to_is_a_source(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, item.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Según la tabla, el precio sube un 4 % en enero.", "es"),
        ("According to the timetable, the strike ends on Friday.", "en"),
    ],
)
def test_a_measure_after_according_to_is_no_source(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert item.label is Label.FACT, (item.speaker, item.reason)
