"""How long an event named with an article lasted, counted: a fact the model is not asked about.

"La huelga duró once días y terminó sin acuerdo", "The match lasted three hours": a checkable span, as
a counted lapse is. The stance model reads a span set beside what it produced as the writer's
contrast ("Las negociaciones duraron tres semanas y produjeron un marco de una página", p 0.92; 0.45
without what they produced).
Not after a relative word ("un discurso que duró…"), not a span measured by a comparison ("duró lo que
dura una promesa", "about as long as"), not a future ("durará"), not with a sweeping absence or a
minimiser after it ("y no cambió una coma", "and nobody noticed"), nor with an evaluative, hedge,
comparative, modal, first- or second-person word. Own sentences, written for this test, never taken
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
    ("lang", "text"),
    [
        ("es", "La vista oral duró cuatro horas y terminó sin sentencia."),
        ("es", "El corte de agua en el barrio duró dos días."),
        ("es", "Los trabajos de reparación han durado seis semanas."),
        ("es", "Una tormenta de granizo duró veinte minutos y dañó cuarenta coches."),
        ("en", "The hearing lasted four hours and ended without a ruling."),
        ("en", "The water cut in the district lasted two days."),
        ("en", "The repairs have lasted six weeks so far."),
        ("en", "A hailstorm lasted twenty minutes and damaged forty cars."),
    ],
)
def test_a_counted_span_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.LASTED_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative clause, a comparison instead of a count, a minimised count
        ("es", "Fue un discurso que duró tres horas y no dijo nada."),
        ("es", "La tregua duró lo que dura una promesa electoral."),
        ("es", "El juicio duró apenas tres días."),
        # a minimiser or a sweep after the span, another class of comment
        ("es", "La reunión duró cuatro horas y no movió una coma del texto."),
        ("es", "La vista duró tres interminables horas."),
        ("en", "It was a speech that lasted three hours and said nothing."),
        ("en", "The truce lasted about as long as the ink on it."),
        ("en", "The meeting lasted four hours and nobody changed a comma."),
        ("en", "The hearing lasted three excruciating hours."),
    ],
)
def test_a_span_the_writer_weighs_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.lasted(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
