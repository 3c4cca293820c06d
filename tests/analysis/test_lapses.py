"""How long something has not happened, counted: a fact the stance model is not asked about.

"El cartel lleva tres años sin actualizar", "The lift has not worked for six months": a checkable
span, an event's absence measured with an explicit count. The stance model reads "años sin" as
comment (in its training only relative clauses say it: "una orquesta que lleva dos años sin
director"). Not after a relative word, not a vague span ("lleva años sin", "in years"), and not with
an evaluative, hedge, comparative, future, modal, first- or second-person word beside it, nor a
sweeping absence ("no ha hecho nada", "has not lifted a finger": the writer's, left to the model). Own
sentences, written for this test, never taken from the corpus or the stance bank; each is read after
a plain lead, under a model sure that every clause is comment, so that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El ascensor de la estación lleva seis meses sin funcionar."),
        ("es", "La biblioteca del barrio lleva dos años sin abrir los sábados."),
        ("es", "El puente de la N-232 no se inspecciona desde hace cuatro años."),
        ("en", "The sign at the entrance has not been updated in three years."),
        ("en", "The station lift has not worked for six months."),
        ("en", "The village has gone two weeks without a bus."),
        ("en", "The library hasn't opened on Saturdays for two years."),
    ],
)
def test_a_counted_lapse_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El cartel lleva años sin actualizar."),
        ("es", "Una ciudad que lleva tres años sin actualizar un cartel."),
        ("es", "El ayuntamiento lleva tres años sin arreglar el cartel y probablemente seguirá igual."),
        ("en", "The sign has not been updated in years."),
        ("en", "A council that has gone three years without fixing a sign."),
        ("en", "The lift has not worked for six months, and you would never guess it."),
        # a sweeping absence or a minimiser is the writer's, not a counted lapse
        ("es", "El Gobierno no ha hecho nada desde hace tres años."),
        ("es", "El ministerio no ha movido un dedo desde hace dos años."),
        ("es", "La empresa lleva tres años sin pagar un euro de impuestos."),
        ("en", "The council has not lifted a finger in three years."),
        ("en", "The government has not done anything in three years."),
    ],
)
def test_a_lapse_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.lapse(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY


# pins26: a lapse anchored to a date or a named start ("desde que empezó la crisis", "since March
# 2024", "since the strike began"), checkable as a counted span is; a sweep, a relative word or a
# start that is the writer's characterisation ("desde que la dirige su hijo") is still asked.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La cooperativa no reparte beneficios desde que estalló la crisis del aceite."),
        ("es", "El tranvía no circula por el centro desde marzo de 2024."),
        ("es", "El ayuntamiento no revisa la pasarela desde 2019."),
        ("en", "The ferry has not sailed since the strike began."),
        ("en", "The museum has not opened on Sundays since March."),
        ("en", "The plant hasn't paid a bonus since 2022."),
    ],
)
def test_a_lapse_anchored_to_a_date_or_a_named_start_stays_a_fact(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Gobierno no ha hecho nada desde que llegó."),
        ("es", "Una empresa que no reparte dividendos desde que empezó la crisis."),
        ("es", "La empresa no reparte dividendos desde que la dirige su hijo."),
        ("en", "The council has not lifted a finger since 2019."),
        ("en", "The minister has not been seen since, and probably never will be."),
    ],
)
def test_an_anchored_lapse_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.lapse(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
