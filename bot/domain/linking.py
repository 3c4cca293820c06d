"""Decide which developments an article's items feed: terms, segments, similarity, titles.

An article is described by weighted terms: entities (names, through the alias table, so
Kiev/Kyiv/Kyïv are one), names written out in full, in any language and word order
("Autoridad del Canal de Panamá", "Panama Canal Authority", and the article's "ACP": the kind
words come from data/names/<lang>.toml), the dates of its deadlines and events, concepts
(bilingual subject groups: huelga/strike), codes (decree 742/2026, Route CH-203) and keyword
stems. It is cut into segments: the lead (running on to the first paragraph naming an actor of
its own), plus any later run of paragraphs anchored on an actor the lead never names (the
reference's Abu Dhabi talks). Each segment joins the most similar development that shares a
distinctive name with it (not only countries, subject words, and the people and listed bodies
that speak on many stories): idf-weighted coverage, decayed with the time since the
development's last article, against a threshold that is lower with strong evidence (full names,
dates, codes in common); or opens one. Constants below were tuned on the corpus's `dev` split only.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from bot.domain.lexicon import Lexicon, fold, load_lexicon, name_key
from bot.domain.models import Analysis, Item, Label

__all__ = [
    "Assignment",
    "Candidate",
    "Segment",
    "TermStats",
    "Written",
    "article_terms",
    "choose_development",
    "distinctive",
    "fold",
    "full_name",
    "link_segments",
    "make_title",
    "segment_article",
    "similarity",
    "term_weights",
    "weight_of",
]

# Bump whenever the code that turns words into term keys changes (article_terms, name_key,
# fold): a database indexed with other keys is re-indexed at start-up (bot/storage/rekey.py,
# which also hashes the data files the keys come from). 3 was linking9's (merged, then reverted):
# never reused, so a database indexed by it is rebuilt too.
KEY_VERSION = 4

ENTITY_WEIGHT = 1.0
CONCEPT_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.2
# A name written out in full ("Panama Canal Authority"), in any language and word order.
NAME_WEIGHT = 1.0
# A date the article gives for a deadline or an event: shared across languages, but two stories
# of one week may share a date too.
DATE_WEIGHT = 0.4
# A figure (143 migrants, 50,000 euros) reads the same in every language, but round ones recur.
FIGURE_WEIGHT = 0.3
# A document or road code (decree 742/2026, Route CH-203) reads the same in every language and
# names one thing.
CODE_WEIGHT = 1.0
LINK_THRESHOLD = 0.15
# A long report brings many names of its own, so the share it has in common with its story
# falls; what a look-alike rarely shares is evidence of a kind: full names (two parts of their
# own: a person, a body), dated deadlines and events, codes. With this much of it, and a full
# name among it, the lower threshold applies (see `choose_development`).
STRONG_EVIDENCE = 3
STRONG_LINK_THRESHOLD = 0.08
# An undated report whose best match is a development of one report (often a side subject cut
# from the story's first report) joins instead a development of two or more reports scoring at
# least this share of it: one report's terms all count in full, a story's are spread over its
# reports, and without a date no recency tells them apart.
UNDATED_ESTABLISHED_SHARE = 0.75
# A minister and a union leader speak on many stories, so two full names in common may be two
# people and no story of their own; this many (a campaign, a health board and its chair) are
# the story's cast.
STORY_CAST = 3
# News threads go quiet for weeks between a deadline and its outcome (the corpus has gaps
# of eight weeks), so the decay is gentle and starts only after a week of silence.
DECAY_GRACE_DAYS = 7.0
DECAY_HALF_LIFE_DAYS = 60.0
# A term carried by more than this share of developments (and by more than SPREAD_MIN of
# them) cannot tell developments apart: see `TermStats.informative`.
SPREAD_MAX_SHARE = 0.2
SPREAD_MIN = 10
# A very long article keeps its most frequent terms: enough to link it, and SQLite's limit on
# query parameters (32,766) stays far away.
MAX_SEGMENT_TERMS = 400
# Side subjects: an actor in this share of paragraphs is the article's own subject; a side
# segment sharing more than this share of its weight with the lead is not a subject apart.
SIDE_PERVASIVE_SHARE = 0.4
SIDE_MAX_SHARED = 0.45

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# English possessives: "the Canal's locks" names the Canal, "Tuesday's auction" a weekday.
_POSSESSIVE = re.compile(r"['’][sS]$")
_ACRONYM = re.compile(r"\b(?:[A-Z]{1,2}\.\s?){2,}")
# A paragraph opening like this goes on with the subject of the one before it.
_CONTINUES = re.compile(
    r"(?i)(en aquel momento|en ese momento|entonces|por su parte|at the time|at that time|then|for his part|"
    r"for her part)\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n|[\"“«(]\s*)$")


# A term and where a text writes it (start, end): "n:dmitri+peskov" at "Dmitri Peskov".
Written = tuple[str, int, int]


class Token(NamedTuple):
    """A word of the text with what linking needs to know of its writing."""

    # A named tuple, not a frozen dataclass: every word of every item makes one, and a frozen
    # dataclass's __init__ sets each field through object.__setattr__ (three times the cost).
    folded: str
    original: str
    initial: bool
    # Only spaces or a hyphen since the word before: a name may go on ("Hanse-Pacific Lines"),
    # where a comma or a bracket ends it ("Panamá (ACP)").
    joined: bool = False
    capitalised: bool = False
    # Written with a possessive ("Quillelhue's residents"): an owner, a name even opening a sentence.
    possessive: bool = False
    # Where the word is written in the text given (a possessive's ending left out; a squeezed
    # acronym's word, "US", spans the acronym as written, "U.S."): a term's written span.
    start: int = 0
    end: int = 0


# A squeezed acronym: where it stands in the squeezed text (start, end) and in the text as written.
_Squeezed = tuple[int, int, int, int]


def _squeeze_acronyms(text: str) -> tuple[str, list[_Squeezed], list[int]]:
    """Write each dotted acronym as one word ("U.S. " -> "US "): the text, where each one stands
    in both texts, and how far the squeezed text has moved back after each."""
    regions: list[_Squeezed] = []
    shifts: list[int] = []
    pieces: list[str] = []
    pos = shift = 0
    for m in _ACRONYM.finditer(text):
        written = m.group(0)
        squeezed = re.sub(r"[.\s]", "", written) + " "
        pieces.append(text[pos : m.start()])
        pieces.append(squeezed)
        at = m.start() + shift
        regions.append((at, at + len(squeezed), m.start(), m.start() + len(written.rstrip())))
        shift += len(squeezed) - len(written)
        shifts.append(shift)
        pos = m.end()
    if not regions:
        return text, regions, shifts
    pieces.append(text[pos:])
    return "".join(pieces), regions, shifts


def _written_span(start: int, end: int, regions: list[_Squeezed], shifts: list[int]) -> tuple[int, int]:
    """Return where a word of the squeezed text is written in the text as given."""
    k = bisect_right(regions, start, key=_FIRST) - 1
    if k >= 0 and start < regions[k][1]:
        return regions[k][2], regions[k][3]
    shift = shifts[k] if k >= 0 else 0
    return start - shift, end - shift


_FIRST = itemgetter(0)


def _tokens(text: str) -> list[Token]:
    text, regions, shifts = _squeeze_acronyms(text)
    out: list[Token] = []
    starts_sentence = _SENTENCE_START.search
    end = -1
    owner = False
    apostrophes = "'" in text or "’" in text
    for match in _TOKEN.finditer(text):
        start, word = match.start(), match.group(0)
        # The first word of a text or of a line opens a sentence, after a timestamp or a bullet
        # too ("19:30 – Recap for anyone just joining us", "– Breaking: the court…").
        initial = (
            end < 0
            or starts_sentence(text, max(0, start - 3), start) is not None
            or text.find("\n", end, start) >= 0
        )
        # Most words follow a single space: only a longer gap is read. A possessive ends a name:
        # "Peru's National Water Authority" is the Authority, not a name with Peru in it.
        joined = end >= 0 and ((start - end == 1 and text[end] in " -") or not text[end:start].strip(" -"))
        if owner:
            joined, owner = False, False
        possessive = False
        if apostrophes and ("'" in word or "’" in word):
            bare = _POSSESSIVE.sub("", word)
            owner, word = bare != word, bare
            possessive = owner
        at, stop = (
            (start, start + len(word))
            if not regions
            else _written_span(start, start + len(word), regions, shifts)
        )
        out.append(Token(_fold_word(word), word, initial, joined, word[:1].isupper(), possessive, at, stop))
        end = match.end()
    return out


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


# Words that join the parts of a name: "Autoridad del Canal de Panamá", "Council of State".
NAME_JOINERS = frozenset({"de", "del", "la", "las", "los", "el", "of", "the", "for", "y", "and", "e"})
NAME_CONJUNCTIONS = frozenset({"y", "and", "e"})
# A written-out name has at least two parts; a longer run of capitals is a title-case headline.
MAX_NAME_PARTS = 6
# An acronym stands for a name of at least this many parts ("ACP": Autoridad del Canal de Panamá).
MIN_ACRONYM_PARTS = 3


class _Names:
    """Written-out names of two parts or more, collected while `article_terms` walks the words.

    A name's term is the sorted set of its parts' keys, so word order and the language of the
    kind word do not matter: "Panama Canal Authority" and "Autoridad del Canal de Panamá" are
    one. It needs a capitalised word; lower-case head words join it ("lago Gatún").
    """

    __slots__ = (
        "capitalised",
        "countries",
        "found",
        "headed",
        "heads",
        "initials",
        "joiner",
        "keys",
        "spans",
    )

    def __init__(self, countries: frozenset[str], heads: frozenset[str]) -> None:
        self.countries = countries
        self.heads = heads
        self.headed = False
        # Each name: its term, its initials, and where it is written (start, end).
        self.found: list[tuple[str, str, int, int]] = []
        self.keys: list[str] = []
        self.spans: list[tuple[int, int]] = []  # where each part is written
        self.initials = ""
        self.capitalised = False
        self.joiner = 0

    def add(self, token: Token, key: str, capitalised: bool, end: int | None = None) -> None:
        """Add a part: it goes on the current name when written right after it in one sentence.

        `end` is where the part ends when it is more than the token (an alias phrase).
        """
        if self.keys and (token.initial or not token.joined):
            self.close()
        self.keys.append(key)
        self.spans.append((token.start, token.end if end is None else end))
        self.initials += token.folded[:1]
        self.capitalised = self.capitalised or capitalised
        self.headed = self.headed or token.folded in self.heads
        self.joiner = 0

    def other(self, token: Token) -> None:
        """Take a word that is no part: a joiner ("de", "of") may go on with the name, else it ends."""
        # Two joiners at most: "Supreme Court of the United States", "Consejo de la Magistratura".
        # "and" goes on only with a body's name, straight into its next part ("Ministerio de
        # Economía y Finanzas"): "Putin y Trump", "la Cruz Roja y el Banco Mundial" are two.
        if self.keys and token.joined and token.folded in NAME_JOINERS:
            if token.folded in NAME_CONJUNCTIONS:
                if self.joiner == 0 and self.headed:
                    self.joiner = 2
                    return
            elif self.joiner < 2:
                self.joiner += 1
                return
        self.close()

    def close(self) -> None:
        """End the current name, keeping it when it has two parts or more and a capital."""
        keys = self.keys
        if keys:
            parts = set(keys)
            if self.capitalised and len(keys) <= MAX_NAME_PARTS and len(parts) >= 2:
                spans = self.spans
                self.found.append(("n:" + "+".join(sorted(parts)), self.initials, spans[0][0], spans[-1][1]))
                # "el Ministerio del Interior italiano" is also the "Interior Ministry" of a
                # report that leaves the country out: the name without it counts too.
                local = parts - self.countries
                if len(local) >= 2 and local != parts:
                    own = [span for key, span in zip(keys, spans, strict=True) if key in local]
                    self.found.append(("n:" + "+".join(sorted(local)), "", own[0][0], own[-1][1]))
            self.keys = []
            self.spans = []
            self.initials = ""
            self.capitalised = self.headed = False
            self.joiner = 0


# A figure: digits with thousands separators either way ("1,400", "1.400"), not part of a
# decimal, a time, a date or a code (neighbours "." + digit, ":", "/", "-" + digit).
_FIGURE = re.compile(r"(?<![\d.,:/-])\d{1,3}(?:([.,])\d{3}(?:\1\d{3})*)?(?![\d:/]|[.,]\d|-\d)")
# Day numbers (1-31) and years say little: a figure must be larger, and not look like a year.
MIN_FIGURE = 32
_DIGIT = re.compile(r"\d").search
YEARS = range(1900, 2101)


def _figures(text: str) -> Counter[str]:
    """Return the figures of a text as "f:" terms: "143 people" and "143 migrantes" share one."""
    out: Counter[str] = Counter()
    for match in _FIGURE.finditer(text):
        value = int(re.sub(r"[.,]", "", match.group(0)))
        if value >= MIN_FIGURE and value not in YEARS:
            out[f"f:{value}"] += 1
    return out


# A code: letters, a hyphen and digits ("CH-203", "F-16"), or a number over a year or a series
# ("742/2026"), but not a date ("10/10", "1/12") nor "24/7".
_CODE = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,4}-\d{1,5}|(\d{1,5})/(\d{2,4}))(?![\w/]|[.-]\w)")


def _codes(text: str) -> Counter[str]:
    """Return the codes of a text as "x:" terms: "el decreto 742/2026" and "Decree 742/2026" share one."""
    out: Counter[str] = Counter()
    for match in _CODE.finditer(text):
        number, series = match.group(1), match.group(2)
        if number is not None and int(number) <= 31 and int(series) <= 31:
            continue  # a day and a month, either way round
        out[f"x:{match.group(0).casefold()}"] += 1
    return out


def _add_acronyms(acronyms: dict[str, str], initials: str, term: str) -> None:
    """Record the acronyms a name may go by: its initials, or all but one inner word's.

    Acronyms often skip a qualifier: "ALT" is the Autoridad (Binacional) del Lago Titicaca.
    """
    acronyms.setdefault(name_key(initials), term)
    if len(initials) > MIN_ACRONYM_PARTS:
        for skip in range(1, len(initials) - 1):
            acronyms.setdefault(name_key(initials[:skip] + initials[skip + 1 :]), term)


# A capitalised article inside a sentence opens a place name: "La Paz", "El Paso", "Los Ríos".
_NAME_ARTICLES = frozenset({"la", "el", "los", "las"})


def _misread(kind: str, tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Tell whether a one-word alias match is another word spelled alike once folded.

    An accent the listed spellings lack makes another word ("Germán" is a first name, not
    "German"); a subject word after a capitalised article inside a sentence is a place ("La Paz").
    """
    token = tokens[i]
    if kind == "e":
        return not token.original.isascii() and token.original.casefold() not in lex.spellings
    if not token.capitalised or token.initial or i == 0:
        return False
    before = tokens[i - 1]
    return before.capitalised and not before.initial and before.folded in _NAME_ARTICLES and token.joined


