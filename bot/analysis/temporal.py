"""Find dates, times and durations in a sentence; resolve them; tell deadlines from events.

Spans are found with the language's own patterns (data file); an explicit date span is then
read as dateparser reads it (its usual forms here, any other by dateparser), cached per span
(dateparser costs ~1 ms a call, and its `search_dates` over a whole article is what this
module avoids). Year choice, weekdays, relative days, durations and times are resolved here
by hand: they depend on the statement's date, which dateparser knows nothing about, and a
per-anchor call would defeat the cache.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser

from bot.analysis.firstchar import compile_gated
from bot.analysis.lexicon import Lexicon, load_lexicon
from bot.analysis.text import LETTERS_RE

_BASE = datetime(2000, 1, 1)  # noqa: DTZ001 - a fixed, leap-year base so "29 de febrero" parses
_SETTINGS = {"RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first"}
_WINDOW = 100  # characters around a date searched for the verb whose tense picks its year
_PAST_SLACK = 7  # a "past" date may fall this many days after the reference (a loose tense cue)
_ANCHOR_DAYS = 31  # with a publication date, an earlier statement date must be this recent
_REQUEST_REACH = 100  # characters before a duration searched for a request verb
_TAIL_REACH = 80  # characters after a duration searched for the event it counts from
_REPORT_REACH = 120  # characters before a deadline marker searched for a reported-speech verb
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,)\u2014\u2013]|--|\s-\s|[.;]?\s*$)")
_LEADING_COMMA = re.compile(r"\s*,\s*")
# units counted as days: a fortnight is 14, "una quincena" 15 (Spanish usage)
_SPAN_DAYS = {"fortnights": 14, "fortnights_15": 15}
_POSSESSIVE = re.compile(r"['’]s\s")
_OWNED_REACH = 60  # characters before a weekday searched for the count whose act it owns
# the words that tie a duration to what it counts from ("of", "desde", "a partir del", "en los
# diez días siguientes a")
_TIE_PREPS = (
    r"(?:of|after|from|since|following|de|desde|tras|después\s+del?|a\s+partir\s+del?"
    r"|(?:siguientes|posteriores)\s+al?)\s+"
)
# the start of a duration's tie up to its noun, past an article and one adjective ("of the
# cut-off", "desde el nuevo cierre"): where a due's noun (`due_ties`) may stand
_TIE_HEAD = re.compile(
    rf"\W*{_TIE_PREPS}"
    r"(?:(?:the|its|their|la|el|su|sus)\s+)?(?:(?:new|original|nuevo|nueva)\s+)?",
    re.IGNORECASE,
)
# ... and the same after "siguientes al" ("en los diez días siguientes al cierre del plazo")
_DUE_TIE_HEAD = re.compile(
    rf"\W*(?:{_TIE_PREPS}|(?:siguientes|posteriores)\s+al?\s+)"
    r"(?:(?:the|its|their|la|el|su|sus)\s+)?(?:(?:new|original|nuevo|nueva)\s+)?",
    re.IGNORECASE,
)
# the word of an act right before "that night" / "esa noche", a participle between ("the decision taken
# that evening"): its day is the one told last before it
_SAME_DAY_AFTER_ACT = re.compile(
    r"[^\W\d_]*(?:\s+[^\W\d_]+(?:ed|en|ad[oa]|id[oa]))?[\s,]+(?:(?:later\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)|"
    r"the\s+same\s+(?:day|night|evening)|(?:es[ea]|aquel(?:la)?)\s+(?:mism[oa]\s+)?(?:día|noche|tarde|mañana)|"
    r"el\s+mismo\s+día)\b",
    re.IGNORECASE,
)
_TIMED_TIE = 25  # at most this between a duration and a time of day its tie names its act by
_NO_DUE = date.min  # a duration tied to a due ("of the closing date") when none was named
_OWN_START_GAP = 30  # characters between a duration and the start point that follows it
_GRANT_AHEAD = 300  # days: a granted limit this far ahead ...
_GRANT_GONE = 60  # ... whose day went by at most this many days ago is recalled, gone by
_OWN_NOUN = 20  # characters after a duration its own noun may take ("grace period that began")
_DATED_NOUN_GAP = 60  # characters between an event noun and the date its sentence gives it
_STATED_DAYS = 7  # a weekday or "ayer" that dates a report is within the week before publication
_ATTACH = 45  # a time this close to a date gives that date its time of day
_MAX_MENTIONS = 64  # temporal spans looked at per sentence
_NEAR_END = 80  # a duration this close to an explicit end point is the same deadline
_MARKER_REACH = 90  # characters before a date searched for a deadline marker
# ... for the deadline noun whose expiry it dates (the link itself stops at a clause word or a comma:
# "The 48-hour deadline the Regional Environment Institute (IRMA) gave … expired at 9 a.m. on Saturday")
_EXPIRY_REACH = 180
# Characters between a granted count and the weekday its start marker dates (" desde el ", " from ").
_GRANT_GAP = 16
# How far before a count "from that day" / "desde ese día" may open its clause (" and from that day firms
# will have …").
_THAT_REACH = 80
# How far after a day its own past verb may start, a short subject between ("el pasado martes dio",
# "on Wednesday the mediator gave").
_VERB_AFTER_DAY = 24
# What may stand between a day and its own verb: words, no punctuation and no word that opens another
# clause ("the ballot opens on Tuesday and the walkout pencilled in", "on Thursday morning and that he").
_OWN_VERB_GAP = re.compile(
    r"(?:\s*(?!(?:and|or|but|that|which|who|y|e|o|pero|que|quien|cuando|when|morning|afternoon|evening|night|mañana|tarde|noche|mediodía|a)\b)[\w'’]+)*\s*",
    re.IGNORECASE,
)
# What may open a clause before a fronted date ("El miércoles vencía el primer plazo", "11:05 On Friday the
# deadline expired"): punctuation, a live blog's time, a determiner or "on".
_CLAUSE_OPEN = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:el|la|on)?\s*$", re.IGNORECASE)
# Right after a week counted from today ("a week today"): "since" counts it back ("It is a week today
# since the mine flooded"), not ahead.
_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
_REFERENCE_REACH = 70  # ... for the words that make it a deadline recalled as another act's reference
_LIVE_REACH = 120  # ... for talks held before it (a live deadline)
_WORD = re.compile(r"\w+")
_LONG_MARKER_REACH = 140  # ... for one that ends right before it (an extension's verb, its object, 'to')
_RESCHEDULE_REACH = 140  # characters before a date searched for a rescheduled event
_QUESTION_REACH = 240  # characters before an answer searched for the question it answers
# a bare answer's lead before its date ("On", "A: By", "El"): an optional Q&A tag and two short words
_ANSWER_LEAD = re.compile(r"\s*(?:[A-Za-z]{1,9}\s*[:\u2014\u2013-]\s*)?(?:[^\W\d]{1,6}\s+){0,2}", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*$")
_OFF_REACH = 40  # characters after a date searched for a measure called off
_OPENING_GAP = re.compile(r"[\W\d]*")  # before a sentence's first word (a quote, a dash, a time stamp)
_OWN_DAY_HEAD = re.compile(r"\w+\.?")  # the words right after a measure word, one of them its own day
_OWN_DAY_REACH = 16  # characters after a measure word searched for its own day
_CANCEL_REACH = 160  # characters before a date searched for the verb that called its measure off
_CONDITION_REACH = 100  # at most this between an "if" and a deadline that is its condition
_PENALTY_REACH = 90  # characters after a cut-off searched for the penalty its clause sets
_PENALTY_CUT = re.compile(r"[,;:!?]\s|\.\s+(?=[A-ZÁÉÍÓÚÑ¿¡])|\n")  # its clause's end, not "p.m. on"
_PROPOSAL_REACH = 160  # characters before a date searched for who proposed or asked for it
_AUTHORITY_REACH = 80  # characters before a request verb searched for an authority asking
_TAKEOVER_GAP = 12  # at most this between a joiner and the past verb of the clause it opens
_ADJUNCT_MARKER = 12  # at most this between a comma and a date: the date is the clause's adjunct
_POST_EXTEND = 12  # at most this between a date and the extension cue of the deadline it names
_RANGE_GAP = 45  # at most this between a measure's date and the end of its range
# Numbers that can be part of a date or time; bare figures ("40 millones", "94%") are not.
# (The shared leading digit is factored out: re then jumps from digit to digit.)
_DATE_NUMBER = compile_gated(r"\d(?:[:/.-]\d|\d{3}|\s*(?:a\.?m|p\.?m|h\b))", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:h\s*)?[-\u2014\u2013]\s")  # "11:40 — ", a live blog's entry
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*$")
_UTC_WORD = re.compile(r"\b(?:GMT|UTC)\b")
_LOCAL_TAIL = re.compile(r"(?:\blocal\s+time|\b[A-Z][\w-]+\s+time|\bhora\s+(?:local|de\s+[A-Z][\w-]+))\s*$")
# between a local time and its UTC conversion: "local time (", "on Friday, Belterra time (", "hora local ("
_LOCAL_CONVERSION = re.compile(
    r"(?:\s+(?:on|del?|el)\s+[^,()\[\]]{1,30}?)?"  # a date between ("00:00 on Friday, Belterra time (")
    r"\s*,?\s*(?:(?:local|[A-Z][\w-]+)\s+time|hora\s+(?:local|de\s+[A-Z][\w-]+))\s*[(\[]\s*",
    re.UNICODE,
)
_CLAUSE_END = re.compile(r"[,;:.!?]\s")
_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")
_WEEKDAY_YEAR_REACH = 183  # days from the reference a weekday may pick a date's year (not a slip's year away)
_ACRONYM = re.compile(r"\b[A-ZÁÉÍÓÚÑ]{2,8}\b")
_ACRONYM_REACH = 80  # characters before an acronym's bracketed first use searched for its authority word
_FULL_NAME = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s+)(?:(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|de|del|la|las|los|y|e|of|the|for|and|on)\s+){0,10}$"
)
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
# what may follow a deadline noun before the comma of a participle that describes it ("el plazo
# de presentación de ofertas, fijado para"): nothing, or its prepositional complement
_NOUN_TAIL = re.compile(r"(?:\s+(?:de|del|para|of|for|to|on)\s[^,;]{0,40})?", re.IGNORECASE)
_NOUN_DAY_REACH = 100  # characters after an event noun searched for the day it is named with
_SENTENCE_TAIL = re.compile(r"[\s\"”»')]*")
_BARE_COMMA = re.compile(r"\s*,\s*(?:at\s+|a\s+)?", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^()]{0,20}\)")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
# the event a duration counts from: "(of|from) the signing", "desde la notificación"
_TIE_NOUN = re.compile(
    rf"\b{_TIE_PREPS}"
    # a gerund before the noun ("of receiving notice", "of signing the deal") is skipped
    r"(?:(that|this|esa|ese|esta|este|dicha|dicho)\s+\w+|"
    r"(?:[^\W\d_]+ing\s+(?=(?:the|its|their|his|her)\s|(?!being\b)[^\W\d_]{4,}\b))?"
    r"(?:(?:the|its|their|his|her|la|el|su|sus|los|las)\s+)?"
    r"(?!(?:it|being|receiving|the|a|an)\b)([^\W\d_]{4,}))",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mention:
    """A temporal expression in a sentence, with absolute offsets into the article."""

    start: int
    end: int
    kind: str  # "date", "weekday", "relative", "duration", "time"
    deadline: bool
    value: date | datetime | None = None
    evidence_start: int = 0
    # a duration tied to an event its article has not dated yet ("veinte días desde la
    # notificación"): the event noun's first letters, the count and the unit, for a later
    # sentence that dates it ("La notificación llegó este jueves")
    tie: tuple[str, int, str, bool] | None = None  # ..., and whether it stands only if dated later
    # an hour count whose act no time of its own dates: its start day, count and unit, for the
    # next sentence that times the act ("The ruling was served on the department at 1 p.m.")
    count: tuple[date, int, str] | None = None
    # the day a deadline noun was told to run out ("El jueves vencía el segundo plazo"): a report's
    # deadline, never the writer's horizon, though a weekday
    expiry: bool = False


@dataclass(slots=True)
class _Time:
    start: int
    end: int
    core: int  # where the hour itself starts, after any preposition in the match
    hour: int
    minute: int
    tz: tzinfo | None
    next_day: bool = False
    converted: bool = False  # its offset comes from a UTC time in brackets after a "local time"


# The usual date spans, in the forms dateparser reads as just the day, month and year they
# name ("march 3", "3rd of march, 2027", "3 de marzo de 2027"; single spaces, a year from 1900
# to 2099); {month} is the language's month words. Such a span is read here: dateparser costs
# ~1 ms a span, most of the temporal pass on new text. Checked against dateparser on every
# month word, day and form (tests/analysis/test_plain_dates.py); a language not listed, or
# any other form (ranges, "10/12", "1º de mayo", which dateparser does not read), goes to it.
_PLAIN_DAY = "0?[1-9]|[12][0-9]|3[01]"  # a day past 31 dateparser reads as a year ("march 32")
_PLAIN_YEAR = "(?:19|20)[0-9][0-9]"
_PLAIN_SPANS = {
    "en": rf"(?:(?P<month>{{month}})\.? (?P<day>{_PLAIN_DAY})(?:st|nd|rd|th)?"
    rf"|(?P<day2>{_PLAIN_DAY})(?:st|nd|rd|th)? (?:of )?(?P<month2>{{month}})\.?)"
    rf"(?:,? (?P<year>{_PLAIN_YEAR}))?",
    "es": rf"(?P<day>{_PLAIN_DAY}) de (?P<month>{{month}})(?: del? (?P<year>{_PLAIN_YEAR}))?",
}


@cache
def _plain_span_re(code: str) -> re.Pattern[str] | None:
    """Compile a language's plain date span, or None for a language with none listed."""
    shape = _PLAIN_SPANS.get(code)
    if shape is None:
        return None
    months = "|".join(map(re.escape, sorted(load_lexicon(code).months, key=len, reverse=True)))
    return re.compile(shape.replace("{month}", f"(?:{months})"))


@lru_cache(maxsize=8192)
def _parse_span(span: str, lang: str) -> tuple[int, int, int] | None:
    """Parse an explicit date span (lower-cased) as dateparser does; (year, month, day)."""
    plain = _plain_span_re(lang)
    m = plain.fullmatch(span) if plain is not None else None
    if m is None:
        return _dateparser_span(span, lang)
    day, month, year = m["day"] or m["day2"], m["month"] or m["month2"], m["year"]
    # dateparser's missing year is RELATIVE_BASE's (a leap year: "29 de febrero" parses)
    found = (int(year) if year else _BASE.year, load_lexicon(lang).months[month], int(day))
    return found if _valid(*found) is not None else None


def _dateparser_span(span: str, lang: str) -> tuple[int, int, int] | None:
    """Parse a date span with dateparser; (year, month, day)."""
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


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(year: int, month: int, day: int) -> date | None:
    # the month's length as calendar.monthrange gives it, without the weekday it also works out
    if 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year)):
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
    """Return the tense of the cue nearest before a span (within reach), else nearest after;
    of two cues ending at one place the longer wins ("will be adopted", not "adopted")."""
    best: tuple[int, int, str] | None = None
    for c_start, c_end, mode in cues:
        if c_end <= pos and c_start >= pos - _WINDOW and (best is None or (c_end, -c_start) > best[:2]):
            best = (c_end, -c_start, mode)
    if best is not None:
        return best[2]
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


def _add_business_days(day: date, num: int) -> date:
    """Add working days, Monday to Friday ("diez días hábiles"); holidays are not known."""
    if day.weekday() > 4:
        day -= timedelta(days=day.weekday() - 4)  # counting from a weekend day is from Friday
    weeks, rest = divmod(num, 5)
    end = day + timedelta(weeks=weeks)
    while rest:
        end += timedelta(days=1)
        if end.weekday() < 5:
            rest -= 1
    return end


def day_of(value: date | datetime) -> date:
    """Return the day of a due or date, whether or not it carries a time."""
    return value.date() if isinstance(value, datetime) else value


def _lead_start(day: date, num: int, unit: str) -> date | None:
    """Return the day `num` `unit`s before `day` (working days skip weekends; None on overflow)."""
    try:
        if unit == "business_days":
            while num:
                day -= timedelta(days=1)
                if day.weekday() < 5:
                    num -= 1
            return day
        if unit in ("months", "years"):
            return _add_months(day, -(num if unit == "months" else 12 * num))
        if unit in ("hours", "minutes"):
            return None  # an hour count back from a bare day names no day
        days = {"days": 1, "weeks": 7}.get(unit)
        return day - timedelta(days=num * days) if days is not None else None
    except (OverflowError, ValueError):
        return None


def _duration_end(day: date, instant: datetime | None, num: int, unit: str) -> date | datetime | None:
    """Return when a duration of `num` `unit`s from the statement ends (None on overflow)."""
    try:
        if unit == "business_days":
            return _add_business_days(day, num)
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
    # a marker may be long ("extended the registration deadline for small landlords, those with no
    # more than two rented flats, to"): it must still end right before `pos`
    low = max(0, pos - _LONG_MARKER_REACH)
    m = lex.deadline_marker_re.search(sentence, low, pos)
    if not m:
        return None
    # the shortest marker is the evidence ("until", not "extended its pause … until")
    while (shorter := lex.deadline_marker_re.search(sentence, m.start() + 1, pos)) is not None:
        m = shorter
    return m.start() + (1 if m.group()[:1] and not m.group()[0].isalnum() else 0)


def _find_times(sentence: str, base: int, lex: Lexicon) -> list[_Time]:
    times: list[_Time] = []
    taken: list[tuple[int, int]] = []
    for pat in lex.time_patterns.active(sentence):
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
                # an hour in words ("las cinco de la tarde", "five in the afternoon") counts too
                hour = _number(groups["hour"], lex) or 0
                minute = int(groups.get("minute") or 0)
                if groups.get("minword"):
                    minute = lex.minute_words.get(re.sub(r"\s+", " ", groups["minword"].lower()), 0)
                ampm = groups.get("ampm")
                if ampm:
                    key = re.sub(r"\s+", " ", ampm.lower())
                    half = lex.ampm.get(key, "")
                    if half == "night" and hour == 12:
                        hour, next_day = 0, True  # "las doce de la noche": the day's end
                    elif half in ("pm", "night") and hour < 12:
                        hour += 12
                    elif half == "am" and hour == 12:
                        hour = 0
            if (hour, minute) == (24, 0):
                hour, next_day = 0, True  # "hasta las 24:00 del domingo" ends Sunday
            if hour > 23 or minute > 59:
                continue
            zone_word = groups.get("zone") or groups.get("zone2")
            tz = None
            if zone_word:
                tz = _zone(lex.zones.get(re.sub(r"\s+", " ", zone_word.lower()), ""))
            taken.append(m.span())
            core = m.start("special") if special else m.start("hour")
            times.append(_Time(base + m.start(), base + m.end(), base + core, hour, minute, tz, next_day))
    return _drop_conversions(sentence, base, times)


def _drop_conversions(sentence: str, base: int, times: list[_Time]) -> list[_Time]:
    """Drop a time in brackets right after another ("6 a.m. (0400 GMT)"): the same instant, which
    gives a local time with no zone of its own its offset ("6 p.m. local time (15:00 GMT)": +03:00)."""
    if len(times) < 2:
        return times
    times.sort(key=lambda t: t.start)
    kept = [times[0]]
    for t in times[1:]:
        gap = sentence[kept[-1].end - base : t.start - base]
        local = kept[-1]
        named_local = _LOCAL_CONVERSION.fullmatch(gap) is not None
        if named_local or _CONVERSION_GAP.match(sentence, local.end - base, t.start - base):
            # "4:35 p.m. local time (13:35 GMT)": the setting's own clock, named
            named_local = named_local or _LOCAL_TAIL.search(sentence, 0, local.end - base) is not None
            if local.tz is None and (offset := _converted_offset(local, t)) is not None:
                local.tz, local.converted = offset, named_local
            continue
        kept.append(t)
    return kept


