"""What a class named by a relative clause pays, gets or loses, counted: a fact the model is not asked about.

"Drivers who use the toll road pay twice", "Los agricultores que cultivan arroz reciben agua cada
tres días": the relative clause says whom a rule applies to, the main verb and a count its terms,
checkable. The stance model reads an unattributed "who"/"que" as a generalisation's ("Those who…").
Not with a sweep ("always", "only", "siempre", "solo"), nor with an evaluative, hedge, comparative,
future, modal, first- or second-person word, nor without a count. Own sentences, written for this
test, never taken from the corpus or the stance bank; each is read after a plain lead, under a model
sure that every clause is comment, so that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tenants who miss the deadline pay a 50-euro surcharge."),
        ("en", "Pupils who live outside the town get two free bus passes."),
        ("en", "Nurses who work night shifts earn 20 euros extra per shift."),
        ("en", "Anglers who fish without a licence pay 300 pounds in fines."),
        ("es", "Los pensionistas que viven solos reciben 200 euros al mes."),
        ("es", "Las empresas que contratan a parados pagan la mitad de las cuotas."),
        ("es", "Los estudiantes que repiten curso pierden dos convocatorias."),
        ("es", "Los vecinos que reciclan el aceite ahorran cada tres meses una tasa."),
    ],
)
def test_what_a_class_pays_counted_stays_a_fact_whatever_the_model_says(
    lang: str, text: str, sure: None
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sweep, an evaluative or modal word, a demonstrative class or no count: the writer's
        ("en", "Drivers who use the toll road always pay twice."),
        ("en", "Those who use the toll road pay twice."),
        ("en", "Drivers who use the toll road will probably pay twice."),
        ("en", "Politicians who promise everything deliver nothing."),
        ("en", "Tenants who complain pay a ridiculous 50-euro surcharge."),
        ("es", "Los conductores que usan la autopista siempre pagan dos veces."),
        ("es", "Los que mandan nunca pagan dos veces."),
        ("es", "Los políticos que prometen todo no cumplen nada."),
        ("es", "Los vecinos que reciclan solo ahorran dos euros."),
    ],
)
def test_a_class_the_writer_sweeps_or_judges_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.class_term(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
