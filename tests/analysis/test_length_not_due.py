"""A length ("for a fortnight", "durante una semana") in a clause only the stance model calls comment
does not make it a fact (comment16en): how long something goes on is the writer's as often as a
report's. A date or another count still does ("has seven days to pay", "within 30 days").

The stance model's reading is simulated (its reason), so these tests pin the rule, not one
model's probabilities.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.analysis.engine import _due_outweighs_stance
from bot.analysis.labels import STANCE_REASON, Labelled
from bot.analysis.lexicon import load_lexicon
from bot.analysis.temporal import Mention
from bot.domain.models import Item, Label

DAY = date(2026, 12, 4)


def _outcome(text: str, due: str, lang: str, kind: str = "duration") -> Label:
    """Label `text` as the model's comment holding a due mention `due`; return the result."""
    item = Item(text, 0, len(text), Label.COMMENTARY, 0.6, f"{STANCE_REASON} (p=0.99)")
    at = text.index(due)
    mention = Mention(at, at + len(due), kind, deadline=True, value=DAY, evidence_start=at)
    lex = load_lexicon(lang)
    out = _due_outweighs_stance(
        [Labelled(item, None)], [mention], text, lex.horizon_openers, lex.duration_length_preps
    )
    return out[0].item.label


@pytest.mark.parametrize(
    ("text", "due", "lang"),
    [
        ("The queue will snake round the square for a week, as it does every December.", "for a week", "en"),
        ("Nobody on the terraces will sit down for the next ten minutes.", "for the next ten minutes", "en"),
        (
            "The scaffolding will stay up for a year or two, if the last repair is any guide.",
            "for a year",
            "en",
        ),
        ("El andamio seguirá ahí durante un año, como el anterior.", "durante un año", "es"),
    ],
)
def test_a_length_leaves_the_models_comment(text: str, due: str, lang: str) -> None:
    assert _outcome(text, due, lang) is Label.COMMENTARY


@pytest.mark.parametrize(
    ("text", "due", "lang", "kind"),
    [
        ("The club has seven days to pay the fine.", "seven days", "en", "duration"),
        (
            "The company must file its plan within 30 days or lose the licence.",
            "within 30 days",
            "en",
            "duration",
        ),
        ("The ban applies for 30 days from March 1.", "March 1", "en", "date"),
        (
            "Users can still read their messages for 90 days, but not send them.",
            "for 90 days",
            "en",
            "duration",
        ),
        ("La empresa tiene diez días para recurrir.", "diez días", "es", "duration"),
    ],
)
def test_a_date_or_another_count_still_makes_it_a_fact(text: str, due: str, lang: str, kind: str) -> None:
    assert _outcome(text, due, lang, kind) is Label.FACT
