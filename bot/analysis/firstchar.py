"""Compile a pattern behind a lookahead of the characters its matches can start with.

Python's `re` tries a pattern at every position of the text. A date pattern that opens with
an optional weekday and a month alternation tries dozens of alternatives at each of them;
most positions hold a character that no match can start with. `(?=[…])` in front rejects
those with one class test, and changes no match: every match starts with one of them.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The parser behind `re.compile` (private, hence loaded untyped). Any surprise from it only
# costs the speed-up, never a match: the plain pattern is compiled instead.
_parser: Any = None
_c: Any = None
_ZERO_WIDTH: set[Any] = set()
_REPEATS: set[Any] = set()
_CATEGORIES: dict[Any, str] = {}
try:
    _c = importlib.import_module("re._constants")
    _ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
    _REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
    _CATEGORIES = {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
    }
    _parser = importlib.import_module("re._parser")
except (ImportError, AttributeError):  # another Python's internals: patterns compile plain
    _parser = None

_BROAD = {r"\D", r"\s", r"\S", r"\w", r"\W"}


class _Unknown(Exception):
    """The pattern uses a construct this analysis does not follow."""


def _first(items: list[Any]) -> tuple[list[str], bool]:
    """Return the class members a match of `items` can start with, and whether it can be empty."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
            return out, False
        if op is _c.IN:
            out.extend(_members(av))
            return out, False
        if op is _c.SUBPATTERN:
            first, empty = _first(list(av[-1]))
        elif op is _c.BRANCH:
            first, empty = [], False
            for alt in av[1]:
                alt_first, alt_empty = _first(list(alt))
                first += alt_first
                empty = empty or alt_empty
        elif op in _REPEATS:
            low, _high, sub = av
            first, empty = _first(list(sub))
            empty = empty or low == 0
        else:
            raise _Unknown(op)
        out += first
        if not empty:
            return out, False
    return out, True


def _members(charset: list[Any]) -> list[str]:
    """Translate a parsed character class back into class members."""
    out: list[str] = []
    for op, av in charset:
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)  # a negated class, a NOT_LITERAL...
    return out


