"""Shared helpers of the speaker tests: the clock, the last item, the last statement's speaker."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def last_statement_speaker(text: str, lang: str) -> str | None:
    """Return the speaker of the text's last statement, the one a speaker rule decides."""
    items = [i for i in analyze(text, published=PUB, lang=lang, now=NOW).items if i.label is Label.STATEMENT]
    return items[-1].speaker if items else None


def last_item(text: str, lang: str) -> Item:
    """Return the text's last item, the one the sentence under test gives."""
    return analyze(text, published=PUB, lang=lang, now=NOW).items[-1]
