"""A subject that a plural common noun opens, tied by a genitive to a name ("Los transportistas de
Storvik calculan…", "The truckers of Storvik said…"), is the group's report, not the place's
(attrib22 round, own phrasings). Near misses: a body whose name holds the genitive ("The Bank of
England"), a document of a body ("según los datos del Cabildo"), a vague group ("Los vecinos de
Storvik") stay as they were."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

CASES = [
    (
        "Los transportistas de Storvik calculan que el desvío les cuesta 40 minutos.",
        "es",
        Label.STATEMENT,
        "transportistas de Storvik",
    ),
    (
        "Los camioneros de Storvik dijeron que el rodeo les cuesta caro.",
        "es",
        Label.STATEMENT,
        "camioneros de Storvik",
    ),
    (
        "The truckers of Storvik said the detour costs them dearly.",
        "en",
        Label.STATEMENT,
        "truckers of Storvik",
    ),
    ("The Bank of England said rates would hold.", "en", Label.STATEMENT, "Bank of England"),
    (
        "A las 19:00 seguían a bordo 1.940 pasajeros, según los datos del Cabildo de Gran Canaria.",
        "es",
        Label.STATEMENT,
        "Cabildo de Gran Canaria",
    ),
    ("Los vecinos de Storvik dijeron que no pagarán.", "es", Label.CLAIM, None),
]


@pytest.mark.parametrize(("text", "lang", "label", "speaker"), CASES)
def test_a_group_of_a_place_speaks_as_the_group(
    text: str, lang: str, label: Label, speaker: str | None
) -> None:
    item = only_item(text, lang)
    assert (item.label, item.speaker) == (label, speaker)
