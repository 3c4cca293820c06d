"""Feed entry identity: decide whether an entry is new, the same, or an update of one seen.

Identity tries, in order: GUID (unless the feed's GUIDs are broken or reused), normalised
URL, title + date, then content hash; a feed that re-dates or retitles an item still matches
on the keys that did not change, so it never yields a second article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class EntryKey:
    """The identity keys of one entry as a feed shows it now."""

    guid: str | None
    url_norm: str | None
    title: str | None
    published: datetime | None
    content_hash: str | None
    # The title-and-day key (None without a title): matching, look-up and storage each read it.
    title_key: str | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title_key", title_key(self.title, self.published))


@dataclass(frozen=True, slots=True)
class KnownEntry:
    """An entry already recorded for the feed (negative id: seen earlier in this document)."""

    id: int
    guid: str | None
    url_norm: str | None
    title: str | None
    title_key: str | None
    content_hash: str | None
    article_id: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One field of an entry that changed since it was recorded."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class EntryMatch:
    """The verdict on one entry: new (known is None), or the known entry and what changed."""

    known: KnownEntry | None
    changes: tuple[Change, ...] = ()
    repeated_in_document: bool = False


@lru_cache(maxsize=8192)
def normalise_title(title: str | None) -> str | None:
    """Fold case, accents, punctuation and spacing out of a title."""
    if not title:
        return None
    folded = unicodedata.normalize("NFKD", title.casefold())
    # An ASCII title has no combining marks to drop (the usual case: skip the per-character pass).
    bare = folded if folded.isascii() else "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare).strip() or None


def title_key(title: str | None, published: datetime | None) -> str | None:
    """Key an entry by its folded title and publication day."""
    norm = normalise_title(title)
    if norm is None:
        return None
    day = published.date().isoformat() if published else "-"
    return f"{norm}|{day}"


def reused_guids(entries: Sequence[EntryKey]) -> set[str]:
    """Return GUIDs that one document gives to different items (a broken feed)."""
    seen: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    for entry in entries:
        if entry.guid:
            seen[entry.guid].add((entry.url_norm, normalise_title(entry.title)))
    return {guid for guid, items in seen.items() if len(items) > 1}


def _guid_reused(entry: EntryKey, known: KnownEntry) -> bool:
    """Tell whether a GUID match is a different item wearing an old GUID."""
    url_differs = bool(entry.url_norm and known.url_norm and entry.url_norm != known.url_norm)
    title_differs = normalise_title(entry.title) != normalise_title(known.title)
    content_differs = entry.content_hash != known.content_hash
    return url_differs and title_differs and content_differs


def _changes(entry: EntryKey, known: KnownEntry) -> tuple[Change, ...]:
    found: list[Change] = []
    if entry.title and known.title and normalise_title(entry.title) != normalise_title(known.title):
        found.append(Change("title", known.title, entry.title))
    if entry.content_hash and known.content_hash and entry.content_hash != known.content_hash:
        found.append(Change("content", known.content_hash, entry.content_hash))
    return tuple(found)


class _Index:
    """Known entries by each identity key."""

    def __init__(self, known: Sequence[KnownEntry]) -> None:
        self.by: dict[str, dict[str, KnownEntry]] = {
            "guid": {},
            "url_norm": {},
            "title_key": {},
            "content_hash": {},
        }
        for entry in known:
            self.add(entry)

    def add(self, entry: KnownEntry) -> None:
        for key, table in self.by.items():
            value = getattr(entry, key)
            if value:
                table.setdefault(value, entry)

    def replace(self, old: KnownEntry, new: KnownEntry) -> None:
        for key, table in self.by.items():
            value = getattr(old, key)
            if value and table.get(value) is old:
                del table[value]
        for key, table in self.by.items():
            value = getattr(new, key)
            if value:
                table[value] = new


def match_entries(
    entries: Sequence[EntryKey],
    known: Sequence[KnownEntry],
    *,
    trust_guids: bool = True,
    reused: set[str] | None = None,
) -> list[EntryMatch]:
    """Match a document's entries against the feed's known entries, one verdict per entry.

    `reused` is `reused_guids(entries)` when the caller has it already (else it is worked out).
    """
    broken = reused_guids(entries) if reused is None else reused
    index = _Index(known)
    verdicts: list[EntryMatch] = []
    for position, entry in enumerate(entries):
        found: KnownEntry | None = None
        if trust_guids and entry.guid and entry.guid not in broken:
            candidate = index.by["guid"].get(entry.guid)
            if candidate is not None and not _guid_reused(entry, candidate):
                found = candidate
        for key, value in (
            ("url_norm", entry.url_norm),
            ("title_key", entry.title_key),
            ("content_hash", entry.content_hash),
        ):
            if found is None and value:
                found = index.by[key].get(value)
        if found is None:
            pending = KnownEntry(
                -(position + 1),
                entry.guid,
                entry.url_norm,
                entry.title,
                entry.title_key,
                entry.content_hash,
            )
            index.add(pending)
            verdicts.append(EntryMatch(None))
            continue
        if found.id < 0:
            verdicts.append(EntryMatch(found, repeated_in_document=True))
            continue
        verdicts.append(EntryMatch(found, _changes(entry, found)))
        # Later keys (a new title) should find this entry too within the same document.
        updated = replace(
            found,
            title=entry.title or found.title,
            title_key=entry.title_key or found.title_key,
            content_hash=entry.content_hash or found.content_hash,
            url_norm=entry.url_norm or found.url_norm,
        )
        index.replace(found, updated)
    return verdicts
