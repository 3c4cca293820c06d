"""An office named before a perfect's auxiliary is the speaker without the auxiliary ("The judge
has told…" is the judge's, not "judge has"). Own phrasings written for the attrib22 round;
near misses: a name with the auxiliary after it, and a name that holds the word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

CASES = [
    ("The ministry has said the plan is dead.", "ministry"),
    (
        "The regional education department has confirmed that the school will close.",
        "regional education department",
    ),
    ("The mayor had told reporters that the vote would go ahead.", "mayor"),
    ("The union has warned that it will strike on Monday.", "union"),
    ("The judge has told the council it cannot close the school.", "judge"),
    # near misses: a name before the auxiliary, a name that holds the word
    ("Mayor Ana Ruiz has said the vote will go ahead.", "Ana Ruiz"),
    ("The Has Group said the plan is dead.", "Has Group"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_office_ends_before_the_auxiliary(text: str, speaker: str) -> None:
    (item,) = analyze(text, published=None, lang="en", now=_NOW).items
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


# A body's noun with its complement ("sindicato de cobradores del peaje"): the genitive's article
# is no article a verb puts after the noun (attrib22 round, own phrasings; near miss: an office
# that a verb follows keeps its noun alone).
GENITIVE_OFFICES = [
    (
        "El sindicato de cobradores del peaje anunció que irá a la huelga el lunes.",
        "sindicato de cobradores del peaje",
    ),
    ("La asociación de vecinos del barrio anunció que recurrirá.", "asociación de vecinos del barrio"),
    ("El comité de empresa del puerto dijo que no firmará.", "comité de empresa del puerto"),
    ("El ministro dio al sindicato hasta el viernes, informó el ministerio.", "ministerio"),
]


@pytest.mark.parametrize(("text", "speaker"), GENITIVE_OFFICES)
def test_a_bodys_complement_stays_in_its_office(text: str, speaker: str) -> None:
    (item,) = analyze(text, published=None, lang="es", now=_NOW).items
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
