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

from bot.analysis.firstchar import compile_gated
from bot.analysis.lexicon import Lexicon
from bot.analysis.text import LETTERS_RE

_BASE = datetime(2000, 1, 1)  # noqa: DTZ001 - a fixed, leap-year base so "29 de febrero" parses
_SETTINGS = {"RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first"}
_WINDOW = 100  # characters around a date searched for the verb whose tense picks its year
_PAST_SLACK = 7  # a "past" date may fall this many days after the reference (a loose tense cue)
_ANCHOR_DAYS = 31  # with a publication date, an earlier statement date must be this recent
_ATTACH = 45  # a time this close to a date gives that date its time of day
_MAX_MENTIONS = 64  # temporal spans looked at per sentence
_NEAR_END = 80  # a duration this close to an explicit end point is the same deadline
_MARKER_REACH = 60  # characters before a date searched for a deadline marker
_RESCHEDULE_REACH = 140  # characters before a date searched for a rescheduled event
_OFF_REACH = 40  # characters after a date searched for a measure called off
_RANGE_GAP = 30  # at most this between a measure's date and the end of its range
# Numbers that can be part of a date or time; bare figures ("40 millones", "94%") are not.
# (The shared leading digit is factored out: re then jumps from digit to digit.)
_DATE_NUMBER = compile_gated(r"\d(?:[:/.-]\d|\d{3}|\s*(?:a\.?m|p\.?m|h\b))", re.IGNORECASE)
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


def _duration_end(day: date, instant: datetime | None, num: int, unit: str) -> date | datetime | None:
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
    low = max(0, pos - _MARKER_REACH)
    m = lex.deadline_marker_re.search(sentence, low, pos)
    if not m:
        return None
    return m.start() + (1 if m.group()[:1] and not m.group()[0].isalnum() else 0)


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
                # "midnight on Sunday" is the end of Sunday; "00:00 on Sunday" its start
                next_day = (hour, minute) == (0, 0)
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
            times.append(_Time(base + m.start(), base + m.end(), base + core, hour, minute, tz, next_day))
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
    tentative: bool = False  # a measure reported in the past: a deadline only if still ahead


def _zone_after(sentence: str, pos: int, lex: Lexicon) -> tzinfo | None:
    """Return a zone named right after a date ("…4 de febrero, hora de Moscú")."""
    tail = sentence[pos : pos + 40]
    for pat in lex.zone_suffixes:
        m = pat.match(tail)
        if m and m.groupdict().get("zone"):
            return _zone(lex.zones.get(re.sub(r"\s+", " ", m.group("zone").lower()), ""))
    return None


