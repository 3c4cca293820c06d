"""A count of people a body's name qualifies ("Two League deputies", "Three Harbour Union
members") names none of them: an unnamed source, a claim (corpus convention 1), like "Dos
diputados de la Liga" and "Two ministers". Near misses: a surname that looks like a count ("Diez
Canseco"), a count of time before a name ("Two weeks later, Ana Ruiz said") and a group whose
members a comma names ("Dos sindicatos, CCOO y UGT,") keep their named speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two League deputies have told us privately they could live with the half-rebate."),
        ("en", "Two Harbour Union members said the strike would go on."),
        ("en", "Three Green councillors told the meeting they would abstain."),
        ("es", "Dos diputados de la Liga nos han dicho en privado que podrían aceptar la mitad."),
    ],
)
def test_counted_members_of_a_named_body_are_an_unnamed_source(lang: str, text: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.CLAIM, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Diez Canseco dijo que votará en contra.", "Diez Canseco"),
        ("en", "Two weeks later, Ana Ruiz said the plan had failed.", "Ana Ruiz"),
        ("es", "Dos sindicatos, CCOO y UGT, dijeron que irán a la huelga.", "CCOO y UGT"),
    ],
)
def test_a_name_after_a_count_keeps_its_statement(lang: str, text: str, speaker: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