def _title_case(tokens: Sequence[Token]) -> bool:
    """Tell whether a text capitalises every word but the short ones, as title-case headlines do.

    A sentence full of names still writes its verbs in lower case ("The UN Security Council met").
    """
    long_words = [t for t in tokens if len(t.folded) >= 4]
    return len(long_words) >= 3 and all(t.capitalised for t in long_words)


def article_terms(
    text: str,
    lex: Lexicon | None = None,
    *,
    acronyms: dict[str, str] | None = None,
    written: list[Written] | None = None,
) -> Counter[str]:
    """Return the terms of a text: "e:" entities, "n:" written-out names, "c:" concepts, "k:" stems.

    `acronyms`, when given, collects the names an acronym could stand for (initials -> term),
    so that a caller seeing the whole article can count "ACP" as the name it abbreviates.
    `written`, when given, collects each "e:" and "n:" term found with where the text writes it
    (term, start, end), overlapping ("Dmitri Peskov" is a name, and "Peskov" an entity in it):
    what users see of an actor is its written spelling (bot/domain/profile.py).
    """
    lex = lex or load_lexicon()
    tokens = _tokens(text)
    # A title-case headline capitalises every word: only listed aliases are names there (the
    # article's own names recur in its body).
    title_case = _title_case(tokens)
    mid_capitalised = set() if title_case else {t.folded for t in tokens if not t.initial and t.capitalised}
    folded = tuple(t.folded for t in tokens)
    name_words, head_words = lex.name_words, lex.head_words
    terms: Counter[str] = Counter()
    names = _Names(lex.countries, lex.head_words)
    singles, starts = lex.singles, lex.starts
    i = 0
    while i < len(tokens):
        matched = 0
        found: tuple[str, str] | None = None
        first = folded[i]
        # Only a word that opens some alias phrase is worth trying longer phrases for; any
        # other is looked up alone.
        if first in starts:
            for n in range(min(lex.longest, len(tokens) - i), 0, -1):
                words = folded[i : i + n]
                alias = lex.lookup(words)
                # "US", "UN", "FAR" are names only in capitals; "us", "un", "far" are words.
                if alias is None or (
                    alias[0] == "e" and sum(map(len, words)) <= 3 and not tokens[i].original.isupper()
                ):
                    continue
                found, matched = alias, n
                break
        else:
            alias = singles.get(first)
            if (
                alias is not None
                and not (alias[0] == "e" and len(first) <= 3 and not tokens[i].original.isupper())
                and not _misread(alias[0], tokens, i, lex)
            ):
                found, matched = alias, 1
        if found is not None:
            terms[f"{found[0]}:{found[1]}"] += 1
        token = tokens[i]
        word = token.folded
        capitalised = token.capitalised
        if found is not None:
            end = tokens[i + matched - 1].end
            i += matched
            if found[0] == "e":
                if written is not None:
                    written.append((f"e:{found[1]}", token.start, end))
                names.add(token, found[1], capitalised, end)
            elif matched == 1 and (capitalised or word in head_words):
                # A subject word inside a name ("Autoridad Nacional del Agua"): its neutral key.
                names.add(token, name_words.get(word, found[1]), capitalised)
            elif names.keys:
                names.other(token)
            continue
        i += 1
        kind_word = name_words.get(word) if capitalised or word in head_words else None
        if kind_word is not None:
            names.add(token, kind_word, capitalised)
        if word in lex.stopwords or len(word) < 2:
            if kind_word is None and names.keys:
                names.other(token)
            continue
        if (
            capitalised
            and (
                not token.initial
                or word in mid_capitalised
                or (token.possessive and word not in lex.keyword_stopwords)
            )
            and len(word) >= 3
            and not title_case
        ):
            # A kind of body or place is the same word in every language ("Autoridad", "Authority").
            key = kind_word or name_key(word)
            terms[f"e:{key}"] += 1
            if written is not None:
                written.append((f"e:{key}", token.start, token.end))
            if kind_word is None:
                names.add(token, key, True)
            continue
        if kind_word is None:
            # A sentence's first word opens a name when a capitalised one follows ("Gatun Lake").
            nxt = tokens[i] if i < len(tokens) else None
            opens = nxt is not None and nxt.joined and nxt.capitalised
            if capitalised and opens and word not in lex.keyword_stopwords:
                names.add(token, name_key(word), True)
            elif names.keys:
                names.other(token)
        if len(word) >= 5 and word not in lex.keyword_stopwords:
            terms[f"k:{word[:6]}"] += 1
    names.close()
    if _DIGIT(text):
        terms.update(_figures(text))
        terms.update(_codes(text))
    if not title_case:
        for term, initials, start, end in names.found:
            terms[term] += 1
            if acronyms is not None and len(initials) >= MIN_ACRONYM_PARTS:
                _add_acronyms(acronyms, initials, term)
            if written is not None:
                written.append((term, start, end))
    return terms


