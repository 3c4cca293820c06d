"""Label a sentence, or its clauses, as statement, claim, fact or commentary (DESIGN.md §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from bot.analysis.attribution import Attribution, SourceKind, find_attribution
from bot.analysis.lexicon import Lexicon
from bot.analysis.text import Normalized, inside, normalize, quote_spans
from bot.domain.models import Item, Label

_LEAD = re.compile(r"^[\s>\"“«'‘(\[\-–—¿¡.,;:]*")


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
    zone = (att.content_start, len(norm.text)) if att else None
    cue = _commentary_cue(norm.text, quotes, zone, lex)
    if cue is not None:
        reason = f"evaluative or speculative language outside any attributed content: '{cue}'"
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.85, reason), None)
    stripped = norm.text.rstrip(" \"”»')")
    if att is None and stripped.endswith(("?", "!")):
        reason = "unattributed exclamation or question"
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
        if hedge is not None:
            reason = f"unattributed but hedged: '{hedge}'"
            return Labelled(Item(clause, start, end, Label.CLAIM, 0.75, reason), None)
        return Labelled(Item(clause, start, end, Label.FACT, 0.75, "no attribution, no evaluative cue"), None)
    speaker = _original(text, start, norm, att.speaker_span)
    role = _original(text, start, norm, att.role_span)
    cue_word = att.cue
    hedge = _hedge(norm.text, quotes, att.content_start, lex)
    cond_span = _condition(norm, att.content_start, lex)
    condition = _original(text, start, norm, cond_span)
    if att.kind is SourceKind.CARRIED:
        speaker = previous_speaker
    if hedge is not None:
        label, conf, reason = Label.CLAIM, 0.8, f"hedged attribution '{hedge}'; {att.reason}"
    elif att.kind is SourceKind.NAMED:
        label, conf, reason = Label.STATEMENT, 0.9, att.reason
        if speaker is None:
            speaker = role
    elif att.kind is SourceKind.CARRIED and previous_speaker is not None:
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
    return out
