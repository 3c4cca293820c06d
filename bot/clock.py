"""Clocks: the one place that reads the system time, and a clock tests can set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware."""
        return datetime.now(UTC)


class FixedClock:
    """A clock that says what it is told: for `--now` and for tests."""

    def __init__(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = when

    def now(self) -> datetime:
        """Return the set time."""
        return self._now

    def set(self, when: datetime) -> None:
        """Move the clock to `when`."""
        self._now = when

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by `delta`."""
        self._now += delta
