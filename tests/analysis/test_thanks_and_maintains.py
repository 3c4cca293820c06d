"""Spanish "agradecer" reports what it thanks for without a "que" ("La familia agradeció el apoyo del
ministerio": what she said), and "mantener que" reports ("La MHRA mantiene que anunciará…"); a
"mantener" with an object keeps something as it is ("El Gobierno mantiene el plazo"), and "gracias
a" or a host's "muchas gracias" report nothing."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La familia de Nuria Salcedo pidió ayer discreción y agradeció el apoyo del Ministerio de Asuntos Exteriores.",
            "Nuria Salcedo",
        ),
        ("El Club Atlético Ribera agradeció la paciencia de sus socios.", "Club Atlético Ribera"),
        ("La alcaldesa, Ana Ruiz, agradeció a los voluntarios su trabajo durante la riada.", "Ana Ruiz"),
        ("La MHRA mantiene que anunciará la cuantía de la sanción el martes 15 de diciembre.", "MHRA"),
        ("El Sindicato de Estibadores mantiene que la huelga sigue convocada.", "Sindicato de Estibadores"),
        ("Ana Ruiz mantuvo ante el juez que no hubo irregularidades.", "Ana Ruiz"),
    ],
)
def test_thanks_and_a_maintained_claim_report(text: str, speaker: str) -> None:
    """What a named speaker thanks for, or maintains that, is a statement of theirs."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert speaker in (item.speaker or ""), item.speaker


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno mantiene el plazo que fijó en marzo.",
        "La empresa mantiene abiertas sus oficinas.",
        "En la cárcel de La Loma, 38 presos del FPS mantienen una huelga de hambre que dura ya diecinueve días.",
        "El ministerio mantiene la orden que dictó el lunes, aunque los vecinos protestan.",
        "Gracias a la lluvia, el embalse está lleno.",
        "Lucía Roldán, muchas gracias.",
    ],
)
def test_keeping_something_or_thanks_to_reports_nothing(text: str) -> None:
    """ "Mantener" with an object, "gracias a" and a host's thanks are no report."""
    item = last_item(text, "es")
    assert item.label not in REPORTS, (item.label, item.reason)
