"""The writer pointing at what a source left unsaid is commentary; a reported silence is a fact
(comment14).

"She did not say whose expectations.", "Wider access to what, the letter does not say.", "Lo que
no dice el comunicado es que…": an elliptical, fronted or cleft question after a non-answer is
the writer's remark. "The agency declined to say what it would do if…" reports a refusal. Own
sentences, not the corpus's or the bank's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.stance import word_classes
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _last(text: str, lang: str) -> Label:
    return analyze(text, lang=lang, now=NOW).items[-1].label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The port authority promised a faster service. It did not say faster for whom.", "en"),
        ("The board promised fresh investment. It did not say which investors.", "en"),
        ("The council wants more flexibility. Flexibility for what, the motion does not say.", "en"),
        ("The club issued a two-page statement. What the statement does not say is who will pay.", "en"),
        ("El alcalde presume de superávit. Lo que no explica es cuánto se dejó de invertir.", "es"),
        ("La empresa presume de récord. Lo que no dice la nota es que despidió a cuarenta personas.", "es"),
    ],
)
def test_the_writer_pointing_at_an_omission_is_commentary(text: str, lang: str) -> None:
    assert _last(text, lang) is Label.COMMENTARY


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agency declined to say what it would do if the deadline were missed.", "en"),
        ("The ministry did not say which schedule would apply from January.", "en"),
        ("The framework does not say.", "en"),
        ("La empresa no respondió a las consultas de este diario.", "es"),
    ],
)
def test_a_reported_silence_stays_a_fact(text: str, lang: str) -> None:
    assert _last(text, lang) is Label.FACT


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said talks would resume but did not say when.", "en"),
        ("He did not say which.", "en"),
        ("The ministry did not say which schedule would apply from January.", "en"),
        ("Lo que no se sabe todavía es la fecha de la votación.", "es"),
        ("Lo que dice el comunicado es que la planta cerrará en marzo.", "es"),
    ],
)
def test_no_pointed_omission_in_a_plain_report(text: str, lang: str) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.pointed_omission(text)