def weight_of(term: str) -> float:
    """Return how much a kind of term says about the subject."""
    if term.startswith("e:"):
        return ENTITY_WEIGHT
    if term.startswith("c:"):
        return CONCEPT_WEIGHT
    if term.startswith("n:"):
        return NAME_WEIGHT
    if term.startswith("d:"):
        return DATE_WEIGHT
    if term.startswith("f:"):
        return FIGURE_WEIGHT
    if term.startswith("x:"):
        return CODE_WEIGHT
    return KEYWORD_WEIGHT


@dataclass(slots=True)
class Segment:
    """Items of one article about one subject, with their terms; the first segment is the lead."""

    item_indexes: list[int]
    terms: Counter[str]
    anchor: str | None = None
    anchor_text: str | None = None
    paragraphs: list[int] = field(default_factory=list)
    # Where each item's "e:" and "n:" terms are written (item index -> (term, start, end) in its
    # text), as `article_terms` found them: a development's actors are these spellings.
    written: dict[int, list[Written]] = field(default_factory=dict)


def _paragraph_of(items: Sequence[Item], text: str) -> list[int]:
    breaks = [m.start() for m in re.finditer(r"\n", text)]
    return [bisect_right(breaks, item.start) for item in items]


def _contiguous(paragraphs: list[int]) -> bool:
    """Tell whether paragraphs form one run (a gap of one paragraph allowed)."""
    return all(b - a <= 2 for a, b in pairwise(paragraphs))


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    shared = set(a) & set(b)
    return sum(weight_of(t) for t in shared)


