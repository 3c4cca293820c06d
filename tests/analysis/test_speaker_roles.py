"""The office a report's speaker holds, in a relative clause after their name: part of the report.

'"Se acabó", dijo Ana Ruiz, quien representa a 1.200 agricultores': who the speaker is, a fact of the
report, not the writer's tail after it. The stance model, which decides whether a tail after a
post-quote report is the writer's, reads an unattributed relative clause as a generalisation's; a
relative word and a verb of an office held, in the present, with no word of another class of comment,
keep the tail in the report. Own sentences, written for this test, never taken from the corpus or the
stance bank; each is read under a model sure that every clause is comment, so that only the rule
decides.
"""

from __future__ import annotations

import pytest

from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "«No firmaremos», dijo Marta Gil, quien representa a 300 estibadores.", "Marta Gil"),
        ("es", "«Es un buen paso», dijo Luis Peña, quien encabeza la plataforma de afectados.", "Luis Peña"),
        ("es", "«Seguiremos», dijo Rosa Vidal, quien dirige la cooperativa desde 2019.", "Rosa Vidal"),
        ("en", '"We will not sign," said Marta Gil, who represents 300 dockers.', "Marta Gil"),
        (
            "en",
            '"It is a good step," said Luis Pena, who leads the tenants of the Almar estate.',
            "Luis Pena",
        ),
        ("en", '"We carry on," said Rosa Vidal, who runs the cooperative in Tarsa.', "Rosa Vidal"),
    ],
)
def test_the_speakers_office_stays_in_the_report_whatever_the_model_says(
    lang: str, text: str, speaker: str, sure: None
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
    assert item.text.endswith(text[-12:])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a hedge or a judgement between the relative word and the office, or no office at all
        ("es", "«No firmaremos», dijo Marta Gil, quien al parecer representa a 300 estibadores."),
        ("es", "«Seguiremos», dijo Rosa Vidal, quien lleva años sin pisar el puerto."),
        ("en", '"We will not sign," said Marta Gil, who apparently represents 300 dockers.'),
        ("en", '"We carry on," said Rosa Vidal, who has not set foot in the port for years.'),
    ],
)
def test_a_tail_that_is_not_the_office_is_still_cut(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    tail = text[text.rindex(",") + 1 :]
    assert wc is not None and not wc.speaker_role(tail)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
