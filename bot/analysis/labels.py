"""Label a sentence, or its clauses, as statement, claim, fact or commentary (DESIGN.md §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from bot.analysis.attribution import Attribution, SourceKind, find_attribution
from bot.analysis.lexicon import Lexicon
from bot.analysis.stance import load_stance_model
from bot.analysis.text import WORD_RE, Normalized, clause_words, has_digit, inside, normalize, quote_spans
from bot.domain.models import Item, Label

_LEAD = re.compile(r"^[\s>\"“«'‘(\[\-–—¿¡.,;:]*")
# A cue after a comma reports what comes before it ("X is absurd, the minister said") when at
# least this many words precede the comma (not "Of course, the minister said…") and at most
# this many stand between the comma and the cue (the subject).
_POST_CONTENT_WORDS = 4
_POST_SUBJECT_WORDS = 6
# Shorter pieces ("y van tres") are left to the cue lists.
_GENERIC_MIN_WORDS = 3
_EDGE_PUNCT = ".,;:!?\"'()«»“”‘’¿¡—–-"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled clause and the attribution it carries, if any."""

    item: Item
    attribution: Attribution | None


def _commentary_cue(
    norm: str, quotes: list[tuple[int, int]], zone: tuple[int, int] | None, lex: Lexicon
) -> str | None:
    """Return the first commentary cue outside quotes and outside attributed content."""
    lead = _LEAD.match(norm)
    offset = lead.end() if lead else 0
    body = norm[offset:]
    for pat in lex.commentary:
        for m in pat.finditer(body, within=norm):
            pos = m.start() + offset
            if inside(pos, quotes) or (zone is not None and zone[0] <= pos < zone[1]):
                continue
            return m.group()
    return None


def _attributed_zone(norm: str, att: Attribution, lex: Lexicon) -> tuple[int, int]:
    """Return the span of what the source said: after the cue, or all of it when the cue comes last.

    "The plan is absurd, the minister said": the opinion before the cue is the minister's, not
    the writer's; "Of course, the minister announced it" keeps the writer's "Of course".
    """
    cue_at = norm.rfind(att.cue, 0, att.content_start)
    comma = norm.rfind(",", 0, cue_at) if cue_at > 0 else -1
    if comma < 0 or len(WORD_RE.findall(norm, 0, comma)) < _POST_CONTENT_WORDS:
        return att.content_start, len(norm)
    subject = len(WORD_RE.findall(norm, comma, cue_at))
    spans = [span[0] for span in (att.speaker_span, att.role_span) if span is not None]
    if subject > _POST_SUBJECT_WORDS or (min(spans) < comma if spans else not subject):
        return att.content_start, len(norm)  # "…que el portavoz, Dmitri Peskov, nunca dice…"
    after = WORD_RE.findall(norm, att.content_start, att.content_start + 60)
    if (
        any(w.lower() in lex.complementizers for w in after[:_POST_SUBJECT_WORDS])
        or ":" in norm[att.content_start : att.content_start + 3]
    ):
        return att.content_start, len(norm)
    return 0, len(norm)


