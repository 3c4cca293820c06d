"""The writer's judgement as a predicate of "it is": "It is the kind of rule that…", "It is a familiar story."

Run with the stance model switched off, so only the rules decide; a report's ordinal or record
("It is the third such outage this year.") stays a fact.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _labels(text: str, lang: str) -> list[str]:
    return [i.label.value for i in analyze(text, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is the kind of scheme that looks tidy until the first winter.", "en"),
        ("It was the sort of evening the organisers will not want to repeat.", "en"),
        ("It is a familiar script in this town.", "en"),
        ("It is a rare thing to see a minister stay for the questions.", "en"),
        ("Es el tipo de reforma que se anuncia con más fotos que artículos.", "es"),
        ("Fue la clase de tarde que nadie en el club quiere repetir.", "es"),
        ("Es una historia conocida en el barrio.", "es"),
    ],
)
def test_judgement_cleft_is_commentary(rules_only: None, text: str, lang: str) -> None:
    assert _labels(text, lang) == ["commentary"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is the third such outage this year.", "en"),
        ("It was the first time a Millbrook team had reached a regional final.", "en"),
        ("It is a kind gesture, the charity said.", "en"),
        ("Es la cuarta modificación en dos años.", "es"),
        ("Fue el tipo de cambio más alto desde 2019.", "es"),
    ],
)
def test_report_predicate_is_not_commentary(rules_only: None, text: str, lang: str) -> None:
    assert "commentary" not in _labels(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four councils, two consultations and not one new bus: the route map is a work of fiction.", "en"),
        ("Eleven months of talks: long enough for both sides to forget what they wanted.", "en"),
        ("Twenty pages and one idea: the rest is padding.", "en"),
        ("Tres ministros y ninguna fecha: así se planifica una obra en esta provincia.", "es"),
        (
            "Quince días de espera: lo que tarda un pasaporte en cualquier país serio es un trimestre aquí.",
            "es",
        ),
        ("Doce familias y un solo buzón: el trámite sigue siendo de otro siglo.", "es"),
    ],
)
def test_tally_before_a_colon_is_commentary(rules_only: None, text: str, lang: str) -> None:
    """A verbless count or tally before a colon, then the writer's point: the writer's set-up."""
    assert _labels(text, lang) == ["commentary"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tres: el tribunal fijó el 15 de marzo como plazo para recurrir.", "es"),
        ("Final del tercer cuarto: Unicaja 61, Olympiacos 64.", "es"),
        ("Two dead, 14 injured: the toll rose on Sunday after rescuers reached the village.", "en"),
        ("A reminder: the office closes at 17:00 on Friday.", "en"),
        ("Three candidates: Ana Ruiz, Tomás Vera and Luisa Mena registered before the deadline.", "en"),
    ],
)
def test_numbered_or_dated_tally_stays_a_report(rules_only: None, text: str, lang: str) -> None:
    assert "commentary" not in _labels(text, lang)
