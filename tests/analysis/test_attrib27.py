"""Round attrib27: statements read as fact, speakers, commentary that must not read as statement.

Each mechanism has phrasings of our own (es and en where it applies) and near misses that must
not change.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


# The present tense of a Spanish verb that takes what was said as its object ("cifra", "denuncia",
# "condena", "estima") is a noun to the lemmatiser: "La Cámara cifra en 1.500 los empleos" read as a
# fact (dev: two annotators; the new es bank: three).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La Cámara de Comercio cifra en 1.500 los empleos en riesgo.", "Cámara de Comercio"),
        ("La Guardia Urbana cifra en unas 40.000 personas la asistencia al desfile.", "Guardia Urbana"),
        (
            "El Sindicato de Enfermería denuncia que faltan 300 profesionales en el hospital.",
            "Sindicato de Enfermería",
        ),
        ("La Unión Europea condena el ataque contra el convoy humanitario.", "Unión Europea"),
        ("El Banco de España estima el déficit en un 3,2 % del PIB.", "Banco de España"),
    ],
)
def test_a_present_tense_report_with_its_object_is_a_statement(text: str, speaker: str) -> None:
    """ "X cifra/denuncia/condena/estima …" reports the body's figure or complaint."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "La cifra de casos pasó de cero a uno en una semana.",
        "Esa cifra duplica la del año pasado.",
        "La diputación no ha querido adelantar ninguna cifra.",
        "Su condena llegó tres años después de los hechos.",
        "La denuncia se presentó el martes en el juzgado de guardia.",
    ],
)
def test_the_noun_after_a_determiner_reports_nothing(text: str) -> None:
    """ "la cifra", "ninguna cifra", "su condena": the noun, no verb of saying."""
    item = last_item(text, "es")
    assert item.label is not Label.STATEMENT, item.reason
