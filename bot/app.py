"""Wire the services over one store: the only place that builds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from bot.feeds.fetcher import FetchPolicy, SafeFetcher
from bot.ports import Clock, DeadlineObserver, FeedCommands, Outbox, ScheduleCommands
from bot.services.briefing import BriefingService
from bot.services.developments import DevelopmentService
from bot.services.feeds import FeedService, outbox_notifier
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
    # Called with the platform's name when its outbox comes up (the scheduler sends what waits).
    outbox_listeners: list[Callable[[str], None]] = field(default_factory=list)

    def register_outbox(self, outbox: Outbox) -> None:
        """Make a platform's outbox available for posts and tell whoever waits for it."""
        self.outboxes[outbox.platform] = outbox
        for listener in self.outbox_listeners:
            listener(outbox.platform)

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
    app = App(
        settings=settings,
        clock=clock,
        store=store,
        ingest=IngestService(
            store,
            clock,
            timezone=settings.timezone,
            default_language=settings.language,
            observers=observers,
        ),
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
    app.feeds = build_feeds(app)
    return app


def build_feeds(app: App) -> FeedService:
    """Build the feed service: safe fetcher from settings, notices through the app's outboxes."""
    policy = FetchPolicy(
        allow_hosts=tuple(app.settings.allow_hosts),
        timeout_s=app.settings.fetch_timeout_s,
        max_bytes=app.settings.fetch_max_bytes,
    )
    return FeedService(
        app.store,
        app.clock,
        app.ingest,
        SafeFetcher(policy),
        interval_s=app.settings.feed_interval_minutes * 60,
        notify=outbox_notifier(app.outboxes),
    )
