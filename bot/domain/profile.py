"""A development's actors as its articles write them: one spelling per actor, the fullest.

Linking keys names so that spellings meet ("Zelenskyy", "Zelensky" and "Zelenski" are one key,
"Kiev" and "Kyiv" one alias), which makes a key a poor thing to show: "roterdam", "volodimir".
A development's actors are therefore kept as written, and a new spelling of an actor it holds
is folded into one spelling: a fuller name ("Dmitri Peskov") replaces its surname alone
("Peskov"); of two spellings of as many words, an alias's own name ("Russia") replaces a
demonym or a metonym linking reads as it ("Russian", "Kremlin"), and otherwise the one held
first stays ("Zelenski" then "Zelensky"), so what users see does not flip from one digest to
the next. Where a term is written is linking's to say (`article_terms` reports each "e:" and "n:"
term with its span, ingest keeps what segmenting found): its term rules are written once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.domain.lexicon import Lexicon, fold, load_lexicon, name_key
from bot.domain.linking import NAME_CONJUNCTIONS, NAME_JOINERS, Written, article_terms

# Words inside a name that two spellings need not share ("Autoridad del Canal de Panamá"); a
# conjunction is part of a body's name ("Economía y Finanzas").
_JOINERS = NAME_JOINERS - NAME_CONJUNCTIONS
_WORD = re.compile(r"[^\W\d_]+")
# The blanks and hyphens between a name's words: a hyphen alone stays ("Hanse-Pacific Lines").
_GAP = re.compile(r"[\s-]+")


def actor_spellings(
    terms: Iterable[str],
    texts: Sequence[str],
    lex: Lexicon | None = None,
    *,
    written: Sequence[Sequence[Written] | None] | None = None,
) -> list[str]:
    """Return how the texts write the actors among `terms` ("e:" entities, "n:" names), in text order.

    Linking says where it found each term (`article_terms`'s `written`; `written[k]`, when
    given, is what it found in `texts[k]`). Of the wanted ones, as capitalised words, the
    longest at each place wins ("Dmitri Peskov" over "Peskov" when both are terms), left to
    right, not overlapping; each spelling once.
    """
    lex = lex or load_lexicon()
    wanted = {t for t in terms if t.startswith(("e:", "n:"))}
    if not wanted:
        return []
    out: dict[str, None] = {}
    for k, text in enumerate(texts):
        found = written[k] if written is not None else None
        if found is None:
            found = []
            article_terms(text, lex, written=found)
        for start, end in _longest_spans(text, found, wanted):
            out.setdefault(_GAP.sub(_gap, text[start:end]), None)
    return list(out)


def _longest_spans(text: str, found: Iterable[Written], wanted: set[str]) -> list[tuple[int, int]]:
    """Return where the text writes wanted terms: the longest at each place, left to right, apart."""
    spans = set()
    for term, start, end in found:
        if term in wanted:
            capitalised = _capitalised(text, start, end)
            if capitalised is not None:
                spans.add((capitalised[0], -capitalised[1]))
    out: list[tuple[int, int]] = []
    reached = 0
    for start, stop in sorted(spans):
        if start >= reached:
            out.append((start, -stop))
            reached = -stop
    return out


def _capitalised(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the capitalised words of a name as written, joiners inside kept ("Autoridad del Canal de
    Panamá"), without the lower-case head words linking joins to it ("the Bogotá court"); None when
    a lower-case word other than a joiner stands inside."""
    words = list(_WORD.finditer(text, start, end))
    first = next((k for k, w in enumerate(words) if w.group(0)[0].isupper()), None)
    if first is None:
        return None
    last = max(k for k, w in enumerate(words) if w.group(0)[0].isupper())
    inner = words[first : last + 1]
    if not all(w.group(0)[0].isupper() or w.group(0).lower() in NAME_JOINERS for w in inner):
        return None
    # Only a trimmed end moves: an acronym's closing full stop ("U.S.") is the name's.
    return words[first].start(), words[last].end() if last < len(words) - 1 else end


def _gap(match: re.Match[str]) -> str:
    """Write the gap between two words of a name as a hyphen when it is one, else a space."""
    return "-" if match.group(0) == "-" else " "


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
