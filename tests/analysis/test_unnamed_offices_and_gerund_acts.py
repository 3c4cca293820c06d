"""Two ways a writer's sentence was read as somebody's statement (attrib22 round, own phrasings).

An office of one word after an indefinite article, with no body named ("A judge has told the
council…", "un fiscal dijo…"), is somebody the article does not name: a claim's source, even after
a clause that names a body (convention 1). Near misses: the definite office, a named judge, "a
department spokesman" (a body the article names), and an act with no reporting verb stay as they
were.

An official act's gerund that no comma sets off ("llevan dos meses dando un rodeo", "sigue dando
largas") narrates an ongoing state, no act on the record. Near misses: the finite act and the
gerund after a comma (", dando a la empresa cinco días") stay statements.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _first(text: str, lang: str) -> Item:
    return analyze(text, published=None, lang=lang, now=_NOW).items[0]


UNNAMED_OFFICES = [
    ("A judge has told the council it cannot close the school.", "en"),
    ("A magistrate said the hearing would resume on Monday.", "en"),
    ("The hearing will resume on Monday, a prosecutor said.", "en"),
    (
        "Five months after the council of Vell voted to shut its only school, a judge has told it what "
        "the parents said from the start.",
        "en",
    ),
    ("Un juez dijo que la vista se reanudará el lunes.", "es"),
    ("La vista se reanudará el lunes, aseguró una fiscal.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), UNNAMED_OFFICES)
def test_an_indefinite_office_is_no_named_speaker(text: str, lang: str) -> None:
    item = _first(text, lang)
    assert item.label is Label.CLAIM
    assert item.speaker is None


NAMED_OFFICES = [
    ("The judge said the council cannot close the school.", "en", Label.STATEMENT, "judge"),
    ("Judge Ana Ruiz said the council cannot close the school.", "en", Label.STATEMENT, "Ana Ruiz"),
    ("A department spokesman said the office would reopen.", "en", Label.STATEMENT, "department spokesman"),
    (
        "A federal judge in Boston on Tuesday ordered the department to restore the grants.",
        "en",
        Label.FACT,
        None,
    ),
    ("El juez dijo que la vista se reanudará el lunes.", "es", Label.STATEMENT, "juez"),
]


@pytest.mark.parametrize(("text", "lang", "label", "speaker"), NAMED_OFFICES)
def test_a_definite_or_qualified_office_stays_as_it_was(
    text: str, lang: str, label: Label, speaker: str | None
) -> None:
    item = _first(text, lang)
    assert (item.label, item.speaker) == (label, speaker)


NARRATED_GERUNDS = [
    "Los camioneros de Storvik llevan casi dos meses dando un rodeo de cuarenta minutos.",
    "El Gobierno sigue dando largas a los pescadores de Kestrel.",
    "La Coordinadora de Estibadores está dando a la patronal hasta el viernes.",
]


@pytest.mark.parametrize("text", NARRATED_GERUNDS)
def test_an_acts_gerund_with_no_comma_is_no_statement(text: str) -> None:
    item = _first(text, "es")
    assert item.label is not Label.STATEMENT
    assert item.speaker is None


ACTS = [
    "La Agencia del Agua rechazó el recurso, dando a la empresa cinco días para responder.",
    "La Agencia del Agua dio a la empresa cinco días para responder.",
]


@pytest.mark.parametrize("text", ACTS)
def test_a_finite_act_or_a_gerund_after_a_comma_stays_a_statement(text: str) -> None:
    item = _first(text, "es")
    assert (item.label, item.speaker) == (Label.STATEMENT, "Agencia del Agua")
