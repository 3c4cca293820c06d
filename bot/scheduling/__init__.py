"""Scheduled digests and reminders, and the delivery ledger every post goes through."""

from __future__ import annotations

from bot.app import App
from bot.scheduling.ledger import StageHook
from bot.scheduling.runner import SchedulerRunner
from bot.scheduling.service import SchedulingService

__all__ = ["SchedulerRunner", "SchedulingService", "attach_scheduling", "start_scheduling"]


def attach_scheduling(app: App, *, stage_hook: StageHook | None = None) -> SchedulingService:
    """Set the scheduling service as `app.schedules` and let it hear of deadline changes (once per app).

    Every process that can change deadlines attaches it (even `sitrep ingest`, which posts
    nothing): the reminders and "deadline changed" notices it plans are rows in the database,
    which the running bot's scheduler picks up on its next pass.
    """
    if isinstance(app.schedules, SchedulingService):
        if stage_hook is not None:
            app.schedules.ledger.stage_hook = stage_hook
        return app.schedules
    service = SchedulingService(
        app.store, app.clock, app.briefing, app.outboxes, app.settings, stage_hook=stage_hook
    )
    app.schedules = service
    app.add_deadline_observer(service)
    return service


async def start_scheduling(app: App) -> SchedulerRunner:
    """Attach scheduling and start its runner (catch-up first); call once the outboxes are registered."""
    runner = SchedulerRunner(attach_scheduling(app))
    await runner.start()
    app.outbox_listeners.append(runner.wake)
    return runner
