"""Compose a structured digest: deadlines first, then each development's labelled sections.

Services gather the rows; this module only arranges them. Each platform turns the result
into its own message format (text, embeds, Block Kit) and splits it at its limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label

OPEN_STATUSES = frozenset({DeadlineStatus.PENDING, DeadlineStatus.EXTENDED})


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item comes from, for the line under it."""

    article_id: int
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    ingested_at: datetime


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One labelled item as a digest shows it."""

    item_id: int
    item: Item
    source: Source


@dataclass(frozen=True, slots=True)
class DigestDeadline:
    """A deadline line: what, until when, how long is left (negative once expired)."""

    deadline: Deadline
    development_title: str
    time_left: timedelta

    @property
    def expired(self) -> bool:
        """Tell whether the deadline has passed or is marked expired."""
        return self.deadline.status is DeadlineStatus.EXPIRED or (
            self.deadline.status in OPEN_STATUSES and self.time_left <= timedelta(0)
        )


@dataclass(frozen=True, slots=True)
class DevelopmentSection:
    """One development's part of a digest, its items grouped by label."""

    development: Development
    sections: dict[Label, list[DigestItem]]
    deadlines: list[DigestDeadline]

    @property
    def is_empty(self) -> bool:
        """Tell whether there is nothing new to show."""
        return not any(self.sections.values()) and not self.deadlines


@dataclass(frozen=True, slots=True)
class Digest:
    """A whole briefing for one channel, before any platform formats it."""

    kind: str
    language: str
    timezone: str
    generated_at: datetime
    since: datetime | None
    deadlines: list[DigestDeadline]
    developments: list[DevelopmentSection]
    notes: list[str] = field(default_factory=list)
    late: bool = False


def group_items(items: list[DigestItem]) -> dict[Label, list[DigestItem]]:
    """Split items into the four labelled sections, in DESIGN.md §2 order."""
    sections: dict[Label, list[DigestItem]] = {label: [] for label in Label}
    for entry in items:
        sections[entry.item.label].append(entry)
    return sections


def deadline_lines(
    deadlines: list[Deadline],
    titles: dict[int, str],
    now: datetime,
    *,
    lookback: timedelta,
    horizon: timedelta | None = None,
) -> list[DigestDeadline]:
    """Keep open deadlines ahead (within `horizon`) and ones that passed within `lookback`."""
    lines: list[DigestDeadline] = []
    for deadline in deadlines:
        left = deadline.due_at - now
        if left < -lookback:
            continue
        if horizon is not None and left > horizon:
            continue
        if deadline.status in (DeadlineStatus.MET, DeadlineStatus.CANCELLED) and left < -lookback:
            continue
        lines.append(DigestDeadline(deadline, titles.get(deadline.development_id, "?"), left))
    lines.sort(key=lambda line: line.deadline.due_at)
    return lines


def compose(
    *,
    kind: str,
    language: str,
    timezone: str,
    now: datetime,
    since: datetime | None,
    developments: list[tuple[Development, list[DigestItem], list[Deadline]]],
    lookback: timedelta,
    notes: list[str] | None = None,
    late: bool = False,
) -> Digest:
    """Arrange developments, their new items and their deadlines into a digest."""
    titles = {dev.id: dev.title for dev, _, _ in developments}
    all_deadlines = [d for _, _, deadlines in developments for d in deadlines]
    sections = []
    for dev, items, deadlines in developments:
        fresh = [e for e in items if since is None or e.source.ingested_at >= since]
        section = DevelopmentSection(
            development=dev,
            sections=group_items(fresh),
            deadlines=deadline_lines(deadlines, titles, now, lookback=lookback),
        )
        if not section.is_empty:
            sections.append(section)
    return Digest(
        kind=kind,
        language=language,
        timezone=timezone,
        generated_at=now,
        since=since,
        deadlines=deadline_lines(all_deadlines, titles, now, lookback=lookback),
        developments=sections,
        notes=list(notes or []),
        late=late,
    )
