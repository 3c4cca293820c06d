"""The writer's simile with anyone at all ("como quien mira un escaparate"): commentary by rule.

"como si" was a cue already; its sibling "como quien" (or "como quienes") with a verb in the present
compares what someone did with what an imagined person does, the writer's image. Nine stance-bank
annotators used it (eleven sentences), every time commentary; the stance model caught them, but a
rule does not move when the model is retrained. In the past ("como quien ocupaba el cargo") it may name a
real holder, and is left to the model. Own sentences, written for this test, never taken from the
corpus or the stance bank.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import items_of


@pytest.mark.parametrize(
    "text",
    [
        "Los socios leen el balance como quien lee un horóscopo.",
        "El consejero habla del tranvía como quien habla de un amor de juventud.",
        "Cerraron la planta como quienes apagan la luz al salir de casa.",
        "Los vecinos miran el río como quien sabe lo que viene.",
        "La junta aprobó el presupuesto de 2027 como quien firma un recibo.",
    ],
)
def test_a_simile_with_anyone_is_commentary(text: str) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [Label.COMMENTARY], [(i.label, i.reason) for i in items]
    assert "como quien" in items[0].reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("El cargo recayó en Ana Ruiz, como quien ocupaba la vicepresidencia desde 2020.", Label.FACT),
        ("El premio fue para quien llegó primero a la meta.", Label.FACT),
        ("La alcaldesa dijo que el plan se lee como quien lee un horóscopo.", Label.STATEMENT),
    ],
)
def test_a_past_holder_or_a_report_keeps_its_label(text: str, label: Label) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [label], [(i.label, i.reason) for i in items]
