"""A modal perfect in the writer's own voice is the writer's counterfactual (comment14).

"For that money the city could have bought…", "what might have been a pigeon", "lo que aquí se
podría haber inventado": with no source these are speculation, commentary; a source's report
with the same words, or another hedge beside them, stays a claim or a statement. Own sentences.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _only(text: str, lang: str) -> Item:
    items = analyze(text, lang=lang, now=NOW).items
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A single phone call in March could have spared the ferry company the whole hearing.", "en"),
        ("With that budget the council could have resurfaced every road in the valley twice.", "en"),
        ("The trophy might have been better off staying in the cabinet all along.", "en"),
        ("Con ese dinero el ayuntamiento podría haber arreglado todas las aceras del barrio.", "es"),
        ("Una llamada a tiempo podría haber ahorrado tres meses de litigio.", "es"),
        ("Los vecinos podrían haber resuelto el problema en diez minutos, si alguien les preguntaba.", "es"),
    ],
)
def test_the_writers_modal_perfect_is_commentary(text: str, lang: str) -> None:
    assert _only(text, lang).label is Label.COMMENTARY


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # a source's report keeps its label
        ("The fire chief said the blaze could have started in the kitchen.", "en", Label.STATEMENT),
        ("Según fuentes policiales, el incendio podría haber empezado en la cocina.", "es", Label.CLAIM),
        # another hedge beside it: hearsay, a claim
        ("The blaze reportedly could have started in the kitchen.", "en", Label.CLAIM),
        (
            "El acusado habría cobrado comisiones y podría haber ocultado el dinero en Andorra.",
            "es",
            Label.CLAIM,
        ),
        # "may have" stays the hedge of an unconfirmed report
        ("The virus may have reached the second ward before the quarantine.", "en", Label.CLAIM),
    ],
)
def test_a_reported_or_hearsay_modal_perfect_keeps_its_label(text: str, lang: str, label: Label) -> None:
    assert _only(text, lang).label is label