def _lead_paragraphs(
    paragraphs: Sequence[int], para_terms: Mapping[int, Counter[str]], lex: Lexicon
) -> list[int]:
    """Return the paragraphs of the lead: the first, and on to the first naming an actor of its own.

    An analysis piece may open on a paragraph of scene-setting that names only a country ("Chile's
    auction has been postponed twice"): the actors it is about come next, and are its subject,
    not a side one.
    """
    for count, p in enumerate(paragraphs, start=1):
        if any(t.startswith("e:") and distinctive(t, lex) for t in para_terms[p]):
            return list(paragraphs[:count])
    return list(paragraphs[:1])


def segment_article(
    analysis: Analysis,
    text: str,
    title: str | None,
    lex: Lexicon | None = None,
    *,
    title_terms: Counter[str] | None = None,
) -> list[Segment]:
    """Cut an article into its lead subject and any later subject anchored on a new actor.

    `title_terms` are the title's terms when the caller has them already (`article_terms`).
    """
    lex = lex or load_lexicon()
    items = analysis.items
    para_of = _paragraph_of(items, text)
    para_start = {p: items[para_of.index(p)].start for p in set(para_of)}
    paragraphs = sorted(set(para_of))
    para_terms: dict[int, Counter[str]] = {p: Counter() for p in paragraphs}
    acronyms: dict[str, str] = {}
    written: list[list[Written]] = [[] for _ in items]
    item_terms = [
        article_terms(item.text, lex, acronyms=acronyms, written=written[k])
        if item.label is not Label.COMMENTARY
        else Counter[str]()
        for k, item in enumerate(items)
    ]
    if acronyms:
        _expand_acronyms(item_terms, acronyms)
    _add_dates(analysis, item_terms)
    for terms_of_item, para in zip(item_terms, para_of, strict=True):
        para_terms[para].update(terms_of_item)
    if title_terms is None:
        title_terms = article_terms(title, lex) if title else Counter()
    if not paragraphs:
        return [Segment([], title_terms)]
    lead_paragraphs = _lead_paragraphs(paragraphs, para_terms, lex)
    # An actor named in the lead, or in most paragraphs, is the article's subject, not a side one.
    presence: Counter[str] = Counter()
    for p in paragraphs:
        presence.update({t for t in para_terms[p] if t.startswith("e:")})
    pervasive = {t for t, n in presence.items() if n >= max(2, SIDE_PERVASIVE_SHARE * len(paragraphs))}
    lead_terms = Counter(title_terms)
    for p in lead_paragraphs:
        lead_terms.update(para_terms[p])
    lead_entities = {t for t in lead_terms if t.startswith("e:")} | pervasive
    anchors = {
        t
        for t, n in presence.items()
        if n >= 2
        and t not in lead_entities
        and distinctive(t, lex)
        and _contiguous([p for p in paragraphs if t in para_terms[p]])
    }
    owner: dict[int, str | None] = {p: None for p in paragraphs}
    current: str | None = None
    segment_terms: dict[str, Counter[str]] = {}
    for p in paragraphs[len(lead_paragraphs) :]:
        hits = [t for t in para_terms[p] if t in anchors]
        if hits:
            current = max(hits, key=lambda t: (presence[t], para_terms[p][t], t))
            owner[p] = current
            segment_terms.setdefault(current, Counter()).update(para_terms[p])
            continue
        follows = _CONTINUES.match(text[para_start[p] :].lstrip()) is not None
        if current is not None and (
            follows or _overlap(para_terms[p], segment_terms[current]) >= _overlap(para_terms[p], lead_terms)
        ):
            owner[p] = current
            segment_terms[current].update(para_terms[p])
            continue
        current = None
        lead_terms.update(para_terms[p])
    # A side subject needs weight of its own (two paragraphs, three items) and words of its own:
    # when most of its weight is the lead's too, it is the same story told at more length.
    kept: dict[str, list[int]] = {}
    for p, anchor in owner.items():
        if anchor is not None:
            kept.setdefault(anchor, []).append(p)
    # The headline's own names (not the listed actors many stories share) mark its story: a run
    # of paragraphs naming them tells the same story at more length, whatever actor it turns to.
    headline = {t for t in title_terms if t.startswith("e:") and t[2:] not in lex.actors}
    side = set()
    for anchor, ps in kept.items():
        own = sum(
            1
            for item, para in zip(items, para_of, strict=True)
            if para in ps and item.label is not Label.COMMENTARY
        )
        terms = segment_terms[anchor]
        total = sum(weight_of(t) for t in terms)
        shared = _overlap(terms, lead_terms)
        if headline & terms.keys():
            continue
        if len(ps) >= 2 and own >= 3 and total and shared / total <= SIDE_MAX_SHARED:
            side.add(anchor)
    owner = {p: (a if a in side else None) for p, a in owner.items()}
    lead = Segment([], Counter(title_terms))
    segments: dict[str, Segment] = {}
    for index, para in enumerate(para_of):
        anchor = owner.get(para)
        target = lead
        if anchor in side:
            assert anchor is not None
            target = segments.setdefault(anchor, Segment([], Counter(), anchor=anchor))
        target.item_indexes.append(index)
        target.written[index] = written[index]
        if para not in target.paragraphs:
            target.paragraphs.append(para)
        target.terms.update(item_terms[index])
    for segment in segments.values():
        segment.anchor_text = _surface(segment.anchor or "", [items[i] for i in segment.item_indexes], lex)
    result = [lead, *segments.values()]
    for segment in result:
        if len(segment.terms) > MAX_SEGMENT_TERMS:
            segment.terms = Counter(dict(segment.terms.most_common(MAX_SEGMENT_TERMS)))
    return result


