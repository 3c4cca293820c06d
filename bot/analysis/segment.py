"""Cut an article into sentences, with reader insertions (`>>`) as segments of their own.

Hand-written rather than pysbd: pysbd takes about 10 ms for a 2.5 KB article (measured on the
reference article), which alone would cap the engine near 100 articles/s against a target of
300; it also cannot keep a quote that spans sentences together with its attribution, nor
treat `>>` as a boundary. This splitter is one regex pass plus a few checks per candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis.lexicon import Lexicon

# Sentence-final punctuation, with any closing quotes or brackets that follow it.
# (The first mark is spelled apart: a pattern that opens with a class, not a repeat, lets
# re jump from candidate to candidate.)
_END = re.compile(r"[.!?…][.!?…]*[\"”»’)\]]*")
_OPENERS = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = {"”", "»"}
_QUOTE_CHARS = re.compile('["“”«»„]')
# A sentence still inside an unclosed quote past this length is cut without quote protection:
# the quote was probably never closed (a typo), and one giant item would hide everything else.
_MAX_PROTECTED = 600
_LINE = re.compile(r"[^\n]+")
# What ends the token before a full stop (as in the regex `([^\s"“”«»(\[]+)$`).
_TOKEN_STOPS = frozenset('"“”«»([')
_TOKEN_REACH = 40  # characters looked back for that token
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence (or reader insertion) as offsets into the article text."""

    start: int
    end: int
    insertion: bool = False
    # facts29: a later sentence of an inline insertion with no closing `<<`: the reader's still,
    # unless the engine reads it as the paragraph's own plain fact (`engine._released`)
    tail: bool = False


def _quote_state(chunk: str, typo: int, straight: bool) -> tuple[int, bool]:
    """Advance the quote state (open typographic quotes, straight quote open) over a chunk."""
    for ch in _QUOTE_CHARS.findall(chunk):
        if ch in _OPENERS:
            typo += 1
        elif ch in _CLOSERS:
            typo = max(0, typo - 1)
        else:
            straight = not straight
    return typo, straight


def _token_before(text: str, end: int) -> str:
    """Return the run of non-space, non-quote characters ending at `end` (or "").

    A backward walk over a few characters instead of a `$`-anchored regex, which `re` tries
    at every position of the window. Like `$`, it also ends just before a newline at `end`.
    """
    low = max(0, end - _TOKEN_REACH)
    stop = end - 1 if end > low and text[end - 1] == "\n" else end
    i = stop
    while i > low and not text[i - 1].isspace() and text[i - 1] not in _TOKEN_STOPS:
        i -= 1
    return text[i:stop]


def _is_boundary(text: str, end_punct_start: int, end: int, lex: Lexicon) -> bool:
    """Decide whether the punctuation ending at `end` closes a sentence."""
    punct = text[end_punct_start:end]
    nxt = end
    while nxt < len(text) and text[nxt] in " \t\r\f\v\u00a0":
        nxt += 1
    if nxt >= len(text):
        return True
    follower = text[nxt]
    glued = nxt == end
    # a lone "." (only closing quotes and brackets may follow it, never "!?…")
    if punct[0] == "." and len(punct.rstrip('"”»’)]')) == 1:
        token = _token_before(text, end_punct_start).lower()
        if token in lex.abbreviations or (len(token) == 1 and token.isalpha()):
            return not glued and _opens_sentence(text, nxt, lex)
        if glued:
            # "ucraniana.Las": paragraphs joined without a space; "EE.UU." is not.
            return len(token) >= 2 and token[-2:].isalpha() and token[-2:].islower() and follower.isupper()
    elif glued:
        return follower.isupper()
    return follower.isupper() or follower.isdigit() or follower in "\"“«¿¡'‘-—–>(["


def _opens_sentence(text: str, pos: int, lex: Lexicon) -> bool:
    """Tell a capitalised function word after an abbreviation's stop: a new sentence ("…since
    7 a.m. A government that…", "…to the U.S. The ministry…"), not a name ("Mr. A. Smith")."""
    m = _WORD.match(text, pos)
    if m is None or not m.group()[:1].isupper() or m.group().lower() not in lex.stopwords:
        return False
    return not (len(m.group()) == 1 and text.startswith(".", m.end()))


def _split_sentences(
    text: str, start: int, end: int, lex: Lexicon, protect: bool = True
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    sent_start = start
    typo, straight = 0, False
    scan = start
    for m in _END.finditer(text, start, end):
        if protect:
            typo, straight = _quote_state(text[scan : m.end()], typo, straight)
            scan = m.end()
            if typo or straight:
                # Still inside a quote: a quoted sentence does not end the reporting sentence.
                continue
        if _is_boundary(text, m.start(), m.end(), lex):
            out.append((sent_start, m.end()))
            sent_start = m.end()
    if sent_start < end:
        out.append((sent_start, end))
    if protect:
        fixed: list[tuple[int, int]] = []
        for s, e in out:
            if e - s > _MAX_PROTECTED and _quote_state(text[s:e], 0, False) != (0, False):
                fixed.extend(_split_sentences(text, s, e, lex, protect=False))
            else:
                fixed.append((s, e))
        out = fixed
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A reader's question or exclamation inside a line, and the lower-case word that resumes the
# interrupted sentence after it ("…como "un modelo" >>¿modelo de qué? y fijó para el lunes…").
_INSERTED_QUESTION = re.compile(r"[?!][\"”»’)]*\s+(?=[^\W\d_])(?=[a-zà-ÿ])")


def _question_end(text: str, start: int, end: int) -> int:
    """Return where an inline insertion that is one question or exclamation ends, else `end`.

    An insertion runs to the line end, but a reader's "¿y los empleados?" followed by a
    lower-case word is a remark dropped into a sentence that goes on after it.
    """
    m = _INSERTED_QUESTION.search(text, start, end)
    if m is None or _END.search(text, start, m.start()) is not None:
        return end  # a sentence of the insertion ended before: the question is part of it
    return m.end()


def segment(text: str, lex: Lexicon) -> list[Segment]:
    """Split text into sentence segments; `>>` insertions run to the line end or to `<<`."""
    segments: list[Segment] = []
    markers = lex.reader_insertions or (">>",)
    for line in _LINE.finditer(text):
        pos, line_end = line.start(), line.end()
        while pos < line_end:
            hits = [(text.find(mk, pos, line_end), mk) for mk in markers]
            hits = [(i, mk) for i, mk in hits if i >= 0]
            cut = min(hits)[0] if hits else line_end
            for s, e in _split_sentences(text, pos, cut, lex):
                s, e = _trim(text, s, e)
                if s < e:
                    segments.append(Segment(s, e))
            if cut >= line_end:
                break
            close = text.find("<<", cut, line_end)
            ins_end = close + 2 if close >= 0 else line_end
            resume = lex.insertion_resume.search(text, cut + 3, ins_end) if lex.insertion_resume else None
            if resume is not None:
                ins_end = resume.start()  # the interrupted sentence goes on ("…nadaaunque esa…")
            elif close < 0:
                ins_end = _question_end(text, cut, ins_end)
            inline = close < 0 and resume is None and bool(text[line.start() : cut].strip())
            first = True
            for s, e in _split_sentences(text, cut, ins_end, lex):
                s, e = _trim(text, s, e)
                if s < e:
                    segments.append(Segment(s, e, insertion=True, tail=inline and not first))
                    first = False
            pos = ins_end
    return segments
