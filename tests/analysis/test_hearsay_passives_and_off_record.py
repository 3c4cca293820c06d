"""Hearsay with no named voice is a claim (claims29 round, own phrasings): a passive of hearsay in
any person and tense ("are understood to", "were understood to", "is widely believed to"), and a
voice heard off the record ("privately expect", "say privately that", "admiten en privado"), where
the adverb may stand after the report's verb. Near misses: "understood to mean" glosses a word, and
"privately run", "privately owned", "se reunieron en privado" describe a thing or an act.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

HEARSAY = [
    ("Local officials are understood to be preparing an appeal.", "en"),
    ("The two unions are understood to have rejected the offer on Monday.", "en"),
    ("Several landlords were understood to be holding back rents.", "en"),
    ("Striking drivers are widely believed to have voted for the deal.", "en"),
    ("Several councillors privately expect the budget to be rejected.", "en"),
    ("Union officials privately concede that the ballot could fail.", "en"),
    ("Teachers at the school say privately that the inspection was rushed.", "en"),
    ("Fishermen said privately that the catch had been falling.", "en"),
    ("Varios alcaldes admiten en privado que el plan no llegará a tiempo.", "es"),
    ("Los negociadores reconocen en privado que el acuerdo está lejos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HEARSAY)
def test_hearsay_with_no_named_voice_is_a_claim(text: str, lang: str) -> None:
    assert only_item(text, lang).label is Label.CLAIM


NOT_HEARSAY = [
    ("The word is understood to mean any vessel over ten metres under the new code.", "en"),
    ("The clinic is privately run and charges £80 a visit.", "en"),
    ("Most of the flats were privately owned before 1990.", "en"),
    ("Los dos ministros se reunieron en privado durante dos horas el lunes.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_HEARSAY)
def test_a_gloss_or_a_private_thing_is_no_hearsay(text: str, lang: str) -> None:
    assert only_item(text, lang).label is Label.FACT


def test_a_named_speaker_saying_more_than_could_happen_stays_a_statement() -> None:
    item = only_item("El ministro dijo que habría elecciones en marzo.", "es")
    assert (item.label, item.speaker) == (Label.STATEMENT, "ministro")
