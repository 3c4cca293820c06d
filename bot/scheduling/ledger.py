"""Deliver posts through the ledger: record, send, mark sent; retry transient failures later.

python-discord posts first and records after, so a crash in between double-posts; here a
post is recorded (with its idempotency key) before the platform is called, and an attempt is
counted before the call, so a restart knows which posts are owed and which may have gone out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Unpack

from bot.errors import DeliveryError
from bot.ports import AdminNotifier, Clock, Outbox, Post, SentLookup
from bot.storage.channels import platform_of
from bot.storage.deliveries import Delivery, OwedPost
from bot.storage.store import Store

log = logging.getLogger(__name__)

# Retries of a transient failure wait 30 s, 1 min, 2 min, ... up to 15 min, then give up.
RETRY_BASE = timedelta(seconds=30)
RETRY_CAP = timedelta(minutes=15)
MAX_ATTEMPTS = 12

Render = Callable[[Delivery], Awaitable[Post]]
AfterSent = Callable[[Delivery, Post], Awaitable[None]]
GiveUp = Callable[[Delivery, str, bool], Awaitable[None]]
# Called at each step with (stage, key): "recorded", "sending", "sent", "marked". Tests use it
# to kill the process at an exact point; production leaves it unset.
StageHook = Callable[[str, str], None]


def retry_delay(attempts: int) -> timedelta:
    """Return the wait before the next try after `attempts` failed ones (exponential, capped)."""
    delay: timedelta = RETRY_BASE * (2 ** max(attempts - 1, 0))
    return min(delay, RETRY_CAP)


class DeliveryLedger:
    """Own every post to a channel: nothing is posted that was not recorded first."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        outboxes: dict[str, Outbox],
        *,
        render: Render,
        after_sent: AfterSent | None = None,
        after_reconciled: Callable[[Delivery], Awaitable[None]] | None = None,
        give_up: GiveUp | None = None,
        stage_hook: StageHook | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._outboxes = outboxes
        self._render = render
        self._after_sent = after_sent
        self._after_reconciled = after_reconciled
        self._give_up = give_up
        self.stage_hook = stage_hook
        self._flush_lock = asyncio.Lock()
        # Called before each batch of sends (the composer drops its per-batch lookups).
        self.on_pass: Callable[[], None] | None = None

    def platforms(self) -> list[str]:
        """Return the platforms whose outboxes are running."""
        return sorted(self._outboxes)

    def can_post(self, channel_ref: str) -> bool:
        """Tell whether the channel's platform is running (its outbox is registered)."""
        return platform_of(channel_ref) in self._outboxes

    async def record(self, *, skipped: bool = False, **post: Unpack[OwedPost]) -> bool:
        """Record a post that is owed (or skipped); call inside the caller's transaction."""
        created = await self._store.deliveries.record(
            now=self._clock.now(), status="skipped" if skipped else "recorded", **post
        )
        if not created:
            log.info("delivery %s is already in the ledger", post["key"])
        return created

    async def flush(self) -> int:
        """Send every owed post whose time has come; return how many went out."""
        # One flush at a time: two would both read the same owed post and both send it.
        async with self._flush_lock:
            return await self._flush()

    async def _flush(self) -> int:
        sent = 0
        while True:
            owed = await self._store.deliveries.owed(self._clock.now(), self.platforms())
            if self.on_pass is not None:
                self.on_pass()
            owed = [d for d in owed if self.can_post(d.channel_ref)]
            if not owed:
                return sent
            progressed = False
            for delivery in owed:
                outcome = await self.send(delivery)
                sent += outcome == "sent"
                progressed = progressed or outcome in ("sent", "failed")
            if not progressed:
                return sent

    async def send(self, delivery: Delivery) -> str:
        """Send one owed post; return "sent", "retry", "failed" or "unavailable"."""
        self._stage("recorded", delivery.key)
        outbox = self._outboxes.get(platform_of(delivery.channel_ref))
        if outbox is None:
            return "unavailable"
        if delivery.attempts > 0 and isinstance(outbox, SentLookup):
            # An earlier run called the platform and died before marking the post sent.
            found = await outbox.find_sent(delivery.channel_ref, delivery.key)
            if found is not None:
                log.warning("delivery %s had gone out before a restart; not posting it again", delivery.key)
                async with self._store.transaction():
                    await self._store.deliveries.mark_sent(delivery.id, found, self._clock.now())
                    if self._after_reconciled is not None:
                        await self._after_reconciled(delivery)
                return "sent"
        try:
            post = await self._render(delivery)
        except Exception as exc:  # a post that cannot be composed must not block the others
            log.exception("cannot compose delivery %s", delivery.key)
            await self._fail(delivery, f"cannot compose the post: {exc}", permanent=False)
            return "failed"
        post = _with_key(post, delivery.key)
        async with self._store.exclusive():  # one UPDATE: committed before the platform is called
            composed_at = post.digest.generated_at if post.digest is not None else None
            await self._store.deliveries.begin_attempt(delivery.id, composed_at)
        self._stage("sending", delivery.key)
        try:
            message_ref = await outbox.send(delivery.channel_ref, post)
        except DeliveryError as exc:
            return await self._failed_send(delivery, exc)
        except Exception as exc:  # an adapter bug or an unwrapped network error: retry, don't block
            log.exception("outbox %s raised while sending %s", outbox.platform, delivery.key)
            return await self._failed_send(delivery, DeliveryError(f"{type(exc).__name__}: {exc}"))
        self._stage("sent", delivery.key)
        if post.digest is not None and self._after_sent is not None:
            async with self._store.transaction():  # a digest's watermark moves with its mark
                await self._store.deliveries.mark_sent(delivery.id, message_ref, self._clock.now())
                await self._after_sent(delivery, post)
        else:
            async with self._store.exclusive():  # one UPDATE, committed at once
                await self._store.deliveries.mark_sent(delivery.id, message_ref, self._clock.now())
        self._stage("marked", delivery.key)
        return "sent"

    async def _failed_send(self, delivery: Delivery, exc: DeliveryError) -> str:
        attempts = delivery.attempts + 1
        if exc.permanent or attempts >= MAX_ATTEMPTS:
            reason = str(exc) if exc.permanent else f"gave up after {attempts} attempts: {exc}"
            await self._fail(delivery, reason, permanent=exc.permanent)
            return "failed"
        retry_at = self._clock.now() + retry_delay(attempts)
        log.warning("delivery %s failed (%s); retrying at %s", delivery.key, exc, retry_at.isoformat())
        async with self._store.transaction():
            await self._store.deliveries.mark_retry(delivery.id, str(exc), retry_at)
        return "retry"

    async def _fail(self, delivery: Delivery, reason: str, *, permanent: bool) -> None:
        log.error("delivery %s to %s failed for good: %s", delivery.key, delivery.channel_ref, reason)
        async with self._store.transaction():
            await self._store.deliveries.mark_failed(delivery.id, reason)
        if self._give_up is not None:
            await self._give_up(delivery, reason, permanent)

    async def notify_admin(self, channel_ref: str, text: str) -> bool:
        """Tell an admin through the channel's platform, when it can; return whether it could."""
        outbox = self._outboxes.get(platform_of(channel_ref))
        if isinstance(outbox, AdminNotifier):
            try:
                await outbox.notify_admin(channel_ref, text)
            except DeliveryError as exc:
                log.error("cannot tell an admin about %s: %s", channel_ref, exc)
                return False
            return True
        return False

    def _stage(self, stage: str, key: str) -> None:
        if self.stage_hook is not None:
            self.stage_hook(stage, key)


def _with_key(post: Post, key: str) -> Post:
    """Return the post carrying its idempotency key, for platforms that can deduplicate."""
    return Post(
        kind=post.kind,
        text=post.text,
        digest=post.digest,
        late=post.late,
        extra={**post.extra, "idempotency_key": key},
    )
