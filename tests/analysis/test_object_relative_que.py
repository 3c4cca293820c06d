"""A "que" after a verb's direct object opens a relative clause on that object ("rechazó el
martes el amparo que habían presentado"), not what the verb reports: a court's or a body's act
told that way is a fact (convention 11). A "que" after whom it was said to, after a time, after an
inverted subject or after a gerund of saying still opens the report."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    "text",
    [
        "El tribunal provincial rechazó el 18 de noviembre el amparo que habían presentado los vecinos.",
        "El Tribunal Superior de Justicia de Coralina rechazó el martes la suspensión cautelar que pedía la empresa.",
        "La Audiencia Nacional desestimó este lunes el recurso que interpuso la naviera contra la multa.",
        "El Gobierno rechazó la propuesta salarial que le presentaron los sindicatos el viernes.",
    ],
)
def test_a_que_after_the_verbs_object_opens_no_report(text: str) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("El ministro Luis Vega rechazó el martes que haya recortes en sanidad.", "Luis Vega"),
        ("La portavoz Ana Ruiz aseguró el martes por la noche que no habrá recortes.", "Ana Ruiz"),
        ("La ministra Ana Ruiz dijo a los periodistas que el plazo no se moverá.", "Ana Ruiz"),
        ("El sindicato de enfermeras advirtió a la gerencia que irá a la huelga el lunes.", None),
        ("Lo confirmó la compañía que la gestiona, Aguas del Sur, en un comunicado.", None),
        (
            "Su abogado, Camilo Reyes, pidió el aplazamiento alegando que no había recibido las pruebas.",
            "Camilo Reyes",
        ),
    ],
)
def test_a_que_after_an_addressee_a_time_or_a_gerund_still_reports(text: str, speaker: str | None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.STATEMENT, item.reason
    if speaker is not None:
        assert item.speaker == speaker
