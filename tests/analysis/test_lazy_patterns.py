"""Patterns compiled on first use must match as the eagerly compiled ones did, and all compile."""

from __future__ import annotations

import re
import tomllib

import pytest

from bot.analysis.lexicon import (
    _FLAGS,
    DATA_DIR,
    LazyPatterns,
    PatternSet,
    _build,
    _captures,
    _group_end,
    _separable,
    available_languages,
)

from .test_pattern_sets import _all_sets

LANGUAGES = sorted(available_languages())


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_pattern_of_every_language_file_compiles(code: str) -> None:
    compiled = 0
    for pset in _all_sets(code):
        for k in range(len(pset._gated)):
            assert isinstance(pset._gated[k], re.Pattern)
            compiled += 1
    assert compiled > 300  # the sets hold hundreds of gated patterns: the walk reached them


def test_a_fresh_lexicon_compiles_a_gated_pattern_only_when_a_text_calls_for_it() -> None:
    with (DATA_DIR / "en.toml").open("rb") as fh:
        lex = _build(tomllib.load(fh))
    pset = lex.changes_gate
    assert len(pset._gated) > 10
    assert not any(pset._gated._compiled)  # nothing compiled at load
    assert pset.search("The talks went on all day.") is None
    untouched = sum(p is not None for p in pset._gated._compiled)
    assert pset.search("The union extended the strike until Friday.") is not None
    assert sum(p is not None for p in pset._gated._compiled) > untouched
    assert sum(p is not None for p in pset._gated._compiled) < len(pset._gated)


def test_lazy_patterns_index_and_slice_like_a_list() -> None:
    lazy = LazyPatterns()
    for source in (r"\bone\b", r"\btwo\b", r"\bthree\b"):
        lazy.append(source)
    assert lazy[1].search("one, two") is not None
    assert lazy._compiled[0] is None and lazy._compiled[2] is None  # only the one asked for
    assert lazy[1] is lazy[1]  # compiled once
    assert [bool(p.search("three")) for p in lazy[1:]] == [False, True]
    assert len(lazy) == 3
    with pytest.raises(IndexError):
        lazy[3]


@pytest.mark.parametrize(
    ("pattern", "groups"),
    [
        (r"a|b", 0),
        (r"(?:a|b)c", 0),
        (r"(a)|b", 1),
        (r"(?P<day>\d+)", 1),
        (r"\(a\)|b", 0),
        (r"[(]a[)]", 0),
        (r"(?=x)y|(?<!z)w", 0),
        (r"(?i:a)|b", 0),
        (r"[\]()]|\\(c)", 1),
    ],
)
def test_captures_reads_the_group_count_from_the_text(pattern: str, groups: int) -> None:
    assert re.compile(pattern).groups == groups
    assert _captures(pattern) is bool(groups)


@pytest.mark.parametrize("code", LANGUAGES)
def test_captures_and_group_ends_agree_with_re_on_every_lexicon_pattern(code: str) -> None:
    checked = 0
    for pset in _all_sets(code):
        for source in pset._gated._sources if isinstance(pset._gated, LazyPatterns) else []:
            assert _captures(source) is bool(re.compile(source, _FLAGS).groups), source
            # a group wrapped round the whole pattern ends where the wrapper closes
            assert _group_end("(" + source + ")x", 0) == len(source) + 2, source
            alternatives = _separable(source)
            if alternatives is not None:
                assert "|".join(alternatives) == source
            checked += 1
    assert checked > 300


def test_a_pattern_set_finds_the_same_matches_as_its_patterns_compiled_at_once() -> None:
    patterns = [r"\bstrike\b", r"\b(?:talks|meeting)\b", r"\d+\s+days", r"\bpause\b|\bhalt\b"]
    pset = PatternSet(patterns)
    text = "The strike paused talks for 7 days; a halt, then a meeting and a pause."
    eager = sorted(
        ((m.start(), -m.end()) for p in patterns for m in re.compile(p, _FLAGS).finditer(text)),
    )
    assert [(m.start(), -m.end()) for m in pset.finditer(text)] == eager
