"""Leave-one-thread-out cross-validation of the stance model on the dev split (held-out is never read).

python -m bot.evaluation.cv_stance tests/data/corpus [--thresholds 0.8,0.9] [--own-cues] [--no-bank] [--loao]

Each dev thread in turn is scored with a model trained on the other threads (and the whole stance
bank when the shipped model trains on it, `TRAIN_ON_BANK`, or `--with-bank` / `--bank DIR` asks;
`--no-bank` leaves it out, for the comparison), swapped in for the shipped one, through the whole
engine (`labels.py`). `--score-bank` instead scores the bank's fact and commentary sentences with
the shipped model, alone and through the whole engine (a fresh check on writers the model was not
trained on, before it is). `--loao` leaves one bank annotator out instead: each annotator's
sentences scored by a model trained on dev and the other annotators (and, first, by one trained on
dev alone), model alone and through the whole engine, pooled: the estimate of a new writer, which
dev threads cannot give (the same few wrote them all). `--own-cues` also removes, per scored
thread, the commentary cue patterns that match no other dev thread (the cues tuned on it), to
imitate a writer the cue lists have never seen. `--baseline` scores the previous model (naive
Bayes over word unigrams and bigrams, a paragraph-end bonus) instead, for comparison. Prints the
pooled commentary recall, fact precision and recall, macro-F1, the facts and statements flipped
to commentary and the commentary labelled statement, per threshold; and the model alone on the
gold items it would see (undated, no duration, mostly unquoted).
"""

from __future__ import annotations

import argparse
import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bot.analysis.engine as engine
import bot.analysis.labels as labels
from bot.analysis import analyze
from bot.analysis.lexicon import DATA_DIR, Lexicon, _build, fill_measure_units, load_lexicon
from bot.analysis.stance import load_stance_model, train_bayes, word_ngrams
from bot.domain.models import Analysis, Item
from bot.evaluation.analysis_scores import LabelTally
from bot.evaluation.corpus import GoldArticle, load_corpus
from bot.evaluation.stance_bank import BankPiece
from bot.evaluation.train_stance import (
    TRAIN_SPLIT,
    _quoted,
    add_bank_options,
    bank_examples,
    bank_for,
    examples_from,
    train_from_articles,
    use_bank_option,
)

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class BaselineNB:
    """The previous model: naive Bayes over the word half's uni+bigrams, with a paragraph-end bonus."""

    weights: dict[str, float]
    prior: float
    threshold: float = 0.9
    paragraph_end_bonus: float = 3.0

    def probability(
        self,
        text: str,
        *,
        lang: str,
        paragraph_end: bool = False,
        article_end: bool = False,
        dated: bool = False,
    ) -> float:
        """Return the naive Bayes probability of commentary (never for a dated clause, as before)."""
        del article_end
        if dated:
            return 0.0
        s = math.fsum([self.prior, *(self.weights.get(f, 0.0) for f in word_ngrams(text, lang))])
        s += self.paragraph_end_bonus if paragraph_end else 0.0
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, s))))


def train_baseline(articles: Sequence[GoldArticle], threshold: float) -> BaselineNB:
    """Fit the previous naive Bayes on the gold fact and commentary items (alpha 1)."""
    texts = (
        (str(item["text"]), str(item.get("label")), a.lang)
        for a in articles
        for item in a.raw.get("items", [])
    )
    weights, prior = train_bayes(texts)
    return BaselineNB(weights, prior, threshold)


