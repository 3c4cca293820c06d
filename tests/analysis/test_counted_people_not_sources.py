"""A phrase that only counts people ("Cuatro personas", "Two people") is an unnamed source only
with a verb of saying in its clause or a qualifier after the noun ("familiar with the talks",
"cercanas a la negociación", "que asistieron a la reunión"); otherwise the people are what the
story is about: "Cuatro personas murieron…" is a fact, not a claim."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cuatro personas murieron el domingo en un choque frontal en la N-432.", "es"),
        ("Tres personas fueron detenidas tras el incendio del mercado.", "es"),
        ("Dos personas resultaron heridas por la caída de un árbol en el Retiro.", "es"),
        ("Varias personas esperaban desde las seis de la mañana a las puertas del consulado.", "es"),
        ("Two people were injured in the blast at the depot.", "en"),
        ("Several people were rescued from the roof of the flooded school.", "en"),
        ("Three people have been arrested after the match in Leeds.", "en"),
        ("A question a lot of people will be asking this morning.", "en"),
    ],
)
def test_counted_people_with_no_verb_of_saying_are_no_source(text: str, lang: str) -> None:
    """People counted as the story's subject give no claim."""
    item = last_item(text, lang)
    assert item.label is not Label.CLAIM, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dos personas cercanas a la negociación dan por hecho que habrá acuerdo.", "es"),
        ("Tres personas que asistieron a la reunión dan por hecho que habrá acuerdo.", "es"),
        ("Dos personas dijeron a esta agencia que el director dimitirá.", "es"),
        ("Two people familiar with the talks put the odds at one in three.", "en"),
        ("Several people briefed on the plan expect a deal by Friday.", "en"),
        ("Two people said the chief executive would step down in March.", "en"),
    ],
)
def test_qualified_or_speaking_people_stay_unnamed_sources(text: str, lang: str) -> None:
    """A qualifier after the people, or a verb of saying, keeps the unnamed-source claim."""
    item = last_item(text, lang)
    assert item.label is Label.CLAIM, (item.label, item.reason)