def _add_dates(analysis: Analysis, item_terms: list[Counter[str]]) -> None:
    """Count each dated deadline and event as a "d:" term of the item that states it.

    A date reads the same in every language ("el 31 de marzo", "March 31"), so two reports of
    one story share it. Dates within a day of publication ("this Monday") are left out: any
    two articles of that day would share them.
    """
    items = analysis.items
    if not items or not (analysis.deadlines or analysis.events):
        return
    starts = [item.start for item in items]
    published = analysis.published.date() if analysis.published else None
    mentions = [(d.due, d.start) for d in analysis.deadlines] + [(e.date, e.start) for e in analysis.events]
    for when, start in mentions:
        day = when.date() if isinstance(when, datetime) else when
        if published is not None and abs((day - published).days) <= 1:
            continue
        index = bisect_right(starts, start) - 1
        if index >= 0 and items[index].label is not Label.COMMENTARY:
            item_terms[index][f"d:{day.isoformat()}"] += 1


def _expand_acronyms(item_terms: list[Counter[str]], acronyms: Mapping[str, str]) -> None:
    """Count an acronym the article spells out as the name it stands for ("ACP" -> the Authority).

    The name may be written in another language elsewhere ("Panama Canal Authority"), and is
    compared as a name; the acronym alone is not.
    """
    for terms in item_terms:
        for term, count in list(terms.items()):
            name = acronyms.get(term[2:]) if term.startswith("e:") else None
            if name is not None and name not in terms:
                terms[name] += count


