"""One-word tense patterns found by word endings must find exactly what the regexes find."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.firstchar import word_endings
from bot.analysis.lexicon import LiteralGate, WordEndingSet, load_lexicon

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"

_WORDS = st.sampled_from(
    [
        "saved", "SAVED", "ed", "Ed", "bed", "12ed", "a_ed", "naïved", "İed", "ſed", "edd",
        "salió", "SALIÓ", "ió", "ó", "llegaron", "Aron", "comieron", "decía", "sería", "comían",
        "ía", "trajo", "produjeron", "dujo", "hablaba", "hablaban", "aba", "será", "haremos",
        "rían", "was", "will", "si", "mañana", "habría dicho", "fue", "ayer", "el", "ı", "straße",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", "", ", ", ". ", "-", "’", "—", "«", "»", "\n", "_", "1"])


def _plain_spans(patterns: list[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    """Return the spans of every pattern run as written, in text order."""
    found = [m for p in patterns for m in re.compile(p, re.IGNORECASE).finditer(text, pos, endpos)]
    return sorted((m.start(), m.end()) for m in found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GLUE), max_size=12), st.sampled_from(["es", "en"]), st.data())
def test_a_word_ending_set_finds_exactly_the_matches_of_its_patterns(
    pieces: list[tuple[str, str]], code: str, data: st.DataObject
) -> None:
    text = "".join(w + g for w, g in pieces)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for wset in (*load_lexicon(code).past_tense, *load_lexicon(code).future_tense):
        assert isinstance(wset, WordEndingSet)
        for start, stop in ((0, len(text)), (pos, endpos)):
            found = sorted((m.start(), m.end()) for m in wset.finditer(text, start, stop))
            assert found == _plain_spans(wset.sources, text, start, stop)
        first = wset.search(text)
        plain = _plain_spans(wset.sources, text, 0, len(text))
        assert (first.start(), first.end()) == plain[0] if plain else first is None


def test_the_dev_sentences_meet_the_same_tense_cues() -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw["split"] != "dev":
            continue
        lex = load_lexicon(raw["lang"])
        for sentence in raw["text"].split(". "):
            for wset in (*lex.past_tense, *lex.future_tense):
                found = sorted((m.start(), m.end()) for m in wset.finditer(sentence))
                assert found == _plain_spans(wset.sources, sentence, 0, len(sentence))
                checked += 1
    assert checked > 1000


def test_only_patterns_of_one_whole_word_opening_with_a_repeat_read_endings() -> None:
    flags = re.IGNORECASE
    assert word_endings(r"\b\w+ed\b", flags) == {"ed"}
    assert word_endings(r"\b\w+(?<!r)(?:ía|ían)\b", flags) == {"ía", "ían"}
    assert word_endings(r"\b\w*(?:duj|traj)(?:o|eron)\b", flags) == {"dujo", "dujeron", "trajo", "trajeron"}
    assert word_endings(r"\bwas\b", flags) is None  # a literal start: re scans for it
    assert word_endings(r"\b\w+ed(?=x)\b", flags) is None  # a lookahead sees past the word
    assert word_endings(r"\b\w+\s+ed\b", flags) is None  # two words
    assert word_endings(r"\b\w+ed", flags) is None  # may end inside a word
    assert word_endings(r"(?a)\b\w+ed\b", flags) is None  # ASCII words are other runs


def test_a_set_keeps_its_other_patterns_behind_the_gate() -> None:
    wset = WordEndingSet([r"\b\w+ed\b", r"\byesterday\b"], LiteralGate())
    assert [m.group() for m in wset.finditer("Yesterday they voted.")] == ["Yesterday", "voted"]
    assert wset.may_match("nothing here")
    assert wset.match("they voted", 5) is not None and wset.match("they voted", 4) is None
