"""Normalise text for matching while keeping a map back to the original offsets.

Real articles carry typos that hide cues: a doubled capital ("SSolo que") or a word glued to
an acronym ("OTANpara"). Matching runs on a normalised copy; every span found there is
mapped back, so items always quote the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# "SSolo" -> "Solo": a doubled capital at a word start, followed by a lowercase letter.
_DOUBLED = re.compile(rf"(?<![\w])([{_UPPER}])\1(?=[{_LOWER}])")
# "OTANpara" -> "OTAN para": an acronym glued to a lowercase word.
# Spelled out rather than "{2}": a pattern that opens with a character class lets re jump
# between candidate characters; one that opens with a repeat is tried at every position.
_TWO_CAPS = re.compile(rf"[{_UPPER}][{_UPPER}]")
_GLUED = re.compile(rf"(?<=[{_UPPER}]{{3}})(?=[{_LOWER}]{{2}})")

# tokens: "EE.UU", "U.S", "Kyïv" (the first character apart: see _TWO_CAPS)
WORD_RE = re.compile(r"[^\W_][^\W_]*(?:[.'’\-][^\W_]+)*")


class _LetterRuns:
    """`re.findall` of `[^\\W\\d_]+` (runs of letters: the words of lexicon lookups).

    Every sentence's letter words are looked up (temporal gates, language detection): for
    text that fits in Latin-1, as news text mostly does, a byte translation table marks the
    non-letters and `split` cuts there, several times faster than the regex; other text
    takes the regex.
    """

    def __init__(self) -> None:
        self.regex = re.compile(r"[^\W\d_]+")
        self.pattern = self.regex.pattern
        # each Latin-1 byte that is not a letter in the regex's sense becomes a space
        self._table = bytes(cp if self.regex.fullmatch(chr(cp)) else ord(" ") for cp in range(256))

    def findall(self, text: str) -> list[str]:
        """Return the runs of letters of `text`, in order."""
        try:
            raw = text.encode("latin-1")
        except UnicodeEncodeError:
            return self.regex.findall(text)
        return raw.translate(self._table).decode("latin-1").split()


LETTERS_RE = _LetterRuns()

_DECIMAL = re.compile(r"\d")
# The words of the clause split last: attribution splits a clause, then the labels' checks
# of an unattributed one (nothing reportable, dated) split it again.
_last_words: tuple[str, tuple[str, ...]] = ("", ())


def clause_words(text: str) -> tuple[str, ...]:
    """Return `WORD_RE.findall(text)`, split once for the steps that label one clause."""
    global _last_words
    last, words = _last_words
    if text is last or text == last:
        return words
    words = tuple(WORD_RE.findall(text))
    _last_words = (text, words)
    return words


def has_digit(text: str) -> bool:
    """Tell `any(ch.isdigit() for ch in text)` by a C-level scan (a decimal digit is one; only
    non-ASCII text can hold other digits, "²")."""
    return _DECIMAL.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


_QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“"}
_QUOTE_CHARS = re.compile('["“”«»„]')
# British-style single quotes ('It is a disgrace,' said…): an opening mark at a word start, a
# closing one at a word end; apostrophes inside words ("union's", "don't") are neither.
_SINGLE_QUOTES = re.compile(
    r"(?<![^\s(\[—–-])['‘](?=[^\W_])(?:[^'‘’\n]|['’](?=[^\W_]))*?[^\s'‘’]['’](?![^\W_])"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised copy of a string and, where it differs, the original offset of each char."""

    text: str
    index: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original string."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start] if start < len(self.index) else self.index[-1]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Undo doubled capitals and split acronym-glued words, keeping an offset map."""
    if not _TWO_CAPS.search(text):
        return Normalized(text)  # both fixes need two capitals in a row
    edits: list[tuple[int, str]] = [(m.start(), "drop") for m in _DOUBLED.finditer(text)]
    edits += [(m.start(), "space") for m in _GLUED.finditer(text)]
    if not edits:
        return Normalized(text)
    edits.sort()
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for at, kind in edits:
        out.append(text[pos:at])
        index.extend(range(pos, at))
        if kind == "drop":
            pos = at + 1
        else:
            out.append(" ")
            index.append(at)
            pos = at
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return Normalized("".join(out), tuple(index))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans inside quotation marks (straight or typographic), marks included."""
    return list(_quote_spans(text))


@lru_cache(maxsize=256)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Find `quote_spans` once per text: labelling a sentence asks about one clause two or three times."""
    spans: list[tuple[int, int]] = []
    opener: str | None = None
    start = 0
    for m in _QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if opener is None:
            if ch in _QUOTE_PAIRS:
                opener, start = ch, i
        elif ch == _QUOTE_PAIRS[opener]:
            spans.append((start, i + 1))
            opener = None
    if "'" in text or "‘" in text:
        spans += [(m.start(), m.end()) for m in _SINGLE_QUOTES.finditer(text) if not inside(m.start(), spans)]
        spans.sort()
    return tuple(spans)


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Tell whether a position falls inside one of the spans."""
    return any(s <= pos < e for s, e in spans)
