"""A sentence whose subject is an act, a gerund or an infinitive with its object ("Stretching it by
another week tells every pharmacy…", "Aplazar la votación otra vez le dice…"), reports nobody's
words: the act is no speaker. A surname in -ing or -ar before its verb ("Fleming said", "Aguilar
dijo"), an adjective in -ing before a plural ("Striking dockers said") and a participle set off by
a comma ("Speaking to reporters, the minister said") keep their source."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stretching it by another week tells every pharmacy in the country that a recall is a suggestion.",
            "en",
        ),
        ("Delaying the vote again tells investors that the board is not serious.", "en"),
        ("Closing the bridge for a third winter tells the valley that nobody is coming.", "en"),
        ("Prorrogarlo otra semana le dice a cada farmacia que una retirada es una sugerencia.", "es"),
        ("Aplazar la votación otra vez le dice a los inversores que el consejo no va en serio.", "es"),
        ("Cerrar el puente otro invierno le dice al valle que nadie va a venir.", "es"),
    ],
)
def test_an_act_as_subject_is_no_speaker(text: str, lang: str) -> None:
    """A gerund or an infinitive with its object is the subject of the writer's sentence."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.speaker, item.reason)
    assert item.speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "label", "speaker"),
    [
        ("Fleming told reporters the plan would work.", "en", Label.STATEMENT, "Fleming"),
        (
            "Reading Borough Council said the road would reopen on Monday.",
            "en",
            Label.STATEMENT,
            "Reading Borough Council",
        ),
        (
            "Speaking to reporters, Interior Minister Ana Ruiz said the plan would work.",
            "en",
            Label.STATEMENT,
            "Ana Ruiz",
        ),
        ("Striking dock workers said on Monday they would not return.", "en", Label.CLAIM, None),
        ("Aguilar dijo que el plan funcionará.", "es", Label.STATEMENT, "Aguilar"),
        ("Javier Aguilar dijo el lunes que el plan funcionará.", "es", Label.STATEMENT, "Javier Aguilar"),
    ],
)
def test_a_name_or_a_set_off_participle_keeps_its_source(
    text: str, lang: str, label: Label, speaker: str | None
) -> None:
    """A surname that ends like a gerund or an infinitive is still the speaker."""
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (label, speaker), item.reason
