"""Declining to make a statement is a silence reported, a fact (comment18es).

"Ribas Monteagudo, que ya arbitró en 2021 el conflicto de los judiciales, no hizo declaraciones."
(a dev article of the twelfth round, at a paragraph's end): the Spanish non-answers knew "no quiso comentar", "declinó
precisar", not the noun of the statement declined ("no hizo declaraciones", "declinó hacer
comentarios"). Own sentences between a lead and a plain fact; the writer's pointed remark on the
silence keeps a cue of its own.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import item_between

LEAD = "El comité de empresa convocó ayer dos jornadas de huelga en la planta de Villaverde."
AFTER = "La planta emplea a 640 personas."


def _label(sentence: str) -> Label:
    # at a paragraph's end, where the model reads a kicker
    return item_between(LEAD, sentence, AFTER, "es", paragraph_end=True).label


@pytest.mark.parametrize(
    "sentence",
    [
        "La directora de la planta, que ya negoció el convenio anterior, no hizo declaraciones.",
        "Los responsables de la empresa no han hecho comentarios sobre la convocatoria.",
        "El consejero de Industria declinó hacer valoraciones a la salida del pleno.",
        "La patronal del sector se negó a hacer declaraciones.",
        "El alcalde, que firmó el contrato de la planta en 2022, no ha hecho comentarios.",
    ],
)
def test_declining_to_make_a_statement_is_a_fact(sentence: str) -> None:
    assert _label(sentence) is Label.FACT


def test_the_writers_remark_on_the_silence_stays_commentary() -> None:
    sentence = "La empresa no hizo declaraciones, como era de esperar en una compañía que nunca da la cara."
    assert _label(sentence) is Label.COMMENTARY
