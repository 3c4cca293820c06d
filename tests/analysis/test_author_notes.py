"""An author's note at the foot of a piece ("Clara Benedí writes on health and labour for The
Iberian Ledger") says what the writer covers: a fact, no statement. "writes that…", "writes on
Twitter that…" and "writes about X:" with what was written still report."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Clara Benedí writes on health and labour for The Iberian Ledger."),
        ("en", "Clara Whitcombe writes about fisheries and the sea."),
        ("en", "Tom Hale writes mainly about energy markets for the Northern Post."),
        ("en", "Ana Ruiz writes for The Harbour Times."),
        ("es", "Lucía Ferrer escribe sobre economía y trabajo en este diario."),
    ],
)
def test_an_authors_note_is_no_statement(lang: str, text: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "In her column, Clara Whitcombe writes that the quota is too low.",
        "Clara Whitcombe writes on Twitter that the quota is too low.",
        'Clara Whitcombe writes about the quota: "It is too low."',
    ],
)
def test_what_a_writer_wrote_is_still_reported(text: str) -> None:
    item = last_item_after_a_lead("en", text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == "Clara Whitcombe"
