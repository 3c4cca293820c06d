"""What a document contains or mentions, and how often a word appears in it: a fact the model is not
asked about.

"The word "fossil" appears in it once", "El documento final menciona la transición": checkable in the
document; the stance model reads a count of mentions as the writer's pointed remark (p 0.83 to 0.96 on
such facts in the stance bank, written by four annotators). The document or the word opens the clause
with an article and a verb of containing follows (`contents`); not after a relative word, not with a
word of another class of comment, a sweep or a minimiser ("mentions nothing", "no menciona nada").
Own sentences, written for this test, never taken from the corpus or the stance bank; each is read
after a plain lead, under a model sure that every clause is comment, so that only the rule decides.
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
        ("en", 'The word "drought" appears in the plan three times.'),
        ("en", "The final communiqué does not mention the pipeline."),
        ("en", "The council's budget lists 14 road projects for next year."),
        ("en", "The draft treaty includes a clause on fishing rights."),
        ("es", "La palabra «sequía» aparece tres veces en el plan."),
        ("es", "El comunicado final no menciona el gasoducto."),
        ("es", "El presupuesto municipal recoge catorce obras de carreteras para el año que viene."),
        ("es", "El borrador del tratado incluye una cláusula sobre derechos de pesca."),
    ],
)
def test_what_a_document_contains_stays_a_fact_whatever_the_model_says(
    lang: str, text: str, sure: None
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.CONTENT_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sweep or a minimiser: the writer's verdict on what is missing
        ("en", "The statement mentions nothing about the workers."),
        ("es", "El comunicado no menciona nada de los trabajadores."),
        # a word of another class of comment
        ("en", "The communiqué, tellingly, mentions the pipeline only once and probably by accident."),
        ("es", "El plan, por desgracia, incluye otra vez la misma autopista."),
        # after a relative word: the document characterised
        ("en", "It is a plan that includes everything and decides nothing."),
        ("es", "Es un acuerdo que incluye de todo y no resuelve nada."),
        # a verb of saying, not of containing: the writer's reading
        ("en", "The report says a great deal about the council."),
    ],
)
def test_a_document_the_writer_reads_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.content(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
