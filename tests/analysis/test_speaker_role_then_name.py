"""Who said it: a name set off after a role at the sentence's end ("según confirmó la capitana del
puerto, Gwen Tallis.", "según su portavoz, Irene Solís.") is the speaker, not the role; a subject
with a relative clause set off by commas ("Rosa Quintana, cuya hija …, lo resume", "Tom Reed, whose
daughter works for the Finance Ministry, said") is the name before the clause, also past an object
clitic ("lo dijo"), never a body named inside the clause. Near misses: a role with no name after it
stays the speaker, and a name that is the object of the report is no speaker. An opening phrase
before "Name, the office," ("Speaking at the bridge on Saturday, Hélène Marchetti, the Red Cross
delegation chief, said") leaves the name the speaker, not the body in the office."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "La Autoridad Portuaria entregó el estudio el jueves, según confirmó la capitana del puerto, Gwen Tallis.",
            "Gwen Tallis",
        ),
        (
            "es",
            "La agencia ha recibido ya 4.800 observaciones, según su portavoz, Irene Solís.",
            "Irene Solís",
        ),
        (
            "es",
            "El ministerio entregó el estudio el jueves, según explicó el portavoz del sindicato, Juan Pérez.",
            "Juan Pérez",
        ),
        (
            "es",
            "Rosa Quintana, cuya hija está retenida por el FPS desde hace tres años, lo resume así: «Cada día es una tortura».",
            "Rosa Quintana",
        ),
        (
            "es",
            "Rosa Quintana, que trabaja para la Agencia Tributaria, lo dijo así: «No hay dinero».",
            "Rosa Quintana",
        ),
        (
            "en",
            "Tom Reed, whose daughter works for the Finance Ministry, said the budget was unfair.",
            "Tom Reed",
        ),
        (
            "es",
            "La Autoridad Portuaria entregó el estudio el jueves, según confirmó la capitana del puerto.",
            "capitana del puerto",
        ),
    ],
)
def test_the_person_named_is_the_speaker(lang: str, text: str, speaker: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Speaking at the bridge on Saturday evening, Hélène Marchetti, the Red Cross delegation chief, said the prisoners would be exchanged.",
            "Hélène Marchetti",
        ),
        ("en", "On Monday, Tom Reed, the UN envoy, said talks would resume.", "Tom Reed"),
        (
            "es",
            "El lunes, en Ginebra, Tom Reed, enviado de la ONU, dijo que las conversaciones seguirán.",
            "Tom Reed",
        ),
        ("en", "On Monday, the UN envoy, Tom Reed, said talks would resume.", "Tom Reed"),
    ],
)
def test_an_opening_phrase_leaves_the_name_before_its_office_the_speaker(
    lang: str, text: str, speaker: str
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            '21:10 Crofters\' League leader Ciarán Doyle, on his way into a party meeting: "Nothing has changed."',
            "Ciarán Doyle",
        ),
        ("en", 'Harbour Union president Ana Ruiz, outside the gates: "We stay until Friday."', "Ana Ruiz"),
        ("en", 'Ana Ruiz, Harbour Union president, outside the gates: "We stay until Friday."', "Ana Ruiz"),
    ],
)
def test_a_body_before_an_office_and_a_name_is_not_the_speaker_of_a_colon_quote(
    lang: str, text: str, speaker: str
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
