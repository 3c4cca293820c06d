"""Plan deadline reminders: the instants at which a channel hears about a deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.digest import OPEN_STATUSES
from bot.domain.models import Deadline


@dataclass(frozen=True, slots=True)
class PlannedReminder:
    """One reminder: which deadline, how long before it, and when it fires."""

    deadline_id: int
    offset: timedelta
    fire_at: datetime


def plan_reminders(deadline: Deadline, offsets: list[timedelta], now: datetime) -> list[PlannedReminder]:
    """Return the reminders still ahead for an open deadline (T-24h, T-1h, T0 by default)."""
    if deadline.status not in OPEN_STATUSES:
        return []
    planned = [
        PlannedReminder(deadline.id, offset, deadline.due_at - offset)
        for offset in sorted(offsets, reverse=True)
    ]
    return [p for p in planned if p.fire_at > now]
