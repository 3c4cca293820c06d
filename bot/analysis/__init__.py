"""Baseline analysis (sentence split, `>>` as commentary); replaced by the analysis engine."""

from __future__ import annotations

import re
from datetime import datetime

from bot.domain.models import Analysis, Item, Label
from bot.errors import UnknownLanguageError

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n", re.MULTILINE)
_ES = frozenset(["el", "la", "los", "las", "de", "que", "y", "en", "por", "con", "para", "una", "del", "se"])
_EN = frozenset(["the", "of", "and", "to", "in", "that", "for", "on", "with", "is", "was", "by", "said"])


def supported_languages() -> tuple[str, ...]:
    """Return the languages with a lexicon."""
    return ("en", "es")


def detect_language(text: str) -> str | None:
    """Guess es or en from function words; None when unsure."""
    words = re.findall(r"\w+", text.casefold())
    es = sum(w in _ES for w in words)
    en = sum(w in _EN for w in words)
    if es == en:
        return None
    return "es" if es > en else "en"


def analyze(text: str, *, published: datetime | None = None, lang: str = "auto", now: datetime) -> Analysis:
    """Split into sentences; label `>>` insertions commentary, the rest fact."""
    language = detect_language(text) if lang == "auto" else lang
    if language not in supported_languages():
        raise UnknownLanguageError(f"unsupported language: {lang if lang != 'auto' else 'unknown'}")
    items = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        if not chunk.strip():
            continue
        start = match.start() + (len(chunk) - len(chunk.lstrip()))
        end = match.end() - (len(chunk) - len(chunk.rstrip()))
        segment = text[start:end]
        label = Label.COMMENTARY if segment.startswith(">>") else Label.FACT
        items.append(Item(segment, start, end, label, 0.3, "baseline"))
    return Analysis(language=language, published=published, items=tuple(items))
