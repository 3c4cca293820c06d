"""The analyser's caches that carry results from one article to the next, and a way to empty them.

A warm benchmark pass over the same articles finds its words, clauses and date spans in these
caches, so it runs faster than new text would; `clear_result_caches` empties them all, so a
benchmark can time each article as if its text were new (`bench/analysis.py --fresh`).

Kept, because they hold what the data files give and not what a text gave: the loaded lexicons,
stance tables, layout words and model (`load_lexicon`, `word_classes`, `layout_words`,
`load_stance_model`, ...), the patterns compiled per lexicon word (`_complementizer_re`,
`_relative_re`, the speaker helpers' `_NamePatterns`), the pattern lists each `PatternSet` keeps
per combination of literals, and `re`'s own cache of compiled patterns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import cache
from typing import Any

import simplemma

from bot.analysis import attribution, lexicon, stance, temporal, text

# (module, name) of each function-level cache that is keyed by a text, a span or a word
RESULT_CACHES: tuple[tuple[Any, str], ...] = (
    (attribution, "_lemma"),  # a word's lemma (simplemma), for titles and verbs
    (stance, "features"),  # a clause's stance features
    (stance, "_lemma"),  # a word's lemma, lower-cased, for the stance features
    (temporal, "_parse_span"),  # a date span parsed by dateparser
    (temporal, "_zone"),  # a time zone by its name
    (lexicon, "_word_text"),  # a text lower-cased with non-word characters as spaces
    (lexicon, "_lower"),  # a clause lower-cased and folded for the pattern gates
    (text, "_quote_spans"),  # a clause's quoted spans
)
# (module, name) of the dicts that keep the last clauses' results (a sentence asks again about a piece)
KEPT_CLAUSES: tuple[tuple[Any, str], ...] = (
    (attribution, "_kept_tokens"),  # a clause's tokens, the last 16
    (attribution, "_kept_attributions"),  # a clause's attribution, the last 8
)

# (module, name) of the function-level caches kept: each holds what a data file gives
KEPT_CACHES: tuple[tuple[str, str], ...] = (
    ("attribution", "_complementizer_re"),
    ("caches", "_gates"),
    ("labels", "_relative_re"),
    ("layout", "layout_words"),
    ("lexicon", "places"),
    ("lexicon", "available_languages"),
    ("lexicon", "load_lexicon"),
    ("lexicon", "_required_sets"),  # the literals a pattern's sequence requires
    ("stance", "_language_file"),
    ("stance", "word_classes"),
    ("stance", "lemma_language"),
    ("stance", "load_stance_model"),
    ("temporal", "_plain_span_re"),
)


@cache
def _gates(code: str) -> tuple[lexicon.LiteralGate, ...]:
    """Return the literal gates of a lexicon's pattern sets and of its stance checks' (one each, as built)."""
    lex = lexicon.load_lexicon(code)
    checks = stance.word_classes(code)
    found: dict[int, lexicon.LiteralGate] = {}
    for owner in (lex, checks) if checks is not None else (lex,):
        for value in (getattr(owner, f.name) for f in fields(owner)):
            for item in value if isinstance(value, (tuple, list)) else (value,):
                gate = getattr(item, "_gate", None)
                if isinstance(gate, lexicon.LiteralGate):
                    found[id(gate)] = gate
    return tuple(found.values())


def _simplemma_cache() -> Callable[[], None] | None:
    """Return the clear function of simplemma's own per-token cache (used by `lemmatize`), if any."""
    factory = getattr(simplemma.lemmatizer, "_legacy_lemmatizer_for", None)
    if factory is None:  # another simplemma release: nothing known to clear
        return None
    cached = getattr(factory(False, False), "_cached_lemmatize", None)
    return getattr(cached, "cache_clear", None)


def clear_result_caches() -> None:
    """Empty every cache that keeps a result of one article for the next (see the module's doc)."""
    for module, name in RESULT_CACHES:
        getattr(module, name).cache_clear()
    for module, name in KEPT_CLAUSES:
        getattr(module, name).clear()
    clear_simplemma = _simplemma_cache()
    if clear_simplemma is not None:
        clear_simplemma()
    for code in lexicon.available_languages():
        lex = lexicon.load_lexicon(code)
        lex.word_cache.clear()  # a word's verb classification
        lex.title_cache.clear()  # whether a word is a title
        for gate in _gates(code):
            gate._cache.clear()  # a clause's literal ids (the lexicon's sets and the stance checks')
