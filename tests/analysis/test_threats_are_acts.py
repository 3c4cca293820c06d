"""A threat to do something ("…, threatening to halt imports", "amenazó con ir a la huelga") is an act
the writer narrates, like the ultimatum it comes with (three dev threads' ultimatums are facts): no
report, no vague source. A report beside it ("…, its leader Ana Ruiz said") or a threat "that…"
still reports."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kyrgyzstan on Tuesday gave Kazakhstan until 6 p.m. on Friday to reopen the border crossing, "
            "threatening to halt imports.",
            "en",
        ),
        (
            "Kidnappers holding five engineers have given the government 72 hours to free 14 of their members, "
            'threatening to "close the file" on the hostages if it does not.',
            "en",
        ),
        (
            "The union has given the government until midnight on January 11 to restore the subsidy, threatening to strike.",
            "en",
        ),
        (
            "Kirguistán dio a Kazajistán hasta el viernes para reabrir el paso, amenazando con frenar las importaciones.",
            "es",
        ),
        ("Los transportistas amenazaron con bloquear el puerto desde el lunes.", "es"),
    ],
)
def test_a_threat_to_act_is_no_report(text: str, lang: str) -> None:
    """ "Threatening to …" / "amenazando con …" narrates an act: no statement, no claim."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The union threatened to strike, its leader Ana Ruiz said.", "en", "Ana Ruiz"),
        ("The Harbour Union threatened that it would strike on Monday.", "en", "Harbour Union"),
        ("El sindicato amenazó con ir a la huelga, dijo su portavoz, Ana Ruiz.", "es", "Ana Ruiz"),
    ],
)
def test_a_report_beside_a_threat_still_reports(text: str, lang: str, speaker: str) -> None:
    """A verb of saying beside the threat, or a threat "that…", keeps its speaker."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