def _anchored(items: list[Any]) -> bool:
    """Tell whether a pattern opens with `^` or `\\A` (inside any groups)."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    return bool(items) and items[0][0] is _c.AT and items[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)


def start_class(pattern: str, flags: int) -> str | None:
    """Return "[…]" of the characters every match of `pattern` starts with (None if unknown)."""
    if _parser is None:
        return None
    try:
        items = list(_parser.parse(pattern, flags))
        if items and items[0][0] in (_c.LITERAL, _c.IN):
            return None  # re already scans for a leading character (or tests it as cheaply)
        if _anchored(items):
            return None  # "^…" fails at once past the start; a lookahead would run everywhere
        first, empty = _first(items)
    except (_Unknown, AttributeError, TypeError, ValueError, IndexError, KeyError, RecursionError, re.error):
        return None
    if empty or not first:
        return None  # an empty match can start anywhere
    if any(m in _BROAD for m in first):
        return None  # most characters pass: the lookahead would only add a test
    return "[" + "".join(dict.fromkeys(first)) + "]"


def compile_gated(pattern: str, flags: int) -> re.Pattern[str]:
    """Compile `pattern` with its start-character lookahead in front, when one is known."""
    cls = start_class(pattern, flags)
    if cls is not None:
        try:
            return re.compile(f"(?={cls})(?:{pattern})", flags)
        except re.error:
            pass  # e.g. inline global flags, which must open the pattern
    return re.compile(pattern, flags)


_PREFIX_SETS_MAX = 256  # a pattern with more ways to start is left to re


class _Stop(Exception):
    """A path of the pattern whose start cannot be told by literal text."""


def start_prefixes(pattern: str, flags: int, length: int = 3) -> tuple[frozenset[str], bool] | None:
    """Return the lower-case strings (up to `length` characters) every match starts with, and
    whether a match can start with a digit instead; None when a match can start otherwise.

    Used to try a pattern only where one of these strings occurs (see lexicon.StartScanner).
    """
    if _parser is None:
        return None
    found: set[str] = set()
    digit = False

    def walk(seq: list[Any], acc: str) -> None:
        nonlocal digit
        if len(found) > _PREFIX_SETS_MAX:
            raise _Stop
        if len(acc) >= length or not seq:
            if not acc:
                raise _Stop  # a match can be empty
            found.add(acc[:length])
            return
        (op, av), rest = seq[0], seq[1:]
        if op in _ZERO_WIDTH:
            walk(rest, acc)
        elif op is _c.LITERAL:
            walk(rest, acc + chr(av).lower())
        elif op is _c.SUBPATTERN:
            walk(list(av[-1]) + rest, acc)
        elif op is _c.BRANCH:
            for alt in av[1]:
                walk(list(alt) + rest, acc)
        elif op in _REPEATS:
            low, _high, sub = av
            if low == 0:
                walk(rest, acc)
            walk([*sub, (None, None)], acc)  # one pass of the body, then the prefix ends
        elif op is _c.IN and not acc and all(o is _c.CATEGORY and a is _c.CATEGORY_DIGIT for o, a in av):
            digit = True
        elif acc:
            found.add(acc)  # the literal text ends here
        else:
            raise _Stop

    try:
        walk(list(_parser.parse(pattern, flags)), "")
    except (_Stop, AttributeError, TypeError, ValueError, IndexError, KeyError, RecursionError, re.error):
        return None
    return frozenset(found), digit


def _is_space_class(av: Any) -> bool:
    """Tell a parsed class that is exactly `\\s`."""
    return list(av) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def end_suffixes(pattern: str, flags: int, length: int = 8) -> frozenset[str] | None:
    """Return the lower-case strings (up to `length` characters) every match of `pattern` ends
    with, read in text whose whitespace runs are collapsed to one space; None when a match can
    end otherwise (in a class, a wildcard, whitespace, or nothing).

    Used to skip an end-anchored search (`…\\s*$` before a date) whose window cannot end with
    any of them: a necessary condition, so no match is lost.
    """
    if _parser is None:
        return None
    found: set[str] = set()

    def walk(rev: list[Any], acc: str) -> None:
        # `rev`: the pattern's items from its end backwards; `acc`: the text read so far
        if len(found) > _PREFIX_SETS_MAX:
            raise _Stop
        if len(acc) >= length or not rev:
            if not acc.strip():
                raise _Stop  # a match can end in nothing but whitespace
            found.add(acc[-length:])
            return
        (op, av), rest = rev[0], rev[1:]
        if op in _ZERO_WIDTH:
            walk(rest, acc)
        elif op is _c.LITERAL:
            walk(rest, chr(av).lower() + acc)
        elif op is _c.SUBPATTERN:
            walk(list(reversed(av[-1])) + rest, acc)
        elif op is _c.BRANCH:
            for alt in av[1]:
                walk(list(reversed(alt)) + rest, acc)
        elif op in _REPEATS and len(av[2]) == 1 and av[2][0][0] is _c.IN and _is_space_class(av[2][0][1]):
            low = av[0]
            if not acc:
                raise _Stop  # trailing whitespace: the caller strips it, the match keeps it
            if low == 0:
                walk(rest, acc)
            if not acc.startswith(" "):
                walk(rest, " " + acc)  # a run of whitespace is one space once collapsed
            else:
                walk(rest, acc)
        elif op in _REPEATS:
            low, high, sub = av
            if low == 0:
                walk(rest, acc)
            if high == 1:
                walk([*reversed(sub), *rest], acc)  # "s?": once, then what comes before it
            else:
                walk([*reversed(sub), (None, None)], acc)  # one pass of the body, then the suffix ends
        elif acc:
            found.add(acc)  # the literal text ends here
        else:
            raise _Stop

    try:
        walk(list(reversed(_parser.parse(pattern, flags))), "")
    except (_Stop, AttributeError, TypeError, ValueError, IndexError, KeyError, RecursionError, re.error):
        return None
    if any(s != s.strip() and s.endswith(tuple(" \t\n")) for s in found):
        return None
    if any(max(map(ord, s)) > 0x24F for s in found):
        return None  # non-Latin letters: IGNORECASE folds more than str.lower() there
    return frozenset(found)


def _consumes_word_chars(items: Any) -> bool:
    """Tell parsed pattern items that match only word characters and look only behind."""
    for op, av in items:
        if op is _c.LITERAL:
            if not re.fullmatch(r"\w", chr(av)):
                return False
        elif op is _c.IN:
            if list(av) != [(_c.CATEGORY, _c.CATEGORY_WORD)]:
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if not _consumes_word_chars(av[2]):
                return False
        elif op is _c.SUBPATTERN:
            if not _consumes_word_chars(av[-1]):
                return False
        elif op is _c.BRANCH:
            if not all(_consumes_word_chars(alt) for alt in av[1]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] != -1:  # a lookahead at the word's end would see past it
                return False
        else:
            return False
    return True


def word_endings(pattern: str, flags: int) -> frozenset[str] | None:
    """Return the endings of a one-word pattern (`\\b\\w+(?:ó|aron)\\b`: "ó", "aron"), else None.

    A one-word pattern is `\\b`, a repeat, items that match only word characters (lookbehinds
    allowed), `\\b`: its matches are exactly the whole runs of word characters it matches in
    full, and re tries it at every position (no literal to start from).
    """
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return None  # words as the caller splits them are Unicode `\w` runs
    items = list(parsed)
    boundary = (_c.AT, _c.AT_BOUNDARY)
    if len(items) < 3 or items[0] != boundary or items[-1] != boundary:
        return None
    if items[1][0] not in _REPEATS:
        return None  # "\\bwas\\b" opens with a literal: re's own scan (and the gate) serve it
    if not _consumes_word_chars(items[1:-1]):
        return None
    return end_suffixes(pattern, flags)