def _nothing_reportable(norm: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell the writer's generalisation from news: a stance and no figure, date, name, quote or past event.

    Facts carry specifics ("Talks resumed on Tuesday in Geneva"; "Police deployed extra
    officers around the tally center in Lusaka") or state plainly ("The mine produces copper");
    "Patience is a luxury that neither side can afford" has a stance and no specifics.
    """
    if quotes or lex.stance_words.isdisjoint(w.strip(_EDGE_PUNCT) for w in norm.lower().split()):
        return False  # cheapest first: most facts have no stance word
    if has_digit(norm):
        return False
    words = clause_words(norm)
    lows = {w.lower() for w in words}
    # the split above is only a prefilter: the clause's own words decide
    if (
        len(words) < _GENERIC_MIN_WORDS
        or lex.stance_words.isdisjoint(lows)
        or not lex.trigger_words.isdisjoint(lows)
    ):
        return False
    if sum(1 for w in words[1:] if w[:1].isupper()) > 1:
        return False
    return not any(p.search(norm) for p in lex.past_tense)


def _hedge(norm: str, quotes: list[tuple[int, int]], end: int, lex: Lexicon) -> str | None:
    for pat in lex.hedges:
        for m in pat.finditer(norm, 0, end):
            if not inside(m.start(), quotes):
                return m.group()
    return None


def _condition(norm: Normalized, start: int, lex: Lexicon) -> tuple[int, int] | None:
    text = norm.text
    best: tuple[int, int] | None = None
    for pat in lex.condition_markers:
        m = pat.search(text, start)
        if m and (best is None or m.start() < best[0]):
            stop = lex.condition_end_re.search(text, m.end())
            end = stop.start() if stop else len(text.rstrip(' .;"”»'))
            best = (m.start(), end)
    return best


def _original(text: str, base: int, norm: Normalized, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    s, e = norm.to_original(*span)
    return text[base + s : base + e].strip(" ,") or None


def _dated(norm: str, lex: Lexicon) -> bool:
    """Tell a clause that carries a figure or a day word: a report's specifics, never flipped."""
    if has_digit(norm):
        return True
    words = {w.lower() for w in clause_words(norm)}
    return any(not words.isdisjoint(day_words) for day_words in (lex.months, lex.weekdays, lex.relative_days))


def _second_opinion(clause: str, start: int, end: int, norm: str, lex: Lexicon) -> Item:
    """Label an unattributed, cue-less clause: fact, unless the stance model is confident it is comment.

    Irony and bare verdicts ("And that, in the end, is the whole point") carry no cue word; only
    clauses no rule claimed reach the model, so attributed ones never flip, nor dated ones (a
    deadline lives in a fact).
    """
    model = load_stance_model()
    if model is not None and not _dated(norm, lex):
        p = model.probability(norm)
        if p >= model.threshold:
            reason = f"no attribution; the stance model reads the writer's comment (p={p:.2f})"
            return Item(clause, start, end, Label.COMMENTARY, 0.6, reason)
    return Item(clause, start, end, Label.FACT, 0.75, "no attribution, no evaluative cue")


def label_clause(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    insertion: bool,
    previous_speaker: str | None,
    quotes: list[tuple[int, int]] | None = None,
) -> Labelled:
    """Label text[start:end]; `previous_speaker` stands in for a pronoun subject.

    `quotes`, the quote spans of text[start:end] if the caller has them, are reused when
    normalising changes nothing.
    """
    clause = text[start:end]
    if insertion:
        item = Item(clause, start, end, Label.COMMENTARY, 0.99, "reader insertion (>>)")
        return Labelled(item, None)
    norm = normalize(clause)
    if quotes is None or norm.index is not None:
        quotes = quote_spans(norm.text)
    att = find_attribution(norm.text, quotes, lex)
    zone = _attributed_zone(norm.text, att, lex) if att else None
    cue = _commentary_cue(norm.text, quotes, zone, lex)
    if cue is not None:
        reason = f"evaluative or speculative language outside any attributed content: '{cue}'"
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.85, reason), None)
    stripped = norm.text.rstrip(" \"”»')")
    # the writer's own question or exclamation, even about what someone said; a quoted one is
    # the speaker's ('The mayor asked: "Who pays?"')
    if stripped.endswith(("?", "!")) and (att is None or not inside(len(stripped) - 1, quotes)):
        reason = "exclamation or question in the writer's voice"
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.7, reason), None)
    if att is None:
        lead = _LEAD.match(norm.text)
        head = norm.text[lead.end() if lead else 0 :]
        for pat in lex.unnamed_sources:
            hit = pat.match(head, within=norm.text)
            if hit:
                reason = f"unnamed source as subject: '{hit.group().strip()}'"
                item = Item(clause, start, end, Label.CLAIM, 0.7, reason, role=hit.group().strip())
                return Labelled(item, None)
        hedge = _hedge(norm.text, quotes, len(norm.text), lex)
        generic = _nothing_reportable(norm.text, quotes, lex)
        # a conditional of the writer's own ("sería un regalo para la oposición") is speculation,
        # not hearsay ("habría ofrecido", "reportedly")
        if hedge is not None and not (generic and hedge.lower() in lex.stance_words):
            reason = f"unattributed but hedged: '{hedge}'"
            return Labelled(Item(clause, start, end, Label.CLAIM, 0.75, reason), None)
        if generic:
            reason = "no attribution and none of a report's specifics (figure, date, name, quote, past)"
            return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.6, reason), None)
        return Labelled(_second_opinion(clause, start, end, norm.text, lex), None)
    speaker = _original(text, start, norm, att.speaker_span)
    role = _original(text, start, norm, att.role_span)
    cue_word = att.cue
    hedge = _hedge(norm.text, quotes, att.content_start, lex)
    cond_span = _condition(norm, att.content_start, lex)
    condition = _original(text, start, norm, cond_span)
    if att.kind is SourceKind.CARRIED:
        speaker = previous_speaker or speaker  # a document's issuer, else the clause's own subject
    if hedge is not None:
        label, conf, reason = Label.CLAIM, 0.8, f"hedged attribution '{hedge}'; {att.reason}"
    elif att.kind is SourceKind.NAMED:
        label, conf, reason = Label.STATEMENT, 0.9, att.reason
        if speaker is None:
            speaker = role
    elif att.kind is SourceKind.CARRIED and speaker is not None:
        label, conf, reason = (
            Label.STATEMENT,
            0.8,
            f"{att.reason}; speaker carried from an earlier sentence",
        )
    else:
        label, conf, reason = Label.CLAIM, 0.85, att.reason
    item = Item(
        clause,
        start,
        end,
        label,
        conf,
        reason,
        speaker=speaker,
        role=role,
        cue=cue_word,
        condition=condition,
    )
    return Labelled(item, att)


