"""An infinitive as the subject of "es" is the writer's definition of an act (comment18es).

"Recortar tasas mientras se advierte de riesgos al alza es conducir mirando por el retrovisor.",
"Cruzar la avenida Corrientes a las seis de la tarde es un deporte extremo sin federación.",
"Volver no siempre es una elección, aunque el cartel del aeropuerto diga lo contrario.": every one
of the 24 sentences of this shape in dev and the Spanish bank (ten writers) is commentary; the
stance model missed two of a new writer's and a report verb later in the sentence took a third.
Own sentences, each between a lead and a plain fact; near misses stay facts: a figure in the
clause, a name that ends like an infinitive, a sentence opened by an article.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import item_between

LEAD = "El consistorio aprobó ayer el nuevo plan de movilidad."
AFTER = "La tarifa del autobús urbano sube en enero."


def _label(sentence: str) -> Label:
    return item_between(LEAD, sentence, AFTER, "es").label


@pytest.mark.parametrize(
    "sentence",
    [
        "Subir el precio del bono en enero es recaudar a costa de quien no tiene coche.",
        "Ampliar la autovía para acabar con los atascos es apagar el fuego con gasolina.",
        "Pedirle paciencia a un agricultor sin agua es pedirle que deje de comer.",
        "Cerrar el ambulatorio en pleno invierno es una forma original de cuidar a los mayores.",
        "Llamarlo reforma es mucho decir.",
        "Aparcar en el centro un sábado por la tarde sigue siendo un deporte de riesgo, y eso que nadie lo dice.",
        "Esperar el autobús nocturno ya no es una rutina sino una prueba de fe.",
    ],
)
def test_an_infinitive_subject_of_es_is_commentary(sentence: str) -> None:
    assert _label(sentence) is Label.COMMENTARY


@pytest.mark.parametrize(
    "sentence",
    [
        "Votar es obligatorio en Perú desde 1933.",
        "Pilar Gonzalo es la concejala de Movilidad desde junio.",
        "Renovar el abono cuesta 40 euros al año.",
        "El objetivo de cerrar el túnel es reparar la bóveda antes de las lluvias.",
        "Solicitar la tarjeta es gratuito hasta el 31 de marzo.",
    ],
)
def test_a_report_near_the_shape_stays_a_fact(sentence: str) -> None:
    assert _label(sentence) is Label.FACT


def test_a_day_in_the_clause_keeps_a_due_date_a_fact() -> None:
    assert (
        _label("Inscribirse antes del lunes es obligatorio para los comerciantes del mercado.") is Label.FACT
    )
