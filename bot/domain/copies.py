"""Recognise syndicated or lightly edited copies of one article (MinHash over word shingles).

Exact copies are caught by the content hash; a wire story re-edited by another outlet is
not. Each article gets `BANDS` band hashes; two articles sharing a band are candidates, and
a candidate is an original when most of the new article's shingles are in it.
"""

from __future__ import annotations

import hashlib
import re

from bot.domain.lexicon import fold

SHINGLE_WORDS = 3
BANDS = 16
ROWS = 2
_MASK = (1 << 63) - 1
_WORD = re.compile(r"\w+")
# A lightly edited copy keeps most of its three-word runs (the corpus's syndicated copy
# keeps 86 %); two articles on the same story written separately keep well under a third.
COPY_CONTAINMENT = 0.6
# A two-line note shares most of its few word runs with any templated update: too little to judge.
MIN_SHINGLES = 20


def shingles(text: str) -> set[int]:
    """Return the hashed three-word runs of a text, case and accents folded."""
    words = _WORD.findall(fold(text))
    if len(words) < SHINGLE_WORDS:
        words = words + [""] * (SHINGLE_WORDS - len(words))
    # Runs every ingest: built with zip and bound look-ups (the hashes stay those stored before).
    blake, from_bytes = hashlib.blake2b, int.from_bytes
    runs = map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))
    return {from_bytes(blake(run.encode(), digest_size=8).digest(), "big") for run in runs}


def band_hashes(shingle_set: set[int]) -> list[int | None]:
    """Return one signed 63-bit hash per band (SQLite integers are signed 64-bit).

    One-permutation MinHash: each shingle hash falls into one of BANDS x ROWS bins by its low
    bits and each bin keeps its smallest value; two texts agree on a bin with probability
    about their Jaccard similarity. One pass over the shingles (an ingest must stay fast). A
    band with an empty bin gets no hash: empty bins would agree between unrelated short texts.
    """
    bins = BANDS * ROWS
    # Runs every ingest, so the loop is lean (the hashes stay those stored before): shingle
    # hashes are non-negative, so a bin is the low bits and its value the rest, and within a
    # bin whole hashes order as their rests do.
    empty = 1 << 64
    smallest = [empty] * bins
    for value in shingle_set:
        slot = value % bins
        if value < smallest[slot]:
            smallest[slot] = value
    blake, from_bytes = hashlib.blake2b, int.from_bytes
    out: list[int | None] = []
    for first in range(0, bins, ROWS):
        rows = [value // bins for value in smallest[first : first + ROWS] if value != empty]
        if len(rows) < ROWS:
            out.append(None)
            continue
        chunk = ",".join(map(str, rows)).encode()
        out.append(from_bytes(blake(chunk, digest_size=8).digest(), "big") & _MASK)
    return out


def containment(a: set[int], b: set[int]) -> float:
    """Return the share of the smaller set found in the larger."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_copy(new: set[int], old: set[int]) -> bool:
    """Tell whether a new text repeats an old one: most of what it says, the old one said.

    Asymmetric on purpose: a brief later expanded into a full story is not a copy of the
    brief (it says more), while a trimmed or re-edited wire story is. Short notes never are.
    """
    if len(new) < MIN_SHINGLES or not old:
        return False
    return len(new & old) / len(new) >= COPY_CONTAINMENT
