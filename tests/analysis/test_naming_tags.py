"""A name the writer gives a thing, tagged after it ("Participación ciudadana, le dicen.",
"Citizen participation, they call it."), reports nothing: it is how the thing is called, not what
someone said (attrib22 round, own phrasings; es and en). Near misses: a report whose subject is
named, and a verdict "called it a pause", stay statements."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Participación ciudadana, le dicen.", "es"),
        ("Ahorro, lo llaman.", "es"),
        ("Citizen participation, they call it.", "en"),
    ],
)
def test_a_naming_tag_reports_nothing(text: str, lang: str) -> None:
    item = only_item(text, lang)
    assert item.label is not Label.STATEMENT
    assert item.speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("La alcaldesa dijo que el plan es participación ciudadana.", "es", "alcaldesa"),
        ("The minister called it a pause.", "en", "minister"),
    ],
)
def test_a_named_report_stays_a_statement(text: str, lang: str, speaker: str) -> None:
    item = only_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)
