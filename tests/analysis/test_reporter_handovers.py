"""A host who places a person somewhere ("Priya Halden is at the harbour.", "Ana Gil está en el
puerto.") hands over to the outlet's reporter on the spot: that reporter's tagged lines narrate
for the outlet (corpus convention 17) and are never the reporter's statements, while what the
reporter relays keeps its own speaker. A guest the host introduces by a role ("Gwen Tallis is the
harbour master."), in the studio or on the line keeps the guest's statement."""

from __future__ import annotations

import pytest

from bot.domain.models import Item, Label
from tests.analysis.probes import item_opening


def _item(text: str, lang: str, opening: str) -> Item:
    return item_opening(text, lang, opening, None)


@pytest.mark.parametrize(
    ("lang", "text", "opening"),
    [
        (
            "en",
            "PRESENTER: We start in Dunmore, where the ferry has not sailed. Priya Halden is at the harbour.\n"
            "PRIYA HALDEN: The queues at the ticket office started before six this morning.",
            "PRIYA HALDEN: The queues",
        ),
        (
            "en",
            "ANCHOR: Talks resumed in Geneva today. Tom Hale is live in Geneva.\n"
            "TOM HALE: The delegations arrived just after nine and went straight into the hall.",
            "TOM HALE: The delegations",
        ),
        (
            "en",
            "HOST: The flood water is still rising. Keisha Lund reports from Carrow.\n"
            "KEISHA LUND: Three streets were evacuated overnight.",
            "KEISHA LUND: Three",
        ),
        (
            "es",
            "PRESENTADORA: El paro sigue en el puerto. Ana Gil está en el muelle.\n"
            "ANA GIL: Los camiones empezaron a acumularse a las seis de la mañana.",
            "ANA GIL: Los camiones",
        ),
        (
            "es",
            "LOCUTOR: Seguimos con la huelga de médicos. Luis Mora nos cuenta desde Zaragoza.\n"
            "LUIS MORA: Las consultas de la mañana se suspendieron en cuatro hospitales.",
            "LUIS MORA: Las consultas",
        ),
    ],
)
def test_the_reporter_a_host_hands_over_to_narrates_for_the_outlet(
    lang: str, text: str, opening: str
) -> None:
    item = _item(text, lang, opening)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("lang", "text", "opening", "speaker"),
    [
        (
            "en",
            "PRESENTER: Gwen Tallis is the harbour master. Good morning.\n"
            "GWEN TALLIS: The repair plan exists and it will be in London in time.",
            "GWEN TALLIS: The repair",
            "Gwen Tallis",
        ),
        (
            "en",
            "HOST: Mayor Ruth Ambler is in the studio with me.\n"
            "RUTH AMBLER: We have about a week of diesel in storage.",
            "RUTH AMBLER: We have",
            "Ruth Ambler",
        ),
        (
            "es",
            "PRESENTADORA: Marta Lobera está en línea con nosotros. Buenos días.\n"
            "MARTA LOBERA: Hemos dado los diez días de preaviso que marca la ley.",
            "MARTA LOBERA: Hemos",
            "Marta Lobera",
        ),
    ],
)
def test_a_guest_the_host_introduces_keeps_the_statement(
    lang: str, text: str, opening: str, speaker: str
) -> None:
    item = _item(text, lang, opening)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
