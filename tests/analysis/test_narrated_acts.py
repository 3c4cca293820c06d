"""An official act ("dio … 72 horas", "concedió un plazo") makes a statement only as the sentence's
own act (the dev corpus convention for ultimatums); narrated among others it is a fact: the second
of two acts of one subject ("rechazó el recurso y le dio diez días") or an infinitive ("acaba de
dar 24 horas", "para dar tiempo")."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    "text",
    [
        "El Tribunal Supremo rechazó el recurso de la naviera y le dio diez días para pagar la multa.",
        "El Gobierno de Chile expulsó al cónsul de Perú y le dio 48 horas para salir del país.",
        "La Comisión Europea congeló 300 millones del fondo y dio a Roma hasta el 1 de marzo para aprobar la reforma.",
        "La jueza de guardia, Rosa Millán, acaba de dar a la empresa 24 horas para entregar los registros.",
        "El ayuntamiento prorrogó el contrato hasta junio para dar tiempo a la nueva licitación.",
    ],
)
def test_an_act_narrated_among_others_is_a_fact(text: str) -> None:
    """A second act or an infinitive act gives no statement or claim."""
    item = last_item(text, "es")
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El sindicato de pilotos SEPLA dio este lunes a la aerolínea un plazo de 72 horas para negociar.",
            None,
        ),
        (
            "La ministra de Trabajo, Carmen Ruiz, dio a la patronal hasta el viernes para firmar el convenio.",
            "Carmen Ruiz",
        ),
    ],
)
def test_an_ultimatum_as_the_sentences_own_act_is_a_statement(text: str, speaker: str | None) -> None:
    """The sentence's own act of giving a time limit stays a statement of its subject."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, (item.label, item.reason)
    if speaker is not None:
        assert item.speaker == speaker, (item.speaker, item.reason)
