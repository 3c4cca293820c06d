"""The analysis engine: who said what, with which label, and which dates and deadlines.

Pure: it reads only its own data files (`data/<lang>.toml`), never the clock; `now` is given.
"""

from __future__ import annotations

from datetime import datetime

from bot.analysis.engine import analyze_text, detect_language
from bot.analysis.lexicon import available_languages
from bot.domain.models import Analysis
from bot.errors import UnknownLanguageError

__all__ = ["analyze", "detect_language", "supported_languages"]


def supported_languages() -> tuple[str, ...]:
    """Return the language codes that have a lexicon file."""
    return available_languages()


def analyze(text: str, *, published: datetime | None = None, lang: str = "auto", now: datetime) -> Analysis:
    """Label every sentence or clause of `text` and extract its deadlines, events and changes.

    Raises UnknownLanguageError for a language with no data file (given, or not detected).
    """
    lang = lang.strip().lower()
    if lang != "auto" and lang not in available_languages():
        raise UnknownLanguageError(
            f"no lexicon for language {lang!r}; supported: {', '.join(available_languages())}"
        )
    return analyze_text(text, published=published, lang=lang, now=now)
