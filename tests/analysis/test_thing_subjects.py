"""A subject that is an article and a thing's noun before "no", "also" or an aside ("La merluza,
mientras tanto, no reconoce fronteras") is no pronoun: no speaker is carried to its verb, which
reports nothing; a noun that may speak ("El ministerio, mientras tanto, reconoce que…", "the company
also said") keeps its report."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Cancillería argentina dijo que pedirá explicaciones. La merluza, mientras tanto, no reconoce fronteras.",
            "es",
        ),
        ("La Cancillería argentina dijo que pedirá explicaciones. La merluza no reconoce fronteras.", "es"),
        (
            "La Cancillería argentina dijo que pedirá explicaciones. La sequía, mientras tanto, no reconoce fronteras.",
            "es",
        ),
        ("The foreign ministry said it would protest. The virus, however, also recognises no borders.", "en"),
    ],
)
def test_a_thing_before_an_adverb_carries_no_speaker(text: str, lang: str) -> None:
    """An article and a thing's noun before "no" or an aside is the subject: no one is carried."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La Cancillería argentina dijo que pedirá explicaciones. El ministerio, mientras tanto, reconoce que hay un problema.",
            "es",
            "ministerio",
        ),
        (
            "La Cancillería argentina dijo que pedirá explicaciones. El ministro no dijo cuándo.",
            "es",
            "ministro",
        ),
        (
            "The foreign ministry said it would protest. The company, however, also said it would pay.",
            "en",
            "company",
        ),
    ],
)
def test_a_body_before_an_adverb_still_speaks(text: str, lang: str, speaker: str) -> None:
    """A noun that may speak keeps its report, whatever adverb or aside stands before the verb."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, item.reason
    assert speaker in (item.speaker or ""), item.speaker
