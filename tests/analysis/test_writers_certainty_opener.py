"""The writer's certainty or bet framing a sentence ("Lo cierto es que…", "Lo más probable es que…").

"lo + adjetivo de juicio + ser" was commentary already ("Lo raro sería…", comment17es); the
writer's certainty ("cierto") or bet ("probable", "previsible", "inusual"), and a degree before
the adjective ("lo más probable"), were not: a date in what follows then kept the
sentence a fact. Inside a report it stays the speaker's. Own sentences, written for this test,
never taken from the corpus or the stance bank.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import items_of


@pytest.mark.parametrize(
    "text",
    [
        "Lo cierto es que el decreto del 3 de marzo beneficiaba más a las grandes cadenas.",
        "Lo más probable es que la naviera pida otra prórroga antes del 15 de enero.",
        "Lo previsible es que el pleno vuelva a aplazar la votación.",
        "Lo improbable sería un acuerdo antes del viernes 4.",
        "Lo más grave es que nadie avisó a los vecinos hasta el martes 4.",
    ],
)
def test_the_writers_certainty_or_bet_is_commentary(text: str) -> None:
    items = items_of(text, "es")
    assert items[0].label is Label.COMMENTARY, [(i.label, i.reason) for i in items]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("El alcalde dijo que lo más probable es que el pleno se aplace al lunes.", Label.STATEMENT),
        ("Lo previsto es que el pleno se reúna el lunes 14.", Label.FACT),
        ("Lo mejor clasificado fue el equipo de Soria, tercero en la tabla.", Label.FACT),
        # a ranking is a weather report's too ("Lo peor del temporal será el viento")
        ("Lo peor será el viento del jueves, con rachas de 90 kilómetros por hora.", Label.FACT),
        # after ", y" the cut leaves "y lo…" in a piece of its own: the date in the first half counts
        (
            "La naviera tiene hasta el 31 de enero para pagar la multa, y lo más probable es que recurra.",
            Label.FACT,
        ),
    ],
)
def test_a_report_or_a_plan_keeps_its_label(text: str, label: Label) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [label], [(i.label, i.reason) for i in items]
