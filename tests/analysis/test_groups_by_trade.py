"""People named only by their trade or tie are a vague source, a claim (claims29 round, own
phrasings): "Crew on the ferry say", "Parents at Hillside Primary told us", "Estate agents say",
"Repartidores de la zona dicen", "Organizaciones ecologistas estiman". Near misses: a group's own
capitalised name ("Grain Producers Victoria", "Parents Against Cuts", "Transportistas Unidos") and
a named association with its article stay statements.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

GROUPS = [
    ("Crew on the ferry say the engine failed twice last week.", "en"),
    ("Parents at Hillside Primary told us they will keep their children at home.", "en"),
    ("Estate agents say rents have doubled since 2020.", "en"),
    ("Dockers in Felixstowe said the cranes stood idle all morning.", "en"),
    ("Repartidores de la zona dicen que cobran menos que hace un año.", "es"),
    ("Transportistas de Algeciras aseguran que el puerto lleva días colapsado.", "es"),
    ("Organizaciones ecologistas estiman que se perdieron 300 hectáreas.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), GROUPS)
def test_people_named_by_their_trade_are_a_vague_source(text: str, lang: str) -> None:
    item = only_item(text, lang)
    assert (item.label, item.speaker) == (Label.CLAIM, None)


NAMED = [
    (
        "Grain Producers Victoria said in a statement that growers would need help.",
        "en",
        "Grain Producers Victoria",
    ),
    ("Parents Against Cuts said the closure was unlawful.", "en", "Parents Against Cuts"),
    ("Transportistas Unidos aseguró que el paro sigue.", "es", "Transportistas Unidos"),
    ("La asociación de comerciantes denunció el cierre.", "es", "asociación de comerciantes"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), NAMED)
def test_a_groups_own_name_stays_a_statement(text: str, lang: str, speaker: str) -> None:
    item = only_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
