"""Build bot/analysis/data/stance.json from the dev split of a corpus (held-out is never read).

python -m bot.evaluation.train_stance tests/data/corpus
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.analysis.stance import MODEL_PATH, StanceModel, train
from bot.evaluation.corpus import load_corpus

TRAIN_SPLIT = "dev"


def train_from_corpus(corpus_dir: Path) -> StanceModel:
    """Fit the stance model on the fact and commentary items of the dev articles only."""
    examples = [
        (str(item["text"]), str(item["label"]))
        for article in load_corpus(corpus_dir)
        if article.split == TRAIN_SPLIT
        for item in article.raw.get("items", [])
        if item.get("label") in ("fact", "commentary")
    ]
    return train(examples)


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
