"""The near-duplicate sketch computed in C gives the very values of its definition, run by run."""

from __future__ import annotations

import re
from operator import xor

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain import copies
from bot.domain.copies import BANDS, ROWS, SHINGLE_WORDS, _word_hashes, _words, band_hashes, shingles
from bot.domain.lexicon import fold

# Words a news text is made of, and the characters that trip word splitting and folding.
VOCABULARY = ["kyiv", "Kyïv", "Київ", "pause", "PAUSE", "talks", "d'un", "3.5%", "_x", "", "ß", "İ", "ﬁ"]
texts = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=12)),
    max_size=60,
).map(" ".join) | st.text(max_size=300)


def shingles_by_definition(text: str) -> set[int]:
    """Each run's hash XOR-ed word by word as Python integers (sketch version 2's definition)."""
    words = _words(text)
    words = words + [""] * max(0, SHINGLE_WORDS - len(words))
    values = [_word_hashes(w) for w in words]
    return {
        xor(xor(values[i][0], values[i + 1][1]), values[i + 2][2])
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def band_hashes_by_definition(shingle_set: set[int]) -> list[int | None]:
    """Each bin's smallest value by sorting, then each band's arithmetic."""
    bins = BANDS * ROWS
    smallest: dict[int, int] = {}
    for value in sorted(shingle_set, reverse=True):
        smallest[value % bins] = value
    out: list[int | None] = []
    for band in range(BANDS):
        first, second = smallest.get(band * ROWS), smallest.get(band * ROWS + 1)
        if first is None or second is None:
            out.append(None)
            continue
        rank = bins.bit_length() - 1
        out.append(((first >> rank) * copies._FIRST + (second >> rank) * copies._SECOND + band) % 2**63)
    return out


@settings(max_examples=400, deadline=None)
@given(texts)
def test_shingles_are_the_runs_xor_by_definition(text: str) -> None:
    assert shingles(text) == shingles_by_definition(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_band_hashes_are_the_bins_minima_by_definition(text: str) -> None:
    runs = shingles(text)
    assert band_hashes(runs) == band_hashes_by_definition(runs)


def test_every_value_is_a_63_bit_integer_and_long_texts_keep_every_run() -> None:
    words = [f"w{i}" for i in range(5000)]
    runs = shingles(" ".join(words))
    assert len(runs) == len(words) - 2
    assert runs == shingles_by_definition(" ".join(words))
    assert all(0 <= v < 2**63 for v in runs)


def test_the_word_cache_starts_afresh_when_full_and_gives_the_same_values(monkeypatch) -> None:
    monkeypatch.setattr(copies, "CACHED_WORDS", 3)
    copies._packed.clear()
    text = "one two three four five six seven"
    assert shingles(text) == shingles_by_definition(text)
    assert len(copies._packed) <= 3
    assert shingles(text) == shingles_by_definition(text)


@settings(max_examples=400, deadline=None)
@given(texts | st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_words_are_the_word_character_runs_of_the_folded_text(text: str) -> None:
    assert _words(text) == re.findall(r"\w+", fold(text))
