"""The linking lexicon: aliases of actors, bilingual subject groups and name stopwords, from data."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

_DOUBLED = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Kiev" and "Kíev" compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(word: str) -> str:
    """Fold a name for transliteration: Zelenskyy/Zelensky/Zelenski, Dhabi/Dabi, Dmitry/Dmitri.

    English -tion- is Spanish -ción-/-cional- ("Binational"/"Binacional"), and -tial- is -cial-
    ("Presidential"/"Presidencial"): one key for both.
    """
    key = fold(word).replace("dh", "d").replace("y", "i").replace("tion", "cion").replace("tial", "cial")
    return _DOUBLED.sub(r"\1", key)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded phrases mapped to canonical entity and concept ids."""

    entities: dict[tuple[str, ...], str]
    places: frozenset[str]
    concepts: dict[tuple[str, ...], str]
    stopwords: frozenset[str]
    keyword_stopwords: frozenset[str]
    status_cues: tuple[tuple[str, re.Pattern[str]], ...]
    denial_cues: re.Pattern[str]
    longest: int
    # First words of the aliases of two words or more ("estados" of "estados unidos").
    starts: frozenset[str] = frozenset()
    # Canonical ids of the listed actors (countries, leaders, bodies): names many stories share.
    actors: frozenset[str] = frozenset()
    # Words naming a kind of body or place inside a name, each language's mapped to one key
    # (data/names/*.toml: "autoridad" and "authority" -> "authority"), and those that head a
    # name in lower case too ("el lago Gatún").
    name_words: Mapping[str, str] = field(default_factory=dict)
    head_words: frozenset[str] = frozenset()
    # Canonical ids of countries: shared by too many stories to tell two of them apart alone.
    countries: frozenset[str] = frozenset()
    # The keys of the kind words ("authority", "lake"): parts of names, not names.
    name_keys: frozenset[str] = frozenset()
    # One-word aliases, as `lookup` answers them: most words open no longer alias.
    singles: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # The one-word entity aliases as listed, lower case with their accents: a word written with
    # an accent its alias lacks is another word ("Germán" is a first name, not "German").
    spellings: frozenset[str] = frozenset()

    def lookup(self, words: tuple[str, ...]) -> tuple[str, str] | None:
        """Return ("e"|"c", canonical id) for a folded phrase, if it is an alias."""
        if words in self.entities:
            return "e", self.entities[words]
        if words in self.concepts:
            return "c", self.concepts[words]
        return None


def _phrases(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for canonical, variants in table.items():
        for variant in [canonical.replace("_", " "), *variants]:
            words = tuple(re.findall(r"[^\W_]+", fold(variant)))
            if words:
                out.setdefault(words, canonical)
    return out


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """Match any cue as whole words in folded text ("da a" must not match "queda aplazada")."""
    alternatives = sorted((re.escape(fold(c)) for c in cues), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives or ["(?!)"]) + r")\b")


# Sections of data/names/*.toml whose nouns head a name even in lower case.
_HEAD_SECTIONS = ("bodies", "places")


def _name_words() -> tuple[dict[str, str], frozenset[str]]:
    """Read every language's file of data/names: folded word -> key, and the head words."""
    words: dict[str, str] = {}
    heads: set[str] = set()
    folder = resources.files("bot.domain").joinpath("data/names")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        for section, table in tomllib.loads(entry.read_text("utf-8")).items():
            for key, variants in table.items():
                for variant in variants:
                    words.setdefault(fold(variant), key)
                    if section in _HEAD_SECTIONS:
                        heads.add(fold(variant))
    return words, frozenset(heads)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read `bot/domain/data/aliases.toml` once."""
    raw = resources.files("bot.domain").joinpath("data/aliases.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    places = data.get("places", {})
    countries = data.get("countries", {})
    entities = _phrases({**places, **countries, **data.get("entities", {})})
    concepts = _phrases(data.get("concepts", {}))
    stop = frozenset(fold(w) for w in data.get("stopwords", {}).get("words", []))
    keyword_stop = frozenset(fold(w) for w in data.get("stopwords", {}).get("keywords", []))
    status = tuple((phase, _cue_pattern(cues)) for phase, cues in data.get("status", {}).items())
    denial = _cue_pattern(data.get("denial", {}).get("cues", []))
    longest = max((len(k) for k in (*entities, *concepts)), default=1)
    name_words, head_words = _name_words()
    starts = frozenset(k[0] for k in (*entities, *concepts) if len(k) > 1)
    spellings = frozenset(
        v.casefold()
        for table in (places, countries, data.get("entities", {}))
        for variants in table.values()
        for v in variants
        if " " not in v
    )
    return Lexicon(
        entities,
        frozenset(places),
        concepts,
        stop,
        stop | keyword_stop,
        status,
        denial,
        longest,
        starts,
        frozenset(entities.values()),
        name_words,
        head_words,
        frozenset(countries),
        frozenset(name_words.values()),
        {
            **{k[0]: ("c", v) for k, v in concepts.items() if len(k) == 1},
            **{k[0]: ("e", v) for k, v in entities.items() if len(k) == 1},
        },
        spellings,
    )
