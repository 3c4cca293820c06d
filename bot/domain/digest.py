"""Compose a structured digest: deadlines first, then each development's labelled sections.

Services gather the rows; this module only arranges them. Each platform turns the result
into its own message format (text, embeds, Block Kit) and splits it at its limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label

OPEN_STATUSES = frozenset({DeadlineStatus.PENDING, DeadlineStatus.EXTENDED})
CONFIRMED = "confirmed"
DENIED = "denied"


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
class DeadlineChange:
    """One change to a deadline since the last digest: extended, met, broken, cancelled, expired.

    `old_due` and `new_due` are the stored ISO dates or instants; `evidence` quotes the article
    that caused the change (None, with no `source`, when sitrep itself saw the due time pass);
    `what_evidence` is the deadline's own evidence, which a short form of `what` centres on.
    """

    deadline_id: int
    what: str
    at: datetime
    kind: str
    old_due: str | None
    new_due: str | None
    evidence: str | None
    source: Source | None
    what_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimVerdict:
    """A claim from an unnamed source that a named source later confirmed or denied."""

    claim_item_id: int
    claim_text: str
    verdict: str
    by_item_id: int
    by_speaker: str | None
    by_text: str | None
    by_source: Source | None

    @property
    def confirmed(self) -> bool:
        """Tell a confirmation from a denial."""
        return self.verdict == CONFIRMED


@dataclass(frozen=True, slots=True)
class DevelopmentSection:
    """One development's part of a digest: items by label, deadlines, and what changed."""

    development: Development
    sections: dict[Label, list[DigestItem]]
    deadlines: list[DigestDeadline]
    changes: list[DeadlineChange] = field(default_factory=list)
    verdicts: list[ClaimVerdict] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Tell whether there is nothing new to show."""
        return not any(self.sections.values()) and not self.deadlines and not self.has_changes

    @property
    def has_changes(self) -> bool:
        """Tell whether a deadline changed or a claim was confirmed or denied."""
        return bool(self.changes or self.verdicts)

    def verdict_of(self, item_id: int) -> ClaimVerdict | None:
        """Return the confirmation or denial of a claim shown in this section, if any."""
        return next((v for v in self.verdicts if v.claim_item_id == item_id), None)

    @property
    def standalone_verdicts(self) -> list[ClaimVerdict]:
        """Return verdicts on claims not shown in this digest's claim section (older claims)."""
        shown = {e.item_id for entries in self.sections.values() for e in entries}
        return [v for v in self.verdicts if v.claim_item_id not in shown]


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


def change_kind(old_status: str | None, new_status: str, old_due: str | None, new_due: str | None) -> str:
    """Name a history row: "new", "extended", "met", "broken", "cancelled", "expired", "moved"."""
    if old_status is None:
        return "new"
    if new_status == DeadlineStatus.PENDING.value and old_due != new_due:
        return "moved"
    return new_status


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
    changes: dict[int, list[DeadlineChange]] | None = None,
    verdicts: dict[int, list[ClaimVerdict]] | None = None,
) -> Digest:
    """Arrange developments, their new items, deadlines and changes (keyed by development id)."""
    titles = {dev.id: dev.title for dev, _, _ in developments}
    all_deadlines = [d for _, _, deadlines in developments for d in deadlines]
    sections = []
    for dev, items, deadlines in developments:
        fresh = [e for e in items if since is None or e.source.ingested_at >= since]
        section = DevelopmentSection(
            development=dev,
            sections=group_items(fresh),
            deadlines=deadline_lines(deadlines, titles, now, lookback=lookback),
            changes=sorted((changes or {}).get(dev.id, []), key=lambda c: (c.at, c.deadline_id)),
            verdicts=list((verdicts or {}).get(dev.id, [])),
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
