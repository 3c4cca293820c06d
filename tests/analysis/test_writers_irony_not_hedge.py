"""A hedge on the writer's own clause is no hearsay: "apparently" on a general truth with no
specifics, a "habría" set against another era, "could have told them that" are the writer's irony
or counterfactual, while a hedged report ("habría pedido", "apparently told aides") stays a claim."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Loyalty, in this league, is apparently worth nothing at all.", "en"),
        ("Experience is apparently no longer a qualification for the job.", "en"),
        ("Punctuality is apparently optional on the regional trains.", "en"),
        ("En otra época eso habría costado una dimisión y dos comisiones de investigación.", "es"),
        ("En otros tiempos, una cifra así habría llenado las portadas durante una semana.", "es"),
        ("Lo que hace una década habría provocado una huelga, hoy apenas genera un comunicado.", "es"),
        ("Anyone who uses the ring road could have told the council that years ago.", "en"),
        ("The empty shelves could have told the minister as much in March.", "en"),
    ],
)
def test_the_writers_irony_is_commentary(text: str, lang: str) -> None:
    """The writer's ironic or counterfactual hedge is commentary, not an unattributed report."""
    item = last_item(text, lang)
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister apparently told aides the budget was dead.", "en"),
        ("The company apparently missed the filing deadline in March.", "en"),
        ("The club is apparently in talks with two investors.", "en"),
        ("Apparently the striker has asked to leave.", "en"),
        ("Hace dos años, la empresa habría pagado sobornos a tres concejales.", "es"),
        ("La empresa habría pedido una prórroga a la consejería.", "es"),
        ("Antes del verano, el club habría rechazado una oferta por el delantero.", "es"),
        ("The leak could have been caused by a faulty valve.", "en"),
    ],
)
def test_a_hedged_report_stays_a_claim(text: str, lang: str) -> None:
    """A hedge on a specific event is hearsay with no source: a claim."""
    item = last_item(text, lang)
    assert item.label is Label.CLAIM, (item.label, item.reason)
