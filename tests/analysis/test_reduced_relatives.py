"""A participle after its noun with a short time or "by" phrase, then the sentence's own verb, is a
reduced relative clause ("the plan announced on Monday was…"): it reports nothing, while a real
report with the same verb keeps its speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The buyback announced the same morning was not painful for anyone.", "en"),
        ("The plan announced on Monday has already run out of money.", "en"),
        ("The levy approved last week will hit small farms first.", "en"),
        ("The cuts reported by the ministry last week fell hardest on rural schools.", "en"),
        ("La medida anunciada ayer no resolverá el problema de fondo.", "es"),
        ("El recorte anunciado el lunes llega tarde para los hospitales.", "es"),
    ],
)
def test_a_reduced_relative_reports_nothing(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The company announced the buyback on Monday.", "en", "company"),
        ("The company announced on Monday the cuts were final.", "en", "company"),
        ("The company announced the cuts were final.", "en", "company"),
        ("La ministra Ana Gil anunció ayer la medida.", "es", "Ana Gil"),
        ("The plan, announced by the minister, will cost millions, Ana Ruiz said.", "en", "Ana Ruiz"),
    ],
)
def test_a_real_report_keeps_its_speaker(text: str, lang: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT and speaker in (item.speaker or ""), (item.speaker, item.reason)
