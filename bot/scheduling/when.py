"""Read a reminder time in Spanish or English ("mañana a las 9", "in 2 hours", "1h before the deadline").

Ambiguous input gets a question back (InputError), never a guess: a day without a time, a
numeric date that reads both ways, a time that has already passed today.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import dateparser

from bot.domain.models import Deadline
from bot.errors import InputError
from bot.render.i18n import format_when

_UNITS = {
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "minuto": 60,
    "minutos": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
    "hora": 3600,
    "horas": 3600,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "dia": 86400,
    "dias": 86400,
}
_UNIT = r"(m|min|mins|minutes?|minutos?|h|hrs?|hours?|horas?|d|days?|dias?)"
_RELATIVE = re.compile(rf"^(?:in|dentro de|en)\s+(\d+|an?|una?)\s*{_UNIT}$")
_BEFORE = re.compile(
    rf"^(\d+|an?|una?)\s*{_UNIT}\s+(?:before|antes)\s+(?:the\s+|del?\s+|de\s+la\s+)?"
    r"(?:deadline|plazo|vencimiento|fecha limite)$"
)
_AT_DEADLINE = re.compile(
    r"^(?:at the deadline|when it is due|al vencer(?: el plazo)?|cuando venza(?: el plazo)?)$"
)
# A time of day: "18:00", "9.30", "9h", "9am", "a las 9", "at 9", "9 de la tarde".
_CLOCK = re.compile(
    r"(?:\b(?:a\s+las?|at|@)\s+)?\b(\d{1,2})(?:[:.h](\d{2}))?\s*"
    r"(am|pm|h\b|de la manana|de la tarde|de la noche)?"
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?\b")
_NAMED_TIMES = {
    "noon": time(12),
    "mediodia": time(12),
    "midnight": time(0),
    "medianoche": time(0),
}
_FILLER = re.compile(r"^(?:el|la|the|on|this|este|esta|next)\s+")
_LANGUAGES = ["es", "en"]


@dataclass(frozen=True, slots=True)
class ReminderTime:
    """When a reminder fires; `offset` is set when it is pinned to a deadline and moves with it."""

    fire_at: datetime
    deadline_id: int | None = None
    offset: timedelta | None = None


def parse_reminder_time(
    text: str, *, now: datetime, timezone: str, deadline: Deadline | None
) -> ReminderTime:
    """Turn natural language into an instant, or raise InputError with a clear question."""
    raw = _fold(text)
    if not raw:
        raise InputError('when? e.g. "mañana a las 9", "in 2 hours" or "1h before the deadline"')
    zone = ZoneInfo(timezone)
    pinned = _pinned_to_deadline(raw, text, deadline)
    if pinned is not None:
        result = pinned
    elif relative := _RELATIVE.match(raw):
        result = ReminderTime(now + timedelta(seconds=_count(relative.group(1)) * _UNITS[relative.group(2)]))
    else:
        result = ReminderTime(_absolute(raw, text, now.astimezone(zone), zone))
    if result.fire_at <= now:
        shown = format_when(result.fire_at, "en", timezone)
        raise InputError(f"{text!r} means {shown}, which has already passed: did you mean a later time?")
    return result


def _pinned_to_deadline(raw: str, text: str, deadline: Deadline | None) -> ReminderTime | None:
    before = _BEFORE.match(raw)
    at_deadline = _AT_DEADLINE.match(raw)
    if not before and not at_deadline:
        return None
    if deadline is None:
        raise InputError(f"{text!r} needs a deadline, but this development has no open one: say when instead")
    offset = timedelta(seconds=_count(before.group(1)) * _UNITS[before.group(2)]) if before else timedelta(0)
    return ReminderTime(deadline.due_at - offset, deadline.id, offset)


def _absolute(raw: str, text: str, local_now: datetime, zone: ZoneInfo) -> datetime:
    """Read "<day> <time>": the time of day by rule, the day through dateparser."""
    numeric = _NUMERIC_DATE.search(raw)
    if (
        numeric
        and int(numeric.group(1)) <= 12
        and int(numeric.group(2)) <= 12
        and numeric.group(1) != numeric.group(2)
    ):
        a, b = numeric.group(1), numeric.group(2)
        raise InputError(
            f"{text!r}: is {numeric.group(0)} day {a} of month {b}, or month {a} day {b}? "
            "write the month as a word (e.g. 4 March)"
        )
    clock, rest = _time_of_day(raw)
    rest = _FILLER.sub("", rest).strip(" ,")
    if rest in ("", "today", "hoy"):
        day = local_now.date()
        if clock is None:
            raise InputError(f'{text!r}: at what time? e.g. "today 18:00"')
        if datetime.combine(day, clock, tzinfo=zone) <= local_now:
            raise InputError(
                f"{text!r}: {clock:%H:%M} today has already passed: did you mean tomorrow at {clock:%H:%M}?"
            )
    else:
        parsed = dateparser.parse(
            rest,
            languages=_LANGUAGES,
            settings={
                "RELATIVE_BASE": local_now.replace(tzinfo=None),
                "PREFER_DATES_FROM": "future",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
        if parsed is None:
            raise InputError(
                f'cannot read {text!r} as a time: try "mañana a las 9", "el viernes 18:00", '
                '"in 2 hours" or "1h before the deadline"'
            )
        day = parsed.date()
        if clock is None:
            # dateparser fills a missing time with midnight or the current time: either is a guess.
            raise InputError(f'{text!r}: at what time on {day:%a %d %b %Y}? e.g. "{text.strip()} 09:00"')
    when = datetime.combine(day, clock, tzinfo=zone)
    # A wall time that does not exist (DST gap) or exists twice (DST fold) is a question too.
    round_trip = when.astimezone(ZoneInfo("UTC")).astimezone(zone)
    if round_trip.replace(tzinfo=None) != when.replace(tzinfo=None):
        raise InputError(
            f"{text!r}: {clock:%H:%M} does not exist on that day (the clocks change): pick another time"
        )
    if when.replace(fold=1).utcoffset() != when.utcoffset():
        raise InputError(
            f"{text!r}: {clock:%H:%M} happens twice that night (the clocks go back): pick another time"
        )
    return when


def _time_of_day(raw: str) -> tuple[time | None, str]:
    """Find the time of day in the text; return it and the text without it."""
    for word, value in _NAMED_TIMES.items():
        if re.search(rf"\b(?:at\s+|a\s+)?{word}\b", raw):
            return value, re.sub(rf"\b(?:at\s+|a\s+)?{word}\b", " ", raw).strip()
    for match in _CLOCK.finditer(raw):
        hour, minute, suffix = int(match.group(1)), match.group(2), match.group(3)
        introduced = match.group(0).lstrip()[:1].isalpha() or match.group(0).lstrip().startswith("@")
        if minute is None and suffix is None and not introduced:
            continue  # a bare number ("el 4") is a day, not a time
        if match.end() < len(raw) and raw[match.end() : match.end() + 1] in "/-":
            continue
        minutes = int(minute or 0)
        if suffix in ("pm", "de la tarde", "de la noche") and hour < 12:
            hour += 12
        elif suffix in ("am", "de la manana") and hour == 12:
            hour = 0
        if hour > 23 or minutes > 59:
            raise InputError(f"{raw!r}: {match.group(0).strip()} is not a time of day")
        return time(hour, minutes), (raw[: match.start()] + " " + raw[match.end() :]).strip()
    return None, raw


def _count(word: str) -> int:
    return 1 if word in ("a", "an", "un", "una") else int(word)


def _fold(text: str) -> str:
    """Lower-case, strip accents and extra spaces: "Mañana  a las 9" -> "manana a las 9"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
