"""Plain data of the domain: what an article says, and the stories it feeds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    """The four labels of DESIGN.md §2; order is the order of a briefing's sections."""

    STATEMENT = "statement"
    CLAIM = "claim"
    FACT = "fact"
    COMMENTARY = "commentary"


class DeadlineStatus(StrEnum):
    """Where a deadline stands in its lifecycle."""

    PENDING = "pending"
    EXTENDED = "extended"
    MET = "met"
    BROKEN = "broken"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class ChangeKind(StrEnum):
    """What a later article can do to an existing deadline."""

    EXTEND = "extend"
    MEET = "meet"
    BREAK = "break"
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled sentence or clause, with offsets into the article text."""

    text: str
    start: int
    end: int
    label: Label
    confidence: float
    reason: str
    speaker: str | None = None
    role: str | None = None
    cue: str | None = None
    condition: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the item in the shape of DESIGN.md §6."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label.value,
            "speaker": self.speaker,
            "role": self.role,
            "cue": self.cue,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
            "condition": self.condition,
        }


@dataclass(frozen=True, slots=True)
class DeadlineMention:
    """A deadline found in one article: something due, expiring or required by a time."""

    what: str
    due: date | datetime
    evidence: str
    start: int
    end: int
    condition: str | None = None
    speaker: str | None = None

    @property
    def has_time(self) -> bool:
        """Tell whether the text gave a time of day (else `due` is a bare date)."""
        return isinstance(self.due, datetime)

    def to_json(self) -> dict[str, Any]:
        """Return the deadline in the shape of DESIGN.md §6."""
        return {
            "what": self.what,
            "due": self.due.isoformat(),
            "evidence": self.evidence,
            "condition": self.condition,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class EventMention:
    """Something that happened or will happen on a date."""

    what: str
    date: date | datetime
    evidence: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        """Return the event in the shape of DESIGN.md §6."""
        return {
            "what": self.what,
            "date": self.date.isoformat(),
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """A sentence that extends, meets, breaks or cancels an earlier deadline."""

    kind: ChangeKind
    evidence: str
    start: int
    end: int
    new_due: date | datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the change as JSON."""
        return {
            "kind": self.kind.value,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "new_due": self.new_due.isoformat() if self.new_due is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis engine found in one article."""

    language: str
    published: datetime | None
    items: tuple[Item, ...]
    deadlines: tuple[DeadlineMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    changes: tuple[DeadlineChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Return the analysis object of DESIGN.md §6."""
        return {
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "items": [item.to_json() for item in self.items],
            "deadlines": [d.to_json() for d in self.deadlines],
            "events": [e.to_json() for e in self.events],
            "changes": [c.to_json() for c in self.changes],
        }


@dataclass(slots=True)
class ArticleInput:
    """An article as it arrives, before analysis: from a file, a URL, a feed or a chat."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    lang: str | None = None
    guid: str | None = None
    feed_id: int | None = None


@dataclass(slots=True)
class Article:
    """A stored article."""

    id: int
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: datetime | None
    ingested_at: datetime
    language: str
    content_hash: str


@dataclass(slots=True)
class Deadline:
    """A tracked deadline of a development; `due_at` is the UTC instant reminders aim at."""

    id: int
    development_id: int
    article_id: int | None
    what: str
    due: str
    due_at: datetime
    status: DeadlineStatus
    evidence: str
    condition: str | None = None
    speaker: str | None = None


@dataclass(slots=True)
class Development:
    """A story followed across articles and days."""

    id: int
    title: str
    status: str
    language: str
    created_at: datetime
    updated_at: datetime
    actors: frozenset[str] = field(default_factory=frozenset)
    keywords: frozenset[str] = field(default_factory=frozenset)
    muted: bool = False
    closed: bool = False
    phase: str | None = None
    article_count: int = 0
    last_article_at: datetime | None = None
    title_locked: bool = False
