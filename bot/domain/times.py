"""Pure helpers for the UTC ISO 8601 text the store keeps, and for date-only deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def to_iso(when: datetime) -> str:
    """Format an aware datetime as UTC ISO 8601 (the one format of the store)."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: every time in sitrep carries a zone")
    return when.astimezone(UTC).isoformat()


def from_iso(text: str) -> datetime:
    """Parse stored ISO 8601 text back into an aware datetime."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def due_instant(due: date | datetime, zone: str) -> datetime:
    """Return the instant a deadline falls due.

    A bare date ("hasta el 1 de febrero") runs to the end of that day in `zone`, so it
    falls due at the following midnight there.
    """
    if isinstance(due, datetime):
        return due.astimezone(UTC)
    local_midnight = datetime.combine(due + timedelta(days=1), time(0, 0), tzinfo=ZoneInfo(zone))
    return local_midnight.astimezone(UTC)


def parse_due(text: str) -> date | datetime:
    """Parse a stored `due` (a bare date or an ISO datetime with offset)."""
    if "T" in text:
        return from_iso(text)
    return date.fromisoformat(text)
