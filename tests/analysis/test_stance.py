"""The stance model: a shipped second opinion that flips only confident, unattributed facts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.analysis import analyze
from bot.analysis.labels import label_clause
from bot.analysis.lexicon import load_lexicon
from bot.analysis.stance import MODEL_PATH, StanceModel, features, load_stance_model, train
from bot.domain.models import Label
from bot.evaluation.train_stance import train_from_corpus

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
_KW = {"published": datetime(2026, 3, 4, 12, tzinfo=UTC), "lang": "en", "now": _NOW}
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
_EXAMPLES = [
    ("The ministry published the decree on Monday.", "fact"),
    ("Trucks crossed the border at dawn.", "fact"),
    ("The court fined the company.", "fact"),
    ("A masterclass in doing nothing at great length.", "commentary"),
    ("Another masterclass in patience, then.", "commentary"),
    ("Nothing at great length, as ever.", "commentary"),
]


def _toy(threshold: float = 0.9) -> StanceModel:
    model = train(_EXAMPLES)
    return StanceModel(model.weights, model.prior, threshold)


def test_features_are_lowercased_unigrams_and_bigrams() -> None:
    assert features("Patience, then") == {"patience", "then", "patience then"}


def test_the_shipped_model_loads_with_weights_and_a_threshold() -> None:
    model = load_stance_model()
    assert model is not None
    assert len(model.weights) > 1000
    assert 0.5 < model.threshold < 1.0


def test_a_toy_model_separates_verdicts_from_reports() -> None:
    model = _toy()
    assert model.probability("A masterclass in doing nothing.") > 0.9
    assert model.probability("The ministry published the decree.") < 0.1


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "And that, in the end, is the whole point."), ("es", "Lo demás es ruido.")]
)
def test_a_cue_less_verdict_the_rules_call_fact_is_flipped_by_the_shipped_model(lang: str, text: str) -> None:
    model = load_stance_model()
    assert model is not None and model.probability(text) >= model.threshold
    item = label_clause(text, 0, len(text), load_lexicon(lang), insertion=False, previous_speaker=None).item
    assert item.label is Label.COMMENTARY
    assert "stance model" in item.reason


def test_a_plain_report_stays_fact() -> None:
    lex = load_lexicon("en")
    text = "The union's 4,000 members walked out at 6 a.m. on Tuesday in Leeds."
    item = label_clause(text, 0, len(text), lex, insertion=False, previous_speaker=None).item
    assert item.label is Label.FACT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The minister said that, in the end, that is the whole point."),
        ("es", "La ministra Ana Ruiz dijo que lo demás es ruido."),
    ],
)
def test_an_attributed_clause_is_never_flipped_whatever_the_model_says(lang: str, text: str) -> None:
    model = load_stance_model()
    assert model is not None and model.probability(text) >= model.threshold
    item = label_clause(text, 0, len(text), load_lexicon(lang), insertion=False, previous_speaker=None).item
    assert item.label is Label.STATEMENT


def test_training_on_the_dev_split_rebuilds_the_shipped_file_byte_for_byte() -> None:
    model = train_from_corpus(CORPUS)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert model.to_json() == shipped


def test_analysis_with_the_model_is_deterministic() -> None:
    text = "Talks resumed on Tuesday. And that, in the end, is the whole point."
    first = analyze(text, published=None, lang="en", now=_NOW)
    second = analyze(text, published=None, lang="en", now=_NOW)
    assert [(i.label, i.reason) for i in first.items] == [(i.label, i.reason) for i in second.items]


def test_the_same_clause_needs_less_evidence_where_a_paragraph_ends() -> None:
    kicker = "The irony of a cyberattack on the agency that audits cybersecurity was not lost on anyone."
    ending = analyze(
        f"Talks at the yard resumed on Monday. {kicker}\nThe union meets again on Friday.", **_KW
    )
    opening = analyze(
        f"{kicker} Talks at the yard resumed on Monday.\nThe union meets again on Friday.", **_KW
    )
    assert [i.label for i in ending.items if i.text == kicker] == [Label.COMMENTARY]
    assert [i.label for i in opening.items if i.text == kicker] == [Label.FACT]


def test_the_paragraph_end_bonus_is_in_the_shipped_file() -> None:
    model = load_stance_model()
    assert model is not None and 0.0 < model.paragraph_end_bonus < 5.0


def test_the_score_is_exact_whatever_order_the_features_come_in() -> None:
    # Summed left to right in some set orders, 1e16 + 1.0 loses the 1.0; the exact sum keeps it.
    model = StanceModel(weights={"a": 1e16, "b": 1.0, "c": -1e16}, prior=-1.0)
    assert model.probability("a b c") == 0.5
    assert model.probability("c b a") == 0.5
