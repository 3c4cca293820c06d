"""Short, readable pieces of deadline lines: a concise "what", due values, change and verdict words.

Rendering only: the stored and JSON forms keep the full text (`/why` and `--json` show it).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from babel.dates import format_date, format_datetime

from bot.render.i18n import format_when, phrases

SHORT_WHAT_MAX = 120
ELLIPSIS = "…"
# Where a clause ends: punctuation followed by a space, or a spaced dash.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]\s|\s[—–-]\s")


def short_what(what: str, evidence: str | None = None, limit: int = SHORT_WHAT_MAX) -> str:
    """Return the clause of `what` around `evidence`, at most `limit` characters, cut at words with "…"."""
    text = " ".join(what.split())
    if len(text) <= limit:
        return text
    found = text.lower().find(" ".join(evidence.split()).lower()) if evidence else -1
    anchor, anchor_end = (found, found + len(" ".join((evidence or "").split()))) if found >= 0 else (0, 0)
    breaks = list(_CLAUSE_BREAK.finditer(text))
    start = max((b.end() for b in breaks if b.end() <= anchor), default=0)
    ends = [b.start() for b in breaks if b.start() >= anchor_end and b.start() > start] + [len(text)]
    room = limit - 2  # an ellipsis may go on each side
    # The clause holding the evidence, then the following clauses while they fit.
    end = ends[0]
    for candidate in ends[1:]:
        if candidate - start > room:
            break
        end = candidate
    if end - start > room:
        end = max(anchor_end, start + room)
        start = max(start, end - room)
    if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        space = text.find(" ", start, max(anchor, start))
        start = space + 1 if space >= 0 else start
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        space = text.rfind(" ", max(start, anchor_end), end)
        end = space if space > start else end
    core = text[start:end].strip(" ,;:")
    return (ELLIPSIS if start > 0 else "") + core + (ELLIPSIS if end < len(text) else "")


def format_due(value: str | None, language: str, timezone: str) -> str:
    """Format a stored due value (ISO date or instant) in the channel's locale; unknown stays as is."""
    if not value:
        return "?"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return format_date(date(parsed.year, parsed.month, parsed.day), "d MMM yyyy", locale=language)
    if parsed.tzinfo is None:
        return format_datetime(parsed, "d MMM yyyy, HH:mm", locale=language)
    return format_when(parsed, language, timezone)


def change_word(kind: str, language: str) -> str:
    """Name a deadline change ("extended", "prorrogado") in the channel's language."""
    words = phrases(language)
    return words.get(f"change_{kind}", kind)


def status_word(status: str, language: str) -> str:
    """Name a development's or deadline's status in the channel's language ("extended", "prorrogado")."""
    return phrases(language).get(f"status_{status}", status)


def verdict_phrase(confirmed: bool, speaker: str | None, language: str) -> str:
    """Say who confirmed or denied a claim ("confirmed by Zelensky")."""
    words = phrases(language)
    who = speaker or words["named_source"]
    return (words["confirmed_by"] if confirmed else words["denied_by"]).format(who=who)