def _surface(anchor: str, items: Iterable[Item], lex: Lexicon) -> str:
    """Return the anchor as the text writes it ("Abu Dabi"), for titles."""
    canonical = anchor.removeprefix("e:")
    for item in items:
        tokens = _tokens(item.text)
        for n in range(min(lex.longest, 4), 0, -1):
            for i in range(len(tokens) - n + 1):
                words = tuple(t.folded for t in tokens[i : i + n])
                found = lex.lookup(words)
                key = found[1] if found else (name_key(words[0]) if n == 1 else None)
                if key == canonical:
                    return " ".join(t.original for t in tokens[i : i + n])
    return canonical.replace("_", " ").title()


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing development as linking sees it: how many of its articles carry each term."""

    development_id: int
    term_counts: Mapping[str, int]
    article_count: int
    last_article_at: datetime | None
    # Read with the candidate, so linking an article into it needs no second look-up.
    title: str | None = None


@dataclass(frozen=True, slots=True)
class TermStats:
    """How many stored articles carry each term: rare terms say more."""

    article_count: int
    document_frequency: Mapping[str, int]
    # How many developments carry each term, and how many developments there are.
    development_spread: Mapping[str, int] = field(default_factory=dict)
    development_count: int = 0

    def informative(self, term: str) -> bool:
        """Tell whether a term can tell developments apart (few developments carry it).

        A term that most developments carry ("United States", "said") neither ranks candidates
        nor counts in similarity: reading its rows would cost more than it says.
        """
        limit = max(SPREAD_MIN, SPREAD_MAX_SHARE * self.development_count)
        return self.development_spread.get(term, 0) <= limit

    def idf(self, term: str) -> float:
        """Return a smoothed inverse document frequency."""
        df = self.document_frequency.get(term, 0)
        return math.log(1.0 + (self.article_count + 4.0) / (df + 1.0))


def decay(when: datetime | None, last: datetime | None) -> float:
    """Return the weight left after the silence between a development's last article and this one."""
    if when is None or last is None:
        return 1.0
    days = max(0.0, abs((when - last).total_seconds()) / 86400 - DECAY_GRACE_DAYS)
    factor: float = 0.5 ** (days / DECAY_HALF_LIFE_DAYS)
    return factor


def term_weights(terms: Iterable[str], stats: TermStats) -> dict[str, float]:
    """Return each informative term's weight: its kind's weight times its rarity."""
    return {t: weight_of(t) * stats.idf(t) for t in terms if stats.informative(t)}


def similarity(
    terms: Mapping[str, int],
    candidate: Candidate,
    stats: TermStats,
    when: datetime | None,
    weights: Mapping[str, float] | None = None,
) -> float:
    """Score the idf-weighted share of a segment's terms that the development already carries."""
    weights = weights if weights is not None else term_weights(terms, stats)
    total = 0.0
    shared = 0.0
    n = max(candidate.article_count, 1)
    counts = candidate.term_counts
    for term in terms:
        w = weights.get(term)
        if w is None:  # not informative (see `term_weights`)
            continue
        total += w
        count = counts.get(term, 0)
        if count:
            shared += w * math.sqrt(min(1.0, count / n))
    if total == 0.0:
        return 0.0
    return shared / total * decay(when, candidate.last_article_at)


def distinctive(term: str, lex: Lexicon) -> bool:
    """Tell whether a term can name one story: a name that is neither a country nor a kind word.

    Two strikes in Chile share "strike", "Chile" and "Labour Ministry"; two reports of one
    story share a name of its own ("Escondida", "Tablachaca", "Proa Solidaria").
    """
    if term.startswith("e:"):
        return _own_part(term[2:], lex)
    if term.startswith("n:"):
        return any(_own_part(part, lex) for part in term[2:].split("+"))
    return term.startswith("x:")


def _own_part(key: str, lex: Lexicon) -> bool:
    """Tell a name's key (or a part of a full name) that is its own: no country, no kind word."""
    return key not in lex.countries and key not in lex.name_keys


def full_name(term: str, lex: Lexicon) -> bool:
    """Tell whether a term is a name of two parts of its own ("Graciela Benítez", "Conecta Sur").

    "Defensoría del Pueblo" or "Ministry of Health" has one part of its own or none: many
    stories name such a body.
    """
    if not term.startswith("n:"):
        return False
    own = [p for p in term[2:].split("+") if _own_part(p, lex)]
    return len(own) >= 2


# A full name the segment writes: its term, its own parts, and those of them another name apart
# holds too (see `_people`).
_FullName = tuple[str, frozenset[str], frozenset[str]]


