"""When to poll a feed next: its interval, the server's caching hints, and backoff on failure."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

# A feed asking to be left alone longer than a day still gets polled daily.
MAX_INTERVAL_S = 24 * 3600
# Backoff doubles from the feed's interval up to this cap.
MAX_BACKOFF_S = 6 * 3600
MIN_INTERVAL_S = 60

_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.I)


def max_age(cache_control: str | None) -> int | None:
    """Return the max-age seconds of a Cache-Control header, if it has one."""
    if not cache_control:
        return None
    if re.search(r"\bno-(?:cache|store)\b", cache_control, re.I):
        return None
    match = _MAX_AGE.search(cache_control)
    return int(match.group(1)) if match else None


def retry_after(value: str | None, now: datetime) -> int | None:
    """Return the seconds a Retry-After header asks for (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0, int((when - now).total_seconds()))


def next_after_success(
    now: datetime, interval_s: int, *, max_age_s: int | None = None, ttl_minutes: int | None = None
) -> datetime:
    """Schedule the next poll: the feed's interval, stretched by max-age or the RSS ttl."""
    delay = max(interval_s, MIN_INTERVAL_S, max_age_s or 0, (ttl_minutes or 0) * 60)
    return now + timedelta(seconds=min(delay, MAX_INTERVAL_S))


def next_after_failure(
    now: datetime, interval_s: int, failures: int, *, retry_after_s: int | None = None
) -> datetime:
    """Back off exponentially from the interval, capped; never sooner than Retry-After asks."""
    base = max(interval_s, MIN_INTERVAL_S)
    delay = min(base * 2 ** max(0, failures - 1), MAX_BACKOFF_S)
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, MAX_INTERVAL_S))
    return now + timedelta(seconds=delay)
