"""Find dates, times and durations in a sentence; resolve them; tell deadlines from events.

Spans are found with the language's own patterns (data file); an explicit date span is then
parsed by dateparser, cached per span (dateparser costs ~1 ms a call, and its `search_dates`
over a whole article is what this module avoids). Year choice, weekdays, relative days,
durations and times are resolved here by hand: they depend on the statement's date, which
dateparser knows nothing about, and a per-anchor call would defeat the cache.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser

from bot.analysis.lexicon import Lexicon
from bot.analysis.text import LETTERS_RE

_BASE = datetime(2000, 1, 1)  # noqa: DTZ001 - a fixed, leap-year base so "29 de febrero" parses
_SETTINGS = {"RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first"}
_WINDOW = 100  # characters around a date searched for the verb whose tense picks its year
_PAST_SLACK = 7  # a "past" date may fall this many days after the reference (a loose tense cue)
_ANCHOR_DAYS = 31  # with a publication date, an earlier statement date must be this recent
_ATTACH = 45  # a time this close to a date gives that date its time of day
_NEAR_END = 80  # a duration this close to an explicit end point is the same deadline
# Numbers that can be part of a date or time; bare figures ("40 millones", "94%") are not.
_DATE_NUMBER = re.compile(r"\d[:/.-]\d|\d{4}|\d\s*(?:a\.?m|p\.?m|h\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@dataclass(slots=True)
class Mention:
    """A temporal expression in a sentence, with absolute offsets into the article."""

    start: int
    end: int
    kind: str  # "date", "weekday", "relative", "duration", "time"
    deadline: bool
    value: date | datetime | None = None
    evidence_start: int = 0


@dataclass(slots=True)
class _Time:
    start: int
    end: int
    core: int  # where the hour itself starts, after any preposition in the match
    hour: int
    minute: int
    tz: tzinfo | None
    next_day: bool = False


@lru_cache(maxsize=8192)
def _parse_span(span: str, lang: str) -> tuple[int, int, int] | None:
    """Parse an explicit date span with dateparser; (year or 0, month, day)."""
    try:
        parsed = dateparser.parse(span, languages=[lang], settings=_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is fine here
        return None
    if parsed is None:
        return None
    return (parsed.year, parsed.month, parsed.day)


@lru_cache(maxsize=256)
def _zone(name: str) -> tzinfo | None:
    m = _OFFSET.match(name)
    if m:
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        return timezone(delta if m.group(1) == "+" else -delta)
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _valid(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def pick_year(month: int, day: int, ref: date, mode: str) -> date | None:
    """Choose the year of a day-month: the latest not after ref ("past"), the first not
    before it ("future"), or the closest ("near")."""
    cands = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, month, day))]
    if not cands:
        return None
    if mode == "past":
        past = [d for d in cands if (d - ref).days <= _PAST_SLACK]
        return max(past) if past else min(cands)
    if mode == "future":
        fut = [d for d in cands if d >= ref]
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda d: abs((d - ref).days))


def tense_cues(sentence: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Return the tense cues of a sentence: (start, end, "past" or "future")."""
    cues = [(m.start(), m.end(), "past") for p in lex.past_tense for m in p.finditer(sentence)]
    cues += [(m.start(), m.end(), "future") for p in lex.future_tense for m in p.finditer(sentence)]
    return cues


def tense_near(cues: list[tuple[int, int, str]], pos: int, end: int) -> str | None:
    """Return the tense of the cue nearest before a span (within reach), else nearest after."""
    best: tuple[int, str] | None = None
    for c_start, c_end, mode in cues:
        if c_end <= pos and c_start >= pos - _WINDOW and (best is None or c_end > best[0]):
            best = (c_end, mode)
    if best is not None:
        return best[1]
    first: tuple[int, str] | None = None
    for c_start, c_end, mode in cues:
        if c_start >= end and c_end <= end + _WINDOW and (first is None or c_start < first[0]):
            first = (c_start, mode)
    return first[1] if first else None


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _number(word: str, lex: Lexicon) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return lex.number_words.get(w)