def _split_points(text: str, start: int, end: int, lex: Lexicon) -> tuple[list[int], list[tuple[int, int]]]:
    """Return where a sentence may be cut into clauses, and its quote spans."""
    clause = text[start:end]
    quotes = quote_spans(clause)
    points: set[int] = set()
    for pat in lex.clause_splits:
        for m in pat.finditer(clause):
            lead = len(m.group()) - len(m.group().lstrip(",;.…—– \t"))
            pos = m.start() + lead
            if 0 < pos < len(clause) and not inside(pos, quotes):
                points.add(start + pos)
    return sorted(points), quotes


def label_sentence(
    text: str, start: int, end: int, lex: Lexicon, *, insertion: bool, previous_speaker: str | None
) -> list[Labelled]:
    """Label a sentence, cut into clauses where a clause carries its own attribution or comment."""
    if insertion:
        return [label_clause(text, start, end, lex, insertion=True, previous_speaker=previous_speaker)]
    points, quotes = _split_points(text, start, end, lex)
    bounds = [start, *points, end]
    pieces: list[tuple[int, int]] = []
    for s, e in pairwise(bounds):
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    if len(pieces) <= 1:
        return [
            label_clause(
                text, start, end, lex, insertion=False, previous_speaker=previous_speaker, quotes=quotes
            )
        ]
    out: list[Labelled] = []
    speaker = previous_speaker
    cur_start, cur_end = pieces[0]
    for s, e in pieces[1:]:
        piece = label_clause(text, s, e, lex, insertion=False, previous_speaker=None)
        own = piece.attribution is not None and piece.attribution.kind not in (
            SourceKind.CARRIED,
            SourceKind.UNKNOWN,
        )
        hedged = piece.attribution is None and piece.item.label is Label.CLAIM
        if own or hedged or piece.item.label is Label.COMMENTARY:
            head = label_clause(text, cur_start, cur_end, lex, insertion=False, previous_speaker=speaker)
            out.append(head)
            speaker = head.item.speaker or speaker
            cur_start, cur_end = s, e
        else:
            cur_end = e
    out.append(label_clause(text, cur_start, cur_end, lex, insertion=False, previous_speaker=speaker))
    return _one_comment(text, out) or out


def _one_comment(text: str, out: list[Labelled]) -> list[Labelled] | None:
    """Return a sentence of unattributed fact and comment as one commentary item (convention 6).

    "Automation is coming either way; the only question is who pays": the writer's evaluative
    sentence is commentary even where part of it states a fact.
    """
    comment = next((o.item for o in out if o.item.label is Label.COMMENTARY), None)
    if comment is None or len(out) < 2:
        return None
    if any(o.attribution is not None or o.item.label not in (Label.FACT, Label.COMMENTARY) for o in out):
        return None
    first, last = out[0].item, out[-1].item
    reason = f"an unattributed sentence with the writer's comment in it ({comment.reason})"
    item = Item(
        text[first.start : last.end], first.start, last.end, Label.COMMENTARY, comment.confidence, reason
    )
    return [Labelled(item, None)]
