"""A development's lifecycle from evidence: its status, which deadline a change hits, confirmations."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.domain.lexicon import Lexicon, fold, load_lexicon
from bot.domain.linking import article_terms, weight_of
from bot.domain.models import ChangeKind, Deadline, DeadlineChange, DeadlineStatus, Item, Label
from bot.domain.times import due_instant, parse_due

OPEN = (DeadlineStatus.PENDING, DeadlineStatus.EXTENDED)
_NEGATION = re.compile(r"\b(no|not|never|nunca|jamas|ningun|ninguna|none)\b|n't\b")
# Characters either side of a change's evidence that count as "near" it.
NEAR_CHARS = 30
# An extension or a breach can arrive after the due time passed unnoticed ("prorrogan la
# mediación" published the morning after): such a deadline, expired by the clock alone, can
# still be changed for this long.
LATE_CHANGE_WINDOW = timedelta(days=3)
# A change told before its deadline is known waits this long on the clock for an undated or late
# article to bring that deadline; then it lapses (kept on record, applied to nothing). Late feed
# deliveries and pasted background pieces come within days; a hold older than two weeks is far
# likelier a misread change than a deadline still on its way.
HOLD_WINDOW = timedelta(days=14)
# How far ahead of a deadline a meeting or breach can be told (a tender's bids in a week early,
# a truce broken mid-term); a deadline further ahead is another one.
OUTCOME_AHEAD = timedelta(days=7)
# A deadline due this close to when a change was told is the one the news is about.
CLOSE_IN_TIME = timedelta(days=3)
# How sure a change placed on a deadline it was not told beside in publication order (a held
# change, or one placed on its own article's new deadline) must be: a close due time, or the
# deadline's words or length in the change's own or nearby words (the rest of its sentence, often
# the story's names shared by all its deadlines, does not count).
SURE_ENOUGH = 1.0
PHASES = ("proposed", "agreed", "in effect", "resolved")
_PHASE_KEYS = {"proposed": "proposed", "agreed": "agreed", "in_effect": "in effect", "resolved": "resolved"}


def phase_of(items: Iterable[Item], lex: Lexicon | None = None) -> str | None:
    """Return the furthest phase that on-the-record or narrative items put a story in."""
    lex = lex or load_lexicon()
    best = -1
    for item in items:
        if item.label not in (Label.STATEMENT, Label.FACT):
            continue
        text = fold(item.text)
        for key, cues in lex.status_cues:
            phase = _PHASE_KEYS.get(key)
            if phase is None:
                continue
            if cues.search(text):
                best = max(best, PHASES.index(phase))
    return PHASES[best] if best >= 0 else None


def derive_status(phase: str | None, deadlines: Sequence[Deadline]) -> str:
    """Return the status users see: a deadline's outcome first, then the phase of the story.

    `deadlines` come in the order they were created; the latest one tells where things stand.
    """
    if deadlines:
        open_ones = [d for d in deadlines if d.status in OPEN]
        if open_ones:
            if any(d.status is DeadlineStatus.EXTENDED for d in open_ones):
                return "extended"
            return phase if phase in ("agreed", "in effect") else (phase or "proposed")
        last = deadlines[-1]
        outcome = {
            DeadlineStatus.BROKEN: "broken",
            DeadlineStatus.EXPIRED: "expired",
            DeadlineStatus.MET: "resolved",
            DeadlineStatus.CANCELLED: "resolved",
        }
        if any(d.status is DeadlineStatus.BROKEN for d in deadlines):
            return "broken"
        return outcome.get(last.status, phase or "open")
    return phase or "open"


def _overlap(a: str, b: str, lex: Lexicon) -> float:
    ta, tb = article_terms(a, lex), article_terms(b, lex)
    return sum(weight_of(t) for t in set(ta) & set(tb))


@dataclass(frozen=True, slots=True)
class DeadlineMatch:
    """The deadline a change most likely speaks of, and how sure that is (`SURE_ENOUGH` is the bar)."""

    deadline: Deadline
    sureness: float


def pick_deadline(
    change: DeadlineChange,
    context: str,
    deadlines: Sequence[Deadline],
    *,
    when: datetime,
    new_due_at: datetime | None = None,
    new_due_has_time: bool | None = None,
    near: str = "",
    exclude: Iterable[int] = (),
    lex: Lexicon | None = None,
) -> Deadline | None:
    """Choose the deadline a change speaks of: open (or just expired), most alike in words.

    Words are weighed from the closest out: the change's own evidence, then `near` (the few
    words around it), then its whole sentence `context`. An extension must move the due time
    later, and one with a time of day more likely moves a deadline that had one. Among equals
    the latest created wins. It never declines an open candidate: in publication order the
    deadline a change speaks of is known when it is told (`match_deadline` says how sure).
    """
    found = match_deadline(
        change,
        context,
        deadlines,
        when=when,
        new_due_at=new_due_at,
        new_due_has_time=new_due_has_time,
        near=near,
        exclude=exclude,
        lex=lex,
    )
    return found.deadline if found is not None else None


def match_deadline(
    change: DeadlineChange,
    context: str,
    deadlines: Sequence[Deadline],
    *,
    when: datetime,
    new_due_at: datetime | None = None,
    new_due_has_time: bool | None = None,
    near: str = "",
    exclude: Iterable[int] = (),
    same_article: Collection[int] = (),
    first_dues: Mapping[int, datetime] | None = None,
    strict: bool = False,
    timed: bool = True,
    lex: Lexicon | None = None,
) -> DeadlineMatch | None:
    """Choose the deadline a change speaks of (as `pick_deadline`), with how sure the choice is.

    `strict` is for a deadline that arrives apart from the news of its change (a held change, or
    one tried on its own article's new deadlines): only deadlines whose due time fits when the
    change was told compete, and below `SURE_ENOUGH` the change declines them all.
    `same_article` holds the deadlines the change's own article brought; `first_dues` the due
    times deadlines had when first told, before a change moved them (a tender met on the day it
    was first due, and extended since, by a report that arrived in between). `timed` is False
    when `when` is only when an undated article was read: its timing then says nothing.
    """
    lex = lex or load_lexicon()
    skip = set(exclude)
    length = extension_length(change.evidence) if change.kind is not ChangeKind.EXTEND else None
    scored: list[tuple[tuple[float, float, float, float, int], float, Deadline]] = []
    for order, deadline in enumerate(deadlines):
        if deadline.id in skip:
            continue
        late = deadline.status is DeadlineStatus.EXPIRED and when - deadline.due_at <= LATE_CHANGE_WINDOW
        if deadline.status not in OPEN and not late:
            continue
        if change.kind is ChangeKind.EXTEND and new_due_at is not None and new_due_at <= deadline.due_at:
            continue
        dues = {deadline.due_at, (first_dues or {}).get(deadline.id, deadline.due_at)}
        if strict and timed and not any(_fits_in_time(change.kind, due - when) for due in dues):
            continue
        # The change's own words come first ("desconvocó la huelga"), then its sentence's.
        target = f"{deadline.what} {deadline.evidence}"
        own = _overlap(change.evidence, target, lex)
        if length is not None and length == extension_length(deadline.evidence):
            # "met within the ten-day deadline" of the deadline set "within 10 days": a length in
            # common says more than any one word ("plazo" is every deadline's).
            own += 2.0
        close = _overlap(near, target, lex)
        around = _overlap(context, target, lex)
        if new_due_has_time is not None and new_due_has_time == ("T" in deadline.due):
            close += 0.5
        if deadline.status in OPEN:
            around += 0.01  # an open deadline beats an expired one at equal words
        # How sure: its own and nearby words, a due time close to the telling, its article.
        sure = own + close
        if timed and any(abs(due - when) <= CLOSE_IN_TIME for due in dues):
            sure += 1.0
        if deadline.id in same_article:
            sure += 0.5
        # Publication order ranks by words alone; a strict choice by how sure first.
        scored.append(((sure if strict else 0.0, own, close, around, order), sure, deadline))
    if not scored:
        return None
    _, sureness, best = max(scored, key=lambda s: s[0])
    if strict and sureness < SURE_ENOUGH:
        return None
    return DeadlineMatch(best, sureness)


def _fits_in_time(kind: ChangeKind, ahead: timedelta) -> bool:
    """Tell whether a change told `ahead` of a deadline's due time can be about it.

    A meeting or a breach is told at, after or shortly before the due time; an extension or a
    cancellation before it, or just after it passed unnoticed (`LATE_CHANGE_WINDOW`).
    """
    if kind in (ChangeKind.MEET, ChangeKind.BREAK):
        return ahead <= OUTCOME_AHEAD
    return ahead >= -LATE_CHANGE_WINDOW


@dataclass(frozen=True, slots=True)
class DeadlineStep:
    """One entry of a deadline's history: what it became, and when the news of it was told."""

    id: int
    status: DeadlineStatus
    due: str | None  # the due after the step
    # When its article was published (recorded, when undated); None for the step that created
    # the deadline from an undated article, which may be older than anything stored.
    told_at: datetime | None
    by_article: bool  # an article told it (not the clock: "the due time passed")


def as_told(
    deadline: Deadline, steps: Sequence[DeadlineStep], when: datetime, zone: str
) -> tuple[Deadline, list[DeadlineStep]] | None:
    """Return the deadline as it stood when a change was told, and the steps told after it.

    For a change that arrives after later news of its deadline already applied (an extension read
    after the meeting it preceded): None when no step was told after `when`, when the deadline
    itself was first told after it, or when the clock made a later step (expiry is re-derived).
    """
    if len(steps) < 2 or (steps[0].told_at is not None and steps[0].told_at > when):
        return None
    cut = len(steps)
    while cut > 1 and (told := steps[cut - 1].told_at) is not None and told > when:
        cut -= 1
    later = list(steps[cut:])
    if not later or not all(step.by_article for step in later):
        return None
    last = steps[cut - 1]
    due = last.due or deadline.due
    then = replace(deadline, status=last.status, due=due, due_at=due_instant(parse_due(due), zone))
    return then, later


def confirmation(claim: str, statement: str, lex: Lexicon | None = None) -> str | None:
    """Tell whether a named statement confirms or denies an earlier claim (None when unrelated)."""
    lex = lex or load_lexicon()
    a = set(article_terms(claim, lex))
    b = set(article_terms(statement, lex))
    shared = a & b
    # A topic and a place in common ("talks", "Abu Dhabi") is not a confirmation: most of the
    # claim's own terms must recur in the statement.
    if len(shared) < 3 or not a:
        return None
    if sum(weight_of(t) for t in shared) / max(1e-9, sum(weight_of(t) for t in a)) < 0.6:
        return None
    text = fold(statement)
    if lex.denial_cues.search(text):
        return "denied"
    # "Russia will not strike" after "Russia will strike": the same words, the opposite claim.
    if bool(_NEGATION.search(text)) != bool(_NEGATION.search(fold(claim))):
        return "denied"
    return "confirmed"


_NUMBERS = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "dos": 2,
    "two": 2,
    "tres": 3,
    "three": 3,
    "cuatro": 4,
    "four": 4,
    "cinco": 5,
    "five": 5,
    "seis": 6,
    "six": 6,
    "siete": 7,
    "seven": 7,
    "diez": 10,
    "ten": 10,
    "catorce": 14,
    "fourteen": 14,
    "quince": 15,
    "fifteen": 15,
    "treinta": 30,
    "thirty": 30,
}
_UNITS = {
    "hora": timedelta(hours=1),
    "horas": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hours": timedelta(hours=1),
    "dia": timedelta(days=1),
    "dias": timedelta(days=1),
    "day": timedelta(days=1),
    "days": timedelta(days=1),
    "semana": timedelta(weeks=1),
    "semanas": timedelta(weeks=1),
    "week": timedelta(weeks=1),
    "weeks": timedelta(weeks=1),
}
_DURATION = re.compile(r"\b(\d{1,3}|[a-z]+)[\s-]+(horas?|hours?|dias?|days?|semanas?|weeks?)\b")


def extension_length(evidence: str) -> timedelta | None:
    """Return how long an extension adds when its words give a length ("amplió en 48 horas")."""
    for number, unit in _DURATION.findall(fold(evidence)):
        count = int(number) if number.isdigit() else _NUMBERS.get(number)
        if count:
            return count * _UNITS[unit]
    return None