def _story_names(
    own: Sequence[str],
    counts: Mapping[str, int],
    lex: Lexicon,
    *,
    dated: bool,
    names: Sequence[_FullName] = (),
) -> bool:
    """Tell whether a development shares a distinctive term of the story's own, not only its people.

    A minister, an envoy or a union leader speaks on many stories: two strikes with the same
    labour minister and union leader share both full names ("n:adriana+beltran") and their
    parts, and nothing of their own. A place, a body, a code in common is the story's own; so
    is a dated deadline or event told with the same people (`dated`), and so are STORY_CAST full
    names in common (a campaign, a health board and a doctor). `names` are the segment's full
    names (`_full_names` of `own`, read once for every candidate).
    """
    shared = [t for t in own if t in counts]
    if not shared:
        return False
    if dated:
        return True
    names = names or _full_names(own, lex)
    if sum(term in counts for term, _, _ in names) >= STORY_CAST:
        return True
    single = [t for t in shared if not full_name(t, lex) and not _listed_actor(t, lex)]
    if not single:
        return False
    people = _people(names, counts, own)
    return any(t not in people for t in single)


# Heads of a body's name that a person's title can be too ("Prosecutor Ana Ruiz").
PERSON_HEADS = frozenset({"prosecutor", "ombudsman"})


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """Return the keys of the words heading a body's or a place's name ("municipality", "port")."""
    lex = load_lexicon()
    return frozenset(lex.name_words[w] for w in lex.head_words) - PERSON_HEADS


def _placed(parts: frozenset[str], own: Iterable[str], counts: Mapping[str, int]) -> frozenset[str]:
    """Return the parts a name headed by a body's or place's word holds (segment or development)."""
    heads = _place_heads()
    found: set[str] = set()
    for terms in (own, counts):
        for term in terms:
            if not term.startswith("n:"):
                continue
            words = term[2:].split("+")
            if not parts.isdisjoint(words) and not heads.isdisjoint(words):
                found.update(parts.intersection(words))
    return frozenset(found)


def _full_names(own: Sequence[str], lex: Lexicon) -> list[_FullName]:
    """Return the segment's full names with their own parts and the parts a name apart holds too.

    One person's names nest ("Carmen Ruiz Aldama", "Ruiz Aldama"); two names sharing a part and
    nothing else do not: the part is a place or brand ("Áridos Peñasalta", "Peñasalta Viva").
    """
    named = [
        (term, frozenset(p for p in term[2:].split("+") if _own_part(p, lex)))
        for term in own
        if full_name(term, lex)
    ]
    return [
        (
            term,
            parts,
            frozenset(
                p
                for p in parts
                if any(p in other and not (other <= parts or parts <= other) for _, other in named)
            ),
        )
        for term, parts in named
    ]


def _people(names: Sequence[_FullName], counts: Mapping[str, int], own: Sequence[str] = ()) -> set[str]:
    """Return the parts of the segment's full names that the development knows as one person's.

    "Justice Diana Fajardo" is read as one name of three parts; another report writes "Diana
    Fajardo": a part is that person's where the development carries the name, or another own
    part of it, and no name apart holds it. A place or brand inside a body's or firm's name is
    not ("Lindaro Fishermen" in a story about the "Cofradía de Pescadores de Lindaro",
    "Sotoalba Hauliers"): the development writes it with other words; it is the story's own.
    Nor is a part that the segment (`own`) or the development writes in a name headed by a
    body's or place's word ("Ayuntamiento de Piedrabuena del Arroyo", "Autoridad Portuaria de
    Harrowgate") when the development carries two of the segment's full names.
    """
    people: set[str] = set()
    # A body named alone is a body of many stories; named with another full name of the story's
    # (its tanker, its mayor), what its name holds is the story's place.
    together = sum(term in counts for term, _, _ in names) >= 2
    for term, parts, apart in names:
        placed = _placed(parts, own, counts) if together else frozenset()
        # A first name opening a sentence is no entity of its own ("Jairo Quintero, head of…"):
        # the name written out alike counts too.
        known = term in counts
        for part in parts - apart - placed:
            if known or any(other != part and "e:" + other in counts for other in parts):
                people.add("e:" + part)
    return people


def _listed_actor(term: str, lex: Lexicon) -> bool:
    """Tell whether a term is a listed leader or body ("UN", "Putin"): an actor of many stories."""
    key = term[2:]
    return term.startswith("e:") and key in lex.actors and key not in lex.places


def _evidence(term: str, lex: Lexicon) -> bool:
    """Tell whether a term is evidence of a kind look-alikes rarely share: a full name, a date, a code."""
    return term.startswith(("d:", "x:")) or full_name(term, lex)


def choose_development(
    terms: Mapping[str, int],
    candidates: Iterable[Candidate],
    stats: TermStats,
    when: datetime | None,
    *,
    threshold: float = LINK_THRESHOLD,
) -> tuple[int | None, float]:
    """Return the most similar development above the threshold (None opens one), and the score.

    A development shares at least one distinctive name with the segment (`distinctive`), or is
    no candidate: subject words and countries in common make a look-alike, not the same story.
    """
    weights = term_weights(terms, stats)
    lex = load_lexicon()
    own = [t for t in terms if t in weights and distinctive(t, lex)]
    evidence = [t for t in terms if t in weights and _evidence(t, lex)]
    names = {t for t in evidence if t.startswith("n:")}
    dates = [t for t in evidence if t.startswith("d:")]
    full_names = _full_names(own, lex)
    best: int | None = None
    best_score = 0.0
    top = 0.0
    named: list[tuple[Candidate, float]] = []
    for candidate in candidates:
        counts = candidate.term_counts
        if not _story_names(own, counts, lex, dated=any(t in counts for t in dates), names=full_names):
            continue
        score = similarity(terms, candidate, stats, when, weights)
        named.append((candidate, score))
        top = max(top, score)
        shared = [t for t in evidence if t in counts]
        strong = len(shared) >= STRONG_EVIDENCE and not names.isdisjoint(shared)
        if score < (min(threshold, STRONG_LINK_THRESHOLD) if strong else threshold):
            continue
        if score > best_score or (
            score == best_score and best is not None and candidate.development_id > best
        ):
            best, best_score = candidate.development_id, score
    if best is None:
        return None, top
    if when is None:
        return _established(best, best_score, named)
    return best, best_score


