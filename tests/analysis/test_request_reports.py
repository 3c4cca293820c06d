"""A Spanish request without "que" is a report of its body or official: "La Defensoría del Pueblo
pidió instalar una mesa de diálogo", "El Comité pidió al Gobierno un programa…" (the stance bank
labels these `statement` across many annotators, as dev labels "X pidió que…"). Not a report:
an apology or a permission asked ("pidió disculpas", "no pide permiso"), the prosecution's sentence
request ("La Fiscalía pide seis años de prisión"), the present tense with a bare noun, which
describes a habit or a figure ("El mar no pide prórrogas"), a compound tense with no "que" (a step
already taken: "Catar ya ha pedido su renovación"), "como le pidió X" (the manner of an act) and
"que pidió no ser identificado" (a source that keeps quiet), a loan or a credit asked for (a
transaction: "pidió un crédito")."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    "text",
    [
        "La Asociación de Vecinos de Carabanchel pidió al ayuntamiento un plan de limpieza para el invierno.",
        "El Colegio de Médicos pidió reforzar las guardias de urgencias durante las fiestas.",
        "La alcaldesa, Marta Gil, pidió calma a los vecinos tras el corte de agua.",
        "Protección Civil pide no bañarse en las playas del norte hasta el domingo.",
        "La Federación de Transportistas pidió una rebaja del gasóleo profesional.",
        "El alcalde ha pedido a los vecinos «paciencia» durante las obras.",
    ],
)
def test_a_request_without_que_is_a_statement(text: str) -> None:
    """What a body or an official asks for is what they said."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, (item.label, item.speaker, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "El gerente pidió disculpas a los clientes afectados.",
        "La Fiscalía pide ocho años de prisión para el exalcalde.",
        "El viento no pide permiso.",
        "Los pequeños comercios piden migajas mientras las cadenas se llevan el mercado.",
        "La cooperativa ya ha pedido su inscripción en el registro.",
        "El club fichó a un delantero en enero, como le pidió el entrenador.",
        "La constructora pidió un crédito de dos millones al banco regional.",
    ],
)
def test_a_request_that_is_an_act_or_a_figure_is_no_report(text: str) -> None:
    """An apology, a sentence sought, a habit, a step already taken or a manner: nobody's words."""
    item = last_item(text, "es")
    assert item.label not in REPORTS, (item.label, item.speaker, item.reason)


def test_a_source_that_asked_not_to_be_named_says_nothing_by_asking() -> None:
    """The unnamed source's report stays a claim of the source, not a request."""
    item = last_item(
        "Un técnico de la planta, que pidió no ser identificado, dijo que la bomba lleva semanas averiada.",
        "es",
    )
    assert item.label is Label.CLAIM, (item.label, item.speaker, item.reason)
