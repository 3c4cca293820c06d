"""Run the whole analysis of one article: segments, labels, attribution, dates, deadlines."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from operator import itemgetter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import simplemma

from bot.analysis.attribution import DOCUMENT_REASON, job_word, looks_like_person, trade_title
from bot.analysis.attribution import is_title as _is_title
from bot.analysis.labels import Labelled, as_fact, by_stance_model, label_sentence
from bot.analysis.layout import SERVICE_ALONE_REASON, SIGNPOST_REASON, Kind, Layout, Voice, read_layout
from bot.analysis.lexicon import Lexicon, available_languages, load_lexicon, places
from bot.analysis.segment import Segment, segment
from bot.analysis.temporal import (
    Mention,
    SentenceTemporal,
    converted_local_offset,
    dated_later,
    day_of,
    extract,
    named_clock_zone,
)
from bot.analysis.text import LETTERS_RE, WORD_RE, has_digit
from bot.domain.models import (
    Analysis,
    ChangeKind,
    DeadlineChange,
    DeadlineMention,
    EventMention,
    Item,
    Label,
)
from bot.errors import UnknownLanguageError

_DETECT_CHARS = 4000
_DETECT_MIN_HITS = 3
_DETECT_MARGIN = 1.5
# a place name another name goes on from: "Lagos Verdes", "Washington Post", "Bilbao-based"
_SERVED_DAYS = 3  # days before an hour count's day its act may be told served, in the next sentence
_DATELINE_PLACE = re.compile(r"\s*([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’. -]*[A-ZÁÉÍÓÚÑ])\s*,")  # "LONDON, Nov 27 (NPA)"
_NAME_GOES_ON = re.compile(r"(?: (?P<word>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b|-(?=[a-z]))")
_WHAT_MAX = 160
_TIE_SENTENCES = 2  # later sentences searched for the date of an event a duration counts from
_CARRIED_DAYS = 31  # undated: a statement date this far from the one carried is background
_REPORTED = (Label.STATEMENT, Label.CLAIM)
_WEEK = 7  # days: a weekday read ahead by at most this much is the one gone by when missed


def detect_language(text: str) -> str | None:
    """Guess the language from stopword counts; None when unsure."""
    counts: Counter[str] = Counter()
    words = [w.lower() for w in LETTERS_RE.findall(text[:_DETECT_CHARS])]
    for code in available_languages():
        stop = load_lexicon(code).stopwords
        counts[code] = sum(1 for w in words if w in stop)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _DETECT_MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _DETECT_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def _capitals_class(limit: int = 0x2000) -> str:
    """Return a regex class body of every capital letter below `limit` ("Ł", "Č", "Ş", "Đ", "Ō"
    too: `re` has no \\p{Lu}), as ranges of consecutive code points."""
    ranges: list[tuple[int, int]] = []
    for code in range(limit):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


_CAP = _capitals_class()  # Latin, Greek and Cyrillic capitals, Latin Extended Additional ("Ḥ")


def _full_name_pattern(particles: frozenset[str]) -> str:
    """Return the pattern of a run of capitalised words, one of the language's name particles
    allowed between two ("Casa de la Moneda" takes two) or joined to the next by a hyphen
    ("Faisal al-Rashid")."""
    alternatives = "|".join(map(re.escape, sorted(particles, key=lambda p: (-len(p), p))))
    return rf"[{_CAP}][\w'’-]+(?:\s+(?:(?:{alternatives})\s+|(?:{alternatives})-)?[{_CAP}][\w'’-]+)+"


class _NamePatterns:
    """The speaker helpers' patterns for one language, compiled once (a title's or a body noun's
    on first use): a pattern built per item costs a cache lookup and a format every time."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        full_name = _full_name_pattern(lex.name_particles - lex.body_name_particles)
        self.full_name = re.compile(full_name)
        # "Marta Ledesma, directora …": a full name set off by a comma, a word or two before a title
        self.name_before_comma = re.compile(rf"({full_name}),\s+(?:\w+\s+){{0,2}}$")
        self._articles = "|".join(map(re.escape, sorted(lex.determiners)))
        self._titles: dict[str, re.Pattern[str]] = {}
        self._descriptions: dict[str, re.Pattern[str]] = {}
        self._offices: dict[str, tuple[re.Pattern[str], re.Pattern[str]] | None] = {}
        # word sets the helpers test every sentence, united once here instead of per call
        self.bodies = lex.institutions | lex.body_nouns
        self.role_bodies = lex.institutions.union(lex.role_heads)
        self.plain = lex.determiners | lex.stopwords | lex.prepositions

    def title(self, word: str) -> re.Pattern[str]:
        """Return the pattern of a title as a whole word, in any case ("minister", "Minister")."""
        found = self._titles.get(word)
        if found is None:
            found = self._titles[word] = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        return found

    def description(self, noun: str) -> re.Pattern[str]:
        """Return the pattern of a body's description ending in `noun` ("the state port authority");
        its words' case is told after the match (`_plain_description`): `re` has no class of
        the lower-case letters of every script."""
        found = self._descriptions.get(noun)
        if found is None:
            found = self._descriptions[noun] = re.compile(
                rf"(?:\b(?:{self._articles})\s+|(?<![\w'’-])(?=[{_CAP}][\w.-]*['’]s\s))"
                rf"((?:[{_CAP}][\w.-]*['’]s\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,2}}{re.escape(noun)})\b"
            )
        return found

    def offices(self, noun: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """Return the patterns of the offices that head a body noun, by portfolio before ("Interior
        Minister") and after ("ministro de Energía"), or None for a noun no office heads."""
        if noun not in self._offices:
            offices = [t for t, b in self.lex.office_bodies.items() if b == noun]
            office = "|".join(map(re.escape, offices))
            self._offices[noun] = (
                (
                    re.compile(rf"((?:[{_CAP}][\w-]*\s+){{1,2}})(?i:{office})\b"),
                    re.compile(rf"(?i:\b(?:{office})\s+(del?|of)\s+)((?:(?:la|the)\s+)?[{_CAP}][\w-]*)"),
                )
                if offices
                else None
            )
        return self._offices[noun]


_NAME_PATTERNS: dict[int, _NamePatterns] = {}


def _name_patterns(lex: Lexicon) -> _NamePatterns:
    """Return the speaker patterns of a lexicon, built on its first use."""
    found = _NAME_PATTERNS.get(id(lex))
    if found is None or found.lex is not lex:
        found = _NAME_PATTERNS[id(lex)] = _NamePatterns(lex)
    return found


_BODY_NAME = re.compile(
    rf"[{_CAP}][\w'’-]+(?:\s+(?:(?:de|del|of|for|and|y|e)\s+)?(?:(?:la|las|los|the)\s+)?[{_CAP}][\w'’-]+)+"
)
_OPENING = re.compile(
    rf"[{_CAP}][\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|of|the|for|and|y)\s+)?[{_CAP}][\w'’.-]*)*"
)
_ACRONYM = re.compile(
    rf"([{_CAP}][\w'’-]+(?:\s+(?:(?:de|del|la|las|los|of|the|for|and|y)\s+)?[{_CAP}][\w'’-]+)+)"
    r"\s*\(([A-Z][A-Z.]{1,9})\)"
)


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z.]{1,9})\)")  # the tail every _ACRONYM match ends with
# A short name in brackets after a long one, not all capitals ("Confederation of Migrant
# Workers (Contram)", "Refinerías del Nordeste (Renor)"): the same body when it shares the
# long name's initial (a place before an outlet, "Buenos Aires (Télam)", does not)
_SHORT_NAME = re.compile(
    rf"([{_CAP}][\w'’-]+(?:\s+(?:(?:de|del|la|las|los|of|the|for|and|y)\s+)?[{_CAP}][\w'’-]+)+)"
    r"\s*\(([A-Z][a-zà-ÿ]{2,11})\)"
)


def _drop_leading_function_words(words: list[str], lex: Lexicon) -> list[str]:
    """Drop the articles and function words a name's run opens with, keeping two words at least:
    "El Servicio de Administración Tributaria (SAT)" is not "El"."""
    while len(words) > 2 and (words[0].lower() in lex.stopwords or words[0].lower() in lex.determiners):
        words.pop(0)
    return words


def _full_names(text: str, lex: Lexicon, found: list[re.Match[str]] | None = None) -> dict[str, str]:
    """Map a surname or acronym to the fullest form the article gives ("Peskov" -> "Dmitri
    Peskov", "ATP" -> "Asociación de Terminales Portuarias"); `found`: the full-name
    matches of `text`, if the caller has them."""
    names = _bracketed_names(text, lex)
    for m in _BODY_NAME.finditer(text):
        words = _drop_leading_function_words(m.group().split(), lex)
        if words[0].lower() in lex.institutions and len(words) > 2:
            # "Department of Health and Human Services", "Dirección General de Asuntos Marítimos
            # y Pesca": a body's name runs across "and" and "de la"
            _keep_longest(names, words)
    bodies = lex.institutions.union(lex.role_heads, *lex.role_heads.values())
    for m in _name_patterns(lex).full_name.finditer(text) if found is None else found:
        words = _name_words(m.group().split(), bodies, lex)
        if len(words) >= 2:
            _keep_longest(names, words)
    return names


def _bracketed_names(text: str, lex: Lexicon) -> dict[str, str]:
    """Map an acronym or a short name in brackets to the long name before it ("Asociación de
    Terminales Portuarias (ATP)", "Refinerías del Nordeste (Renor)")."""
    names: dict[str, str] = {}
    # the acronym pattern backtracks through every capitalised run: run it only where an
    # acronym in brackets can close one
    for m in _ACRONYM.finditer(text) if _BRACKETED_ACRONYM.search(text) else ():
        words = _spelled_by(_drop_leading_function_words(m.group(1).split(), lex), m.group(2), lex)
        names[m.group(2)] = " ".join(words)
    for m in _SHORT_NAME.finditer(text) if "(" in text else ():
        words = _drop_leading_function_words(m.group(1).split(), lex)
        if words[0][0] == m.group(2)[0]:
            names.setdefault(m.group(2), " ".join(words))
    return names


