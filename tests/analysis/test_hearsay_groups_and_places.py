"""Hearsay with no verb of saying is a claim (claims29 round, own phrasings): a group the writer does
not name, opening the sentence with what it expects, believes or suggests ("Analysts expect…",
"Officials in the ministry suggested…"), and what is said in a place with nobody saying it ("En el
puerto se comenta que…", "en la consejería se habla ya de…", "se da por hecho que…"). Near misses: a
modal ("Residents can expect delays"), a relative ("Traders who expected a rally"), a body's own
expectation reported by a named speaker, a language spoken ("se habla inglés") and a past debate
("se habló de la ordenanza"), and the writer's "ya se habla de … como otros hablan de…" mid-sentence.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

HEARSAY = [
    ("Analysts expect the central bank to raise rates in March.", "en"),
    ("Investigators believe the fire was started deliberately.", "en"),
    ("Some economists reckon the deficit will double.", "en"),
    ("Officials in the ministry suggested the deadline could be moved.", "en"),
    ("Lawyers for the families expect a settlement before Christmas.", "en"),
    ("En el ayuntamiento se comenta que el alcalde no repetirá.", "es"),
    ("En la patronal se da por hecho que la huelga irá adelante.", "es"),
    ("En el puerto se habla ya de un cierre definitivo.", "es"),
    ("En los pasillos del ministerio se comentaba que la ley no saldría este año.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HEARSAY)
def test_hearsay_with_no_verb_of_saying_is_a_claim(text: str, lang: str) -> None:
    assert only_item(text, lang).label is Label.CLAIM


NOT_HEARSAY = [
    ("Residents can expect delays on the A9 until Friday.", "en"),
    ("Traders who expected a rally were disappointed on Friday.", "en"),
    ("En el colegio se habla inglés y francés desde primaria.", "es"),
    ("En el pleno se habló de la nueva ordenanza de terrazas durante dos horas.", "es"),
    ("En el puerto se descargaron 400 contenedores el martes.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_HEARSAY)
def test_an_expectation_or_a_debate_of_no_one_unnamed_is_no_claim(text: str, lang: str) -> None:
    assert only_item(text, lang).label is not Label.CLAIM


def test_a_named_body_expecting_stays_a_statement() -> None:
    item = only_item("The central bank expects inflation to fall, its governor said.", "en")
    assert item.label is Label.STATEMENT


def test_the_writers_mid_sentence_comparison_is_no_claim() -> None:
    text = "Once millones, y en el Concello ya se habla de la próxima edición como otros hablan de unos Juegos Olímpicos."
    assert only_item(text, "es").label is Label.COMMENTARY
