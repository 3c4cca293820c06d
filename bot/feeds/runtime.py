"""Run the feed poller beside a platform for as long as the bot runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from bot.app import App
from bot.services.feeds import FeedService

log = logging.getLogger(__name__)


def _log_end(task: asyncio.Task[None]) -> None:
    """Log a poller that died, instead of losing its exception."""
    if not task.cancelled() and task.exception() is not None:
        log.error("feed poller stopped", exc_info=task.exception())


@contextlib.asynccontextmanager
async def feed_polling(app: App) -> AsyncIterator[asyncio.Task[None] | None]:
    """Poll the app's feeds in the background inside the block; stop cleanly after it."""
    if not isinstance(app.feeds, FeedService):
        yield None
        return
    stop = asyncio.Event()
    task = asyncio.create_task(app.feeds.run(stop), name="feed-poller")
    task.add_done_callback(_log_end)
    try:
        yield task
    finally:
        stop.set()
        try:
            await asyncio.wait_for(task, timeout=5)
        except (TimeoutError, asyncio.CancelledError):
            task.cancel()
        except Exception:
            log.debug("feed poller ended with an error", exc_info=True)
