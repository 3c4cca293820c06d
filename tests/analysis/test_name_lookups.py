"""The speaker completions look names up through indexes, not by scanning every name per speaker."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.analysis.engine import _containing, _FullNames, _named_before
from bot.analysis.lexicon import Lexicon, load_lexicon

_WORDS = [
    "Union",
    "union",
    "Southern",
    "Aviators'",
    "the",
    "La",
    "Compañía",
    "Minera",
    "Norte",
    "Board",
    "Argentina's",
]


def _by_scan(names: list[tuple[int, list[str]]], end: int, head: str, lex: Lexicon) -> str | None:
    """The definition: the last of all names that start before `end` and hold the role noun."""
    title = head[:1].upper() + head[1:]
    kinds = lex.role_heads.get(head.lower(), frozenset())
    found = [
        words
        for start, words in names
        if start < end and (title in words or not kinds.isdisjoint(w.lower() for w in words))
    ]
    if not found:
        return None
    words = found[-1][next((k for k, w in enumerate(found[-1]) if w.lower() not in lex.determiners), 0) :]
    if len(words) > 2 and words[0].endswith(("'s", "’s")):
        words = words[1:]
    at = words.index(title) if title in words else 0
    if at > 0 and words[at - 1].lower() in lex.name_particles and len(words) - at >= 2:
        words = words[at:]  # "Sala … del Tribunal Supremo": a part's name, the noun on names the body
    return " ".join(words)


_LEXICONS = {code: load_lexicon(code) for code in ("en", "es")}  # loaded once, not in a timed example
_names = st.lists(
    st.tuples(st.integers(0, 60), st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4)), max_size=12
).map(sorted)  # the article's capitalised runs, in text order


@given(
    _names,
    st.integers(-1, 70),
    st.sampled_from(["union", "compañía", "board", "minera"]),
    st.sampled_from(["en", "es"]),
)
def test_walking_back_agrees_with_scanning_every_name(
    names: list[tuple[int, list[str]]], end: int, head: str, lang: str
) -> None:
    lex = _LEXICONS[lang]
    assert _named_before(names, end, head, lex) == _by_scan(names, end, head, lex)


def test_the_last_name_before_the_item_that_holds_the_role_noun_is_taken() -> None:
    lex = load_lexicon("en")
    names = [(0, ["Southern", "Aviators'", "Union"]), (40, ["Board"]), (90, ["Northern", "Union"])]
    assert _named_before(names, 80, "union", lex) == "Southern Aviators' Union"
    assert _named_before(names, 100, "union", lex) == "Northern Union"
    assert _named_before(names, 0, "union", lex) is None  # nothing before the text's start


def _containing_by_scan(speaker: str, names: list[str], lex: Lexicon) -> str | None:
    """The definition: the first longest of all names that hold the speaker's words as a name."""
    words = speaker.split()
    n = len(words)
    best: str | None = None
    for full in names:
        fw = full.split()
        if len(fw) <= n or (best is not None and len(full) <= len(best)):
            continue
        for i in range(len(fw) - n + 1):
            if fw[i : i + n] != words:
                continue
            before = fw[i - 1].lower() if i > 0 else ""
            after = fw[i + n].lower() if i + n < len(fw) else ""
            titled = any(w.lower() in lex.titles for w in fw[:i])
            body_prefix = i == 0 and fw[0].lower() in lex.institutions  # "Oficina … de Estados Unidos"
            if (
                not titled
                and before not in lex.name_particles
                and (body_prefix or after not in lex.name_particles)
            ):
                best = full
                break
    return best


_NAME_WORDS = [
    "Reyes",
    "Lozano",
    "Mauricio",
    "de",
    "Estados",
    "Unidos",
    "Oficina",
    "President",
    "Thomas",
    "Keane",
    "Bulk",
]
_full = st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=5).map(" ".join)


@given(
    st.lists(_full, max_size=10, unique=True),
    st.lists(st.sampled_from(_NAME_WORDS), max_size=3).map(" ".join),
    st.sampled_from(["en", "es"]),
)
def test_names_listed_by_word_agree_with_scanning_every_name(
    fulls: list[str], speaker: str, lang: str
) -> None:
    lex = _LEXICONS[lang]
    assert _containing(speaker, _FullNames(fulls), lex) == _containing_by_scan(speaker, fulls, lex)


def test_a_short_name_takes_the_longest_name_that_holds_it_unless_a_particle_or_title_binds_it() -> None:
    lex = _LEXICONS["es"]
    names = _FullNames(["Mauricio Reyes Lozano", "Reyes Lozano", "Oficina de Estados Unidos"])
    assert _containing("Reyes", names, lex) == "Mauricio Reyes Lozano"
    assert _containing("Estados Unidos", names, lex) is None  # "de" before it: part of another name
