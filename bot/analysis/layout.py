"""Read an article's layout: headings, bullets, live-blog timestamps, datelines, transcript turns.

The labelling rules read prose. Laid-out text fools them: "What happens next?" on a line of its
own is an explainer's heading, not the writer's rhetorical question (corpus convention 16);
"12:50 — La AEMPS amplió…" opens a live-blog entry, and 12:50 is no time of the news; "1. " is
no sentence; "MINISTRA: …" attributes a line. This module reads each line's marker once,
blanks the markers in a copy of the text (same length, so every offset holds) for the rules
to read, and tells the engine what the layout means for segments, labels and speakers.
Pure: it reads only its data files (`data/layout/<code>.toml`).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from enum import StrEnum
from functools import cache
from operator import attrgetter
from pathlib import Path

from bot.analysis.attribution import NO_NAME_REASON, name_and_office
from bot.analysis.firstchar import compile_gated
from bot.analysis.labels import CUE_REASON, QUESTION_REASON, UNATTRIBUTED_HEDGE_REASON
from bot.analysis.lexicon import Lexicon
from bot.analysis.segment import Segment
from bot.analysis.text import WORD_RE
from bot.domain.models import Item, Label

_DATA = Path(__file__).parent / "data" / "layout"

_LINE = re.compile(r"[^\n]+")
# A service note outside a live blog or a host's turn is a sentence of its own ("That's it for
# today; see you tomorrow."): each piece between these stops opens with a note and adds at most
# this many words; more, or a comma, goes on into the writer's words ("Good morning, and what a…").
_SERVICE_PIECES = re.compile(r"[;.!?:]+")
_SERVICE_REST_WORDS = 3
_SERVICE_REASON = "the outlet's service note in a live blog or a broadcast: it judges nothing"
# Its own reason: a sentence that is nothing but service notes sets no deadline and reports no
# event ("We are closing the blog for tonight.", "That's it for today; see you tomorrow.").
# comment19en: a later question of an explainer's paragraph that opens with a glued one
_LATER_QUESTION_REASON = "another reader's question of an explainer's paragraph: it organises the answers"
SERVICE_ALONE_REASON = "nothing but the outlet's service note (a greeting, a sign-off): no news in it"
# Its own reason too: a signpost announces the list after it ("Lo que hay que saber esta mañana.")
# and names no news day of its own.
SIGNPOST_REASON = "a signpost to the headings or the list after it: it organises the piece"
_OPENERS = frozenset("-•*·▪‣◦–►▸→○#0123456789")  # a bullet, a heading's hashes, a timestamp
_TAG_REACH = 110  # a tag (40), its role in brackets (60) and the colon: where a tag line shows one
_DOT_REACH = 14  # "Pregunta. …": a one-word tag and its full stop
_AFTER_COLON = 8  # the spaces after a tag's colon, and the first character of its text
_DATELINE_REACH = 100
_MARK_CHARS = re.compile(r"[:—–(-]")
_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_BULLET = re.compile(r"[ \t]*(?:[-•*·▪‣◦–►▸→○]|\d{1,2}[.)])[ \t]+(?=\S)")
_HASH_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")
_BOLD_HEAD = re.compile(r"[ \t]*\*\*(?=\S)([^*\n]{1,80}?)\*\*[ \t]*")
# "14:32 -", "11.40 |", "9h15 ·", "18:02 That's all": hour and minute, then a separator or a
# capital (a bare space counts only in an article with two such lines: a live blog)
_TIMESTAMP = re.compile(
    r"[ \t]*(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?:[ \t]*(?:h|hrs?|GMT|UTC|CET|CEST|[ap]\.m\.|[ap]m))?"
    r"(?:[ \t]*(?P<sep>[-—–|·:•])[ \t]+(?=\S)|[ \t]+(?=[\"“«¿¡'‘]?[^\W\d_]))"
)
_BARE_TIME = re.compile(
    r"[ \t]*(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)"
    r"(?:[ \t]*(?:h|hrs?|GMT|UTC|CET|CEST|[ap]\.m\.|[ap]m))?[ \t]*"
)
# "MADRID, 5 oct (Reuters) -", "MONTEVIDEO, Uruguay (CPW) —", "BOGOTÁ —": a place in capitals,
# or any place with an agency in brackets, then a dash
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3})"
    r"(?:,[ \t]*[^\n()—–:;!?]{1,40}?)?[ \t]*(?P<agency>\([^()\n]{2,30}\))?[ \t]*\.?[—–-]{1,2}[ \t]+(?=\S)"
)
# "PRESENTADOR:", "Q:", "MARÍA LÓPEZ (ministra):", "Ana Ruiz, portavoz:": a tag and a colon
_TAG = re.compile(
    r"[ \t]*(?P<tag>[^\W\d_](?:[^\W\d_]|[.'’ -]){0,40}?)"
    r"(?:[ \t]*\((?P<role>[^()\n]{1,60})\)|,[ \t]*(?P<role2>[^\W\d_][^:\n,]{1,40}))?"
    r"[ \t]*:[ \t]+(?=\S)"
)
# "P. ¿Cuándo…?" / "R. Antes del…": an interview's listed one-word tags with a full stop
# "—¿Cuándo…?" / "—Antes del…": a press interview's turns opened by a dash glued to the text
_DASH_TURN = re.compile(r"[ \t]*—(?=[^\s—])")
_DASH = "—"
_DOT_TAG = re.compile(r"[ \t]*(?P<tag>[^\W\d_]{1,12})\.[ \t]+(?=\S)")
_CAPS_HEAD = re.compile(r"[ \t]*(?P<head>[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ]|[ .'’-]){1,60}?)[ \t]*:[ \t]+(?=\S)")
# a capitalised word before a surname in prose ("Alana" of "Alana MacPhee")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
# a tag in capitals that opens a line, before its role or colon ("DILCIA MARADIAGA (…):")
_TAG_LINE = re.compile(r"^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{1,40}?)[ \t]*[(,:]", re.M)
# a sentence's end and the capital that opens a tag run into the line after it
_INLINE_TURN = re.compile(r"(?<=[.!?…\"”»’])[ \t]+(?=[A-ZÀ-ÖØ-Þ]{2})")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)+")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*\s+\S")
_END_PUNCT = ".!?…;,:"
_HEADING_WORDS = 12  # a heading is short: a title, a section name, a headline
_QUESTION_WORDS = 15
# A paragraph's opening question answered in the same paragraph: a heading only where an article
# has this many of them (an explainer's sections, not one rhetorical question)
_GLUED_QUESTIONS = 2
# the first sentence of a line when it is a question: no sentence end before its mark
_GLUED_QUESTION = re.compile(r"[ \t]*[^\n.!?…]{1,200}?\?[\"”»’)]*(?=\s)")
_TAG_WORDS = 4
# a bullet's first sentence, ended by a full stop, with more text after it on its line
_BULLET_LEAD = re.compile(r"[^\n.!?…:;]{1,60}?\.(?=[ \t]+\S)")
_LEAD_WORDS = 6
_INSERTION = ">>"
_START = attrgetter("start")
_HOST_QUESTIONS = 0.5  # a named tag whose turns are mostly questions is the one who asks
# the name after "our reporter" ("Lucía Roldán", past a place's comma), or before ", our reporter"
_OWN_NAME = r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3})"
_OWN_AFTER = re.compile(r",?[ \t]+" + _OWN_NAME)
_OWN_BEFORE = re.compile(_OWN_NAME + r",[ \t]+$")
_OWN_REACH = 60  # how far before "our reporter" its name may stand (", nuestra corresponsal")


class Kind(StrEnum):
    """What a line's marker is."""

    PLAIN = "plain"
    BULLET = "bullet"
    TIMESTAMP = "timestamp"
    DATELINE = "dateline"
    TURN = "turn"
    HEADING = "heading"


