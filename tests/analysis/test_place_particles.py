"""A body's name runs on across "en" to the place it serves ("Delegación del Gobierno en Canarias");
a person's name does not take the place after it."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La Delegación del Gobierno en Canarias autorizó el desembarco el sábado. Los pasajeros bajarán "
            "el domingo, informó la Delegación del Gobierno en Canarias.",
            "Delegación del Gobierno en Canarias",
        ),
        (
            "Las citas se agotaron en una hora, según datos de la Subdelegación del Gobierno en León.",
            "Subdelegación del Gobierno en León",
        ),
        (
            "La Consejería de Sanidad en Murcia confirmó que el brote está controlado.",
            "Consejería de Sanidad en Murcia",
        ),
        # hard negative: a person and a place
        ("El cónsul dijo que la embajada en Lima abrirá el lunes, según Ana Ruiz en Madrid.", "Ana Ruiz"),
    ],
)
def test_a_bodys_name_runs_on_to_its_place(text: str, speaker: str) -> None:
    assert last_statement_speaker(text, "es") == speaker
