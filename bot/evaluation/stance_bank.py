"""Read the stance bank (tests/data/stance_bank/*.json; format in its README.md): training text only.

The bank is short labelled paragraphs written for the project by annotators who never ran the
analyser. It trains the stance model beside the dev split and is never scored as held-out. A
file's run of consecutive paragraphs on one topic is read as one piece: its paragraphs joined by
a line break, each paragraph's sentences by a space, so a sentence's place (it ends a paragraph,
it ends the piece) is read by the engine's own tests, as for a corpus article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.analysis import labels
from bot.errors import InputError

LABELS = frozenset({"fact", "commentary", "statement", "claim"})
REGISTERS = frozenset(
    {"wire", "column", "editorial", "liveblog", "newsletter", "transcript", "explainer", "regional"}
    | {"analysis"}
)
# Who said it: a statement's speaker, or a named source a claim only hedges ("habría dicho"), as in
# the corpus; never on the writer's fact or comment.
SPEAKER_LABELS = frozenset({"statement", "claim"})


@dataclass(frozen=True, slots=True)
class BankSentence:
    """One labelled sentence of the bank, with where it stands in its piece."""

    text: str
    label: str
    lang: str
    paragraph_end: bool
    article_end: bool
    source: str  # "<file stem>#<paragraph index>", to find it again


@dataclass(frozen=True, slots=True)
class BankPiece:
    """A run of consecutive paragraphs on one topic in one file, read as a short article."""

    lang: str
    author: str
    topic: str
    text: str
    sentences: tuple[BankSentence, ...]


def bank_dir_for(corpus_dir: Path) -> Path:
    """Return the bank that trains beside a corpus: its sibling directory `stance_bank`."""
    return corpus_dir.parent / "stance_bank"


def _problems(raw: Any) -> Iterator[str]:
    """Yield what breaks the bank format in one file's content (empty when it is valid)."""
    if not isinstance(raw, dict):
        yield "not a JSON object"
        return
    for key in ("lang", "author"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            yield f"no {key}"
    paragraphs = raw.get("paragraphs")
    if not isinstance(paragraphs, list) or not paragraphs:
        yield "no paragraphs"
        return
    for i, para in enumerate(paragraphs):
        if not isinstance(para, dict):
            yield f"paragraph {i}: not an object"
            continue
        if not isinstance(para.get("topic"), str) or not para["topic"].strip():
            yield f"paragraph {i}: no topic"
        if para.get("register") not in REGISTERS:
            yield f"paragraph {i}: register {para.get('register')!r} is not one of {sorted(REGISTERS)}"
        sentences = para.get("sentences")
        if not isinstance(sentences, list) or not sentences:
            yield f"paragraph {i}: no sentences"
            continue
        for j, s in enumerate(sentences):
            yield from (f"paragraph {i}, sentence {j}: {p}" for p in _sentence_problems(s))


def _sentence_problems(s: Any) -> Iterator[str]:
    """Yield what breaks the format in one sentence object."""
    if not isinstance(s, dict):
        yield "not an object"
        return
    text = s.get("text")
    if not isinstance(text, str) or not text.strip():
        yield "empty text"
    elif text != text.strip() or "\n" in text:
        yield "text not trimmed to one line"
    if s.get("label") not in LABELS:
        yield f"label {s.get('label')!r} is not one of {sorted(LABELS)}"
    if "speaker" in s and (s.get("label") not in SPEAKER_LABELS or not str(s["speaker"]).strip()):
        yield f"speaker on a {s.get('label')}" if s.get("label") not in SPEAKER_LABELS else "empty speaker"


def check_bank_file(path: Path) -> list[str]:
    """Return the format problems of one bank file (empty when it is valid)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"not a readable JSON file ({exc})"]
    return list(_problems(raw))


def _pieces(raw: dict[str, Any], stem: str) -> Iterator[BankPiece]:
    """Split one valid file into pieces: runs of consecutive paragraphs on one topic."""
    lang, author = str(raw["lang"]), str(raw["author"])
    run: list[tuple[int, dict[str, Any]]] = []
    for i, para in enumerate([*raw["paragraphs"], None]):
        if run and (para is None or para["topic"] != run[0][1]["topic"]):
            yield _piece(lang, author, stem, run)
            run = []
        if para is not None:
            run.append((i, para))


def _piece(lang: str, author: str, stem: str, run: Sequence[tuple[int, dict[str, Any]]]) -> BankPiece:
    """Join a run of paragraphs into a text and place each sentence in it."""
    text = ""
    placed: list[tuple[int, int, str, str]] = []
    for i, para in run:
        if text:
            text += "\n"
        for j, s in enumerate(para["sentences"]):
            if j:
                text += " "
            placed.append((len(text), len(text) + len(s["text"]), s["label"], f"{stem}#{i}"))
            text += s["text"]
    sentences = tuple(
        BankSentence(
            text[start:end],
            label,
            lang,
            labels._kicker_place(text, start, end),
            labels._article_end(text, start, end),
            source,
        )
        for start, end, label, source in placed
    )
    return BankPiece(lang, author, str(run[0][1]["topic"]), text, sentences)


def load_bank(bank_dir: Path) -> list[BankPiece]:
    """Read every bank file of a directory (sorted by name) into pieces; an invalid file is an error."""
    if not bank_dir.is_dir():
        raise InputError(f"stance bank directory not found: {bank_dir}")
    pieces: list[BankPiece] = []
    for path in sorted(bank_dir.glob("*.json")):
        problems = check_bank_file(path)
        if problems:
            raise InputError(f"{path.name}: {problems[0]}")
        pieces.extend(_pieces(json.loads(path.read_text(encoding="utf-8")), path.stem))
    return pieces
