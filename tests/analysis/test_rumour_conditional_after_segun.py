"""The conditional of rumour is a claim after a fronted "según X," as after the content (claims29
round, own phrasings): "según" shifts no tense, so "Según la Guardia Civil, los ladrones habrían
huido" is hedged as "Los ladrones habrían huido, según la Guardia Civil" is; "estaría dispuesta a",
"estarían cerca de" and a participle after "además" are hedges too. Near misses: a verb of saying
puts what was said in the conditional ("El ministro dijo que habría elecciones", "aseguró que la
empresa estaría dispuesta", "Según informó el ministerio, … rondaría"), and a condition asks for it
("costaría 3 millones si se aprueba").
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

RUMOURS = [
    ("Según la Guardia Civil, los ladrones habrían huido a Portugal.", "es"),
    ("Según la Policía Nacional, los detenidos habrían vendido más de 300 coches robados.", "es"),
    ("Según el sindicato, la empresa estaría dispuesta a negociar.", "es"),
    ("According to the fire brigade, the blaze may have started in the kitchen.", "en"),
    ("El sindicato estaría dispuesto a desconvocar la huelga.", "es"),
    ("La empresa estaría dispuesta a vender la planta.", "es"),
    ("Las obras estarían además retrasadas unos seis meses.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), RUMOURS)
def test_a_rumours_conditional_is_a_claim(text: str, lang: str) -> None:
    assert only_item(text, lang).label is Label.CLAIM


REPORTS = [
    ("El ministro dijo que habría elecciones en marzo.", "ministro"),
    ("El portavoz aseguró que la empresa estaría dispuesta a negociar.", "portavoz"),
    ("Según informó el ministerio, el coste rondaría los 3 millones.", "ministerio"),
    (
        "Según el Ayuntamiento de Lugo, la obra costaría 3 millones si se aprueba el proyecto en enero.",
        "Ayuntamiento de Lugo",
    ),
    (
        "Según el ministerio de Minería, un paro de dos semanas restaría unas 15.000 toneladas a la producción.",
        "ministerio de Minería",
    ),
    # integ15: a condition told as a noun phrase ("cualquier otra", "if it were another") asks for
    # the conditional as "si" does (comment20es's counterfactual, met by claims29's fronted "según")
    ("Según la jueza, cualquier otra lectura de la norma sería contraria a la ley.", "jueza"),
    (
        "Según el Ministerio de Hacienda, cualquier otro reparto dejaría sin fondos a las provincias.",
        "Ministerio de Hacienda",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REPORTS)
def test_a_conditional_the_report_or_a_condition_asks_for_stays_a_statement(text: str, speaker: str) -> None:
    item = only_item(text, "es")
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