def converted_local_offset(text: str, lex: Lexicon) -> tzinfo | None:
    """Return the offset of the article's local time that its first conversion gives ("freed at 4:35
    p.m. local time (13:35 GMT)", "00:00 on Friday, Belterra time (06:00 GMT)": +03:00, -06:00): the
    setting's clock, for its other local times ("by midnight on Sunday, local time"), where the
    place may be fictional and the places named are the reader's."""
    for m in _UTC_WORD.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start : end if end >= 0 else len(text)]
        local = next((t for t in _find_times(line, 0, lex) if t.converted), None)
        if local is not None:
            return local.tz
    return None


def named_clock_zone(text: str, lex: Lexicon) -> tzinfo | None:
    """Return the zone of the first time of day the article gives with a named clock ("a las 9:00
    (hora de Greenwich)", "at noon UK time"): the clock the writer tells the story in, over places
    named in passing."""
    found = [m for pat in lex.named_clocks for m in pat.finditer(text) if m.group("zone")]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return _zone(lex.zones.get(re.sub(r"\s+", " ", first.group("zone").lower()), ""))


def _converted_offset(local: _Time, converted: _Time) -> tzinfo | None:
    """Return the fixed offset a local time has when a UTC time in brackets gives the same instant."""
    utc = converted.tz.utcoffset(None) if converted.tz is not None else None
    if utc is None or utc != timedelta(0):
        return None
    minutes = (local.hour * 60 + local.minute) - (converted.hour * 60 + converted.minute)
    minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60  # -12:00 … +11:59
    return timezone(timedelta(minutes=minutes))


