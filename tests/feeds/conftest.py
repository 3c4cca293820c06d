"""Fixtures: the local feed server, a fetcher allowlisting loopback, a feed service over SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from bot.app import App
from bot.feeds.fetcher import FetchPolicy, SafeFetcher
from bot.ports import Post
from bot.services.feeds import FeedService, outbox_notifier
from tests.feeds.server import FeedServer, start


@dataclass
class FakeOutbox:
    """Records what would have been posted."""

    platform: str = "console"
    sent: list[tuple[str, Post]] = field(default_factory=list)

    async def send(self, channel_ref: str, post: Post) -> str:
        self.sent.append((channel_ref, post))
        return f"msg-{len(self.sent)}"


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    """The local feed server, on 127.0.0.1 and 127.0.0.2."""
    srv = FeedServer()
    runner = await start(srv)
    yield srv
    await runner.cleanup()


def policy(**overrides: object) -> FetchPolicy:
    """A fetch policy for tests: loopback allowed, short timeout, 5 MB cap."""
    base: dict[str, object] = {"allow_hosts": ("127.0.0.1",), "timeout_s": 1.0, "max_bytes": 5_000_000}
    base.update(overrides)
    return FetchPolicy(**base)  # type: ignore[arg-type]


@pytest.fixture
def outbox() -> FakeOutbox:
    return FakeOutbox()


@pytest.fixture
def feeds(app: App, outbox: FakeOutbox) -> FeedService:
    """The feed service of the app, with a loopback-allowing fetcher and the fake console outbox."""
    app.outboxes["console"] = outbox
    service = FeedService(
        app.store,
        app.clock,
        app.ingest,
        SafeFetcher(policy(allow_hosts=("127.0.0.0/8",), timeout_s=1.5)),
        interval_s=600,
        notify=outbox_notifier(app.outboxes),
        notice_after=2,
    )
    app.feeds = service
    return service
