"""Build bot/analysis/data/stance.json from the dev split of a corpus (held-out is never read).

python -m bot.evaluation.train_stance tests/data/corpus
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot.analysis import labels
from bot.analysis.lexicon import load_lexicon
from bot.analysis.stance import DEFAULT_THRESHOLD, MODEL_PATH, StanceModel, features, train
from bot.analysis.text import quote_spans
from bot.evaluation.corpus import GoldArticle, load_corpus

TRAIN_SPLIT = "dev"
LABELS = ("fact", "commentary")
# True trains only on what passes the date tests (undated, no duration); False (shipped) trains on
# every fact and comment the model may be shown, the date tests' verdict as the `dated` feature.
GUARDED = False


def _dated(text: str, lang: str) -> bool:
    """Tell a clause with a figure, a day or a duration (the date tests of labels._second_opinion)."""
    lex = load_lexicon(lang)
    return labels._dated(text, lex) or labels._duration(text, lex)


def _quoted(text: str) -> bool:
    """Tell a mostly quoted clause: someone's words, never shown to the model."""
    return 2 * sum(e - s for s, e in quote_spans(text)) >= len(text)


def examples_from(
    articles: Sequence[GoldArticle], *, guarded: bool = GUARDED, raw: bool = False
) -> Iterator[tuple]:  # type: ignore[type-arg]
    """Yield (features, label) per gold fact or commentary item; with `raw`, (text, label, position)."""
    for article in articles:
        for item in article.raw.get("items", []):
            label = item.get("label")
            if label not in LABELS:
                continue
            text = str(item["text"])
            span = article.locate(text, int(item.get("occurrence", 1)))
            if span is None or _quoted(text):
                continue
            dated = _dated(text, article.lang)
            if guarded and dated:
                continue
            pend = labels._kicker_place(article.text, span[0], span[1])
            aend = labels._article_end(article.text, span[0], span[1])
            if raw:
                yield text, label, (article.lang, pend, aend, dated)
            else:
                yield features(text, article.lang, paragraph_end=pend, article_end=aend, dated=dated), label


def train_from_articles(articles: Sequence[GoldArticle], threshold: float = DEFAULT_THRESHOLD) -> StanceModel:
    """Fit the stance model on the dev articles given (callers pass dev articles only)."""
    dev = sorted((a for a in articles if a.split == TRAIN_SPLIT), key=lambda a: a.id)
    texts = [
        (str(item["text"]), str(item["label"]), article.lang)
        for article in dev
        for item in article.raw.get("items", [])
        if item.get("label") in LABELS
    ]
    return train(list(examples_from(dev)), texts, threshold=threshold)


def train_from_corpus(corpus_dir: Path) -> StanceModel:
    """Fit the stance model on the fact and commentary items of the dev articles only."""
    return train_from_articles(load_corpus(corpus_dir))


def main(argv: list[str] | None = None) -> int:
    """Train on the corpus directory given and write the model data file."""
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0] if args else "tests/data/corpus")
    out = Path(args[1]) if len(args) > 1 else MODEL_PATH
    model = train_from_corpus(corpus)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(model.weights)} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
