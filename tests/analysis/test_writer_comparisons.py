"""The writer's comparisons and surprise with a verb of saying in them report nothing.

"…, which says more about the stakes than about…" and "…, quién lo iba a decir" hold a
reporting verb but no speaker: labelled as statements they were commentary shown on the record.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "lead", "remark"),
    [
        (
            "en",
            "The utility restored power to 9,000 homes on Monday, the regulator said.",
            "The figure tells us more about the survey than about the voters.",
        ),
        (
            "en",
            "The council approved the new bus routes on Tuesday.",
            "The queue at the depot said more about the timetable than any audit could.",
        ),
        (
            "es",
            "La empresa entregó el plan el lunes, confirmó la agencia.",
            "Puntualidad alemana, quién lo iba a decir.",
        ),
        (
            "es",
            "El ayuntamiento abrió el nuevo mercado el sábado.",
            "El retraso dice más de la concejalía que de los comerciantes.",
        ),
        (
            "es",
            "La naviera recuperó la ruta a las islas el martes.",
            "Tres meses sin barco, ¿quién lo hubiera dicho?",
        ),
    ],
)
def test_a_writers_remark_with_a_verb_of_saying_is_never_a_statement(
    lang: str, lead: str, remark: str
) -> None:
    items = analyze(f"{lead} {remark}", published=None, lang=lang, now=NOW).items
    item = next(i for i in items if remark.startswith(i.text[:20]))
    assert item.label is not Label.STATEMENT
    assert item.speaker is None


def test_a_report_that_says_more_is_still_a_report() -> None:
    text = "The ministry said more inspections would follow in March."
    item = analyze(text, published=None, lang="en", now=NOW).items[0]
    assert item.label is Label.STATEMENT
