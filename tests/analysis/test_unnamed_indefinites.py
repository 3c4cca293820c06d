"""An indefinite subject after the verb: a source the relative clause vouches for is unnamed (a
claim); one it mocks ("alguien que nunca ha…", "someone who has never…") is nobody: no report."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _last(text: str, lang: str) -> tuple[Label, str | None]:
    """Return the label and speaker of the text's last item."""
    item = analyze(text, published=None, lang=lang, now=_NOW).items[-1]
    return item.label, item.speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La planta cerrará en marzo. Lo dice alguien que conoce el sector.", "es"),
        ("El nuevo estadio no estará listo para la temporada, asegura alguien que trabaja en la obra.", "es"),
        (
            "«El puerto no tiene grúas suficientes», dice alguien que ha dirigido la terminal durante diez años.",
            "es",
        ),
        (
            "La vacuna llegará tarde a los pueblos. Lo explica alguien que participó en las negociaciones.",
            "es",
        ),
        ("Lo anunció alguien de la consejería: el plazo vence el lunes.", "es"),
        ("The mill will close in March, says someone who knows the industry well.", "en"),
        ('"The port does not have enough cranes," said someone who ran the terminal for ten years.', "en"),
        ("The vaccine reached the villages late, said someone who took part in the talks.", "en"),
    ],
)
def test_an_indefinite_source_the_clause_vouches_for_is_a_claim(text: str, lang: str) -> None:
    assert _last(text, lang) == (Label.CLAIM, None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Seis semanas para lo que no se hizo en un año: el plan, otra vez, lo escribe alguien que nunca "
            "ha pisado un hospital.",
            "es",
        ),
        ("¿Que la mina es segura? Lo dice alguien que nunca ha bajado a una.", "es"),
        ("El reglamento, como siempre, lo redacta alguien que jamás ha conducido un camión.", "es"),
        ("Cualquiera que diga que el plan está financiado miente.", "es"),
        ("The mine is safe, says someone who has never been down one.", "en"),
        ("The rules, as ever, were drafted by someone who never drove a lorry.", "en"),
        ("Anyone who says the plan is funded is lying.", "en"),
    ],
)
def test_an_indefinite_the_clause_mocks_reports_nothing(text: str, lang: str) -> None:
    label, _ = _last(text, lang)
    assert label is Label.COMMENTARY
