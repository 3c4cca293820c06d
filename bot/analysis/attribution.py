"""Find who a clause attributes its content to: cue verb, speaker name, role, kind of source."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple, cast

import simplemma

from bot.analysis.lexicon import Lexicon, places
from bot.analysis.text import WORD_RE, clause_words, inside

# How far after a non-core reporting verb its "que"/"that" may come ("declaró a TASS que").
_COMPLEMENT_WINDOW = 8
# A nameless "subject" longer than this is a clause, not a source ("está dispuesto a usar…").
_MAX_SUBJECT_WORDS = 6
# A word's colon before a space ("LOCUTOR: …"), not a time's ("12:00"): a speaker's tag.
TAG_COLON = re.compile(r"(?<=[^\W\d_)]):\s")
# A title and a name called at a sentence's start or end ("Ministra Ruiz, …", ", ministra Ruiz."):
# at most this many words.
VOCATIVE_WORDS = 3
_MAX_SUBJECT_CHARS = 200
_WORD_CACHE_MAX = 200_000
# A subject after its verb ("añadió el ministro Pérez que", ", announced the FNV union") is a
# short noun phrase whose name or role starts within this many words of the verb; a longer
# one is the reported content ("but said Russian drones had struck Kharkiv").
_POST_SUBJECT_LEAD = 2
_DEFINITE = "definite description of a body"
DOCUMENT_REASON = "a document of the speaker named before"  # "según el auto": its issuer speaks
# The reason of a source with no name and no known shape: the layout tests for it (layout.py).
NO_NAME_REASON = "no name in the source"
_ENCLITICS_MAX = 2  # "explicándoselo": two pronouns glued at most
_RELATIVE_REACH = 5  # words a reduced relative's time or "by" phrase may run to
_AUX_REACH = 3  # "ha confirmado", "había ya dicho", "ha sido anunciado": the auxiliary a few words back
_ASIDE_WORDS = 3  # ", por su parte,", ", sin embargo,": a short aside between subject and verb
_NOUN_REACH = 3  # "its highest flood warning": a determiner a few words before a noun
_REFUSAL_REACH = 30  # "declined to", "se negó a": the refusal stands right before the verb
_APPOSED_HEAD_WORDS = 4  # "His rival, Lena Ostrova, said…": a short head before a name set off by commas
_RELATIVE_WINDOW = 80  # "…que el Frente Comunero del Catatumbo declaró": a few words before the verb
_QUOTE_ENDS = (",", '"', "”", "»", "'", "’")  # what ends a quote before a post-quote cue
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_NP_STOP = re.compile(r"\.(?=\s|$)|[;!?\"“”«»()]|:(?!\d)|\s[—–]\s")  # not the ":" of "17:00"
# "del Sindicato de Estibadores (QDU), Niamh Ferris": a body's acronym in brackets goes on with its name
_ACRONYM_BRACKETS = re.compile(r"\(\w*[A-ZÁÉÍÓÚÑ]{2,}\w*\)")


class SourceKind(StrEnum):
    """How identifiable the source of an attributed clause is."""

    NAMED = "named"
    CARRIED = "carried"  # a pronoun or dropped subject standing for the previous named speaker
    UNNAMED = "unnamed"
    VAGUE = "vague"  # a vague source the lexicon names ("analistas", "officials")
    UNKNOWN = "unknown"  # a subject with no name and no known shape


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution found in a clause; spans are offsets into the (normalised) clause."""

    kind: SourceKind
    cue: str
    speaker_span: tuple[int, int] | None
    role_span: tuple[int, int] | None
    content_start: int  # where the attributed content begins (after the cue)
    reason: str
    person: bool = False  # carried by "he"/"she"/"él"/"ella": the last person named, not a body


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    return str(simplemma.lemmatize(word, lang=lang))


def _scan_tokens(text: str, start: int, stop: int, words: Sequence[str] | None = None) -> list[_Tok]:
    """Return the word tokens of text[start:stop] (`words`: their strings, already found)."""
    # tuple.__new__ skips the NamedTuple constructor's Python frame (hot: every clause), and
    # str.find locates each word more cheaply than a match object's methods: a token starts
    # at the first word character after the one before it, which is where find finds it
    make, find, out, pos = tuple.__new__, text.find, [], start
    for word in WORD_RE.findall(text, start, stop) if words is None else words:
        pos = find(word, pos)
        end = pos + len(word)
        out.append(make(_Tok, (word, pos, end)))
        pos = end
    return out


_TOKENS_KEPT = 16  # clauses whose tokens are kept (a clause's steps ask for spans of it)
_kept_tokens: dict[str, tuple[list[_Tok], list[int]]] = {}


def _tokens(
    text: str, start: int = 0, end: int | None = None, words: Sequence[str] | None = None
) -> list[_Tok]:
    """Return the word tokens of text[start:end] (`words`: the whole text's words, if found).

    A clause is tokenized once: its subjects, the phrase after a verb and the pieces between
    its commas are cut from the kept list (a bisect on the starts) instead of scanned again.
    A span that cuts a token is scanned on its own, as the regex reads it there.
    """
    found = _kept_tokens.get(text)
    if found is None:
        if len(_kept_tokens) >= _TOKENS_KEPT:
            _kept_tokens.clear()
        every = _scan_tokens(text, 0, len(text), words)
        found = _kept_tokens[text] = (every, [t.start for t in every])
    toks, starts = found
    stop = len(text) if end is None else end
    lo, hi = bisect_left(starts, start), bisect_left(starts, stop)
    if start < 0 or (lo and toks[lo - 1].end > start) or (hi and toks[hi - 1].end > stop):
        return _scan_tokens(text, start, stop)
    return toks[lo:hi]


_NOT_A_VERB = (False, False, False)


