"""The weekday a deadline was told to run out on is a report's deadline, not the writer's horizon.

"El jueves vencía el segundo plazo del convenio": temporal27 reads the day as the due gone by
(`expiry_told`); a weekday alone is otherwise the writer's horizon as often as a report's ("Markets
will be no wiser by Friday"), so the stance model decides on it. Told as an expiry, it outweighs
the model like a dated due (integ15: a retrained model read temporal27's own probe as comment).
Own sentences, read after a plain lead under a model sure that every clause is comment.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    "text",
    [
        "El viernes vencía el plazo para presentar alegaciones al plan.",
        "El martes vencía el primer plazo para inscribirse en el concurso.",
        "El plazo para recurrir vencía el lunes.",
    ],
)
def test_a_weekday_told_as_an_expiry_stays_a_fact(text: str, sure: None) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El viernes nadie se acordará ya del plan."),
        ("en", "Markets will be no wiser by Friday."),
    ],
)
def test_a_weekday_horizon_is_still_the_models(lang: str, text: str, sure: None) -> None:
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
