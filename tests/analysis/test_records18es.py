"""A Spanish record scoped "en la historia de…" or by a participle of measure is a fact (comment18es).

"Es la venta más cara en la historia del fútbol costarricense.", "La sanción es la más alta
impuesta a una telefónica…", "uno de los vertebrados más pequeños conocidos en Perú": gold facts
of three bank writers (bank21es, bank25es, bank26es) that the stance model read as comment; the
record rule knew "de la historia" and "registrada", not these scopes. Own sentences, each between
a lead and a plain fact; near misses keep the writer's ironic superlative, whose participle
measures nothing ("el proyecto más anunciado y menos construido").
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import item_between

LEAD = "La Superintendencia publicó ayer su resolución sobre el caso."
AFTER = "La empresa tiene diez días hábiles para recurrir."


def _label(sentence: str) -> Label:
    return item_between(LEAD, sentence, AFTER, "es").label


@pytest.mark.parametrize(
    "sentence",
    [
        "Es la subasta más cara en la historia del arte uruguayo.",
        "La multa es la más alta impuesta a una aerolínea por retrasos en el equipaje.",
        "Es una de las especies de orquídea más raras conocidas en la cordillera.",
        "Es la mayor pérdida de hielo medida en un glaciar andino.",
        "La colecta de este año es la más alta recaudada por la parroquia.",
        "Es el vino más caro subastado por la bodega.",
    ],
)
def test_a_record_with_its_scope_is_a_fact(sentence: str) -> None:
    assert _label(sentence) is Label.FACT


@pytest.mark.parametrize(
    "sentence",
    [
        "La planta ya es el proyecto industrial más anunciado y menos construido de la región.",
        "Es la decisión más absurda en la historia del club.",
        "Será, probablemente, la multa más alta impuesta jamás a un banco.",
    ],
)
def test_the_writers_superlative_stays_commentary(sentence: str) -> None:
    assert _label(sentence) is Label.COMMENTARY
