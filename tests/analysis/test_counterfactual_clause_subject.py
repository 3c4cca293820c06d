"""A conditional whose subject is an act or a "que" clause: the writer's counterfactual, not hearsay.

"Levantar la veda con esos números habría sido tirar por la borda…", "Que se lo paguen antes de
agosto ya sería un milagro": the unattributed conditional ("habría", "sería") read as hearsay made
them claims. Hearsay's conditional tells what someone reportedly did or is ("El grupo habría
recibido…", "Uno de los solicitantes sería una filial"); a clause in the subject's place is weighed,
and the clause goes on to the generic test and the stance model like any unhedged one. Own
sentences, written for this test, never taken from the corpus or the stance bank; read after a
plain lead, under a model sure that every clause is comment, so that only the rules decide whether
the model is asked.
"""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.lexicon import load_lexicon
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    "text",
    [
        "Cerrar el puerto con esa marea habría sido condenar a la flota a otra semana amarrada.",
        "Que la naviera pague antes de marzo ya sería una sorpresa para los acreedores.",
        "Renovar el contrato en esas condiciones habría sido premiar dos años de retrasos.",
        "Que el pleno se reúna el lunes 14 sería, a estas alturas, casi un lujo.",
    ],
)
def test_a_conditional_with_a_clause_as_subject_is_not_hearsay(text: str, sure: None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.COMMENTARY, item.reason


@pytest.mark.parametrize(
    "text",
    [
        "El grupo habría recibido a cambio garantías jurídicas para seis de sus mandos.",
        "Uno de los solicitantes sería una filial de la empresa que abandonó el proyecto en 2019.",
        "El detenido habría sido trasladado de madrugada a la prisión de Soto del Real.",
    ],
)
def test_hearsay_about_someone_stays_a_claim(text: str, sure: None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.CLAIM, item.reason


def test_only_a_conditional_hedge_is_set_aside() -> None:
    lex = load_lexicon("es")
    assert labels._judged_clause("Que la empresa pague ya sería un alivio.", "sería", lex)
    assert not labels._judged_clause("Que el pago, al parecer, llegó tarde.", "al parecer", lex)
    assert not labels._judged_clause("El alcalde sería el candidato.", "sería", lex)
    assert not labels._judged_clause("Cerrar el puerto, según los armadores, sería ruinoso.", "sería", lex)
