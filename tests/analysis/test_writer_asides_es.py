"""Spanish writer's asides that a report never carries (comment17es). Own sentences.

", claro" and "faltaría más" taking something for granted; a "Traducido:" that glosses what came
before, even with a date in it; an impersonal "cuesta" with any infinitive opening its clause;
"lo + adjetivo de juicio + ser"; "nadie se atreve a" now. Each with near misses that report.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _label(sentence: str) -> Label:
    items = analyze(
        f"El consorcio aprobó la tarifa el lunes. {sentence}", published=PUB, lang="es", now=NOW
    ).items
    return next(i for i in items if sentence.startswith(i.text[:12])).label


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadie pidió perdón, claro.",
        "La factura, claro, la pagarán los de siempre.",
        "Y, claro, el informe llegó tarde.",
        "El plan de la oposición, faltaría más, ni se estudió.",
        "Traducido: hasta el 14 de marzo, si nadie pierde el sobre.",
        "Traducción para los vecinos: otro verano con el río cortado.",
        "Traducido al castellano: no habrá obra antes de 2028.",
        "Pero cuesta defender un contrato que se firmó sin concurso.",
        "Cuesta encontrar a un solo vecino que lo celebre.",
        "Todavía cuesta entenderlo.",
        "El puerto cierra de noche; lo curioso sería que abriera.",
        "Lo difícil será convencer a los pescadores.",
        "Lo grave es que nadie lo vio venir.",
        "En la consejería nadie se atreve a dar una fecha.",
        "Nadie en el pleno se atreve a votar en contra.",
    ],
)
def test_a_writers_aside_is_commentary(sentence: str) -> None:
    assert _label(sentence) is Label.COMMENTARY


@pytest.mark.parametrize(
    "sentence",
    [
        "Claro, la operadora de América Móvil, subió sus tarifas un 4 % el martes.",
        "El agua del embalse bajó clara el martes.",
        "El billete sencillo cuesta 2,40 euros desde el martes.",
        "Cada viaje cuesta al consorcio 3 euros.",
        "Lo que cambia es el horario de la primera salida.",
        "Los bomberos no se atrevieron a entrar en el edificio hasta el martes.",
        "La traducción del contrato llegó el martes al ayuntamiento.",
    ],
)
def test_a_report_with_the_same_words_stays_a_fact(sentence: str) -> None:
    assert _label(sentence) is Label.FACT
