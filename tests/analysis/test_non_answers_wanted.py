"""A refusal to say, in the perfect ("no ha querido valorar", "se ha negado a adelantar"): a fact.

"La consejería no ha querido adelantar nada" reports a silence as "no quiso comentar" does
(`non_answers`); the stance model, which reads the negation and "querer" as the writer's, is not
asked. Only a refusal to say, assess or give details: "no ha querido ver el problema" is the
writer's verdict on someone's will, and is asked. Own sentences, written for this test, never taken
from the corpus or the stance bank; each is read after a plain lead, under a model sure that every
clause is comment, so that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    "text",
    [
        "La diputación no ha querido adelantar ninguna cifra.",
        "El ministerio no había querido valorar el informe de los técnicos.",
        "La naviera no ha querido pronunciarse sobre la sanción.",
        "Los dueños del hotel no han querido dar más detalles.",
        "La constructora ha declinado explicar el retraso.",
        "Los dueños de la finca no habían querido desvelar el precio.",
    ],
)
def test_a_refusal_to_say_in_the_perfect_stays_a_fact(text: str, sure: None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.FACT
    assert item.reason == labels.NON_ANSWER_REASON


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno no ha querido ver el problema durante años.",
        "La patronal no ha querido negociar en serio hasta hoy.",
        "El club no ha querido escuchar a su afición.",
    ],
)
def test_a_verdict_on_what_someone_would_not_do_is_still_asked(text: str, sure: None) -> None:
    wc = word_classes("es")
    assert wc is not None and not wc.non_answer(text)
    assert last_item_after_a_lead("es", text).label is Label.COMMENTARY
