"""An adverb of the writer's aside used in place says how: the stance model is not shown it.

"El contrato se firmó, casualmente, la víspera de las elecciones" is the writer's aside, set off by
commas (a cue reads it); "El agua se filtra naturalmente en el subsuelo" says how the water seeps.
The model weighs the word as evaluative either way; in place, between two words with no comma, it
is left out of what the model reads. Own sentences, written for this test, never taken from the
corpus or the stance bank; each is read after a plain lead, under a stub model sure that a clause is
comment exactly when it shows the adverb, so that only the reading decides. Spanish only: in English
the commentary cue reads "naturally" wherever it stands, before the model is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.analysis import labels
from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead

_ADVERB = re.compile(r"\b(?:naturalmente|casualmente)\b", re.IGNORECASE)


class _AdverbModel:
    """A stub model sure that a clause is comment exactly when it shows one of the adverbs."""

    threshold = 0.5

    def probability(self, text: str, **_: object) -> float:
        return 1.0 if _ADVERB.search(text) else 0.0


@pytest.fixture
def adverb_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(labels, "load_stance_model", lambda: _AdverbModel())
    yield


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La sal se acumula naturalmente en las grietas del muro."),
        ("es", "El técnico halló casualmente el fallo en una revisión rutinaria."),
        ("es", "Los pinos se regeneran naturalmente tras un incendio de baja intensidad."),
        ("es", "La vecina encontró casualmente la cartera en un banco del parque."),
    ],
)
def test_an_aside_adverb_in_place_is_not_shown_to_the_model(lang: str, text: str, adverb_model: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not _ADVERB.search(wc.as_read(text))
    assert last_item_after_a_lead(lang, text).label is Label.FACT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # set off by commas, or standing at the clause's start or end: the writer's aside
        ("es", "La sal, naturalmente, se acumula en las grietas."),
        ("es", "Naturalmente la sal se acumula en las grietas."),
        ("es", "Una revisión rutinaria, casualmente."),
    ],
)
def test_the_aside_set_off_or_at_an_edge_is_still_shown(lang: str, text: str, adverb_model: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and wc.as_read(text) == text