@dataclass(slots=True)
class SentenceTemporal:
    """The resolved temporal mentions of one sentence."""

    mentions: list[Mention]
    anchor: date | None  # the statement date this sentence gives, for later sentences
    last_day: date | None = None  # the day of its last mention, for "a day later" next
    told_day: date | None = None  # the recent day it reports for itself ("suspendió este jueves")
    started: date | datetime | None = None  # what it says began ("the truce took effect at 6 a.m.")
    # the time this sentence gives an act served or notified ("la orden, notificada a las 19:00")
    served: bool = False
    served_at: tuple[int, int, tzinfo] | None = None


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
        words: set[str],
    ) -> None:
        self.text, self.start, self.lex = text, start, lex
        self.sentence = text[start:end]
        self.ref, self.ref_dt, self.default_tz = ref, ref_dt, default_tz
        self.words = words  # the sentence's words, lower-cased
        self.has_digit = _DIGIT.search(self.sentence) is not None
        self.mentions: list[Mention] = []
        self.starts: set[int] = set()  # ids of mentions that start a duration ("desde el domingo")
        self.taken: list[tuple[int, int]] = []
        self._cues: list[tuple[int, int, str]] | None = None
        self._conditions: list[tuple[int, int]] | None = None  # spans of "if … not" clauses
        self.durations: list[re.Match[str]] = []
        self.times: list[_Time] = []
        self.stamp: _Time | None = None  # a live blog entry's time at the sentence's start
        self.measure_hit = False  # the last mark_deadline found a threatened measure
        self.allow_tentative = False  # explicit dates may take a measure reported in the past
        self.tentative = False  # ...and the last one did: kept only if its date is ahead
        self.measure_ends: list[int] = []  # where dates of threatened measures end
        self.range_ends: set[int] = set()  # where dates that end a measure's range start
        self.span_durations = False  # a duration that makes a deadline counts from a start
        # where dates of measures called off start: dropped while ahead ("la huelga, prevista
        # para el martes, queda aplazada"), kept as news once past
        self.off_dates: set[int] = set()
        # where dates that are no news of a day start: a limit only proposed, a recurring day
        # ("el día 10 de cada mes")
        self.void_dates: set[int] = set()
        self.moved_to: set[int] = set()  # where the new dates of rescheduled events start
        self.expired: set[int] = set()  # where dates a deadline ran out on, unmet, start
        self.expiry_days: set[int] = set()  # where dates a deadline "vencía" on start
        self._break_ends: list[int] | None = None  # where the sentence's break cues end
        self._unmet: bool | None = None  # whether the sentence tells a deadline unmet
        self._requests: list[re.Match[str]] | None = None  # the sentence's request verbs
        self.post_marked: set[int] = set()  # dates made deadlines by a word after them
        self.scheduled: set[int] = set()  # dates of scheduled events (a deadline marker before)
        self.dated_before: Sequence[tuple[int, int, date | datetime]] = ()  # see `extract`
        self.lead_day: date | None = None  # see `extract`
        self.carried: date | None = None  # the statement date of an earlier sentence (undated)
        self.previous_day: date | None = None  # the last day an earlier sentence named
        self.previous_start: date | datetime | None = None  # what the sentence before says began
        self.named: Sequence[tuple[int, date]] = ()  # where earlier sentences named which days
        self.previous_due: date | datetime | None = None  # the last deadline an earlier sentence set
        self.due_days = 1  # on how many days the earlier sentences' deadlines fall
        self.raw_dates: list[_RawDate] = []  # the sentence's explicit dates, for an old due recalled
        self.statement_day: date | None = None

    def prepare(self) -> None:
        """Find the durations and times of day once, for the steps that use them."""
        lex = self.lex
        # A start point ("desde el domingo", "took effect at") only matters with a duration.
        if not self.words.isdisjoint(lex.units):
            self.durations = [
                m for p in lex.duration_patterns.active(self.sentence) for m in p.finditer(self.sentence)
            ]
            self.span_durations = any(self._spans(m) for m in self.durations)
        # Each family of patterns runs only where its words or digits occur.
        if (
            self.has_digit
            or not self.words.isdisjoint(lex.special_times)
            or not self.words.isdisjoint(lex.day_part_words)  # "hasta las cinco de la tarde"
        ):
            self.times = _find_times(self.sentence, self.start, lex)
            # a live blog's entry stamp ("11:40 — El instructor …") is when it was said, no due
            stamp = _STAMP.match(self.sentence)
            if self.times and stamp and self.times[0].end - self.start <= stamp.end():
                self.stamp = self.times.pop(0)

    def _spans(self, m: re.Match[str]) -> bool:
        """Tell whether a duration match is a time span that ends in a deadline."""
        prep = re.sub(r"\s+", " ", (m.group("prep") or "").lower())
        lex = self.lex
        if prep not in lex.duration_deadline_preps:
            return False
        if prep in lex.duration_future_preps and not self.start_follows(m.end()):
            return False
        return not self.measure_length(m) and not self.vague(m)

    def start_follows(self, end: int) -> bool:
        """Tell whether a start marker opens right after a duration ("en diez días a partir de hoy",
        "in ten days from Monday"): the count has its own start, whatever the clause's tense."""
        start_re = self.lex.duration_start_re
        if start_re is None:
            return False
        after = self.sentence[end : end + _OWN_START_GAP]
        for gap in re.finditer(r"\s", after):
            found = start_re.search(self.sentence, end, end + gap.start())
            if found is not None and found.start() <= end + 1:
                return True
        return False

    def vague(self, m: re.Match[str]) -> bool:
        """Tell whether a duration is only a rough length ("less than three weeks")."""
        vague = self.lex.duration_vague
        num = m.start("num")
        return vague is not None and vague.search(self.sentence, max(0, num - 20), num) is not None

    def measure_length(self, m: re.Match[str]) -> bool:
        """Tell whether a duration is the length of a threatened measure ("strike for 48
        hours", "la huelga durará 48 horas"): its start is the deadline, not its end."""
        lex, low = self.lex, max(0, m.start() - 40)
        if lex.measure_words is None:
            return False
        prep = re.sub(r"\s+", " ", (m.group("prep") or "").lower())
        if prep in lex.duration_holder_preps:
            return False  # "was handed a ban on Tuesday and has 21 days to appeal": a limit to act
        if prep in lex.countdown_preps:
            return False  # "will walk out a week from Friday": when the strike starts, not its length
        words = list(lex.measure_words.finditer(self.sentence, low, m.start()))
        if not words:
            return False
        # "pause strikes for a week": the length of a halt to the measure, a deadline; the halt
        # stands before the measure, not inside it ("stop work for 24 hours" is the measure)
        halt = lex.measure_halts
        return halt is None or halt.search(self.sentence, max(0, m.start() - 60), words[-1].start()) is None

    def full(self) -> bool:
        """Tell whether the sentence already gave as many mentions as one can hold.

        A real sentence names a handful of dates; a pasted table or junk line can name
        thousands, and overlap checks against all of them would grow quadratically.
        """
        return len(self.taken) >= _MAX_MENTIONS

    def cues(self) -> list[tuple[int, int, str]]:
        """Return the sentence's tense cues (start, end, "past" or "future"), found once."""
        if self._cues is None:
            self._cues = tense_cues(self.sentence, self.lex)
        return self._cues

    def tense(self, pos: int, end: int) -> str | None:
        return tense_near(self.cues(), pos, end)

    def mark_deadline(self, pos: int) -> tuple[bool, int]:
        """Return whether a marker right before `pos` makes a deadline, and where it starts."""
        lex, sentence = self.lex, self.sentence
        if lex.rescheduled_events is not None and lex.rescheduled_events.search(
            sentence, max(0, pos - _RESCHEDULE_REACH), pos
        ):
            self.moved_to.add(pos)  # its new date, not the day of the report
            return False, pos  # "the talks were postponed until Feb. 11": a meeting, moved
        m_start = _deadline_before(sentence, pos, lex)
        if m_start is not None and self.bare_start(m_start):
            return False, pos  # "Lo discutiremos en Aldera a partir del lunes": a start, no threat
        if m_start is not None:
            if lex.past_spans is not None and lex.past_spans.search(sentence, max(0, m_start - 40), m_start):
                return False, pos  # "the truce held until Tuesday": a span gone by, not a due
            if lex.done_by is not None and lex.done_by.search(sentence, max(0, pos - _MARKER_REACH), pos):
                return False, pos  # "the fire was contained by Saturday evening": done then
            vague = lex.duration_vague
            if vague is not None and vague.search(sentence, max(0, m_start - 12), m_start):
                return False, pos  # "al menos hasta el miércoles": a rough bound, not a due
            own = lex.measure_own_end
            if own is not None and (
                own.search(sentence, max(0, m_start - _MARKER_REACH), m_start)
                # the marker is the verb itself ("the strike … will end at 11:59 p.m.")
                or own.search(sentence, max(0, m_start - _MARKER_REACH), pos)
            ):
                return False, pos  # "the strike will last until Friday": its length, its start is due
            if self.scheduled_event(m_start, pos):
                self.scheduled.add(pos)
                return False, pos  # "the count will continue until Tuesday": an event's end
            if self.release_expected(pos):
                self.scheduled.add(pos)
                return False, pos  # "the rate decision is due at 2 p.m. on Wednesday": expected then
            if self.venue_closure(m_start, pos):
                self.scheduled.add(pos)
                return False, pos  # "the museum closes on Monday for repairs": a place's closure
            return True, m_start
        noun_start = self.deadline_noun_before(pos)
        if noun_start is not None:
            return True, noun_start  # "el ultimátum, que fijó para el 1 de marzo"
        # "la huelga convocada para el 12 de febrero": a threatened measure takes effect
        self.measure_hit = self.tentative = False
        # a sentence with no measure word needs no marker search (the words gate the marker)
        if (
            lex.measure_words is not None
            and lex.measure_marker_re is not None
            and lex.measure_words.may_match(sentence)
        ):
            window = sentence[max(0, pos - 80) : pos]
            marker = lex.measure_marker_re.search(window)
            words = (
                list(lex.measure_words.finditer(window[: marker.end()], within=sentence)) if marker else []
            )
            if (
                marker
                and words
                and not (lex.measure_past is not None and lex.measure_past.search(window))
                # "sanciones ..., que el Consejo votará el jueves": the date of the vote
                and not (
                    lex.measure_blockers is not None
                    and lex.measure_blockers.search(window, words[-1].end(), marker.start() + 1)
                )
                # "will hold public hearings on Eskom's tariff application from 17 June": the hearings' day
                and not (
                    lex.measure_topic_events is not None
                    and lex.measure_topic_events.search(window, 0, words[-1].start()) is not None
                )
                # "which discussed the ban on Tuesday, will question Etcheverry on October 27": its own day
                and not self.measure_dated_before(window[words[-1].end() : marker.start() + 1])
            ):
                # "convocó huelga para el 2 de febrero": a past report of a measure still ahead
                # (an explicit date says which); "the strike on Monday paralysed ports": over
                past = self.tense(pos, pos) == "past"
                if not past or self.allow_tentative:
                    self.measure_hit, self.tentative = True, past
                    return True, max(0, pos - 80) + marker.start() + (1 if marker.start() else 0)
        threat = self.threatened_at(pos)
        if threat is not None:
            return True, threat
        penalised = self.penalised_after(pos)
        if penalised is not None:
            return True, penalised
        if self.threat_takes_effect(pos):
            return True, pos
        if self.expired_unmet(pos) or self.expiry_told(pos, pos):
            return True, pos  # "El plazo de 30 días que … dio venció ayer sin que …": missed then
        return False, pos

    def bare_start(self, m_start: int) -> bool:
        """Tell whether the marker only dates a start ("a partir del lunes") in a sentence with no
        threat: no condition, measure or penalty ("empezarán a dar cita a partir del miércoles"):
        when something begins, an event; a threatened measure's start stays a due."""
        lex, sentence = self.lex, self.sentence
        if lex.start_markers is None or lex.start_markers.match(sentence, m_start) is None:
            return False
        if lex.threat_conditions is not None and lex.threat_conditions.search(sentence) is not None:
            return False
        if lex.conditions is not None and lex.conditions.search(sentence) is not None:
            return False
        if lex.measure_words is not None and lex.measure_words.search(sentence) is not None:
            return False
        return lex.start_threats is None or lex.start_threats.search(sentence) is None

    def measure_dated_before(self, gap: str) -> bool:
        """Tell whether the measure word before a marker has a day of its own right after it, set off
        by a comma from the marker ("discussed the ban on Tuesday, will question him on"): the later
        date belongs to another act."""
        for word in _OWN_DAY_HEAD.finditer(gap[:_OWN_DAY_REACH]):
            token = word.group().lower().rstrip(".")
            if token.isdigit() or token in self.lex.weekdays or token in self.lex.months:
                return "," in gap[word.end() :]
        return False

    def penalised_after(self, pos: int) -> int | None:
        """Return where the marker starts of a time after which its clause punishes ("Any boat still
        in the gulf after midnight on Friday faces fines", "Quien siga en el golfo después de la
        medianoche de este viernes se expone a multas"): the cut-off, a due."""
        lex = self.lex
        if lex.cutoff_markers is None or lex.cutoff_penalties is None:
            return None
        marker = lex.cutoff_markers.search(self.sentence, max(0, pos - 30), pos)
        if marker is None:
            return None
        tail = _PENALTY_CUT.split(self.sentence[pos : pos + _PENALTY_REACH], maxsplit=1)[0]
        if lex.cutoff_penalties.search(tail) is None:
            return None
        return marker.start() + (1 if marker.group()[:1] and not marker.group()[0].isalnum() else 0)

    def threat_takes_effect(self, pos: int) -> bool:
        """Tell whether the date at `pos` is when a threatened act takes effect: in a future
        clause with a threat's condition after it or before it in its sentence ("will revoke the
        licence on March 20 if the records have not been filed", "Si no alcanza la meta, la cuota
        se repartirá el 16 de diciembre"), and no meeting or vote in its clause ("the talks will
        resume on Oct. 15 unless", an event)."""
        lex = self.lex
        if not self._conditions:
            return False
        clause = self.clause_before(pos, _MARKER_REACH)
        # the act's own verb is future and the date its adjunct: not a state in an aside ("en
        # huelga desde el lunes, no volverán salvo que …") nor a noun's date ("al Consejo de
        # Ministros del 2 de junio")
        if (lex.noun_dates is not None and lex.noun_dates.search(clause)) or not any(
            kind == "future" and pos - len(clause) <= start < pos for start, _, kind in self.cues()
        ):
            return False
        near = any(
            0 < c_start - pos <= _CONDITION_REACH or 0 <= pos - c_end <= _CONDITION_REACH
            for c_start, c_end in self._conditions
        )
        if not near:
            return False
        blockers = (lex.measure_blockers, lex.event_subjects)
        return not any(b is not None and b.search(clause) for b in blockers)

    def clause_before(self, pos: int, reach: int) -> str:
        """Return the part of the sentence's last `reach` characters before `pos` in `pos`'s clause."""
        return _CLAUSE_END.split(self.sentence[max(0, pos - reach) : pos])[-1]

    def adjunct_clause(self, pos: int, reach: int) -> str:
        """Return `clause_before`, and the clause before it too when the date's own part is only
        its marker set off by a comma ("estudia prorrogar otra vez la validez, hasta el 30 de
        junio"): the end point is that clause's adjunct."""
        clause = self.clause_before(pos, reach)
        low = pos - len(clause)
        if low < 2 or len(clause) > _ADJUNCT_MARKER or self.sentence[low - 2] != ",":
            return clause
        return self.clause_before(low - 2, reach) + self.sentence[low - 2 : pos]

    def time_leads_scheduled(self, pos: int) -> bool:
        """Tell whether the time leading into the date at `pos` follows a scheduled event's marker."""
        t = self.time_into(pos)
        return t is not None and (t.core - self.start) in self.scheduled

    def superseded(self, pos: int) -> bool:
        """Tell whether the clause before a deadline says it was the old one ("originally set
        for Friday", "prevista inicialmente para el 3 de febrero")."""
        old = self.lex.superseded
        # the sentence's literals (already found) rule most dates out before the clause is cut
        if old is None or not old.may_match(self.sentence):
            return False
        return old.search(self.clause_before(pos, 40), within=self.sentence) is not None

    def first_of_two(self, pos: int, end: int) -> bool:
        """Tell whether a date is the first of two successive targets of one thing moved twice ("already
        extended once to 31 December, would be extended again, to 31 January", "primero hasta el 12 y
        después hasta el 19"): the second replaces it in the same sentence, so it is no deadline."""
        firsts, seconds = self.lex.first_targets, self.lex.second_targets
        if firsts is None or seconds is None:
            return False
        if firsts.search(self.clause_before(pos, 60)) is None:
            return False
        return seconds.match(self.sentence, end) is not None

    def opened(self, pos: int) -> bool:
        """Tell whether a verb that opens a window stands right before a date ("abrió este lunes
        el plazo para solicitar", "reopened on Monday"): the date opens it, nothing is due."""
        openers = self.lex.window_openers
        return openers is not None and openers.search(self.sentence, max(0, pos - 30), pos) is not None

    def proposed(self, pos: int) -> bool:
        """Tell whether the clause before a date only proposes or recommends a limit ("proposed a
        deadline of Jan. 15", "recomendó que terminen antes del 30 de junio"): none is set."""
        proposals = self.lex.proposals
        if proposals is None or not proposals.may_match(self.sentence):
            return False
        clause = self.adjunct_clause(pos, _PROPOSAL_REACH)
        found = list(proposals.finditer(clause, within=self.sentence))
        low = pos - len(clause)
        return bool(found) and not self.taken_over(low + found[-1].end(), pos)

    def answers_due_question(self, pos: int) -> bool:
        """Tell whether a date opens a bare answer to a question right before it that asks when
        something is due ("When is the deadline to apply? Friday, June 12."): the due."""
        lex = self.lex
        if lex.due_questions is None or _ANSWER_LEAD.fullmatch(self.untimed_lead(pos)) is None:
            return False
        before = self.text[max(0, self.start - _QUESTION_REACH) : self.start].rstrip()
        if not before.endswith("?"):
            return False
        opening = _SENTENCE_END.search(before[:-1])
        question = before if opening is None else before[opening.start() + 1 :]
        if lex.due_questions.search(question) is None:
            return False
        if lex.event_subjects is not None and lex.event_subjects.search(question):
            return False  # "When does the fair end?": a scheduled event's day, no due
        # "When did the grace period end? On Feb. 27.": a due gone by, recalled
        return lex.past_questions is None or lex.past_questions.search(question) is None

    def untimed_lead(self, pos: int) -> str:
        """Return the sentence up to a date without the times of day in it, so that an answer that
        gives the hour first ("At noon on Sunday, Nov. 1.", "A la medianoche del domingo 1") opens
        as bare as one that gives the day alone."""
        lead = self.sentence[:pos]
        for t in reversed(self.times):
            low, high = t.start - self.start, t.end - self.start
            if low >= 0 and high <= pos:
                lead = lead[:low] + " " + lead[high:]
        return lead

    def persists_until(self, pos: int) -> bool:
        """Tell whether a date stands in an if-clause of a state still holding then, before a future
        main clause where an authority or a measure acts ("If the video is still online at noon on
        Friday, the court will raise the fine"): the deadline to end that state."""
        lex = self.lex
        if lex.persisting is None or lex.conditions is None:
            return False
        lead = self.time_into(pos)  # "at 6 p.m. on Friday": the clause before the time
        clause = self.clause_before(lead.start - self.start if lead is not None else pos, _CONDITION_REACH)
        found = list(lex.conditions.finditer(clause))
        if not found or lex.persisting.search(clause, found[-1].end()) is None:
            return False
        # the main clause threatens a sanction: an authority or a measure acts then
        rest = self.sentence[pos:]
        sanction = any(p is not None and p.search(rest) for p in (lex.authorities, lex.measure_words))
        return sanction and any(kind == "future" and start > pos for start, _, kind in self.cues())

    def forecast(self, pos: int) -> bool:
        """Tell whether the clause before a date tells its subject's own aim or estimate ("expects
        to complete the merger by June 30", "espera cerrar la compra antes del 30 de junio"), in a
        sentence that threatens no measure: no due."""
        lex = self.lex
        if lex.forecasts is None:
            return False
        clause = self.adjunct_clause(pos, _PROPOSAL_REACH)
        found = list(lex.forecasts.finditer(clause))
        if not found or self.taken_over(pos - len(clause) + found[-1].end(), pos):
            return False
        threats = (lex.threat_conditions, lex.measure_words)
        return not any(t is not None and t.search(self.sentence) for t in threats)

    def taken_over(self, start: int, pos: int) -> bool:
        """Tell whether a joined clause with a past verb of its own stands between `start` and
        `pos` ("pidió al pleno que pague … **y advirtió** que suspenderá las líneas desde el 2 de
        octubre"): the date is that clause's, not the request's."""
        joiners = self.lex.duty_joiners
        if joiners is None:
            return False
        return any(
            kind == "past" and 0 < c_start - j.end() <= _TAKEOVER_GAP
            for j in joiners.finditer(self.sentence, start, pos)
            for c_start, _, kind in self.cues()
        )

    def asked(self, pos: int, end: int) -> bool:
        """Tell whether the clause before `pos` only asks for or demands a limit ("asked both
        governments to open a lane by Thursday", "exigió que la empresa indemnice antes del 1 de
        diciembre"): none is set, unless an authority asks it ("the resolution demands a report by
        March 15") or the sentence threatens a measure or sets a condition (an ultimatum)."""
        lex = self.lex
        if lex.requests is None:
            return False
        if self._requests is None:  # the sentence's request verbs, found once
            self._requests = list(lex.requests.finditer(self.sentence))
        if not self._requests:
            return False
        low = pos - len(self.clause_before(pos, _PROPOSAL_REACH))
        verbs = [v for v in self._requests if low <= v.start() and v.end() <= pos]
        if not verbs or self.taken_over(verbs[-1].end(), pos):
            return False
        verb = verbs[-1]
        # the asker is in the verb's own clause ("Según fuentes del Ministerio, Zupan habría pedido
        # … hasta el 31 de enero": the ministry is the source, not the asker)
        clause = self.clause_before(verb.start(), _AUTHORITY_REACH)
        subject = (
            len(LETTERS_RE.findall(clause)) >= 2
        )  # else an aside stands between ("the order, …, demands")
        own = verb.start() - len(clause) if subject else max(0, verb.start() - _AUTHORITY_REACH)
        if lex.authorities is not None and (
            self.authority_acronym(own, verb.start())
            # not a place the askers went to ("marcharon hasta la Fiscalía para exigir")
            or any(
                lex.place_tails is None or lex.place_tails.search(self.sentence, own, a.start()) is None
                for a in lex.authorities.finditer(self.sentence, own, verb.start())
            )
            # a subject after its verb ("el plan que le exigía el Ministerio de Salud")
            or (
                lex.inverted_subjects is not None
                and (after := lex.inverted_subjects.match(self.sentence, verb.end())) is not None
                and lex.authorities.match(self.sentence, after.end()) is not None
            )
        ):
            return False  # "la orden exige además un inventario antes de las 14:00 del lunes"
        # an ultimatum: the sentence threatens a measure or sets a condition, and the measure has
        # no day of its own after the date ("demanded a pay offer by Friday and said it would
        # strike if none came"; not "… y advirtió que suspenderá las líneas desde el 2 de octubre")
        threats = (lex.threat_conditions, lex.measure_words)
        later = LETTERS_RE.findall(self.sentence[end:].lower())
        dated = any(w in lex.months or w in lex.weekdays for w in later)
        return dated or not any(t is not None and t.search(self.sentence) for t in threats)

    def authority_acronym(self, low: int, high: int) -> bool:
        """Tell whether an acronym in the sentence between `low` and `high` stands for an authority the
        article named in full before it ("la Agencia Provincial de Fiscalización Ambiental (APFA)" …
        "la APFA le exigió que entregue antes del martes"): it sets a limit, as the agency would."""
        authorities = self.lex.authorities
        if authorities is None:
            return False
        for acronym in _ACRONYM.finditer(self.sentence, low, high):
            named = self.text.find(f"({acronym.group()})")
            if named <= 0:
                continue
            # the full name right before the brackets: its capitalised words and the joiners between
            name = _FULL_NAME.search(self.text, max(0, named - _ACRONYM_REACH), named)
            if name is not None and authorities.search(name.group()):
                return True
        return False

    def earliest(self, pos: int, end: int) -> bool:
        """Tell whether a date is only the earliest one ("will not open before March 18", "no
        llegaría antes del 6 de noviembre", "on April 12 at the earliest"): no due, no event."""
        lex = self.lex
        if lex.earliest is not None and lex.earliest.search(self.clause_before(pos, _MARKER_REACH)):
            return True
        return lex.earliest_post is not None and lex.earliest_post.match(self.sentence, end) is not None

    def named_event_before(self, pos: int) -> bool:
        """Tell whether a scheduled-event noun names the date right after it ("la cumbre del
        Mercosur del 2 de octubre", "the summit on Oct. 2")."""
        events = self.lex.event_subjects
        return events is not None and events.search(self.sentence, max(0, pos - 30), pos) is not None

    def scheduled_for(self, pos: int) -> bool:
        """Tell whether a date is what something is called or set for ("a referendum for
        Sunday, Oct. 25", "citó a las partes para el jueves"): the coming one, whatever the tense."""
        sched = self.lex.scheduled_for
        return sched is not None and sched.search(self.sentence, max(0, pos - 20), pos) is not None

    def group_scope(self, m: re.Match[str]) -> bool:
        """Tell whether a date stands in a restrictive clause that picks out a group by when
        something of theirs ends ("Drivers whose licences expire before September 30 will get an
        extension"), with no duty in the clause after it ("whose visas expire on Jan. 10 must leave")."""
        lex = self.lex
        if (
            lex.group_scopes is None
            or lex.group_scopes.search(self.clause_before(m.start(), _MARKER_REACH)) is None
        ):
            return False
        rest = _CLAUSE_END.split(self.sentence[_date_end(self.sentence, m) :], maxsplit=1)[0]
        return lex.scope_duties is None or lex.scope_duties.search(rest) is None

    def voided(self, pos: int) -> bool:
        """Tell whether the clause right before a date makes it neither a deadline nor an event
        ("el plazo que vencía el 24", "keep the limit beyond April 30", "water would last until
        Sunday")."""
        if self.scope_cutoff(pos):
            return True
        void = self.lex.void_before
        if void is None or not void.may_match(self.sentence):
            return False
        return void.search(self.clause_before(pos, _MARKER_REACH), within=self.sentence) is not None

    def scope_cutoff(self, pos: int) -> bool:
        """Tell whether a date picks out which things a rule covers, a plural noun and its participle
        right before "before" ("importers with contracts signed before Tuesday keep the tariff"), with
        no duty or demand before them in the clause ("exige un inventario de los tramos afectados
        antes del lunes" stays a due): a scope, no due."""
        lex = self.lex
        if lex.scope_cutoffs is None:
            return False
        clause = _CLAUSE_END.split(self.sentence[:pos])[-1]
        found = lex.scope_cutoffs.search(clause)
        return found is not None and (
            lex.scope_demands is None or lex.scope_demands.search(clause, 0, found.start()) is None
        )

    def extended_after(self, end: int) -> bool:
        """Tell whether the deadline a date names right after it is the subject of an extension
        ("the May 29 deadline was extended twice", "el plazo del 5 de mayo se amplió"): the old due."""
        return any(
            (found := p.search(self.sentence, end)) is not None and found.start() - end <= _POST_EXTEND
            for p in self.lex.changes.get("extend", ())
        )

    def lapsed(self, pos: int) -> bool:
        """Tell whether the deadline named right after a date has gone ("Friday's deadline
        passed without a deal")."""
        lapsed = self.lex.deadline_lapsed
        return lapsed is not None and lapsed.match(self.sentence, pos) is not None

    def apposed(self, pos: int, end: int) -> int | None:
        """Return where a deadline noun in apposition before a date starts when the date closes
        the apposition ("the deadline, Jan. 10, is", "el plazo que da la UE —el 10 de enero—")."""
        appos = self.lex.apposition_markers
        if appos is None or _APPOSITION_CLOSE.match(self.sentence, end) is None:
            return None
        found = appos.search(self.sentence, max(0, pos - _MARKER_REACH), pos)
        return found.start() + (0 if found.group()[:1].isalnum() else 1) if found else None

    def deadline_is(self, pos: int) -> int | None:
        """Return where "is"/"es el" starts when a deadline noun heads the clause it ends ("the
        deadline for clubs to register their squads for the qualifiers is July 20")."""
        lex = self.lex
        if lex.deadline_copulas is None or lex.copula_nouns is None:
            return None
        copula = lex.deadline_copulas.search(self.sentence, max(0, pos - 20), pos)
        if copula is None and (t := self.time_into(pos)) is not None:
            # "the new cut-off is 6 p.m. on Nov. 13": the copula before the time leading into it
            core = t.core - self.start
            copula = lex.deadline_copulas.search(self.sentence, max(0, core - 20), core)
        if (
            copula is None
            or lex.copula_nouns.search(self.clause_before(copula.start(), _PROPOSAL_REACH)) is None
        ):
            return None
        return copula.start() + (0 if copula.group()[:1].isalnum() else 1)

    def duty_before_event(self, pos: int) -> int | None:
        """Return where "before/by" starts when a duty must be done before an event dated right
        after it ("must submit a plan before its next home game on Sept. 5"): that day is due."""
        lex = self.lex
        if lex.duty_event_markers is None or lex.obligations is None:
            return None
        found = lex.duty_event_markers.search(self.sentence, max(0, pos - _MARKER_REACH), pos)
        if found is None or lex.obligations.search(self.clause_before(found.start(), _MARKER_REACH)) is None:
            return None
        return found.start() + (0 if found.group()[:1].isalnum() else 1)

    def window_end(self, pos: int) -> bool:
        """Tell whether a date ends a span that opens a window ("the consultation period runs
        from Oct. 5 to Nov. 2", "el plazo de solicitudes va del 4 de enero al 15 de enero")."""
        lex = self.lex
        if lex.window_range_markers is None or lex.window_nouns is None:
            return False
        low = max(0, pos - _MARKER_REACH)
        span = lex.window_range_markers.search(self.sentence, low, pos)
        if span is None:
            return False
        # the window's noun in the clause before the span ("the consultation period runs from"), or
        # an act of applying someone may do in it ("las familias podrán matricularlos entre el 1 y")
        clause = self.adjunct_clause(span.start(), _MARKER_REACH)
        return any(
            p is not None and p.search(clause) is not None
            for p in (lex.window_nouns, lex.window_permissions, lex.window_duties)
        )

    def window_range_last(self, m: re.Match[str]) -> int | None:
        """Return the last day of a range that shares its month ("del 9 al 20 de noviembre", "between
        16 and 23 November") when the range opens a window or bounds a duty: the last day is the due."""
        if not m.groupdict().get("day") or not m.groupdict().get("month"):
            return None
        tail_end = m.start("year") if m.groupdict().get("year") else m.end()
        days = list(_DAY_NUMBER.finditer(self.sentence, m.end("day"), tail_end))
        if not days or int(days[-1].group()) <= int(m.group("day")):
            return None
        last = days[-1]
        return int(last.group()) if self.window_end(last.start()) else None

    def remote_past(self, pos: int) -> bool:
        """Tell whether the clause before a deadline marker is in the past perfect ("operators
        had been given until Wednesday"): the deadline was set before this report."""
        remote = self.lex.remote_past
        if remote is None or remote.search(self.clause_before(pos, _MARKER_REACH)) is None:
            return False
        # "told reporters that Belmora had until Friday": reported speech, the tense backshifted
        reported = self.lex.reported_speech
        return reported is None or reported.search(self.sentence, max(0, pos - _REPORT_REACH), pos) is None

    def threatened_at(self, pos: int) -> int | None:
        """Return where a threat's deadline starts for the date at `pos`: inside an "if … not"
        condition ("si el miércoles no hay respuesta"), or after a start marker in a sentence
        that has one ("…, desde las 00:00 del jueves no despega ni un avión")."""
        lex = self.lex
        if lex.threat_conditions is None:
            return None
        if self._conditions is None:
            self._conditions = [m.span() for m in lex.threat_conditions.finditer(self.sentence)]
        for c_start, c_end in self._conditions:
            if c_start <= pos < c_end:
                before = self.sentence[c_start:pos]
                if lex.event_subjects is not None and lex.event_subjects.search(before):
                    return None  # "if the talks on Monday fail": the talks' day
                self.tentative = True  # "unless the Jan. 15 accord is honoured": a date gone by
                return pos
        # the threat's condition comes first ("si … no hay respuesta, desde las 00:00 del jueves");
        # "en huelga desde el lunes, no volverán salvo que …" dates a state gone by
        if any(c_start < pos for c_start, _ in self._conditions) and lex.duration_start_re is not None:
            start = lex.duration_start_re.search(self.sentence, max(0, pos - 30), pos)
            if start is not None:
                return start.start() + (1 if not start.group()[0].isalnum() else 0)
        return None

    def scheduled_event(self, marker_start: int, pos: int) -> bool:
        """Tell whether the clause before a marker names a scheduled event ("the summit will
        run until", "el recuento continuará hasta") and neither it nor the marker up to the date
        an obligation ("must", "plazo", "the festival organisers extended the ticket deadline to")."""
        lex = self.lex
        if lex.event_subjects is None:
            return False
        clause = self.clause_before(marker_start, _MARKER_REACH)
        if lex.duty_joiners is not None:
            # "the count ended on Thursday and the jury will proclaim … before May 15": its own clause
            clause = _own_conjunct(clause, lex.duty_joiners, lex.gapped_heads)
        if lex.event_subjects.search(clause) is None:
            return False
        return (
            lex.obligations is None
            or lex.obligations.search(clause + self.sentence[marker_start:pos]) is None
        )

    def release_expected(self, pos: int) -> bool:
        """Tell whether "due" before `pos` says when a release is expected ("jobs data, due on
        Friday", "the verdict is due on Monday", "due out on June 30"), with no duty in its clause."""
        lex = self.lex
        low = max(0, pos - _MARKER_REACH)
        found = lex.release_due.search(self.sentence, low, pos) if lex.release_due is not None else None
        topic = lex.topic_tails
        if found is None or (
            topic is not None and topic.search(self.sentence, low, found.start()) is not None
        ):
            return False  # "The club's appeal against the ruling is due on Friday": the appeal's due
        return (
            lex.obligations is None or lex.obligations.search(self.clause_before(pos, _MARKER_REACH)) is None
        )

    def venue_closure(self, marker_start: int, pos: int) -> bool:
        """Tell whether a closing marker's subject is a place or a business ("The museum closes on
        Monday", "la fábrica cerrará el 30 de junio") with no window, deadline noun, duty or threat
        in its clause or sentence: the place's closure, news, not a due."""
        lex = self.lex
        if lex.closing_markers is None or lex.venue_nouns is None:
            return False
        if lex.closing_markers.search(self.sentence, marker_start, pos) is None:
            return False
        clause = self.clause_before(marker_start, _MARKER_REACH)
        # the place heads the subject, not a noun after a preposition ("Bookings for the hotel's gala")
        prep = lex.prep_tails
        if not any(
            prep is None or prep.search(clause, 0, v.start()) is None
            for v in lex.venue_nouns.finditer(clause)
        ):
            return False
        own = clause + self.sentence[marker_start:pos]
        if any(
            p is not None and p.search(own) for p in (lex.window_nouns, lex.deadline_nouns, lex.obligations)
        ):
            return False
        return lex.threat_conditions is None or lex.threat_conditions.search(self.sentence) is None

    def deadline_noun_before(self, pos: int) -> int | None:
        """Return where a weak marker leading into `pos` starts when a deadline noun or duty
        stands before it ("the deadline, set for Feb. 12", "deberá entregarlo para el 15")."""
        lex = self.lex
        if lex.deadline_nouns is None or lex.deadline_noun_markers is None:
            return None
        if not lex.deadline_nouns.may_match(self.sentence):
            return None  # cheap: no deadline noun in the sentence (its literals are already found)
        low = max(0, pos - _MARKER_REACH)
        marker = lex.deadline_noun_markers.search(self.sentence, low, pos)
        if marker is None:
            return None
        noun = lex.deadline_nouns.search(self.sentence, low, marker.start() + 1)
        if noun is None:
            return None
        events = lex.event_subjects
        if events is not None and events.search(self.sentence, noun.end(), marker.start() + 1):
            return None  # "debe ratificarla en una sesión prevista para el 14": the session's day
        convened = lex.convened
        if convened is not None and convened.search(self.sentence, noun.end(), marker.start() + 1):
            return None  # "el pleno que debe votarla está convocado para el 10": a sitting's day
        head = self.sentence[: marker.start() + 1].rstrip(" ")
        if head.endswith(",") and not _NOUN_TAIL.fullmatch(self.sentence, noun.end(), len(head) - 1):
            return None  # "no recibirán en ese plazo el segundo lote, previsto para el 2": the lote's
        # the evidence starts at the marker, past the non-word character it may begin with
        return marker.start() + (0 if marker.group()[:1].isalnum() else 1)

    def marker_via_time(self, pos: int) -> tuple[bool, int]:
        """A marker before a date, or before the time that leads into it ("a partir de las
        00:00 del viernes 6")."""
        found = self.mark_deadline(pos)
        if found[0]:
            return found
        t = self.time_into(pos)
        return self.mark_deadline(t.core - self.start) if t is not None else found

    def time_into(self, pos: int) -> _Time | None:
        """Return the time of day that leads into the date at `pos` ("6 a.m. (0400 GMT) on")."""
        for t in self.times:
            t_end = t.end - self.start
            if 0 <= pos - t_end <= 30:
                gap = _BRACKETED.sub("", self.sentence[t_end:pos])
                if len(gap) <= 12 and not re.search(r"[,;]", gap):
                    return t
        return None

    def starts_span(self, pos: int) -> bool:
        """Tell whether the date at `pos` starts a deadline duration of its sentence ("a
        72-hour truce will take effect at 6 a.m. on Saturday"): the duration's end is the
        deadline, not the start, even after a marker that is a deadline elsewhere."""
        if not self.span_durations:
            return False
        if self.starts_duration(pos):
            return True
        t = self.time_into(pos)
        return t is not None and self.starts_duration(t.core - self.start)

    def deadline_at(self, m: re.Match[str]) -> tuple[bool, int]:
        """A marker before the match (or its leading time), or a deadline word after it."""
        lex, sentence = self.lex, self.sentence
        if lex.range_connector_re is not None and any(
            0 <= m.start() - e <= _RANGE_GAP and lex.range_connector_re.match(sentence[e : m.start()])
            for e in self.measure_ends
        ):
            self.range_ends.add(self.start + m.start())
            return False, m.start()  # "strike from Monday through Wednesday": the range's end
        if self.counted_from(m.start()):
            return False, m.start()  # "will walk out a week from Friday": the countdown's start
        if self.reference_deadline(m.start(), _date_end(self.sentence, m)):
            self.void_dates.add(m.start())
            return False, m.start()  # "two days before the noon Friday cut-off": a due recalled
        is_deadline, ev = self.marker_via_time(m.start())
        lead_time = self.time_into(m.start()) if is_deadline else None
        if lead_time is not None and self.rough_time(lead_time.core - self.start):
            return False, m.start()  # "reached the airport shortly before 8 p.m. on Monday": then, an event
        if is_deadline and (self.asked(ev, m.end()) or self.earliest(m.start(), m.end())):
            # "asked both governments to open a lane by Thursday", "will not open before March
            # 18": asked for or the earliest day, neither a deadline nor news of a day
            self.void_dates.add(m.start())
            return False, m.start()
        if is_deadline and self.starts_span(m.start()):
            return False, m.start()  # "a 72-hour truce takes effect on Saturday": its start
        if is_deadline and self.cancelled(m.start()):
            self.void_dates.add(m.start())
            return False, m.start()  # "desconvocó el paro previsto para el lunes": called off
        if is_deadline and self.fronted_tally(ev, m):
            self.void_dates.add(m.start())
            return False, m.start()  # "By Tuesday, 118 firms had completed the process": a tally
        if not is_deadline and self.done_on_last_day(m):
            return False, m.start()  # "entregó su plan el 3 de julio, último día del plazo": met, an event
        if (
            self.superseded(m.start())
            or self.first_of_two(m.start(), _date_end(sentence, m))
            or (lex.kept_open is not None and lex.kept_open.match(sentence, m.end()))
        ):
            self.off_dates.add(m.start())
            # "the strike, originally planned for Feb. 3", "due to close on Nov. 30, would stay open
            # until": replaced
            return False, m.start()
        if self.opened(m.start()):
            return False, m.start()  # "abrió este lunes el plazo para": the window's opening
        if self.expired_unmet(m.start()) or self.expiry_told(m.start(), _date_end(sentence, m)):
            return True, m.start()  # "the refund deadline, which ran out on Thursday, without …"
        if is_deadline and self.forecast(m.start()):
            self.void_dates.add(m.start())
            return False, m.start()  # "expects to complete the merger by June 30": an aim
        # "Airlines should meet the Oct. 15 deadline": a deadline set, named; not the one proposed
        proposed = self.proposed(m.start()) and not self.named_deadline(m)
        if proposed or self.habitual(m.end()) or self.voided(m.start()) or self.group_scope(m):
            if self.voided(m.start()) and self.missed_due(m.start()):
                return True, m.start()  # "no pagó el cupón … que vencía el 20 de febrero": missed, gold
            # "proposed a deadline of Jan. 15": asked for, not set; "el día 10 del mes
            # siguiente": every month. Neither a deadline nor news of a day
            self.void_dates.add(m.start())
            return False, m.start()
        measure = is_deadline and self.measure_hit
        if not is_deadline and any(p.match(sentence, m.end()) for p in lex.deadline_post):
            if self.extended_after(m.end()):
                self.off_dates.add(m.start())
                return False, m.start()  # "the May 29 deadline was extended": the old one
            self.post_marked.add(m.start())
            return True, m.start()
        if not is_deadline and self.day_subject(m):
            return True, m.start()  # "El 15 de octubre no se mueve": the deadline named again
        if not is_deadline and self.answers_due_question(m.start()):
            return True, m.start()  # "When is the deadline to apply? Friday, June 12."
        if not is_deadline and self.persists_until(m.start()):
            return True, m.start()  # "Si el vídeo sigue visible al mediodía del viernes, la Sala …"
        if not is_deadline and (apposed := self.apposed(m.start(), m.end())) is not None:
            return True, apposed  # "the deadline, Jan. 10, is fixed by law"
        if not is_deadline and (copula := self.deadline_is(m.start())) is not None:
            return True, copula  # "the deadline for clubs to register their squads … is July 20"
        if not is_deadline and (duty := self.duty_before_event(m.start())) is not None:
            return True, duty  # "must submit a plan before its next home game on Sept. 5"
        if not is_deadline and self.window_end(m.start()):
            return True, m.start()  # "the consultation period runs from Oct. 5 to Nov. 2"
        after = sentence[m.end() : m.end() + _OFF_REACH]
        if is_deadline and lex.measure_off is not None and lex.measure_off.match(after):
            self.off_dates.add(m.start())  # a date that no longer holds: neither news nor due
            return False, m.start()  # "la huelga, prevista para el martes, queda aplazada"
        if is_deadline and lex.event_post is not None and lex.event_post.match(after):
            return False, m.start()  # "before the Feb. 1 vote": a scheduled event
        if measure:
            self.measure_ends.append(m.end())
        return is_deadline, ev

    def reference_deadline(self, start: int, end: int) -> bool:
        """Tell whether a date names a deadline that times an act of compliance ("signed it two days
        before the noon Friday cut-off", "saldrán antes de que venza el plazo del jueves"): a
        deadline set before and met or promised, only recalled (corpus README rule 14), no news of
        a day; not under a duty ("must file before the Oct. 15 deadline"), nor raced against by
        talks ("Talks resume on Monday, four days before the Jan. 1 deadline"), nor once missed."""
        lex, sentence = self.lex, self.sentence
        lead = lex.reference_lead
        if lead is None or lead.search(sentence[max(0, start - _REFERENCE_REACH) : start]) is None:
            return self.done_before(start, end)
        tail = lex.reference_tail
        if tail is not None and tail.match(sentence, end) is None:
            return False
        before = sentence[max(0, start - _LIVE_REACH) : start]
        if lex.reference_live is not None and lex.reference_live.search(before) is not None:
            return False
        words = _WORD.findall(self.clause_before(start, _MARKER_REACH).lower())
        return not lex.duty_auxiliaries.intersection(words)

    def done_before(self, start: int, end: int) -> bool:
        """Tell whether a dated deadline is the limit an act told done in the past beat ("closed their
        gates before the midnight cut-off on Wednesday", "abandonaron sus casas antes de la medianoche
        del martes, el límite que les había fijado"): met and only recalled (corpus README rule 14), no
        news of a day; not with a future, a duty, an order, a request or a negation before it ("failed
        to pay before the June 12 deadline" is missed, gold), nor with talks raced against it."""
        lex, sentence = self.lex, self.sentence
        lead_re, nouns = lex.done_before_lead, lex.done_before_nouns
        if lead_re is None or nouns is None:
            return False
        low = max(0, start - _REFERENCE_REACH)
        lead = lead_re.search(sentence, low, start)
        if lead is None:
            return False
        tail = lex.done_before_tail
        if nouns.search(lead.group()) is None and (tail is None or tail.match(sentence, end) is None):
            return False
        return self.told_done(start, lead.start(), live=True)

    def told_done(self, pos: int, lead: int, *, live: bool) -> bool:
        """Tell whether the words before `lead` tell an act done: tense cues all past since `pos`'s
        reach, and no order, request, countdown, duty, negation (nor talks, when `live`)."""
        lex = self.lex
        low = max(0, pos - _LIVE_REACH)
        before = self.sentence[low:lead]
        modes = {mode for c_start, c_end, mode in self.cues() if c_end <= lead and c_start >= low}
        if modes != {"past"}:
            return False
        blockers = [lex.done_before_blockers, lex.obligations, lex.last_day_missed]
        if live:
            blockers.append(lex.reference_live)
        if any(b is not None and b.search(before) is not None for b in blockers):
            return False
        return not lex.duty_auxiliaries.intersection(_WORD.findall(before.lower()))

    def rough_time(self, pos: int) -> bool:
        """Tell whether a time of day at `pos` is a rough time of a past act ("la noticia se conoció poco
        antes de las once de la noche", "the fire started shortly before 3 a.m."): when it happened, no
        due; not with a duty, an order, a request or a negation before it."""
        lead_re = self.lex.rough_time_lead
        if lead_re is None:
            return False
        lead = lead_re.search(self.sentence, max(0, pos - _MARKER_REACH), pos)
        return lead is not None and self.told_done(pos, lead.start(), live=False)

    def cancelled(self, pos: int) -> bool:
        """Tell whether the sentence calls off the measure a date belongs to before it ("desconvocó
        anoche una de las jornadas de huelga, la del lunes 23"): the date no longer holds."""
        off = self.lex.measure_cancelled
        return off is not None and off.search(self.sentence[max(0, pos - _CANCEL_REACH) : pos]) is not None

    def fronted_tally(self, ev: int, m: re.Match[str]) -> bool:
        """Tell whether a sentence opens with a limit's marker and date and goes on in the pluperfect
        ("Hasta el lunes, 300 familias habían recibido la ayuda"): how far a count had got, no due."""
        tally = self.lex.fronted_tally
        if tally is None or _OPENING_GAP.fullmatch(self.sentence, 0, ev) is None:
            return False
        return tally.match(self.sentence, _date_end(self.sentence, m)) is not None

    def done_on_last_day(self, m: re.Match[str]) -> bool:
        """Tell whether a past act is dated on a deadline's last day ("presentó el plan el 12 de
        noviembre, último día del plazo"): the deadline met that day, an event; not if negated."""
        lex, sentence = self.lex, self.sentence
        if lex.last_day_done is None or lex.last_day_done.match(sentence, _date_end(sentence, m)) is None:
            return False
        if self.tense(m.start(), m.end()) != "past":
            return False
        missed = lex.last_day_missed
        return missed is None or missed.search(self.clause_before(m.start(), _MARKER_REACH)) is None

    def named_deadline(self, m: re.Match[str]) -> bool:
        """Tell whether a date stands between a definite determiner and its deadline noun ("the
        Oct. 15 deadline"): a deadline already set, named, whatever is proposed about it."""
        lead, post = self.lex.named_deadline_lead, self.lex.named_deadline_post
        if lead is None or post is None or post.match(self.sentence, _date_end(self.sentence, m)) is None:
            return False
        return lead.search(self.sentence, max(0, m.start() - 12), m.start()) is not None

    def day_subject(self, m: re.Match[str]) -> bool:
        """Tell whether a date opens its sentence as the subject of a limit's
        words ("El 15 de octubre no se mueve", "Nov. 30 remains the final date")."""
        lead, post = self.lex.day_subject_lead, self.lex.day_subject_post
        if lead is None or post is None or post.match(self.sentence, _date_end(self.sentence, m)) is None:
            return False
        return lead.search(self.sentence, 0, m.start()) is not None

    def counted_from(self, pos: int) -> bool:
        """Tell whether the day at `pos` is where a countdown right before it starts ("a week
        **from** Friday"): the count's start, not a date of its own."""
        return any(
            re.sub(r"\s+", " ", (d.group("prep") or "").lower()) in self.lex.countdown_preps
            and not self.sentence[d.end() : pos].strip()
            for d in self.durations
        )

    def starts_duration(self, pos: int) -> bool:
        return self._start_marker(pos) is not None

    def _start_marker(self, pos: int) -> re.Match[str] | None:
        if self.lex.duration_start_re is None or not self.span_durations:
            return None
        return self.lex.duration_start_re.search(self.sentence, max(0, pos - 30), pos)

    def start_direction(self, pos: int) -> str | None:
        """For a weekday that starts a duration (directly or through the time before it):
        "past" after a past-tense start ("took effect on Monday"), else "near" ("a truce
        starting Saturday"); None when it starts nothing."""
        marker = self._start_marker(pos)
        if marker is None and (t := self.time_into(pos)) is not None:
            marker = self._start_marker(t.core - self.start)
        if marker is None:
            return None
        if any(p.search(marker.group()) for p in self.lex.past_tense) or self.granted_start(pos):
            return "past"
        if self.counted_from(pos) and self.tense(pos, pos) != "past":
            return "future"  # "must stop spraying two weeks from Monday": the coming Monday
        # "the pause begins on Saturday and will last 72 hours": the coming Saturday
        return "future" if self.tense(pos, pos) == "future" else "near"

    def granted_start(self, pos: int) -> bool:
        """Tell whether the weekday at `pos` starts a count a grant told done holds ("has given the
        council ten working days from Wednesday", "dio a la empresa diez días hábiles desde el
        lunes"): the count ran from the day gone by, or today, not the coming one."""
        granted = self.lex.granted_holders
        return granted is not None and any(
            granted.match(self.sentence, d.start()) is not None
            and 0 <= pos - d.end() <= _GRANT_GAP
            and not re.search(r"[,;:]", self.sentence[d.end() : pos])
            for d in self.durations
        )

    def add(self, mention: Mention, *, start_point: bool = False) -> None:
        self.mentions.append(mention)
        if start_point:
            self.starts.add(id(mention))

    def explicit_dates(self) -> list[_RawDate]:
        """Step 1: explicit dates, unresolved (a missing year or month is chosen later)."""
        lex, sentence = self.lex, self.sentence
        if lex.recurring_spans is not None:
            # "abre de lunes a viernes": a weekly schedule names no day
            self.taken.extend(m.span() for m in lex.recurring_spans.finditer(sentence))
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
                if month and not 1 <= day <= 31:
                    continue  # "the march 48 hours later": a count, not a day ("48" read as 1948)
                if month:
                    core = min(m.start(k) for k in ("day", "month", "monthnum", "year") if g.get(k))
                    parsed = _parse_span(sentence[core : m.end()].lower(), lex.code)
                    if parsed is not None:
                        p_year, month, day = parsed
                        year = year and p_year
                    if _valid(year or 2000, month, day) is None:
                        continue
                elif (weekday is None and not g.get("dayword")) or not 1 <= day <= 31:
                    continue
                self.taken.append(m.span())
                if (last := self.window_range_last(m)) is not None:
                    # "un período de observaciones del 9 al 20 de noviembre": the window's last day is due
                    day, is_deadline, ev = last, True, m.start()
                else:
                    self.allow_tentative = True
                    is_deadline, ev = self.deadline_at(m)
                    self.allow_tentative = False
                raw.append(
                    _RawDate(
                        m.start(),
                        _date_end(sentence, m),
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
                # (undated: a past report resolves to the most recent past, DESIGN.md §1)
                # (undated: near the statement date the article gave, not the clock)
                ahead = _resolve(r, self.ref if self.ref_dt is not None else self.carried or self.ref, "near")
                if ahead is None or ahead < self.ref:
                    r.deadline, r.evidence = False, r.start  # "struck on June 8": over
        return raw

    def statement_anchor(self, raw: list[_RawDate]) -> tuple[date | None, bool]:
        """Return the statement date (the first explicit, non-deadline date in a past-tense
        context) and whether the sentence is background (that date is long before
        publication)."""
        anchor: date | None = None
        for r in raw:
            if (
                not r.deadline
                and not r.start_point
                and r.start not in self.moved_to
                and r.start not in self.void_dates  # "who have applied before March 1": no news of a day
                and self.tense(r.start, r.end) == "past"
                and not self.background(r.start)
                # "el referéndum convocado para el 25 de octubre": what it is set for, not the report's day
                and not self.scheduled_for(r.start)
            ):
                anchor = _resolve(r, self.ref, "past")
                break
        if anchor is not None and self.ref_dt is not None:
            age = (self.ref - anchor).days
            if age > _ANCHOR_DAYS:
                return None, True  # long before publication: background, not this report
            if age < 0:
                return None, False  # after publication: not the date of this report
        return anchor, False

    def missed_in_sentence(self, pos: int) -> bool:
        """Tell whether the sentence reports the deadline at `pos` missed or broken ("It missed a
        similar deadline in March", "a más tardar el jueves … con un día de retraso"): its
        past-tense deadline is gone by. A break told in an earlier clause is another deadline's
        ("fined it for missing the deadline it set last Thursday, and gave it until Friday")."""
        joiners = self.lex.duty_joiners
        for pattern in self.lex.changes.get("break", ()):
            if pattern.search(self.sentence, pos) is not None:
                return True
            for cue in pattern.finditer(self.sentence, 0, pos):
                between = self.sentence[cue.end() : pos]
                if not ("," in between and joiners is not None and joiners.search(between)):
                    return True
        return False

    def missed_due(self, pos: int) -> bool:
        """Tell whether a break before a due recalled in the past names it as the due missed
        through a link ("no pagó el cupón … que vencía el 20 de febrero", "failed to pay the
        coupon that was due on"): the deadline missed (corpus README rule 14), not one only recalled."""
        links = self.lex.expiry_links
        if links is None:
            return False
        if self._break_ends is None:  # the sentence's break cues, found once
            self._break_ends = [
                cue.end()
                for pattern in self.lex.changes.get("break", ())
                for cue in pattern.finditer(self.sentence)
            ]
        return any(
            end <= pos and links.search(self.sentence[end:pos]) is not None for end in self._break_ends
        )

    def expired_unmet(self, pos: int) -> bool:
        """Tell whether a deadline noun's relative clause gives the date it ran out, in a sentence
        that tells it unmet ("blew through the ten-day refund deadline …, which ran out on
        Thursday, without returning a single euro", "no llegaron a cargar … en el plazo que venció
        el 30 de noviembre"): the deadline missed, gone by."""
        lex = self.lex
        links, nouns, unmet = lex.expiry_links, lex.deadline_nouns, lex.unmet
        if self._unmet is None:  # whether the sentence tells something unmet, found once
            self._unmet = unmet is not None and unmet.search(self.sentence) is not None
        if links is None or nouns is None or not self._unmet:
            return False
        found = any(
            links.search(self.sentence[noun.end() : pos]) is not None
            for noun in nouns.finditer(self.sentence, max(0, pos - _EXPIRY_REACH), pos)
        )
        if found:
            self.expired.add(pos)
        return found

    def expiry_told(self, pos: int, end: int) -> bool:
        """Tell whether the date at `pos` is the day a deadline noun that opens its clause was to run
        out, told in the imperfect in the main clause ("El plazo vencía el viernes 20", "El miércoles
        vencía el primer plazo"): the deadline reported as gone or going by (corpus README rule 14),
        not a recalled one ("que vencía"); not beside an extension or a deadline told met."""
        lex, sentence = self.lex, self.sentence
        before, after = lex.expiry_told, lex.expiry_told_after
        found = (before is not None and before.search(sentence, 0, pos) is not None) or (
            after is not None
            and _CLAUSE_OPEN.match(sentence[:pos]) is not None
            and after.match(sentence, end) is not None
        )
        changes = lex.changes
        if not found or any(p.search(sentence) for kind in ("extend", "meet") for p in changes.get(kind, ())):
            return False
        self.expiry_days.add(pos)  # a bare weekday is the one gone by; a full date as its tense says
        return True

    def background(self, pos: int) -> bool:
        """Tell whether a date stands in a relative clause or participle set off by a comma
        ("the airline, which was fined on Dec. 14, now has…"): background, not the report's day."""
        bg = self.lex.background_clauses
        return bg is not None and bg.search(self.sentence, max(0, pos - _MARKER_REACH), pos) is not None

    def resolve_dates(self, raw: list[_RawDate], statement_day: date, past_default: bool) -> None:
        """Step 2: give each explicit date its year (and month) from tense and context."""
        self.raw_dates, self.statement_day = raw, statement_day
        for r in raw:
            if r.deadline and (r.start in self.expired or (r.start in self.expiry_days and r.month == 0)):
                value = _resolve(r, self.ref, "past")  # "el plazo que venció el 30 de noviembre", unmet
            elif r.deadline and r.month == 0 and r.weekday is None:
                value = _resolve(r, statement_day, "future")  # "hasta el día 15": the next 15th
            elif (
                r.deadline
                and not r.tentative
                and self.ref_dt is not None
                and self.tense(r.start, r.end) != "past"
                and not self.lapsed(r.end)  # "let the Sept. 4 deadline pass"
            ):
                # "the lease runs out on June 30" in December: a due not told as gone is ahead
                value = _resolve(r, statement_day, "future")
            elif r.deadline and self.missed_in_sentence(r.start) and self.tense(r.start, r.end) == "past":
                # "It missed a similar deadline in March, when it was given until March 31": gone by
                value = _resolve(r, self.ref, "past")
            elif r.deadline and not r.tentative and self.granted(r.evidence):
                # "the court gave the firm until Sept. 30 to pay" in March: a limit set now is ahead,
                # unless that day went by weeks ago and the next is most of a year off ("the court
                # gave the company until 29 October" in late November: recalled, gone by)
                value = _resolve(r, statement_day, "future")
                gone = _resolve(r, statement_day, "past")
                if (
                    value is not None
                    and gone is not None
                    and (value - statement_day).days > _GRANT_AHEAD
                    and 0 < (statement_day - gone).days <= _GRANT_GONE
                ):
                    value = gone
            elif r.deadline or r.start_point or r.start in self.off_dates or r.tentative:
                value = _resolve(r, statement_day, "near")  # a tentative one: the date gone by
            elif r.start in self.moved_to:
                value = _resolve(r, statement_day, "future")  # "moved the auction to Dec. 15"
            elif self.ref_dt is not None and (
                self.named_event_before(r.start) or self.scheduled_for(r.start)
            ):
                # "antes de la cumbre del Mercosur del 2 de octubre": the meeting's own day,
                # the nearest one whatever the tense of the report around it
                value = _resolve(r, self.ref, "near")
            else:
                tense = self.tense(r.start, r.end)
                if tense == "past" or (tense is None and past_default):
                    value = _resolve(r, self.ref, "past")
                elif tense == "future":
                    value = _resolve(r, statement_day, "future")
                else:
                    value = _resolve(r, self.ref, "near")
            if r.start in self.void_dates:
                continue
            if value is not None and not (r.start in self.off_dates and value >= self.ref):
                s = self.start
                mention = Mention(s + r.start, s + r.end, "date", r.deadline, value, s + r.evidence)
                self.add(mention, start_point=r.start_point)

    def granted(self, pos: int) -> bool:
        """Tell whether the clause before a deadline's marker grants or orders it in this report
        ("gave lawmakers until", "ordered … by"), not in the past perfect ("had been given until")."""
        duties, remote = self.lex.obligations, self.lex.remote_past
        clause = self.clause_before(pos, _MARKER_REACH)
        return (
            self.ref_dt is not None
            and duties is not None
            and duties.search(clause) is not None
            # "said it had given Meridian until Oct. 28": even in reported speech, maybe gone by
            and (remote is None or remote.search(clause) is None)
        )

    def weekdays(self, base: date) -> None:
        """Step 3: weekdays, counted from `base` in the direction their words or tense give."""
        lex = self.lex
        ahead: list[tuple[int, int]] = []  # (start, weekday) of bare weekday deadlines from `base`
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
                if not is_deadline and self.fronted_measure(m.start()):
                    is_deadline, ev = True, 0  # "From 00:00 on Thursday, drivers … face a €200 fine"
                week_on = bool(g.get("weekon") or g.get("weekafter"))
                if g.get("next") or g.get("next2") or week_on:
                    direction = "future"
                elif g.get("last") or g.get("last2"):
                    direction = "past"
                    if is_deadline:
                        continue  # "had notified them by last Friday's deadline": a due recalled
                elif g.get("this"):
                    direction = "this"
                elif self.count_owned(m):
                    direction = "past"  # "30 days from Tuesday's notice": the notice gone by, or today's
                elif is_deadline and {m.start(), ev} & (self.expired | self.expiry_days):
                    direction = "past"  # "the refund deadline, which ran out on Thursday, without …"
                elif (
                    is_deadline
                    and self.missed_in_sentence(m.start())
                    and self.tense(m.start(), m.end()) == "past"
                ):
                    direction = (
                        "past"  # "se comprometió a liberar a más tardar el jueves … con un día de retraso"
                    )
                elif is_deadline and m.start() in self.post_marked and self.lapsed(m.end()):
                    direction = "past"  # "Thursday's 6 p.m. limit had come and gone": gone by, today at most
                elif is_deadline and self.remote_past(ev):
                    # "had been given until Wednesday", "Friday's deadline passed": this week's
                    direction = "near"
                elif is_deadline:
                    direction = "future"
                elif m.start() in self.off_dates:
                    direction = "near"  # "the strike on Tuesday was called off": this week's
                elif self.scheduled_for(m.start()):
                    direction = "future"  # "called a joint assembly for Thursday"
                elif m.start() in self.scheduled or self.time_leads_scheduled(m.start()):
                    # "las urnas se cierran a las 16:00 del domingo": as the tense says, else near
                    direction = self.tense(m.start(), m.end()) or "near"
                elif self.fronted_start(m.start()):
                    direction = "coming"  # "From 00:00 on Monday, night cuts end": today or ahead
                elif (start := self.start_direction(m.start())) is not None:
                    # a span that starts on the publication's weekday starts today ("30 días a partir
                    # del viernes", published on a Friday), not a week later
                    direction = "near" if start == "future" and wd == base.weekday() else start
                elif self.past_verb_after(m.end()):
                    direction = "past"  # "will meet on Thursday, March 19, and on Tuesday it gave": gone by
                else:
                    # a bare weekday in news is mostly a day gone by ("said on Tuesday"), but not in
                    # a sentence of duties ("must withdraw within 72 hours of the truce taking effect
                    # at 6 a.m. on Wednesday"): this week's
                    duty = self.lex.obligations is not None and self.lex.obligations.search(self.sentence)
                    direction = self.tense(m.start(), m.end()) or ("near" if duty else "past")
                if direction == "coming":
                    value = _shift(base, (wd - base.weekday()) % 7)
                elif direction in ("this", "near"):  # "este lunes": the one of this week, either side
                    value = _shift(base, (wd - base.weekday() + 3) % 7 - 3)
                elif direction == "future" and is_deadline and self.later_today(wd, base, m):
                    value = base  # published on a Friday: "until midnight on Friday" is tonight
                elif direction == "future":
                    # "said on Tuesday that offers are due by Friday", published on Saturday: the
                    # Friday after the report's day, gone by now
                    said = self.stated_day(m.start()) if is_deadline and not g.get("next") else None
                    count_from = said if said is not None and said < base else base
                    value = _shift(count_from, (wd - count_from.weekday()) % 7 or 7)
                    if said is None and is_deadline and not g.get("next"):
                        ahead.append((self.start + m.start(), wd))  # the report's day may come later
                elif g.get("last") or g.get("last2"):
                    value = _shift(base, -((base.weekday() - wd) % 7 or 7))  # "last Tuesday" on a Tuesday
                else:
                    value = _shift(base, -((base.weekday() - wd) % 7))
                if week_on and value is not None:
                    value = _shift(value, 7)  # "until 4pm on Friday week": a week after the coming Friday
                if m.start() in self.void_dates:
                    continue
                if (named := self.named_before(wd, m.start())) is not None:
                    value = named  # "vence a las 18:00 de ese viernes": the Friday named before
                if value is not None and not (m.start() in self.off_dates and value >= self.ref):
                    s = self.start
                    told_expiry = is_deadline and bool({m.start(), ev} & self.expiry_days)
                    mention = Mention(
                        s + m.start(), s + m.end(), "weekday", is_deadline, value, s + ev, expiry=told_expiry
                    )
                    self.add(mention, start_point=self.starts_duration(m.start()))
        self.count_from_report(ahead, base)

    def fronted_start(self, pos: int) -> bool:
        """Tell a weekday in a start that opens the sentence ("From 00:00 on Monday, night cuts end",
        "A partir del lunes, los bares cerrarán"): when something begins, told ahead of the news."""
        fronted = self.lex.fronted_starts
        return fronted is not None and fronted.fullmatch(self.sentence, 0, pos) is not None

    def fronted_measure(self, pos: int) -> bool:
        """Tell a fronted start whose sentence takes a measure into force ("From 00:00 on Thursday,
        drivers … face a €200 fine", "A partir del lunes, los cortes nocturnos…"): its day is due."""
        if not self.fronted_start(pos):
            return False
        tail = self.sentence[pos:]
        return any(
            p is not None and p.search(tail) is not None
            for p in (self.lex.fronted_measures, self.lex.measure_words, self.lex.start_threats)
        )

    def count_owned(self, m: re.Match[str]) -> bool:
        """Tell a weekday that owns the act a count runs from ("30 days from Tuesday's notice", "30
        días desde la notificación del martes"): an act done, this week or today, not a due ahead."""
        owned = self.lex.count_owned_weekdays
        if owned is None:
            return False
        before = self.sentence[max(0, m.start() - _OWNED_REACH) : m.start()]
        if owned.search(before) is None:
            return False
        # the day owns the act: "Tuesday's notice", or "la notificación del martes"
        return _POSSESSIVE.match(self.sentence, m.end()) is not None or (
            self.lex.noun_dates is not None and self.lex.noun_dates.search(before) is not None
        )

    def count_from_report(self, ahead: list[tuple[int, int]], base: date) -> None:
        """Count bare weekday deadlines from the report's day named after them ("has until Friday
        to move, a charity said on Wednesday"), when that day is before `base`."""
        said = self.stated_day(len(self.sentence)) if ahead else None
        if said is None or said >= base:
            return
        starts = dict(ahead)
        for mention in self.mentions:
            wd = starts.get(mention.start)
            if wd is not None and mention.kind == "weekday" and mention.deadline:
                mention.value = _shift(said, (wd - said.weekday()) % 7 or 7)

    def noun_day(self, noun: str) -> date | None:
        """Return the first day named after the last mention of `noun` (its first five letters)
        before this sentence, in that mention's sentence ("la huelga convocada para el 26 de
        junio" for "cinco días de antelación a la fecha de la huelga")."""
        stem = re.compile(r"\b" + re.escape(noun[:5].lower()), re.IGNORECASE)
        for occurrence in reversed(list(stem.finditer(self.text, 0, self.start))):
            after = occurrence.end()
            stop = _SENTENCE_STOP.search(self.text, after, self.start)
            end = min(stop.start() if stop else self.start, after + _NOUN_DAY_REACH)
            day = next((d for pos, d in self.named if after <= pos < end), None)
            if day is not None:
                return day
        return None

    def named_before(self, wd: int, pos: int) -> date | None:
        """Return the last day an earlier sentence named on weekday `wd` when a demonstrative
        points back to it ("de ese viernes", "on that Friday"), else None."""
        anaphor = self.lex.weekday_anaphors
        if anaphor is None or anaphor.search(self.sentence, max(0, pos - 20), pos) is None:
            return None
        return next((day for _, day in reversed(self.named) if day.weekday() == wd), None)

    def later_today(self, wd: int, base: date, m: re.Match[str]) -> bool:
        """Tell whether a deadline weekday that is the publication's own, with a time of day
        still ahead at publication ("until midnight on Friday", published Friday at 17:40),
        means that very day rather than a week later."""
        if wd != base.weekday() or self.ref_dt is None:
            return False
        t = self.time_into(m.start())
        if t is None:
            t = next((x for x in self.times if 0 <= x.start - (self.start + m.end()) <= 12), None)
        if t is None:
            return False
        day = _shift(base, 1) if t.next_day else base
        if day is None:
            return False
        at = datetime.combine(day, time(t.hour, t.minute), tzinfo=t.tz or self.default_tz)
        return at > self.ref_dt

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
            if offset >= 7 and _SINCE_AFTER.match(self.sentence, m.end()):
                # "It is a week today since the mine flooded": a week back, the day of that news
                value = _shift(base, -offset)
                if value is not None:
                    s = self.start
                    self.add(Mention(s + m.start(), s + m.end(), "relative", False, value, s + m.start()))
                continue
            is_deadline, ev = self.mark_deadline(m.start())
            if not is_deadline and self.apposed_noun_after(m.end()):
                is_deadline, ev = True, m.start()  # "A las 18.00 de ayer, la hora límite, solo nueve…"
            if is_deadline and offset == 0 and self.so_far(m.start(), m.end()):
                continue  # "la multa más alta impuesta hasta hoy": how far, no limit, no news of a day
            start_point = self.starts_duration(m.start())
            if is_deadline and start_point:
                is_deadline, ev = False, m.start()  # "durante 48 horas a partir de mañana": its start
            if is_deadline and self.superseded(m.start()):
                is_deadline, ev = False, m.start()  # "la huelga, que debía empezar mañana": the old day
            value = _shift(base, offset)
            if self.voided(m.start()) and not (is_deadline and m.start() in self.expired | self.expiry_days):
                continue  # "el ultimátum, que vencía mañana": a due recalled, no news of a day
            if value is not None:
                s = self.start
                mention = Mention(s + m.start(), s + m.end(), "relative", is_deadline, value, s + ev)
                self.add(mention, start_point=start_point)

    def apposed_noun_after(self, end: int) -> bool:
        """Tell whether a deadline noun stands in apposition right after a relative day ("at 6 p.m.
        yesterday, the deadline, only nine…"): the day named as the due."""
        tail = self.sentence[end : end + _OFF_REACH]
        found = (p.match(tail) for p in self.lex.deadline_post)
        return any(f is not None and f.group().rstrip().endswith(",") for f in found)

    def so_far(self, pos: int, end: int) -> bool:
        """Tell whether "until today" at `pos` tells how far something has gone ("the largest fine
        imposed until today", "Hasta hoy, ningún país ha reclamado la deuda"), not a limit."""
        lex = self.lex
        if lex.so_far is not None and lex.so_far.search(self.clause_before(pos, _MARKER_REACH)):
            return True
        opening = lex.so_far_opening
        return (
            opening is not None
            and opening.search(self.sentence, 0, pos) is not None
            and (self.sentence[end : end + 1] == ",")
        )

    def period_ends(self, base: date) -> None:
        """Step 4b: "by the end of the month", "antes de que termine febrero": deadlines only."""
        lex = self.lex
        for pat in lex.period_end_patterns.active(self.sentence):
            for m in pat.finditer(self.sentence):
                if self.full() or _overlaps(m.span(), self.taken):
                    continue
                is_deadline, ev = self.mark_deadline(m.start())
                if (
                    not is_deadline
                    or self.superseded(m.start())
                    or self.proposed(m.start())
                    or self.voided(m.start())
                ):
                    continue  # a month or year alone is neither an event nor a deadline
                g = m.groupdict()
                period = lex.periods.get((g.get("period") or "").lower())
                if g.get("month") or period not in lex.period_deadlines:
                    # "by the end of September" is a month alone (corpus README, rule 15)
                    self.taken.append(m.span())
                    continue
                # "by the end of next week", "a finales de la semana que viene": from its Monday
                nxt = g.get("next") or g.get("next2")
                start = base + timedelta(days=7 - base.weekday()) if nxt else base
                value = _period_end(period, g.get("month"), start, lex)
                if value is None or (value < self.ref and self.tense(m.start(), m.end()) == "past"):
                    continue  # "arrivals were down a quarter by the end of October": a figure
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
                # from the hour itself: "amplió el lunes hasta las 18:00 del martes 3" gives the
                # time to the Tuesday, not to the day its marker follows
                gap = max(mention.start - t.end, t.core - mention.end)
                between = self.text[min(mention.end, t.end) : max(mention.start, t.start)]
                # "el viernes, a las 14:00": a bare comma after the date still gives its time
                apposed = mention.end <= t.start and _BARE_COMMA.fullmatch(between) is not None
                if gap > _ATTACH or (("," in between or ";" in between) and not apposed):
                    continue  # "until midnight Moscow time, as agreed on Sunday": not Sunday's
                if best is None or gap < max(best.start - t.end, t.core - best.end):
                    best = mention
            # "from November 13 to 2 p.m. on December 4": the date the time leads into, not the one
            # the same distance before it
            led = next(
                (x for x in self.mentions if x.start >= t.end and self.time_into(x.start - s) is t), None
            )
            if led is not None and best is not None and best.end <= t.start:
                best = led
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
                    # "la huelga, que debía empezar mañana a las 07:00": the old day, its hour too
                    is_deadline = is_deadline and not self.superseded(best.start - s)
                    # "reached the airport shortly before 8 p.m. on Monday": when it happened
                    is_deadline = is_deadline and not self.rough_time(t.core - s)
                    if is_deadline and self.starts_duration(core):
                        self.starts.add(id(best))  # the start of the sentence's span
                    elif is_deadline:
                        best.deadline = True
                        best.evidence_start = min(best.evidence_start, s + ev)
                    elif self.starts_duration(core):
                        self.starts.add(id(best))
                best.start, best.end = min(best.start, t.start), max(best.end, t.end)
                self.taken.append((t.start - s, t.end - s))
            elif best is None and self.on_counted_day(t.end - s):
                # "hasta las 13:00 del decimoquinto día": no day here
                self.taken.append((t.start - s, t.end - s))
            elif best is None and self._same_day(t.end - s):
                # "…a las 00:01 hora de Washington de ese día": the time of a deadline named
                # before; the engine gives it to that deadline (the date here is a stand-in)
                value = datetime.combine(
                    statement_day, time(t.hour, t.minute), tzinfo=t.tz or self.default_tz
                )
                self.add(Mention(t.start, t.end, "same_day", True, value, t.start))
                self.taken.append((t.start - s, t.end - s))
            elif best is None and self.span_durations and self.starts_duration(core):
                # "un plazo de 48 horas a partir de las 12:00": the span starts that day
                tz = t.tz or self.default_tz
                value = datetime.combine(statement_day, time(t.hour, t.minute), tzinfo=tz)
                self.add(Mention(t.start, t.end, "time", False, value, t.start), start_point=True)
                self.taken.append((t.start - s, t.end - s))
            elif best is None and any(self.time_into(v) is t for v in self.void_dates):
                # "exigieron que pague antes de las 18:00 del martes 1": the hour of a day only asked
                # for, no due of the statement's day
                self.taken.append((t.start - s, t.end - s))
            elif best is None and self.reference_deadline(t.start - s, t.end - s):
                self.taken.append((t.start - s, t.end - s))  # "before the noon Friday cut-off"
            elif best is None and self.rough_time(t.core - s):
                self.taken.append((t.start - s, t.end - s))  # "se conoció poco antes de las once"
            elif best is None and not self.habitual(t.end - s):
                is_deadline, ev = self.mark_deadline(core)
                if (
                    is_deadline
                    and self.time_of_previous_due(statement_day)
                    # "su oferta expiró a medianoche": gone, not the hour of a due ahead
                    and not self.gone_by(self.clause_before(core, 40))
                ):
                    # "…hasta el 13 de noviembre. El documento deberá registrarse antes de las
                    # 14:00": a due hour with no day of its own completes the deadline named before
                    value = datetime.combine(
                        statement_day, time(t.hour, t.minute), tzinfo=t.tz or self.default_tz
                    )
                    self.add(Mention(t.start, t.end, "same_day", True, value, t.start))
                    self.taken.append((t.start - s, t.end - s))
                elif is_deadline:
                    day_value = statement_day
                    if (t.hour, t.minute) == (0, 0):
                        day_value = _shift(statement_day, 1) or statement_day
                    tz = t.tz or self.default_tz
                    value = datetime.combine(day_value, time(t.hour, t.minute), tzinfo=tz)
                    if self.already_past(value, core):
                        value += timedelta(days=1)  # "will walk out at 12:01 a.m.": the coming one
                    self.add(Mention(t.start, t.end, "time", True, value, s + ev))
                    self.taken.append((t.start - s, t.end - s))

    def gone_by(self, clause: str) -> bool:
        """Tell whether a clause tells something past with no duty or future in it ("su oferta
        expiró a"; not "forms must be submitted before")."""
        lex = self.lex
        if not any(p.search(clause) for p in lex.past_tense):
            return False
        duty = lex.obligations is not None and lex.obligations.search(clause) is not None
        return not duty and not any(p.search(clause) for p in lex.future_tense)

    def time_of_previous_due(self, statement_day: date) -> bool:
        """Tell whether a due hour with no day in its sentence belongs to the deadline an earlier
        sentence set: a bare day still ahead, and no other day named in this sentence."""
        due = self.previous_due
        return (
            isinstance(due, date)
            and not isinstance(due, datetime)
            and due > statement_day
            and not any(x.value is not None for x in self.mentions)
        )

    def already_past(self, value: datetime, pos: int) -> bool:
        """Tell whether a dateless time ahead in the text ("the strike starts at 12:01 a.m.") has
        already passed on the day of publication, so it means the next day's."""
        return (
            self.ref_dt is not None
            and value.date() == self.ref
            and value < self.ref_dt
            and self.tense(pos, pos) != "past"
        )

    def habitual(self, pos: int) -> bool:
        """Tell whether a time or day recurs ("open until 6 p.m. on weekdays", "el día 10 de
        cada mes"): no deadline."""
        habitual = self.lex.habitual
        return habitual is not None and habitual.match(self.sentence, pos) is not None

    def on_counted_day(self, pos: int) -> bool:
        """Tell whether the n-th day of a count follows a time ("until 1 p.m. on the fifteenth day
        after publication"): a day this sentence does not give, so no due on the report's day."""
        counted = self.lex.counted_day
        return counted is not None and counted.match(self.sentence, pos) is not None

    def _same_day(self, pos: int) -> bool:
        """Tell whether "that day" follows a time ("…hora de Washington\" de ese día")."""
        anaphor = self.lex.same_day_anaphors
        return anaphor is not None and anaphor.match(self.sentence[pos : pos + 40]) is not None

    def stated_time(self, day: date) -> datetime | None:
        """Return the instant a bare time of day in the sentence gives on `day` (one no date or
        deadline took: "el auto dictado a las 17:00"), or the live-blog stamp it opens with."""
        free = [t for t in self.times if not any(x.start < t.end and t.start < x.end for x in self.mentions)]
        t = free[0] if len(free) == 1 else self.stamp
        if t is None or t.next_day or self.ref_dt is None:
            return None
        tz = t.tz or self.default_tz or self.ref_dt.tzinfo
        return datetime.combine(day, time(t.hour, t.minute), tzinfo=tz)

    def own_start_of(self, m: re.Match[str], at: int) -> bool:
        """Tell whether a start point at `at` starts the duration `m`: before it, or after it
        with no relative clause opening past the duration's own noun in between ("a grace
        period that began Monday" is its own; "the detainees who have been on strike since")."""
        if at < m.start():
            return True
        if at - m.end() > _TAIL_REACH:
            return False
        relative = self.lex.relative_words
        return relative is None or relative.search(self.sentence, m.end() + _OWN_NOUN, at) is None

    def durations_from(self, statement_day: date, anchor: date | None, historic: bool) -> None:
        """Step 6: durations, counted from a start point, a dated time or the statement day."""
        lex, s = self.lex, self.start
        instant: datetime | None = None
        start_days: list[tuple[int, date]] = []  # "a 30-day grace period that began Monday"
        for mention in self.mentions:
            value = mention.value
            first_or_start = instant is None or id(mention) in self.starts
            if isinstance(value, datetime) and not mention.deadline and first_or_start:
                instant = value
            elif id(mention) in self.starts and isinstance(value, date):
                start_days.append((mention.start, value))
        explicit = [x for x in self.mentions if x.deadline]
        for m in self.durations:
            # a start after the duration is its own only close by; further on it starts something
            # a later clause tells ("revisar en 30 días los expedientes de los internos que
            # mantienen una huelga desde el 5 de octubre")
            # a duration tied to an event ("de signing", "desde su concesión") starts there, not at
            # a start point before it, which scopes a noun ("contracts signed from June 1")
            tie = bool(start_days) and (self.relative_next(m.end()) or self.relative_tail(m.end()))
            start_day = next(
                (
                    day
                    for at, day in start_days
                    if self.own_start_of(m, at - s) and not (tie and at - s < m.start())
                ),
                None,
            )
            # a day between the verb and the count is its own mention ("dio el jueves 48 horas")
            if self.full() or _overlaps((m.start("num"), m.end()), self.taken):
                continue
            g = m.groupdict()
            prep = re.sub(r"\s+", " ", (g.get("prep") or "").lower())
            num = _number(g.get("num") or "", lex)
            unit = lex.units.get(re.sub(r"\s+", " ", (g.get("unit") or "").lower()))
            if num is not None and unit in _SPAN_DAYS:
                num, unit = num * _SPAN_DAYS[unit], "days"  # "within a fortnight", "una quincena"
            if num is None or unit is None or prep not in lex.duration_deadline_preps:
                continue
            tense = self.tense(m.start(), m.end()) if prep in lex.duration_future_preps else None
            if (
                prep in lex.duration_future_preps
                and tense != "future"
                and (tense == "past" or not self.start_follows(m.end()))
            ):
                continue  # "in two weeks" counts only ahead ("will walk out in 10 days")
            if prep in lex.countdown_preps and not (
                self.duty_or_threat() or _deadline_before(self.sentence, m.start(), lex) is not None
            ):
                continue  # "A week from Friday the choir performs": news, no due (but "is due a week from")
            if (
                prep not in lex.duration_future_preps
                and prep not in lex.countdown_preps
                and self.measure_length(m)
            ):
                continue  # "a strike for 48 hours from Feb. 11": the strike's start says it
            if unit == "years" and prep in lex.duration_length_preps:
                continue  # "waiting lists grew for three years", "durante cuatro años": a length
            if self.ahead_no_due(m, unit):
                continue  # "Rain fell for the next three days", "over the next five years"
            if prep in lex.continued_span_preps and self.own_length(m.start()):
                continue  # "La veda durará 39 días": a measure's own length, not a due (rule 15)
            if self.measure_runs(m, prep, start_day) and self.own_length(m.start()):
                continue  # "The rules run for six weeks", "a partir del lunes 9, y durante seis semanas"
            self.taken.append(m.span())
            if historic:
                continue  # "dio un plazo de 30 días el 4 de agosto", months ago: background
            tied: date | None = None
            pending: tuple[str, int, str, bool] | None = None
            owned = self.possessive_day(m.end()) if start_day is None else None
            due_tie = self.tied_due(m.end()) if start_day is None else None
            # "Anything shipped before December 22 will have 30 days from that date": from that day,
            # when nothing else dates the count (a statement's day does: "published on Sept. 14 … 10
            # days from that date")
            that_day = self.that_date(m) if start_day is None and anchor is None else None
            if that_day is None and start_day is None:
                # "se publicará el lunes, y desde ese día tendrán quince días": from that Monday
                that_day = self.fronted_that_date(m)
            if that_day is not None:
                tied = that_day
            elif owned is not None:
                tied = owned  # "within 60 days of Monday's publication": from that Monday
            elif start_day is None and self.timed_tie(m.end()):
                # "gave them on Monday 72 hours from the 9 a.m. notice": the act at that time of
                # the day the sentence reports (its free time of day starts the count)
                tied = self.stated_day(m.start("num")) or anchor or statement_day
            elif due_tie is not None:
                # "Bids close on March 27 … within five days of the closing date"; with no due
                # named before, none (not the day the window opened)
                if due_tie is _NO_DUE:
                    pending = self.undated_tie(m.end(), num, unit, provisional=True)
                    if pending is None:
                        continue
                    tied = statement_day  # held until a later sentence dates it, else dropped
                else:
                    tied = due_tie
            elif start_day is None and (self.relative_next(m.end()) or self.relative_tail(m.end())):
                # "within 30 days of the vote" the Council held on Thursday counts from that
                # day; "within 14 days of it being filed" from an unknown one: no deadline
                if self.conditional_count(m):
                    continue  # "multas que se reducen a la mitad si se pagan en los 20 días siguientes a …"
                dated = self.dated_noun(m.end())
                if self.unanchored(m.end()):
                    tied = dated  # "within 30 days of the full ruling being published": not yet
                else:
                    tied = dated or anchor or self.stated_day(len(self.sentence)) or self.event_day(m.end())
                if dated is None:
                    pending = self.undated_tie(m.end(), num, unit, provisional=tied is None)
                if tied is None:
                    if pending is None:
                        continue  # "within 14 days of it being filed": no day to count from
                    tied = statement_day  # held until a later sentence dates the event, else dropped
            elif self.then_tied(m):
                # "published on Oct. 20, and students then have 10 days": from the day before it
                tied = self.last_day_before(s + m.start())
            # "missed a payment due on Monday, triggering a 30-day grace period": from that due,
            # which is another end than the length's ("by June 30; after that, a 15-day grace period")
            chained = (
                self.chained_due(m, prep)
                if start_day is None and (tied is None or self.then_tied(m))
                else None
            )
            tied = chained or tied
            if prep not in lex.present_holder_preps and self.given_before(m.start(), m.start("num")):
                continue  # "Ya en enero la agencia había dado un plazo de diez días": an old limit
            head_due = self.due_head(m.start()) if tied is None and start_day is None else None
            if head_due is not None:
                tied = head_due  # "Once the deadline passes, the agency will have 30 days": from that due
            elif self.relative_head(m.start()) or self.conditional_head(m.start(), prep):
                continue  # "Once the plan arrives, the agency will have 30 days": no day yet
            if (
                self.requested(m.start())
                or self.holder_asks(m, prep)
                or self.asked(m.start(), m.end())
                or self.restated(m.end())
                or self.habitual(m.end())
                or self.gone_length(m)
                or self.general_limit(m, prep)
                or self.delay_count(m)
                or self.activity_length(m, prep)
                or self.length_on_later_day(m, prep)
            ):
                continue  # "asked Treasury to process licences within 10 business days"
            # a span with its own start ("a 14-day grace period from Dec. 11") ends on its own
            if (
                start_day is None
                and due_tie is None
                and chained is None
                and that_day is None
                and any(x.deadline and self.same_end(x, m) for x in explicit)
            ):
                continue  # "durante una semana, hasta el 1 de febrero": the end point says it
            if self.vague(m):
                continue  # "less than three weeks to adapt": a rough length, not a due
            spans = prep in lex.continued_span_preps or prep in lex.duration_length_preps
            if spans and self.event_length(m.start()):
                # "a review mission expected to last ten days", "the vaccination campaign runs for
                # five days": a scheduled event's length
                continue
            before = self.sentence[max(0, m.start() - 40) : m.start()]
            if prep in lex.duration_length_preps and lex.length_verbs.search(before):
                continue  # "the talks lasted for three days": a length, not a deadline
            start_instant = instant
            own = self.own_start(s + m.end())
            if own is not None:
                # "30 days from Friday", though the sentence starts something else too ("under a
                # by-law that took effect on July 1"): the start right after the duration
                if isinstance(own, datetime):
                    start_instant, own = own, own.date()
                value = _duration_end(tied or own, start_instant, num, unit)
                if value is not None:
                    self.add(
                        Mention(s + m.start(), s + m.end(), "duration", True, value, s + m.start(), pending)
                    )
                continue
            if (
                instant is None
                and start_day is None
                and anchor is None
                and self.previous_start is not None
                and prep in lex.continued_span_preps
            ):
                # "The ceasefire began at 6 a.m. on Thursday. It is due to last 72 hours."
                carried = self.previous_start
                if isinstance(carried, datetime):
                    start_instant = carried
                value = _duration_end(
                    carried.date() if isinstance(carried, datetime) else carried, start_instant, num, unit
                )
                if value is not None:
                    self.add(Mention(s + m.start(), s + m.end(), "duration", True, value, s + m.start()))
                continue
            own_day = self.stated_day(m.start("num")) if instant is None and anchor is None else None
            stated = (
                (own_day or self.continued_day() or self.news_lead_day())
                if instant is None and anchor is None
                else None
            )
            # (a tie's day is a day: "48 horas desde el nuevo cierre" runs from that due, not publication)
            no_day = stated is None and anchor is None and start_day is None and tied is None
            day = tied or start_day or stated or statement_day
            if start_instant is None and unit in ("hours", "minutes"):
                # "la AEPD, que hizo pública la resolución a las 11:00, exige … en 72 horas": from
                # the time the sentence gives its act; else "within 72 hours" of publication
                # … or from the time the sentence before gives the act this one goes on with ("La
                # notificación llegó este jueves a las 11:00" … "48 horas desde esa notificación")
                due = self.previous_due
                start_instant = (
                    self.stated_time(day)
                    or (self.previous_instant(day) if own_day is None and anchor is None else None)
                    # from a due named before, at its time ("48 horas desde el nuevo cierre")
                    or (
                        due if tied is not None and isinstance(due, datetime) and due.date() == tied else None
                    )
                    or (self.ref_dt if no_day else None)
                )
            value = _duration_end(day, start_instant, num, unit)
            if value is not None and self.length_gone_by(prep, m, value):
                continue  # "struck on Saturday, cutting power for 31 hours": a length that has run out
            if value is not None:
                mention = Mention(s + m.start(), s + m.end(), "duration", True, value, s + m.start(), pending)
                if unit in ("hours", "minutes") and (start_instant is None or start_instant is self.ref_dt):
                    mention.count = (day, num, unit)  # the next sentence may time its act
                self.add(mention)

    def length_on_later_day(self, m: re.Match[str], prep: str) -> bool:
        """Tell whether a "for" / "durante" length is told with the later day it happens on ("stay in
        the depot for 24 hours on 3 December", "cerrarán durante 48 horas el jueves 18"): the length of
        that day's act, whose start is the due if any (corpus README rule 15), not one counted from the
        report; a halt's length ("suspended the strike for 48 hours on Monday") keeps its end."""
        lex = self.lex
        joiner = lex.length_day_joiners
        if joiner is None or prep not in lex.duration_length_preps:
            return False
        halts = lex.measure_halts
        if halts is not None and halts.search(self.sentence, max(0, m.start() - 60), m.start()) is not None:
            return False
        end = self.start + m.end()
        for x in self.mentions:
            if x.start < end or x.value is None or x.kind == "duration":
                continue
            gap = self.text[end : x.start]
            if joiner.match(gap) is not None and day_of(x.value) > self.ref:
                return True
        return False

    def general_limit(self, m: re.Match[str], prep: str) -> bool:
        """Tell whether a duration is a general legal limit, not a due ("victims have up to six
        years to sue", "Normalmente, los opositores tienen diez días"): a habitual or generic frame
        before it (`general_limits`), or a legal frame (`legal_frames`) with a generic plural
        subject right before the verb that holds it; "now"/"ahora" in its clause makes it this case's."""
        lex = self.lex
        if lex.general_limits is None:
            return False
        if lex.limit_now is not None and lex.limit_now.search(
            self.clause_before(m.start("num"), _MARKER_REACH)
        ):
            return False
        # from the last joiner before it: "usually strike in spring, but this year the port gave
        # them 72 hours" is this year's
        joined = lex.duty_joiners
        low = max((j.end() for j in joined.finditer(self.sentence, 0, m.start())), default=0) if joined else 0
        # (a slice: its patterns read the clause's start, "Typically, bidders have")
        if lex.general_limits.search(self.sentence[low : m.end()].lstrip(" ,;")):
            return True
        if prep not in lex.duration_holder_preps or lex.legal_frames is None:
            return False
        if (
            lex.generic_subjects is not None
            and lex.legal_frames.search(self.sentence, 0, m.start()) is not None
            and lex.generic_subjects.search(self.sentence, max(0, m.start() - 60), m.start()) is not None
        ):
            return True
        # the frame's own verb holds it, given to a generic plural ("La normativa da a los
        # consumidores catorce días", "The law gives buyers 14 days") or to no one named ("La ley da
        # cinco años para reclamar")
        frame = lex.legal_frames.search(self.sentence, 0, m.start("num"))
        if frame is None or frame.end() <= m.start():
            return False
        if not self.sentence[frame.end() : m.start("num")].strip():
            return True
        return (
            lex.generic_recipients is not None
            and lex.generic_recipients.match(self.sentence, frame.end()) is not None
        )

    def duty_or_threat(self) -> bool:
        """Tell whether the sentence states a duty, a threat's condition or a measure."""
        lex = self.lex
        found = (lex.obligations, lex.threat_conditions, lex.measure_words)
        return any(p is not None and p.search(self.sentence) is not None for p in found)

    def ahead_no_due(self, m: re.Match[str], unit: str) -> bool:
        """Tell whether a span counted ahead ("for the next three days") sets no due: told in a
        past clause it is the days after a past event, in years with no duty a horizon."""
        pattern = self.lex.ahead_spans
        if pattern is None or pattern.search(m.group(0)) is None:
            return False
        # a past verb before the span and no future one (not a report after it: "…, the utility
        # warned"; "no podrán faenar en la bahía durante": a future verb, whatever "-ía" looks like)
        pos = m.start()
        before = {mode for start, end, mode in self.cues() if end <= pos and start >= pos - _WINDOW}
        if before == {"past"}:
            return True
        return unit == "years" and not self.duty_or_threat()

    def continued_day(self) -> date | None:
        """Return the day an earlier sentence reports when this one opens on it ("Late that
        evening it gave …", "Esa misma tarde") or, right after it, goes on with its act ("It also
        ordered …", "Además, dio …"); else None."""
        if not self.dated_before:
            return None
        _, s_end, told = self.dated_before[-1]
        same, going_on = self.lex.same_day_openers, self.lex.continued_acts
        if same is not None and same.match(self.sentence) is not None:
            return day_of(told)
        adjacent = not self.text[s_end : self.start].strip()
        if adjacent and going_on is not None and going_on.match(self.sentence) is not None:
            return day_of(told)
        return None

    def news_lead_day(self) -> date | None:
        """Return the lead's day for a count with no day of its own, unless the sentence right
        before it, in its paragraph, reports the publication's day ("Rail minister Alison Pryce said
        on Friday …. Speaking to reporters at 11 a.m., she said the company had 48 hours"): today's."""
        if self.lead_day is None or not self.dated_before:
            return self.lead_day
        _, s_end, told = self.dated_before[-1]
        between = self.text[s_end : self.start]
        if day_of(told) == self.ref and not between.strip() and "\n" not in between:
            return None
        return self.lead_day

    def previous_instant(self, day: date) -> datetime | None:
        """Return the time the last sentence that reports a day gives its act on `day` ("La
        notificación llegó este jueves a las 11:00" before "48 horas desde esa notificación")."""
        if not self.dated_before:
            return None
        told = self.dated_before[-1][2]
        return told if isinstance(told, datetime) and told.date() == day else None

    def event_length(self, pos: int) -> bool:
        """Tell whether a length ("expected to last ten days", "durará tres días") is a scheduled
        event's ("the talks, due to start on Thursday, are expected to last three days"): an event
        noun before it in its sentence, and no truce or halt after that noun."""
        lex = self.lex
        nouns = lex.length_subjects
        if nouns is None:
            return False
        found = list(nouns.finditer(self.sentence, max(0, pos - _MARKER_REACH), pos))
        if not found:
            return False
        halts = lex.measure_halts
        return halts is None or halts.search(self.sentence, found[-1].end(), pos) is None

    def relative_head(self, pos: int) -> bool:
        """Tell whether the sentence opens with a clause of an undated event that a duration
        after it counts from ("Once the plan arrives, …", "Una vez recibido el plan, …")."""
        head = self.lex.duration_relative_head
        found = head.match(self.sentence) if head is not None else None
        if found is None or found.end() > pos:
            return False
        end = self.start + found.end()
        return not any(x.value is not None and x.start < end for x in self.mentions)

    def due_head(self, pos: int) -> date | None:
        """Return the deadline set before when the sentence opens on its end ("Once the deadline
        passes, …", "Si al vencer ese plazo …, dispondrá de tres meses más"): the day a duration
        after it counts from."""
        head, due = self.lex.due_heads, self.previous_due
        # with dues on several days, which one "that deadline" is cannot be told
        found = (
            head.match(self.sentence) if head is not None and due is not None and self.due_days == 1 else None
        )
        if found is None or due is None or found.end() > pos:
            return None
        return day_of(due)

    def conditional_head(self, pos: int, prep: str) -> bool:
        """Tell whether a limit someone has or is given counts from the undated event of an
        if-clause the sentence opens with ("If the appeal is rejected, the club will have seven
        days"), not a threat's condition ("If no deal is reached, …")."""
        lex = self.lex
        head = lex.duration_condition_head
        if head is None or prep not in lex.duration_holder_preps:
            return False
        # the if-clause right before the duration's clause ("…, and if it does, the claimants will have")
        found = [
            f
            for f in head.finditer(self.sentence, 0, pos)
            if not _CLAUSE_END.search(self.sentence, f.end(), pos)
        ]
        if not found:
            return False
        clause = found[-1]
        if lex.threat_conditions is not None and lex.threat_conditions.search(clause.group()):
            return False
        low, high = self.start + clause.start(), self.start + clause.end()
        return not any(x.value is not None and low <= x.start < high for x in self.mentions)

    def pluperfect(self, pos: int) -> bool:
        """Tell whether the clause before `pos` is in the past perfect ("had been held")."""
        remote = self.lex.remote_past
        return remote is not None and remote.search(self.clause_before(pos, _MARKER_REACH)) is not None

    def length_gone_by(self, prep: str, m: re.Match[str], value: date | datetime) -> bool:
        """Tell whether a length ("for 31 hours") in a past-tense report ended before publication."""
        halts = self.lex.measure_halts
        return (
            prep in self.lex.duration_length_preps
            # ... or a past perfect tells it ("had been treated like a suspect for a month"); undated,
            # a day before the clock ("estuvo fuera de servicio durante 14 horas el sábado 29 de agosto");
            # or nothing was decided for it: an activity told in the past ("camped outside the gates
            # for five weeks") lasted that long and is over, whenever it ended
            and (day_of(value) <= self.ref or self.pluperfect(m.start()) or self.past_activity(m.start()))
            and self.tense(m.start(), m.end()) == "past"
            # "suspended the strike for 24 hours on Monday": a halt's end is a due, even today
            and (halts is None or halts.search(self.sentence, max(0, m.start() - 60), m.start()) is None)
        )

    def own_length(self, pos: int) -> bool:
        """Tell whether what lasts N days is named before it in its sentence as a measure, works or an
        event ("la veda durará 39 días", "the closure will last ten days"), with no halt there ("la
        tregua durará 72 horas", whose end is a due): its own length, no due (corpus README rule 15)."""
        lex = self.lex
        # the whole sentence before it: the subject may stand clauses back ("La veda, que empezó el
        # lunes, durará 39 días"); a pronoun ("It is due to last 72 hours") names nothing here
        before = self.sentence[:pos]
        if lex.length_owners is None or lex.length_owners.search(before) is None:
            return False
        return lex.measure_halts is None or lex.measure_halts.search(before) is None

    def measure_runs(self, m: re.Match[str], prep: str, start_day: date | None) -> bool:
        """Tell whether a "for" / "durante" length is told as how long something runs: after a verb of
        running or applying ("The rules run for six weeks", `length_run_verbs`) or from its own start
        ("a partir del lunes 9 de noviembre, y durante seis semanas"); with an owner named before it
        (`own_length`), a measure's own length, its start the due (corpus README rule 15)."""
        lex = self.lex
        if prep not in lex.duration_length_preps:
            return False
        if start_day is not None:
            return True
        runs = lex.length_run_verbs
        low = max(0, m.start() - _MARKER_REACH)
        return runs is not None and runs.search(self.sentence, low, m.start()) is not None

    def past_activity(self, pos: int) -> bool:
        """Tell whether a past-tense length's clause holds no decision, duty, measure or deadline word
        ("Protesters occupied the square for three days", "acamparon durante cinco semanas"): a span
        lived, not one set ("froze the assets for 30 days", "gave it 72 hours"), so no due."""
        lex = self.lex
        clause = self.clause_before(pos, _MARKER_REACH)
        cues = (lex.length_decisions, lex.obligations, lex.measure_halts)
        if lex.length_decisions is None or any(c is not None and c.search(clause) for c in cues):
            return False
        if lex.measure_words is not None and lex.measure_words.search(clause) is not None:
            return False
        # the clause's own verb tells it past: its last tense cue before the length
        own = [c for c in self.cues() if pos - len(clause) <= c[0] and c[1] <= pos]
        return bool(own) and max(own)[2] == "past"

    def same_end(self, explicit: Mention, m: re.Match[str]) -> bool:
        """Tell whether an explicit deadline next to a duration states the same end ("durante
        una semana, hasta el 1 de febrero"), not a second duty joined by "and"."""
        s = self.start
        if abs(explicit.start - (s + m.start())) > _NEAR_END:
            return False
        if re.sub(r"\s+", " ", (m.group("prep") or "").lower()) in self.lex.definite_preps:
            return True  # "the one-week pause … was due to end today": a known span's end
        # the text between the two, whichever comes first
        lo = min(explicit.end - s, m.end())
        hi = max(explicit.start - s, m.start())
        joiner = self.lex.duty_joiners
        return joiner is None or joiner.search(self.sentence, lo, max(lo, hi)) is None

    def event_day(self, pos: int) -> date | None:
        """Return the day of the event a duration counts from when an earlier sentence dates
        it ("60 days from the signing" after "the agreement, signed on January 21"), else
        from the day the lead reports."""
        tail = self.tail_after(pos)
        noun = _TIE_NOUN.search(tail)
        head = _TIE_HEAD.match(tail)
        if noun is None and head is None:
            return None
        dues = self.lex.due_ties
        if dues is not None and self.previous_due is not None and head and dues.match(tail, head.end()):
            # "30 días de gracia a partir del vencimiento", "within three days of the cut-off"
            return day_of(self.previous_due)
        if noun is not None and noun.group(1):
            # "10 days from that date", "desde esa notificación": the day named last, in this
            # sentence ("empezará a enviarlos el martes 10 de noviembre, y tendrán quince días
            # desde esa fecha") or before it
            return self.last_day_before(self.start + pos) or self.previous_day
        if noun is None:
            return None
        stem = re.compile(r"\b" + re.escape(noun.group(2)[:4].lower()), re.IGNORECASE)
        here = self.act_dated_here(stem, pos)
        if here is not None:
            return here
        for s_start, s_end, day in reversed(self.dated_before):
            acts = list(stem.finditer(self.text, s_start, s_end))
            if acts:
                return self.day_after_act(acts[-1].end(), s_end) or day_of(day)
        if self.act_due_here(stem, pos):
            return None  # "tiene que firmarse antes del viernes y … cinco días desde la firma": not done yet
        return self.lead_day  # "60 days from the petition date" after "filed on Monday"

    def act_due_here(self, stem: re.Pattern[str], pos: int) -> bool:
        """Tell whether this sentence, before a duration, names the act its tie counts from together
        with a due of its own ("el acuerdo tiene que firmarse antes del viernes … desde la firma"):
        the act is still ahead, undated, so the lead's day is no start for the count."""
        end = self.start + pos
        return stem.search(self.sentence, 0, pos) is not None and any(
            x.deadline and x.kind != "duration" and x.end <= end for x in self.mentions
        )

    def conditional_count(self, m: re.Match[str]) -> bool:
        """Tell whether a count tied to an act is the condition of its own if-clause ("se reducen a
        la mitad si se pagan en los 20 días siguientes a la notificación"): a rule's window, no
        due; an if-clause that threatens ("si no paga en los diez días …") still sets one."""
        lex = self.lex
        if lex.conditions is None:
            return False
        clause = self.clause_before(m.start("num"), _MARKER_REACH)
        found = list(lex.conditions.finditer(clause))
        if not found:
            return False
        rest = clause[found[-1].start() :] + self.sentence[m.start("num") :]
        return lex.threat_conditions is None or lex.threat_conditions.search(rest) is None

    def day_after_act(self, act_end: int, s_end: int) -> date | None:
        """Return the day an earlier sentence names right after the word of an act ("La sentencia,
        fechada el 27 de mayo, se notificó este lunes": the notification's Monday, not the May day
        the sentence tells first), in the same clause, or the day told before it when "that night" /
        "esa noche" follows the act; None when none follows closely."""
        if _SAME_DAY_AFTER_ACT.match(self.text, act_end):
            # "El protocolo firmado esa noche prevé que reabra el lunes 21": the day told before it
            told = [day for start, day in self.named if start < act_end]
            return told[-1] if told else None
        after = [(start, day) for start, day in self.named if act_end <= start < s_end]
        if not after:
            return None
        start, day = min(after, key=lambda x: x[0])
        if start - act_end > _DATED_NOUN_GAP or re.search(r"[.;:]\s", self.text[act_end:start]):
            return None
        return day

    def act_dated_here(self, stem: re.Pattern[str], pos: int) -> date | None:
        """Return the day this sentence gives, before a duration, to the act its tie names ("La
        sentencia, notificada el martes, le da quince días desde la notificación"): a word of the
        noun's stem shortly before a day that is no due, in the same clause."""
        end = self.start + pos
        for mention in sorted(self.mentions, key=lambda x: -x.start):
            if mention.end > end or mention.deadline or mention.kind not in ("date", "weekday", "relative"):
                continue
            if id(mention) in self.starts:
                return None  # "los contratos firmados a partir del 1 de octubre": each its own day
            before = self.text[max(self.start, mention.start - _DATED_NOUN_GAP) : mention.start]
            act = max((a.end() for a in stem.finditer(before)), default=None)
            if act is None or re.search(r"[.;:]\s", before[act:]):
                continue
            value = mention.value
            return value.date() if isinstance(value, datetime) else value
        return None

    def timed_tie(self, pos: int) -> bool:
        """Tell whether a duration's tie names its act by a time of day ("72 hours from the 9 a.m.
        notice", "48 horas desde el aviso de las 9:00"): a time of the sentence within the tie."""
        if not self.relative_next(pos):
            return False
        end = self.start + pos
        return any(0 < t.start - end <= _TIMED_TIE for t in self.times) and not any(
            x.start >= end and x.start - end <= _TIMED_TIE + 20 and x.kind != "duration"
            for x in self.mentions
        )

    def tied_due(self, pos: int) -> date | None:
        """Return the day of the due a duration counts from when its tie names one ("within
        five days of the closing date", "en los diez días siguientes al cierre del plazo"): the
        last deadline its sentence sets before it, else the last an earlier sentence set, else
        `_NO_DUE`; None when the tie names no due."""
        dues = self.lex.due_ties
        tail = self.tail_after(pos)
        head = _DUE_TIE_HEAD.match(tail)
        if dues is None or head is None or not dues.match(tail, head.end()):
            return None
        end = self.start + pos
        before = [x for x in self.mentions if x.deadline and x.value is not None and x.end <= end]
        if before:
            value = max(before, key=lambda x: x.end).value
            return day_of(value) if value is not None else _NO_DUE
        return day_of(self.previous_due) if self.previous_due is not None else _NO_DUE

    def undated_tie(
        self, pos: int, num: int, unit: str, *, provisional: bool
    ) -> tuple[str, int, str, bool] | None:
        """Return the event noun a duration counts from when no earlier sentence dates it
        ("veinte días desde la notificación"), for a later sentence that may."""
        tail = self.tail_after(pos)
        noun = _TIE_NOUN.search(tail)
        if noun is None or noun.group(1):
            return None
        stem = noun.group(2)[:4].lower()
        pattern = re.compile(r"\b" + re.escape(stem), re.IGNORECASE)
        if any(pattern.search(self.text, s_start, s_end) for s_start, s_end, _ in self.dated_before):
            return None  # an earlier sentence dates it: `event_day` counted from there
        return stem, num, unit, provisional

    def tail_after(self, pos: int) -> str:
        """Return the rest of a duration's clause, past a comma right after it ("un mes, a contar
        desde la notificación", "30 days, counting from the ruling")."""
        rest = self.sentence[pos : pos + _TAIL_REACH]
        lead = _LEADING_COMMA.match(rest)
        if lead is not None:
            rest = " " + rest[lead.end() :]
        return _CLAUSE_END.split(rest, maxsplit=1)[0]

    def dated_noun(self, pos: int) -> date | None:
        """Return the day the sentence gives the event a duration counts from, right after its
        noun ("30 días desde la notificación, practicada el lunes", "within 30 days of its
        signing, which is expected on Jan. 12"); that date is the event's, not a deadline."""
        tail = self.tail_after(pos)
        noun = _TIE_NOUN.search(tail)
        if noun is None or noun.group(1):
            return None
        after = self.start + pos + noun.end()
        for mention in sorted(self.mentions, key=lambda x: x.start):
            gap = self.text[after : mention.start]
            if mention.start < after or len(gap) > _DATED_NOUN_GAP or re.search(r"[.;:]\s", gap):
                continue
            if mention.value is None or id(mention) in self.starts:
                return None
            mention.deadline = False  # the signing's day, not a due
            value = mention.value
            return value.date() if isinstance(value, datetime) else value
        return None

    def possessive_day(self, pos: int) -> date | None:
        """Return the day that owns the event a duration counts from ("within 60 days of
        Monday's publication", "from Friday's ruling"); that day is the event's, not a due."""
        ties = self.lex.possessive_ties
        if ties is None:
            return None
        for mention in self.mentions:
            gap = self.text[self.start + pos : mention.start]
            if mention.start < self.start + pos or not ties.fullmatch(gap):
                continue
            if mention.value is None or not _POSSESSIVE.match(self.text, mention.end):
                return None
            mention.deadline = False
            value = mention.value
            return value.date() if isinstance(value, datetime) else value
        return None

    def own_start(self, end: int) -> date | datetime | None:
        """Return the start point right after a duration ending at `end` ("30 days from Friday")."""
        for mention in self.mentions:
            if (
                id(mention) in self.starts
                and mention.value is not None
                and 0 <= mention.start - end <= _OWN_START_GAP
            ):
                return mention.value
        return None

    def unanchored(self, pos: int) -> bool:
        """Tell whether the event a duration counts from has not happened yet ("of the full
        ruling being published"): only a date the text gives it can anchor it."""
        pending = self.lex.pending_events
        return pending is not None and pending.search(self.tail_after(pos)) is not None

    def that_date(self, m: re.Match[str]) -> date | None:
        """Return the day a duration counts from when "from that date" / "desde esa fecha" follows it:
        the last day its sentence named before it, deadline or not; else None."""
        that = self.lex.duration_that_date
        if that is None or that.match(self.sentence, m.end()) is None:
            return None
        return self.last_day_before(self.start + m.start()) or self.void_day_before(m.start())

    def fronted_that_date(self, m: re.Match[str]) -> date | None:
        """Return the day a duration counts from when "from that day" / "desde ese día" comes before it
        in its clause, no date between ("El decreto se publicará el lunes, y desde ese día los
        ayuntamientos tendrán diez días hábiles"): the last day its sentence named before that phrase."""
        that = self.lex.duration_that_date
        if that is None:
            return None
        lo = max(0, m.start() - _THAT_REACH)
        hits = list(that.finditer(self.sentence, lo, m.start()))
        if not hits or re.search(r"[;:.]", self.sentence[hits[-1].end() : m.start()]):
            return None
        at, s = hits[-1], self.start
        if any(at.end() <= x.start - s < m.start() for x in self.mentions if x.kind != "duration"):
            return None
        return self.last_day_before(s + at.start())

    def void_day_before(self, pos: int) -> date | None:
        """Return the day of the last date before `pos` that is neither a due nor an event, a scope's
        day ("las mercancías enviadas antes del 22 de marzo tendrán 30 días desde esa fecha"); else None."""
        void = [r for r in self.raw_dates if r.start in self.void_dates and r.end <= pos]
        anchor = self.statement_day if self.statement_day is not None else self.ref
        value = _resolve(void[-1], anchor, "near") if void else None
        return day_of(value) if value is not None else None

    def then_tied(self, m: re.Match[str]) -> bool:
        """Tell whether "then"/"después" before a duration's number ties it to the day named before."""
        then = self.lex.duration_then
        return (
            then is not None
            and then.search(self.sentence, max(0, m.start() - 30), m.start("num")) is not None
        )

    def chained_due(self, m: re.Match[str], prep: str) -> date | None:
        """Return the day of the due a length opens after, when a chain cue stands between that
        due and the length in its sentence ("missed a payment due on Monday, triggering a 30-day
        grace period", "tiene hasta el 9 de julio; si no lo hace, se abrirá un periodo de gracia");
        not an act's own length ("then the parties will meet for two weeks")."""
        lex = self.lex
        chain = lex.duration_chain
        if chain is None or prep in lex.duration_length_preps or prep in lex.continued_span_preps:
            return None
        at = self.start + m.start()
        dues = [x for x in self.mentions if x.deadline and x.value is not None and x.end <= at]
        if not dues:
            return None
        due = max(dues, key=lambda x: x.end)
        between = self.sentence[due.end - self.start : m.start("num")]
        if chain.search(between) is None or due.value is None:
            return None
        return day_of(due.value)

    def last_day_before(self, pos: int) -> date | None:
        """Return the day of the last dated mention before `pos` in the sentence."""
        before = [x for x in self.mentions if x.end <= pos and x.kind != "duration" and x.value is not None]
        if not before:
            return None
        value = max(before, key=lambda x: x.end).value
        return value.date() if isinstance(value, datetime) else value

    def requested(self, pos: int) -> bool:
        """Tell whether a duration is only asked for ("pidió una prórroga de dos semanas")."""
        requests = self.lex.duration_requests
        if requests is None:
            return False
        return requests.search(self.clause_before(pos, _REQUEST_REACH)) is not None

    def holder_asks(self, m: re.Match[str], prep: str) -> bool:
        """Tell whether the words between a holder verb and its count ask for the time ("has
        asked for a further 48 hours to"): a request, not a limit anyone set."""
        requests = self.lex.duration_requests
        if requests is None or prep not in self.lex.duration_holder_preps:
            return False
        return requests.search(self.sentence, m.end("prep"), m.start("num")) is not None

    def given_before(self, pos: int, num: int) -> bool:
        """Tell whether the clause before a duration's number sets it in the past perfect ("had
        given the firm 30 days", "había dado un plazo de diez días"): a limit set before this report,
        unless the past perfect is only reported speech backshifted ("said the firm had 30 days")."""
        remote = self.lex.remote_past
        clause = self.clause_before(pos, _MARKER_REACH) + self.sentence[pos:num]
        if remote is None or remote.search(clause) is None:
            return False
        reported = self.lex.reported_speech
        return reported is None or reported.search(self.sentence, max(0, pos - _REPORT_REACH), num) is None

    def restated(self, pos: int) -> bool:
        """Tell whether the clause right after a duration says it was set before ("el plazo de
        72 horas que le había dado el ministro"): an old limit recalled, no new deadline."""
        remote = self.lex.remote_past
        if remote is None:
            return False
        tail = _CLAUSE_END.split(self.sentence[pos : pos + 40], maxsplit=1)[0]
        given = self.lex.duration_restated
        return remote.search(tail) is not None or (given is not None and given.match(tail) is not None)

    def delay_count(self, m: re.Match[str]) -> bool:
        """Tell whether a length counts a delay ("fines for three days of delay", "por tres días de
        retraso", "five days late"): how late something was, no due."""
        delay = self.lex.duration_delay_after
        return delay is not None and delay.match(self.sentence, m.end()) is not None

    def activity_length(self, m: re.Match[str], prep: str) -> bool:
        """Tell whether a length ("for", "durante") counts the activity named right after it ("would stay
        in hospital for 48 hours of checks", "durante tres días de negociaciones"): how long that goes
        on, no due; a halt before it ("agreed to pause its strikes for 72 hours of talks") still ends."""
        lex = self.lex
        activity = lex.length_activity_after
        if activity is None or prep not in lex.duration_length_preps:
            return False
        found = activity.match(self.sentence, m.end())
        if found is None:
            return False
        halts = lex.measure_halts
        # "for 72 hours of ceasefire": the halt is what lasts
        return halts is None or halts.search(self.sentence, max(0, m.start() - 60), found.end()) is None

    def gone_length(self, m: re.Match[str]) -> bool:
        """Tell whether a length's limit is told as run out ("one day before the 30-day grace
        period ran out", "cuando terminó la tregua de 48 horas"): gone by, no new due."""
        after, before = self.lex.duration_gone_after, self.lex.duration_gone_before
        if after is not None and after.match(self.sentence, m.end()) is not None:
            return True
        return (
            before is not None and before.search(self.sentence, max(0, m.start() - 60), m.start()) is not None
        )

    def relative_next(self, pos: int) -> bool:
        """Tell whether a duration is tied to another event right after it ("of the vote")."""
        rel = self.lex.duration_relative_re
        return rel is not None and rel.match(self.sentence, pos) is not None

    def relative_tail(self, pos: int) -> bool:
        """Tell whether the rest of the clause after a duration ties it to another event."""
        tail_re = self.lex.duration_relative_tail
        if tail_re is None:
            return False
        tail = self.tail_after(pos)
        return tail_re.search(tail) is not None

    def noun_own_day(self, mention: Mention) -> bool:
        """Tell whether a weekday only dates a noun ("Saturday's planned march", "la marcha del
        sábado"), not the report, though not a part of a day ("la mañana del lunes")."""
        start, end = mention.start - self.start, mention.end - self.start
        if _POSSESSIVE.match(self.sentence, end):
            return True
        head = self.sentence[max(0, start - 30) : start]
        noun = self.lex.noun_dates.search(head) if self.lex.noun_dates is not None else None
        day_parts = self.lex.day_parts
        return noun is not None and (day_parts is None or day_parts.search(head, 0, noun.start()) is None)

    def stated_day(self, pos: int) -> date | None:
        """Return the day a past-tense report before `pos` names for itself ("on Tuesday, the
        judge gave the company 10 days"): its durations count from that day."""
        for mention in self.mentions:
            value = mention.value
            if (
                mention.start - self.start < pos
                and mention.kind in ("weekday", "relative")
                and not mention.deadline
                # "The bank, which took over the firm on Monday, said …": background, not the report's day
                and not self.background(mention.start - self.start)
                and id(mention) not in self.starts
                and not self.noun_own_day(mention)
                and isinstance(value, date)
                and not isinstance(value, datetime)
                # (undated: the reference is the clock, and the report's day can be months back)
                and 0 <= (self.ref - value).days <= (_STATED_DAYS if self.ref_dt is not None else 366)
                and (
                    self.tense(mention.start - self.start, mention.end - self.start) == "past"
                    or self.past_verb_after(mention.end - self.start)
                )
            ):
                return value
        return None

    def past_verb_after(self, pos: int) -> bool:
        """Tell whether a past-tense verb follows a day right away ("celebrará su sesión el jueves 3, y
        el pasado martes dio a la Junta diez días"): that day is its report's, whatever tense the
        clause before it has."""
        return any(
            mode == "past"
            and 0 <= c_start - pos <= _VERB_AFTER_DAY
            and _OWN_VERB_GAP.fullmatch(self.sentence, pos, c_start) is not None
            for c_start, _, mode in self.cues()
        )

    def anaphoric_days(self, previous: date | None) -> None:
        """Step 7: "a day later", "la víspera": a day counted from the last one named."""
        lex = self.lex
        if lex.anaphoric_days_re is None:
            return
        for m in lex.anaphoric_days_re.finditer(self.sentence):
            if self.full() or _overlaps(m.span(), self.taken):
                continue
            offset = lex.anaphoric_days.get(re.sub(r"\s+", " ", m.group("rel").lower()))
            s = self.start
            before = [x for x in self.mentions if x.end <= s + m.start() and x.value is not None]
            last = max(before, key=lambda x: x.end).value if before else previous
            if offset is None or last is None:
                continue
            day = last.date() if isinstance(last, datetime) else last
            value = _shift(day, offset)
            if value is not None:
                self.taken.append(m.span())
                self.add(Mention(s + m.start(), s + m.end(), "relative", False, value, s + m.start()))

    def _duty(self) -> bool:
        """Tell whether the sentence states a duty ("must be sent", "deberán presentar")."""
        return self.lex.obligations is not None and self.lex.obligations.search(self.sentence) is not None

    def lead_times(self, previous_due: date | datetime | None) -> None:
        """Step 8: a lead time counted back from the deadline named before ("ten days before
        the closing date", "diez días antes del cierre del plazo"): that due minus the count."""
        if not self.lex.lead_time_patterns or self.words.isdisjoint(self.lex.units):
            return
        s = self.start
        for pattern in self.lex.lead_time_patterns.active(self.sentence):
            for m in pattern.finditer(self.sentence):
                if self.full() or _overlaps(m.span(), self.taken):
                    continue
                num = _number(m.group("num"), self.lex)
                unit = self.lex.units.get(re.sub(r"\s+", " ", m.group("unit").lower()))
                noun = m.groupdict().get("noun")
                # "five days before the hearing": the day an earlier sentence gives the hearing,
                # for a duty ("must file"); else the deadline named last ("the closing date")
                due = self.noun_day(noun) if noun else previous_due
                if num is None or unit is None or due is None:
                    continue
                if noun and not self._duty():
                    continue  # "results will be out five days before the vote": no duty
                if self.tense(m.start(), m.end()) == "past" and not self._duty():
                    continue  # "delivered its plan on Thursday, a day before the cut-off": done
                value = _lead_start(day_of(due), num, unit)
                if value is not None:
                    self.taken.append(m.span())
                    self.add(Mention(s + m.start(), s + m.end(), "duration", True, value, s + m.start()))

    def extended_by(self, previous_due: date | datetime | None) -> None:
        """Step 7b: an extension by a length with no new day of its own ("extended the June 12
        deadline by two weeks", "amplió en dos semanas el plazo, que vencía el 9 de octubre"):
        the old due plus the length; the old due is no deadline of its own."""
        if not self.lex.extension_by_patterns or self.words.isdisjoint(self.lex.units):
            return
        s = self.start
        for pattern in self.lex.extension_by_patterns:
            m = pattern.search(self.sentence)
            if m is None or self.full() or self.requested(m.start()) or self.proposed(m.start("span")):
                continue  # "asked for the deadline to be extended by a week", "estudia alargar": not granted
            num = _number(m.group("num"), self.lex)
            unit = self.lex.units.get(re.sub(r"\s+", " ", m.group("unit").lower()))
            span = (m.start("span"), m.end("span"))
            old = self.old_due(m.start(), span[1], previous_due)
            if num is None or unit is None or old is None:
                continue
            due, replaced = old
            value = _duration_end(day_of(due), due if isinstance(due, datetime) else None, num, unit)
            if value is None:
                continue
            # the old due is no deadline of its own, nor is the length read as a span from today
            self.mentions = [
                x
                for x in self.mentions
                if x is not replaced
                and not (x.kind == "duration" and _overlaps((x.start - s, x.end - s), [span]))
            ]
            self.taken.append(span)
            self.add(Mention(s + span[0], s + span[1], "duration", True, value, s + span[0]))
            return

    def extension_into(self, start: int, end: int) -> bool:
        """Tell whether an extension cue ends inside the deadline at start:end ("amplió anoche
        **hasta** las 12:00 del domingo"): that deadline is the new due."""
        head = self.sentence[:end]
        return any(
            (cue := p.search(head)) is not None and start <= cue.end() <= end
            for p in self.lex.changes.get("extend", ())
        )

    def broken(self, due_end: int, verb: int) -> bool:
        """Tell whether another clause stands between a due and the extension's verb after it
        ("until the 15th of next month to file their documents, after the agency extended")."""
        breaks = self.lex.extension_breaks
        return breaks is not None and breaks.search(self.sentence, due_end, max(due_end, verb)) is not None

    def old_due(
        self, verb: int, end: int, previous_due: date | datetime | None
    ) -> tuple[date | datetime, Mention | None] | None:
        """Return the due an extension by a length moves, and its mention in this sentence: a
        deadline named before the length ("the June 12 deadline … by two weeks") or recalled in a
        relative clause after it ("el plazo, que vence el 20 de octubre"), a due recalled in the
        imperfect ("que vencía el 9 de octubre"), else the deadline set before when the extension's
        clause names one ("extended the deadline by 30 days"); None when a new day is given."""
        s, rel = self.start, self.lex.relative_words
        dues = [x for x in self.mentions if x.deadline and x.value is not None and x.kind != "duration"]
        after = [x for x in dues if x.start - s >= end]
        recalled = [
            x for x in after if rel is not None and rel.search(self.clause_before(x.start - s, _MARKER_REACH))
        ]
        if len(recalled) < len(after):
            return None  # "by two weeks, to Oct. 9": the new day is given
        # not a new due an earlier extension gave ("amplió hasta las 12:00 del domingo el plazo …,
        # después de que la inspección se aplazara un día")
        before = [
            x
            for x in dues
            if x.end - s <= end
            and not self.extension_into(x.start - s, x.end - s)
            and not self.broken(x.end - s, verb)
        ]
        for found in (before[-1:], recalled[:1]):
            if found and found[0].value is not None:
                return found[0].value, found[0]
        void = [r for r in self.raw_dates if r.start in self.void_dates]
        if len(void) == 1 and self.statement_day is not None:
            value = _resolve(void[0], self.statement_day, "near")
            return (value, None) if value is not None else None
        clause = self.clause_before(verb, _MARKER_REACH) + self.sentence[verb : end + _OWN_NOUN + 10]
        named = (self.lex.deadline_nouns, self.lex.extension_pronouns)  # "the deadline", "it"
        if (
            previous_due is not None
            and not self.raw_dates
            and any(p is not None and p.search(clause) for p in named)
        ):
            return previous_due, None
        return None

    def conditional(self, kept: list[Mention]) -> set[int]:
        """Return the ids of deadlines that are the condition of a later deadline of the
        sentence ("si baja de 79 pies antes del 20 de marzo, … a partir del 23 de marzo")."""
        cond = self.lex.conditions
        dues = [x for x in kept if x.deadline]
        if cond is None or len(dues) < 2:
            return set()
        ifs = [m.start() for m in cond.finditer(self.sentence)]
        measured = self.lex.measured_conditions
        return {
            id(x)
            for x in dues[:-1]
            for c in ifs
            if 0 <= x.start - self.start - c <= _CONDITION_REACH
            # "si baja de 79 pies antes del 20 de marzo": a level's trigger, not a duty's due
            and (measured is None or measured.search(self.sentence, c, x.start - self.start) is not None)
        }

    def result(self, anchor: date | None) -> SentenceTemporal:
        kept = sorted((x for x in self.mentions if id(x) not in self.starts), key=lambda x: x.start)
        if conditions := self.conditional(kept):
            kept = [x for x in kept if id(x) not in conditions]
        last = max(kept, key=lambda x: x.end).value if kept else None
        last_day = last.date() if isinstance(last, datetime) else last
        told = self.stated_day(len(self.sentence)) or self.recent(anchor)
        verbs = self.lex.service_verbs
        served = verbs is not None and verbs.search(self.sentence) is not None
        at = self.served_at() if served else None
        return SentenceTemporal(kept, anchor, last_day, told, self.started(), served, at)

    def served_at(self) -> tuple[int, int, tzinfo] | None:
        """Return the one free time of day of a sentence that tells an act served or notified
        ("La orden, notificada a la compañía a las 19:00, exige …"), with its zone."""
        free = [t for t in self.times if not any(x.start < t.end and t.start < x.end for x in self.mentions)]
        if len(free) != 1 or free[0].next_day:
            return None
        return free[0].hour, free[0].minute, free[0].tz or self.default_tz

    def recent(self, anchor: date | None) -> date | None:
        """Return the sentence's statement date when it is recent enough to be the day it reports
        ("The tribunal admitted the appeal on Wednesday, September 2"), as `stated_day` does for
        weekdays."""
        if anchor is None:
            return None
        return (
            anchor
            if 0 <= (self.ref - anchor).days <= (_STATED_DAYS if self.ref_dt is not None else 366)
            else None
        )

    def started(self) -> date | datetime | None:
        """Return the day or instant the sentence says something began or takes effect ("the
        ceasefire began at 6 a.m. on Thursday"), for a length the next sentence gives it."""
        start_re = self.lex.duration_start_re
        if start_re is None:
            return None
        for mention in self.mentions:
            if mention.deadline or mention.value is None or mention.kind == "duration":
                continue
            pos = mention.start - self.start
            if start_re.search(self.sentence, max(0, pos - 30), pos) is not None:
                return mention.value
        return None


def dated_later(
    sentence: str, mentions: Sequence[Mention], tie: tuple[str, int, str, bool], start: int = 0
) -> date | None:
    """Return the due of a duration tied to an event that this later sentence dates ("La
    notificación llegó este jueves a las 11:00" after "veinte días desde la notificación"),
    in the noun's own clause ("La anterior moratoria, firmada en marzo, venció el 30 de
    septiembre" dates no signing). `start` is where the sentence starts in the article."""
    stem, num, unit, _ = tie
    named = re.search(r"\b" + re.escape(stem), sentence, re.IGNORECASE)
    if named is None:
        return None
    day = next(
        (
            x.value
            for x in mentions
            if not x.deadline
            and x.kind != "duration"
            and x.value is not None
            and not re.search(r"[,;:]", _between(sentence, named.span(), (x.start - start, x.end - start)))
        ),
        None,
    )
    if day is None:
        return None
    value = _duration_end(day.date() if isinstance(day, datetime) else day, None, num, unit)
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """Return the text between two spans, whichever comes first."""
    return text[min(a[1], b[1]) : max(a[0], b[0])]


def _own_conjunct(clause: str, joiners: re.Pattern[str], gapped: re.Pattern[str] | None) -> str:
    """Return the conjunct of `clause` a marker after it belongs to: the last one, or the one
    before it when the last has no subject of its own ("The ballot opens on Monday **and** closes
    at noon on Thursday": the ballot closes)."""
    parts = joiners.split(clause)
    if len(parts) > 1 and gapped is not None and gapped.fullmatch(parts[-1]):
        return parts[-2]
    return parts[-1]


def _date_end(sentence: str, m: re.Match[str]) -> int:
    """Return where a date ends, leaving out the full stop of its sentence ("… 6 March.")."""
    end = m.end()
    if m.group().endswith(".") and _SENTENCE_TAIL.fullmatch(sentence, end):
        return end - 1
    return end


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
    if r.weekday is not None:
        # "on Thursday 12 November": only a year whose 12 November is a Thursday
        fits = [
            d
            for y in (ref_day.year - 1, ref_day.year, ref_day.year + 1)
            if (d := _valid(y, r.month, r.day)) is not None
            and d.weekday() == r.weekday
            and abs((d - ref_day).days) <= _WEEKDAY_YEAR_REACH
        ]
        if len(fits) == 1:
            return fits[0]
    return pick_year(r.month, r.day, ref_day, mode)


def _worth_scanning(sentence: str, words: set[str], lex: Lexicon) -> bool:
    """Tell whether a sentence has a date-like number or a month, weekday or unit word.

    Asked before the sentence's scan is set up: a third of the sentences have neither.
    """
    return bool(_DATE_NUMBER.search(sentence)) or not lex.trigger_words.isdisjoint(words)


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
    previous_day: date | None = None,
    dated_before: Sequence[tuple[int, int, date | datetime]] = (),
    lead_day: date | None = None,
    previous_start: date | datetime | None = None,
    previous_due: date | datetime | None = None,
    named: Sequence[tuple[int, date]] = (),
    due_days: int = 1,
) -> SentenceTemporal:
    """Find and resolve the temporal mentions of text[start:end].

    `ref` is the article's reference day (publication, else now); `ref_dt` the publication
    instant if known (durations count from it when the sentence gives no other time);
    `carried_anchor` the statement date of an earlier sentence (used without a publication
    date); `past_default` makes dates of undetermined tense resolve to the past;
    `previous_day` the last day an earlier sentence named ("a day later" counts from it);
    `dated_before` the (start, end, day) of earlier sentences that date something ("within 30
    days of the vote" counts from the day of the sentence that names the vote); `lead_day` the
    day the lead reports when it is not the publication day ("suspendió este jueves", published
    on Friday): later durations with no day of their own count from it; `previous_due` the
    last deadline an earlier sentence set ("ten days before the closing date" counts back from it),
    `due_days` on how many days the earlier deadlines fall ("Once the deadline passes" names one only
    when there is one);
    `named` where earlier sentences named which days ("de ese viernes" is the last Friday among
    them, "five days before the hearing" counts back from the day named after "hearing").
    """
    sentence = text[start:end]
    words = set(LETTERS_RE.findall(sentence.lower()))  # the gates of the steps below
    if not _worth_scanning(sentence, words, lex):
        return SentenceTemporal([], None)
    scan = _SentenceScan(text, start, end, lex, ref, ref_dt, default_tz, words)
    scan.dated_before, scan.lead_day, scan.previous_day = dated_before, lead_day, previous_day
    scan.carried = carried_anchor
    scan.previous_start = previous_start
    scan.named = named
    scan.previous_due, scan.due_days = previous_due, due_days
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
    # "Two days later, Italy fined the operator, payable within 30 days": the day first
    scan.anaphoric_days(previous_day)
    scan.durations_from(statement_day, anchor, historic)
    scan.extended_by(previous_due)
    scan.lead_times(previous_due)
    return scan.result(anchor)