class Voice(StrEnum):
    """Whose words a transcript turn holds."""

    INTERVIEWER = "interviewer"  # the outlet's questions
    HOST = "host"  # the outlet's own voice
    GUEST = "guest"  # a named speaker's words


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: where it starts and ends, its marker, and what the marker says."""

    start: int
    end: int
    kind: Kind
    body: int  # where the line's content starts, past its marker
    heading_end: int | None = None  # end of the heading the line holds (the whole line, or "**X.**")
    time: tuple[int, int] | None = None  # a timestamp's hour and minute
    voice: Voice | None = None
    speaker: str | None = None
    role: str | None = None
    tag: str | None = None
    intro: bool = False  # the line that introduces a transcript: a heading unless it reports


@dataclass(frozen=True, slots=True)
class LayoutWords:
    """A language's layout words (`data/layout/<code>.toml`)."""

    openers: frozenset[str]
    # wh-words whose question, glued to its answer at a paragraph's start, is a heading even alone
    lone_openers: frozenset[str]
    rhetorical: tuple[re.Pattern[str], ...]
    interviewer: frozenset[str]
    host: frozenset[str]
    answer: frozenset[str]
    service: tuple[re.Pattern[str], ...]
    interview: re.Pattern[str] | None
    signposts: tuple[re.Pattern[str], ...]
    own: re.Pattern[str] | None  # "our reporter", "nuestra corresponsal": the outlet's own journalist
    not_names: frozenset[str] = frozenset()  # a tag's first word that opens no name ("En Lima, …:")
    # a name that opens a sentence and is placed somewhere ("Priya Halden is at the harbour."):
    # the reporter the host hands over to, the outlet's voice when tagged
    posted: re.Pattern[str] | None = None
    # facts29: the host's furniture, a note only in a live blog or a host's turn ("Thank you, Tom.",
    # "It's ten past one."); alone in prose it may be the writer's ("Thanks, Brussels.")
    host_service: tuple[re.Pattern[str], ...] = ()


@cache
def layout_words(code: str) -> LayoutWords:
    """Load a language's layout words; a language with no file has none (no heading questions)."""
    path = _DATA / f"{code}.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    questions, speakers, outlet = raw.get("questions", {}), raw.get("speakers", {}), raw.get("outlet", {})
    return LayoutWords(
        openers=frozenset(w.lower() for w in questions.get("openers", ())),
        lone_openers=frozenset(w.lower() for w in questions.get("lone_openers", ())),
        rhetorical=tuple(re.compile(p, re.IGNORECASE) for p in questions.get("rhetorical", ())),
        interviewer=frozenset(w.lower() for w in speakers.get("interviewer", ())),
        host=frozenset(w.lower() for w in speakers.get("host", ())),
        answer=frozenset(w.lower() for w in speakers.get("answer", ())),
        service=tuple(re.compile(p, re.IGNORECASE) for p in outlet.get("service", ())),
        interview=re.compile("|".join(speakers["interview"]), re.IGNORECASE)
        if speakers.get("interview")
        else None,
        signposts=tuple(re.compile(p, re.IGNORECASE) for p in outlet.get("signposts", ())),
        host_service=tuple(re.compile(p, re.IGNORECASE) for p in outlet.get("host_service", ())),
        not_names=frozenset(w.lower() for w in speakers.get("not_names", ())),
        # whole-article scans: behind the lookahead of the characters a match starts with
        own=compile_gated("|".join(f"(?:{p})" for p in speakers["own"]), re.IGNORECASE)
        if speakers.get("own")
        else None,
        posted=compile_gated(
            r"(?:^|(?<=[.!?:][ \t])|(?<=\n))" + _OWN_NAME + "(?:" + "|".join(speakers["posted"]) + ")",
            re.MULTILINE,
        )
        if speakers.get("posted")
        else None,
    )


