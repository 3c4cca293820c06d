"""The stance cross-validation's gate count: what labelled each gold commentary item."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label
from bot.evaluation.corpus import GoldArticle
from bot.evaluation.cv_stance import gate, gates

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("label", "reason", "text", "expected"),
    [
        (
            Label.COMMENTARY,
            "no attribution; the stance model reads the writer's comment (p=0.97)",
            "x",
            "model flipped it",
        ),
        (Label.COMMENTARY, "reader insertion (>>)", ">>x", "rules: commentary"),
        (
            Label.FACT,
            "no attribution, no evaluative cue",
            "The ferry left late.",
            "model asked, kept as fact",
        ),
        (
            Label.FACT,
            "no attribution, no evaluative cue",
            '"Aquí nadie celebra nada".',
            "mostly quoted: never asked",
        ),
        (
            Label.STATEMENT,
            "named speaker + reporting verb 'said'",
            "x",
            "rules: statement (named speaker + reporting verb 'said')",
        ),
        (Label.CLAIM, "unattributed but hedged: 'reportedly'", "x", "rules: claim (unattributed but hedged)"),
    ],
)
def test_each_label_and_reason_names_its_gate(label: Label, reason: str, text: str, expected: str) -> None:
    assert gate(Item(text, 0, len(text), label, 0.7, reason)) == expected


def test_gold_commentary_is_counted_by_the_item_that_overlaps_it_most() -> None:
    text = "The ferry to Mull left two hours late on Monday. >>as usual\nEveryone knows how this ends."
    items = [
        {"text": "The ferry to Mull left two hours late on Monday.", "label": "fact"},
        {"text": ">>as usual", "label": "commentary"},
        {"text": "Everyone knows how this ends.", "label": "commentary"},
    ]
    article = GoldArticle("en-x", "dev", "en", None, text, {"items": items})
    counted = gates(article, analyze(text, lang="en", now=_NOW))
    assert sum(counted.values()) == 2  # the fact is not counted
    assert counted["rules: commentary"] >= 1
