"""The writer's "Traducido:" gloss is commentary also when its sentence is cut at the colon.

"Traducido: hasta el jueves 10 de diciembre, si nadie se equivoca con el calendario": a condition
after a comma makes the sentence cut into pieces, the first of them "Traducido" with its colon
gone to the next; the cue (comment17es) asked for the colon, so only the model spoke, and the
date in the sentence outweighed it. Own sentences, written for this test, never taken from the
corpus or the stance bank.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import items_of


@pytest.mark.parametrize(
    "text",
    [
        "Traducido: hasta el viernes 18 de diciembre, si nadie se equivoca con las cuentas.",
        "Traducción: en marzo, con suerte, si el juzgado no se atasca.",
        "Traducido: otros tres meses de espera, si el ministerio cumple.",
        "Traducido: hasta el lunes 4 de enero.",
    ],
)
def test_a_gloss_with_a_date_and_a_condition_is_commentary(text: str) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [Label.COMMENTARY], [(i.label, i.reason) for i in items]
    assert "(no attribution; the stance model" not in items[0].reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("El texto traducido llegó al juzgado el lunes 4 de enero.", Label.FACT),
        ("La traducción del informe, según la agencia, estará lista el 18 de diciembre.", Label.STATEMENT),
    ],
)
def test_a_translation_named_as_a_thing_keeps_its_label(text: str, label: Label) -> None:
    items = items_of(text, "es")
    assert [i.label for i in items] == [label], [(i.label, i.reason) for i in items]
