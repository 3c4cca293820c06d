"""A report named anew, then told how it was delivered: the report's circumstance, not the writer's tail.

"The union said the strike would go ahead, a message it sent to members in a letter.": the
apposition names the report ("a message") and says how it was made (a verb of delivery, then an
occasion of speech: "in a letter", "en un comunicado"). The stance model, asked about such a tail at
a paragraph's end, reads it as a kicker. Unless a cue or an undated repetition remarks on it ("a
message it has sent in a letter three times"), or a relative clause after the occasion goes on ("in
a letter that nobody read"), the tail stays part of the report and the model is not asked. Own
sentences, written for this test, never taken from the corpus or the stance bank; each is read
after a plain lead, under a model sure that every stretch is comment, so that only the rule decides.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
_LEADS = {
    "en": "The talks resumed on Monday in Geneva. ",
    "es": "Las conversaciones se reanudaron el lunes en Ginebra. ",
}


def _after_lead(lang: str, text: str) -> list[Item]:
    lead = _LEADS[lang]
    return [i for i in analyze(lead + text, lang=lang, now=_NOW).items if i.start >= len(lead)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The club said ticket prices would be frozen, a pledge it made to season holders in an email.",
        ),
        ("en", "The ferry operator said sailings would resume, a message it sent to drivers by email."),
        (
            "en",
            "The mayor said the bridge would reopen in spring, a promise she gave residents at a meeting.",
        ),
        (
            "es",
            "El consejero aseguró que el hospital abrirá en enero, un compromiso que trasladó a los alcaldes en una reunión.",
        ),
        ("es", "La empresa dijo que no habrá despidos, un mensaje que envió a la plantilla en un correo."),
        (
            "es",
            "El rector afirmó que las tasas no subirán, una promesa que hizo a los estudiantes en una entrevista.",
        ),
    ],
)
def test_a_report_named_anew_and_delivered_stays_one_report(lang: str, text: str, sure: None) -> None:
    items = _after_lead(lang, text)
    assert len(items) == 1 and items[0].label is Label.STATEMENT, [(i.text, i.reason) for i in items]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a repetition with no date of its own, or a cue, remarks on the report
        (
            "en",
            "The club said ticket prices would be frozen, a pledge it has made in a letter every single year.",
        ),
        (
            "en",
            "The mayor said the bridge would reopen, a promise she gave at a meeting that nobody attended.",
        ),
        ("en", "The mayor said the bridge would reopen, a promise that sounded hollow at the meeting."),
        (
            "es",
            "La empresa dijo que no habrá despidos, un mensaje que ya envió en una carta demasiadas veces.",
        ),
        (
            "es",
            "El rector afirmó que las tasas no subirán, una promesa que hizo en una entrevista que nadie vio.",
        ),
        ("es", "El rector afirmó que las tasas no subirán, una promesa que suena vacía en la reunión."),
    ],
)
def test_a_delivered_report_the_writer_remarks_on_is_still_cut_off(lang: str, text: str, sure: None) -> None:
    items = _after_lead(lang, text)
    assert [i.label for i in items] == [Label.STATEMENT, Label.COMMENTARY], [
        (i.text, i.reason) for i in items
    ]