def own_cues(articles: Sequence[GoldArticle], thread: str, lang: str) -> list[str]:
    """Return the commentary cue patterns of a language that match this thread and no other dev thread."""
    with (DATA_DIR / f"{lang}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    patterns = [str(p) for p in data["commentary"].get("patterns", [])]
    texts = [(a.raw.get("thread"), a.text) for a in articles if a.lang == lang]
    own: list[str] = []
    for pattern in patterns:
        rx = re.compile(fill_measure_units(pattern, data), re.IGNORECASE)
        hits = {t for t, text in texts if rx.search(text)}
        if hits == {thread}:
            own.append(pattern)
    return own


def gate(item: Item | None) -> str:
    """Name what decided a gold commentary item's label: a rule, the model, or a gate before it."""
    if item is None:
        return "no item"
    label, reason = item.label.value, item.reason
    if label == "commentary":
        return "model flipped it" if reason.startswith(labels.STANCE_REASON) else "rules: commentary"
    if label == "fact":
        if reason == labels.NON_ANSWER_REASON:
            return "a refusal to answer: never asked"
        if reason == labels.RECORD_REASON:
            return "a record: never asked"
        if reason == labels.INABILITY_REASON:
            return "a past inability: never asked"
        if reason == labels.SERVICE_REASON:
            return "a service note: never asked"
        if reason == labels.DUE_REASON:
            return "model flipped it, a due date turned it back"
        return "mostly quoted: never asked" if _quoted(item.text) else "model asked, kept as fact"
    return f"rules: {label} ({reason.split(':')[0].split(';')[0][:40]})"


def gates(article: GoldArticle, result: Analysis) -> Counter[str]:
    """Count the gold commentary items of an article by what decided their label."""
    out: Counter[str] = Counter()
    for g in article.raw.get("items", []):
        span = article.locate(str(g["text"]), int(g.get("occurrence", 1)))
        if g.get("label") != "commentary" or span is None:
            continue
        best = max(
            (i for i in result.items if min(span[1], i.end) > max(span[0], i.start)),
            key=lambda i: min(span[1], i.end) - max(span[0], i.start),
            default=None,
        )
        out[gate(best)] += 1
    return out


@contextmanager
def swapped(model: Any, lexicons: dict[str, Lexicon] | None = None) -> Iterator[None]:
    """Run the engine with another stance model (and lexicons) in place of the shipped ones."""
    old_model, old_lex = getattr(labels, "load_stance_model"), load_lexicon  # noqa: B009
    setattr(labels, "load_stance_model", lambda: model)  # noqa: B010 (a test double, for the CV only)
    if lexicons:
        setattr(engine, "load_lexicon", lambda code: lexicons.get(code) or old_lex(code))  # noqa: B010
    try:
        yield
    finally:
        setattr(labels, "load_stance_model", old_model)  # noqa: B010
        setattr(engine, "load_lexicon", old_lex)  # noqa: B010


def _lexicon_without(lang: str, drop: list[str]) -> Lexicon:
    with (DATA_DIR / f"{lang}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    data["commentary"]["patterns"] = [p for p in data["commentary"]["patterns"] if p not in drop]
    return _build(data)


def cross_validate(
    articles: Sequence[GoldArticle],
    thresholds: Sequence[float],
    *,
    baseline: bool = False,
    rules_only: bool = False,
    own: bool = False,
    trainer: Callable[[Sequence[GoldArticle], float], Any] | None = None,
    bank: Sequence[BankPiece] = (),
) -> dict[float, dict[str, Any]]:
    """Return pooled label figures per threshold, each thread scored by a model trained without it.

    The bank, whole, trains every fold's model (it holds no dev thread); only dev threads are scored.
    """
    dev = [a for a in articles if a.split == TRAIN_SPLIT]
    threads = sorted({str(a.raw.get("thread")) for a in dev})
    fit = trainer or (train_baseline if baseline else lambda arts, t: train_from_articles(arts, t, bank=bank))
    tallies = {t: LabelTally() for t in thresholds}
    alone = {t: Counter[str]() for t in thresholds}
    decided = {t: Counter[str]() for t in thresholds}
    flips: dict[float, list[str]] = {t: [] for t in thresholds}
    dropped = 0
    for thread in threads:
        test = [a for a in dev if a.raw.get("thread") == thread]
        base = None if rules_only else fit([a for a in dev if a.raw.get("thread") != thread], thresholds[0])
        lexicons: dict[str, Lexicon] = {}
        if own:
            for lang in sorted({a.lang for a in test}):
                drop = own_cues(dev, thread, lang)
                dropped += len(drop)
                lexicons[lang] = _lexicon_without(lang, drop) if drop else load_lexicon(lang)
        for t in thresholds:
            model = None if base is None else replace(base, threshold=t)
            with swapped(model, lexicons):
                for article in test:
                    result = analyze(article.text, published=article.published, lang=article.lang, now=NOW)
                    decided[t].update(gates(article, result))
                    for miss in tallies[t].add(article, result):
                        if miss["predicted"] == "commentary" or miss["gold"] == "commentary":
                            flips[t].append(
                                f"{miss['gold']}->{miss['predicted']}: {miss['text'][:100]}"
                                f"  <{(miss['reason'] or '')[:60]}>"
                            )
            if model is None:
                continue
            for feats_text, label, pos in examples_from(test, raw=True):
                p = model.probability(
                    feats_text, lang=pos[0], paragraph_end=pos[1], article_end=pos[2], dated=pos[3]
                )
                kind = "dated " if pos[3] else ""
                alone[t][f"{kind}{label}:{'comm' if p >= t else 'kept'}"] += 1
    out: dict[float, dict[str, Any]] = {}
    for t in thresholds:
        rep = tallies[t].report()
        rep["model_alone"] = dict(alone[t])
        rep["cues_dropped"] = dropped
        rep["flips"] = flips[t]
        rep["gates"] = dict(decided[t])
        out[t] = rep
    return out


def bank_probabilities(model: Any, pieces: Sequence[BankPiece]) -> Iterator[tuple[float, str, str]]:
    """Yield (p, gold label, language) for the bank's fact and commentary sentences, model alone."""
    for text, label, pos in bank_examples(pieces, raw=True):
        p = model.probability(text, lang=pos[0], paragraph_end=pos[1], article_end=pos[2], dated=pos[3])
        yield p, label, pos[0]


def score_bank(
    model: Any, pieces: Sequence[BankPiece], thresholds: Sequence[float]
) -> dict[float, Counter[str]]:
    """Count the bank's commentary caught and facts flipped by a model alone, per threshold."""
    out = {t: Counter[str]() for t in thresholds}
    for p, label, lang in bank_probabilities(model, pieces):
        for t in thresholds:
            out[t][f"{lang} {label}:{'comm' if p >= t else 'kept'}"] += 1
    return out


def engine_on_bank(pieces: Sequence[BankPiece]) -> Counter[tuple[str, str]]:
    """Count (gold, predicted) labels of the bank's sentences, each piece run through the whole engine.

    A sentence takes the label of the item that overlaps it most (none: "missing").
    """
    out: Counter[tuple[str, str]] = Counter()
    for piece in pieces:
        result = analyze(piece.text, lang=piece.lang, now=NOW)
        pos = 0
        for s in piece.sentences:
            start = piece.text.index(s.text, pos)
            end = pos = start + len(s.text)
            best = max(
                (i for i in result.items if min(end, i.end) > max(start, i.start)),
                key=lambda i: min(end, i.end) - max(start, i.start),
                default=None,
            )
            out[s.label, "missing" if best is None else best.label.value] += 1
    return out


# The model-alone curve: commentary caught when the threshold lets through at most this many facts
# (the analysis README's tables).
ALLOWED_WRONG = (3, 5, 8, 12, 20)
# A trainer given the dev articles and the bank pieces to train on, and the threshold.
BankTrainer = Callable[[Sequence[GoldArticle], Sequence[BankPiece], float], Any]


@dataclass(frozen=True, slots=True)
class AnnotatorFold:
    """One bank annotator scored by a model that never saw their files: model alone and whole engine."""

    author: str
    scores: tuple[tuple[float, str], ...]  # (p, gold label) per fact or commentary sentence
    engine: dict[float, Counter[tuple[str, str]]]  # (gold, predicted) per threshold


def leave_one_annotator_out(
    articles: Sequence[GoldArticle],
    bank: Sequence[BankPiece],
    thresholds: Sequence[float],
    *,
    with_bank: bool = True,
    fit: BankTrainer | None = None,
) -> list[AnnotatorFold]:
    """Score each bank annotator's sentences with a model trained on dev and the other annotators.

    Dev leave-one-thread-out leaks a writer's habits across folds (the same few wrote every dev
    thread); an annotator who wrote none of the training text is what a new writer is. Without
    `with_bank`, every annotator is scored by one model trained on dev alone, the baseline.
    """
    dev = sorted((a for a in articles if a.split == TRAIN_SPLIT), key=lambda a: a.id)
    trainer = fit or (lambda arts, pieces, t: train_from_articles(arts, t, bank=pieces))
    alone = None if with_bank else trainer(dev, (), thresholds[0])
    folds: list[AnnotatorFold] = []
    for author in sorted({p.author for p in bank}):
        held = [p for p in bank if p.author == author]
        model = alone or trainer(dev, [p for p in bank if p.author != author], thresholds[0])
        scores = tuple((p, label) for p, label, _ in bank_probabilities(model, held))
        engine = {}
        for t in thresholds:
            with swapped(replace(model, threshold=t)):
                engine[t] = engine_on_bank(held)
        folds.append(AnnotatorFold(author, scores, engine))
    return folds


def caught(
    scores: Sequence[tuple[float, str]], thresholds: Sequence[float], allowed: Sequence[int] = ALLOWED_WRONG
) -> tuple[dict[float, tuple[int, int]], dict[int, int]]:
    """Return (commentary caught, facts flipped) per threshold, and commentary caught per facts allowed.

    Allowing k facts puts the threshold just above the (k+1)-th highest fact's score.
    """
    comm = [p for p, label in scores if label == "commentary"]
    facts = sorted((p for p, label in scores if label == "fact"), reverse=True)
    at = {t: (sum(p >= t for p in comm), sum(p >= t for p in facts)) for t in thresholds}
    cuts = {k: facts[k] if len(facts) > k else 0.0 for k in allowed}
    return at, {k: sum(p > cut for p in comm) for k, cut in cuts.items()}


def _loao_lines(name: str, folds: Sequence[AnnotatorFold], thresholds: Sequence[float]) -> list[str]:
    """Format a leave-one-annotator-out run: per annotator and pooled, model alone and whole engine."""
    lines = [f"{name}:"]
    pooled = [s for f in folds for s in f.scores]
    for who, scores in [*((f.author, f.scores) for f in folds), ("all", pooled)]:
        at, per_k = caught(scores, thresholds)
        n_comm = sum(label == "commentary" for _, label in scores)
        n_fact = sum(label == "fact" for _, label in scores)
        cells = "; ".join(f"p>={t:.2f} {c}/{n_comm} facts {f}/{n_fact}" for t, (c, f) in at.items())
        allowed = ", ".join(f"{k}: {c}" for k, c in per_k.items())
        lines.append(f"  {who:9s} model alone: {cells}; allowing {allowed} wrong flips")
    for t in thresholds:
        conf: Counter[tuple[str, str]] = sum((f.engine[t] for f in folds), Counter())
        comm = sum(n for (g, _), n in conf.items() if g == "commentary")
        facts = sum(n for (g, _), n in conf.items() if g == "fact")
        lines.append(
            f"  p>={t:.2f} whole engine: comm R {conf['commentary', 'commentary'] / max(comm, 1):.3f}"
            f" ({conf['commentary', 'commentary']}/{comm}; fact {conf['commentary', 'fact']},"
            f" claim {conf['commentary', 'claim']}, statement {conf['commentary', 'statement']});"
            f" facts read as comment {conf['fact', 'commentary']}/{facts}"
        )
    return lines


def _engine_lines(confusion: Counter[tuple[str, str]]) -> list[str]:
    lines = []
    for gold in ("commentary", "fact", "statement", "claim"):
        row = {p: n for (g, p), n in confusion.items() if g == gold}
        total = sum(row.values())
        cells = ", ".join(f"{p} {n}" for p, n in sorted(row.items(), key=lambda kv: -kv[1]))
        lines.append(f"  engine on the bank, gold {gold} ({total}): {cells}")
    return lines


def _bank_line(t: float, counts: Counter[str]) -> str:
    parts = []
    for lang in sorted({k.split()[0] for k in counts}):
        c, cn = counts[f"{lang} commentary:comm"], counts[f"{lang} commentary:kept"]
        f, fn = counts[f"{lang} fact:comm"], counts[f"{lang} fact:kept"]
        parts.append(f"{lang}: comm {c}/{c + cn}, facts flipped {f}/{f + fn}")
    return f"p>={t:.2f}  model alone on the bank: " + "; ".join(parts)


def _line(t: float, rep: dict[str, Any]) -> str:
    conf = rep["confusion"]
    fact = rep["per_label"]["fact"]
    a = rep["model_alone"]
    comm_n = a.get("commentary:comm", 0) + a.get("commentary:kept", 0)
    return (
        f"p>={t:.2f}  comm R {rep['commentary_recall']:.3f}"
        f"  fact P {fact['precision']:.3f} R {fact['recall']:.3f}"
        f"  macro-F1 {rep['macro_f1']:.4f}  fact->comm {conf['fact'].get('commentary', 0)}"
        f"  stmt->comm {conf['statement'].get('commentary', 0)}"
        f"  claim->comm {conf['claim'].get('commentary', 0)}"
        f"  comm->stmt {conf['commentary'].get('statement', 0)}"
        f"  | model alone, undated: comm {a.get('commentary:comm', 0)}/{comm_n},"
        f" facts flipped {a.get('fact:comm', 0)}/{a.get('fact:comm', 0) + a.get('fact:kept', 0)}"
        f"; dated: comm {a.get('dated commentary:comm', 0)}"
        f"/{a.get('dated commentary:comm', 0) + a.get('dated commentary:kept', 0)},"
        f" facts flipped {a.get('dated fact:comm', 0)}"
        f"/{a.get('dated fact:comm', 0) + a.get('dated fact:kept', 0)}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the cross-validation figures for the corpus directories given."""
    ap = argparse.ArgumentParser(prog="python -m bot.evaluation.cv_stance")
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--thresholds", default="0.8,0.85,0.9,0.95")
    ap.add_argument("--own-cues", action="store_true")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--rules-only", action="store_true", help="no stance model: the rules alone")
    ap.add_argument("--show", action="store_true", help="list every commentary miss and flip")
    ap.add_argument("--gates", action="store_true", help="count gold commentary by what labelled it")
    add_bank_options(ap)
    ap.add_argument("--score-bank", action="store_true", help="score the bank with the shipped model")
    ap.add_argument(
        "--loao",
        action="store_true",
        help="leave one bank annotator out: dev alone, then dev + the other annotators",
    )
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    bank = bank_for(args.corpus[0], args.bank, use_bank=use_bank_option(args) or args.score_bank or args.loao)
    if args.loao:
        articles = [a for d in args.corpus for a in load_corpus(d)]
        for name, with_bank in (("dev alone", False), ("dev + the other annotators", True)):
            folds = leave_one_annotator_out(articles, bank, thresholds, with_bank=with_bank)
            print("\n".join(_loao_lines(name, folds, thresholds)), flush=True)
        return 0
    if args.score_bank:
        model = load_stance_model()
        for t, counts in score_bank(model, bank, thresholds).items():
            print(_bank_line(t, counts))
        for lang in sorted({p.lang for p in bank}):
            print(f"{lang}:")
            print("\n".join(_engine_lines(engine_on_bank([p for p in bank if p.lang == lang]))))
        return 0
    articles = [a for d in args.corpus for a in load_corpus(d)]
    result = cross_validate(
        articles,
        thresholds,
        baseline=args.baseline,
        rules_only=args.rules_only,
        own=args.own_cues,
        bank=bank,
    )
    print(f"stance bank: {sum(1 for _ in bank_examples(bank))} fact and commentary sentences in training")
    dev = [a for a in articles if a.split == TRAIN_SPLIT]
    threads = len({a.raw.get("thread") for a in dev})
    print(
        f"{len(dev)} dev articles, {threads} threads; cues dropped: {result[thresholds[0]]['cues_dropped']}"
    )
    for t in thresholds:
        print(_line(t, result[t]))
        if args.show:
            print("\n".join(f"    {line}" for line in result[t]["flips"]))
        if args.gates:
            gated = sorted(result[t]["gates"].items(), key=lambda kv: (-kv[1], kv[0]))
            print("  gold commentary by what decided it: " + "; ".join(f"{k} {n}" for k, n in gated))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
