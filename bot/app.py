"""Wire the services over one store: the only place that builds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bot.ports import Clock, DeadlineObserver, FeedCommands, Outbox, ScheduleCommands
from bot.services.briefing import BriefingService
from bot.services.developments import DevelopmentService
from bot.services.ingest import IngestService
from bot.settings import Settings
from bot.storage.store import Store


@dataclass
class App:
    """The services every entry point (CLI, console, Discord, Slack) calls."""

    settings: Settings
    clock: Clock
    store: Store
    ingest: IngestService
    briefing: BriefingService
    developments: DevelopmentService
    # Filled in by the feeds and scheduling adapters, and by each running chat platform.
    feeds: FeedCommands | None = None
    schedules: ScheduleCommands | None = None
    outboxes: dict[str, Outbox] = field(default_factory=dict)

    def add_deadline_observer(self, observer: DeadlineObserver) -> None:
        """Let the scheduling layer hear of new and changed deadlines."""
        self.ingest.observers.append(observer)

    async def close(self) -> None:
        """Release the database."""
        await self.store.close()


async def build_app(settings: Settings, clock: Clock) -> App:
    """Open the database (migrating it) and build the services over it."""
    store = await Store.open(settings.db)
    observers: list[DeadlineObserver] = []
    return App(
        settings=settings,
        clock=clock,
        store=store,
        ingest=IngestService(store, clock, timezone=settings.timezone, observers=observers),
        briefing=BriefingService(
            store,
            clock,
            language=settings.language,
            timezone=settings.timezone,
            lookback=timedelta(days=settings.deadline_lookback_days),
            observers=observers,
        ),
        developments=DevelopmentService(store, clock),
    )
