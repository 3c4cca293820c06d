"""Near-duplicate text detection: bottom-k MinHash sketches of word shingles.

Syndicated wire copies differ in headline, byline and a sentence or two but share most of
their body; a Jaccard estimate over 4-word shingles recognises them as one article.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence

SHINGLE_WORDS = 4
SKETCH_SIZE = 48
# Fewer distinct shingles than this (a one-line summary) is too little text to call a copy.
MIN_SHINGLES = 24
THRESHOLD = 0.6
# A candidate must share this many sketch hashes before its Jaccard estimate is worth computing.
MIN_SHARED = 6

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Split text into case- and accent-folded words."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _WORD.findall(stripped)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Return the stable 32-bit hashes of the text's word n-grams."""
    tokens = words(text)
    if len(tokens) < size:
        return {zlib.crc32(" ".join(tokens).encode("utf-8"))} if tokens else set()
    return {zlib.crc32(" ".join(tokens[i : i + size]).encode("utf-8")) for i in range(len(tokens) - size + 1)}


def sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """Return the k smallest shingle hashes (empty when the text is too short to compare)."""
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return ()
    return tuple(sorted(hashes)[:k])


def similarity(a: Sequence[int], b: Sequence[int], k: int = SKETCH_SIZE) -> float:
    """Estimate the Jaccard similarity of two texts from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    union_bottom = sorted(set(a) | set(b))[:k]
    both = set(a) & set(b)
    return sum(1 for h in union_bottom if h in both) / len(union_bottom)


def best_match(
    target: Sequence[int], candidates: Iterable[tuple[int, Sequence[int]]], threshold: float = THRESHOLD
) -> int | None:
    """Return the id of the most similar candidate at or above the threshold, if any."""
    best: tuple[float, int] | None = None
    for ident, other in candidates:
        score = similarity(target, other)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, ident)
    return best[1] if best else None


def encode(sk: Sequence[int]) -> str:
    """Serialise a sketch for storage."""
    return ",".join(str(h) for h in sk)


def decode(text: str | None) -> tuple[int, ...]:
    """Read a stored sketch back."""
    return tuple(int(part) for part in text.split(",")) if text else ()