def _add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(day: date, days: int) -> date | None:
    """Add days, or None past the calendar's ends (text can name year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _duration_end(
    day: date, instant: datetime | None, num: int, unit: str
) -> date | datetime | None:
    """Return when a duration of `num` `unit`s from the statement ends (None on overflow)."""
    try:
        if unit in ("hours", "minutes") and instant is not None:
            return instant + timedelta(**{unit: num})
        if unit in ("hours", "minutes"):
            minutes = num * 60 if unit == "hours" else num
            return day + timedelta(days=minutes // (24 * 60))
        if unit in ("months", "years"):
            return _add_months(day, num if unit == "months" else 12 * num)
        if instant is not None:
            return instant + timedelta(**{unit: num})
        return day + timedelta(**{unit: num})
    except (OverflowError, ValueError):
        return None


def _deadline_before(sentence: str, pos: int, lex: Lexicon) -> int | None:
    """Return where a deadline marker right before `pos` starts, if there is one."""
    window = sentence[max(0, pos - 45) : pos]
    m = lex.deadline_marker_re.search(window)
    if not m:
        return None
    start = m.start() + (1 if m.group()[:1] and not m.group()[0].isalnum() else 0)
    return max(0, pos - 45) + start


def _find_times(sentence: str, base: int, lex: Lexicon) -> list[_Time]:
    times: list[_Time] = []
    taken: list[tuple[int, int]] = []
    for pat in lex.time_patterns:
        for m in pat.finditer(sentence):
            if _overlaps(m.span(), taken):
                continue
            groups = m.groupdict()
            special = groups.get("special")
            next_day = False
            if special:
                hh, mm = lex.special_times.get(special.lower(), "00:00").split(":")
                hour, minute = int(hh), int(mm)
            else:
                hour = int(groups["hour"])
                minute = int(groups.get("minute") or 0)
                ampm = groups.get("ampm")
                if ampm:
                    key = re.sub(r"\s+", " ", ampm.lower())
                    half = lex.ampm.get(key, "")
                    if half == "pm" and hour < 12:
                        hour += 12
                    elif half == "am" and hour == 12:
                        hour = 0
            if hour > 23 or minute > 59:
                continue
            zone_word = groups.get("zone") or groups.get("zone2")
            tz = None
            if zone_word:
                tz = _zone(lex.zones.get(re.sub(r"\s+", " ", zone_word.lower()), ""))
            taken.append(m.span())
            core = m.start("special") if special else m.start("hour")
            times.append(
                _Time(base + m.start(), base + m.end(), base + core, hour, minute, tz, next_day)
            )
    return times


@dataclass(slots=True)
class SentenceTemporal:
    """The resolved temporal mentions of one sentence."""

    mentions: list[Mention]
    anchor: date | None  # the statement date this sentence gives, for later sentences


def pick_month(day: int, weekday: int | None, ref: date, mode: str) -> date | None:
    """Choose the month of a bare day ("el martes 16") near ref, matching its weekday."""
    cands: list[date] = []
    for delta in (-2, -1, 0, 1, 2):
        month0 = ref.month - 1 + delta
        year, month = ref.year + month0 // 12, month0 % 12 + 1
        d = _valid(year, month, day)
        if d is not None and (weekday is None or d.weekday() == weekday):
            cands.append(d)
    if not cands:
        return None
    if mode == "past":
        past = [d for d in cands if d <= ref]
        return max(past) if past else min(cands)
    if mode == "future":
        fut = [d for d in cands if d >= ref]
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda d: abs((d - ref).days))


@dataclass(slots=True)
class _RawDate:
    start: int
    end: int
    year: int  # 0: not given
    month: int  # 0: not given ("el martes 16")
    day: int
    weekday: int | None
    deadline: bool
    evidence: int
    start_point: bool


def _zone_after(sentence: str, pos: int, lex: Lexicon) -> tzinfo | None:
    """Return a zone named right after a date ("…4 de febrero, hora de Moscú")."""
    tail = sentence[pos : pos + 40]
    for pat in lex.zone_suffixes:
        m = pat.match(tail)
        if m and m.groupdict().get("zone"):
            return _zone(lex.zones.get(re.sub(r"\s+", " ", m.group("zone").lower()), ""))
    return None


def extract(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    ref: date,
    ref_dt: datetime | None,
    carried_anchor: date | None,
    default_tz: tzinfo,
    past_default: bool,
) -> SentenceTemporal:
    """Find and resolve the temporal mentions of text[start:end].

    `ref` is the article's reference day (publication, else now); `ref_dt` the publication
    instant if known (durations count from it when the sentence gives no other time);
    `carried_anchor` the statement date of an earlier sentence (used without a publication
    date); `past_default` makes dates of undetermined tense resolve to the past.
    """
    sentence = text[start:end]
    words = set(LETTERS_RE.findall(sentence.lower()))
    has_digit = _DIGIT.search(sentence) is not None
    if not _DATE_NUMBER.search(sentence) and lex.trigger_words.isdisjoint(words):
        return SentenceTemporal([], None)  # no date-like number, month, weekday or unit
    mentions: list[Mention] = []
    starts: set[int] = set()  # ids of mentions that start a duration ("desde el domingo")
    taken: list[tuple[int, int]] = []

    cue_cache: list[list[tuple[int, int, str]]] = []

    def cues() -> list[tuple[int, int, str]]:
        if not cue_cache:
            cue_cache.append(tense_cues(sentence, lex))
        return cue_cache[0]

    def mark_deadline(pos: int) -> tuple[bool, int]:
        m_start = _deadline_before(sentence, pos, lex)
        if m_start is not None:
            return True, m_start
        # "la huelga convocada para el 12 de febrero": a threatened measure takes effect
        if lex.measure_words is not None and lex.measure_marker_re is not None:
            window = sentence[max(0, pos - 80) : pos]
            marker = lex.measure_marker_re.search(window)
            if (
                marker
                and lex.measure_words.search(window[: marker.start() + 1])
                and tense_near(cues(), pos, pos) != "past"  # "had been due": not pending
            ):
                return True, max(0, pos - 80) + marker.start() + (1 if marker.start() else 0)
        return False, pos

    def post_marked(end_pos: int) -> bool:
        return any(p.match(sentence, end_pos) for p in lex.deadline_post)

    def starts_duration(pos: int) -> bool:
        if lex.duration_start_re is None or not has_duration:
            return False
        return lex.duration_start_re.search(sentence[max(0, pos - 30) : pos]) is not None

    # A start point ("desde el domingo", "took effect at") only matters with a duration.
    durations = (
        [m for p in lex.duration_patterns for m in p.finditer(sentence)]
        if not words.isdisjoint(lex.units)
        else []
    )
    has_duration = bool(durations)
    # Each family of patterns runs only where its words or digits occur.
    times = (
        _find_times(sentence, start, lex)
        if has_digit or not words.isdisjoint(lex.special_times)
        else []
    )

    def marker_via_time(pos: int) -> tuple[bool, int]:
        """A marker before a date, or before the time that leads into it ("a partir de las
        00:00 del viernes 6")."""
        found = mark_deadline(pos)
        if found[0]:
            return found
        for t in times:
            gap = sentence[t.end - start : pos]
            if 0 <= pos - (t.end - start) <= 12 and not re.search(r"[,;]", gap):
                return mark_deadline(t.core - start)
        return found

    # 1. explicit dates
    raw: list[_RawDate] = []
    have = {
        "month": not words.isdisjoint(lex.months),
        "weekday": not words.isdisjoint(lex.weekdays),
    }
    for pat, needs in lex.date_patterns if has_digit else ():
        if needs is not None and not have[needs]:
            continue
        for m in pat.finditer(sentence):
            if _overlaps(m.span(), taken):
                continue
            g = m.groupdict()
            month = 0
            if g.get("month"):
                month = lex.months.get(g["month"].lower().rstrip("."), 0)
            elif g.get("monthnum"):
                month = int(g["monthnum"])
            if not g.get("day"):
                continue
            day = int(g["day"])
            year = int(g["year"]) if g.get("year") else 0
            weekday = lex.weekdays.get(g["weekday"].lower()) if g.get("weekday") else None
            if month:
                core = min(m.start(k) for k in ("day", "month", "monthnum", "year") if g.get(k))
                parsed = _parse_span(sentence[core : m.end()].lower(), lex.code)
                if parsed is not None:
                    p_year, month, day = parsed
                    year = year and p_year
                if _valid(year or 2000, month, day) is None:
                    continue
            elif weekday is None or not 1 <= day <= 31:
                continue
            taken.append(m.span())
            is_deadline, ev = marker_via_time(m.start())
            if not is_deadline and post_marked(m.end()):
                is_deadline, ev = True, m.start()
            raw.append(
                _RawDate(
                    m.start(),
                    m.end(),
                    year,
                    month,
                    day,
                    weekday,
                    is_deadline,
                    ev,
                    starts_duration(m.start()),
                )
            )

    def resolve(r: _RawDate, ref_day: date, mode: str) -> date | None:
        if r.month == 0:
            return pick_month(r.day, r.weekday, ref_day, mode)
        if r.year:
            return _valid(r.year, r.month, r.day)
        return pick_year(r.month, r.day, ref_day, mode)

    # The statement date: the first explicit, non-deadline date in a past-tense context.
    anchor: date | None = None
    for r in raw:
        if not r.deadline and not r.start_point and tense_near(cues(), r.start, r.end) == "past":
            anchor = resolve(r, ref, "past")
            break
    historic = False
    if anchor is not None and ref_dt is not None:
        age = (ref - anchor).days
        if age > _ANCHOR_DAYS:
            anchor, historic = None, True  # long before publication: background, not this report
        elif age < 0:
            anchor = None  # after publication: not the date of this report
    statement_day = anchor or (ref if ref_dt is not None else carried_anchor or ref)

    for r in raw:
        if r.deadline or r.start_point:
            value = resolve(r, statement_day, "near")
        else:
            tense = tense_near(cues(), r.start, r.end)
            if tense == "past" or (tense is None and past_default):
                value = resolve(r, ref, "past")
            elif tense == "future":
                value = resolve(r, statement_day, "future")
            else:
                value = resolve(r, ref, "near")
        if value is not None:
            mention = Mention(
                start + r.start, start + r.end, "date", r.deadline, value, start + r.evidence
            )
            mentions.append(mention)
            if r.start_point:
                starts.add(id(mention))

    # 2. weekdays
    for pat in lex.weekday_patterns if not words.isdisjoint(lex.weekdays) else ():
        for m in pat.finditer(sentence):
            if _overlaps(m.span(), taken):
                continue
            g = m.groupdict()
            wd = lex.weekdays.get((g.get("weekday") or "").lower())
            if wd is None:
                continue
            taken.append(m.span())
            is_deadline, ev = marker_via_time(m.start())
            if not is_deadline and post_marked(m.end()):
                is_deadline, ev = True, m.start()
            if g.get("next") or g.get("next2"):
                direction = "future"
            elif g.get("last") or g.get("last2"):
                direction = "past"
            elif g.get("this"):
                direction = "this"
            elif is_deadline:
                direction = "future"
            else:
                # a bare weekday in news is mostly a day gone by ("said on Tuesday")
                direction = tense_near(cues(), m.start(), m.end()) or "past"
            # with a publication date, weekdays count from it; else from the statement
            base = ref if ref_dt is not None else statement_day
            if direction == "this":  # "este lunes": the one of this week, either side
                value_d = _shift(base, (wd - base.weekday() + 3) % 7 - 3)
            elif direction == "future":
                value_d = _shift(base, (wd - base.weekday()) % 7 or 7)
            else:
                value_d = _shift(base, -((base.weekday() - wd) % 7))
            if value_d is None:
                continue
            mention = Mention(
                start + m.start(), start + m.end(), "weekday", is_deadline, value_d, start + ev
            )
            mentions.append(mention)
            if starts_duration(m.start()):
                starts.add(id(mention))

    # 3. relative days
    if lex.relative_days_re is not None and not words.isdisjoint(lex.trigger_words):
        for m in lex.relative_days_re.finditer(sentence):
            rel = m.group("rel")
            if rel is None or _overlaps(m.span(), taken):
                continue
            offset = lex.relative_days.get(re.sub(r"\s+", " ", rel.lower()))
            if offset is None:
                continue
            taken.append(m.span())
            is_deadline, ev = mark_deadline(m.start())
            rel_day = _shift(ref if ref_dt is not None else statement_day, offset)
            if rel_day is not None:
                mentions.append(
                    Mention(
                        start + m.start(),
                        start + m.end(),
                        "relative",
                        is_deadline,
                        rel_day,
                        start + ev,
                    )
                )

    # 4. times: give the nearest date its time of day, or stand alone on the statement day
    for t in times:
        if _overlaps((t.start - start, t.end - start), taken):
            continue
        best: Mention | None = None
        for mention in mentions:
            gap = max(mention.start - t.end, t.start - mention.end)
            between = text[min(mention.end, t.end) : max(mention.start, t.start)]
            if gap > _ATTACH or "," in between or ";" in between:
                continue  # "until midnight Moscow time, as agreed on Sunday": not Sunday's
            if best is None or gap < max(best.start - t.end, t.start - best.end):
                best = mention
        core = t.core - start
        if best is not None and not isinstance(best.value, datetime) and best.value is not None:
            day_value = best.value
            if (
                t.hour == 0
                and t.minute == 0
                and best.kind == "relative"
                and best.value == statement_day
            ):
                day_value = _shift(day_value, 1) or day_value  # "midnight tonight" ends today
            tz = t.tz or _zone_after(sentence, best.end - start, lex) or default_tz
            best.value = datetime.combine(day_value, time(t.hour, t.minute), tzinfo=tz)
            if not best.deadline:
                is_deadline, ev = mark_deadline(core)
                if is_deadline:
                    best.deadline = True
                    best.evidence_start = min(best.evidence_start, start + ev)
                elif starts_duration(core):
                    starts.add(id(best))
            best.start, best.end = min(best.start, t.start), max(best.end, t.end)
            taken.append((t.start - start, t.end - start))
        elif best is None:
            is_deadline, ev = mark_deadline(core)
            if is_deadline:
                tz = t.tz or default_tz
                day_value = statement_day
                if (t.hour, t.minute) == (0, 0):
                    day_value = _shift(statement_day, 1) or statement_day
                value_dt = datetime.combine(day_value, time(t.hour, t.minute), tzinfo=tz)
                mentions.append(Mention(t.start, t.end, "time", True, value_dt, start + ev))
                taken.append((t.start - start, t.end - start))

    # 5. durations count from the statement: a start point, a dated time, the statement day
    instant: datetime | None = None
    for mention in mentions:
        dated = isinstance(mention.value, datetime) and not mention.deadline
        if dated and (instant is None or id(mention) in starts):
            instant = mention.value  # type: ignore[assignment]
    explicit = [x for x in mentions if x.deadline]
    for m in durations:
        if _overlaps(m.span(), taken):
            continue
        g = m.groupdict()
        prep = re.sub(r"\s+", " ", (g.get("prep") or "").lower())
        num = _number(g.get("num") or "", lex)
        unit = lex.units.get((g.get("unit") or "").lower())
        if num is None or unit is None or prep not in lex.duration_deadline_preps:
            continue
        taken.append(m.span())
        if historic:
            continue  # "dio un plazo de 30 días el 4 de agosto", months ago: background
        if lex.duration_relative_re is not None and lex.duration_relative_re.match(
            sentence, m.end()
        ):
            continue  # "within 14 days of it being filed": counts from an unknown event
        if any(abs(x.start - (start + m.start())) <= _NEAR_END for x in explicit):
            continue  # "durante una semana, hasta el 1 de febrero": the end point says it
        before = sentence[max(0, m.start() - 40) : m.start()]
        if prep in lex.duration_length_preps and lex.length_verbs.search(before):
            continue  # "the talks lasted for three days": a length, not a deadline
        start_instant = instant
        if start_instant is None and anchor is None and unit in ("hours", "minutes"):
            start_instant = ref_dt  # "within 72 hours" of publication, to the minute
        value = _duration_end(statement_day, start_instant, num, unit)
        if value is None:
            continue
        mentions.append(
            Mention(start + m.start(), start + m.end(), "duration", True, value, start + m.start())
        )

    kept = [x for x in mentions if id(x) not in starts]
    kept.sort(key=lambda x: x.start)
    return SentenceTemporal(kept, anchor)
