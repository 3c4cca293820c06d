"""A sentence's opening person is read past a fronted time or place ("On Monday, Mayor Ana Ruiz
toured…", "El 3 de marzo, ante los vecinos, Ruiz prometió…"): the antecedent of the next "she
said" or dropped subject; a fronted phrase before no person changes nothing."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Council leader Tom Hale said the budget was fixed. On Monday, Mayor Ana Ruiz toured the flooded streets. "We will rebuild," she said.',
            "en",
            "Ana Ruiz",
        ),
        (
            'Council leader Tom Hale said the budget was fixed. In Valverde, the mayor, Ana Ruiz, toured the flooded streets. "We will rebuild every house."',
            "en",
            "Ana Ruiz",
        ),
        (
            "El concejal Tomás Gil dijo que el presupuesto está cerrado. En Valverde, la alcaldesa, Ana Ruiz, recorrió las calles inundadas. «Reconstruiremos cada casa», dijo.",
            "es",
            "Ana Ruiz",
        ),
        (
            "La alcaldesa Ana Ruiz visitó el barrio. El concejal Tomás Gil dijo que el presupuesto está cerrado. El 3 de marzo, ante los vecinos, Ruiz prometió ayudas. «Nadie se quedará atrás», dijo.",
            "es",
            "Ana Ruiz",
        ),
        (
            "El concejal Tomás Gil dijo que el presupuesto está cerrado. En el barrio, los vecinos protestaron. «No hay dinero», dijo.",
            "es",
            "Tomás Gil",
        ),
        (
            'Council leader Tom Hale said the budget was fixed. After the meeting, residents marched to the town hall. "There is no money," he said.',
            "en",
            "Tom Hale",
        ),
    ],
)
def test_a_person_after_a_fronted_phrase_opens_the_sentence(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker
