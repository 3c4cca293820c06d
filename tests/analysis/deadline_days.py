"""What the deadline probe files share: the clock, the publication days and the days found due."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

from bot.analysis import analyze

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TUE = datetime(2026, 6, 9, 10, 0, tzinfo=UTC)  # Tuesday 9 June 2026
THU = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)  # Thursday 1 October 2026
MON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday 2 March 2026

# language, publication time, text, the days due
Case = tuple[str, datetime | None, str, list[date]]


def due_days(lang: str, published: datetime | None, text: str) -> Counter[date]:
    """Count the days the engine finds due in `text`, a time of day dropped (probes are date-level)."""
    analysis = analyze(text, published=published, lang=lang, now=NOW)
    return Counter(d.due.date() if isinstance(d.due, datetime) else d.due for d in analysis.deadlines)
