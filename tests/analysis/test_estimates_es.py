"""What a named body estimates is its figure, a statement, without a "que" ("La Bolsa de Cereales
estimó la cosecha en 19,5 millones de toneladas": seven such bank statements by four annotators, as
English "estimated" already was); a court that "estimó el recurso" upholds it (an act, convention
11), "calculó mal" judges a verb, and "se estima" or a clitic object name no one."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La Bolsa de Cereales estimó la cosecha de trigo en 19,5 millones de toneladas.",
            "Bolsa de Cereales",
        ),
        (
            "El Departamento General de Irrigación estimó las pérdidas en un 30 % de la cosecha.",
            "Departamento General de Irrigación",
        ),
        (
            "El Banco Central de Reserva estimó una reducción de unos 90 millones de dólares al año.",
            "Banco Central de Reserva",
        ),
    ],
)
def test_a_bodys_estimate_is_its_statement(text: str, speaker: str) -> None:
    """ "Estimó" with its object reports the body's figure."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "El juez estimó el recurso de la empresa.",
        "El tribunal estimó parcialmente la demanda de los vecinos.",
        "La Sala ha estimado la apelación.",
        "La producción de aceite de la campaña se estima en 1,52 millones de toneladas.",
    ],
)
def test_an_upheld_appeal_or_an_impersonal_estimate_reports_nothing(text: str) -> None:
    """A court's ruling is an act; "se estima" has no speaker."""
    item = last_item(text, "es")
    assert item.label not in REPORTS, (item.label, item.reason)


def test_a_verb_judged_wrong_is_no_report() -> None:
    """ "Estimó mal" judges the estimate: no statement."""
    item = last_item("Claramente la empresa estimó mal la demanda.", "es")
    assert item.label is not Label.STATEMENT, item.reason
