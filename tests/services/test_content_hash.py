"""The content hash folds case, accents and white space exactly as its definition does."""

from __future__ import annotations

import hashlib
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.ingest import _hash, content_hash

WHITE_SPACE = [chr(c) for c in range(0x110000) if chr(c).isspace()]
PIECES = [*WHITE_SPACE, "  ", "\n\n", "a", "Kyiv", "Kyïv", "ß", "ﬁ", "İ", "Ⅻ", "\u0301", "x\u00a0y", "ＡＢ"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join) | st.text()


def hash_by_definition(text: str) -> str:
    """NFKC, casefold, white space runs as one space, ends trimmed (what stored hashes were made by)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_hash_is_the_definitions(text: str) -> None:
    assert _hash(text) == hash_by_definition(text)
    assert content_hash(text) == hash_by_definition(text)


def test_every_white_space_character_folds_alone_in_runs_and_at_the_ends() -> None:
    for space in WHITE_SPACE:
        for text in (f"a{space}b", f"{space}a b{space}", f"a {space}\n b", f"A{space * 3}B"):
            assert _hash(text) == hash_by_definition(text) == hash_by_definition("a b"), repr(text)