class _SentenceScan:
    """The temporal mentions of one sentence, found step by step (see `extract`)."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        lex: Lexicon,
        ref: date,
        ref_dt: datetime | None,
        default_tz: tzinfo,
    ) -> None:
        self.text, self.start, self.lex = text, start, lex
        self.sentence = text[start:end]
        self.ref, self.ref_dt, self.default_tz = ref, ref_dt, default_tz
        self.words = set(LETTERS_RE.findall(self.sentence.lower()))
        self.has_digit = _DIGIT.search(self.sentence) is not None
        self.mentions: list[Mention] = []
        self.starts: set[int] = set()  # ids of mentions that start a duration ("desde el domingo")
        self.taken: list[tuple[int, int]] = []
        self._cues: list[tuple[int, int, str]] | None = None
        self.durations: list[re.Match[str]] = []
        self.times: list[_Time] = []
        self.measure_hit = False  # the last mark_deadline found a threatened measure
        self.allow_tentative = False  # explicit dates may take a measure reported in the past
        self.tentative = False  # ...and the last one did: kept only if its date is ahead
        self.measure_ends: list[int] = []  # where dates of threatened measures end
        self.range_ends: set[int] = set()  # where dates that end a measure's range start

    def prepare(self) -> None:
        """Find the durations and times of day once, for the steps that use them."""
        lex = self.lex
        # A start point ("desde el domingo", "took effect at") only matters with a duration.
        if not self.words.isdisjoint(lex.units):
            self.durations = [m for p in lex.duration_patterns for m in p.finditer(self.sentence)]
        # Each family of patterns runs only where its words or digits occur.
        if self.has_digit or not self.words.isdisjoint(lex.special_times):
            self.times = _find_times(self.sentence, self.start, lex)

    def full(self) -> bool:
        """Tell whether the sentence already gave as many mentions as one can hold.

        A real sentence names a handful of dates; a pasted table or junk line can name
        thousands, and overlap checks against all of them would grow quadratically.
        """
        return len(self.taken) >= _MAX_MENTIONS

    def worth_scanning(self) -> bool:
        """Tell whether the sentence has a date-like number or a month, weekday or unit word."""
        return bool(_DATE_NUMBER.search(self.sentence)) or not self.lex.trigger_words.isdisjoint(self.words)

    def tense(self, pos: int, end: int) -> str | None:
        if self._cues is None:
            self._cues = tense_cues(self.sentence, self.lex)
        return tense_near(self._cues, pos, end)

    def mark_deadline(self, pos: int) -> tuple[bool, int]:
        """Return whether a marker right before `pos` makes a deadline, and where it starts."""
        lex, sentence = self.lex, self.sentence
        if lex.rescheduled_events is not None and lex.rescheduled_events.search(
            sentence, max(0, pos - _RESCHEDULE_REACH), pos
        ):
            return False, pos  # "the talks were postponed until Feb. 11": a meeting, moved
        m_start = _deadline_before(sentence, pos, lex)
        if m_start is not None:
            return True, m_start
        # "la huelga convocada para el 12 de febrero": a threatened measure takes effect
        self.measure_hit = self.tentative = False
        if lex.measure_words is not None and lex.measure_marker_re is not None:
            window = sentence[max(0, pos - 80) : pos]
            marker = lex.measure_marker_re.search(window)
            if (
                marker
                and lex.measure_words.search(window[: marker.start() + 1])
                and not (lex.measure_past is not None and lex.measure_past.search(window))
            ):
                # "convocó huelga para el 2 de febrero": a past report of a measure still ahead
                # (an explicit date says which); "the strike on Monday paralysed ports": over
                past = self.tense(pos, pos) == "past"
                if not past or self.allow_tentative:
                    self.measure_hit, self.tentative = True, past
                    return True, max(0, pos - 80) + marker.start() + (1 if marker.start() else 0)
        return False, pos

    def marker_via_time(self, pos: int) -> tuple[bool, int]:
        """A marker before a date, or before the time that leads into it ("a partir de las
        00:00 del viernes 6")."""
        found = self.mark_deadline(pos)
        if found[0]:
            return found
        for t in self.times:
            gap = self.sentence[t.end - self.start : pos]
            if 0 <= pos - (t.end - self.start) <= 12 and not re.search(r"[,;]", gap):
                return self.mark_deadline(t.core - self.start)
        return found

    def deadline_at(self, m: re.Match[str]) -> tuple[bool, int]:
        """A marker before the match (or its leading time), or a deadline word after it."""
        lex, sentence = self.lex, self.sentence
        if lex.range_connector_re is not None and any(
            0 <= m.start() - e <= _RANGE_GAP and lex.range_connector_re.match(sentence[e : m.start()])
            for e in self.measure_ends
        ):
            self.range_ends.add(self.start + m.start())
            return False, m.start()  # "strike from Monday through Wednesday": the range's end
        is_deadline, ev = self.marker_via_time(m.start())
        measure = is_deadline and self.measure_hit
        if not is_deadline and any(p.match(sentence, m.end()) for p in lex.deadline_post):
            return True, m.start()
        after = sentence[m.end() : m.end() + _OFF_REACH]
        if is_deadline and lex.measure_off is not None and lex.measure_off.match(after):
            return False, m.start()  # "la huelga, prevista para el martes, queda aplazada"
        if is_deadline and lex.event_post is not None and lex.event_post.match(after):
            return False, m.start()  # "before the Feb. 1 vote": a scheduled event
        if measure:
            self.measure_ends.append(m.end())
        return is_deadline, ev

    def starts_duration(self, pos: int) -> bool:
        return self._start_marker(pos) is not None

    def _start_marker(self, pos: int) -> re.Match[str] | None:
        if self.lex.duration_start_re is None or not self.durations:
            return None
        return self.lex.duration_start_re.search(self.sentence, max(0, pos - 30), pos)

    def start_direction(self, pos: int) -> str | None:
        """For a weekday that starts a duration (directly or through the time before it):
        "past" after a past-tense start ("took effect on Monday"), else "near" ("a truce
        starting Saturday"); None when it starts nothing."""
        marker = self._start_marker(pos)
        if marker is None:
            for t in self.times:
                t_end = t.end - self.start
                if 0 <= pos - t_end <= 12 and not re.search(r"[,;]", self.sentence[t_end:pos]):
                    marker = self._start_marker(t.core - self.start)
                    break
        if marker is None:
            return None
        past = any(p.search(marker.group()) for p in self.lex.past_tense)
        return "past" if past else "near"

    def add(self, mention: Mention, *, start_point: bool = False) -> None:
        self.mentions.append(mention)
        if start_point:
            self.starts.add(id(mention))

    def explicit_dates(self) -> list[_RawDate]:
        """Step 1: explicit dates, unresolved (a missing year or month is chosen later)."""
        lex, sentence = self.lex, self.sentence
        raw: list[_RawDate] = []
        have = {
            "month": not self.words.isdisjoint(lex.months),
            "weekday": not self.words.isdisjoint(lex.weekdays),
        }
        for pat, needs in lex.date_patterns if self.has_digit else ():
            if needs is not None and not have[needs]:
                continue
            for m in pat.finditer(sentence):
                if self.full() or _overlaps(m.span(), self.taken):
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
                self.taken.append(m.span())
                self.allow_tentative = True
                is_deadline, ev = self.deadline_at(m)
                self.allow_tentative = False
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
                        self.starts_duration(m.start()),
                        is_deadline and self.tentative,
                    )
                )
        for r in raw:
            if r.tentative:
                ahead = _resolve(r, self.ref, "near")
                if ahead is None or ahead < self.ref:
                    r.deadline, r.evidence = False, r.start  # "struck on June 8": over
        return raw

    def statement_anchor(self, raw: list[_RawDate]) -> tuple[date | None, bool]:
        """Return the statement date (the first explicit, non-deadline date in a past-tense
        context) and whether the sentence is background (that date is long before
        publication)."""
        anchor: date | None = None
        for r in raw:
            if not r.deadline and not r.start_point and self.tense(r.start, r.end) == "past":
                anchor = _resolve(r, self.ref, "past")
                break
        if anchor is not None and self.ref_dt is not None:
            age = (self.ref - anchor).days
            if age > _ANCHOR_DAYS:
                return None, True  # long before publication: background, not this report
            if age < 0:
                return None, False  # after publication: not the date of this report
        return anchor, False

    def resolve_dates(self, raw: list[_RawDate], statement_day: date, past_default: bool) -> None:
        """Step 2: give each explicit date its year (and month) from tense and context."""
        for r in raw:
            if r.deadline or r.start_point:
                value = _resolve(r, statement_day, "near")
            else:
                tense = self.tense(r.start, r.end)
                if tense == "past" or (tense is None and past_default):
                    value = _resolve(r, self.ref, "past")
                elif tense == "future":
                    value = _resolve(r, statement_day, "future")
                else:
                    value = _resolve(r, self.ref, "near")
            if value is not None:
                s = self.start
                mention = Mention(s + r.start, s + r.end, "date", r.deadline, value, s + r.evidence)
                self.add(mention, start_point=r.start_point)

    def weekdays(self, base: date) -> None:
        """Step 3: weekdays, counted from `base` in the direction their words or tense give."""
        lex = self.lex
        for pat in lex.weekday_patterns if not self.words.isdisjoint(lex.weekdays) else ():
            for m in pat.finditer(self.sentence):
                if self.full() or _overlaps(m.span(), self.taken):
                    continue
                g = m.groupdict()
                wd = lex.weekdays.get((g.get("weekday") or "").lower())
                if wd is None:
                    continue
                self.taken.append(m.span())
                is_deadline, ev = self.deadline_at(m)
                if g.get("next") or g.get("next2"):
                    direction = "future"
                elif g.get("last") or g.get("last2"):
                    direction = "past"
                elif g.get("this"):
                    direction = "this"
                elif is_deadline:
                    direction = "future"
                elif (start := self.start_direction(m.start())) is not None:
                    direction = start
                else:
                    # a bare weekday in news is mostly a day gone by ("said on Tuesday")
                    direction = self.tense(m.start(), m.end()) or "past"
                if direction in ("this", "near"):  # "este lunes": the one of this week, either side
                    value = _shift(base, (wd - base.weekday() + 3) % 7 - 3)
                elif direction == "future":
                    value = _shift(base, (wd - base.weekday()) % 7 or 7)
                else:
                    value = _shift(base, -((base.weekday() - wd) % 7))
                if value is not None:
                    s = self.start
                    mention = Mention(s + m.start(), s + m.end(), "weekday", is_deadline, value, s + ev)
                    self.add(mention, start_point=self.starts_duration(m.start()))

    def relative_days(self, base: date) -> None:
        """Step 4: "mañana", "yesterday", "tonight", counted from `base`."""
        lex = self.lex
        if lex.relative_days_re is None or self.words.isdisjoint(lex.trigger_words):
            return
        for m in lex.relative_days_re.finditer(self.sentence):
            rel = m.group("rel")
            if rel is None or self.full() or _overlaps(m.span(), self.taken):
                continue
            offset = lex.relative_days.get(re.sub(r"\s+", " ", rel.lower()))
            if offset is None:
                continue
            self.taken.append(m.span())
            is_deadline, ev = self.mark_deadline(m.start())
            value = _shift(base, offset)
            if value is not None:
                s = self.start
                self.add(Mention(s + m.start(), s + m.end(), "relative", is_deadline, value, s + ev))

    def period_ends(self, base: date) -> None:
        """Step 4b: "by the end of the month", "antes de que termine febrero": deadlines only."""
        lex = self.lex
        for pat in lex.period_end_patterns:
            for m in pat.finditer(self.sentence):
                if self.full() or _overlaps(m.span(), self.taken):
                    continue
                is_deadline, ev = self.mark_deadline(m.start())
                if not is_deadline:
                    continue  # a month or year alone is neither an event nor a deadline
                g = m.groupdict()
                value = _period_end(
                    lex.periods.get((g.get("period") or "").lower()), g.get("month"), base, lex
                )
                if value is None:
                    continue
                self.taken.append(m.span())
                s = self.start
                self.add(Mention(s + m.start(), s + m.end(), "period", True, value, s + ev))

    def times_of_day(self, statement_day: date) -> None:
        """Step 5: give the nearest date its time of day, or stand alone on the statement day."""
        s = self.start
        for t in self.times:
            if self.full() or _overlaps((t.start - s, t.end - s), self.taken):
                continue
            best: Mention | None = None
            for mention in self.mentions:
                gap = max(mention.start - t.end, t.start - mention.end)
                between = self.text[min(mention.end, t.end) : max(mention.start, t.start)]
                if gap > _ATTACH or "," in between or ";" in between:
                    continue  # "until midnight Moscow time, as agreed on Sunday": not Sunday's
                if best is None or gap < max(best.start - t.end, t.start - best.end):
                    best = mention
            core = t.core - s
            if best is not None and not isinstance(best.value, datetime) and best.value is not None:
                day_value = best.value
                midnight = (t.hour, t.minute) == (0, 0)
                tonight = midnight and best.kind == "relative" and best.value == statement_day
                if t.next_day or tonight:
                    day_value = _shift(day_value, 1) or day_value  # "midnight on Sunday" ends Sunday
                tz = t.tz or _zone_after(self.sentence, best.end - s, self.lex) or self.default_tz
                best.value = datetime.combine(day_value, time(t.hour, t.minute), tzinfo=tz)
                if not best.deadline and best.start not in self.range_ends:
                    is_deadline, ev = self.mark_deadline(core)
                    if is_deadline:
                        best.deadline = True
                        best.evidence_start = min(best.evidence_start, s + ev)
                    elif self.starts_duration(core):
                        self.starts.add(id(best))
                best.start, best.end = min(best.start, t.start), max(best.end, t.end)
                self.taken.append((t.start - s, t.end - s))
            elif best is None and self._same_day(t.end - s):
                # "…a las 00:01 hora de Washington de ese día": the time of a deadline named
                # before; the engine gives it to that deadline (the date here is a stand-in)
                value = datetime.combine(
                    statement_day, time(t.hour, t.minute), tzinfo=t.tz or self.default_tz
                )
                self.add(Mention(t.start, t.end, "same_day", True, value, t.start))
                self.taken.append((t.start - s, t.end - s))
            elif best is None:
                is_deadline, ev = self.mark_deadline(core)
                if is_deadline:
                    day_value = statement_day
                    if (t.hour, t.minute) == (0, 0):
                        day_value = _shift(statement_day, 1) or statement_day
                    tz = t.tz or self.default_tz
                    value = datetime.combine(day_value, time(t.hour, t.minute), tzinfo=tz)
                    self.add(Mention(t.start, t.end, "time", True, value, s + ev))
                    self.taken.append((t.start - s, t.end - s))

    def _same_day(self, pos: int) -> bool:
        """Tell whether "that day" follows a time ("…hora de Washington\" de ese día")."""
        anaphor = self.lex.same_day_anaphors
        return anaphor is not None and anaphor.match(self.sentence[pos : pos + 40]) is not None

    def durations_from(self, statement_day: date, anchor: date | None, historic: bool) -> None:
        """Step 6: durations, counted from a start point, a dated time or the statement day."""
        lex, s = self.lex, self.start
        instant: datetime | None = None
        for mention in self.mentions:
            value = mention.value
            first_or_start = instant is None or id(mention) in self.starts
            if isinstance(value, datetime) and not mention.deadline and first_or_start:
                instant = value
        explicit = [x for x in self.mentions if x.deadline]
        for m in self.durations:
            if self.full() or _overlaps(m.span(), self.taken):
                continue
            g = m.groupdict()
            prep = re.sub(r"\s+", " ", (g.get("prep") or "").lower())
            num = _number(g.get("num") or "", lex)
            unit = lex.units.get((g.get("unit") or "").lower())
            if num is None or unit is None or prep not in lex.duration_deadline_preps:
                continue
            if prep in lex.duration_future_preps and self.tense(m.start(), m.end()) != "future":
                continue  # "in two weeks" counts only ahead ("will walk out in 10 days")
            self.taken.append(m.span())
            if historic:
                continue  # "dio un plazo de 30 días el 4 de agosto", months ago: background
            if lex.duration_relative_re is not None and lex.duration_relative_re.match(
                self.sentence, m.end()
            ):
                continue  # "within 14 days of it being filed": counts from an unknown event
            if any(abs(x.start - (s + m.start())) <= _NEAR_END for x in explicit):
                continue  # "durante una semana, hasta el 1 de febrero": the end point says it
            before = self.sentence[max(0, m.start() - 40) : m.start()]
            if prep in lex.duration_length_preps and lex.length_verbs.search(before):
                continue  # "the talks lasted for three days": a length, not a deadline
            start_instant = instant
            if start_instant is None and anchor is None and unit in ("hours", "minutes"):
                start_instant = self.ref_dt  # "within 72 hours" of publication, to the minute
            value = _duration_end(statement_day, start_instant, num, unit)
            if value is not None:
                self.add(Mention(s + m.start(), s + m.end(), "duration", True, value, s + m.start()))

    def result(self, anchor: date | None) -> SentenceTemporal:
        kept = sorted((x for x in self.mentions if id(x) not in self.starts), key=lambda x: x.start)
        return SentenceTemporal(kept, anchor)


