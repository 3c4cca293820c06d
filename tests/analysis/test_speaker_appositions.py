"""A full name set off before its trade ("Marta Iribarren, the lawyer for …, said") is the speaker,
not a body named in the trade's complement, whatever the titles list holds."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Jonas Berg, the economist at Nordbank who wrote the forecast, said rates would rise in March.",
            "en",
            "Jonas Berg",
        ),
        (
            "Ana Ruiz, the lawyer for the Fishermen's Guild and the Port Workers' Union, said the appeal "
            "would be filed on Friday.",
            "en",
            "Ana Ruiz",
        ),
        (
            "Marta Iribarren, the lawyer for the Climate Lawsuit Coalition and Grandmothers for the Climate, "
            'said the groups would go to court. "After that date, we stop asking politely," she said.',
            "en",
            "Marta Iribarren",
        ),
        # hard negatives: a title already did it; a trade with no person before it names no one
        (
            "Tom Hale, the organiser of the march and its main speaker, said the route would change.",
            "en",
            "Tom Hale",
        ),
        (
            "Marta Sanz, la economista de Banco Austral que firmó el informe, dijo que los tipos subirán.",
            "es",
            "Marta Sanz",
        ),
        (
            "Nordbank Capital, the lender that wrote the forecast, said rates would rise in March.",
            "en",
            "Nordbank Capital",
        ),
    ],
)
def test_a_name_before_its_trade_is_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker
