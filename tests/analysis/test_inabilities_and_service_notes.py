"""Two reports the stance model reads as comment, and the rules that keep it from being asked.

A past inability ("Rescuers could not reach the village") is an event, as a refusal to answer is,
and so is a Spanish present one ("Los vecinos no pueden volver a sus casas"), unless its verb is a
duty's ("no pueden seguir…", "no puede permitirse…");
no fact in the model's training says "could not", so its negation and "could" read as comment. A
clause that addresses the reader with a date or a figure and tells them how to act ("If you have
information, call 101") is a service note; the model, which has seen "if you" only in the writer's
asides, reads it as one. Own sentences, written for this test, never taken from the corpus or the
stance bank; each is read after a plain lead, under a model sure that every clause is comment,
so that only the rule decides.
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
        ("en", "Rescuers could not reach the village because of the floods."),
        ("en", "Firefighters were unable to enter the warehouse until the roof was shored up."),
        ("en", "Engineers couldn't restart the turbine after the storm."),
        ("en", "The ferry could not dock because of the swell."),
        ("es", "Los bomberos no pudieron entrar en la nave hasta el amanecer."),
        ("es", "La ambulancia no logró llegar a la aldea por la nieve."),
        ("es", "Los técnicos no consiguieron reiniciar la turbina tras la tormenta."),
        ("es", "La policía cortó la carretera y nadie pudo pasar."),
    ],
)
def test_a_past_inability_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.INABILITY_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative clause characterises its noun: the writer's verdict on it
        ("en", "A council that could not fill a pothole now wants to run the buses."),
        ("es", "Un club que no pudo pagar la luz ahora ficha estrellas."),
        # a counterfactual, a verdict's "could not be", another class of comment, the reader
        ("en", "The minister could not have picked a worse week to launch it."),
        ("en", "It could not be clearer."),
        ("en", "The club could not sell half its tickets, it seems."),
        ("en", "You could not ask for a clearer sign that the plan has failed."),
        ("es", "El Gobierno no pudo explicar mejor su propio fracaso."),
        ("es", "No pudo ser."),
    ],
)
def test_an_inability_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.inability(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos del barrio inundado no pueden volver a sus casas.",
        "Los camiones no pueden cruzar el puente desde el derrumbe del martes.",
        "El hospital comarcal no puede operar porque no tiene anestesistas.",
        "Los clientes del banco no pueden sacar dinero de los cajeros.",
    ],
)
def test_a_present_inability_stays_a_fact_whatever_the_model_says(text: str, sure: None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.FACT
    assert item.reason == labels.INABILITY_REASON


@pytest.mark.parametrize(
    "text",
    [
        # the writer's norm: a verb of duty, not of the event ("seguir", "permitirse", "mirar")
        "Las ciudades no pueden seguir creciendo hacia el mar.",
        "La consejería no puede permitirse otro verano sin médicos.",
        "El Gobierno no puede mirar hacia otro lado.",
        # a condition, a relative clause, "ser", a future rule or forecast
        "Si los vecinos no pueden volver, el alcalde tendrá un problema.",
        "Los vecinos que no pueden pagar el alquiler se marchan.",
        "Las dos versiones no pueden ser ciertas.",
        "Los vecinos no podrán volver a sus casas.",
    ],
)
def test_a_present_inability_the_writer_comments_on_is_still_asked(text: str, sure: None) -> None:
    wc = word_classes("es")
    assert wc is not None and not wc.inability(text)
    assert last_item_after_a_lead("es", text).label is Label.COMMENTARY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If you have information about the fire, call 101."),
        ("en", "If you saw the crash on the A40 on Friday, call the police on 101."),
        ("en", "You can register your bike at the station until 30 April."),
        ("es", "Si usted vio el accidente del viernes en la A-6, llame al 112."),
        ("es", "Si usted perdió la cosecha, puede solicitar la ayuda hasta el 15 de enero."),
        ("es", "Si usted tiene dudas sobre el recibo, llame al 012 antes del viernes."),
    ],
)
def test_a_service_note_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.SERVICE_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer's aside to the reader, with a figure but no service verb: still the model's
        ("en", "A 2 % rise sounds modest until you look at your March bill."),
        ("en", "If you were hoping for a cheaper ticket in 2027, keep hoping."),
        ("es", "Una subida del 2 % parece poca cosa hasta que usted mira la factura de marzo."),
        # a service verb but no date or figure: the rules' reader address, commentary
        ("en", "If you have a complaint about the buses, call the council and good luck."),
    ],
)
def test_a_dated_aside_to_the_reader_is_no_service_note(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.COMMENTARY
    assert item.reason != labels.SERVICE_REASON
