"""Turn a parsed schedule into an APScheduler trigger, and list the runs a window holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.domain.schedule_spec import ScheduleSpec
from bot.errors import InputError

# Interval schedules count from a fixed instant so that rebuilding the job at start-up
# lands on the same runs as before (APScheduler would otherwise count from "now").
INTERVAL_ANCHOR = datetime(2000, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)


def build_trigger(spec: ScheduleSpec, timezone: str) -> BaseTrigger:
    """Build the trigger; cron fields are read in the channel's zone, so DST moves with it."""
    zone = ZoneInfo(timezone)
    if spec.interval is not None:
        return IntervalTrigger(
            seconds=int(spec.interval.total_seconds()), start_date=INTERVAL_ANCHOR, timezone=zone
        )
    try:
        return CronTrigger(
            minute=spec.minute,
            hour=spec.hour,
            day=spec.day,
            month=spec.month,
            day_of_week=spec.day_of_week,
            timezone=zone,
        )
    except ValueError as exc:
        raise InputError(f"cannot read the schedule {spec.text!r}: {exc}") from None


def next_run(trigger: BaseTrigger, after: datetime) -> datetime | None:
    """Return the first run strictly after `after`, in UTC.

    A wall time that the autumn DST change repeats (02:30 twice in Madrid) runs once, the
    first time, as cron does: "daily 02:30" must not post two digests that night.
    """
    # Step in UTC: adding to a local time on the repeated hour would land on its first pass.
    found = trigger.get_next_fire_time(None, after.astimezone(UTC) + _TICK)
    while found is not None and isinstance(trigger, CronTrigger) and _repeated_wall_time(found, trigger):
        found = trigger.get_next_fire_time(None, found.astimezone(UTC) + _TICK)
    return found.astimezone(UTC) if found is not None else None


def _repeated_wall_time(when: datetime, trigger: CronTrigger) -> bool:
    local = when.astimezone(trigger.timezone)
    return local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()


def runs_between(
    trigger: BaseTrigger, after: datetime, until: datetime, *, limit: int = 10_000
) -> list[datetime]:
    """Return the runs in (after, until], oldest first (at most `limit`, the newest kept)."""
    runs: list[datetime] = []
    current = next_run(trigger, after)
    while current is not None and current <= until:
        runs.append(current)
        if len(runs) > limit:
            del runs[0]
        current = next_run(trigger, current)
    return runs
