"""In Spanish an adjective of scope or nationality right after a body's name is the body's own
("la Tesorería municipal", "el Gobierno chileno": `name_adjective_endings`); an adverb, a little
word or a verb is not."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La Tesorería municipal informó que la multa sigue sin pagar.", "Tesorería municipal"),
        (
            "Los hospitales deberán enviar sus datos antes del viernes, según la Consejería de Sanidad provincial.",
            "Consejería de Sanidad provincial",
        ),
        ("El Gobierno chileno insiste en que no habrá una segunda prórroga.", "Gobierno chileno"),
        ("La Cancillería boliviana confirmó que el embajador regresará el lunes.", "Cancillería boliviana"),
        (
            "La Autoridad Portuaria regional advirtió que el muelle seguirá cerrado.",
            "Autoridad Portuaria regional",
        ),
        # hard negatives: an adverb, a little word, a verb after the name
        ("El Gobierno también dijo que no habrá prórroga.", "Gobierno"),
        ("El Ayuntamiento finalmente anunció la nueva tasa de basuras.", "Ayuntamiento"),
        ("La Fiscalía ya informó que recurrirá la sentencia.", "Fiscalía"),
        ("La ministra Ana Ruiz hoy confirmó que el plan sigue adelante.", "Ana Ruiz"),
    ],
)
def test_an_adjective_after_a_body_name_is_the_bodys(text: str, speaker: str) -> None:
    assert last_statement_speaker(text, "es") == speaker


def test_english_keeps_its_adjectives_before_the_noun() -> None:
    assert (
        last_statement_speaker("The Treasury separately said the auction would go ahead.", "en") == "Treasury"
    )
