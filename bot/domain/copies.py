"""Recognise syndicated or lightly edited copies of one article (MinHash over word shingles).

Exact copies are caught by the content hash; a wire story re-edited by another outlet is
not. Each article gets `BANDS` band hashes; two articles sharing a band are candidates, and
a candidate is an original when most of the new article's shingles are in it.
"""

from __future__ import annotations

import hashlib
import re
import string
from array import array

from bot.domain.lexicon import fold

SHINGLE_WORDS = 3
BANDS = 16
ROWS = 2
# The sketch's hashing, stored with its bands: a change of it must rebuild stored sketches
# (a numbered migration with its rebuild step, see bot/storage/db.py). Version 2: each word
# hashed once (BLAKE2b, three 63-bit values, one per position in a run), a run's hash the XOR
# of its words' values (so word order counts), a band's hash arithmetic on its rows and number;
# version 1 hashed every run and every band with BLAKE2b.
SKETCH_VERSION = 2
_MASK = (1 << 63) - 1
# Odd 64-bit multipliers (the golden ratio's and xxHash's) for a band's two rows.
_FIRST = 0x9E3779B97F4A7C15
_SECOND = 0xC2B2AE3D27D4EB4F
_WORD = re.compile(r"\w+")
# In ASCII text \w is exactly [A-Za-z0-9_]: every other ASCII character separates words. A table
# over bytes: bytes.translate is a plain table look-up a byte, str.translate looks each new
# character up in a dict (a seventh of the cost of the words of a text, against most of it).
_ASCII_SEPARATORS = bytes.maketrans(
    bytes(range(128)),
    bytes(c if chr(c) in string.ascii_letters + string.digits + "_" else ord(" ") for c in range(128)),
)
# A lightly edited copy keeps most of its three-word runs (the corpus's syndicated copy
# keeps 86 %); two articles on the same story written separately keep well under a third.
COPY_CONTAINMENT = 0.6
# A two-line note shares most of its few word runs with any templated update: too little to judge.
MIN_SHINGLES = 20


def _words(text: str) -> list[str]:
    """Return the words (\\w+ runs) of a text, case and accents folded."""
    folded = fold(text)
    if folded.isascii():  # the usual case, several times faster than the pattern
        return folded.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split()
    return _WORD.findall(folded)


def _word_hashes(word: str) -> tuple[int, int, int]:
    """Hash one word for each place it can take in a run (stable across processes, unlike `hash`)."""
    value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=24).digest(), "big")
    return value & _MASK, (value >> 64) & _MASK, (value >> 128) & _MASK


# Words whose values are kept (news vocabularies repeat); the cache starts afresh when full.
CACHED_WORDS = 32768


class _PackedWords(dict[str, bytes]):
    """Each word's three values as three unsigned 64-bit machine words, computed once."""

    def __missing__(self, word: str) -> bytes:
        if len(self) >= CACHED_WORDS:
            self.clear()
        packed = self[word] = array("Q", _word_hashes(word)).tobytes()
        return packed


_packed = _PackedWords()
_WORD_BYTES = array("Q").itemsize


def shingles(text: str) -> set[int]:
    """Return the hashed three-word runs of a text, case and accents folded.

    Run i hashes to first(word i) ^ second(word i+1) ^ third(word i+2). It runs every ingest, so
    the XORs are done in C: the words' values are laid out as machine words, each of the three
    columns read as one big integer, and the two big XORs give every run at once (XOR has no
    carry: the integers' XOR is each run's XOR side by side); the same values as XOR-ing the
    runs one by one as Python integers, at a third of the cost.
    """
    words = _words(text)
    if len(words) < SHINGLE_WORDS:
        words = words + [""] * (SHINGLE_WORDS - len(words))
    runs = len(words) - SHINGLE_WORDS + 1
    # first(w0), second(w0), third(w0), first(w1), ...: run i's three values are 3i, 3i+4, 3i+8.
    flat = array("Q", b"".join(map(_packed.__getitem__, words)))
    columns = (flat[start : start + 3 * runs : 3].tobytes() for start in (0, 4, 8))
    first, second, third = (int.from_bytes(column, "little") for column in columns)
    return set(array("Q", (first ^ second ^ third).to_bytes(_WORD_BYTES * runs, "little")))


def band_hashes(shingle_set: set[int]) -> list[int | None]:
    """Return one signed 63-bit hash per band (SQLite integers are signed 64-bit).

    One-permutation MinHash: each shingle hash falls into one of BANDS x ROWS bins by its low
    bits and each bin keeps its smallest value; two texts agree on a bin with probability
    about their Jaccard similarity. A band with an empty bin gets no hash: empty bins would
    agree between unrelated short texts.
    """
    bins = BANDS * ROWS  # a power of two: a value's bin is its low bits, its rank the rest
    low, shift = bins - 1, bins.bit_length() - 1
    # One pass keeping each bin's smallest value (lean: it runs every ingest; a list indexed by
    # bin costs two thirds of a dict's look-ups, and sorting the multi-digit hashes more).
    smallest: list[int | None] = [None] * bins
    for value in shingle_set:
        held = smallest[value & low]
        if held is None or value < held:
            smallest[value & low] = value
    out: list[int | None] = []
    for band in range(BANDS):
        first, second = smallest[band * ROWS], smallest[band * ROWS + 1]
        if first is None or second is None:
            out.append(None)
            continue
        # Within a bin whole values order as their ranks do; the band's hash mixes both ranks and
        # its own number, so a value names its band (stored and looked up alone).
        out.append(((first >> shift) * _FIRST + (second >> shift) * _SECOND + band) & _MASK)
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
