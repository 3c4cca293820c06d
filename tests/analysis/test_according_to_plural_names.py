"""A capitalised word ending in -s right after "según" or "according to" is a name ("Según
Carabineros", "según Ferris"), not the sentence-opening common plural ("Trabajadores de la planta
dijeron…", "Workers said…") that names nobody: the sentence is that source's statement."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Según Carabineros, 1.140 personas ingresaron por el paso de Colchane en octubre.",
            "es",
            "Carabineros",
        ),
        (
            "La secretaria general del sindicato es Niamh Ferris. Según Ferris, la oferta revisada"
            " «llega tarde y se queda corta».",
            "es",
            "Niamh Ferris",
        ),
        ("Hoy es sábado y, según Bomberos, el incendio sigue activo en dos frentes.", "es", "Bomberos"),
        ("According to Ferris, the revised offer came too late for the dockers.", "en", "Ferris"),
        ("The crossings rose to 1,140 in October, according to Carabineros.", "en", "Carabineros"),
    ],
)
def test_a_capitalised_plural_after_according_to_is_a_name(text: str, lang: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker), item.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trabajadores de la planta dijeron que la huelga sigue.", "es"),
        ("Workers at the plant said the strike would go on.", "en"),
        ("Estibadores y patronal firmaron este lunes el convenio.", "es"),
    ],
)
def test_a_plural_that_opens_the_sentence_names_nobody(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)
