"""A named body's scheduled act, told in the future: an act announced, a fact the model is not asked about.

"La comisión va a juzgar por primera vez un caso de fraude", "The tribunal will hear the appeal on
Monday": what a body (a committee, a court, a council) is to do on its agenda. The stance model reads
the periphrastic or simple future as the writer's prediction ("Nadie va a dimitir", "It will end in
tears"). The subject opens the clause with an article and is a body, the verb a body's act; not
negated, not after a relative word, not a body's fate ("El Gobierno va a caer"), nor with an
evaluative, hedge, comparative, modal, first- or second-person word beside it. Own sentences, written
for this test, never taken from the corpus or the stance bank; each is read after a plain lead, under
a model sure that every clause is comment, so that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Audiencia Provincial va a revisar la sentencia del alcalde en enero."),
        ("es", "El comité de empresa se va a reunir con la dirección el lunes."),
        ("es", "El pleno de la Diputación votará la moción sobre los incendios el jueves."),
        ("es", "La sala de lo penal va a examinar por primera vez un recurso de este tipo."),
        ("en", "The employment tribunal will hear the drivers' appeal on Monday."),
        ("en", "The planning committee is due to vote on the stadium scheme next week."),
        ("en", "The Court of Appeal will rule on the extradition in March."),
        ("en", "The parish council is going to meet on Thursday to set the precept."),
    ],
)
def test_a_bodys_scheduled_act_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.SCHEDULED_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer's prediction: no body, or a body's fate rather than its act
        ("es", "Nadie va a dimitir por esto."),
        ("es", "El Gobierno va a caer antes del verano."),
        ("es", "Esto va a acabar mal."),
        # negated, after a relative word, or hedged: asked
        ("es", "La comisión no va a juzgar a nadie."),
        ("es", "Una comisión que va a juzgar lo que ya juzgó la prensa."),
        ("es", "La comisión va a juzgar, seguramente, con prisa."),
        ("es", "El tribunal probablemente votará en contra."),
        ("en", "It will end in tears."),
        ("en", "Nobody is going to resign over this."),
        ("en", "The government will fall before the summer."),
        ("en", "The committee will never agree on anything."),
        ("en", "The court will probably rule against the city."),
        ("en", "A panel that will hear nothing it has not heard before."),
    ],
)
def test_a_prediction_or_a_hedged_act_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.scheduled(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