def _spelled_by(words: list[str], acronym: str, lex: Lexicon) -> list[str]:
    """Return the body's name that ends a part's name, when its acronym spells that name and
    not the whole ("Sala Constitucional del Tribunal Supremo Electoral (TSE)": the court;
    "Department of Health and Human Services (HHS)" stays whole)."""
    letters = acronym.replace(".", "")
    for k, word in enumerate(words):
        initials = "".join(w[0] for w in words[k:] if w[:1].isupper())
        if word[:1].isupper() and initials == letters:
            body = word.lower() in lex.institutions or word.lower() in lex.body_nouns
            return words[k:] if body else words
    return words


def _keep_longest(names: dict[str, str], words: list[str]) -> None:
    """List a name under its last word, unless a longer name is listed there already."""
    full = " ".join(words)
    if words[-1] not in names or len(full) > len(names[words[-1]]):
        names[words[-1]] = full


def _name_words(words: list[str], bodies: frozenset[str], lex: Lexicon) -> list[str]:
    """Return a capitalised run's words from where the name starts: after its function words,
    a person's titles and trade, and a place's "-based"; a body's words (`bodies`) stay."""
    while words and (
        words[0].lower() in lex.stopwords
        or (
            words[0].lower() in lex.titles
            and words[0].lower() not in bodies
            # "Oficina del Representante Comercial": a body's word before its particle stays
            and (len(words) < 2 or words[1].lower() not in lex.name_particles)
        )
        or words[0].lower() in lex.determiners
        or words[0].lower().endswith("-based")  # "Hamburg-based Hanse-Pacific Lines"
        or trade_title(words, lex)  # "Lawyer Lucía Berganza"
        or words[0].lower() in lex.subordinators  # "When Martín Iturraspe, the minister, …"
    ):
        words.pop(0)
    # "Interior Minister Patricia Ovalle" is Patricia Ovalle; "Ministry of Health" and
    # "Bank Negara" keep their body's word
    office = [k for k, w in enumerate(words[:-2]) if w.lower() in lex.titles and w.lower() not in bodies]
    if office and words[office[-1] + 1].lower() not in lex.name_particles:
        return words[office[-1] + 1 :]
    return words


_SUBJECT_CHARS = 48  # a sentence's subject opens it: "Finance Secretary Peter Otieno spoke…"


_WORD_SPAN = re.compile(r"\S+")


