"""A chamber heads a body's name as a ministry does: its name runs on across "de la" ("Cámara de
la Industria de Puerto Arrieta", "Chamber of the Lower House")."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La Cámara de la Industria de Puerto Arrieta calificó la orden de improvisada.",
            "es",
            "Cámara de la Industria de Puerto Arrieta",
        ),
        (
            "La ley pasó el trámite el martes, informó la Cámara de los Diputados.",
            "es",
            "Cámara de los Diputados",
        ),
        (
            "The Chamber of the Lower House said the vote would be held on Friday.",
            "en",
            "Chamber of the Lower House",
        ),
        # hard negative: one particle already joined the name
        ("La Cámara de Comercio de Lima dijo que el plazo es corto.", "es", "Cámara de Comercio de Lima"),
    ],
)
def test_a_chamber_heads_a_bodys_name(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker
