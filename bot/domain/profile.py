"""A development's actors as its articles write them: one spelling per actor, the fullest.

Linking keys names so that spellings meet ("Zelenskyy", "Zelensky" and "Zelenski" are one key,
"Kiev" and "Kyiv" one alias), which makes a key a poor thing to show: "roterdam", "volodimir".
A development's actors are therefore kept as written, and a new spelling of an actor it holds
is folded into one spelling: a fuller name ("Dmitri Peskov") replaces its surname alone
("Peskov"); of two spellings of as many words, an alias's own name ("Russia") replaces a
demonym or a metonym linking reads as it ("Russian", "Kremlin"), and otherwise the one held
first stays ("Zelenski" then "Zelensky"), so what users see does not flip from one digest to
the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.domain.lexicon import Lexicon, fold, load_lexicon, name_key

# A word as linking reads it (bot/domain/linking.py `_TOKEN`), with the gap after the one before.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_POSSESSIVE = re.compile(r"['’][sS]$")
# Words that may sit inside a name between capitalised words ("Autoridad del Canal de Panamá").
_JOINERS = frozenset({"de", "del", "la", "las", "los", "el", "of", "the", "for"})
# Capital letters (Latin, Greek, Cyrillic and the rest below U+2000), for a pattern that
# finds runs of capitalised words without reading every word of the text in Python.
_UPPER = "".join(ch for ch in map(chr, range(0x2000)) if ch.isupper() and ch.isalpha())
_CAPITALISED = rf"[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?"
# Capitalised words joined by spaces or hyphens, with up to two joiners between two of them.
_JOINED = rf"[ -]+(?:(?:{'|'.join(sorted(_JOINERS))})[ -]+){{0,2}}"
_RUN = re.compile(rf"(?<![^\W\d_])(?<!['’]){_CAPITALISED}(?:{_JOINED}{_CAPITALISED})*")
# The longest name looked for, in words (linking's MAX_NAME_PARTS).
MAX_WORDS = 6


def actor_spellings(terms: Iterable[str], texts: Iterable[str], lex: Lexicon | None = None) -> list[str]:
    """Return how the texts write the actors among `terms` ("e:" entities, "n:" names), in text order.

    The longest run of capitalised words that makes one of the terms wins ("Dmitri Peskov"
    over "Peskov" when both are terms); each spelling once.
    """
    lex = lex or load_lexicon()
    wanted = {t for t in terms if t.startswith(("e:", "n:"))}
    if not wanted:
        return []
    # The keys a wanted term is made of: a word whose key is none of them opens no wanted name
    # (unless it opens an alias phrase), so most words are passed over at once.
    parts = {p for t in wanted for p in t[2:].split("+")}
    out: dict[str, None] = {}
    for text in texts:
        for run in _capitalised_runs(text):
            for spelling in _actors_in(run, wanted, parts, lex):
                out.setdefault(spelling, None)
    return list(out)


def merge_actors(held: Iterable[str], new: Iterable[str], lex: Lexicon | None = None) -> frozenset[str]:
    """Fold new spellings into the actors held: one spelling per actor, the fullest, else the one held.

    Of two spellings of one actor with as many words, one as written beats a key an older
    sitrep stored ("zelensky", "abu_dhabi"), then an alias's own name beats a demonym or a
    metonym, then the one held (or written) first stays.
    """
    lex = lex or load_lexicon()
    # The actors held are one spelling each already: only the new spellings are compared.
    kept = {spelling: _identity(spelling, lex) for spelling in sorted(held)}
    order = {spelling: i for i, spelling in enumerate(kept)}
    for spelling in new:
        actor = _identity(spelling, lex)
        if not actor[0] or spelling in kept:
            continue
        order.setdefault(spelling, len(order))
        same = [k for k, theirs in kept.items() if _same_actor(theirs, actor, lex)]
        identities = {**{k: kept[k] for k in same}, spelling: actor}
        best = max(identities, key=lambda s: _rank(s, identities[s], order[s], lex))
        for k in same:
            del kept[k]
        kept[best] = identities[best]
    return frozenset(kept)


def _rank(spelling: str, actor: _Actor, first: int, lex: Lexicon) -> tuple[int, bool, bool, int]:
    """Order one actor's spellings: more words, written (not a stored key), its alias's own name, first."""
    return (len(actor[0]), spelling[:1].isupper(), _canonical(spelling, lex), -first)


# What tells two spellings of an actor: each word's keys (joiners left out), and the alias id
# of the whole phrase ("Estados Unidos" and "United States" share no word but are one id).
_Actor = tuple[list[frozenset[str]], str | None]


def _identity(spelling: str, lex: Lexicon) -> _Actor:
    """Return what a spelling is known by; a key an older sitrep stored ("abu_dhabi") reads as its words."""
    words = [w for w in re.split(r"[\s_]+", spelling) if w]
    keys = [frozenset({_key(w, lex), name_key(w)}) for w in words if fold(w) not in _JOINERS]
    alias = lex.lookup(tuple(fold(w) for w in words))
    return keys, alias[1] if alias is not None and alias[0] == "e" else None


def _same_actor(a: _Actor, b: _Actor, lex: Lexicon) -> bool:
    """Tell two spellings of one actor: one alias id, or one name covering the other."""
    if a[1] is not None and a[1] == b[1]:
        return True
    return _covers(a[0], b[0], lex) or _covers(b[0], a[0], lex)


def _canonical(spelling: str, lex: Lexicon) -> bool:
    """Tell whether a spelling is its alias's own name ("Russia" for Russia, not "Kremlin" or "Russian")."""
    words = spelling.split()
    alias = lex.lookup(tuple(fold(w) for w in words))
    if alias is None or alias[0] != "e":
        return False
    return [name_key(w) for w in words] == [name_key(p) for p in alias[1].split("_")]


# A run of capitalised words: the words, and the separator written before each (" " or "-").
_Run = tuple[list[str], list[str]]


def _capitalised_runs(text: str) -> list[_Run]:
    """Split a text into runs of capitalised words (joiners inside a run kept), possessives cut."""
    runs: list[_Run] = []
    for match in _RUN.finditer(text):
        written = match.group(0)
        words: list[str] = []
        seps: list[str] = []
        end = 0
        for found in _WORD.finditer(written):
            word = found.group(0)
            bare = _POSSESSIVE.sub("", word)
            if words or word.lower() not in _JOINERS:  # "La", "The" opening a sentence is no part
                words.append(bare)
                seps.append("-" if written[end : found.start()] == "-" else " ")
            end = found.end()
            if bare != word:  # a possessive ends the name: "Peru's National Water Authority"
                runs.append((words, seps))
                words, seps = [], []
        if words:
            runs.append((words, seps))
    return [run for run in runs if run[0]]


def _actors_in(run: _Run, wanted: set[str], parts: set[str], lex: Lexicon) -> list[str]:
    """Return the spans of a run that are wanted terms, longest first, left to right, not overlapping."""
    words, seps = run
    folded = [fold(w) for w in words]
    joiner = [f in _JOINERS for f in folded]
    keys = [_key(w, lex) for w in words]
    found: list[str] = []
    i = 0
    while i < len(words):
        if keys[i] not in parts and folded[i] not in lex.starts:
            i += 1
            continue
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            if not joiner[i + n - 1] and _term_of(i, n, folded, joiner, keys, lex) & wanted:
                found.append(words[i] + "".join(seps[j] + words[j] for j in range(i + 1, i + n)))
                i += n
                break
        else:
            i += 1
    return found


def _term_of(
    i: int, n: int, folded: Sequence[str], joiner: Sequence[bool], keys: Sequence[str], lex: Lexicon
) -> set[str]:
    """Return the terms linking would give words i..i+n of a run: an alias, a name of two parts, a name."""
    out: set[str] = set()
    alias = lex.lookup(tuple(folded[i : i + n]))
    if alias is not None and alias[0] == "e":
        out.add(f"e:{alias[1]}")
    if n == 1:
        out.add(f"e:{keys[i]}")
    else:
        own = {keys[j] for j in range(i, i + n) if not joiner[j]}
        if len(own) >= 2:
            out.add("n:" + "+".join(sorted(own)))
    return out


def _key(word: str, lex: Lexicon) -> str:
    """Return a word's key as linking makes it inside a name: alias id, kind-word key, else its name key."""
    if lex is load_lexicon():  # the bundled one (cached): its keys are remembered
        return _default_key(word)
    return _make_key(word, lex)


def _make_key(word: str, lex: Lexicon) -> str:
    """Compute `_key` (uncached): an entity alias's id, a kind word's key, else the name key."""
    folded = fold(word)
    alias = lex.singles.get(folded)
    if alias is not None and alias[0] == "e":
        return alias[1]
    return lex.name_words.get(folded) or name_key(word)


@lru_cache(maxsize=65536)
def _default_key(word: str) -> str:
    """`_key` with the bundled lexicon, remembered: the same names recur from article to article."""
    return _make_key(word, load_lexicon())


def _covers(fuller: list[frozenset[str]], other: list[frozenset[str]], lex: Lexicon) -> bool:
    """Tell whether a spelling names the same actor as another, as fully or more.

    The same words, spelt either way, in any order; or a person's or a thing's own name of
    more words that holds every word of the other ("Dmitri Peskov" holds "Peskov"). A body's
    name holding a place does not cover the place ("Autoridad Portuaria de Valencia" is not
    Valencia): a fuller name covers only when every word of it is its own (no kind word, no country).
    """
    if len(other) > len(fuller):
        return False
    pool = list(fuller)
    for keys in other:
        match = next((j for j, theirs in enumerate(pool) if keys & theirs), None)
        if match is None:
            return False
        pool.pop(match)
    if len(other) == len(fuller):
        return True
    return all(not (keys & lex.name_keys) and not (keys & lex.countries) for keys in fuller)