def _period_end(period: str | None, month_word: str | None, base: date, lex: Lexicon) -> date | None:
    """Return the last day of a period counted from `base` (a work week ends on Friday)."""
    try:
        if month_word:
            month = lex.months.get(month_word.lower().rstrip("."), 0)
            if not month:
                return None
            year = base.year + (1 if month < base.month else 0)
            return date(year, month, calendar.monthrange(year, month)[1])
        if period == "week":
            friday = 4 if base.weekday() < 4 else 6
            return base + timedelta(days=friday - base.weekday())
        if period == "month":
            return date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
        if period == "year":
            return date(base.year, 12, 31)
    except (OverflowError, ValueError):
        return None
    return None


def _resolve(r: _RawDate, ref_day: date, mode: str) -> date | None:
    """Resolve an explicit date, choosing a missing month or year by `mode` around ref_day."""
    if r.month == 0:
        return pick_month(r.day, r.weekday, ref_day, mode)
    if r.year:
        return _valid(r.year, r.month, r.day)
    return pick_year(r.month, r.day, ref_day, mode)


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
    scan = _SentenceScan(text, start, end, lex, ref, ref_dt, default_tz)
    if not scan.worth_scanning():
        return SentenceTemporal([], None)
    scan.prepare()
    raw = scan.explicit_dates()
    anchor, historic = scan.statement_anchor(raw)
    statement_day = anchor or (ref if ref_dt is not None else carried_anchor or ref)
    scan.resolve_dates(raw, statement_day, past_default)
    # with a publication date, weekdays and relative days count from it; else from the statement
    base = ref if ref_dt is not None else statement_day
    scan.weekdays(base)
    scan.relative_days(base)
    scan.period_ends(base)
    scan.times_of_day(statement_day)
    scan.durations_from(statement_day, anchor, historic)
    return scan.result(anchor)