def _established(best: int, best_score: float, named: Sequence[tuple[Candidate, float]]) -> tuple[int, float]:
    """Prefer, for an undated report, a development of several reports close behind one of one."""
    if not any(c.development_id == best and c.article_count == 1 for c, _ in named):
        return best, best_score
    close = [
        (score, c.development_id)
        for c, score in named
        if c.article_count >= 2
        and score >= max(STRONG_LINK_THRESHOLD, UNDATED_ESTABLISHED_SHARE * best_score)
    ]
    if not close:
        return best, best_score
    score, dev_id = max(close)
    return dev_id, score


@dataclass(frozen=True, slots=True)
class Assignment:
    """Items of one article that feed one development (`development_id` None opens one)."""

    development_id: int | None
    item_indexes: tuple[int, ...]
    title: str
    terms: Counter[str]
    score: float
    primary: bool
    # Where each item's terms are written (see `Segment.written`).
    written: Mapping[int, Sequence[Written]] = field(default_factory=dict)


def link_segments(
    segments: Sequence[Segment],
    candidates_of: Sequence[Sequence[Candidate]],
    stats: TermStats,
    when: datetime | None,
    titles: Sequence[str],
) -> list[Assignment]:
    """Assign each segment to a development; segments that land in the same one are joined."""
    chosen: dict[int | None, Assignment] = {}
    out: list[Assignment] = []
    for index, (segment, candidates) in enumerate(zip(segments, candidates_of, strict=True)):
        if not segment.item_indexes and index > 0:
            continue
        dev_id, score = choose_development(segment.terms, candidates, stats, when)
        if (
            dev_id is None
            and index > 0
            and out
            and _carries(out[0].development_id, segment.anchor, candidates)
        ):
            # A side subject the lead's story already names ("Lonquimay" in the wildfire story)
            # is more of that story, told further down, not a story of its own.
            dev_id = out[0].development_id
        if dev_id is not None and dev_id in chosen:
            prior = chosen[dev_id]
            merged = Assignment(
                dev_id,
                tuple(sorted((*prior.item_indexes, *segment.item_indexes))),
                prior.title,
                prior.terms + segment.terms,
                max(prior.score, score),
                prior.primary,
                {**prior.written, **segment.written},
            )
            out[out.index(prior)] = merged
            chosen[dev_id] = merged
            continue
        assignment = Assignment(
            dev_id,
            tuple(segment.item_indexes),
            titles[index],
            Counter(segment.terms),
            score,
            index == 0,
            segment.written,
        )
        if dev_id is not None:
            chosen[dev_id] = assignment
        out.append(assignment)
    return out


def _carries(development_id: int | None, anchor: str | None, candidates: Sequence[Candidate]) -> bool:
    """Tell whether a development (one of `candidates`) already carries a side segment's anchor."""
    if development_id is None or anchor is None:
        return False
    return any(c.development_id == development_id and anchor in c.term_counts for c in candidates)


_TITLE_CUT = re.compile(r"\s*[:;|]\s+|\s+[-–—]\s+")
MAX_TITLE_WORDS = 9


def make_title(analysis: Analysis, title: str | None, segment: Segment | None = None) -> str:
    """Make a short title: a side subject's anchor and concept, else the headline's first clause."""
    if segment is not None and segment.anchor is not None:
        return _side_title(analysis, segment)
    if title and title.strip():
        parts = _TITLE_CUT.split(title.strip(), maxsplit=1)
        # "Kremlin: Trump asked Putin…" names a source before the colon; the subject follows it.
        head = parts[1] if len(parts) == 2 and len(parts[0].split()) <= 2 else parts[0]
        words = head.split()
        if len(words) <= MAX_TITLE_WORDS:
            return " ".join(words).rstrip(",.;:")
        kept = words[:MAX_TITLE_WORDS]
        # "…da diez días a la…" reads badly: end a cut title on a word that carries meaning.
        stop = load_lexicon().stopwords
        while len(kept) > 3 and fold(kept[-1].strip(",.;:")) in stop:
            kept.pop()
        return " ".join(kept).rstrip(",.;:") + "…"
    for item in analysis.items:
        if item.label is not Label.COMMENTARY:
            words = item.text.strip(' "“”«»').split()
            return " ".join(words[:8]).rstrip(",.;:") or "Untitled development"
    return "Untitled development"


def _side_title(analysis: Analysis, segment: Segment) -> str:
    concepts = [t for t, _ in segment.terms.most_common() if t.startswith("c:")]
    anchor = segment.anchor_text or (segment.anchor or "").removeprefix("e:")
    if not concepts:
        return anchor
    word = _concept_word(analysis, segment, concepts[0]) or concepts[0].removeprefix("c:")
    if (segment.anchor or "").removeprefix("e:") not in load_lexicon().places:
        return f"{anchor}: {word}"
    if analysis.language == "es":
        return f"{word[:1].upper()}{word[1:]} en {anchor}"
    return f"{anchor} {word}"


def _concept_word(analysis: Analysis, segment: Segment, concept: str) -> str | None:
    lex = load_lexicon()
    for index in segment.item_indexes:
        for token in _tokens(analysis.items[index].text):
            found = lex.lookup((token.folded,))
            if found and f"{found[0]}:{found[1]}" == concept:
                return token.original.lower()
    return None
