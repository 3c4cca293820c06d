"""The stance cross-validation's gate count: what labelled each gold commentary item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from bot.analysis import analyze, labels
from bot.domain.models import Item, Label
from bot.evaluation.corpus import GoldArticle
from bot.evaluation.cv_stance import caught, gate, gates, leave_one_annotator_out
from bot.evaluation.stance_bank import BankPiece, BankSentence

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
        (Label.FACT, labels.INABILITY_REASON, "x", "a past inability: never asked"),
        (Label.FACT, labels.SERVICE_REASON, "x", "a service note: never asked"),
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


def _piece(author: str, *sentences: tuple[str, str]) -> BankPiece:
    text = " ".join(t for t, _ in sentences)
    placed = tuple(BankSentence(t, lab, "en", False, False, f"{author}#0") for t, lab in sentences)
    return BankPiece("en", author, "topic", text, placed)


@dataclass(frozen=True, slots=True)
class _ByWord:
    """A stub model: p 0.99 for a sentence with a word its training saw in commentary, else 0.01."""

    comment_words: frozenset[str]
    threshold: float = 0.95

    def probability(self, text: str, **_: object) -> float:
        return 0.99 if {w.strip(".,") for w in text.lower().split()} & self.comment_words else 0.01


def test_each_annotator_is_scored_by_a_model_trained_without_their_files() -> None:
    bank = [
        _piece("ann1", ("What a shambles it was.", "commentary"), ("The ferry left at noon.", "fact")),
        _piece("ann2", ("Another shambles, frankly.", "commentary"), ("The bridge shut at dusk.", "fact")),
    ]
    seen: list[set[str]] = []

    def fit(articles: object, pieces: list[BankPiece], threshold: float) -> _ByWord:
        seen.append({p.author for p in pieces})
        words = {
            w for p in pieces for s in p.sentences if s.label == "commentary" for w in s.text.lower().split()
        }
        return _ByWord(frozenset(w.strip(".,") for w in words), threshold)

    folds = leave_one_annotator_out([], bank, [0.95], fit=fit)
    assert seen == [{"ann2"}, {"ann1"}]
    # "shambles" is in both annotators' comments, so each fold's model catches the other's
    assert [f.author for f in folds] == ["ann1", "ann2"]
    assert all(dict((lab, p) for p, lab in f.scores) == {"commentary": 0.99, "fact": 0.01} for f in folds)
    assert all(sum(f.engine[0.95].values()) == 2 for f in folds)


def test_dev_alone_trains_one_model_with_no_bank() -> None:
    bank = [_piece("ann1", ("What a shambles.", "commentary")), _piece("ann2", ("Shambles.", "commentary"))]
    calls: list[int] = []

    def fit(articles: object, pieces: list[BankPiece], threshold: float) -> _ByWord:
        calls.append(len(pieces))
        return _ByWord(frozenset(), threshold)

    folds = leave_one_annotator_out([], bank, [0.95], with_bank=False, fit=fit)
    assert calls == [0]
    assert [p for f in folds for p, _ in f.scores] == [0.01, 0.01]


def test_caught_counts_commentary_above_the_facts_allowed() -> None:
    scores = [(0.99, "commentary"), (0.97, "fact"), (0.96, "commentary"), (0.9, "fact"), (0.5, "commentary")]
    at, allowed = caught(scores, [0.95], (0, 1, 5))
    assert at == {0.95: (2, 1)}
    # no fact allowed: above 0.97; one: above 0.9; more facts than there are: everything above 0
    assert allowed == {0: 1, 1: 2, 5: 3}
