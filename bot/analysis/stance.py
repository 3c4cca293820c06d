"""A small naive Bayes stance model: a second opinion on clauses the rules call plain fact.

The cue lists catch commentary that uses evaluative words; irony and bare verdicts have none.
Word unigrams and bigrams weighed by a model trained on the dev corpus catch some of them. It
is shipped as `data/stance.json` (built by `python -m bot.evaluation.train_stance`) and only
flips a clause when it is confident (threshold chosen by leave-one-thread-out CV on dev).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "stance.json"
COMMENTARY = "commentary"
FACT = "fact"
# Smallest threshold with no dev fact flipped in leave-one-thread-out CV (analysis README).
DEFAULT_THRESHOLD = 0.9
# Log-odds added for a clause that ends a paragraph of two or more sentences: the writer's kicker
# sits there (dev: 84 commentary to 32 facts there, 78 to 168 elsewhere). Chosen by the same CV
# on 62 dev articles: no dev fact flips up to 3, two from 3.5 (analysis README).
DEFAULT_PARAGRAPH_END_BONUS = 3.0
_WORD_RE = re.compile(r"[^\W\d_]+")


def features(text: str) -> set[str]:
    """Return the lowercased word unigrams and bigrams of a text, as a set (binary features)."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return {*words, *(f"{a} {b}" for a, b in pairwise(words))}


@dataclass(frozen=True, slots=True)
class StanceModel:
    """Log-odds (commentary over fact) per feature, a prior, and the flip threshold."""

    weights: dict[str, float]
    prior: float
    threshold: float = DEFAULT_THRESHOLD
    paragraph_end_bonus: float = DEFAULT_PARAGRAPH_END_BONUS

    def probability(self, text: str, *, paragraph_end: bool = False) -> float:
        """Return the model's probability that a clause is the writer's commentary."""
        # fsum is exact, so the score does not depend on the set's (hash-seeded) order
        score = math.fsum([self.prior, *(self.weights.get(f, 0.0) for f in features(text))])
        if paragraph_end:
            score += self.paragraph_end_bonus
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def to_json(self) -> dict[str, object]:
        """Return the data file's content, rounded so a rebuild is byte-identical."""
        return {
            "paragraph_end_bonus": self.paragraph_end_bonus,
            "prior": round(self.prior, 6),
            "threshold": self.threshold,
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())},
        }


def train(examples: Iterable[tuple[str, str]], alpha: float = 1.0) -> StanceModel:
    """Fit a binarised multinomial naive Bayes on (text, "fact" | "commentary") pairs."""
    counts: dict[str, Counter[str]] = {COMMENTARY: Counter(), FACT: Counter()}
    docs: Counter[str] = Counter()
    for text, label in examples:
        if label in counts:
            docs[label] += 1
            counts[label].update(features(text))
    vocab = set(counts[COMMENTARY]) | set(counts[FACT])
    total = {label: sum(c.values()) + alpha * len(vocab) for label, c in counts.items()}
    weights = {
        f: math.log((counts[COMMENTARY][f] + alpha) / total[COMMENTARY])
        - math.log((counts[FACT][f] + alpha) / total[FACT])
        for f in vocab
    }
    prior = math.log(max(docs[COMMENTARY], 1) / max(docs[FACT], 1))
    return StanceModel(weights, prior)


@cache
def load_stance_model() -> StanceModel | None:
    """Read the shipped model once; None when no data file is installed (rules alone)."""
    if not MODEL_PATH.is_file():
        return None
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    return StanceModel(
        weights,
        float(raw["prior"]),
        float(raw.get("threshold", DEFAULT_THRESHOLD)),
        float(raw.get("paragraph_end_bonus", 0.0)),
    )
