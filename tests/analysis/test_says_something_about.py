"""What a thing already named "says" of another ("…, eso dice algo de las otras"): the writer's reading.

"dice mucho de", "dice bastante sobre" were commentary already (test_writers_asides.py); "algo"
was left out because a person's report says it too ("El ministro dice algo sobre el presupuesto").
A demonstrative or "lo cual" as the subject names no one who speaks: the thing just described
"says something" only in the writer's reading. Own sentences, written for this test, never taken
from the corpus or the stance bank.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import items_of


@pytest.mark.parametrize(
    "text",
    [
        "Si esta es la mejor oferta, eso dice algo de las anteriores.",
        "El alcalde no se presentó al pleno, lo cual dice algo sobre su agenda.",
        "Si el ministro repite la misma cifra cada mes, eso ya dice algo del estado de las cuentas.",
        "Nadie pidió la palabra, y esto dice algo acerca del ambiente en la sala.",
    ],
)
def test_what_a_named_thing_says_of_another_is_commentary(text: str) -> None:
    items = items_of(text, "es")
    assert items[-1].label is Label.COMMENTARY, [(i.label, i.reason) for i in items]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("El ministro dice algo sobre el presupuesto.", Label.STATEMENT),
        ("La portavoz dijo algo sobre la huelga que nadie esperaba.", Label.STATEMENT),
        ("Eso, dijo el alcalde, es algo sobre lo que no hay acuerdo.", Label.STATEMENT),
    ],
)
def test_a_report_of_something_said_keeps_its_label(text: str, label: Label) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [label], [(i.label, i.reason) for i in items]
