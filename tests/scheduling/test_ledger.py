"""The delivery ledger: keys make posts idempotent; failures never block the other posts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.scheduling import SchedulingService
from bot.scheduling.ledger import MAX_ATTEMPTS, retry_delay
from tests.scheduling.fakes import FakeOutbox


class BrokenOutbox(FakeOutbox):
    """Raises something that is not a DeliveryError for the first post, as a buggy adapter might."""

    async def send(self, channel_ref, post):  # type: ignore[no-untyped-def]
        if not self.sent and not getattr(self, "raised", False):
            self.raised = True
            raise ConnectionResetError("peer reset")
        return await super().send(channel_ref, post)


async def test_the_same_key_is_recorded_once_and_posted_once(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    async with app.store.transaction():
        first = await service.ledger.record(
            key="notice:console:main:1", channel_ref="console:main", kind="reminder", payload={}, due_at=None
        )
        again = await service.ledger.record(
            key="notice:console:main:1", channel_ref="console:main", kind="reminder", payload={}, due_at=None
        )
    assert (first, again) == (True, False)
    assert await service.ledger.flush() == 1
    assert await service.ledger.flush() == 0
    assert len(outbox.sent) == 1
    assert outbox.sent[0].post.extra["idempotency_key"] == "notice:console:main:1"


async def test_an_unexpected_adapter_error_is_retried_and_does_not_block_later_posts(
    app: App, clock: FixedClock, service: SchedulingService
) -> None:
    broken = BrokenOutbox(clock)
    app.outboxes["console"] = broken
    async with app.store.transaction():
        for n in (1, 2):
            await service.ledger.record(
                key=f"k{n}", channel_ref="console:main", kind="reminder", payload={}, due_at=None
            )
    assert await service.ledger.flush() == 1  # k1 failed (retry later), k2 went out
    clock.advance(timedelta(seconds=31))
    assert await service.ledger.flush() == 1
    assert [s.post.extra["idempotency_key"] for s in broken.sent] == ["k2", "k1"]


def test_retry_waits_double_and_are_capped() -> None:
    waits = [retry_delay(n) for n in range(1, MAX_ATTEMPTS)]
    assert waits[:3] == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert max(waits) == timedelta(minutes=15)
    assert datetime(2026, 1, 1, tzinfo=UTC) + sum(waits, timedelta()) < datetime(2026, 1, 1, 3, tzinfo=UTC)


async def test_post_text_goes_through_the_ledger_once_per_key(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    assert await service.post_text("console:main", "feed:3:item:42", "New: pause extended", kind="feed_item")
    assert not await service.post_text(
        "console:main", "feed:3:item:42", "New: pause extended", kind="feed_item"
    )
    assert [(s.post.kind, s.post.text) for s in outbox.sent] == [("feed_item", "New: pause extended")]
    assert outbox.sent[0].post.extra["idempotency_key"] == "text:feed:3:item:42"


async def test_concurrent_flushes_send_each_post_once(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    async with app.store.transaction():
        for n in range(20):
            await service.ledger.record(
                key=f"c{n}", channel_ref="console:main", kind="text", payload={"text": str(n)}, due_at=None
            )
    await asyncio.gather(service.ledger.flush(), service.ledger.flush(), service.run_due())
    assert sorted(int(s.post.text) for s in outbox.sent) == list(range(20))
