"""A sound heard, with its hour, its volume or its place: a fact the model is not asked about.

"El himno suena a todo volumen en la plaza", "The bells sounded at midnight": the stance model reads
"suena" / "sounds" as a copula, the writer's reading ("La promesa suena a excusa", "sounds like an
excuse"), which the commentary cue reads. With an hour, a volume or a place right after the verb, it
is a sound. Not after a relative word, not with a word of another class of comment, a sweep or a
minimiser. Own sentences, written for this test, never taken from the corpus or the stance bank; each
is read after a plain lead, under a model sure that every clause is comment, so that only the rule
decides.
"""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Las campanas de la catedral sonaron a medianoche."),
        ("es", "La alarma del polígono sonó en toda la comarca."),
        ("es", "La música de la verbena suena a todo volumen hasta las tres."),
        ("en", "The siren sounds at 8 a.m. every weekday."),
        ("en", "The anthem sounded across the square."),
        ("en", "The church bells sound every hour."),
    ],
)
def test_a_sound_heard_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.SOUND_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El plan suena a las mil maravillas."),
        ("es", "Un discurso que suena a todo volumen y no dice nada."),
        ("es", "La música suena a todo volumen y nadie hace nada."),
        ("en", "The plan sounds like an excuse."),
        ("en", "The promise sounds, frankly, hollow at every hearing."),
    ],
)
def test_a_sound_the_writer_reads_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.sound(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