@dataclass(frozen=True, slots=True)
class Layout:
    """An article's laid-out lines and its text with their markers blanked."""

    text: str  # the article with every marker blanked (same length): what the rules read
    lines: tuple[Line, ...]  # laid-out lines only, in text order
    words: LayoutWords
    # The timestamp lines, in text order: every sentence asks for its entry's time.
    _stamps: tuple[Line, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index the timestamp lines once, so that each sentence's entry is a bisection away."""
        object.__setattr__(self, "_stamps", tuple(ln for ln in self.lines if ln.kind is Kind.TIMESTAMP))

    def line_at(self, pos: int) -> Line | None:
        """Return the laid-out line that holds `pos`, if any."""
        k = bisect_right(self.lines, pos, key=_START) - 1
        if k >= 0 and self.lines[k].start <= pos < max(self.lines[k].end, self.lines[k].start + 1):
            return self.lines[k]
        return None

    def segments(self, segments: list[Segment]) -> list[Segment]:
        """Cut a heading off the sentence it shares a line with ("**Tariffs.** The ministry…"), and
        a turn off the one before it on its line ("…under water. PRESENTER: And…")."""
        cuts = [ln.heading_end for ln in self.lines if ln.heading_end is not None and ln.heading_end < ln.end]
        cuts = sorted([*cuts, *self._inline_starts()])
        if not cuts:
            return segments
        out: list[Segment] = []
        for seg in segments:
            inner = [c for c in cuts if seg.start < c < seg.end and not seg.insertion]
            start = seg.start
            for c in inner:
                end = c
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                if start < end:
                    out.append(Segment(start, end))
                start = c
                while start < seg.end and self.text[start].isspace():
                    start += 1
            if start < seg.end:
                out.append(Segment(start, seg.end, seg.insertion))
        return out

    def relabel(self, item: Item, *, insertion: bool) -> Item:
        """Give an item what its line's layout means: a heading is a fact, a turn its speaker's."""
        if insertion:
            return item
        line = self.line_at(item.start)
        if line is None:
            return self._as_service(item) if self._service(item, None) else self._signpost(item)
        if line.heading_end is not None and item.start < line.heading_end:
            question = item.text.rstrip(" \"”»')*").endswith("?")
            if item.label is Label.COMMENTARY and item.reason.startswith(CUE_REASON) and not question:
                # a headline with the writer's evaluative words judges; a question heading's
                # cue ("¿Hasta cuándo?") asks, its rhetorical marks are the layout data's
                return item
            if line.intro and item.label in (Label.STATEMENT, Label.CLAIM):
                return item  # "Interview: the minister said…" reports
            reason = "a heading of the article's layout: it organises the piece and judges nothing"
            return _as(item, Label.FACT, 0.8, reason)
        if self._later_glued_question(item, line):
            return _as(item, Label.FACT, 0.8, _LATER_QUESTION_REASON)
        if self._service(item, line):
            return self._as_service(item)
        if line.kind is not Kind.TURN:
            return item
        if line.voice in (Voice.INTERVIEWER, Voice.HOST) and _asks(item.text):
            if line.voice is Voice.HOST and any(p.search(item.text) for p in self.words.rhetorical):
                return item  # the host's own rhetorical question stays the outlet's comment
            reason = f"an interviewer's question (speaker tag '{line.tag}'): it organises the interview"
            return _as(item, Label.FACT, 0.8, reason)
        # a clause the rules left unattributed, or attributed to a source with no name and no
        # hedge ("—Los congelaremos —asegura—."): the guest's own words
        # and a guest's own conditional ("tendría que admitirlo"): their speculation, not hearsay
        sourceless = item.label is Label.CLAIM and item.reason.startswith(
            (NO_NAME_REASON, UNATTRIBUTED_HEDGE_REASON)
        )
        if (
            line.voice is Voice.GUEST
            and line.speaker
            and (item.label in (Label.FACT, Label.COMMENTARY) or sourceless)
        ):
            reason = f"a transcript turn: the speaker tag '{line.tag}' attributes its lines"
            new = replace(item, speaker=line.speaker, role=line.role, cue=line.tag)
            return _as(new, Label.STATEMENT, 0.85, reason)
        return item

    def _later_glued_question(self, item: Item, line: Line) -> bool:
        """Tell another reader's question in a paragraph an explainer opens with one glued to its
        answer ("Which trains are affected? No services… Will tickets be refunded? Yes, in full…").

        The paragraph's heading is a question; this one, which only the question rule called the
        writer's, has its answer after it on the line and no rhetorical mark. A paragraph that
        opens with a report and then asks ("…rise to £180. Harsh?") is the writer's, as is a
        question that ends the paragraph.
        """
        if line.heading_end is None or item.start < line.heading_end or item.reason != QUESTION_REASON:
            return False
        if not _asks(self.text[line.start : line.heading_end]) or not _asks(item.text):
            return False
        if not self.text[item.end : line.end].strip():
            return False  # the paragraph's last word: the writer's question, answered by nobody
        return not any(p.search(item.text) for p in self.words.rhetorical)

    def _bare_before(self, pos: int) -> bool:
        """Tell a line break after a timestamp alone on its line ("14:32"), with only blank lines
        between: its entry's first item takes the blanked time back, across the break."""
        if self.text[pos] != "\n":
            return False
        k = bisect_right(self.lines, pos, key=_START) - 1
        if k < 0:
            return False
        line = self.lines[k]
        bare = line.kind is Kind.TIMESTAMP and line.body == line.end
        return bare and line.end <= pos and not self.text[line.end : pos].strip()

    def _opened(self, item: Item) -> str:
        """Return an item's blanked text from its first word: the outlet's phrases open there."""
        return self.text[item.start : item.end].lstrip(" \t\"“«'‘¿¡")

    def _service(self, item: Item, line: Line | None) -> bool:
        """Tell the outlet's welcome or sign-off in its own voice that a rule read as the writer's
        comment ("We'll be back on Thursday", "That's where we leave today's live coverage").

        In a live blog (any line of it: "All times CET.") or a host's turn the phrase opens the
        clause; elsewhere it must be the whole sentence ("Good morning." atop a newsletter,
        "That's it for today; see you tomorrow."): "Good morning, and what a week to be a
        governor" goes on into the writer's verdict.
        """
        if item.label is not Label.COMMENTARY:
            return False
        body = self._opened(item)
        host = line is not None and line.kind is Kind.TURN and line.voice is Voice.HOST
        if (host or self._stamps) and any(p.search(body) for p in self.words.host_service):
            return True
        if not any(p.search(body) for p in self.words.service):
            return False
        return host or bool(self._stamps) or self._service_alone(body)

    def _as_service(self, item: Item) -> Item:
        """Return a service note as a fact; one that is nothing else names no news day ("see you
        tomorrow"), which its own reason tells the date readers. The host's furniture names none
        either ("Our reporter was at this morning's press conference": the outlet's business)."""
        body = self._opened(item)
        alone = self._service_alone(body) or any(p.search(body) for p in self.words.host_service)
        return _as(item, Label.FACT, 0.75, SERVICE_ALONE_REASON if alone else _SERVICE_REASON)

    def _service_alone(self, body: str) -> bool:
        """Tell a sentence that is nothing but service notes: each of its pieces opens with one and
        adds at most a few words, with no comma ("That's it for today; see you tomorrow.")."""
        pieces = [p.strip() for p in _SERVICE_PIECES.split(body) if p.strip()]
        for piece in pieces:
            hit = next((m for p in self.words.service if (m := p.search(piece))), None)
            rest = piece[hit.end() :] if hit else ","
            if "," in rest or len(WORD_RE.findall(rest)) > _SERVICE_REST_WORDS:
                return False
        return bool(pieces)

    def _signpost(self, item: Item) -> Item:
        """Give the fact back to a signpost that announces the headings or the list after it
        ("Here is what comes next.", "Estas son las claves."), which a rule read as comment; a
        plain fact one ("Lo que hay que saber esta mañana.") takes the signpost's reason, which
        names no news day."""
        if item.label not in (Label.COMMENTARY, Label.FACT) or not self.words.signposts:
            return item
        k = bisect_right(self.lines, item.end, key=_START)
        if k >= len(self.lines) or self.lines[k].kind not in (Kind.HEADING, Kind.BULLET):
            return item
        if self.text[item.end : self.lines[k].start].strip():
            return item  # something stands between: the signpost does not end its paragraph
        body = self._opened(item)
        if not any(p.search(body) for p in self.words.signposts):
            return item
        return _as(item, Label.FACT, 0.75, SIGNPOST_REASON)

    def _inline_starts(self) -> list[int]:
        """Return where the turns a tag opens inside a line start ("…water. PRESENTER: And…")."""
        return [
            ln.start
            for ln in self.lines
            if ln.kind is Kind.TURN and ln.start and self.text[ln.start - 1] != "\n"
        ]

    def restore(self, original: str, items: list[Item]) -> list[Item]:
        """Give items the original text, spread over the blanked markers beside them: the closing
        stars of "**Tariffs.**" go with the heading, a line's opening marker with its first item."""
        if not self.lines:
            return items
        masked = self.text
        ends = []
        inline = self._inline_starts()  # a tag run into the line goes with its own turn
        for k, item in enumerate(items):
            limit = items[k + 1].start if k + 1 < len(items) else len(masked)
            limit = min([limit, *(c for c in inline if item.end <= c < limit)])
            end = item.end
            while end < limit and _blank(masked[end]):
                end += 1
            while end > item.end and original[end - 1].isspace():
                end -= 1
            ends.append(end)
        out = []
        for k, item in enumerate(items):
            floor = ends[k - 1] if k else 0
            start = item.start
            while start > floor and (_blank(masked[start - 1]) or self._bare_before(start - 1)):
                start -= 1
            while start < item.start and original[start].isspace():
                start += 1
            out.append(replace(item, text=original[start : ends[k]], start=start, end=ends[k]))
        return out

    def statement_time(self, pos: int, published: datetime | None, zone: tzinfo) -> datetime | None:
        """Return when a live-blog entry was written: its timestamp on the publication day.

        A timestamp is no time of the entry's news; it is when the entry's statements were made
        ("11:40 — … acaba de dar 72 horas" counts from 11:40), in the story's zone.
        """
        if published is None:
            return None
        k = bisect_right(self._stamps, pos, key=_START) - 1
        entry = self._stamps[k] if k >= 0 else None
        if entry is None or entry.time is None:
            return None
        day = published.astimezone(zone).date()
        return datetime(day.year, day.month, day.day, entry.time[0], entry.time[1], tzinfo=zone)


def _asks(text: str) -> bool:
    """Tell a turn or a line that ends in a question mark, past its closing quotes and brackets."""
    return text.rstrip(" \"”»')").endswith("?")


def _blank(ch: str) -> bool:
    """Tell a blank inside a line (a blanked marker's space, "\\r"), not the line break."""
    return ch != "\n" and ch.isspace()


def _as(item: Item, label: Label, confidence: float, reason: str) -> Item:
    """Return the item with a new label (and no speaker unless the label reports one)."""
    if label in (Label.FACT, Label.COMMENTARY):
        item = replace(item, speaker=None, role=None, cue=None, condition=None)
    return replace(item, label=label, confidence=confidence, reason=reason)


def read_layout(text: str, lex: Lexicon) -> Layout:
    """Read the layout of every line of `text` (in the lexicon's language)."""
    words = layout_words(lex.code)
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    if len(spans) < 2 and not (
        spans and (_may_be_marked(text, *spans[0]) or _opens_asking(text, spans[0], words))
    ):
        return Layout(text, (), words)
    stamps = sum(1 for s, e in spans if _TIMESTAMP.match(text, s, e) or _BARE_TIME.fullmatch(text, s, e))
    tags = _speaker_tags(text, spans, words)
    if _dash_interview(text, spans):
        tags.add(_DASH)
    lines: list[Line] = []
    for k, (s, e) in enumerate(spans):
        following = text[spans[k + 1][0] : spans[k + 1][1]] if k + 1 < len(spans) else None
        line = _read_line(text, s, e, following, words, stamps, tags)
        if line is not None:
            lines.append(line)
    lines = _question_headings(text, spans, lines, words)
    lines = _bullet_leads(text, lines)
    lines = _inline_turns(text, lines, tags, words)
    guest = _guest(text, lines, lex, words)
    own = _own_journalists(text, words) + _hosts_named(lines, words)
    lines = [_voiced(ln, lex, guest, text, own) if ln.kind is Kind.TURN else ln for ln in lines]
    lines = _askers(text, lines)
    lines = _introduced(text, spans, lines)
    lines = _continued_turns(text, spans, lines)
    if not lines:
        return Layout(text, (), words)
    chars = list(text)
    kept = []
    for ln in lines:
        before = chars[ln.start : ln.end]
        for i in range(ln.start, ln.body):
            chars[i] = " "
        bold = _BOLD_HEAD.match(text, ln.body, ln.end)
        if bold is not None:  # "**Tariffs.**": the stars are no words
            chars[bold.start() : bold.start(1)] = " " * (bold.start(1) - bold.start())
            chars[bold.end(1) : bold.end(1) + 2] = "  "
        if "".join(chars[ln.start : ln.end]).isspace() and not (
            ln.kind is Kind.TIMESTAMP and ln.body == ln.end
        ):
            chars[ln.start : ln.end] = before  # a marker with nothing after it is the line's text
        else:
            kept.append(ln)
    if not kept:
        return Layout(text, (), words)
    return Layout("".join(chars), tuple(kept), words)


def _speaker_tags(text: str, spans: list[tuple[int, int]], words: LayoutWords) -> set[str]:
    """Return the tags that open turns: a listed role, or a tag that opens two lines or more, or
    a name the text also writes in running prose ("MARÍA LÓPEZ:" … "la ministra María López")."""
    seen: dict[str, int] = {}
    roled: set[str] = set()  # tags given with a role ("MARÍA LÓPEZ (ministra):")
    hosted: set[str] = set()  # tags given with the outlet's role ("ANA GIL (presentadora):")
    dotted: set[str] = set()
    for s, e in spans:
        m = _tag_match(text, s, e)
        if m is not None and len(m.group("tag").split()) <= _TAG_WORDS:
            key = m.group("tag").strip().lower()
            seen[key] = seen.get(key, 0) + 1
            if m.group("role") or m.group("role2"):
                roled.add(key)
                if _host_role(m.group("role") or m.group("role2"), words):
                    hosted.add(key)  # "GRACE WHITFIELD, HOST:" opens a transcript like "HOST:"
        if text.find(".", s, min(e, s + _DOT_REACH)) >= 0:
            m = _DOT_TAG.match(text, s, e)
            if m is not None:
                dotted.add(m.group("tag").lower())
    roles = words.interviewer | words.host | words.answer
    # "P. …" / "R. …" only as a pair: "A. Smith said" alone is an initial
    pair = dotted & words.interviewer and dotted & words.answer
    out = {f"{t}." for t in dotted & (words.interviewer | words.answer)} if pair else set()
    for key, count in seen.items():
        if key in roles or key in hosted:
            out.add(key)
        elif (
            len(key.split()) >= 2
            and key.split()[0] not in words.not_names
            and re.search(re.escape(key.title()), text)
        ):
            # a name the prose writes too; a place after its preposition is none ("En Lima, el
            # chofer de combi paga dos peajes: …")
            out.add(key)
        elif count >= 2 and _name_like(text, spans, key):
            out.add(key)
    if out:
        # in a transcript, a name in capitals opens a turn the first time it speaks too, with its
        # role ("GAIL COMEAU (Harvesters' Association):"), named in the prose ("MACPHEE:" …
        # "Alana MacPhee") or in a fuller tag ("LÓPEZ:" after "ROSA LÓPEZ (abogada):"); "NOTA DE
        # LA REDACCIÓN:" is the outlet's label
        out |= {
            key
            for key in seen
            if key.split()[0] not in words.not_names
            and _name_like(text, spans, key, capitals=True)
            and (key in roled or _named_in_prose(text, key) or _fuller_tag(key.upper(), text) is not None)
        }
    return out


def _named_in_prose(text: str, key: str) -> bool:
    """Tell a tag's name the text also writes in lower case letters, in prose ("MacPhee")."""
    return any(not m.group().isupper() for m in re.finditer(rf"\b{re.escape(key)}\b", text, re.I))


def _name_like(text: str, spans: list[tuple[int, int]], key: str, *, capitals: bool = False) -> bool:
    """Tell a repeated tag that may name someone: in capitals ("MARTA:"), or two capitalised
    words ("Marta Gil:"); "Update:" twice is a writer's label, not a speaker. `capitals` asks
    for the capitals alone."""
    for s, e in spans:
        m = _tag_match(text, s, e)
        if m is not None and m.group("tag").strip().lower() == key:
            tag = m.group("tag").strip()
            parts = tag.split()
            return (tag.isupper() and len(tag) > 1) or (
                not capitals and len(parts) >= 2 and all(w[0].isupper() for w in parts)
            )
    return False


def _read_line(
    text: str,
    s: int,
    e: int,
    following: str | None,
    words: LayoutWords,
    stamps: int,
    tags: set[str],
) -> Line | None:
    """Return the layout of one line, or None for a plain line of prose."""
    if not _may_be_marked(text, s, e):
        return _heading(text, s, e, following, s)
    m = _BARE_TIME.fullmatch(text, s, e)
    # "14:32" alone on its line, the entry below it (a line of text must follow)
    if m is not None and stamps >= 2 and following is not None and not _BARE_TIME.fullmatch(following):
        return Line(s, e, Kind.TIMESTAMP, e, time=(int(m.group("h")), int(m.group("m"))))
    m = _TIMESTAMP.match(text, s, e)
    if m is not None and (m.group("sep") or stamps >= 2):
        return Line(s, e, Kind.TIMESTAMP, m.end(), time=(int(m.group("h")), int(m.group("m"))))
    m = _HASH_HEADING.match(text, s, e)
    if m is not None:
        return Line(s, e, Kind.HEADING, m.end(), heading_end=e)
    m = _BULLET.match(text, s, e)
    if m is not None:
        head_end = _head_in_line(text, m.end(), e)
        if head_end is None:
            head = _heading(text, m.end(), e, following, s, bullet=True)
            head_end = head.heading_end if head else None
        return Line(s, e, Kind.BULLET, m.end(), heading_end=head_end)
    m = _tag_match(text, s, e)
    if m is not None and m.group("tag").strip().lower() in tags:
        role = (m.group("role") or m.group("role2") or "").strip() or None
        return Line(s, e, Kind.TURN, m.end(), tag=m.group("tag").strip(), role=role)
    m = _DOT_TAG.match(text, s, e)
    if m is not None and f"{m.group('tag').lower()}." in tags:
        return Line(s, e, Kind.TURN, m.end(), tag=m.group("tag"))
    m = _DASH_TURN.match(text, s, e)
    if m is not None and _DASH in tags:
        return Line(s, e, Kind.TURN, m.end(), tag=_DASH)
    m = _dateline_match(text, s, e)
    if m is not None and (m.group("agency") or _capitals(m.group("place"))):
        return Line(s, e, Kind.DATELINE, m.end())
    head_end = _head_in_line(text, s, e)
    if head_end is not None:
        return Line(s, e, Kind.HEADING, s, heading_end=head_end)
    return _heading(text, s, e, following, s)


def _head_in_line(text: str, s: int, e: int) -> int | None:
    """Return the end of a headline that opens a line before its text ("**Tariffs.** The…",
    "TARIFFS: The…"), or None."""
    m = _BOLD_HEAD.match(text, s, e) or _CAPS_HEAD.match(text, s, e)
    if m is None or len(m.group(1).split()) > _TAG_WORDS or m.end() >= e:
        return None
    end = m.end(1) + (2 if text.startswith("**", m.end(1)) else 0)
    return end + 1 if text.startswith(":", end) else end


def _may_be_marked(text: str, s: int, e: int) -> bool:
    """Tell, by a few character look-ups, whether a line may open with a marker at all."""
    first = s
    while first < e and text[first] in " \t":
        first += 1
    if first < e and text[first] in _OPENERS:
        return True
    # a tag's or a headline's colon, a dateline's dash or agency, a dotted tag's full stop
    return (
        _MARK_CHARS.search(text, first, min(e, first + _TAG_REACH)) is not None
        or text.find(".", first, first + _DOT_REACH) >= 0
    )


def _tag_match(text: str, s: int, e: int) -> re.Match[str] | None:
    """Match a speaker tag, reading no further than the line's first colon within reach.

    The tag's lazy words and its optional role would otherwise be tried along the whole line.
    """
    colon = text.find(":", s, min(e, s + _TAG_REACH))
    return None if colon < 0 else _TAG.match(text, s, min(e, colon + _AFTER_COLON))


def _dateline_match(text: str, s: int, e: int) -> re.Match[str] | None:
    """Match a dateline within its reach: an agency in brackets, or a place in capitals first."""
    reach = min(e, s + _DATELINE_REACH)
    first = _WORD.match(text, s, reach)
    if text.find("(", s, reach) < 0 and (first is None or not _capitals(first.group(1))):
        return None
    return _DATELINE.match(text, s, reach)


def _dash_interview(text: str, spans: list[tuple[int, int]]) -> bool:
    """Tell a press interview written with dashes ("—¿Cuándo llegan las ayudas?" / "—Antes del
    15 de marzo."): two dash lines or more, questions and answers among them."""
    dashed = [(s, e) for s, e in spans if _DASH_TURN.match(text, s, e)]
    asks = sum(1 for s, e in dashed if _asks(text[s:e]))
    return len(dashed) >= 2 and 0 < asks < len(dashed)


def _capitals(place: str) -> bool:
    """Tell a dateline's place in capitals ("BUENOS AIRES"), at least three letters."""
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _heading(
    text: str, body: int, e: int, following: str | None, s: int, *, bullet: bool = False
) -> Line | None:
    """Return a line that is a short heading (no final stop, an answer paragraph after it)."""
    content = text[body:e].strip()
    if not content or (following is None and not bullet) or content[-1] in _END_PUNCT:
        return None
    if _INSERTION in content:
        return None  # a reader's insertion ends the line: a remark, no heading
    if content[0] in "\"“«'‘(" or not (content[0].isupper() or content[0].isdigit()):
        return None
    if len(content.split()) > _HEADING_WORDS:
        return None
    return Line(s, e, Kind.BULLET if bullet else Kind.HEADING, body, heading_end=e)


def _question_line(text: str, s: int, e: int) -> bool:
    """Tell a line that is one question alone: short, no sentence ended before its mark."""
    content = text[s:e].strip()
    if not content.endswith("?") or content[0] in "\"“«'‘>" or _INSERTION in content:
        return False
    return len(content.split()) <= _QUESTION_WORDS and _SENTENCE_END.search(content) is None


def _question_headings(
    text: str, spans: list[tuple[int, int]], lines: list[Line], words: LayoutWords
) -> list[Line]:
    """Add the question headings of an explainer: a question alone on its line, answered by the
    paragraph after it, that opens like a question for information and has no rhetorical mark.

    An opening word not listed still makes a heading in an explainer (two such lines or more).
    """
    taken = {ln.start for ln in lines}
    candidates = []
    for k, (s, e) in enumerate(spans):
        if s in taken or k + 1 >= len(spans) or not _question_line(text, s, e):
            continue
        ns, ne = spans[k + 1]
        if _question_line(text, ns, ne):
            continue  # questions stacked on questions: the writer's, not a section's
        content = text[s:e].strip()
        if any(p.search(content) for p in words.rhetorical):
            continue
        candidates.append((s, e, content))
    out = list(lines)
    for s, e, content in candidates:
        first = re.match(r"[¿¡\s]*([^\W\d_]+)", content)
        opener = first is not None and first.group(1).lower() in words.openers
        if opener or len(candidates) >= 2:
            out.append(Line(s, e, Kind.HEADING, s, heading_end=e))
    glued = _glued_questions(text, spans, taken, words)
    if len(glued) < _GLUED_QUESTIONS:
        glued = [g for g in glued if _asks_for_information(text[g[0] : g[2]], words)]
    out.extend(Line(s, e, Kind.HEADING, s, heading_end=end) for s, e, end in glued)
    return sorted(out, key=lambda ln: ln.start)


def _bullet_leads(text: str, lines: list[Line]) -> list[Line]:
    """Cut the lead-in off each bullet of a list that opens its items with one ("• Informe
    entregado. La autoridad portuaria entregó…"): a headline, like a bold one.

    Only where two bullets or more have one: a single short sentence opening a bullet may be
    the writer's remark."""
    leads = {}
    for k, ln in enumerate(lines):
        if ln.kind is not Kind.BULLET or ln.heading_end is not None:
            continue
        m = _BULLET_LEAD.match(text, ln.body, ln.end)
        if m is not None and len(m.group().split()) <= _LEAD_WORDS:
            leads[k] = m.end()
    if len(leads) < _GLUED_QUESTIONS:
        return lines
    return [replace(ln, heading_end=leads[k]) if k in leads else ln for k, ln in enumerate(lines)]


def _opens_asking(text: str, span: tuple[int, int], words: LayoutWords) -> bool:
    """Tell a lone line that opens with a reader's question glued to its answer: it has a layout."""
    m = _GLUED_QUESTION.match(text, *span) if words.lone_openers else None
    return m is not None and _asks_for_information(m.group(), words)


def _asks_for_information(question: str, words: LayoutWords) -> bool:
    """Tell a question that opens with a wh-word of `lone_openers` ("¿Qué cambia con la tasa?"):
    an explainer's reader question, a heading even where the article glues no other one."""
    opening = question.lstrip("¿¡ \t").lower()
    return any(
        opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum() for w in words.lone_openers
    )


def _glued_questions(
    text: str, spans: list[tuple[int, int]], taken: set[int], words: LayoutWords
) -> list[tuple[int, int, int]]:
    """Return the paragraphs that open with a short question the rest of the paragraph answers.

    An explainer that glues each question to its answer ("What happened? On Wednesday the
    office…") asks for information, like a heading on its own line; an editorial's rhetorical
    question opening a paragraph stands alone in its article, so only an article with
    `_GLUED_QUESTIONS` of them or more is read as one.
    """
    out = []
    for s, e in spans:
        if s in taken:
            continue
        m = _GLUED_QUESTION.match(text, s, e)
        if m is None or not text[m.end() : e].strip():
            continue
        content = m.group().strip()
        if content[0] in "\"“«'‘>" or _INSERTION in content or len(content.split()) > _QUESTION_WORDS:
            continue
        if not any(p.search(content) for p in words.rhetorical):
            out.append((s, e, m.end()))
    return out


def _guest(text: str, lines: list[Line], lex: Lexicon, words: LayoutWords) -> str | None:
    """Return the person an interview introduces before its first answer: the last name before
    it, past its words of office ("Transport Secretary Helen Marsh" is Helen Marsh).

    Only where the text says it is an interview: an explainer's own "Q:"/"A:" answers in the
    writer's voice, whoever its first lines name.
    """
    first = next((ln for ln in lines if ln.kind is Kind.TURN), None)
    if first is None or words.interview is None or words.interview.search(text, 0, first.start) is None:
        return None
    names = _NAME.findall(text, 0, first.start)
    return name_and_office(names[-1], lex)[0] if names else None


def _own_journalists(text: str, words: LayoutWords) -> list[frozenset[str]]:
    """Return the names the text gives the outlet's own journalists ("Our reporter Lucía Roldán",
    "Ana Gil, nuestra corresponsal en Bruselas"), each as its set of lower-case words."""
    if words.own is None:
        return []
    out = []
    for m in words.own.finditer(text):
        after = _OWN_AFTER.match(text, m.end())
        before = _OWN_BEFORE.search(text, max(0, m.start() - _OWN_REACH), m.start())
        for found in (after, before):
            if found is not None:
                out.append(frozenset(w.lower() for w in found.group("name").split()))
    if words.posted is not None:
        # "Priya Halden is at the harbour.": the host hands over to the reporter on the spot
        out.extend(frozenset(w.lower() for w in m.group("name").split()) for m in words.posted.finditer(text))
    return out


def _host_role(role: str | None, words: LayoutWords) -> bool:
    """Tell a tag's role that makes it the outlet's voice ("HOST", "presentadora de Radio Sur")."""
    low = (role or "").strip().lower()
    return bool(low) and (low in words.host or low.split()[0] in words.host)


def _hosts_named(lines: list[Line], words: LayoutWords) -> list[frozenset[str]]:
    """Return the names a transcript gives its own voices in their first tag ("GRACE WHITFIELD,
    HOST:", "REPORTER (Lucía Varela, Madrid):"), so that the short tag of their later turns
    ("WHITFIELD:", "VARELA:") is the outlet's voice too, not a guest's statement."""
    hosts, guests = [], set()
    for ln in lines:
        if ln.kind is not Kind.TURN or not ln.tag:
            continue
        if _host_role(ln.role, words):
            hosts.append(frozenset(ln.tag.lower().split()))
        elif ln.tag.lower() in words.host and ln.role:
            hosts.append(frozenset(ln.role.split(",")[0].lower().split()))  # the name in the brackets
        elif ln.role and ln.tag.lower() not in words.interviewer:
            guests.update(ln.tag.lower().split())
    # a surname a guest's full tag shares ("MARÍA LÓPEZ, PRESENTADORA" and "JUAN LÓPEZ, ALCALDE")
    # tells neither apart: "LÓPEZ:" stays as the tag reads it
    return [name - guests for name in hosts if name - guests]


def _voiced(line: Line, lex: Lexicon, guest: str | None, text: str, own: list[frozenset[str]]) -> Line:
    """Say whose words a turn holds: the outlet's (interviewer, host, its own reporter) or a
    named guest's."""
    words = layout_words(lex.code)
    key = (line.tag or "").lower().rstrip(".")
    if key == _DASH:  # a press interview's dashes: the questions are the outlet's, the rest the guest's
        asks = _asks(text[line.body : line.end])
        return (
            replace(line, voice=Voice.INTERVIEWER)
            if asks
            else replace(line, voice=Voice.GUEST, speaker=guest)
        )
    if key in words.interviewer:
        return replace(line, voice=Voice.INTERVIEWER)
    if key in words.host or _host_role(line.role, words):
        return replace(line, voice=Voice.HOST)
    if key and any(set(key.split()) <= name for name in own):  # "ROLDÁN:", the outlet's reporter
        return replace(line, voice=Voice.HOST)
    if key in words.answer:
        return replace(line, voice=Voice.GUEST, speaker=guest)
    # "Transport Minister Ana Ruiz:": the person, her office the turn's role
    speaker, office = name_and_office(_spelled(line.tag or "", text, lex), lex)
    return replace(line, voice=Voice.GUEST, speaker=speaker, role=line.role or office)


def _spelled(tag: str, text: str, lex: Lexicon) -> str:
    """Return a tag's name as the prose spells it ("MARÍA LÓPEZ" -> "María López", "MACPHEE" ->
    "Alana MacPhee"), or as a fuller tag gives it ("MARADIAGA" after "DILCIA MARADIAGA (…):"),
    else as tagged."""
    if not tag.isupper():
        return tag
    if " " not in tag:
        fuller = _fuller_tag(tag, text)
        if fuller is not None:
            return _spelled(fuller, text, lex)
    said = re.compile(rf"(?:(?P<first>{_CAPITALISED})\s+)?(?P<name>(?i:{re.escape(tag)}))\b")
    found = [
        m.group() if m.group("first") and m.group("first").lower() not in lex.stopwords else m.group("name")
        for m in said.finditer(text)
        if not m.group("name").isupper()
    ]
    return max(found, key=len) if found else tag.title()


def _fuller_tag(tag: str, text: str) -> str | None:
    """Return the longest tag of the text that ends with a one-word tag ("DILCIA MARADIAGA")."""
    longer = [
        m.group(1)
        for m in _TAG_LINE.finditer(text)
        if m.group(1).endswith(f" {tag}") and m.group(1).isupper()
    ]
    return max(longer, key=len) if longer else None


def _continued_turns(text: str, spans: list[tuple[int, int]], lines: list[Line]) -> list[Line]:
    """Extend a guest's turn over the untagged lines after it, up to the next laid-out line.

    A transcript breaks a long answer into paragraphs; only the next tag changes the speaker.
    """
    turns = [ln for ln in lines if ln.kind is Kind.TURN]
    if len(turns) < 2:
        return lines
    by_start = {ln.start: ln for ln in lines}
    last_turn = turns[-1].start  # prose after the last tag is the writer's again
    out: list[Line] = []
    current: Line | None = None
    k = 0
    for s, e in spans:
        line = by_start.get(s)
        if line is not None:
            current = line if line.kind is Kind.TURN else None
            out.append(line)
        elif current is not None and current.voice is Voice.GUEST and s < last_turn:
            out.append(replace(current, start=s, end=e, body=s, heading_end=None))
        while k < len(lines) and lines[k].start < e:
            if s < lines[k].start:  # a turn a tag opens inside the line ("… REPORTER: Strong words")
                current = lines[k]
                out.append(current)
            k += 1
    return out


def _inline_turns(text: str, lines: list[Line], tags: set[str], words: LayoutWords) -> list[Line]:
    """Cut a turn's line where another tag opens a turn after a sentence's end ("…a press release.
    REPORTER: Strong words…", or a whole exchange run into one paragraph)."""
    out: list[Line] = []
    for ln in lines:
        while ln.kind is Kind.TURN:
            m = _inline_tag(text, ln.body, ln.end, tags, words)
            if m is None:
                break
            role = (m.group("role") or m.group("role2") or "").strip() or None
            out.append(replace(ln, end=m.start("tag")))
            ln = Line(m.start("tag"), ln.end, Kind.TURN, m.end(), tag=m.group("tag").strip(), role=role)
        out.append(ln)
    return out


def _inline_tag(text: str, s: int, e: int, tags: set[str], words: LayoutWords) -> re.Match[str] | None:
    """Return the first tag run into a turn's line after a sentence's end: a tag of the text's
    turns, or a name in capitals with its role ("TOM ASHBY, ARABLE FARMER:")."""
    for end in _INLINE_TURN.finditer(text, s, e):
        m = _tag_match(text, end.end(), e)
        if m is None or len(m.group("tag").split()) > _TAG_WORDS:
            continue
        tag = m.group("tag").strip()
        key = tag.lower()
        roled = m.group("role") or m.group("role2")
        named = (roled or _named_in_prose(text, key)) and key.split()[0] not in words.not_names
        listed = key in tags or key in words.host or key in words.interviewer or key in words.answer
        if listed or (tag.isupper() and len(tag) > 1 and named):
            return m
    return None


def _introduced(text: str, spans: list[tuple[int, int]], lines: list[Line]) -> list[Line]:
    """Make the one short sentence on the line before a transcript's first tag its heading
    ("Entrevista a la alcaldesa de Soria, Elena Marín."): it introduces, it does not judge."""
    first = next((ln for ln in lines if ln.kind is Kind.TURN), None)
    if first is None:
        return lines
    before = [(s, e) for s, e in spans if e <= first.start]
    if not before or any(ln.start == before[-1][0] for ln in lines):
        return lines
    s, e = before[-1]
    content = text[s:e].strip()
    if (
        len(content.split()) > _QUESTION_WORDS
        or content.endswith("?")
        or _SENTENCE_END.search(content)
        or _INSERTION in content
    ):
        return lines
    intro = Line(s, e, Kind.HEADING, s, heading_end=e, intro=True)
    return sorted([*lines, intro], key=_START)


def _askers(text: str, lines: list[Line]) -> list[Line]:
    """Give the outlet's voice to a named tag whose turns are mostly questions: the host who
    asks ("CARLOS VEGA: ¿Y el plazo?"), whose remarks are no guest's statements."""
    asked: dict[str, list[int]] = {}
    for ln in lines:
        if ln.kind is Kind.TURN and ln.voice is Voice.GUEST and ln.tag is not None:
            counts = asked.setdefault(ln.tag, [0, 0])
            counts[0] += 1
            counts[1] += _asks(text[ln.body : ln.end])
    hosts = {tag for tag, (turns, questions) in asked.items() if questions > _HOST_QUESTIONS * turns}
    if not hosts:
        return lines
    return [
        replace(ln, voice=Voice.HOST, speaker=None) if ln.kind is Kind.TURN and ln.tag in hosts else ln
        for ln in lines
    ]
