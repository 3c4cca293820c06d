"""Parse a channel's digest schedule ("daily 08:00", "weekdays 07:30", "every 6h", cron)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import InputError

MIN_INTERVAL = timedelta(minutes=5)
_TIME = r"(\d{1,2})(?::|h|\.)?(\d{2})?"
_DAYS = {
    "daily": "*",
    "diario": "*",
    "cada día": "*",
    "everyday": "*",
    "weekdays": "mon-fri",
    "laborables": "mon-fri",
    "weekends": "sat,sun",
    "findes": "sat,sun",
}
_CANONICAL = {"*": "daily", "mon-fri": "weekdays", "sat,sun": "weekends"}
_DAILY = re.compile(rf"^({'|'.join(_DAYS)})\s+(?:at\s+|a las\s+)?{_TIME}$")
_EVERY = re.compile(r"^(?:every|cada)\s+(\d+)\s*(m|min|mins|minutes?|minutos?|h|hours?|horas?)$")
_CRON_FIELD = re.compile(r"^[0-9a-z*,/\-?]+$")
HELP = 'use "daily 08:00", "weekdays 07:30", "every 6h" or a cron expression like "0 8 * * mon-fri"'


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """A parsed schedule: cron fields in the channel's zone, or a fixed interval."""

    text: str
    minute: str = "0"
    hour: str = "*"
    day: str = "*"
    month: str = "*"
    day_of_week: str = "*"
    interval: timedelta | None = None

    @property
    def is_interval(self) -> bool:
        """Tell whether the schedule repeats at a fixed interval rather than on the clock face."""
        return self.interval is not None


def parse_spec(text: str) -> ScheduleSpec:
    """Parse a schedule, or raise InputError saying which forms are accepted."""
    raw = " ".join(text.strip().lower().split())
    if not raw:
        raise InputError(f"the schedule is empty: {HELP}")
    daily = _DAILY.match(raw)
    if daily:
        hour, minute = int(daily.group(2)), int(daily.group(3) or 0)
        if hour > 23 or minute > 59:
            raise InputError(f"{text!r}: {hour}:{minute:02d} is not a time of day")
        days = _DAYS[daily.group(1)]
        canonical = f"{_CANONICAL[days]} {hour:02d}:{minute:02d}"
        return ScheduleSpec(canonical, minute=str(minute), hour=str(hour), day_of_week=days)
    every = _EVERY.match(raw)
    if every:
        return _every(text, int(every.group(1)), every.group(2))
    fields = raw.split(" ")
    if len(fields) == 5 and all(_CRON_FIELD.match(f) for f in fields):
        cron_minute, cron_hour, day, month, dow = fields
        step = cron_minute[2:] if cron_minute.startswith("*/") else None
        if cron_minute == "*" or (step is not None and (not step.isdigit() or int(step) < 5)):
            raise InputError(f"{text!r}: digests can run at most every 5 minutes")
        return ScheduleSpec(raw, minute=cron_minute, hour=cron_hour, day=day, month=month, day_of_week=dow)
    raise InputError(f"cannot read the schedule {text!r}: {HELP}")


def _every(text: str, count: int, unit: str) -> ScheduleSpec:
    """Build "every N hours/minutes": on the clock face when N divides the day, else an interval."""
    minutes = count * 60 if unit.startswith("h") else count
    delta = timedelta(minutes=minutes)
    if delta < MIN_INTERVAL:
        raise InputError(f"{text!r}: digests can run at most every 5 minutes")
    label = f"every {count}h" if unit.startswith("h") else f"every {count}m"
    if unit.startswith("h") and 24 % count == 0:
        return ScheduleSpec(label, minute="0", hour=f"*/{count}")
    if not unit.startswith("h") and 60 % count == 0:
        return ScheduleSpec(label, minute=f"*/{count}")
    return ScheduleSpec(label, interval=delta)


def check_timezone(name: str) -> str:
    """Return an IANA zone name as given, or raise InputError."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise InputError(f"{name!r} is not an IANA time zone (e.g. Europe/Madrid)")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"{name!r} is not an IANA time zone (e.g. Europe/Madrid)") from None
    return name


def looks_like_timezone(word: str) -> bool:
    """Tell whether a command word names an IANA zone (so "digest set" can pick it out)."""
    if word == "UTC":
        return True
    if "/" not in word or not word[0].isalpha() or ".." in word:
        return False
    try:
        ZoneInfo(word)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