def _word_class(word: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Return the cached verb classification of a word (see _classify)."""
    cache = lex.word_cache
    found = cache.get(word)
    if found is None:
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()  # a long-running bot sees an open vocabulary: keep memory bounded
        found = _classify(word, lex)
        if found == _NOT_A_VERB:
            found = _NOT_A_VERB  # one object, so a clause's verbs are told by identity
        cache[word] = found
    return found


def _is_reporting(word: str, lex: Lexicon) -> tuple[bool, bool]:
    """Return (is a reporting verb, is a core one that needs no complementizer)."""
    found = _word_class(word, lex)
    return found[0], found[1]


def name_and_office(phrase: str, lex: Lexicon) -> tuple[str, str | None]:
    """Return the name a phrase ends with and the office before it ("Transport Minister Ana Ruiz"
    -> "Ana Ruiz", "Transport Minister"); the phrase itself when it ends with no shorter name."""
    kind, name, role, _ = _source_of(phrase, 0, len(phrase), lex)
    if kind is not SourceKind.NAMED or name is None or name[1] != len(phrase) or name[0] == 0:
        return phrase, None
    found = phrase[name[0] :]
    if len(found.split()) < 2:
        return phrase, None  # "Minister Ruiz": no first name to stand for the person alone
    return found, phrase[role[0] : role[1]] if role is not None else None


def is_reporting_verb(word: str, lex: Lexicon) -> bool:
    """Tell a reporting verb by the test attribution uses, its exclusions too ("ordenó", "reported")."""
    return _word_class(word, lex)[0]


def _classify(word: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Return (reporting verb, core reporting verb, official act verb) for a word."""
    low = word.lower()
    lemma = _lemma(low, lex.simplemma_code)
    act = lemma in lex.act_lemmas
    if low in lex.reporting_exclude:
        return False, False, act
    if low in lex.reporting_forms:
        return True, True, act
    if lemma in lex.reporting_lemmas:
        return True, lemma in lex.reporting_core, act
    return False, False, act


def _perfects_joined(
    text: str, toks: list[_Tok], classes: list[tuple[bool, bool, bool]], lex: Lexicon
) -> list[_Tok]:
    """Return the tokens with each reporting participle spanning its auxiliary ("ha dicho"): the
    subject ends before the auxiliary, and the cue is the whole verb."""
    out = toks
    words = [t.text for t in toks]
    for k in range(1, len(toks)):
        if classes[k][0] and _perfect_at(words, k, lex):
            out = list(out) if out is toks else out
            out[k] = _Tok(text[toks[k - 1].start : toks[k].end], toks[k - 1].start, toks[k].end)
    return out


def _perfect_at(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Tell a participle right after a perfect's auxiliary, outside a relative clause ("que había
    anunciado para el 20 de julio" narrates what the noun before it is)."""
    if words[k - 1].lower() not in lex.perfect_auxiliaries:
        return False
    return k < 2 or words[k - 2].lower() not in lex.relative_pronouns


def _verb_start(toks: list[_Tok], idx: int, lex: Lexicon) -> int:
    """Return where a verb starts: at its perfect's auxiliary, if it has one ("ha dicho")."""
    if idx > 0 and toks[idx - 1].text.lower() in lex.perfect_auxiliaries:
        return toks[idx - 1].start
    return toks[idx].start


def _perfect_participles(
    words: Sequence[str], classes: list[tuple[bool, bool, bool]], lex: Lexicon
) -> list[tuple[bool, bool, bool]]:
    """Return the verb classes with a reporting participle right after a perfect's auxiliary
    ("ha dicho", "había pedido"): a verb there, though alone the word is a noun or an adjective
    ("el dicho", "el pedido") or one the lemmatiser leaves as it is."""
    auxiliaries = lex.perfect_auxiliaries
    if not auxiliaries or auxiliaries.isdisjoint(map(str.lower, words[:-1])):
        return classes  # most clauses: no auxiliary, so no participle after one
    out = classes
    for k in range(1, len(words)):
        if out[k] is _NOT_A_VERB and _perfect_at(words, k, lex):
            infinitive = _participle_infinitive(words[k].lower(), lex)
            if infinitive is not None:
                out = list(out) if out is classes else out  # the cached list is shared
                out[k] = (True, infinitive in lex.reporting_core, infinitive in lex.act_lemmas)
    return out


def _participle_infinitive(low: str, lex: Lexicon) -> str | None:
    """Return the reporting infinitive a participle comes from ("dicho" -> "decir")."""
    for ending, infinitives in lex.participle_infinitives.items():
        if low.endswith(ending) and len(low) > len(ending):
            stem = low[: -len(ending)]
            found = next((stem + i for i in infinitives if stem + i in lex.reporting_lemmas), None)
            if found is not None:
                return found
    return None


def _is_title(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    cache = lex.title_cache  # a dict lookup: the lemma's LRU cache costs a call per word
    found = cache.get(low)
    if found is None:
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()  # an open vocabulary: keep memory bounded
        found = cache[low] = low in lex.titles or _lemma(low, lex.simplemma_code) in lex.titles
    return found


def _capitalised(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _initial(text: str, toks: list[_Tok], i: int) -> bool:
    """Tell a one-letter initial before a surname ("A. Smith", "E. Ruiz"), not the article
    "A" or the conjunction "E" that opens a sentence."""
    tok = toks[i]
    return (
        len(tok.text) == 1
        and tok.text.isupper()
        and text.startswith(". ", tok.end)
        and i + 1 < len(toks)
        and toks[i + 1].start == tok.end + 2
        and _capitalised(toks[i + 1])
    )


def _name_runs(text: str, toks: list[_Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """Return token index ranges [i, j) of capitalised runs (names, organisations)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.text.lower()
        initial = len(low) == 1 and _initial(text, toks, i)  # "E. Ruiz" is no conjunction "e"
        first = i == 0 and not initial
        if (
            _capitalised(tok)
            and not (
                first
                and (
                    low in lex.stopwords
                    or low in lex.determiners
                    or low in lex.pronoun_subjects
                    or low in lex.prepositions  # "Under the code, …": no name
                    or low in lex.subordinators  # "When Oskar Lindqvist … appeared": no name's word
                    or low in lex.time_openers  # "Last year the club said": a time, no name
                    or (low in lex.number_words and _counts(text, toks, i))  # "Diez días para…": no name
                    or _writer_opener(toks, i, lex)  # "Let nobody say", "Ganaron los patrocinadores"
                )
            )
            and (initial or low not in lex.pronoun_subjects)
            # "the people I talked to today say": the writer's "I" names no one
            and (initial or tok.text != "I" or low not in lex.writer_pronouns)
            and low not in lex.weekdays
            # "on Friday, the union said": a day is no name ("Theresa May" is, and so is "Julio
            # Arévalo": a month's word right before a capitalised word, not after a preposition)
            and (low not in lex.months or _month_first_name(text, toks, i, lex))
        ):
            j = i + 1
            while j < len(toks):
                gap = text[toks[j - 1].end : toks[j].start].strip()
                # "Office of the U.S. Trade Representative": a dotted acronym's own full stop
                # (or an initial's: "A. Smith")
                dotted = gap == "." and ("." in toks[j - 1].text or _initial(text, toks, j - 1))
                if toks[j].text in _NUMBER_SIGNS and j + 1 < len(toks) and toks[j + 1].text.isdigit():
                    j += 2  # "Commercial Court No. 2", "Juzgado Nº 4": the number is the name's
                elif (_capitalised(toks[j]) or _particle_name(toks[j].text, lex)) and (
                    gap in ("", "'", "’") or dotted
                ):
                    j += 1  # "Faisal al-Rashid": a particle joined to a capital goes on with the name
                elif toks[j].text.lower() in lex.name_particles or (
                    toks[j].text.lower() in lex.place_particles and _body_run(toks[i:j], lex)
                ):
                    # one particle before the next capital; two after a body's noun ("Juzgado de
                    # lo Social", "Office of the U.S."), not after a person ("Tembo of the Alliance");
                    # a place's only after a body's noun ("Delegación del Gobierno en Canarias")
                    k = j + 1
                    if (
                        k < len(toks)
                        and toks[k].text.lower() in lex.name_particles
                        and any(t.text.lower() in lex.institutions for t in toks[i:j])
                    ):
                        k += 1
                    gap = text[toks[j - 1].end : toks[k].start] if k < len(toks) else ","
                    if k < len(toks) and _capitalised(toks[k]) and "," not in gap:
                        j = k + 1
                    else:
                        break
                else:
                    break
            if trade_title([t.text for t in toks[i:j]], lex):
                i += 1  # "Lawyer Ana Ruiz": the trade is her title, not her first name
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _writer_opener(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """Tell a sentence's first word that opens the writer's own phrase, never a name: a listed
    one ("Let nobody say", "Nothing says"), an adverb of manner ("Properly declared", a known word
    plus its ending), or a verb an article or an infinitive follows ("Ganaron los patrocinadores",
    "Conviene recordar"; not "Olivares dijo")."""
    low = toks[i].text.lower()
    if low in lex.opener_words:
        return True
    for end in lex.adverb_endings:
        stem = low[: -len(end)]
        if low.endswith(end) and len(stem) > 3 and simplemma.is_known(stem, lang=lex.simplemma_code):
            return True
    if i + 1 >= len(toks) or not _verb_form(low, lex):
        return False
    nxt = toks[i + 1].text
    infinitive = nxt.endswith(lex.fragment_verb_endings) and _lemma(nxt, lex.simplemma_code) == nxt
    return nxt.islower() and (nxt in lex.determiners or infinitive)


_NUMBER_SIGNS = frozenset({"No", "Nº", "N.º", "Núm", "Num", "Nr"})  # "Court No. 2", "Juzgado Nº 4"


def _body_run(toks: list[_Tok], lex: Lexicon) -> bool:
    """Tell a capitalised run that holds a body's noun ("Delegación del Gobierno", "Subdelegación")."""
    return any(t.text.lower() in lex.institutions or t.text.lower() in lex.body_nouns for t in toks)


def _month_first_name(text: str, toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """Tell a first name that is a month's word ("Julio Arévalo", "June Carter") from a month
    ("in March Ana Ruiz said", "July 4")."""
    return (
        i + 1 < len(toks)
        and _capitalised(toks[i + 1])
        and text[toks[i].end : toks[i + 1].start] == " "
        and (i == 0 or toks[i - 1].text.lower() not in lex.prepositions)
        and toks[i + 1].text.lower() not in lex.months
        and toks[i + 1].text.lower() not in lex.weekdays
    )


def _particle_name(word: str, lex: Lexicon) -> bool:
    """Tell a surname joined to its particle ("al-Rashid", "bin-Salem")."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head.lower() in lex.name_particles and tail[:1].isupper()


def job_word(word: str, lex: Lexicon) -> bool:
    """Tell a capitalised common noun of a trade ("Lawyer", "Striker"), a title the lexicon does
    not list: a dictionary word with an agent's ending."""
    return word[:1].isupper() and _trade_noun(word, lex)


def _trade_noun(word: str, lex: Lexicon) -> bool:
    """Tell a common noun of a trade in any case ("lawyer", "economist"): a dictionary word with
    an agent's ending."""
    low = word.lower()
    return (
        low.endswith(lex.job_endings)
        and low not in lex.stopwords
        and simplemma.is_known(low, lang=lex.simplemma_code)
    )


def trade_title(words: Sequence[str], lex: Lexicon) -> bool:
    """Tell a trade's noun before a person's full name ("Lawyer Ana Ruiz"), not a body's first
    word ("Meridian Bulk Carriers") nor a two-word name ("Baker Hughes")."""
    return len(words) > 2 and job_word(words[0], lex) and looks_like_person(" ".join(words[1:]), lex)


def _counts(text: str, toks: list[_Tok], i: int) -> bool:
    """Tell a number word that counts the word right after it ("Diez días", "Ten mayors"), not
    a surname set off by a comma ("Diez, portavoz de la patronal, dijo")."""
    return i + 1 < len(toks) and not text[toks[i].end : toks[i + 1].start].strip()


def _predicate_adjective(text: str, toks: list[_Tok], run: tuple[int, int], lex: Lexicon) -> bool:
    """Tell an inverted predicate's adjective at a sentence start ("Ruinoso es, sobre todo, …",
    "Revealing is how…"): a dictionary word before a copula and a comma or a complementizer, not
    a name ("Ruiz es la nueva alcaldesa")."""
    i, j = run
    if j - i != 1 or j >= len(toks) or toks[j].text.lower() not in lex.predicate_copulas:
        return False
    if text[: toks[i].start].strip(" \t\n>\"“«'‘(¿¡-—–") or text[toks[i].end : toks[j].start].strip():
        return False
    nxt = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
    if not (
        text[toks[j].end :].lstrip().startswith(",") or nxt in lex.complementizers or nxt in lex.subordinators
    ):
        return False  # "Federico es el nuevo alcalde": a name's sentence goes on with its predicate
    low = toks[i].text.lower()
    if not low.endswith(lex.predicate_adjective_endings):
        return False
    lemma = _lemma(low, lex.simplemma_code)
    return lemma.islower() and simplemma.is_known(low, lang=lex.simplemma_code)


# "Young also said", "Blanco ya había dicho": a surname's verb comes within this many words
_OPENER_REACH = 2


def _common_opener(text: str, toks: list[_Tok], run: tuple[int, int], lex: Lexicon) -> bool:
    """Tell a capitalised common word that opens a sentence and heads a lower-case phrase ("Tough
    love, perhaps, but … announced", "Quiet weeks like this … announced") from a surname that is
    also a word ("Young said", "Guerra insistió", "Price, the union's lawyer, said", "Rosa Guerra").

    A second capitalised part ("Tough Mudder") or a title before it makes a name; so does a comma,
    a function word or the verb right after it.
    """
    i, j = run
    if j - i != 1 or j >= len(toks):
        return False
    if text[: toks[i].start].strip(_OPENING_MARKS) or text[toks[i].end : toks[j].start] != " ":
        return False
    word, nxt = toks[i].text, toks[j].text
    if not nxt.islower() or nxt in lex.stopwords or nxt in lex.name_particles or word.isupper():
        return False
    if nxt in lex.pronoun_subjects or nxt in lex.relative_days or nxt in lex.weekdays:
        return False  # "Rosa hoy, en la radio, dijo", "Young yesterday …": a subject's adverb of time
    low = word.lower()
    if _is_title(low, lex) or _verb_form(nxt, lex) or not _far_from_verb(text, toks[i].start, lex):
        return False  # "Price spent the week negotiating and … announced": a surname's own verb
    return _lemma(low, lex.simplemma_code) != low or simplemma.is_known(low, lang=lex.simplemma_code)


def _verb_form(word: str, lex: Lexicon) -> bool:
    """Tell an inflected verb ("spent", "llevaba"): a lemma that differs from the word and is a
    verb's (the verbless-fragment lists: `fragment_verbs`, `fragment_verb_endings`)."""
    lemma = _lemma(word, lex.simplemma_code)
    return lemma != word and (lemma in lex.fragment_verbs or lemma.endswith(lex.fragment_verb_endings))


def _far_from_verb(text: str, pos: int, lex: Lexicon) -> bool:
    """Tell a word at `pos` whose clause reaches its first reporting or act verb only after more
    than a surname's adverbs and auxiliaries ("Young has also said" is near)."""
    every = _tokens(text)  # the whole clause, kept: a subject's piece may end at a comma
    first = bisect_left([t.start for t in every], pos)
    for k in range(first + 1, min(len(every), first + _OPENER_REACH + 3)):
        if any(_word_class(every[k].text, lex)):
            return False
    return True


_OPENING_MARKS = " \t\n>\"“«'‘(¿¡-—–"


def _generic_plural(text: str, toks: list[_Tok], run: tuple[int, int], lex: Lexicon) -> bool:
    """Tell a capitalised common plural at a sentence start ("Workers", "Estibadores"); after a
    word ("Según Carabineros", "according to Ferris") the capital makes it a name."""
    i, j = run
    if j - i != 1 or i != 0 or text[: toks[i].start].strip(_OPENING_MARKS):
        return False
    low = toks[i].text.lower()
    return low.endswith("s") and _lemma(low, lex.simplemma_code) != low and not _is_title(low, lex)


_PHRASE_WORDS = 3  # "una docena de", "a couple of": the longest quantifier or member opener
_COUNTED_WORDS = 4  # "Three opposition lawmakers", "dos de los tres jueces": the plural comes soon


def _counted_group(part: str, lex: Lexicon) -> bool | None:
    """Tell a subject that counts people or bodies it names none of ("Diez alcaldes", "Three
    opposition lawmakers", "más de 200 médicos"): True; False for a count of time ("Two weeks
    later, Ana Ruiz") or a group whose members a comma names ("Dos sindicatos, CCOO y UGT,");
    None when the subject opens with no count."""
    if not _may_open_count(part, lex):
        return None  # most subjects: the split and the word list are not needed
    cut = _CLAUSE_COMMA.search(part)  # "3,000 farmers": a figure's comma cuts nothing
    head, comma, rest = (part[: cut.start()], ",", part[cut.end() :]) if cut else (part, "", "")
    words = WORD_RE.findall(head)
    k = _count_end([w.lower() for w in words], lex)
    if k == 0:
        return None
    plural = next((i for i in range(k, min(len(words), k + _COUNTED_WORDS)) if _plural(words[i], lex)), None)
    if plural is None or not words[plural][:1].islower() or (k == plural and not words[k][:1].islower()):
        return None  # "Diez Canseco", "Dos sindicatos CCOO": a name, not a count
    # "Two League deputies", "Three Harbour Union members": a body's name qualifies the counted
    # people, who stay unnamed
    if words[plural].lower() in lex.units or (plural + 1 < len(words) and words[plural + 1][:1].isupper()):
        return False
    if plural + 1 < len(words) and _verb_form(words[plural + 1], lex):
        return None  # "About 19,000 employers missed the deadline, the director … told": the content's
    return not (comma and _names_members(rest, lex))


def _may_open_count(part: str, lex: Lexicon) -> bool:
    """Tell a subject whose first word may open a count (`_count_end`): a quantifier's first
    word ("más", "a"), a number word above one or a figure."""
    first = WORD_RE.search(part)
    low = first.group().lower() if first is not None else ""
    return low in _quantifier_heads(lex) or lex.number_words.get(low, 0) > 1 or low[:1].isdigit()


_QUANTIFIER_HEADS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _quantifier_heads(lex: Lexicon) -> frozenset[str]:
    """Return the first words of a lexicon's group quantifiers ("más", "a"), built once per lexicon."""
    found = _QUANTIFIER_HEADS.get(id(lex))
    if found is None or found[0] is not lex:
        heads = frozenset(q.split(" ")[0] for q in lex.group_quantifiers)
        found = _QUANTIFIER_HEADS[id(lex)] = (lex, heads)
    return found[1]


def _count_end(lows: list[str], lex: Lexicon) -> int:
    """Return where the count a subject opens with ends (a quantifier, a number or both: "más de
    200", "ten", "a dozen"), or 0 when it opens with none."""
    k = next(
        (n for n in range(_PHRASE_WORDS, 0, -1) if " ".join(lows[:n]) in lex.group_quantifiers),
        0,
    )
    if k < len(lows) and (lex.number_words.get(lows[k], 0) > 1 or lows[k][:1].isdigit()):
        k += 1
        while k < len(lows) and lows[k - 1].isdigit() and lows[k].isdigit():
            k += 1  # "3,000", "40.000": the figure's groups
    return k


def _plural(word: str, lex: Lexicon) -> bool:
    """Tell a plural noun or adjective ("alcaldes", "lawmakers", "women") from a little word."""
    low = word.lower()
    if low in lex.stopwords or low in lex.determiners or low in lex.number_words or not low.isalpha():
        return False
    return low.endswith("s") or _lemma(low, lex.simplemma_code) != low


def _names_members(rest: str, lex: Lexicon) -> bool:
    """Tell the words after a group's comma that name its members, right away or after an opener
    ("CCOO y UGT", "encabezados por Ana Ruiz", "led by Maria Lopez"), not a place or an aside."""
    piece = rest.split(",", 1)[0]
    words = WORD_RE.findall(piece)
    lows = [w.lower() for w in words]
    k = next((n for n in range(_PHRASE_WORDS, 0, -1) if " ".join(lows[:n]) in lex.member_openers), 0)
    if k >= len(words) or not words[k][:1].isupper():
        return False
    return places()[0].fullmatch(" ".join(words[k:])) is None


def _appositive(np: str, lex: Lexicon, clause: str) -> bool:
    """Tell a name followed by its description ("Diana Carvajal, a spokeswoman for…", "Daniel
    Osterberg, a lawyer for Andesur"); `np` is cut from `clause`, whose literal scan gates it."""
    head, comma, tail = np.partition(",")
    opener = WORD_RE.match(head.lstrip())
    if opener and opener.group().lower() in lex.connectives:
        head = head.lstrip()[opener.end() :]  # "And Óscar Prada, a spokesman for the union, says"
    if comma and any(p.search(tail.lstrip(), within=clause) for p in lex.vague_subjects):
        # "Daniel Osterberg, a lawyer for Andesur": the vague-subject patterns open a phrase
        toks = _tokens(head)
        return bool(toks) and _name_runs(head, toks, lex) == [(0, len(toks))]
    if comma and _office_phrase(_tokens(tail.strip()), lex):
        # "Marta Villalobos, the club's lawyer": a full name, then its office
        toks = _tokens(head)
        if len(toks) > 1 and _name_runs(head, toks, lex) == [(0, len(toks))]:
            return True
    if comma:
        # "Lucía Ferrer, president of the parents' group Familias Digitales": a name, then its
        # office; the body named in the office is not the speaker
        lead = [w for w in WORD_RE.findall(tail, 0, 80)[:4] if w.lower() not in lex.determiners]
        # "Marta Iribarren, the lawyer for the Coalition and …": a trade the titles do not list,
        # after a person's full name
        traded = any(_trade_noun(w, lex) for w in lead) and looks_like_person(head.strip(), lex)
        if traded or any(_is_title(w, lex) for w in lead):
            toks = _tokens(head)
            runs = _name_runs(head, toks, lex)
            # the name may follow a title of address ("Dr. Priya Raman")
            if (
                toks
                and runs
                and runs[-1][1] == len(toks)
                and all(_is_title(t.text, lex) for t in toks[: runs[-1][0]])
            ):
                return True
    for pat in lex.unnamed_sources:
        hit = pat.search(np, within=clause)
        if hit:
            head = np[: hit.start()].rstrip()
            if not head.endswith(","):
                return False
            toks = _tokens(head)
            return bool(toks) and _name_runs(head, toks, lex) == [(0, len(toks))]
    return False


def _source_of(
    text: str, start: int, end: int, lex: Lexicon, prefer_first: bool = False
) -> tuple[SourceKind | None, tuple[int, int] | None, tuple[int, int] | None, str]:
    """Classify the noun phrase text[start:end] as a source: kind, name span, role span, why.

    The name is the capitalised run nearest the verb: the last one before it, or the first
    after it (`prefer_first`, for "…, dijo el presidente del sindicato, Héctor Valdivia").
    """
    np = text[start:end]
    stripped = np.strip(" ,;—–-")
    if not stripped:
        return None, None, None, "empty"
    parts = [stripped]
    last = _CLAUSE_COMMA.split(stripped)[-1].strip(" ,;—–-")  # not the comma of "40,000"
    if last and last != stripped:
        parts.append(last)  # "…next Monday, an EU diplomat said": the source is the last part
    described = "," in stripped and _appositive(stripped, lex, text)
    if not described and not prefer_first:
        commas = list(_CLAUSE_COMMA.finditer(stripped))
        if len(commas) >= 2 and _appositive(stripped[commas[-2].end() :].strip(), lex, text):
            # "Speaking at the bridge on Saturday, Hélène Marchetti, the Red Cross delegation
            # chief,": an opening phrase, then the name and its office; the name speaks
            return _source_of(text, start + np.find(stripped) + commas[-2].end(), end, lex, prefer_first)
    if not prefer_first and len(parts) == 2 and not described:
        tail_words = [w.lower() for w in WORD_RE.findall(last)]
        if len(tail_words) == 1 and tail_words[0] in lex.personal_pronouns:
            # "If either side says no, the mediation is over, he said": the pronoun is the
            # subject; the names before its comma are the content
            return SourceKind.CARRIED, None, None, "pronoun subject after the content"
        if (
            len(tail_words) == 1
            and last.islower()
            and tail_words[0].endswith("s")
            and tail_words[0] not in lex.stopwords  # "Rutta, the largest platform, has asked": no plural
        ):
            # "…to Riga, organisers announced": a bare plural is a vague source, not "Riga"
            return SourceKind.VAGUE, None, None, f"vague source '{last}'"
        if (
            tail_words
            and (tail_words[0] in lex.act_subject_articles or tail_words[0] in lex.determiners)
            # "…, a spokesman for the Liga Profesional de Fútbol confirmed": an office opens it
            and (
                len(tail_words) <= _MAX_SUBJECT_WORDS
                or (len(tail_words) > 1 and _is_title(tail_words[1], lex))
            )
        ):
            # "Nobody was hurt, the police said", "…(2000 GMT) on Friday, the secretariat said":
            # a definite subject after the last comma is the source, not a word of the content
            base = start + np.rfind(last)
            tail = _source_of(text, base, base + len(last), lex)
            if tail[0] is SourceKind.NAMED or tail[0] is SourceKind.UNNAMED:
                return tail  # "…, a judge has told": nobody named, whatever the content names
    if described:
        parts = []  # "Diana Carvajal, a spokeswoman for the families": a role, not a nameless source
    for part in parts:
        for pat in lex.unnamed_sources:
            hit = pat.search(part, within=text)  # gated on the clause's cached literal scan
            if hit:
                base = start + np.find(part)
                span = (base + hit.start(), base + hit.end())
                return SourceKind.UNNAMED, None, span, f"unnamed source '{hit.group().strip()}'"
        group = _counted_group(part, lex)
        if group is False:
            continue  # "Two weeks later, …", "Dos sindicatos, CCOO y UGT,": a name may follow
        if group:
            return SourceKind.VAGUE, None, None, f"vague source '{part}' (a count, no name)"
        for pat in lex.vague_subjects:
            hit = pat.search(part, within=text)
            if hit:
                return SourceKind.VAGUE, None, None, f"vague source '{hit.group().strip()}'"
    toks = _tokens(text, start, end)
    words = [t.text.lower() for t in toks]
    if words and all(w in lex.pronoun_subjects or w in lex.determiners for w in words):
        return SourceKind.CARRIED, None, None, "pronoun subject"
    runs = [
        r
        for r in _name_runs(text, toks, lex)
        if not _generic_plural(text, toks, r, lex)
        and not _predicate_adjective(text, toks, r, lex)
        and not _common_opener(text, toks, r, lex)
    ]
    # once per word (the loops below ask again), read from the cache by a C-level map
    cached = list(map(lex.title_cache.get, words))
    titled = [t if t is not None else _is_title(w, lex) for t, w in zip(cached, words, strict=True)]
    title_idx = [k for k, t in enumerate(titled) if t]
    cands: list[tuple[int, int, tuple[int, int] | None]] = []
    prev: tuple[int, int] = (-1, -1)
    for i, j in runs:
        # "Grace Mwale of the Alliance", "Ana Ruiz en Madrid": a name's complement or where it was
        between = words[prev[1] : i] if 0 <= prev[1] < i else []
        complement = (
            bool(between)
            and (
                all(w in lex.name_particles for w in between)
                or (len(between) == 1 and between[0] in lex.prepositions)
            )
            and "," not in text[toks[prev[1] - 1].end : toks[i].start]
        )
        person = not any(titled[prev[0] : prev[1]])
        prev = (i, j)
        if (i, j) != runs[-1] and _bracketed(text, toks[i], toks[j - 1]):
            continue  # "del Sindicato de Estibadores (QDU), Niamh Ferris": the body's acronym, not
            # the person named after it ("La Empresa Boliviana de Hidrocarburos (EBH) dio": the body)
        if complement and person:
            continue  # "Grace Mwale of the Alliance for Reform": the person, not her party
        if _group_of(toks, words, titled, i, lex):
            # "Los transportistas de Storvik calculan…": the group from the place, not the place
            cands.append((i - 2, j, None))
            continue
        body_head = _described_body_head(toks, words, i, lex)
        if body_head is not None:
            # "El comité de empresa de AVT pidió…": the committee, not the company it sits in
            cands.append((body_head, j, None))
            continue
        inner = [k for k in range(i, j) if titled[k]]
        # "la secretaria general de la Coordinadora, Rosa Ibarra": a body named as part of
        # an office is not the speaker
        k = i - 1
        while k >= 0 and words[k] in lex.name_particles:
            k -= 1
        of_office = 0 <= k < i - 1 and titled[k]
        # "Gobierno Regional", "Sindicato Minero": a body's noun that opens its run, the only
        # title in it, is the body's name too (not "Attorney General Dana Whitfield")
        body_run = inner == [i] and words[i] in lex.body_nouns
        # "Harbour Authority of Vell": a title before a particle heads a body's name, not a person's
        headed = (
            bool(inner)
            and inner[-1] + 1 < j
            and (words[inner[-1] + 1] in lex.name_particles or words[inner[-1] + 1] in lex.place_particles)
        )
        if inner and (words[inner[0]] in lex.institutions or body_run or headed) and not of_office:
            cands.append((i, j, None))  # "Ministerio de Defensa": a body's proper name
            continue
        if inner:
            if inner[-1] + 1 < j and not of_office:  # "Attorney General Dana Whitfield"
                cands.append((inner[-1] + 1, j, (toks[i].start, toks[inner[-1]].end)))
            continue
        after_particle = i > 0 and words[i - 1] in lex.name_particles and any(k < i for k in title_idx)
        # "the Kremlin spokesman": a name before a title qualifies it ("Ceferina Quispe,
        # portavoz del Consejo" is the person, her role set off by a comma)
        follows_title = j < len(toks) and titled[j] and "," not in text[toks[j - 1].end : toks[j].start]
        if after_particle and i > 1 and words[i - 2] in lex.institutions:
            cands.append((i - 2, j, None))  # "el ministerio de Minería": the body itself
            continue
        if follows_title or after_particle:
            continue
        cands.append((i, j, None))
    name: tuple[int, int] | None = None
    inner_role: tuple[int, int] | None = None
    if cands:
        i, j, inner_role = cands[0] if prefer_first else cands[-1]
        name = (toks[i].start, toks[_body_noun_end(text, toks, j, lex) - 1].end)
    role: tuple[int, int] | None = None
    if title_idx:
        k = title_idx[0]
        left = k
        while left > 0 and _capitalised(toks[left - 1]) and words[left - 1] not in lex.determiners:
            if text[toks[left - 1].end : toks[left].start].strip() or (
                name is not None and name[0] <= toks[left - 1].start < name[1]
            ):
                break
            left -= 1
        right = k + 1
        while right < len(toks):
            gap = text[toks[right - 1].end : toks[right].start]
            if "," in gap or (
                name is not None and toks[right].start >= name[0] and toks[right].start < name[1]
            ):
                break
            if _is_reporting(toks[right].text, lex)[0] or words[right] in lex.trigger_words:
                break  # "el organismo este jueves": the role ends before the time
            if (
                words[right] in lex.hypothetical_auxiliaries
                or words[right] in lex.future_auxiliaries
                or words[right] in lex.subject_auxiliaries
            ):
                break  # "the minister would (say only that…)", "the judge has (told)": the role ends
                # before the verb's auxiliary
            if _verb_before_article(toks, words, k, right, lex):
                # "the government extended the deadline", "el gobierno amplió el plazo": an article
                # after a word that no preposition is ends the role before that word, a verb
                right -= 1
                while right - 1 > k and words[right - 1] in lex.stopwords:
                    right -= 1  # "the government has (extended)"
                break
            if (
                lex.documents.intersection(words[right + 1 : right + 3])
                and words[right] not in lex.name_particles
            ):
                break  # "el sindicato en un comunicado": the role ends before the document
            right += 1
        while right - 1 > left and (
            words[right - 1] in lex.determiners
            or words[right - 1] in lex.pronoun_subjects
            or words[right - 1] in lex.prepositions  # "su portavoz en (Madrid)"
        ):
            right -= 1
        if left == k:
            left = _described_start(text, toks, words, k, lex)
        role = (toks[left].start, toks[right - 1].end)
    if inner_role is not None:
        role = inner_role
    if name is None and runs:
        i, j = runs[-1]
        i = _institution_start(words, i, j, lex)
        name = (toks[i].start, toks[_body_noun_end(text, toks, j, lex) - 1].end)
        if role is not None and role[0] <= name[0] and name[1] <= role[1]:
            # An office or body named by its title ("the Treasury", "el Ministerio de Defensa").
            role = None
    if described and name is not None and name[0] > text.find(",", start, end):
        # "Daniel Osterberg, a lawyer for Andesur at Whitcombe & Hale": the person, not the firm
        head = _source_of(text, start, text.find(",", start, end), lex)
        if head[0] is SourceKind.NAMED and head[1] is not None:
            name = head[1]
    if name is not None and name[1] - name[0] > 2 and text[name[1] - 2 : name[1]] in ("'s", "’s"):
        name = (name[0], name[1] - 2)  # "The Culture Ministry's lawyer argued": the ministry
    if name is not None:
        return SourceKind.NAMED, name, role, "named speaker"
    if role is not None and _indefinite_office(toks, words, role, lex):
        return SourceKind.UNNAMED, None, role, f"unnamed source '{text[role[0] : role[1]]}'"
    if role is not None:
        return SourceKind.NAMED, None, role, "named office"
    if words and words[-1] in lex.pronoun_subjects:
        if not runs and _thing_before_adverb(stripped, lex):
            return None, None, None, "a thing, no speaker, is the subject"
        return SourceKind.CARRIED, None, None, "pronoun subject"
    if (
        not runs
        and not prefer_first  # after a verb or "según" it is an object or a document
        and 1 < len(words) <= 3
        and words[0] in lex.act_subject_articles
        and _lemma(words[-1], lex.simplemma_code) == words[-1]
    ):
        # "the faction", "la aerolínea": a body the article names; the noun stands for it
        return SourceKind.NAMED, None, (toks[1].start, toks[-1].end), _DEFINITE
    if len(words) > _MAX_SUBJECT_WORDS:
        return None, None, None, "too long for a subject"
    return SourceKind.UNKNOWN, None, None, NO_NAME_REASON


def _bracketed(text: str, first: _Tok, last: _Tok) -> bool:
    """Tell a run of words in brackets of its own ("(QDU)"): an acronym that glosses the name before."""
    return text[first.start - 1 : first.start] == "(" and text.startswith(")", last.end)


def _thing_before_adverb(subject: str, lex: Lexicon) -> bool:
    """Tell a subject that is an article and a thing's noun before an adverb or an aside ("La
    merluza, mientras tanto, no reconoce fronteras"): no pronoun, so nobody's words are carried
    ("El ministerio no dijo", "the company also said" still stand for the body just named)."""
    parts = [WORD_RE.findall(p) for p in subject.split(",")]
    core = [w.lower() for w in parts[0]]
    tail = [w.lower() for w in parts[-1]] if len(parts) > 1 else []
    while core and (core[-1] in lex.subject_adverbs or core[-1] in lex.pronoun_subjects):
        tail.insert(0, core.pop())  # "La merluza no": the adverb is no part of the subject
    asides = parts[1:-1]
    return (
        len(core) == 2
        and bool(tail or asides)
        and core[0] in lex.act_subject_articles
        and core[1] not in lex.pronoun_subjects
        and all(w in lex.subject_adverbs or w in lex.pronoun_subjects for w in tail)
        and all(0 < len(a) <= _MAX_ASIDE_WORDS and "".join(a).islower() for a in asides)
        and not _may_speak(core[1], lex, loose=False)
    )


_MAX_ASIDE_WORDS = 3  # "mientras tanto", "for its part": an aside between a subject and its verb
_DESCRIBED_WORDS = 3  # "the regional health department": a few plain words before a body's noun


def _described_start(text: str, toks: list[_Tok], words: list[str], k: int, lex: Lexicon) -> int:
    """Return where a body's noun phrase starts when plain lower-case words describe it after its
    article ("the regional health department", "the strikers' committee"), else `k`: the body is
    told by that description when the article gives it no name."""
    if words[k] not in lex.body_nouns:
        return k
    j = k
    while j > 0 and k - j < _DESCRIBED_WORDS:
        word, prev = toks[j - 1].text, words[j - 1]
        if (
            prev in lex.determiners
            or not word.islower()
            or text[toks[j - 1].end : toks[j].start] not in (" ", "' ", "’ ")
        ):
            break
        if prev in lex.stopwords or prev in lex.prepositions or prev in lex.pronoun_subjects:
            return k
        j -= 1
    # only an article's own phrase: "the regional health department", not "officials at health department"
    return j if j < k and j > 0 and words[j - 1] in lex.determiners else k


def _verb_before_article(toks: list[_Tok], words: list[str], title: int, pos: int, lex: Lexicon) -> bool:
    """Tell an article at `pos` that a verb, not a preposition, puts after a role's title: in a
    noun phrase an article follows a particle ("portavoz de la empresa", "spokeswoman for the
    port")."""
    before = pos - 1
    return (
        words[pos] in lex.determiners
        and words[pos] not in lex.genitives  # "sindicato de cobradores del peaje": a complement
        and before > title
        and words[before] not in lex.name_particles
        and words[before] not in lex.prepositions
        and words[before] not in lex.determiners
        and not _capitalised(toks[before])
    )


def _apposed_end(text: str, comma: int, np_end: int, lex: Lexicon) -> int:
    """Return where "según su presidenta, María Frontera, …" ends: past a name set off by commas
    right after the first comma, else at that comma."""
    close = text.find(",", comma + 1, np_end)
    if close < 0:
        # "según confirmó la capitana del puerto, Gwen Tallis.": the name ends the sentence
        tail = text[comma + 1 : np_end].rstrip(' \t.!?"”»’')
        toks = _tokens(text, comma + 1, comma + 1 + len(tail))
        if len(toks) > 1 and tail.strip() and _name_runs(text, toks, lex) == [(0, len(toks))]:
            return comma + 1 + len(tail)
        return comma
    toks = _tokens(text, comma + 1, close)
    if len(toks) > 1 and _name_runs(text, toks, lex) == [(0, len(toks))]:
        return close
    return comma


_DESCRIBED_WORDS = 4  # the words after "según el…" a source's noun may stand among
# ", Harbourline Trust." after a described source: its name, to the sentence's end
_NAME_TAIL = re.compile(r"[ \t]*,[ \t]*(?P<name>[^,;:!?\n]+?)[ \t]*[.!?]?[\"”»’]*[ \t]*$")


def _described_source(
    text: str, cue: re.Match[str], np_end: int, lex: Lexicon, *, named_only: bool = False
) -> Attribution | None:
    """Return the source of "according to the provincial police", "según el servicio
    meteorológico dorvanio", "according to the paying agent, Harbourline Trust": a definite
    description of a body or person with no capitalised name (corpus convention 8: attributed
    data is that source's statement); the name set off after it to the sentence's end is the
    speaker. A measure ("according to the new timetable", "según la ley") is no source."""
    words = list(WORD_RE.finditer(text, cue.end(), np_end))
    first = words[0].group().lower() if words else ""
    if first not in lex.act_subject_articles and first not in lex.source_possessives:
        return None
    cue_text = cue.group().strip()
    tail = _NAME_TAIL.match(text, np_end)
    if tail is not None:
        toks = _tokens(text, tail.start("name"), tail.end("name"))
        if len(toks) > 1 and _name_runs(text, toks, lex) == [(0, len(toks))]:
            why = f"'{cue_text}' + a described source and its name"
            name_span = (toks[0].start, toks[-1].end)
            return Attribution(SourceKind.NAMED, cue_text, name_span, None, len(text), why)
    if named_only:
        return None  # "según el funcionario": the person just named, read by the caller
    for w in words[1 : 1 + _DESCRIBED_WORDS]:
        low = w.group().lower().removesuffix("'s").removesuffix("’s")
        if w.group()[:1].isupper() or low in lex.stopwords:
            continue
        if _may_speak(low, lex, loose=False):
            why = f"'{cue_text}' + a described source"
            return Attribution(SourceKind.NAMED, cue_text, None, (words[1].start(), np_end), np_end, why)
    return None


def _institution_start(words: list[str], i: int, j: int, lex: Lexicon) -> int:
    """Return where a body's name starts in a run that names an office's portfolio first ("la
    concejala de Comercio del Ayuntamiento de Castromar": the town hall), else the run's start."""
    return next(
        (k for k in range(i + 1, j) if words[k] in lex.institutions and words[k - 1] in lex.name_particles), i
    )


def _body_noun_end(text: str, toks: list[_Tok], j: int, lex: Lexicon) -> int:
    """Return the token index past a body noun a name qualifies ("Brandt's campaign", "the U.N.
    refugee agency", "Harwick council's licensing committee"), or `j` when none follows."""
    end = j
    for k in range(j, min(j + 3, len(toks))):
        word = toks[k].text
        gap = text[toks[k - 1].end : toks[k].start].strip()
        if not word.islower() or (gap and not (gap == "." and "." in toks[k - 1].text)):
            break  # "the U.N. refugee agency": a dotted acronym's own stop is no gap
        if word in lex.act_subject_articles or word in lex.indefinite_articles:
            break  # "Meneses ordered the authority": an article opens the verb's object
        if word in lex.prepositions:
            break  # "dijo Venn a esta agencia": whom it was said to, not the name's body
        if word.removesuffix("'s").removesuffix("’s") in lex.body_nouns:
            end = k + 1
    return end


@lru_cache(maxsize=256)
def _complementizer_re(word: str) -> re.Pattern[str]:
    """Compile a complementizer once: a word as a word; ":" not inside a time of day ("a las 17:00")."""
    bounds = (r"\b", r"\b") if word.isalpha() else (r"(?<!\d)", r"(?!\d)")
    return re.compile(f"{bounds[0]}{re.escape(word)}{bounds[1]}")


def _post_np_end(text: str, start: int, lex: Lexicon) -> int:
    """Return where the noun phrase after a post-quote cue ends."""
    m = _NP_STOP.search(text, start)
    while m is not None and m.group() == "(" and (acronym := _ACRONYM_BRACKETS.match(text, m.start())):
        m = _NP_STOP.search(text, acronym.end())
    end = m.start() if m else len(text)
    for word in lex.complementizers:
        if text.find(word, start, end) < 0:
            continue  # the pattern's own literal is absent: a C-level test before the regex
        hit = _complementizer_re(word).search(text[start:end])
        if hit:
            end = start + hit.start()
    return end


_ATTRIBUTIONS_KEPT = 8  # clauses whose attribution is kept
_kept_attributions: dict[tuple[str, tuple[tuple[int, int], ...]], tuple[Lexicon, Attribution | None]] = {}


def find_attribution(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> Attribution | None:
    """Return the first attribution in a (normalised) clause, or None.

    Kept for the last clauses: a sentence cut into pieces labels a piece again as the head of
    its run, and a contrast asks again about the report before it.
    """
    key = (text, tuple(quotes))
    kept = _kept_attributions.get(key)
    if kept is not None and kept[0] is lex:
        return kept[1]
    found = _find_attribution(text, quotes, lex)
    if len(_kept_attributions) >= _ATTRIBUTIONS_KEPT:
        _kept_attributions.clear()
    _kept_attributions[key] = (lex, found)
    return found


def _find_attribution(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> Attribution | None:
    """Return the first attribution in a (normalised) clause, or None (see `find_attribution`)."""
    document: Attribution | None = None
    for pat in lex.according_to:
        for m in pat.finditer(text):
            if inside(m.start(), quotes):
                continue
            np_end = _post_np_end(text, m.end(), lex)
            comma = text.find(",", m.end(), np_end)
            if comma >= 0:
                np_end = _apposed_end(text, comma, np_end, lex)
            np_end = _before_witness(text, m.end(), np_end, lex)
            kind, name, role, why = _source_of(text, m.end(), np_end, lex, prefer_first=True)
            np_words = WORD_RE.findall(text, m.end(), np_end)
            if kind in (None, SourceKind.UNKNOWN) and len(np_words) > 1:
                described = _described_source(text, m, np_end, lex, named_only=len(np_words) == 2)
                if described is not None:
                    return described
            if (
                kind is SourceKind.UNKNOWN
                and len(np_words) == 2
                and np_words[0].lower() in lex.act_subject_articles
                and not _is_document(text, m.end(), np_end, lex)
            ):
                if not _may_speak(np_words[1], lex):
                    continue  # "según la titulación", "according to the plan": a measure, no source

                why = "pronoun subject"  # "según el funcionario": the person just named
                kind = SourceKind.CARRIED
            if kind is SourceKind.CARRIED and why == "pronoun subject":
                cue = m.group().strip()  # "según él", "according to her": the previous speaker
                person = not lex.person_pronouns.isdisjoint(w.lower() for w in np_words)
                return Attribution(kind, cue, None, None, np_end, f"'{cue}' + pronoun", person)
            if kind is None or kind in (SourceKind.CARRIED, SourceKind.UNKNOWN):
                # "según el auto…": a document, not a source; look for a verb, else it is the
                # document of the body named before
                if document is None and _is_document(text, m.end(), np_end, lex):
                    cue = m.group().strip()
                    why = f"'{cue}' + {DOCUMENT_REASON}"
                    issuer = _definite_name(text, quotes, lex)
                    document = Attribution(SourceKind.CARRIED, cue, issuer, None, np_end, why)
                continue
            cue = m.group().strip()
            return Attribution(kind, cue, name, role, np_end, f"'{cue}' + {why}")
    cache = lex.word_cache
    # each word's verb class, looked up once; only reporting and act verbs are walked
    words = clause_words(text)
    # looked up by a C-level map; most words are cached, and most are no verb (one object)
    cached = list(map(cache.get, words))
    classes: list[tuple[bool, bool, bool]] = (
        [c if c is not None else _word_class(w, lex) for c, w in zip(cached, words, strict=True)]
        if None in cached
        else cast(list[tuple[bool, bool, bool]], cached)
    )
    classes = _perfect_participles(words, classes, lex)
    verbs = [(idx, found) for idx, found in enumerate(classes) if found is not _NOT_A_VERB]
    if not verbs:
        # "14:05 La ministra Alina Morell, ante la comisión…: «…»": a name, a colon, a quotation
        return document or (_colon_quote(text, quotes, lex) if quotes and ":" in text else None)
    toks = _tokens(text, words=words)  # the same words, with their offsets
    if lex.perfect_auxiliaries:
        toks = _perfects_joined(text, toks, classes, lex)
    lead = len(text) - len(text.lstrip(" \t>\"“«'‘(¿¡-—–"))
    if len(verbs) > 1:
        verbs = _final_first(text, quotes, toks, verbs, lex)
    unsaid_from = len(text)  # past an impersonal report ("se le pidió que explicara"), its content
    formulas: list[tuple[int, int]] | None = None  # the writer's formulas, found for the first verb
    for idx, (is_rep, core, is_act) in verbs:
        tok = toks[idx]
        if tok.start > unsaid_from and "," not in text[unsaid_from : tok.start]:
            continue  # "Se le pidió que explicara…": nobody in particular asked; "explicara" is what
        if inside(tok.start, quotes):
            continue
        if tok.start > lead and _capitalised(tok):
            continue  # a verb is not capitalised mid-sentence ("the United States")
        writer = _writers_act(text, toks, idx, lead, lex)
        if writer == "told":
            return _by_verb(tok, SourceKind.UNNAMED, "the writer was told, by no one named")
        if writer:
            continue  # "Pido que…", "I ask the council…", "Que lo digan ahora": the writer's own act
        if (
            idx > 0
            and toks[idx - 1].text.lower() in lex.reporting_blockers
            and not text[toks[idx - 1].end : tok.start].strip()  # not '"…no está", afirmó'
        ):
            continue
        if _noun_use(text, toks, idx, lex):
            continue  # "The Met Office issued a yellow warning for snow": a thing, no report
        if _impersonal(toks, idx, lex):
            unsaid_from = min(unsaid_from, tok.start)
            continue  # "un enfermo al que se le pide que corra": nobody in particular asks
        if (
            idx + 1 < len(toks)
            and toks[idx].text.lower() in lex.instruction_forms
            and toks[idx + 1].text.lower() in lex.instruction_markers
        ):
            continue  # "being given a raise and told to pay for it": told, not telling; no speaker
        if idx + 1 < len(toks) and toks[idx + 1].text.lower() in lex.reporting_particles:
            continue  # "the numbers do not add up": a phrasal verb, no report
        if lex.empty_reports is not None and lex.empty_reports.match(text, tok.end):
            continue  # "…ran to four paragraphs and said nothing": the writer's verdict, no report
        if lex.penalties is not None and lex.penalties.match(text, tok.end):
            continue  # "condenó a siete años de prisión": a court's sentence, an act (convention 11)
        if not (core and tok.text.lower() in lex.reporting_forms) and _nonfinite(text, toks, idx, lex):
            continue  # "a motion urging that…" (but "a statement saying that…" reports)
        governor = _governor(text, toks, idx, lex)
        if governor is not None:
            if not _governs_report(toks, governor, lex):
                continue  # "algo difícil de explicar", "volverá a pedir": nothing said
            # "El ministro volvió a decir", "La empresa se limitó a señalar": the subject ends
            # before the verb the infinitive hangs on, and the cue is the whole verb
            tok = _Tok(text[toks[governor].start : tok.end], toks[governor].start, tok.end)
            toks = [*toks[:idx], tok, *toks[idx + 1 :]]
        if _bare_participle(toks, idx, lex) or _reduced_relative(text, toks, idx, lex):
            continue  # "sin un solo cabeza de cartel confirmado", "the plan announced on Monday was…"
        if _unsaid(toks, idx, lex):
            continue  # "y les dirá lo mismo", "they will tell you": a forecast, nothing said yet
        if _refused(text, toks, idx, lex):
            continue  # "the spokesman would not comment": a refusal, nobody said anything
        if formulas is None:
            formulas = _formula_spans(text, lex)
        if inside(tok.start, formulas):
            continue  # "needless to say", "a decir verdad": the writer's own turn of phrase
        if _naming(text, tok, lex):
            continue  # "como le dicen en Uruapan", "what officials like to call": a name, no report
        if lex.free_relatives and _free_relative(text, toks, idx, lead, lex):
            continue  # "ha hecho lo que dijo que haría": the writer's noun phrase, no report
        if not is_rep:
            if is_act:
                narrated = _narrated_act(text, toks, idx, lex)
                act = None if narrated else _act_attribution(text, quotes, tok, lex)
                if act is not None:
                    # "Los sindicatos de Róterdam ampliaron el plazo, anunció la federación
                    # FNV Havens": the cue after the comma names who says so
                    later = (_post_position(text, quotes, toks, k, lex) for k, f in verbs if k > idx and f[0])
                    return next((a for a in later if a is not None and a.speaker_span), act)
            continue
        at = _verb_start(toks, idx, lex)  # "…», ha dicho Nuria Escalada": from the auxiliary
        before = text[max(0, at - 8) : at].rstrip()
        post_quote = before.endswith(_QUOTE_ENDS) and any(e <= tok.start for _, e in quotes)
        after = toks[idx + 1 : idx + 1 + _COMPLEMENT_WINDOW]
        complement = (
            any(
                t.text.lower() in lex.complementizers
                and not _compared(text, t, lex)
                and not _object_relative_que(text, toks, idx, idx + 1 + k, lex)
                for k, t in enumerate(after)
            )
            or ":" in text[tok.end : tok.end + 3]
        )
        if complement and not quotes and _lemma(tok.text.lower(), lex.simplemma_code) in lex.ruling_lemmas:
            continue  # "The court ruled on Monday that the dismissals were unlawful": its act, narrated
        # "Así lo declaró el portavoz": the words before the verb stand for what was said before
        complement = complement or _resumed(text, toks, idx, lex)
        # "called the decision a betrayal": a verdict the verb's object and predicate carry
        complement = complement or (
            lex.characterisations is not None and lex.characterisations.match(text, tok.start) is not None
        )
        opens_quote = any(s >= tok.end for s, _ in quotes)
        # "…, informó en un comunicado.": a cue that ends its sentence after a comma reports it
        ends = before.endswith(",") and _ends_report(text, tok, lex)
        if not (
            core or complement or post_quote or opens_quote or ends or _quote_subject(text, quotes, tok, lex)
        ):
            # "La prórroga llega tarde, lamentó la patronal": after a comma, with its subject
            inverted = _post_position(text, quotes, toks, idx, lex)
            if inverted is not None:
                return inverted
            continue
        # a subject is a few words: a long run-on line must not make this quadratic
        subj_start = max(_subject_start(quotes, tok.start), tok.start - _MAX_SUBJECT_CHARS)
        subj_start = _past_vocative(text, subj_start, tok.start, lex)
        fronted = _fronted_object(text, subj_start, tok.start, lex)
        if fronted:
            # "Eso dijo el ministro Pérez", "Lo dijo el juez": the object stands before the verb,
            # its subject after it; with none there the words before stay a dropped subject's
            post = _post_subject(text, tok, lex, tight=False)
            if post is not None and post[0] is SourceKind.NAMED and _right_after(text, tok, post, lex):
                kind, name, role, why = post
                return _by_verb(tok, kind, f"{why} (after the verb)", name, role)
        antecedent = _antecedent(text, subj_start, tok, lex)
        if antecedent is not None:
            return antecedent
        if _no_speaker(text, subj_start, tok.start, lex):
            continue  # "Anyone who says…", "La historia dice…": nobody in particular says it
        if _clausal_subject(text, subj_start, tok.start, lex):
            continue  # "That City Hall needed a day tells you…": a clause, no speaker, is the subject
        if lex.indefinite_after is not None and lex.indefinite_after.match(text, tok.end):
            continue  # "lo escribe alguien que nunca ha subido a una chacra": a kind of person
        opener = WORD_RE.search(text, subj_start, tok.start)
        if (
            opener is not None
            and opener.group().lower() in lex.hypothetical_openers
            and "," not in text[opener.end() : tok.start]
        ):
            continue  # "Si el ministerio lo dice, será verdad": a hypothesis, no report
        if lex.relative_clause_re.search(text, subj_start, tok.start):
            continue  # "…, que el Kremlin anunció …": a relative clause, not the main report
        if _object_relative(text, subj_start, tok.start, lex):
            continue  # "el alto el fuego que el Frente declaró": the verb of a relative clause
        if _restrictive_relative(text, subj_start, tok.start, lex):
            continue  # "the man who wrote the deadline will explain…": who wrote it, not a report
        # ", anunció la federación FNV Havens.": the subject follows the verb, not the place
        # named before the comma
        if not complement:
            inverted = _post_position(text, quotes, toks, idx, lex)
            if inverted is not None:
                return inverted
        if before.endswith(",") and text[tok.end :].lstrip().startswith(",") and not post_quote:
            # "La condición, añadió, es que…": a cue set off by commas with no subject of its own
            # reports the sentence for the previous speaker, not for a noun of what it reports
            return _by_verb(tok, SourceKind.CARRIED, "dropped subject of a cue set off by commas")
        before_cue = text[: tok.start].rstrip()[:-1] if ends else ""
        last_part = WORD_RE.findall(before_cue, before_cue.rfind(",") + 1)
        if ends and not post_quote and len(last_part) > _MAX_SUBJECT_WORDS:
            # "El sindicato pedirá … y confía en que el tribunal…, añadió.": the cue has no subject
            # of its own (no name set off before it: "its director, Jordi Serrat, said"); a name in
            # what it reports is no speaker, the previous one is
            person = _person_pronoun(toks, idx, lex)
            return _by_verb(tok, SourceKind.CARRIED, "dropped subject after the content", person=person)
        aside = _aside_before(text, subj_start, tok.start, lex)
        # "La portavoz, Ana Ruiz, además, explicó": the subject ends before the aside
        kind, name, role, why = _source_of(text, subj_start, tok.start if aside is None else aside, lex)
        comma = text.find(",", subj_start, tok.start)
        inserted = (
            comma > 0
            and text[subj_start : _before_clitics(text, subj_start, tok.start, lex)].rstrip().endswith(",")
            and (WORD_RE.findall(text, comma, tok.start) or [""])[0].lower() in lex.relative_pronouns
        )
        if (
            (kind is None or (inserted and kind is SourceKind.NAMED))
            and comma > 0
            and len(_tokens(text, subj_start, comma)) <= _MAX_SUBJECT_WORDS
        ):
            # "State miner Codelco, which has no stake in the mine, said": the subject is
            # before the inserted clause
            head = _source_of(text, subj_start, comma, lex)
            if head[0] is SourceKind.NAMED:
                kind, name, role, why = head
        if text[subj_start : tok.start].rstrip().endswith(",") and _opens_relative(
            text, subj_start, tok.start, lex
        ):
            # a clause cut at ", which leases 14 of Andesur's aircraft, said…": its subject is
            # the name before the cut, not a name inside the relative clause ("Quien fuera
            # ministra, Ana Ruiz, dijo" opens its sentence with its own subject)
            kind, name, role, why = SourceKind.CARRIED, None, None, "relative clause"
        joined = _after_connective(text, quotes, subj_start, tok, lex)
        if joined is not None:
            return joined
        if kind is None or (kind is SourceKind.CARRIED and name is None):
            # "Así lo anunció el alcalde, José Pérez, en…": an inverted report needs no "que"
            lead_words = [w.lower() for w in WORD_RE.findall(text, subj_start, tok.start)]
            inverted_order = (
                not post_quote
                and bool(lead_words)
                and lex.personal_pronouns.isdisjoint(lead_words)
                and all(w in lex.pronoun_subjects or w in lex.stopwords for w in lead_words)
            )
            post = _post_subject(
                text, tok, lex, tight=not post_quote, before_complement=not (post_quote or inverted_order)
            )
            if post is not None:
                kind, name, role, why = post
                why += " (post-quote)"
            elif kind is None and _opens_relative(text, subj_start, tok.start, lex):
                # "which has no stake in the mine, said…", cut off "State miner Codelco": the
                # subject is in the clause before
                kind, why = SourceKind.CARRIED, "relative clause"
            elif (
                kind is None
                and text[subj_start : tok.start].strip(" ,;—–-")
                and _post_subject(text, tok, lex, tight=False) is not None
            ):
                # "In a two-page order, a three-judge panel said the government…": a subject
                # too long to name; the name after the verb is the content, not the speaker
                kind, why = SourceKind.NAMED, "a subject too long to name"
            elif kind is None:
                # "…mantenerlo obligaba a recortar la partida de salud, añadió.": a cue that ends
                # the sentence after a comma reports all before it, for the previous speaker
                final = before.endswith(",") and _ends_report(text, tok, lex)
                if not post_quote and not complement and not final:
                    continue
                kind, why = SourceKind.CARRIED, "dropped subject"
        if (
            why == _DEFINITE
            and tok.text.lower().endswith(lex.present_endings)
            and not (
                complement or post_quote or opens_quote or ends or tok.text.lower() in lex.reporting_forms
            )
        ):
            # "La diferencia explica buena parte del enojo", "the first patch notes already run
            # to 11 pages": a bare noun with a present-tense verb that need not report reports
            # nothing here ("La cartera atribuyó la medida a…" does)
            continue
        person = kind is SourceKind.CARRIED and _person_pronoun(toks, idx, lex)
        opening = _opening_clause_person(text, toks, idx, lex) if person else None
        if opening is not None:
            # "When Oskar Lindqvist, the minister, appeared …, he said": the person it names
            kind, name, person, why = (
                SourceKind.NAMED,
                opening,
                False,
                "pronoun for the person the opening clause names",
            )
        return _by_verb(tok, kind, why, name, role, person=person)
    return document or (_colon_quote(text, quotes, lex) if quotes and ":" in text else None)


def _by_verb(
    verb: _Tok,
    kind: SourceKind,
    why: str,
    name: tuple[int, int] | None = None,
    role: tuple[int, int] | None = None,
    *,
    person: bool = False,
) -> Attribution:
    """Return the attribution a reporting verb makes, its reason naming the verb (one wording for all)."""
    return Attribution(kind, verb.text, name, role, verb.end, f"{why} + reporting verb '{verb.text}'", person)


def _opening_clause_person(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> tuple[int, int] | None:
    """Return the person a subordinate clause opening the sentence names first ("When Oskar
    Lindqvist … appeared, he said"), the antecedent of the main clause's pronoun."""
    if not toks or toks[0].text.lower() not in lex.subordinators:
        return None
    runs = _name_runs(text, toks[1:idx], lex)
    if not runs or runs[0][0] != 0:
        return None  # "When the storm hit Port Ellis, she said": the clause's subject is no name
    i, j = runs[0]
    span = (toks[i + 1].start, toks[j].end)
    return span if looks_like_person(text[span[0] : span[1]], lex) else None


_FINAL_TAIL_WORDS = 10  # ", IMF mission chief Henrik Aasland said on Thursday.": a short last part


def _final_first(
    text: str,
    quotes: list[tuple[int, int]],
    toks: list[_Tok],
    verbs: list[tuple[int, tuple[bool, bool, bool]]],
    lex: Lexicon,
) -> list[tuple[int, tuple[bool, bool, bool]]]:
    """Try first a reporting verb in the clause's short last part after a comma: it reports all
    before it ("The Fund has told Valmera that …, mission chief Henrik Aasland said on Thursday";
    "Her company will withdraw unless Subtel confirms …, she said")."""
    reports = [k for k, (_, found) in enumerate(verbs) if found[0]]
    # the comma before the last reporting verb: its subject may follow it, set off by commas
    # ("…, confirmó el capitán del puerto, Luis Mata.")
    comma = text.rfind(",", 0, toks[verbs[reports[-1]][0]].start) if reports else -1
    if quotes or comma < 0:
        return verbs  # a quotation's own attribution is found as it stands
    tail = [k for k in reports if toks[verbs[k][0]].start > comma]
    last = [t.text.lower() for t in toks if t.start > comma]
    if (
        len(tail) != 1
        or tail[0] == 0
        or len(last) > _FINAL_TAIL_WORDS
        # ", and confirmed …", ", who called …", ", adding …": the part goes on with the report
        or not lex.connectives.isdisjoint(last)
        or not lex.relative_pronouns.isdisjoint(last)
        or _nonfinite(text, toks, verbs[tail[0]][0], lex)
        or any(w.endswith(lex.nonfinite_endings) for w in last if lex.nonfinite_endings)
    ):
        return verbs
    k = tail[0]
    verb = toks[verbs[k][0]]
    if not text[comma + 1 : verb.start].strip() and not (
        _post_subject(text, verb, lex, tight=True) or _post_definite(text, verb, lex)
    ):
        return verbs  # "An official …, who asked not to be named, called the plan…": no subject of its own
    return [verbs[k], *verbs[:k], *verbs[k + 1 :]]


_FINAL_PLACE_WORDS = 5  # "…, informó en un comunicado.", "…, dijo a este diario.": where, not what


def _ends_report(text: str, verb: _Tok, lex: Lexicon) -> bool:
    """Tell a cue that ends its sentence, or is followed only by a short phrase of where or to whom
    it was said ("informó en un comunicado", "dijo a este diario"), not by its content."""
    rest = text[verb.end :].strip(" .;\"”»'’")
    words = WORD_RE.findall(rest)
    if not words:
        return True  # nothing, or only punctuation ("añadió…", "informó (…)")
    return (
        "," not in rest
        and len(words) <= _FINAL_PLACE_WORDS
        and words[0].lower() in lex.prepositions
        and not any(w.lower() in lex.complementizers for w in words)
    )


_COLON_HEAD_WORDS = 16  # "La ministra Rosa Amat, ante la comisión de Pesca del Parlamento:": a short head


def _colon_quote(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> Attribution | None:
    """Return the person a live-blog line names before a colon and a quotation that ends it
    ("Luis Mata, presidente de la cofradía, arenga a los pescadores: «…»"); a heading ("Update:
    \"…\"", "The mood outside the gates: \"grim\"") names no person."""
    colon = text.find(":")
    while colon >= 0 and (inside(colon, quotes) or text[colon + 1 : colon + 2].isdigit()):
        colon = text.find(":", colon + 1)  # not the ":" of "17:00"
    if colon < 0:
        return None
    after = len(text) - len(text[colon + 1 :].lstrip())
    end = len(text.rstrip(" .;"))
    if not any(s <= after + 1 and e >= end - 1 for s, e in quotes):
        return None  # the quotation must be all that follows the colon
    toks = _tokens(text, 0, colon)
    if not toks or len(toks) > _COLON_HEAD_WORDS or inside(toks[0].start, quotes):
        return None
    runs = _name_runs(text, toks, lex)[:2]
    for n, (i, j) in enumerate(runs):
        if i > 0 and toks[i - 1].text.lower() in lex.name_particles:
            continue  # "La portavoz de Exteriores de Corvenia, Irena Kost": the office's body
        if (
            n + 1 < len(runs)
            and runs[n + 1][0] > j
            and all(_is_title(t.text, lex) for t in toks[j : runs[n + 1][0]])
        ):
            continue  # "Crofters' League leader Ciarán Doyle, …:": the body of the office, then the person
        span = (toks[i].start, toks[j - 1].end)
        if looks_like_person(text[span[0] : span[1]], lex):
            return Attribution(
                SourceKind.NAMED, ":", span, None, colon + 1, "a person's name and a colon before a quotation"
            )
    return None


def _person_pronoun(toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a report whose subject is a person's pronoun, right before or after its verb ("she
    told reporters", "dijo ella")."""
    near = [toks[k].text.lower() for k in (idx - 1, idx + 1) if 0 <= k < len(toks)]
    return not lex.person_pronouns.isdisjoint(near)


def is_title(word: str, lex: Lexicon) -> bool:
    """Tell a word of office ("ministra", "Mayor"), cached per word."""
    return _is_title(word, lex)


def looks_like_person(name: str, lex: Lexicon) -> bool:
    """Tell a person's full name ("Rosa Elvira Chiriboga", "Faisal al-Rashid") from a body's
    ("Port Authority", "Culture Ministry", "FMI") or a lone surname, by its words alone."""
    words = name.split()
    if not 2 <= len(words) <= 4 or name.isupper() or not words[0][:1].isupper():
        return False
    office = _office_words(lex)
    for word in words:
        low = word.lower()
        if low in office:
            return False
        if not (word[:1].isupper() or low in lex.name_particles or "-" in word):
            return False
    return True


_OFFICE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _office_words(lex: Lexicon) -> frozenset[str]:
    """Return the words of a body or an office in a language (built once per lexicon)."""
    found = _OFFICE_WORDS.get(id(lex))
    if found is None or found[0] is not lex:
        heads: frozenset[str] = frozenset().union(*lex.role_heads.values())
        words = lex.institutions | lex.body_nouns | lex.role_heads.keys() | lex.titles | heads
        found = _OFFICE_WORDS[id(lex)] = (lex, words)
    return found[1]


def _formula_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Return the spans of the writer's own formulas ("needless to say", "dicho sea de paso").

    Found once per clause: a verb inside one is no report, and a clause has several verbs.
    """
    if lex.writer_formulas is None:
        return []
    return [m.span() for m in lex.writer_formulas.finditer(text)]


_NAMING_REACH = 80  # "lo que en Bruselas llaman": the naming phrase starts a few words before the verb


def _naming(text: str, tok: _Tok, lex: Lexicon) -> bool:
    """Tell a naming verb from a report ("como le dicen en Uruapan", "what officials call…"):
    giving a thing a name states nothing anyone said (`namings`)."""
    if lex.namings is None:
        return False
    lo = max(0, tok.start - _NAMING_REACH)
    return any(
        m.start() <= tok.start < m.end() for m in lex.namings.finditer(text, lo, tok.end + _NAMING_REACH)
    )


def _no_speaker(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a subject that names nobody: generic ("every airline"), hypothetical ("anyone who",
    "cualquiera") or an abstraction ("history", "los datos"); its verb reports no one's words."""
    subject = text[start:end].strip()
    if lex.non_speakers is None or subject.endswith(","):
        return False  # "Cualquier decisión, dijo el juez Pérez": the subject follows the verb
    # "PRESENTER: Every minister in a slump says that": a tag's or a lead-in's colon opens it
    return lex.non_speakers.fullmatch(subject.strip(" :;—–-\"“”«»'‘’")) is not None


def _clause_opener(word: str, lex: Lexicon) -> bool:
    """Tell a word that opens a clause's subject after "that"/"que": a determiner, a pronoun or a
    name ("That the ministry…", "That City Hall…"), not a noun a demonstrative takes ("That night")."""
    low = word.lower()
    return (
        word[:1].isupper()
        or low in lex.determiners
        or low in lex.personal_pronouns
        or low in lex.pronoun_subjects
    )


def _governed_name(words: list[str], lex: Lexicon) -> bool:
    """Tell a clause's last name that a preposition governs ("… de la Ciudad de México", "… from
    London"): the object of its own clause's verb, not the subject of the verb after it."""
    i = len(words) - 1
    while i > 0 and (
        words[i][:1].isupper() or (words[i] in lex.name_particles and words[i - 1][:1].isupper())
    ):
        i -= 1
    while i > 0 and words[i] in lex.determiners and words[i] not in lex.genitives:
        i -= 1  # "de la Ciudad": the article, then what governs it ("de" is listed as both)
    if i == len(words) - 1 or i == 0:
        return False  # the clause is the name alone ("What Ruiz told"): its subject
    low = words[i].lower()
    return low in lex.prepositions or low in lex.genitives


def _clausal_subject(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a reporting verb whose subject is a whole clause ("That City Hall then needed a full
    day … tells", "Que el ministerio necesitara tres borradores nos dice"): a name inside the
    clause is its own verb's subject; "What Ruiz told the committee" keeps Ruiz (a name or a
    body right before the verb is its subject)."""
    if lex.clausal_subjects is None:
        return False
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t\n>\"“«'‘(¿¡-—–"))
    m = lex.clausal_subjects.match(text, start + lead, end)
    if m is None or "," in text[m.end() : end]:
        return False
    words = WORD_RE.findall(text, m.end(), end)
    if m.group().lower() in lex.complementizers and words and not _clause_opener(words[0], lex):
        return False  # "That night the strikers said…": a demonstrative, no clause
    while words and (words[-1].lower() in lex.enclitics or words[-1].lower() in lex.subject_adverbs):
        words.pop()  # "… nos dice", "… ya dice": the clitic is its object, the adverb no subject
    if len(words) < 2:
        return False
    last = words[-1]
    if not last.islower() and _governed_name(words, lex):
        return True  # "Que la noticia venga de la Ciudad de México ya dice": the name is governed
    return (
        last.islower()
        and last not in lex.pronoun_subjects
        and last not in lex.personal_pronouns
        and last not in lex.determiners
        and last not in lex.body_nouns
        and not _is_title(last, lex)
    )


def _post_position(
    text: str, quotes: list[tuple[int, int]], toks: list[_Tok], idx: int, lex: Lexicon
) -> Attribution | None:
    """Return the attribution of a cue after a comma whose subject follows it (", dijo X.")."""
    tok = toks[idx]
    at = _verb_start(toks, idx, lex)
    if inside(tok.start, quotes) or not text[:at].rstrip().endswith(","):
        return None
    if any(t.text.lower() in lex.complementizers for t in toks[idx + 1 : idx + 1 + _COMPLEMENT_WINDOW]):
        return None  # ", dijo que…": the content follows, the subject is elsewhere
    head = text[:at].rstrip()[:-1]
    between = head[head.rfind(",") + 1 :].strip() if "," in head else ""
    between_toks = _tokens(between)
    opening = head[: head.rfind(",")] if "," in head else ""
    if (
        len(between_toks) > 1
        and len(WORD_RE.findall(opening)) <= _APPOSED_HEAD_WORDS
        and _name_runs(between, between_toks, lex) == [(0, len(between_toks))]
    ):
        return None  # "His rival, Lena Ostrova, said Brandt had…": the subject is the name set off before
    if between_toks and _named_before_role(opening, between_toks, lex):
        return None  # '"…," Marta Villalobos, the club's lawyer, told the committee': the name is the subject
    post = _post_subject(text, tok, lex, tight=True) or _post_definite(text, tok, lex)
    if post is None:
        return None
    kind, name, role, why = post
    return _by_verb(tok, kind, f"{why} (after the verb)", name, role)


def _post_definite(
    text: str, verb: _Tok, lex: Lexicon
) -> tuple[SourceKind, tuple[int, int] | None, tuple[int, int] | None, str] | None:
    """Return a body's definite noun that ends the clause after its verb (", confirmó el propio
    instituto.", ", precisó el comunicado."): the subject, as "the faction said" is before it."""
    np_end = _post_np_end(text, verb.end, lex)
    if text[np_end:].strip(" .;:!?\"”»'’)"):
        return None  # more follows: an object ("…, anunció la medida de…"), not the subject
    toks = _tokens(text, verb.end, np_end)
    words = [t.text.lower() for t in toks]
    if not (1 < len(words) <= 3 and words[0] in lex.act_subject_articles) or any(
        t.text[:1].isupper() for t in toks
    ):
        return None
    noun = words[-1]
    # a body's or a document's noun ("instituto", "comunicado"), not "called the plan unworkable"
    if noun in lex.documents or noun in lex.institutions or noun in lex.body_nouns or noun in lex.role_heads:
        return SourceKind.NAMED, None, (toks[1].start, toks[-1].end), _DEFINITE
    return None


def _after_connective(
    text: str, quotes: list[tuple[int, int]], subj_start: int, verb: _Tok, lex: Lexicon
) -> Attribution | None:
    """Return the attribution of "…, and added …" / "pero dijo …": a verb with no subject of its own.

    Its subject follows it only before "que" ("y añadió el ministro Pérez que…"); otherwise
    it is the subject of the clause before ("Ana Duarte defended…, and added…"), or, when the
    clause opens with the connective, the previous speaker.
    """
    before = list(WORD_RE.finditer(text, subj_start, verb.start))
    if not before or before[-1].group().lower() not in lex.connectives:
        return None
    cue = verb.text
    post = _post_subject(text, verb, lex, tight=True, before_complement=True)
    if post is not None:
        kind, name, role, why = post
        return Attribution(
            kind, cue, name, role, verb.end, f"{why} (after the verb) + reporting verb '{cue}'"
        )
    head_start, head_end = subj_start, before[-1].start()
    if not text[head_start:head_end].strip(" ,;—–-") and quotes and quotes[0][0] > 0:
        # 'X called the agreement "a first step" and said…': the subject is before the quote
        head_start, head_end = 0, quotes[0][0]
    if text[head_start:head_end].strip(" ,;—–-"):
        kind_, name_, role_, why_ = _source_of(text, head_start, head_end, lex, prefer_first=True)
        if kind_ in (SourceKind.NAMED, SourceKind.UNNAMED, SourceKind.VAGUE):
            assert kind_ is not None
            why = f"{why_} of the clause before + reporting verb '{cue}'"
            return Attribution(kind_, cue, name_, role_, verb.end, why)
    why = f"dropped subject after '{before[-1].group()}' + reporting verb '{cue}'"
    return Attribution(SourceKind.CARRIED, cue, None, None, verb.end, why)


def _named_before_role(opening: str, between_toks: list[_Tok], lex: Lexicon) -> bool:
    """Tell a name, then its office set off by commas, right before a verb ("…," Ana Ruiz,
    the club's lawyer, told…): that name is the subject, what follows the verb its object."""
    name = re.split(r"[\"“”«»]", opening.rsplit(",", 1)[-1])[-1].strip()
    name_toks = _tokens(name)
    return (
        1 < len(name_toks) <= _APPOSED_HEAD_WORDS
        and _name_runs(name, name_toks, lex) == [(0, len(name_toks))]
        and _office_phrase(between_toks, lex)
    )


def _office_phrase(toks: list[_Tok], lex: Lexicon) -> bool:
    """Tell a short noun phrase an article or a possessive opens ("the club's lawyer",
    "Castromar's lawyer"), with no reporting verb: an office set off after a name."""
    return (
        0 < len(toks) <= _APPOSED_HEAD_WORDS + 1
        and not any(_is_reporting(t.text, lex)[0] for t in toks)
        and (toks[0].text.lower() in lex.determiners or toks[0].text.endswith(("'s", "’s")))
    )


def _post_subject(
    text: str, verb: _Tok, lex: Lexicon, *, tight: bool, before_complement: bool = False
) -> tuple[SourceKind, tuple[int, int] | None, tuple[int, int] | None, str] | None:
    """Return the named or unnamed source right after a reporting verb, if there is one.

    `tight` (no quote before the verb) asks for a short noun phrase that its name or role
    opens: otherwise "but said Russian drones had struck…" would make "Russian" the speaker.
    `before_complement` asks for "que"/"that" right after it ("dijo el ministro Pérez que").
    """
    np_end = _post_np_end(text, verb.end, lex)
    if before_complement:
        nxt = WORD_RE.search(text, np_end)
        if not (
            text[np_end:].lstrip().startswith(":") or (nxt and nxt.group().lower() in lex.complementizers)
        ):
            return None
    kind, name, role, why = _source_of(text, verb.end, np_end, lex, prefer_first=True)
    if kind is not SourceKind.NAMED and kind is not SourceKind.UNNAMED:
        return None
    if name is not None and _after_preposition(text, verb.end, name[0], lex):
        # "anunció su portavoz en Madrid, Daniel Okafor": the place is no speaker, the name after it is
        later = _source_of(text, name[1], np_end, lex, prefer_first=True)
        name = later[1] if later[0] is SourceKind.NAMED and later[1] is not None else None
    role = None if role is not None and _after_preposition(text, verb.end, role[0], lex) else role
    if kind is SourceKind.NAMED and name is None and role is None:
        return None  # "añadió en una rueda de prensa en Bogotá": a place, not who spoke
    if tight:
        # a time between the verb and its subject is no content ("informó este lunes el sindicato")
        words = [
            t
            for t in _tokens(text, verb.end, np_end)
            if t.text.lower() not in lex.trigger_words and t.text.lower() not in lex.pronoun_subjects
        ]
        starts = [span[0] for span in (name, role) if span is not None]
        lead = [
            t
            for t in words
            if (not starts or t.start < min(starts)) and t.text.lower() not in lex.determiners
        ]
        if len(lead) >= _POST_SUBJECT_LEAD:
            return None
        if len(words) > _MAX_SUBJECT_WORDS and not (name is not None and _set_off(text, name, np_end, lex)):
            # "dijo la portavoz del Ministerio de Exteriores, Amina Sall": a long office, then
            # its holder's name between commas, is still the subject
            return None
    return kind, name, role, why


def _group_of(toks: list[_Tok], words: list[str], titled: list[bool], i: int, lex: Lexicon) -> bool:
    """Tell a name run at `i` that a genitive ties to a plural common noun opening the subject
    ("Los transportistas de Storvik", "the truckers of Storvik"): the speaker is the group."""
    if i < 2 or words[i - 1] not in lex.genitives:
        return False
    head = i - 2
    noun = toks[head].text
    return (
        noun.islower()
        and noun.endswith("s")
        and not titled[head]
        and words[head] not in lex.determiners
        and words[head] not in lex.stopwords
        and words[head] not in lex.documents  # "según los datos del Cabildo": the body's document
        and (head == 0 or (head == 1 and words[0] in lex.determiners))
    )


_DESCRIBED_BODY_WORDS = 3  # "comité de empresa", "junta de vecinos", "juzgado del condado": a body's kind


def _described_body_head(toks: list[_Tok], words: list[str], i: int, lex: Lexicon) -> int | None:
    """Return where a body's lower-case noun and the words that describe it open the subject
    before a genitive and the name at `i` ("El comité de empresa de AVT", "La junta de vecinos de
    Villa Quilmay", "el juzgado del condado de Dunchester"): the body so described speaks, not
    the company, town or county it belongs to. None when a body's noun stands right before the
    genitive ("el ministerio de Minería": the name's own rules) or the subject opens otherwise."""
    if i < 3 or words[i - 1] not in lex.genitives:
        return None
    for k in range(i - 3, max(-1, i - 3 - _DESCRIBED_BODY_WORDS), -1):
        if not toks[k].text.islower():
            return None
        if words[k] in lex.body_nouns or words[k] in lex.institutions:
            opens = all(w in lex.determiners for w in words[:k])
            between = range(k + 1, i)
            described = all(toks[n].text.islower() and not _person_title(words[n], lex) for n in between)
            return k if opens and described else None
    return None


def _person_title(word: str, lex: Lexicon) -> bool:
    """Tell a person's title ("presidenta", "secretario") from a body's word ("empresa", "junta")."""
    return (
        _is_title(word, lex)
        and word not in lex.role_heads
        and word not in lex.body_nouns
        and word not in lex.institutions
    )


def _indefinite_office(toks: list[_Tok], words: list[str], role: tuple[int, int], lex: Lexicon) -> bool:
    """Tell an office of one word that an indefinite article opens ("a judge has told", "un fiscal
    dijo"): somebody the article does not name, a claim's source (convention 1); "a department
    spokesman", "a company spokesman" stand for a body the article names."""
    k = next((n for n, t in enumerate(toks) if t.start == role[0]), None)
    if k is None or k == 0 or words[k - 1] not in lex.indefinite_articles or toks[k].end != role[1]:
        return False
    return words[k] not in lex.body_nouns and words[k] not in lex.institutions


def _set_off(text: str, name: tuple[int, int], np_end: int, lex: Lexicon) -> bool:
    """Tell a name after a comma that ends its noun phrase, or is followed only by a comma and a
    phrase a preposition opens ("…, Julián Otal, en una rueda de prensa"), not by content
    ("said the operator, Kaldenergo, would post…")."""
    if not text[: name[0]].rstrip().endswith(","):
        return False
    after = text[name[1] : np_end].strip()
    if not after:
        return True
    nxt = WORD_RE.search(after)
    return after.startswith(",") and nxt is not None and nxt.group().lower() in lex.prepositions


def _after_preposition(text: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """Tell a name at `pos` that a preposition governs ("en Bogotá", "to the Qatar News Agency")."""
    words = [w.lower() for w in WORD_RE.findall(text, lo, pos)]
    while words and words[-1] in lex.determiners:
        words.pop()
    return bool(words) and words[-1] in lex.prepositions


def _subject_start(quotes: list[tuple[int, int]], verb_start: int) -> int:
    """Return where the subject of a verb can start: after the last quote before it."""
    start = 0
    for s, e in quotes:
        if s < verb_start:
            start = max(start, e)
    return min(start, verb_start)


def _act_attribution(text: str, quotes: list[tuple[int, int]], tok: _Tok, lex: Lexicon) -> Attribution | None:
    """Return a statement-making attribution for an official act by a named subject."""
    subj_start = _act_subject_start(text, _subject_start(quotes, tok.start), tok.start, lex)
    if subj_start < 0:
        return None
    first = WORD_RE.search(text, subj_start, tok.start)
    if first is None or first.group().lower() not in lex.act_subject_articles:
        return None
    kind, name, role, why = _source_of(text, subj_start, tok.start, lex)
    if kind is not SourceKind.NAMED or name is None:
        return None
    return Attribution(kind, tok.text, name, role, tok.end, f"{why} + official act '{tok.text}'")


def _narrated_act(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell an official act the sentence narrates among others: an infinitive ("acaba de dar 72
    horas", "para dar una oportunidad"), a gerund not set off by a comma ("llevan dos meses dando
    un rodeo", "sigue dando largas") or the second of two acts ("rechazó el recurso y le dio
    hasta el viernes", "expulsó al encargado de negocios y le dio 72 horas"): a fact."""
    low = toks[idx].text.lower()
    if any(low.endswith(e) for e in lex.nonfinite_endings):
        if not low.endswith(lex.gerund_endings):
            return True  # an infinitive (with no gerund endings listed, any non-finite form)
        # ", dando a la empresa 72 horas": after a comma the gerund is the subject's own act
        return not text[: toks[idx].start].rstrip().endswith(",")
    k = idx - 1
    while k >= 0 and toks[k].text.lower() in lex.object_clitics:
        k -= 1
    return k >= 0 and toks[k].text.lower() in lex.act_coordinators


def _nonfinite(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a non-finite verb that reports nothing on its own ("a resolution demanding that…")."""
    low = _unglued(toks[idx].text.lower(), lex)
    if not any(low.endswith(e) and len(low) > len(e) + 2 for e in lex.nonfinite_endings):
        return False
    gerund = not lex.gerund_endings or low.endswith(lex.gerund_endings)
    if gerund and text[: toks[idx].start].rstrip().endswith(",") and not _gerund_subject(toks, idx, lex):
        return False  # ", demanding that…", ", exigiendo que…": the subject's own report (not
        # an infinitive: "Conviene, sin embargo, recordar que…" is the writer's advice)
    return not (idx > 0 and toks[idx - 1].text.lower() in lex.nonfinite_openers)


def _governor(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> int | None:
    """Return the first token of the verb an infinitive hangs on through an opener ("volvió a
    pedir", "se limitó a señalar", "ha vuelto a pedir"), with its clitics and perfect's auxiliary,
    or None for a verb that is no such infinitive: where that verb starts, its subject ends."""
    if idx < 2 or toks[idx - 1].text.lower() not in lex.nonfinite_openers:
        return None
    low = _unglued(toks[idx].text.lower(), lex)
    if not any(low.endswith(e) and len(low) > len(e) + 2 for e in lex.nonfinite_endings):
        return None
    gaps = (text[toks[idx - 2].end : toks[idx - 1].start], text[toks[idx - 1].end : toks[idx].start])
    if low.endswith(lex.gerund_endings) or any(g.strip() for g in gaps):
        return None  # "Ruiz, a decir verdad,": only words with nothing but spaces between
    k = idx - 2
    if k > 0 and toks[k - 1].text.lower() in lex.perfect_auxiliaries:
        k -= 1  # "ha vuelto a pedir"
    while k > 0 and toks[k - 1].text.lower() in lex.object_clitics and not _capitalised(toks[k - 1]):
        k -= 1  # "se limitó a señalar", "le volvió a pedir"
    if k > 0 and toks[k - 1].text.lower() in lex.verb_negators and not _capitalised(toks[k - 1]):
        k -= 1  # "sus socios no terminan de reconocerle": the subject ends before "no"
    return k


def _governs_report(toks: list[_Tok], governor: int, lex: Lexicon) -> bool:
    """Tell a governing verb that makes its infinitive a report ("volvió a pedir", "acaba de
    anunciar"): an inflected verb, not an adjective ("difícil de explicar"), not a future or a
    hypothesis ("volverá a pedir"), not learning or stopping ("aprenda a decir", "dejó de pedir")."""
    k = governor
    while k < len(toks) - 2 and (
        toks[k].text.lower() in lex.object_clitics
        or toks[k].text.lower() in lex.perfect_auxiliaries
        or toks[k].text.lower() in lex.verb_negators
    ):
        k += 1
    low = toks[k].text.lower()
    lemma = _lemma(low, lex.simplemma_code)
    if lemma == low or not lemma.endswith(lex.fragment_verb_endings) or lemma in lex.unreporting_governors:
        return False
    if lex.future_endings and low.endswith(lex.future_endings):
        return False
    return not (lex.hypothetical_endings and low.endswith(lex.hypothetical_endings))


def _impersonal(toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a verb an impersonal "se" and an object's clitic stand before ("se le pide", "se les
    dijo"): it has no subject, so no name before it (nor the last speaker) said anything."""
    return (
        idx >= 2
        and toks[idx - 1].text.lower() in lex.impersonal_clitics
        and toks[idx - 2].text.lower() in lex.impersonal_markers
    )


def _gerund_subject(toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a non-finite verb that opens its sentence after a connective's comma ("Still, blaming
    the referee is cheaper…"): the subject of the writer's sentence, not a speaker's report."""
    return 0 < idx <= 2 and all(
        t.text.lower() in lex.pronoun_subjects or t.text.lower() in lex.stopwords for t in toks[:idx]
    )


def _unglued(low: str, lex: Lexicon) -> str:
    """Return a non-finite form without the pronouns glued after it and the stress they add
    ("anunciarlos" -> "anunciar", "explicándoselo" -> "explicando"); any other word as it is
    ("advierte" is no "advier" + "te": the stem must be a known non-finite form)."""
    stem = low
    for _ in range(_ENCLITICS_MAX):
        glued = next((c for c in lex.enclitics if stem.endswith(c) and len(stem) > len(c) + 3), None)
        if glued is None:
            break
        stem = stem[: -len(glued)]
        bare = _unstressed(stem)
        if bare.endswith(lex.nonfinite_endings) and simplemma.is_known(bare, lang=lex.simplemma_code):
            return bare
    return low


def _unstressed(word: str) -> str:
    """Return a word without its acute accents ("explicándo" -> "explicando"); "ñ" stays."""
    kept = (
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )
    return unicodedata.normalize("NFC", "".join(kept))


def _bare_participle(toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a past participle with no auxiliary before it: an adjective ("sin un solo artista
    confirmado"), not a report ("ha confirmado", "fue anunciado por", "había ya dicho")."""
    low = toks[idx].text.lower()
    if not any(low.endswith(e) and len(low) > len(e) + 2 for e in lex.participle_endings):
        return False
    return not any(t.text.lower() in lex.participle_auxiliaries for t in toks[max(0, idx - _AUX_REACH) : idx])


def _reduced_relative(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a participle after its noun with a short time or "by" phrase and then the sentence's
    own verb ("the buyback announced the same morning was…"): a noun's modifier, no report."""
    low = toks[idx].text.lower()
    if not lex.relative_participle_ending or not low.endswith(lex.relative_participle_ending):
        return False
    if idx == 0 or not toks[idx - 1].text.islower() or toks[idx - 1].text in lex.stopwords:
        return False  # a noun before it ("the plan announced"), not "he announced", "Smith announced"
    span = [t.text.lower() for t in toks[idx + 1 : idx + 2 + _RELATIVE_REACH]]
    if not span or span[0] not in lex.relative_span_openers:
        return False
    for k in range(1, len(span)):
        if span[k] in lex.relative_main_verbs:
            phrase = span[:k]  # "the same morning" (a time), not "the cuts" (a reported clause's subject)
            if phrase[0] in lex.relative_articles and not lex.relative_time_nouns & set(phrase):
                return False
            between = text[toks[idx].end : toks[idx + 1 + k].start]
            return not any(ch in between for ch in ',;:"“”«»')
        if span[k] in lex.relative_articles and span[k - 1] not in lex.relative_prepositions:
            return False  # "announced on Monday the cuts were…": a new clause, a report
    return False


def _noun_use(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a reporting word used as a noun: a determiner or a possessive before it, only words
    joined by spaces between ("a yellow warning", "its second profit warning", "the agency's
    latest estimate"), none of them a noun of saying ("a statement warning that…" reports)."""
    if toks[idx].text.lower() not in lex.noun_forms:
        return False
    for k in range(idx - 1, max(-1, idx - 1 - _NOUN_REACH), -1):
        if not _joined(text, toks, k):
            return False
        low = toks[k].text.lower()
        if low in lex.noun_determiners or low.endswith(("'s", "’s")):
            return True
        subject = not toks[k].text.islower() or _may_speak(low, lex, loose=False)
        if subject or low in lex.documents or low in lex.stopwords:
            # "a statement warning", "the union is warning", "The Mining Ministry estimates":
            # a noun of saying, a verb or a possible subject before it: a verb after all
            return False
    return False


def _may_speak(noun: str, lex: Lexicon, *, loose: bool = True) -> bool:
    """Tell a common noun that may stand for someone just named ("la ministra", "the chief",
    "the agency", "los expertos"), not a thing a measure follows ("la titulación", "the plan");
    `loose` lets any plural and any word with a trade's ending pass ("amber" has one)."""
    low = noun.lower()
    lemma = _lemma(low, lex.simplemma_code)
    return (
        (loose and low.endswith("s"))  # a plural: "según los vecinos", "according to the organisers"
        or _is_title(low, lex)
        or low in lex.body_nouns
        or lemma in lex.body_nouns
        or lemma in lex.institutions  # "según la cámara", "according to the federation"
        or low in lex.person_nouns
        or lemma in lex.person_nouns
        or any(low in heads for heads in lex.role_heads.values())
        or (loose and _trade_noun(low, lex))
    )


def _quote_subject(text: str, quotes: list[tuple[int, int]], verb: _Tok, lex: Lexicon) -> bool:
    """Tell a verb whose short subject alone parts it from a quotation before it ('"…," Prime
    Minister Leila Haddad declared'): the quotation is what it reports."""
    ends = [e for _, e in quotes if e <= verb.start]
    if not ends:
        return False
    between = text[max(ends) : verb.start]
    if any(ch in between for ch in ".;:!?"):
        return False
    return 0 < len(WORD_RE.findall(between)) <= _MAX_SUBJECT_WORDS


def _compared(text: str, word: _Tok, lex: Lexicon) -> bool:
    """Tell a comparison's "que" ("avanzan más rápido que cualquier reforma"), no complementizer."""
    if lex.comparisons is None:
        return False
    return any(m.end() == word.end for m in lex.comparisons.finditer(text, max(0, word.start - 40), word.end))


_OBJECT_RELATIVE_WORDS = 3  # an object's words between its article and "que" ("la suspensión cautelar")


def _object_relative_que(text: str, toks: list[_Tok], verb: int, j: int, lex: Lexicon) -> bool:
    """Tell a "que" that opens a relative clause on the verb's direct object ("rechazó el martes
    el amparo que habían presentado"), not what the verb reports ("dijo a la prensa que", "aseguró
    el martes que", "afirmó la ministra que"): the object's article follows no preposition and its
    lower-case words name no speaker, occasion or time."""
    if (
        not lex.object_relative_articles
        or j >= len(toks)
        or toks[j].text.lower() not in lex.relative_pronouns
    ):
        return False
    art = next(
        (
            k
            for k in range(j - 1, max(verb, j - _OBJECT_RELATIVE_WORDS - 1), -1)
            if toks[k].text.lower() in lex.object_relative_articles
        ),
        None,
    )
    if art is None or art == j - 1 or re.search(r"[^\w\s]", text[toks[art].start : toks[j].start]):
        return False
    if art - 1 > verb and toks[art - 1].text.lower() in lex.prepositions:
        return False  # "dijo a los vecinos que": whom it was said to
    for t in toks[art + 1 : j]:
        low = t.text.lower()
        if (
            not t.text.islower()
            or _is_reporting(t.text, lex)[0]  # "pidió el aplazamiento alegando que": a report's own "que"
            or _may_speak(low, lex, loose=False)
            or low in lex.speech_occasions
            or low in lex.weekdays
            or low in lex.months
            or low in lex.object_relative_times
        ):
            return False
    return True


def _before_clitics(text: str, start: int, verb_start: int, lex: Lexicon) -> int:
    """Return where the words before a verb end once its object clitics are set aside ("Rosa
    Quintana, que trabaja para Hacienda, lo dijo así": the subject's clause ends at the comma)."""
    end = verb_start
    for word in reversed(list(WORD_RE.finditer(text, start, verb_start))):
        if word.group().lower() not in lex.object_clitics or text[word.end() : end].strip():
            break
        end = word.start()
    return end


def _aside_before(text: str, start: int, verb_start: int, lex: Lexicon) -> int | None:
    """Return where a short aside set off by commas right before the verb opens (", además,",
    ", por su parte,", ", tampoco,"), when a subject stands before it; else None."""
    head = text[start:verb_start].rstrip()
    if not head.endswith(","):
        return None
    opens = head.rfind(",", 0, len(head) - 1)
    words = WORD_RE.findall(head, opens + 1)
    if opens <= 0 or not 0 < len(words) <= _ASIDE_WORDS or not head[:opens].strip():
        return None
    # "en Madrid," / "in Brussels,": where or when, past its preposition, even with a name in it
    placed = words[0] in lex.prepositions and all(w.isalpha() for w in words)
    if not (placed or all(w.islower() and w.isalpha() for w in words)) or words[0] in lex.relative_pronouns:
        return None  # "Ana Ruiz," is a name set off; "que agrupa a 600," a relative clause
    return start + opens


def _past_vocative(text: str, start: int, verb_start: int, lex: Lexicon) -> int:
    """Return where a subject can start past a title that opens the sentence as the one addressed
    ("Ministro, eso mismo nos dijo…", "Minister, you told us…"): one comma never parts a subject
    from its verb, so a title set off by a single comma is called, not the speaker."""
    tag = TAG_COLON.search(text, start, verb_start)  # a speaker's tag run into the line
    if tag is not None and TAG_COLON.search(text, tag.end(), verb_start) is None:
        start = tag.end()  # "LOCUTOR: Ministro, eso mismo nos dijo…"
    head = text[start:verb_start]
    words = list(WORD_RE.finditer(head))
    if len(words) < 2 or head.rstrip().endswith(",") or head.count(",") != 1:
        return start
    comma = head.index(",")
    called = [w for w in words if w.end() <= comma]
    if not 1 <= len(called) <= VOCATIVE_WORDS or not _is_title(called[0].group(), lex):
        return start
    if not all(w.group()[:1].isupper() for w in called) or head[: called[0].start()].strip(" \t\"“«'‘¿¡"):
        return start
    return start + comma + 1


def _fronted_object(text: str, start: int, verb_start: int, lex: Lexicon) -> bool:
    """Tell a verb whose only words before it are a fronted object ("Eso dijo", "Lo mismo dijo"):
    a neuter pronoun is never the one who speaks, so its subject may follow the verb."""
    words = [w.lower() for w in WORD_RE.findall(text, start, verb_start)]
    if not words or words[0] not in lex.fronted_objects:
        return False
    return all(
        w in lex.fronted_objects or w in lex.object_clitics or w in lex.perfect_auxiliaries for w in words
    )


def _right_after(
    text: str,
    verb: _Tok,
    post: tuple[SourceKind, tuple[int, int] | None, tuple[int, int] | None, str],
    lex: Lexicon,
) -> bool:
    """Tell a subject that opens right after its verb, past articles only: a name after a comma
    there is the one addressed ("Eso nos dijo el año pasado, ministro"), not who spoke."""
    starts = [span[0] for span in (post[1], post[2]) if span is not None]
    if not starts or "," in text[verb.end : min(starts)]:
        return False
    return all(w.lower() in lex.determiners for w in WORD_RE.findall(text, verb.end, min(starts)))


def _resumed(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a verb right after words that take up what was said before ("Así lo declaró")."""
    if idx < 2 or not (_joined(text, toks, idx - 2) and _joined(text, toks, idx - 1)):
        return False
    return f"{toks[idx - 2].text} {toks[idx - 1].text}".lower() in lex.resumptive_objects


def _refused(text: str, toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a reporting verb a refusal governs ("would not comment", "no quiso decir nada"); a
    reticent answer ("would not say whether…", "declined to say when") still reports."""
    tok = toks[idx]
    if lex.refusals is None or not lex.refusals.search(text, max(0, tok.start - _REFUSAL_REACH), tok.start):
        return False
    nxt = toks[idx + 1].text.lower() if idx + 1 < len(toks) else ""
    return nxt not in lex.hypothetical_reports_unless


def _writers_act(text: str, toks: list[_Tok], idx: int, lead: int, lex: Lexicon) -> str:
    """Tell the writer's own speech act ("act": "Pido que…", "I ask", a wish "Que lo digan"), the
    writer being told something ("told": "I'm told", "we were told"), or neither ("")."""
    k = idx - 1
    while _joined(text, toks, k) and toks[k].text.lower() in lex.writer_skips:
        k -= 1
    before = toks[k].text.lower() if _joined(text, toks, k) else ""
    if before in lex.writer_passives and before not in lex.writer_pronouns:
        k -= 1  # "we were told": the pronoun before the auxiliary
        if _joined(text, toks, k) and toks[k].text.lower() in lex.writer_pronouns:
            return "told"
    elif before in lex.writer_pronouns:
        passive = before in lex.writer_passives and not toks[idx].text.lower().endswith("ing")
        return "told" if passive else "act"
    if _first_person_form(toks[idx].text.lower(), lex):
        return "act"  # "No escribo para culpar…", "a la que le pedimos": the writer's own person
    if (
        toks
        and toks[0].start <= lead + 1
        and toks[0].text.lower() in lex.jussive_openers
        and idx > 0
        and all(t.text.lower() in lex.object_clitics for t in toks[1:idx])
    ):
        return "act"
    return ""


def _joined(text: str, toks: list[_Tok], k: int) -> bool:
    """Tell a token that only a space parts from the next one ('", dice' after a quote is not)."""
    return 0 <= k < len(toks) - 1 and not text[toks[k].end : toks[k + 1].start].strip()


def _first_person_form(word: str, lex: Lexicon) -> bool:
    """Tell a yo/nosotros form built on its verb's own stem ("pido"/"pedir", "pedimos"), not a
    past tense or participle that ends alike ("dijo", "propuso", "escrito")."""
    for ending in lex.first_person_endings:
        if not word.endswith(ending):
            continue
        lemma = _lemma(word, lex.simplemma_code)
        stem, root = word[: -len(ending)], lemma[:-2]
        if lemma == word or len(stem) != len(root) or not stem:
            return False
        diffs = [(a, b) for a, b in zip(stem, root, strict=True) if a != b]
        return len(diffs) == 0 or (len(diffs) == 1 and all(c in "aeiou" for c in diffs[0]))
    return False


_FREE_RELATIVE_GAP = 3  # words between a free relative and its verb ("what the ministry said")


def _free_relative(text: str, toks: list[_Tok], idx: int, lead: int, lex: Lexicon) -> bool:
    """Tell a reporting verb inside a free relative ("hizo lo que dijo que haría", "did what it
    said it would"): the verb is part of the writer's noun phrase and reports nothing; a relative
    that opens the sentence ("Lo que dijo el ministro fue que…") or a verb before a colon still
    reports."""
    if ":" in text[toks[idx].end :]:
        return False
    lows = [t.text.lower() for t in toks[max(0, idx - _FREE_RELATIVE_GAP - 2) : idx]]
    for phrase in lex.free_relatives:
        n = len(phrase)
        for gap in range(min(_FREE_RELATIVE_GAP, len(lows) - n) + 1):
            at = len(lows) - gap - n
            if tuple(lows[at : at + n]) != phrase:
                continue
            first = toks[idx - gap - n]
            if re.search(r"[^\w\s]", text[first.end : toks[idx].start]):
                return False  # "«…lo que piensa medio país», escribió": a quote ends between
            opening = text[lead : first.start].strip(" ,;—–-")
            return bool(opening) and any(c.isalpha() for c in opening)
    return False


def _unsaid(toks: list[_Tok], idx: int, lex: Lexicon) -> bool:
    """Tell a reporting verb in the future, a hypothesis or a duty ("will tell", "dirá", "would
    say", "must notify"): nothing has been said."""
    low = toks[idx].text.lower()
    if lex.future_endings and low.endswith(lex.future_endings):
        return True
    nxt = toks[idx + 1].text.lower() if idx + 1 < len(toks) else ""
    if lex.hypothetical_endings and low.endswith(lex.hypothetical_endings):
        # "Cualquiera diría…": nobody has; "diría después que…" narrates a later report
        return nxt not in lex.hypothetical_reports_unless
    if idx == 0:
        return False
    before = toks[idx - 1].text.lower()
    if before in lex.duty_auxiliaries:
        return True  # "the company must notify every pharmacy": a duty, not a report
    if before in lex.hypothetical_auxiliaries:
        # "Critics would say…": nobody has; "would say only that…" reports a reticent answer
        return nxt not in lex.hypothetical_reports_unless
    # "The regulator will now write a report": the future past its adverbs ("would only say that…"
    # stays a reticent answer, so only the future looks past them)
    return toks[_before_adverbs(toks, idx, lex)].text.lower() in lex.future_auxiliaries


_ADVERBS_BETWEEN = 2  # "will now write", "will probably never say": adverbs between auxiliary and verb


def _before_adverbs(toks: list[_Tok], idx: int, lex: Lexicon) -> int:
    """Return the index of the word before a verb and the adverbs right before it ("will now
    write": "will"), so an auxiliary is found past them; the word right before when there are none."""
    k = idx - 1
    for _ in range(_ADVERBS_BETWEEN):
        low = toks[k].text.lower()
        adverb = low in lex.subject_adverbs or (len(low) > 4 and low.endswith(lex.adverb_endings))
        # one space apart: '"We will comply," said' has a quote between, no adverb
        if (
            k == 0
            or not adverb
            or toks[k + 1].start - toks[k].end != 1
            or toks[k].start - toks[k - 1].end != 1
        ):
            break
        k -= 1
    return k


def _act_subject_start(text: str, start: int, verb_start: int, lex: Lexicon) -> int:
    """Return where an official act's subject starts, or -1 if the act is in a subordinate clause.

    Commas cut the stretch before the verb: the first piece and the last are the subject (the
    ones between are insertions, "El Tribunal, que preside X, ordenó"); a relative pronoun or
    complementizer in them puts the verb in a subordinate clause ("el plazo que le dio…", "a
    cambio de que el Ejército suspenda…"); a connective after the last comma starts a new
    clause ("…, y el artículo 8 del protocolo firmado…").
    """
    pieces = text[start:verb_start].split(",")
    subordinate = lex.relative_pronouns | lex.complementizers
    last_words = [w.lower() for w in WORD_RE.findall(pieces[-1])]
    first_words = [w.lower() for w in WORD_RE.findall(pieces[0])] if len(pieces) > 1 else []
    if any(w in subordinate for w in first_words + last_words):
        return -1
    if len(pieces) > 1 and last_words and last_words[0] in lex.connectives:
        cut = verb_start - len(pieces[-1])
        first = WORD_RE.search(text, cut, verb_start)
        return first.end() if first else cut
    return start


def _before_witness(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Return where a document's noun phrase ends before the outlet that saw it ("according to a
    letter seen by the Herald", "según una carta a la que ha tenido acceso este diario"): the outlet
    only saw the document, whose writer speaks; `end` when no document is witnessed."""
    if lex.document_witnesses is None:
        return end
    hit = lex.document_witnesses.search(text, start, end)
    if hit is None or not _is_document(text, start, hit.start(), lex):
        return end
    return hit.start()


def _is_document(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a noun phrase headed by a document noun ("el auto de…", "sus cálculos", "la misma fuente")."""
    words = [w.lower() for w in WORD_RE.findall(text, start, end)]
    head = next((k for k, w in enumerate(words) if w not in lex.determiners), len(words))
    # a possessive or "same" may stand before the noun: its first three words decide
    return any(w in lex.documents for w in words[head : head + 3])


def _object_relative(text: str, start: int, verb_start: int, lex: Lexicon) -> bool:
    """Tell a verb whose subject opens a relative clause right before it ("…que el Frente declaró")."""
    lo = max(text.rfind(",", start, verb_start) + 1, start, verb_start - _RELATIVE_WINDOW)
    window = text[lo:verb_start].lower()
    if not any(p in window for p in lex.relative_pronouns):
        return False  # cheap: no relative pronoun near the verb
    words = WORD_RE.findall(text, lo, verb_start)
    for k in range(len(words) - 1, max(len(words) - 5, 0) - 1, -1):
        if words[k].lower() in lex.relative_pronouns:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            before = words[k - 1].lower() if k > 0 else ""
            if before in lex.connectives or before in lex.determiners:
                return False  # "mientras que una fuente…": a connective, not a relative clause
            if not before and words[k].lower() in lex.complementizers:
                return False  # a clause opening with "que"/"that" may be a report's content
            # "…the cut that canal managers had warned of": a short subject between them
            short = len(words) - (k + 1) <= 3
            return bool(nxt) and (nxt.lower() in lex.determiners or nxt[:1].isupper() or short)
    return False


def _restrictive_relative(text: str, start: int, verb_start: int, lex: Lexicon) -> bool:
    """Tell a verb right after "who"/"quien" with no comma before it: a clause that picks out
    its noun ("the man who wrote the deadline"), not a report of what someone said."""
    if (
        not text[max(start, verb_start - 12) : verb_start]
        .rstrip()
        .lower()
        .endswith(tuple(lex.relative_pronouns))
    ):
        return False  # cheap: the word before the verb is no relative pronoun
    words = list(WORD_RE.finditer(text, max(start, verb_start - _RELATIVE_WINDOW), verb_start))
    if len(words) < 2 or text[words[-1].end() : verb_start].strip():
        return False
    rel = words[-1].group().lower()
    if rel not in lex.relative_pronouns or (
        rel in lex.complementizers and not _noun_before(words[-2].group(), lex)
    ):
        return False
    return not text[words[-2].end() : words[-1].start()].strip()


def _noun_before(word: str, lex: Lexicon) -> bool:
    """Tell a common noun before "that"/"que" right before a verb: the relative clause's antecedent
    ("a council that says", "los comerciantes que anunciaban"), not a reporting verb's complement
    ("said that") nor a document that reports ("a statement that said")."""
    low = word.lower()
    return (
        word.islower()
        and low not in lex.stopwords
        and low not in lex.determiners
        and low not in lex.documents
        and not _is_reporting(word, lex)[0]
        and not _verb_form(low, lex)
    )


def _definite_name(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> tuple[int, int] | None:
    """Return the span of a name right after a clause-initial article ("El Tribunal Supremo …")."""
    toks = _tokens(text, 0, min(len(text), _MAX_SUBJECT_CHARS))
    if len(toks) < 2 or toks[0].text.lower() not in lex.act_subject_articles or inside(toks[1].start, quotes):
        return None
    runs = _name_runs(text, toks, lex)
    if not runs or runs[0][0] != 1:
        return None
    i, j = runs[0]
    return toks[i].start, toks[j - 1].end


def _opens_relative(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a stretch cut off after its antecedent ("which has no stake…, said"): a capitalised
    "Que" opens its sentence with a subject clause ("Que la supervisora sienta la necesidad de
    decirlo ya es un dato"), the writer's remark, with no antecedent to carry a speaker from."""
    first = (WORD_RE.findall(text, start, end) or [""])[0]
    return first.islower() and first in lex.relative_pronouns


def _antecedent(text: str, start: int, verb: _Tok, lex: Lexicon) -> Attribution | None:
    """Return the attribution of ", which said…" / ", que aseguró…" to the named body before it."""
    if not text[start : verb.start].rstrip().lower().endswith(tuple(lex.relative_pronouns)):
        return None  # cheap: the word before the verb is no relative pronoun
    words = list(WORD_RE.finditer(text, start, verb.start))
    if not words or words[-1].group().lower() not in lex.relative_pronouns:
        return None
    rel = words[-1]
    comma = text[start : rel.start()].rstrip()
    if text[rel.end() : verb.start].strip() or not comma.endswith(","):
        return None
    end = start + len(comma) - 1
    head = max(text.rfind(",", start, end) + 1, start)
    kind, name, role, why = _source_of(text, head, end, lex)
    if kind is not SourceKind.NAMED or name is None:
        return None
    why = f"{why} before '{rel.group()}' + reporting verb '{verb.text}'"
    return Attribution(kind, verb.text, name, role, verb.end, why)


def lemma_of(word: str, lang: str) -> str:
    """Return a word's lemma (cached): labels tell verbs by it."""
    return _lemma(word, lang)
