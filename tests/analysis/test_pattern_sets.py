"""A pattern set's literal prefilter (substring tests or automaton) must pass the same patterns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.firstchar import end_suffixes, start_prefixes
from bot.analysis.lexicon import (
    EndAnchoredSet,
    LiteralFilter,
    LiteralGate,
    PatternGroup,
    PatternSet,
    StartScanner,
    WordEndingSet,
    _also_required,
    _required,
    load_lexicon,
    places,
)
from bot.analysis.stance import word_classes

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_the_shared_automaton_passes_exactly_the_patterns_the_substring_tests_pass() -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        for pset in _all_sets(raw["lang"]):
            if not pset._literals:
                continue
            assert pset._gate is not None  # a lexicon's sets share one automaton
            for sentence in raw["text"].split("."):
                by_scan = pset._active_by_scan(sentence)
                assert pset._active(sentence) == by_scan
                checked += 1
    assert checked > 1000


def test_a_short_list_of_its_own_keeps_the_substring_tests() -> None:
    pset = PatternSet([r"\bsegún\s", r"\bciting\s"])
    assert pset._automaton is None and pset._gate is None
    assert [m.group() for m in pset.finditer("según él, citing nobody; según ella")] == [
        "según ",
        "citing ",
        "según ",
    ]


def _all_sets(code: str) -> list[PatternSet]:
    lex = load_lexicon(code)
    sets = [v for f in lex.__dataclass_fields__ for v in _sets_of(getattr(lex, f))]
    checks = word_classes(code)  # the stance checks' lists, behind a gate of their own
    assert checks is not None
    return [*sets, lex.changes_gate, *(v for f in checks.__slots__ for v in _sets_of(getattr(checks, f)))]


def _sets_of(value: object) -> list[PatternSet]:
    if isinstance(value, PatternSet):
        return [value]
    if isinstance(value, tuple):
        return [v for v in value if isinstance(v, PatternSet)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _sets_of(v)]
    return []


def _ungated(pset: PatternSet, text: str) -> list[tuple[int, int, str]]:
    words = [pat for _, pat in pset._words] if isinstance(pset, WordEndingSet) else []
    found = [m for pat in (*pset._always, *pset._gated, *words) for m in pat.finditer(text)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    return [(m.start(), m.end(), m.group()) for m in found]


def _literals(code: str) -> list[str]:
    further = {r for pset in _all_sets(code) for also in pset._also for group in also for r in group}
    return sorted({r for pset in _all_sets(code) for r, _ in pset._literals} | further)


# Words of the lexicons' own literals, and characters that IGNORECASE folds unlike str.lower()
_PIECES = st.sampled_from([*_literals("es"), *_literals("en"), "ſ", "ı", "İ", "K", "É", "Ó"])
_GLUE = st.sampled_from([" ", "", ", ", ". ", "s ", "ó ", "que ", "; ", " — ", "... ", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12), st.sampled_from(["es", "en"]))
def test_the_literal_gate_skips_no_match(pieces: list[tuple[str, str]], code: str) -> None:
    text = "".join(a + b for a, b in pieces)
    for pset in _all_sets(code):
        assert [(m.start(), m.end(), m.group()) for m in pset.finditer(text)] == _ungated(pset, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12), st.sampled_from(["es", "en"]))
def test_a_pattern_group_passes_the_patterns_its_sets_pass_in_their_order(
    pieces: list[tuple[str, str]], code: str
) -> None:
    text = "".join(a + b for a, b in pieces)
    lex = load_lexicon(code)
    groups = [g for f in lex.__dataclass_fields__ if isinstance(g := getattr(lex, f), PatternGroup)]
    assert len(groups) >= 3  # durations, times of day, period ends
    for group in groups:
        for _ in range(2):  # asked again: the kept answer
            assert group.active(text) == [p for s in group for p in s._active(text)]


def test_a_pattern_group_holds_one_pattern_sets_of_one_gate() -> None:
    gate = LiteralGate()
    group = PatternGroup([PatternSet([r"\bfoo"], gate), PatternSet([r"\bbar"], gate)])
    assert [p.search("a bar").group() for p in group.active("a bar")] == ["bar"]
    assert group.active("a baz") == []
    with pytest.raises(ValueError, match="one-pattern"):
        PatternGroup([PatternSet([r"\bfoo", r"\bbar"], LiteralGate())])
    with pytest.raises(ValueError, match="one literal gate"):
        PatternGroup([PatternSet([r"\bfoo"], LiteralGate()), PatternSet([r"\bbar"], LiteralGate())])


def test_required_literals_follow_groups_classes_and_quantifiers() -> None:
    # a small class inside a run is spelled out: "escandaloso" or "escandalosa"
    assert _required(r"\b(?:escandalos[oa]s?|vergonzante)\b") == ("escandaloso", "escandalosa", "vergonzante")
    assert _required(r"^s[oó]lo\s+(?:busca|le\s+interesa)\b") == ("busca", "interesa")
    assert _required(r"ba+c") == ("ba",)  # "baac" has no "bac"
    assert _required(r"colou?r") == ("colo",)
    assert _required(r"(?:a|b)?xyz") == ("xyz",)
    assert _required(r"(?=abc)d") == ("d",)  # a lookahead's text is not consumed: not required
    assert _required(r"\x27st\u00e9") == ("'sté",)  # an escaped character is its character
    assert _required(r"(?<=\w)[\x27’]ll\b") == ("'ll", "’ll")  # not "ll" (in "will", "all")
    assert _required(r"\b(?:i|he|she)[\x27’]d\s") == ("'d", "’d")  # not "i"
    assert _required(r"a\.m\.") == ("a.m.",)
    assert _required(r"(?-i:\b(?:we|We|ourselves)\b)") == ("we", "ourselves")  # a scoped flag's body
    # at most 8 spellings: past them the run starts again at the class
    assert _required(r"[abcd][efgh][ij]x") == ("eix", "ejx", "fix", "fjx", "gix", "gjx", "hix", "hjx")
    assert _required(r"[]ab]c") == ("]c", "ac", "bc")
    assert _required(r";\s") == (";",)  # punctuation is a literal too
    assert _required(r"\s[—–]\s") == ("—", "–")
    assert _required(r",?\s+\.{3}x") == ("x",)  # optional or repeated characters are not
    assert _required(r"\s\d{1,2},") == (",",)  # a quantifier's digits and comma are syntax
    assert _required(r"[a-z]\s") is None  # a range gives no literal
    assert _required(r"foo|\d+") is None  # one alternative without a literal: no gate


def test_a_pattern_runs_only_when_each_of_its_required_literals_occurs() -> None:
    # "por" alone lets "\\bpor\\s+muy\\b" through no more: it needs "muy" too
    assert _also_required(r"\bpor\s+muy\b", ("por",)) == (("muy",),)
    assert _also_required(r"\bno\s+(?:era|es)\s+\w+,\s+sino\b", ("sino",)) == (("no",), ("era", "es"), (",",))
    assert _also_required(r"\bpor\s+muy\b|\bmuy\b", ("por", "muy")) == ()  # each alternative its own
    for gate in (LiteralGate(), None):  # the shared automaton and the substring tests agree
        pset = PatternSet([r"\bpor\s+muy\b", r"\bque\s+(?:sí|no)\b"], gate)
        assert pset._active("por eso, que no") == [pset._gated[1]]
        assert [m.group() for m in pset.finditer("por muy poco, que no")] == ["por muy", "que no"]
        assert pset._active("muy bien") == [] and pset._active("por si acaso") == []


def test_gate_text_folds_what_ignorecase_folds() -> None:
    pset = PatternSet([r"\bsegún\s", r"\bsi\s", r"\bciting\s"])
    assert [m.group() for m in pset.finditer("ſI dijo, CıTING nobody")] == ["ſI ", "CıTING "]


def test_sets_sharing_a_gate_each_keep_their_own_literals() -> None:
    gate = LiteralGate()
    first = PatternSet([r"\bsegún\s", r"\bciting\s"], gate)
    second = PatternSet([r"\bclearly\b", r"\bsegún\s+dicen\b"], gate)
    text = "según dicen, clearly"
    assert [m.group() for m in first.finditer(text)] == ["según "]
    assert [m.group() for m in second.finditer(text)] == ["según dicen", "clearly"]
    assert first._active("nothing here") == [] and second._active("citing") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12), st.sampled_from(["es", "en"]), st.data())
def test_gating_on_the_containing_text_changes_no_match(
    pieces: list[tuple[str, str]], code: str, data: st.DataObject
) -> None:
    text = "".join(a + b for a, b in pieces)
    start = data.draw(st.integers(0, len(text)))
    part = text[start : data.draw(st.integers(start, len(text)))]
    for pset in _all_sets(code):
        spans = [(m.start(), m.end()) for m in pset.finditer(part)]
        assert [(m.start(), m.end()) for m in pset.finditer(part, within=text)] == spans
        first = pset.search(part)
        assert (first and first.span()) == ((m := pset.search(part, within=text)) and m.span())
        at_start = pset.match(part)
        assert (at_start and at_start.span()) == ((m := pset.match(part, within=text)) and m.span())


def _scanners(code: str) -> list[StartScanner]:
    lex = load_lexicon(code)
    found = [p for p, _ in lex.date_patterns] + list(lex.weekday_patterns)
    return [p for p in found if isinstance(p, StartScanner)]


def _words(code: str) -> list[str]:
    lex = load_lexicon(code)
    return [*lex.months, *lex.weekdays, "next", "próximo", "este", "the", "of", "de", "del"]


_DATE_PIECES = st.sampled_from(
    [
        *_words("es"),
        *_words("en"),
        "1",
        "12",
        "2026",
        "31st",
        ".",
        ",",
        "Sept.",
        "İ",
        "ſ",
        "MAR",
        "Lunes",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_DATE_PIECES, st.sampled_from([" ", "", ", ", "-", " de ", "\n"])), max_size=10))
def test_a_start_scanner_finds_exactly_the_matches_of_its_pattern(pieces: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in pieces)
    for code in ("es", "en"):
        for scanner in _scanners(code):
            plain = scanner._pattern
            got = [(m.span(), m.groupdict()) for m in scanner.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            first = scanner.search(text, 2)
            expected = plain.search(text, 2)
            assert (first and first.span()) == (expected and expected.span())


def _filters(code: str) -> list[LiteralFilter]:
    lex = load_lexicon(code)
    found = [p for p, _ in lex.date_patterns] + list(lex.weekday_patterns)
    return [p for p in found if isinstance(p, LiteralFilter)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                _DATE_PIECES, st.sampled_from(["/", "2026-03-12", "12/03/2026", "día", "DÍA", "month", "5th"])
            ),
            st.sampled_from([" ", "", ", ", "-", "/", " de ", " y ", " and ", "\n"]),
        ),
        max_size=10,
    )
)
def test_a_literal_filter_finds_exactly_the_matches_of_its_pattern(pieces: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in pieces)
    for code in ("es", "en"):
        for flt in _filters(code):
            got = [(m.span(), m.groupdict()) for m in flt.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in flt._pattern.finditer(text)]


def test_digit_led_date_patterns_are_filtered_by_their_literals() -> None:
    assert _filters("en") and _filters("es")
    numeric = next(
        f for f in _filters("es") if f.pattern.endswith(r"(?P<year>\d{4})\b)") and "/" in f.pattern
    )
    assert not numeric.may_match("Pagó 1.200 euros el 5 de marzo") and numeric.may_match("el 05/03/2026")


def test_month_and_weekday_led_date_patterns_are_scanned_by_their_words() -> None:
    assert _scanners("en") and _scanners("es")
    assert start_prefixes(r"(?:(?P<w>monday|friday),?\s+)?\b(?P<m>jan|march)\.?\s+\d", re.IGNORECASE) == (
        frozenset({"mon", "fri", "jan", "mar"}),
        False,
    )
    assert start_prefixes(r"\b(?:the\s+)?(?P<day>\d{1,2})", re.IGNORECASE) == (frozenset({"the"}), True)
    assert start_prefixes(r"[ab]c", re.IGNORECASE) is None  # a class of letters: unknown
    assert start_prefixes(r"x*y?", re.IGNORECASE) is None  # may match empty


def _end_anchored(code: str) -> list[EndAnchoredSet]:
    lex = load_lexicon(code)
    found = (lex.deadline_marker_re, lex.duration_start_re, lex.deadline_noun_markers, lex.measure_marker_re)
    return [p for p in found if isinstance(p, EndAnchoredSet)]


def test_the_deadline_markers_read_their_last_letters() -> None:
    ends = end_suffixes(r"(?:until|by|ends?\s+(?:on|at))(?:\s+(?:the|next))?", re.IGNORECASE, 6)
    assert ends is not None
    assert {"until", "by", "end on", "nds at", "by the", "l next", "t next"} <= ends
    assert end_suffixes(r"by\s+[\w-]+", re.IGNORECASE) is None  # ends in a class: unknown
    assert end_suffixes(r"by\s*", re.IGNORECASE) is None  # ends in whitespace: unknown
    assert all(p._ends for p in _end_anchored("en"))  # the English markers are read
    assert _end_anchored("es")[0]._ends


_MARKER_PIECES = st.sampled_from(
    [*_literals("es"), *_literals("en"), "on", "el", "de", "las", "the", "of", "x", "ſ", "ı", "İ", "K", "É"]
)
_SPACE = st.sampled_from([" ", "  ", "\n", "\t ", "", ", ", ". ", " \u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_MARKER_PIECES, _SPACE), max_size=10), st.sampled_from(["es", "en"]), st.data())
def test_an_end_anchored_set_skips_no_window_its_pattern_matches(
    pieces: list[tuple[str, str]], code: str, data: st.DataObject
) -> None:
    text = "".join(a + b for a, b in pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pset in _end_anchored(code):
        plain = pset._gated[0].search(text, start, end)
        found = pset.search(text, start, end)
        assert (found and found.span()) == (plain and plain.span())


def test_a_window_ending_in_a_long_whitespace_run_still_reads_its_last_letters() -> None:
    # the tail is squeezed from the window's last characters; a run of spaces longer than
    # that piece must not hide the marker before it
    for code, text in (("en", "talks continue until"), ("es", "la tregua sigue hasta el")):
        for gap in ("", " ", " " * 20, " " * 40, "\n" * 35 + "\t"):
            window = "x " + text + gap
            for pset in _end_anchored(code)[:1]:
                plain = pset._gated[0].search(window, 0, len(window))
                found = pset.search(window, 0, len(window))
                assert plain is not None
                assert found is not None and found.span() == plain.span()


def test_the_place_regex_finds_what_the_plain_alternation_finds() -> None:
    pattern, zones = places()
    names = sorted(zones, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*.json"))]
    some = names[::7]
    texts.append(" ".join(f"{n}x {n}_ {n}. x{n} _{n} ñ{n} {n}{n} ({n})" for n in some))  # inside words, glued
    texts.append("Ciudad de México, Ciudad de Panamá; Sudanese Sudan.\nLima")
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in pattern.finditer("Talks in Lima and Kyiv.")] == ["Lima", "Kyiv"]


def test_a_one_pattern_set_substitutes_as_its_pattern() -> None:
    pset = PatternSet([r"(?:\bonce\s+again\b)|(?:\bthe\s+same\b)"], LiteralGate())
    assert pset.sub(" ", "They said the same, once again") == "They said  ,  "
    assert pset.sub(" ", "nothing here") == "nothing here"
    with pytest.raises(ValueError, match="one-pattern"):
        PatternSet([r"\bfoo", r"\bbar"]).sub(" ", "foo")