def _opening_subject(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Return the name a sentence opens with ("Mediator Álvaro Sancho met both sides"), its
    titles dropped: the antecedent of a later "he said" when no one has spoken yet."""
    found = _opening_subject_at(text, start, end, lex)
    return found[0] if found else None


def _opening_subject_at(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """Return the name a sentence opens with, its titles dropped, and where the name starts."""
    m = _name_patterns(lex).full_name.search(text, start, min(end, start + _SUBJECT_CHARS))
    if m is None or len(text[start : m.start()].split()) > 2:
        return None
    spans = list(_WORD_SPAN.finditer(text, m.start(), m.end()))
    words = [w.group() for w in spans]
    # "La Agencia Española de Protección de Datos" is a body's name, whole; "Finance Secretary
    # Peter Otieno" is a person after the words of office
    titled = [
        k for k, w in enumerate(words) if w.lower() in lex.titles or (k == 0 and trade_title(words, lex))
    ]
    first = titled[-1] + 1 if titled and not any(w.lower() in lex.institutions for w in words) else 0
    while first < len(words) and (
        words[first].lower() in lex.stopwords or words[first].lower() in lex.determiners
    ):
        first += 1
    if len(words) - first < 2:
        return None
    pattern, _ = places()
    name = " ".join(words[first:])
    return None if pattern.fullmatch(name) else (name, spans[first].start())


_TITLED_HEAD = re.compile(r"[^,.;:\n]{3,70},\s+")  # "El ministro de Comercio Internacional, "


def _titled_opening(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Return the person set off by commas after the office a sentence opens with ("El ministro
    de Comercio Internacional, Daniel Kerrigan, defendió…", "The head of the agency, Ana Ruiz,")."""
    head = _TITLED_HEAD.match(text, start, end)
    if head is None:
        return None
    name = _name_patterns(lex).full_name.match(text, head.end(), end)
    if name is None or not text.startswith(",", name.end()):
        return None
    office = WORD_RE.findall(head.group())
    bodies = _name_patterns(lex).bodies
    if not any(_is_title(w, lex) and w.lower() not in bodies for w in office[:3]):
        return None
    return name.group() if looks_like_person(name.group(), lex) else None


def _person_opening(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Return the person a sentence opens with, alone or right after a person's title ("La
    alcaldesa, Marta Quiroga, recorrió…"), not a body's name after a common noun ("The contractor,
    Brückner Bau, was fined"): the antecedent of a later "she said"."""
    found = _opening_subject_at(text, start, end, lex)
    if found is None or not looks_like_person(found[0], lex):
        return _titled_opening(text, start, end, lex)
    name, at = found
    lead = WORD_RE.findall(text, start, at)
    # "Club president Nadia Forde", "La alcaldesa, Marta Quiroga": a person's title right before
    title = lead[-1] if lead else ""
    if not lead or (
        (_is_title(title, lex) or job_word(title, lex)) and title.lower() not in _name_patterns(lex).bodies
    ):
        return name
    return None


def _person_role(role: str | None, lex: Lexicon) -> bool:
    """Tell a role a person holds ("spokeswoman", "portavoz del ministerio") from a body's."""
    bodies = _name_patterns(lex).bodies
    return role is not None and any(
        _is_title(w, lex) and w.lower() not in bodies and w.lower() not in lex.role_heads
        for w in WORD_RE.findall(role)
    )


class _FullNames:
    """An article's full names, split once and listed under each of their words.

    A speaker is compared only with the names that hold its first word: comparing every
    speaker with every name grows with the square of the article's length. Each list keeps
    the names' order, so ties between names of one length break as before.
    """

    def __init__(self, fulls: Iterable[str]) -> None:
        self.every = [(full, full.split()) for full in fulls]
        self.by_word: dict[str, list[tuple[str, list[str]]]] = {}
        for pair in self.every:
            for word in dict.fromkeys(pair[1]):
                self.by_word.setdefault(word, []).append(pair)

    def holding(self, words: list[str]) -> list[tuple[str, list[str]]]:
        """Return the names (and their words) that can hold `words` (all of them for none)."""
        return self.by_word.get(words[0], []) if words else self.every


def _containing(speaker: str, names: _FullNames, lex: Lexicon) -> str | None:
    """Return the longest name that holds the speaker's words as a name of its own.

    "Reyes" and "Reyes Lozano" are "Mauricio Reyes Lozano", "Meridian" is "Meridian Bulk
    Carriers"; "Estados Unidos" is not the "Oficina … de Estados Unidos" (a particle before it).
    """
    words = speaker.split()
    n = len(words)
    best: str | None = None
    for full, fw in names.holding(words):
        if len(fw) <= n or (best is not None and len(full) <= len(best)):
            continue
        for i in range(len(fw) - n + 1):
            if fw[i : i + n] != words:
                continue
            before = fw[i - 1].lower() if i > 0 else ""
            after = fw[i + n].lower() if i + n < len(fw) else ""
            # "Senate President Thomas Keane", "Lawyer Lucía Berganza"
            titled = any(w.lower() in lex.titles for w in fw[:i]) or (i == 1 and trade_title(fw, lex))
            # "Oficina del Representante Comercial" opens "… de Estados Unidos": a body's longer name
            body_prefix = i == 0 and fw[0].lower() in lex.institutions
            if (
                not titled
                and before not in lex.name_particles
                and (body_prefix or after not in lex.name_particles)
            ):
                best = full
                break
    return best


def _named_before(names: list[tuple[int, list[str]]], end: int, head: str, lex: Lexicon) -> str | None:
    """Return the last full name before `end` whose words include the role noun ("the union").

    `names` are in text order: walk back from `end` (a scan of all of them for every item
    would grow with the square of the article's length).
    """
    title = head[:1].upper() + head[1:]
    kinds = lex.role_heads.get(head.lower(), frozenset())  # "la compañía": "Minera Cordillera Norte"
    last: list[str] | None = None
    for i in range(bisect_left(names, end, key=itemgetter(0)) - 1, -1, -1):
        words = names[i][1]
        if title in words or not kinds.isdisjoint(w.lower() for w in words):
            last = words
            break
    if last is None:
        return None
    words = last[next((k for k, w in enumerate(last) if w.lower() not in lex.determiners), 0) :]
    if len(words) > 2 and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "Argentina's Labor Secretariat": the body, not its country
    return " ".join(_from_noun(words, title, lex))


def _from_noun(words: list[str], noun: str, lex: Lexicon) -> list[str]:
    """Return a name from the role noun on when a particle sets it after a part of the body
    ("Sala Constitucional del Tribunal Supremo Electoral": "el tribunal" is the whole court)."""
    at = words.index(noun) if noun in words else 0
    if at > 0 and words[at - 1].lower() in lex.name_particles and len(words) - at >= 2:
        return words[at:]
    return words


# A role of a body given by its kind ("portavoz del tribunal", "spokeswoman for the company").
# a relative clause set off by commas that recalls the old due ("extended the subsidy, which was
# due to expire on Saturday, until March 31"): its date is not the new one
_ASIDE_OPEN = re.compile(r",\s+(?:which|que)\b", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"\s*,")
_OF_BODY = re.compile(r"\s(?:del|de\s+la|de\s+los|de\s+las|(?:for|of|at)\s+the)\s+[^\W\d_]+$")


_HOLDER_REACH = 80  # a title's holder is named right next to it ("la ministra del Interior, Patricia Ovalle")


def _title_holder(text: str, end: int, role: str | None, lex: Lexicon) -> str | None:
    """Return the person last named with a person's title before `end` ("Interior Minister
    Patricia Ovalle" … "the minister said"); a body's title ("the ministry") names no one."""
    title = _person_title(role, lex)
    if title is None:
        return None
    for hit in reversed(list(_name_patterns(lex).title(title).finditer(text, 0, end))):
        holder = _holder_beside(text, hit.start(), hit.end(), lex)
        if holder is not None:
            return holder
    return None


def _person_title(role: str | None, lex: Lexicon) -> str | None:
    """Return the title a short lower-case role opens with when it is a person's ("the minister"),
    not a body's ("the ministry", "portavoz del tribunal")."""
    words = (role or "").split()
    if not words or not role or not role.islower() or len(words) > 3:
        return None
    bodies = _name_patterns(lex).role_bodies
    if words[0] not in lex.titles or any(w in bodies for w in words):
        return None
    return words[0]


def _holder_beside(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Return the person named next to one mention of a title: right after it ("Minister Alan
    Briggs", "la ministra del Interior, Patricia Ovalle", not "directora del Museo de Bellas
    Artes": a body), or set off by a comma before it ("Marta Ledesma, directora")."""
    names = _name_patterns(lex)
    before = text[max(0, start - _HOLDER_REACH) : start]
    after = text[end : end + _HOLDER_REACH]
    ahead = next(
        (
            m
            for m in names.full_name.finditer(after.split(".")[0])
            if not after[: m.start()].strip() or after[: m.start()].rstrip().endswith(",")
        ),
        None,
    )
    behind = names.name_before_comma.search(before)
    for found in (behind.group(1) if behind else None, ahead.group() if ahead else None):
        name = _person_named(found, lex) if found is not None else None
        if name is not None:
            return name
    return None


def _person_named(run: str, lex: Lexicon) -> str | None:
    """Return a capitalised run's words after its titles and articles when they name a person:
    two words at least, none a title's or a body's."""
    bodies = _name_patterns(lex).role_bodies
    name = run.split()
    while name and (name[0].lower() in lex.titles or name[0].lower() in lex.determiners):
        name.pop(0)
    if len(name) >= 2 and not any(w.lower() in bodies or w.lower() in lex.titles for w in name):
        return " ".join(name)
    return None


_RECENT_SENTENCES = 3  # how far back a bare "the regulator" looks for the body it stands for
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?»”\"]\s)|(?<=\n))\s*")


def _recent_openings(text: str, end: int, lex: Lexicon) -> list[str]:
    """Return the names the last few sentences before `end` open with, nearest first."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, end) if m.end() < end]
    out: list[str] = []
    for start in reversed(starts[-_RECENT_SENTENCES:]):
        head = text[start : start + _SUBJECT_CHARS].split(maxsplit=1)
        if head and head[0].lower() in lex.determiners and len(head) > 1:
            start += text[start:].find(head[1])
        m = _OPENING.match(text, start)
        if m and m.group().split()[0].lower() not in lex.stopwords:
            out.append(m.group().rstrip(" ."))
    return out


def _body_of_office(text: str, end: int, noun: str, lex: Lexicon) -> str | None:
    """Return the body the last office holder before `end` heads, by the office's portfolio
    ("Interior Minister Patricia Ovalle" … "the ministry": "Interior Ministry"; "el ministro de
    Energía, Pavel Dorin" … "según el ministerio": "Ministerio de Energía")."""
    patterns = _name_patterns(lex).offices(noun.lower())
    if patterns is None:
        return None
    portfolio_first, office_of = patterns
    body = noun[:1].upper() + noun[1:]
    found: list[tuple[int, str]] = []
    for m in portfolio_first.finditer(text, 0, end):
        words = m.group(1).split()
        if not any(w.lower() in lex.titles or w.lower() in lex.determiners for w in words):
            found.append((m.start(), f"{' '.join(words)} {body}"))  # not "Prime Minister", "The Minister"
    for m in office_of.finditer(text, 0, end):
        found.append((m.start(), f"{body} {m.group(1)} {m.group(2)}"))
    return max(found)[1] if found else None


def _described_before(text: str, end: int, noun: str, lex: Lexicon) -> str | None:
    """Return the last description before `end` of a body the article never names, for its bare
    noun ("Dastan's defence ministry said…" … "the ministry added"; "the state port authority" …
    "a spokeswoman for the port authority"): its words after the article, at least two."""
    if noun not in lex.body_nouns:
        return None
    found = [
        m.group(1)
        for m in _name_patterns(lex).description(noun).finditer(text, 0, end)
        if " " in m.group(1) and _plain_description(m.group(1).split()[:-1], lex)
    ]
    return found[-1] if found else None


def _plain_description(words: list[str], lex: Lexicon) -> bool:
    """Tell the words before a body's noun that describe it: an owner's possessive first
    ("Dastan's"), then lower-case words of any script ("Órgiva water" is a place's name, as
    "Madrid water" is), none of them a function word."""
    plain = _name_patterns(lex).plain
    owned = bool(words) and words[0][:1].isupper() and words[0].endswith(("'s", "’s"))
    return plain.isdisjoint(w.lower() for w in words) and all(w[:1].islower() for w in words[owned:])


def _is_body_name(name: str, full: str | None, lex: Lexicon) -> bool:
    """Tell a body's one-word name from a person's: "Subtel", "Nubra", "Kaldenergo" name no one
    in full; "Ovalle" is Patricia Ovalle."""
    words = name.split()
    if name.endswith(("'s", "’s")) or places()[0].fullmatch(name):
        return False  # "Sweden's trade ministry", "Bogotá": a country or a place, not the body
    if len(words) != 1 or len(name) < 3 or name.lower() in lex.weekdays or name.lower() in lex.months:
        return False
    if simplemma.is_known(name.lower(), lang=lex.simplemma_code):
        return False  # "According to Vik…", "Police said…": a word of the language, not a body's name
    return full is None or full == name or len(full.split()) > 2


def _role_bodies(role: str, lex: Lexicon) -> list[str]:
    """Return the body nouns of a role in lower case, its owner first: "department's spokeswoman"
    -> ["department"], "company spokesman" -> ["company"]; "the governor's office" names none."""
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in role.lower().split()]
    owner = next((w for w, o in zip(words, role.split(), strict=True) if o.endswith(("'s", "’s"))), None)
    bodies = [w for w in words if w in lex.institutions or w in lex.role_heads]
    if owner is not None and owner not in bodies:
        return []  # "the governor's office": a person's office, no body the article names
    return list(dict.fromkeys(([owner] if owner else []) + bodies))


def _opening_name(item: Item, lex: Lexicon) -> str | None:
    """Return the name right after the article an item opens with ("El SAT amplió…" -> "SAT")."""
    head = item.text.split(maxsplit=1)
    if len(head) < 2 or head[0].lower() not in lex.act_subject_articles:
        return None
    m = _OPENING.match(head[1])
    return m.group().rstrip() if m else None


class _SpeakerNames:
    """The article's names, read once when a speaker first needs them, that complete short speakers."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self._cache: dict[str | None, str | None] = {}
        self._names: dict[str, str] = {}
        self._indexed: _FullNames | None = None  # the full names by word, built when a speaker first needs it
        self._found: list[re.Match[str]] = []  # the article's capitalised runs, found once for both uses
        self._matches: list[tuple[int, list[str]]] = []  # those runs' starts and words
        self._by_last: dict[str, list[tuple[int, list[str]]]] | None = None  # those runs by last word

    def _full_matches(self) -> list[re.Match[str]]:
        """Return the article's capitalised runs."""
        if not self._found:
            self._found.extend(_name_patterns(self.lex).full_name.finditer(self.text))
        return self._found

    def _runs(self) -> list[tuple[int, list[str]]]:
        """Return where each capitalised run starts, with its words."""
        if not self._matches:
            self._matches.extend((m.start(), m.group().split()) for m in self._full_matches())
        return self._matches

    def words_before(self, end: int) -> Iterator[list[str]]:
        """Yield the words of the capitalised runs that start before `end`, the nearest first."""
        runs = self._runs()
        for k in range(bisect_left(runs, end, key=itemgetter(0)) - 1, -1, -1):
            yield runs[k][1]

    def ending_before(self, last: str, end: int) -> Iterator[list[str]]:
        """Yield `words_before(end)` whose last word is `last`, without walking every run: a
        sentence that opens with a capitalised word asks for it, and an article has hundreds."""
        if self._by_last is None:
            self._by_last = {}
            for start, words in self._runs():
                self._by_last.setdefault(words[-1], []).append((start, words))
        runs = self._by_last.get(last, [])
        for k in range(bisect_left(runs, end, key=itemgetter(0)) - 1, -1, -1):
            yield runs[k][1]

    def fuller(self, speaker: str | None) -> str | None:
        """Return the fullest form the article gives a speaker's name ("Otieno" -> "Peter Otieno")."""
        if not speaker:
            return speaker
        if speaker not in self._cache:
            if not self._names:
                self._names.update(_full_names(self.text, self.lex, self._full_matches()))
            key = speaker.strip()
            full = self._names.get(key) if " " not in key else None
            self._cache[speaker] = full or _containing(key, self._index(), self.lex) or speaker
        return self._cache[speaker]

    def _index(self) -> _FullNames:
        """Return the article's full names by word, listed when a short speaker first needs them."""
        if self._indexed is None:
            self._indexed = _FullNames(set(self._names.values()))
        return self._indexed

    def resolved(self, item: Item) -> Item:
        """Give an item's speaker its full name, or a role's its holder or body."""
        speaker = self.fuller(item.speaker)
        if speaker and speaker == item.role:
            speaker = self._for_role(item, speaker)
        speaker = _unpossessed(speaker)
        return item if speaker == item.speaker else replace(item, speaker=speaker)

    def _for_role(self, item: Item, role: str) -> str:
        """Return who a role-only speaker stands for: the title's holder or the body it names."""
        holder = _title_holder(self.text, item.start, role, self.lex)
        if holder is not None:
            # "la ministra precisó", "the minister added": the person the article gave that title
            return self.fuller(holder) or holder
        if " " not in role and role.islower():
            return self._body_by_noun(item, role)
        if role.islower() and _OF_BODY.search(role):
            return self._body_of_spokesperson(item, role)
        if " " in role and role[:1].islower():
            return self._body_of_role(item, role)
        return role

    def _body_by_noun(self, item: Item, noun: str) -> str:
        """Return the body a bare noun stands for ("the union said": the "Southern Aviators' Union")."""
        text, lex = self.text, self.lex
        # the body of that kind named last (in the sentence itself too: "…Sindicato N.º 1…, informó
        # el sindicato"), else the body the sentence opens with ("El SAT amplió…, informó el organismo")
        found = _named_before(self._runs(), item.end, noun, lex) or _opening_name(item, lex)
        if found is None and noun not in lex.institutions:
            # "Subtel dio a la compañía un plazo…, informó el regulador": a body the recent
            # sentences open with, when no name of the noun's kind is known (a ministry is
            # never the "Steel Institute")
            found = next(
                (b for b in _recent_openings(text, item.end, lex) if _is_body_name(b, self.fuller(b), lex)),
                None,
            )
        # the run found may stop at "and" ("Department of Health and Human Services")
        return (
            self.fuller(found)
            or _body_of_office(text, item.start, noun, lex)
            or _described_before(text, item.start, noun, lex)
            or noun
        )

    def _body_of_spokesperson(self, item: Item, role: str) -> str:
        """Return the body a spokesperson speaks for ("una portavoz del tribunal", "a spokeswoman
        for the company"): the body named last."""
        text, lex = self.text, self.lex
        noun = role.rsplit(" ", 1)[-1]
        return (
            self.fuller(_named_before(self._runs(), item.end, noun, lex))
            or _body_of_office(text, item.start, noun, lex)
            or _described_before(text, item.start, noun, lex)
            or role
        )

    def _body_of_role(self, item: Item, role: str) -> str:
        """Return the body a role belongs to ("the department's spokeswoman", "a company spokesman",
        "the court's administrative chamber"), named last."""
        lex = self.lex
        nouns = _role_bodies(role, lex)
        for noun in nouns:
            body = _named_before(self._runs(), item.end, noun, lex)
            if body is not None:
                return self.fuller(body) or body
        # "a spokeswoman for the port authority" after "the state port authority"
        kinds = nouns or [w for w in role.split() if w in lex.body_nouns]
        described = _described_before(self.text, item.start, kinds[-1], lex) if kinds else None
        return described if described is not None and described not in role else role

    def completed(self, deadline: DeadlineMention) -> DeadlineMention:
        """Give a deadline's speaker the fullest form of their name."""
        full = self.fuller(deadline.speaker)
        return deadline if full == deadline.speaker else replace(deadline, speaker=full)


def _issuers_given(items: list[Item], lex: Lexicon) -> list[Item]:
    """Give a document that speaks ("the statement said", "según el auto") the body that issued it."""
    done: list[Item] = []
    body: str | None = None  # the last body that spoke: a document's issuer
    for item in items:
        if body is not None and _document_speaker(item, lex):
            item = replace(item, speaker=body)
        if item.label in _REPORTED and item.speaker and not looks_like_person(item.speaker, lex):
            # a capitalised body, not a place ("Geneva") nor a role left in lower case
            named_body = item.speaker[:1].isupper() and not places()[0].fullmatch(item.speaker)
            body = item.speaker if named_body else body
        done.append(item)
    return done


def _unpossessed(speaker: str | None) -> str | None:
    """Return a speaker without the possessive its mention carried ("Nimbral Datos' plant", "The
    World Food Programme's convoy"): the body is "Nimbral Datos", not "Nimbral Datos'"."""
    if speaker is None or len(speaker) < 4 or " " not in speaker:
        return speaker
    if speaker.endswith(("'s", "’s")):
        return speaker[:-2]
    if speaker.endswith(("s'", "s’")):
        return speaker[:-1]
    return speaker


def _complete_speakers(
    names: _SpeakerNames, items: list[Item], deadlines: list[DeadlineMention]
) -> tuple[list[Item], list[DeadlineMention]]:
    """Give short or role-only speakers the fullest form of their name in the article."""
    if not any(i.speaker for i in items):
        return items, deadlines
    resolved = [names.resolved(i) for i in items]
    return _issuers_given(resolved, names.lex), [names.completed(d) for d in deadlines]


def _document_speaker(item: Item, lex: Lexicon) -> bool:
    """Tell an item whose speaker is a document ("the statement said", "el texto añade") or whose
    document ("según la resolución") was given to a person, not to the body that issued it."""
    if item.label not in _REPORTED or not item.speaker:
        return False
    if item.speaker == item.role and item.speaker.islower():
        return any(w in lex.documents for w in item.speaker.split())
    return DOCUMENT_REASON in item.reason and looks_like_person(item.speaker, lex)


def _article_zone(text: str, lex: Lexicon) -> tzinfo | None:
    """Return the time zone the article's places point to most (ties: the first named)."""
    pattern, zones = places()
    counts = Counter(zones[m.group()] for m in pattern.finditer(text) if not _name_part(text, m.end(), lex))
    if not counts:
        return None
    try:
        return ZoneInfo(counts.most_common(1)[0][0])
    except (ZoneInfoNotFoundError, ValueError, KeyError):
        return None


def _dateline_zone(page: Layout, raw: str) -> tzinfo | None:
    """Return the zone of the place a dateline in capitals opens the article with ("LONDON, Nov 27
    (NPA) -"): where the story was filed, over places it names in passing ("its Spanish owner")."""
    line = next((ln for ln in page.lines[:1] if ln.kind is Kind.DATELINE), None)
    if line is None:
        return None
    head = _DATELINE_PLACE.match(raw, line.start, line.body)
    if head is None:
        return None
    pattern, zones = places()
    found = pattern.fullmatch(head.group(1).title())
    try:
        return ZoneInfo(zones[found.group()]) if found is not None else None
    except (ZoneInfoNotFoundError, ValueError, KeyError):
        return None


def _stated_offset(text: str, lex: Lexicon) -> tzinfo | None:
    """Return the offset the article gives its local time ("6 a.m. local time (GMT+3)", "hora local,
    GMT+3"): it names the zone outright, where a place may be fictional or far from the story."""
    found = lex.local_offset.search(text) if lex.local_offset is not None else None
    if found is None:
        return None
    hours, minutes = int(found.group("hours")), int(found.group("minutes") or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = 1 if found.group("sign") == "+" else -1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _publication_zone(published: datetime, lex: Lexicon) -> tzinfo | None:
    """Return a zone with clock changes that has the publication's offset at that instant, else that
    fixed offset: a time read after a clock change ("6am on Monday" past the October change) then
    takes its own day's offset, as the reader's clock does."""
    offset = published.utcoffset()
    for name in lex.publication_zones:
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        if published.astimezone(zone).utcoffset() == offset:
            return zone
    return published.tzinfo


def _name_part(text: str, end: int, lex: Lexicon) -> bool:
    """Tell a place name that is only part of another name, which may lie elsewhere: a capitalised
    word right after it ("Lagos Verdes", "Washington Post"; not a title or a body, "Kyiv Mayor",
    "Madrid Council") or a lower-case word hyphened on ("Bilbao-based")."""
    m = _NAME_GOES_ON.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    if word is None:
        return True
    word = word.lower()
    return word not in lex.titles and word not in lex.institutions and word not in lex.body_nouns


def _what(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= _WHAT_MAX else text[: _WHAT_MAX - 1].rstrip() + "…"


def _same_deadline(a: date | datetime, b: date | datetime) -> bool:
    """Tell whether two dues name one deadline: equal, or the same day with and without a time."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a == b
    day_a = a.date() if isinstance(a, datetime) else a
    day_b = b.date() if isinstance(b, datetime) else b
    return day_a == day_b


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _event_subject_before(sentence: str, pos: int, lex: Lexicon) -> bool:
    """Tell whether a meeting noun is the subject right before a change's cue ("the talks were
    extended", "las conversaciones se prolongaron"), at most two words before it."""
    events = lex.event_subjects
    if events is None:
        return False
    low = max(0, pos - 40)
    return any(len(sentence[e.end() : pos].split()) <= 2 for e in events.finditer(sentence, low, pos))


@dataclass(frozen=True)
class _Found:
    """A change a sentence tells, and whether it settles the dates of its sentence."""

    change: DeadlineChange
    settles: bool


def _duty_before(sentence: str, pos: int, lex: Lexicon) -> bool:
    """Tell whether the clause before a meet or break cue makes it a duty or a plan ("must file
    within the deadline", "quien presente dentro del plazo"), which tells nothing happened yet."""
    duty = lex.change_duty
    if duty is None:
        return False
    low = max(0, pos - 80)
    cut = max((sentence.rfind(c, low, pos) for c in ",;:"), default=-1)
    return duty.search(sentence, max(low, cut + 1), pos) is not None


def _changes(text: str, start: int, end: int, lex: Lexicon, mentions: list[Mention]) -> list[_Found]:
    """Find a sentence's changes, each with whether it settles the sentence's own dates (a
    `<kind>_retold` phrase, told in passing, leaves them to deadline extraction)."""
    out: list[_Found] = []
    sentence = text[start:end]
    if lex.changes_gate.search(sentence) is None:
        return out
    for table, pats in lex.changes.items():
        kind_name, _, tag = table.partition("_")
        try:
            kind = ChangeKind(kind_name)
        except ValueError:
            continue
        if any(f.change.kind is kind for f in out):
            continue  # one change of a kind per sentence
        for pat in pats:
            m = pat.search(sentence)
            if not m or _denied(kind, sentence, m, lex):
                continue
            if kind is ChangeKind.EXTEND and _event_moved(sentence, m, lex):
                break
            ev_start, ev_end = start + m.start(), start + m.end()
            new_due = None
            extended_to = _extended_to(text, ev_start, mentions) if kind is ChangeKind.EXTEND else None
            if extended_to is not None:
                new_due = extended_to.value
                ev_end = max(ev_end, extended_to.end)
            out.append(
                _Found(
                    DeadlineChange(kind, text[ev_start:ev_end], ev_start, ev_end, new_due), tag != "retold"
                )
            )
            break
    return out


def _denied(kind: ChangeKind, sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Tell a change phrase that a negation before it denies or a duty makes a rule, not news."""
    negation = lex.change_negation
    if negation is not None and negation.search(sentence, max(0, m.start() - 45), m.start()):
        return True  # "said it would not extend the license again", "quien no presente a tiempo"
    # "applicants must file within the deadline": a duty, not news of it
    return kind in (ChangeKind.MEET, ChangeKind.BREAK) and _duty_before(sentence, m.start(), lex)


def _event_moved(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Tell an extension phrase that moves an event, not a deadline: none is extended then."""
    moved = lex.rescheduled_events
    if moved is not None and moved.search(sentence, 0, m.end()):
        return True  # "the round could now be postponed until next week": a meeting moved
    # "las conversaciones se prolongaron hasta la madrugada": talks ran on
    return _event_subject_before(sentence, m.start(), lex)


def _extended_to(text: str, ev_start: int, mentions: list[Mention]) -> Mention | None:
    """Return the first dated deadline after an extension phrase, outside an aside: its new due."""
    return next(
        (
            x
            for x in mentions
            if x.deadline
            and x.kind != "same_day"
            and x.end > ev_start
            and x.value is not None
            and not _in_aside(text, ev_start, x)
        ),
        None,
    )


def _opens(head: str) -> bool:
    """Tell whether what stands before a day is at most an article ("El 30 de junio …")."""
    word = head.strip()
    return not word or (word.isalpha() and " " not in word)


def _gapped_after(text: str, due: Mention, mention: Mention, lex: Lexicon) -> bool:
    """Tell whether a date follows a deadline of its sentence in a conjunct whose verb is left
    out ("the first is due on Oct. 10 and the second on Nov. 10")."""
    gapped = lex.gapped_conjuncts
    if gapped is None or due.end > mention.start or mention.kind == "duration":
        return False
    head = min(mention.start, mention.evidence_start or mention.start)
    return gapped.search(text[due.end : head]) is not None


def _not_before(value: date | datetime, earlier: date | datetime | None) -> date | datetime:
    """Return value, a year later if its year was read back before the due listed before it."""
    if earlier is None or day_of(value) >= day_of(earlier):
        return value
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # 29 February
        return value


def _missed_span(
    text: str, sentence_start: int, change: DeadlineChange, mentions: list[Mention], lex: Lexicon
) -> tuple[int, int, bool]:
    """Return a break's span, stretched over the day it names just outside it: the subject
    that opens its sentence ("El 30 de junio llegó y se fue sin …") or the day an expiry verb
    gives its deadline noun ("defiance of an ultimatum that expired on Tuesday"); and whether
    it names a deadline missed (a violated truce names none: "the truce that began on Saturday
    was violated")."""
    start, end = change.start, change.end
    links = lex.expiry_links
    stretched = False
    for m in mentions:
        if m.end <= start and not text[m.end : start].strip() and _opens(text[sentence_start : m.start]):
            start, stretched = m.start, True
        elif m.start >= end and links is not None and links.search(text[end : m.start]):
            end, stretched = m.end, True
    nouns = lex.deadline_nouns
    # gated on the change's own text, not the article's (a match lies inside it)
    piece = text[change.start : change.end]
    named = stretched or (
        nouns is not None and nouns.search(text, change.start, change.end, within=piece) is not None
    )
    return start, end, named


def _gone_by(value: date | datetime, ref: date, ref_dt: datetime | None) -> date | datetime:
    """Move a missed deadline read as a coming one back to the one gone by: a weekday a week
    ("missed Saturday's 7 p.m. deadline" in a Wednesday article), a day of the year a year
    ("five days after the Aug. 14 cut-off" in August)."""
    # an aware time keeps its wall time and takes the zone's offset on the day gone by
    timed = isinstance(value, datetime) and ref_dt is not None
    if not (value > ref_dt if timed else day_of(value) > ref):  # type: ignore[operator]
        return value
    if (day_of(value) - ref).days <= _WEEK:
        return value - timedelta(days=_WEEK)
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # 29 February
        return value


def _reported(found: list[_Found]) -> list[DeadlineChange]:
    """Keep the changes a sentence reports: beside an extension, "hours before the deadline
    expired" times the extension (the news), it tells no deadline met."""
    changes = [f.change for f in found]
    if any(c.kind is ChangeKind.EXTEND for c in changes):
        return [c for c in changes if c.kind is not ChangeKind.MEET]
    return changes


def _in_aside(text: str, lo: int, mention: Mention) -> bool:
    """Tell whether a date sits in a relative clause set off by commas after `lo` (", which was
    due to expire on Saturday,"), which recalls a due instead of setting the new one."""
    opener = max(_ASIDE_OPEN.finditer(text, lo, mention.start), key=lambda o: o.start(), default=None)
    return (
        opener is not None
        and "," not in text[opener.end() : mention.start]
        and _ASIDE_CLOSE.match(text, mention.end) is not None
    )


def _interrupted(text: str, segments: list[Segment], k: int, items: list[Item]) -> Item | None:
    """Return the reported item a reader's insertion cut, when segment k resumes it.

    "…celebró el acuerdo como "un modelo" >>¿modelo de qué? y fijó el plazo…": the words after
    the insertion, in lower case on the same line, go on with the interrupted report.
    """
    if k < 2 or segments[k].insertion or not segments[k - 1].insertion or segments[k - 2].insertion:
        return None
    seg, before = segments[k], segments[k - 2]
    first = text[seg.start : seg.start + 1]
    if not first.islower() or "\n" in text[before.end : seg.start]:
        return None
    last = next((i for i in reversed(items) if i.end <= before.end and not i.start < before.start), None)
    return last if last is not None and last.label in _REPORTED else None


def _resumed(lab: Labelled, interrupted: Item) -> Labelled:
    """Give the rest of an interrupted report its label and speaker, if the rules left it plain fact."""
    item = lab.item
    if item.label is not Label.FACT:
        return lab
    reason = f"the rest of a report a reader's insertion interrupted ({interrupted.reason})"
    new = replace(
        item,
        label=interrupted.label,
        confidence=interrupted.confidence,
        reason=reason,
        speaker=interrupted.speaker,
        role=interrupted.role,
        cue=interrupted.cue,
    )
    return Labelled(new, None)


_Tie = tuple[int, tuple[str, int, str, bool], int]  # deadline index, its tie, sentences left


def _date_ties(
    ties: list[_Tie],
    deadlines: list[DeadlineMention],
    sentence: str,
    mentions: list[Mention],
    dropped: set[int],
    start: int,
) -> list[_Tie]:
    """Move a deadline counted from an event no sentence had dated ("veinte días desde la
    notificación") to count from the day this sentence gives that event ("La notificación
    llegó este jueves"); one with no day of its own that stays undated is dropped. Return the
    ties still waiting. `start` is where the sentence starts in the article."""
    left = []
    for index, tie, remaining in ties:
        due = dated_later(sentence, mentions, tie, start)
        if due is not None:
            deadlines[index] = replace(deadlines[index], due=due)
        elif remaining > 1:
            left.append((index, tie, remaining - 1))
        elif tie[3]:
            dropped.add(index)  # "within 14 days of it being filed", and nothing dates the filing
    return left


def _due_outweighs_stance(
    labelled: list[Labelled],
    mentions: list[Mention],
    text: str,
    openers: re.Pattern[str] | None,
    lengths: frozenset[str] = frozenset(),
    units: Mapping[str, str] | None = None,
) -> list[Labelled]:
    """Turn back to fact each clause only the stance model called comment that holds a due date.

    "A final decision is due by March 31." at an article's end reads like a kicker to the model,
    but a deadline lives in a report; so does a count ("The club has seven days to pay"). A
    weekday or "today" alone is the writer's horizon as often ("Markets will be no wiser by
    Friday", "ha sido, hasta hoy, el mismo silencio"), and so is a count that opens the clause
    ("Dentro de un año nadie se acordará…"): there the model decides; so does a length, a count
    after one of `lengths` ("They will linger for a fortnight after the workers leave"), and a
    count in years, by its unit in `units` ("will be busier within five years").
    """
    out = []
    for lab in labelled:
        item = lab.item
        dues = [
            m
            for m in mentions
            if m.deadline
            and m.value is not None
            and item.start <= m.start < item.end
            and not _horizon(m, text, item.start, openers)
            and not _length(m, text, lengths)
            and not _in_years(m, text, units or {})
        ]
        out.append(Labelled(as_fact(item), lab.attribution) if by_stance_model(item) and dues else lab)
    return out


# Due mentions that do not outweigh the stance model: a weekday, a relative day ("today", "hoy").
_HORIZON_KINDS = frozenset({"weekday", "relative"})


def _horizon(mention: Mention, text: str, clause_start: int, openers: re.Pattern[str] | None) -> bool:
    """Tell a due mention that is the writer's horizon as often as a report's deadline.

    A weekday or a relative day, or a count fronted at the clause's start by one of the
    language's `horizon_openers` ("Dentro de veinte años, este estudio…", "In five years…").
    On dev and the stance bank they turned back 13 comments (nine annotators) and no fact;
    "The club has seven days to pay" and "Dura dos horas" keep their count.
    """
    if mention.kind in _HORIZON_KINDS:
        return not mention.expiry  # "El jueves vencía el segundo plazo": a deadline told, not a horizon
    start = min(mention.start, mention.evidence_start or mention.start)
    return (
        mention.kind == "duration"
        and openers is not None
        and not WORD_RE.search(text, clause_start, start)
        and openers.match(text, start, mention.end) is not None
    )


def _length(mention: Mention, text: str, lengths: frozenset[str]) -> bool:
    """Tell a count opened by a length's preposition ("for a fortnight", "durante una semana"): how
    long something goes on, the writer's as often as a report's, so no due outweighing the model.

    On dev and the stance bank (comment16en) such counts had turned back four comments by three
    annotators ("…sitting down for the next eight minutes") and no fact; a count in digits ("for
    90 days", a deadline bank snippet) still does.
    """
    if mention.kind != "duration" or has_digit(text[mention.start : mention.end]):
        return False  # "can still read their messages for 90 days": a figure is a report's count
    first = WORD_RE.match(text, mention.start)
    return first is not None and first.group().lower() in lengths


def _in_years(mention: Mention, text: str, units: Mapping[str, str]) -> bool:
    """Tell a count in years ("within five years", "in ten years", "en cinco años"): the writer's
    horizon or a span looked back on ("the fourth leader in five years"), not a report's deadline.

    comment17en: on dev and the stance bank such counts had turned back five comments by five
    annotators ("Only one of those sales will still be paying the village in ten years") and no
    fact; no gold deadline of dev or the deadline bank is counted in years.
    """
    if mention.kind != "duration":
        return False
    words = WORD_RE.findall(text, mention.start, mention.end)
    return bool(words) and units.get(words[-1].lower()) == "years"


_Counted = tuple[int, tuple[date, int, str]]  # a deadline's index, its count's start day, count and unit


def _served(
    deadlines: list[DeadlineMention], counted: list[_Counted], found: SentenceTemporal
) -> list[DeadlineMention]:
    """Run the hour counts of the sentence before from the time this one gives their act served on
    their day ("… within 48 hours. The ruling was served on the department at 1 p.m. on Wednesday.")."""
    if not found.served:
        return deadlines
    out = list(deadlines)
    for index, (day, num, unit) in counted:
        instant = next(
            (
                x.value
                for x in found.mentions
                if not x.deadline and isinstance(x.value, datetime) and x.value.date() == day
            ),
            None,
        )
        if instant is None:
            # "The ultimatum came in a video posted at 8 p.m. … on Sunday": the act served a day or
            # two before the count's day (publication), at its one time
            earlier = [
                x.value
                for x in found.mentions
                if not x.deadline
                and isinstance(x.value, datetime)
                and 0 < (day - x.value.date()).days <= _SERVED_DAYS
            ]
            instant = earlier[0] if len(earlier) == 1 else None
        if instant is None and found.served_at is not None:
            hour, minute, tz = found.served_at
            instant = datetime.combine(day, time(hour, minute), tzinfo=tz)
        if instant is not None:
            out[index] = replace(out[index], due=instant + timedelta(**{unit: num}))
    return out


def _laid_out(page: Layout, labelled: list[Labelled], insertion: bool) -> list[Labelled]:
    """Give each clause what its line's layout means (a heading is a fact, a turn its speaker's).

    Prose with no laid-out line is asked only for a service note standing alone ("Good morning.").
    """
    out = []
    for lab in labelled:
        item = page.relabel(lab.item, insertion=insertion)
        out.append(lab if item is lab.item else Labelled(item, None))
    return out


@dataclass(frozen=True)
class _Article:
    """What every sentence of one article is read against: its text, lexicon, layout and days."""

    text: str
    lex: Lexicon
    page: Layout
    published: datetime | None
    ref: date
    ref_dt: datetime | None
    default_tz: tzinfo


def _article(page: Layout, lex: Lexicon, published: datetime | None, now: datetime, raw: str) -> _Article:
    """Fix the reference day and zone the article's dates are read against."""
    # the rules read the text with its layout markers blanked (timestamps, bullets, tags)
    text = page.text
    published = _aware(published) if published is not None else None
    ref = (published or _aware(now)).date()
    default_tz = (
        _stated_offset(text, lex)
        or converted_local_offset(text, lex)
        or _dateline_zone(page, raw)
        or named_clock_zone(text, lex)
        or _article_zone(text, lex)
        or (_publication_zone(published, lex) if published is not None else None)
        or UTC
    )
    return _Article(text, lex, page, published, ref, published, default_tz)


@dataclass
class _Speakers:
    """Who spoke or was named last, carried to the next sentence ("she said", "dijo")."""

    names: _SpeakerNames  # the article's capitalised runs, read once for carrying and completing
    speaker: str | None = None
    subject: str | None = None  # the name the last sentence opened with, until someone speaks
    person: str | None = None  # the last person named as a speaker or a sentence's subject ("she said")
    near: str | None = None  # the person the sentence before opens with, when it reports nothing

    def previous(self) -> str | None:
        """Return who a sentence with no speaker of its own goes on quoting."""
        return self.near or self.speaker or self.subject

    def follow(self, art: _Article, seg: Segment, labelled: list[Labelled]) -> None:
        """Carry who this sentence named or quoted to the next one."""
        text, lex = art.text, art.lex
        opener = None
        if not seg.insertion:
            opener = self._opener(text, seg.start, seg.end, lex)
        # "Mayor Ana Ruiz toured the site. … she said": her, not the last body
        self.person = opener or self.person
        # "El ministro, Daniel Kerrigan, defendió la decisión. «…», dijo.": the person the sentence
        # before opens with, when it reports nothing, speaks next (a quote or a dropped subject)
        self.near = opener
        for lab in labelled:
            if lab.item.label in _REPORTED and lab.item.speaker:
                self.near = None
                self.speaker = lab.item.speaker
                if looks_like_person(self.speaker, lex) or _person_role(lab.item.role, lex):
                    # "An Interior Ministry spokeswoman said…. She added": her body
                    self.person = self.speaker
        if self.speaker is None and not seg.insertion:
            self.subject = _opening_subject(text, seg.start, seg.end, lex) or self.subject

    def _opener(self, text: str, start: int, end: int, lex: Lexicon) -> str | None:
        """Return the person a sentence opens with, past its fronted time or place ("El 11 de
        noviembre, ante la comisión, Iturraspe defendió…", "En Resistencia, la ministra, Graciela
        Benítez, habló…")."""
        for at in _past_fronted(text, start, end, lex):
            found = _person_opening(text, at, end, lex) or self._surname_opening(text, at, end, lex)
            if found is not None:
                return found
        return None

    def _surname_opening(self, text: str, start: int, end: int, lex: Lexicon) -> str | None:
        """Return the surname of a person named before that a sentence opens with alone ("Veric
        fue más lejos."): the antecedent of the next sentence's dropped subject."""
        m = WORD_RE.match(text, start, end)
        if m is None or not m.group()[:1].isupper():
            return None
        low = m.group().lower()
        if low in lex.stopwords or low in lex.determiners:  # two look-ups, not a union per sentence
            return None
        after = WORD_RE.search(text, m.end(), end)
        if after is None or not after.group()[:1].islower():
            return None
        surname = m.group()
        for words in self.names.ending_before(surname, start):
            name = _person_named(" ".join(words), lex)
            if name is not None and looks_like_person(name, lex):
                return surname
        return None


_FRONTED_MAX = 2  # "El 11 de noviembre, ante la Comisión de Salud del Senado, Iturraspe…"
_FRONTED_CHARS = 60  # a fronted time or place is short


def _past_fronted(text: str, start: int, end: int, lex: Lexicon) -> list[int]:
    """Return where a sentence starts and where it starts again past each fronted phrase of time
    or place set off by a comma: one that opens with a preposition or with an article and a figure
    ("En Resistencia,", "El 11 de noviembre,", "On Monday,")."""
    starts = [start]
    at = start
    for _ in range(_FRONTED_MAX):
        comma = text.find(",", at, min(end, at + _FRONTED_CHARS))
        words = WORD_RE.findall(text, at, comma) if comma > 0 else []
        fronted = bool(words) and (
            words[0].lower() in lex.prepositions
            or (len(words) > 1 and words[0].lower() in lex.determiners and words[1][:1].isdigit())
        )
        if not fronted:
            break
        at = comma + 1
        while at < end and text[at].isspace():
            at += 1
        starts.append(at)
    return starts


def _labelled(
    art: _Article, segments: list[Segment], k: int, items: list[Item], speakers: _Speakers
) -> list[Labelled]:
    """Label segment k's clauses, with the speaker carried from the sentences before."""
    seg = segments[k]
    labelled: list[Labelled] = _laid_out(
        art.page,
        label_sentence(
            art.text,
            seg.start,
            seg.end,
            art.lex,
            insertion=seg.insertion,
            previous_speaker=_turn_speaker(art.page, seg) or speakers.previous(),
            previous_person=speakers.person,
        ),
        seg.insertion,
    )
    interrupted = _interrupted(art.text, segments, k, items)
    if interrupted is not None and labelled and labelled[0].attribution is None:
        labelled[0] = _resumed(labelled[0], interrupted)
    return labelled


def _released(
    art: _Article, segments: list[Segment], k: int, items: list[Item], speakers: _Speakers
) -> list[Labelled] | None:
    """Give a later sentence of an inline insertion back to its paragraph when it is a plain fact
    (facts29): "…whatever she calls it. >> Reader's note: they said the same last time. Responses
    can be submitted online." The reader's remark is one sentence; a sentence after it that the
    rules read as a fact, in no reader's voice (`insertion_voice`: "My flight was cancelled"), is
    the article's own resumed. A report or a comment after it stays the reader's (`segments[k]` is
    replaced only when the sentence is released).
    """
    seg = segments[k]
    voice = art.lex.insertion_voice
    if voice is not None and voice.search(art.text, seg.start, seg.end):
        return None
    plain = replace(seg, insertion=False, tail=False)
    trial = [*segments[:k], plain, *segments[k + 1 :]]
    labelled = _labelled(art, trial, k, items, speakers)
    if not labelled or any(lab.item.label is not Label.FACT for lab in labelled):
        return None
    segments[k] = plain
    return labelled


def _turn_speaker(page: Layout, seg: Segment) -> str | None:
    """Return the guest whose tagged turn holds a segment ("Tom Hale: «…»"): a quotation with no
    attribution there is theirs, not the previous speaker's."""
    line = page.line_at(seg.start)
    if line is None or line.kind is not Kind.TURN or line.voice is not Voice.GUEST:
        return None
    return line.speaker


def _remarks(seg: Segment, labelled: list[Labelled]) -> bool:
    """Tell a reader's or writer's remark, or the outlet's service note alone or signpost, which
    sets no deadline and reports no event.

    A clause only the stance model calls comment may still hold a due date, which makes it a fact again.
    """
    return seg.insertion or all(
        (lab.item.label is Label.COMMENTARY and not by_stance_model(lab.item))
        or lab.item.reason in (SERVICE_ALONE_REASON, SIGNPOST_REASON)
        for lab in labelled
    )


@dataclass
class _Calendar:
    """The days earlier sentences gave, which the next sentence's dates are read against."""

    carried: date | None = None  # the statement day carried to undated sentences
    previous_day: date | None = None
    previous_start: date | datetime | None = None
    dated: list[tuple[int, int, date | datetime]] = field(default_factory=list)  # with its time when given
    named: list[tuple[int, date]] = field(default_factory=list)  # where each day so far was named
    lead_day: date | None = None  # the day the lead reports, when not the publication day
    lead_seen: bool = False

    def extract(
        self, art: _Article, seg: Segment, previous_due: date | datetime | None, due_days: int = 1
    ) -> SentenceTemporal:
        """Find the dates of one sentence, read against the days carried so far."""
        return extract(
            art.text,
            seg.start,
            seg.end,
            art.lex,
            ref=art.ref,
            ref_dt=art.page.statement_time(seg.start, art.published, art.default_tz) or art.ref_dt,
            carried_anchor=self.carried,
            previous_day=self.previous_day,
            previous_start=self.previous_start,
            dated_before=self.dated,
            lead_day=self.lead_day,
            previous_due=previous_due,
            due_days=due_days,
            named=self.named,
            default_tz=art.default_tz,
            past_default=art.published is None,
        )

    def advance(self, art: _Article, seg: Segment, found: SentenceTemporal) -> None:
        """Carry the days this sentence gave to the next one."""
        published, carried = art.published, self.carried
        if found.anchor is not None and (
            published is not None or carried is None or abs((found.anchor - carried).days) <= _CARRIED_DAYS
        ):
            # undated: the statement dates of one article cluster; a day far from the one carried
            # ("The Dec. 15 limit … still stands" read in the past year) is background, not the news
            self.carried = found.anchor
        if found.last_day is not None:
            self.previous_day = found.last_day
        self.previous_start = found.started  # "It is due to last 72 hours" counts from it
        self.named.extend(
            (x.start, day_of(x.value)) for x in found.mentions if x.value is not None and x.kind != "same_day"
        )

    def follow_lead(self, art: _Article, seg: Segment, found: SentenceTemporal) -> None:
        """Note the first day the lead reports and this sentence's news day."""
        # the lead's day is the first its opening paragraph reports ("Six days after the spill …
        # On Tuesday the agency fined …"), not only its first sentence's
        past_lead = art.published is not None and "\n" in art.text[: seg.start]
        if not self.lead_seen and art.published is not None:
            self.lead_seen = found.told_day is not None or past_lead
            if found.told_day is not None and found.told_day != art.published.date() and not past_lead:
                self.lead_day = found.told_day
        elif (
            self.lead_day is not None
            and art.published is not None
            and not past_lead
            and found.told_day == art.published.date()
        ):
            # "designó el viernes a la árbitra … La UEC anunció este lunes un paro": a lead that also
            # reports the publication's day tells today's news, and later acts with no day are today's
            self.lead_day = None
        told = next((x.value for x in found.mentions if not x.deadline and x.value is not None), None)
        if told is not None:  # the first day this sentence reports, for durations tied to its news
            self.dated.append((seg.start, seg.end, told))


@dataclass
class _SentenceChanges:
    """What this sentence's changes to deadlines mean for the dates it names."""

    settled: bool  # a deadline met or cancelled: "beating Wednesday's deadline" is not a new one
    broken: list[tuple[int, int, bool]]  # each break's span and whether it names the day missed
    new_dues: list[date]  # the new days of the extensions it reports

    def breaks_over(self, mention: Mention) -> list[bool]:
        """Return, for each break over a mention, whether it names a deadline missed."""
        return [named for start, end, named in self.broken if start < mention.end and end > mention.start]

    def outdate(self, value: date | datetime, missed: bool) -> bool:
        """Tell a due the changes make no new deadline: one met or cancelled, or the old one extended;
        never one a break names missed ("selló su pozo dentro del plazo … no pagó la multa que vencía
        el 30 de octubre": the met one settles nothing of the missed one)."""
        return not missed and (self.settled or any(day_of(value) < due for due in self.new_dues))


def _join_gapped(text: str, last_due: Mention, mention: Mention, lex: Lexicon) -> None:
    """Make a gapped conjunct after a due a due too, no earlier than it.

    "el primero vence el 10/10 y el segundo, el 10/11": a list of dues, in order.
    """
    if mention.value is not None and _gapped_after(text, last_due, mention, lex):
        mention.deadline = True
        mention.value = _not_before(mention.value, last_due.value)


def _owner(labelled: list[Labelled], mention: Mention) -> Item | None:
    """Return the clause a mention sits in."""
    return next((lab.item for lab in labelled if lab.item.start <= mention.start < lab.item.end), None)


def _restated(deadlines: list[DeadlineMention], value: date | datetime, extended: bool) -> int | None:
    """Return the index of the deadline a due day names again, if any."""
    same = next((i for i, d in enumerate(deadlines) if _same_deadline(d.due, value)), None)
    if same is None:
        return _midnight_of(deadlines, value)
    if extended and isinstance(deadlines[same].due, datetime) and not isinstance(value, datetime):
        # an extension's bare day is its own deadline, not a restated timed one
        # ("delay the cut until Thursday" after a grace period ending Thursday noon)
        return None
    if (
        isinstance(value, datetime)
        and not isinstance(deadlines[same].due, datetime)
        and (value.hour, value.minute) == (0, 0)
    ):
        return None  # "until midnight Sunday" ends Sunday: no time of Monday's due
    if _day_after_cutoff(deadlines[same], value):
        return None
    return same


def _day_after_cutoff(cutoff: DeadlineMention, value: date | datetime) -> bool:
    """Tell a bare day right after a midnight cut-off that named its eve ("until midnight on Sunday,
    November 1" … "the tariffs would apply from November 2"): the next day's own due, not the
    cut-off told again (which "00:00 del 2 de noviembre" … "el 2 de noviembre" is)."""
    due = cutoff.due
    if isinstance(value, datetime) or not isinstance(due, datetime) or (due.hour, due.minute) != (0, 0):
        return False
    return due.date() == value and re.search(rf"(?<!\d)0?{value.day}(?!\d)", cutoff.evidence) is None


def _midnight_of(deadlines: list[DeadlineMention], value: date | datetime) -> int | None:
    """Return the index of the bare-day deadline whose day ends at a midnight named later ("until
    Nov. 13" … "at midnight Brussels time on 13 November", 00:00 of the 14th): the same deadline."""
    if not isinstance(value, datetime) or (value.hour, value.minute) != (0, 0):
        return None
    eve = value.date() - timedelta(days=1)
    return next(
        (i for i, d in enumerate(deadlines) if not isinstance(d.due, datetime) and d.due == eve), None
    )


@dataclass
class _Dues:
    """The deadlines, events and changes found so far, and the counts still waiting for a day."""

    deadlines: list[DeadlineMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    changes: list[DeadlineChange] = field(default_factory=list)
    # deadlines counted from an event no sentence had dated yet: (index, tie, sentences left)
    ties: list[_Tie] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)
    # hour counts of the sentence before with no time of their act: (deadline index, start day, count, unit)
    counted: list[_Counted] = field(default_factory=list)
    # the time the sentence before gives an act served or a news conference ("told a news conference
    # at 10 a.m."), and this sentence's, for the hour counts of the sentence after it
    served_before: tuple[int, int, tzinfo] | None = None
    served_now: tuple[int, int, tzinfo] | None = None
    called_off: bool = False  # a change so far called a strike or threat off (kept, not searched for)

    def previous_due(self) -> date | datetime | None:
        """Return the due of the last deadline found, which a due hour with no day of its own completes."""
        return self.deadlines[-1].due if self.deadlines else None

    def due_days(self) -> int:
        """Return how many days the deadlines found so far fall due on ("that deadline" is sure with one)."""
        return len({day_of(d.due) for d in self.deadlines})

    def settle_waiting(self, art: _Article, seg: Segment, found: SentenceTemporal) -> None:
        """Date the deadlines waiting for an event's day or an act's time from this sentence."""
        self.ties = _date_ties(
            self.ties, self.deadlines, art.text[seg.start : seg.end], found.mentions, self.dropped, seg.start
        )
        if self.counted:
            self.deadlines = _served(self.deadlines, self.counted, found)
        self.counted = []
        self.served_before, self.served_now = self.served_now, found.served_at if found.served else None

    def take_changes(self, art: _Article, seg: Segment, found: SentenceTemporal) -> _SentenceChanges:
        """Record the changes this sentence reports and return what they mean for its dates."""
        found_all = _changes(art.text, seg.start, seg.end, art.lex, found.mentions)
        # a strike or threat is called off once: a later "voted to suspend the walkout" retells it
        self.changes.extend(
            c for c in _reported(found_all) if not (self.called_off and c.kind is ChangeKind.CANCEL)
        )
        found_changes = [f.change for f in found_all if f.settles]  # those that settle dates
        self.called_off = self.called_off or any(f.change.kind is ChangeKind.CANCEL for f in found_all)
        # "beating Wednesday's deadline": a deadline met, broken or cancelled is not a new one
        settled = any(c.kind in (ChangeKind.MEET, ChangeKind.CANCEL) for c in found_changes)
        # the day a break names is the deadline missed, gold of this article (corpus README
        # rule 14: "missed the June 30 deadline", "el plazo venció el 13 de noviembre sin …")
        broken = [
            _missed_span(art.text, seg.start, f.change, found.mentions, art.lex)
            for f in found_all
            if f.change.kind is ChangeKind.BREAK
        ]
        # "the rebate, which was due to lapse on January 31, was extended to February 28": the
        # old due in an extension's sentence is no deadline of its own
        new_dues = [day_of(c.new_due) for c in found_changes if c.new_due is not None]
        return _SentenceChanges(settled, broken, new_dues)

    def take_mentions(
        self,
        art: _Article,
        seg: Segment,
        found: SentenceTemporal,
        labelled: list[Labelled],
        items_before: bool,
    ) -> None:
        """Record the deadlines and dated events this sentence names."""
        text = art.text
        changed = self.take_changes(art, seg, found)
        last_due: Mention | None = None  # this sentence's, for a gapped conjunct after it
        for mention in found.mentions:
            if mention.value is None:
                continue
            if last_due is not None and not mention.deadline:
                _join_gapped(text, last_due, mention, art.lex)
            if mention.deadline:
                last_due = mention
            owner = _owner(labelled, mention)
            if owner is not None and owner.label is Label.COMMENTARY:
                continue
            if mention.kind == "same_day":
                self._time_last_deadline(mention)
                continue
            names = changed.breaks_over(mention)
            missed = any(names) and mention.kind != "duration"
            if names and not missed and mention.deadline:
                continue  # a break settles the truce it names or a length it restates
            if missed:
                mention.value = _gone_by(mention.value, art.ref, art.ref_dt)  # its own sentence's, used once
            if mention.deadline or missed:
                if not changed.outdate(mention.value, missed):
                    self._take_deadline(
                        art, seg, mention, mention.value, owner, extended=bool(changed.new_dues)
                    )
            elif not _dateline(art, mention.value, owner, items_before):
                self._take_event(art, seg, mention, mention.value, owner)

    def _time_last_deadline(self, mention: Mention) -> None:
        """Give the last deadline the time "the same day" names ("a las 18:00 de ese día")."""
        if self.deadlines and isinstance(value := mention.value, datetime):
            last = self.deadlines[-1]
            if not isinstance(last.due, datetime):
                at = datetime.combine(last.due, value.timetz())
                self.deadlines[-1] = replace(last, due=at)

    def _take_deadline(
        self,
        art: _Article,
        seg: Segment,
        mention: Mention,
        value: date | datetime,
        owner: Item | None,
        *,
        extended: bool,
    ) -> None:
        """Record a due mention as a new deadline, or complete the one it names again."""
        text = art.text
        same = _restated(self.deadlines, value, extended)
        if same is not None:
            self._time_restated(art, same, mention, value)
            return
        ev_start = min(mention.evidence_start, mention.start)
        if mention.tie is not None:
            self.ties.append((len(self.deadlines), mention.tie, _TIE_SENTENCES))
        if mention.count is not None and self.served_before is not None and isinstance(value, datetime):
            # "Solbakk told a news conference at 10 a.m. She said … within 72 hours": from 10 a.m.
            day, num, unit = mention.count
            hour, minute, tz = self.served_before
            value = datetime.combine(day, time(hour, minute), tzinfo=tz) + timedelta(**{unit: num})
        elif mention.count is not None:
            self.counted.append((len(self.deadlines), mention.count))
        self.deadlines.append(
            DeadlineMention(
                what=_what(owner.text if owner else text[seg.start : seg.end]),
                due=value,
                evidence=text[ev_start : mention.end],
                start=ev_start,
                end=mention.end,
                condition=owner.condition if owner else None,
                speaker=owner.speaker if owner else None,
            )
        )

    def _time_restated(self, art: _Article, same: int, mention: Mention, value: date | datetime) -> None:
        """Complete a deadline named again with the time of day it lacked.

        "extended to Oct. 24" … "ends on": the same deadline; "hasta el 1 de abril" … "a las 00:01":
        the time given the second time completes the first.
        """
        if isinstance(self.deadlines[same].due, datetime) or not isinstance(value, datetime):
            return
        midnight = day_of(self.deadlines[same].due) != value.date()  # its day's end, named later
        self.deadlines[same] = replace(self.deadlines[same], due=value)
        if mention.kind == "date" and not midnight:
            # restated with its day and time ("pushing back to Nov. 13" … "The new
            # cut-off is 6 p.m. on Nov. 13"): the full statement is the evidence
            ev_start = min(mention.evidence_start, mention.start)
            self.deadlines[same] = replace(
                self.deadlines[same],
                evidence=art.text[ev_start : mention.end],
                start=ev_start,
                end=mention.end,
            )

    def _take_event(
        self, art: _Article, seg: Segment, mention: Mention, value: date | datetime, owner: Item | None
    ) -> None:
        """Record a dated mention that is no deadline as an event of the article's news."""
        text = art.text
        day = value.date() if isinstance(value, datetime) else value
        ev_start = mention.start
        lead = art.lex.evidence_prefix_re.search(text, max(seg.start, ev_start - 5), ev_start)
        if lead is not None and lead.end() == ev_start:
            ev_start = lead.start()
        self.events.append(
            EventMention(
                what=_what(owner.text if owner else text[seg.start : seg.end]),
                date=day,
                evidence=text[ev_start : mention.end],
                start=ev_start,
                end=mention.end,
            )
        )

    def finished(self) -> list[DeadlineMention]:
        """Return the deadlines, less those counted from an event the article never dated."""
        self.dropped.update(index for index, tie, _ in self.ties if tie[3])  # the article ended undated
        return [d for i, d in enumerate(self.deadlines) if i not in self.dropped]


def _dateline(art: _Article, value: date | datetime, owner: Item | None, items_before: bool) -> bool:
    """Tell the dateline of the report itself ("said on Tuesday"), which is not news."""
    day = value.date() if isinstance(value, datetime) else value
    return (
        art.published is not None
        and day == art.published.date()
        and (not items_before or (owner is not None and owner.label in _REPORTED))
    )


def _read_sentences(art: _Article, names: _SpeakerNames) -> tuple[list[Item], _Dues]:
    """Label every sentence and collect its dates, carrying speakers and days from one to the next."""
    items: list[Item] = []
    speakers, calendar, dues = _Speakers(names), _Calendar(), _Dues()
    segments = art.page.segments(segment(art.text, art.lex))
    for k, seg in enumerate(segments):
        labelled = _released(art, segments, k, items, speakers) if seg.tail else None
        if labelled is not None:
            seg = segments[k]
        else:
            labelled = _labelled(art, segments, k, items, speakers)
        found = None
        if not _remarks(seg, labelled):
            found = calendar.extract(art, seg, dues.previous_due(), dues.due_days())
            labelled = _due_outweighs_stance(
                labelled,
                found.mentions,
                art.text,
                art.lex.horizon_openers,
                art.lex.duration_length_preps,
                art.lex.units,
            )
        speakers.follow(art, seg, labelled)
        items.extend(lab.item for lab in labelled)
        if found is None or all(lab.item.label is Label.COMMENTARY for lab in labelled):
            continue  # still only the writer's remarks
        calendar.advance(art, seg, found)
        dues.settle_waiting(art, seg, found)
        calendar.follow_lead(art, seg, found)
        items_before = len(items) > len(labelled)  # False in the lead sentence
        dues.take_mentions(art, seg, found, labelled, items_before)
    return items, dues


def _restored(
    original: str, page: Layout, items: list[Item], deadlines: list[DeadlineMention], dues: _Dues
) -> tuple[list[Item], list[DeadlineMention], list[EventMention], list[DeadlineChange]]:
    """Give items and evidence back the layout markers the rules read blanked."""
    if not page.lines:
        return items, deadlines, dues.events, dues.changes
    return (
        page.restore(original, items),
        [replace(d, evidence=original[d.start : d.end]) for d in deadlines],
        [replace(e, evidence=original[e.start : e.end]) for e in dues.events],
        [replace(c, evidence=original[c.start : c.end]) for c in dues.changes],
    )


def analyze_text(text: str, *, published: datetime | None, lang: str, now: datetime) -> Analysis:
    """Analyse one article (see bot.analysis.analyze)."""
    code = detect_language(text) if lang == "auto" else lang
    if code is None:
        raise UnknownLanguageError("could not tell the language of the text; pass --lang")
    lex = load_lexicon(code)
    art = _article(read_layout(text, lex), lex, published, now, text)
    names = _SpeakerNames(art.text, lex)  # the article's names, read once for carrying and completing
    items, dues = _read_sentences(art, names)
    items, deadlines = _complete_speakers(names, items, dues.finished())
    items, deadlines, events, changes = _restored(text, art.page, items, deadlines, dues)
    return Analysis(code, art.published, tuple(items), tuple(deadlines), tuple(events), tuple(changes))
