"""The interfaces the services need; adapters (platforms, fetchers, clocks) implement them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from bot.domain.digest import Digest
    from bot.domain.models import Deadline
    from bot.services.ingest import IngestResult


class Clock(Protocol):
    """Where services read the time; tests pass a clock they set."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware."""
        ...


@dataclass(frozen=True, slots=True)
class Post:
    """Something to post in a channel: a structured digest, or plain text (reminders, notices).

    `text` is untrusted where it quotes articles: each platform escapes it and strips mentions.
    """

    kind: str
    text: str = ""
    digest: Digest | None = None
    late: bool = False
    extra: dict[str, str] = field(default_factory=dict)


@runtime_checkable
class Outbox(Protocol):
    """A chat platform's posting side: Discord, Slack or the console.

    `send` raises `bot.errors.DeliveryError` (with `permanent` set when retrying cannot help)
    and returns the platform's id of the posted message.
    """

    platform: str

    async def send(self, channel_ref: str, post: Post) -> str:
        """Post in a channel and return the platform's message id."""
        ...


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched document: final URL after redirects, its media type and text."""

    url: str
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher(Protocol):
    """Fetches URLs safely (size cap, timeout, private-address guard)."""

    async def fetch(self, url: str) -> FetchedPage:
        """Return the page at `url` or raise `bot.errors.FetchError`."""
        ...


# --- Services that the feeds and scheduling adapters provide to the chat platforms. ---


@dataclass(frozen=True, slots=True)
class FeedView:
    """A feed subscription and its health, as `/feed list` and `/feed health` show it."""

    id: int
    url: str
    title: str | None
    channels: tuple[str, ...]
    last_success: datetime | None
    last_error: str | None
    consecutive_failures: int
    next_attempt: datetime | None

    @property
    def healthy(self) -> bool:
        """Tell whether the last poll succeeded."""
        return self.consecutive_failures == 0


class FeedCommands(Protocol):
    """Per-channel feed subscriptions, and URL ingest (the feeds issue implements it)."""

    async def add(self, channel_ref: str, url: str) -> FeedView:
        """Subscribe a channel to a feed (first poll stores without posting)."""
        ...

    async def list(self, channel_ref: str | None = None) -> list[FeedView]:
        """Return a channel's feeds (every feed when `channel_ref` is None), with health."""
        ...

    async def remove(self, channel_ref: str | None, feed_id: int) -> None:
        """Unsubscribe a channel (or every channel when None) from a feed."""
        ...

    async def ingest_url(self, url: str) -> IngestResult:
        """Fetch one URL safely, extract its article and ingest it."""
        ...


@dataclass(frozen=True, slots=True)
class ScheduleView:
    """A channel's digest schedule."""

    channel_ref: str
    spec: str
    timezone: str
    language: str
    enabled: bool
    next_run: datetime | None
    follows: tuple[int, ...] | None = None  # development ids the channel follows; None = all


@dataclass(frozen=True, slots=True)
class ReminderView:
    """A saved extra reminder, echoed back as an absolute time in the channel's zone."""

    id: int
    development_id: int
    fire_at: datetime
    timezone: str


class ScheduleCommands(Protocol):
    """Digest schedules and reminders (the scheduling issue implements it).

    `remind` raises `bot.errors.InputError` with a clear question when `when` is ambiguous.
    """

    async def set_digest(
        self, channel_ref: str, spec: str, *, timezone: str | None = None, language: str | None = None
    ) -> ScheduleView:
        """Set a channel's schedule ("daily 08:00", "weekdays 07:30", "every 6h", cron)."""
        ...

    async def show_digest(self, channel_ref: str) -> ScheduleView | None:
        """Return a channel's schedule, if any."""
        ...

    async def digest_off(self, channel_ref: str) -> None:
        """Turn a channel's digest off."""
        ...

    async def digest_now(self, channel_ref: str) -> Digest:
        """Compose the channel's digest now (what changed since its last one)."""
        ...

    async def remind(self, channel_ref: str, development_id: int, when: str) -> ReminderView:
        """Add a reminder at a natural-language time (es or en)."""
        ...

    async def follow(self, channel_ref: str, development_ids: list[int] | None) -> ScheduleView | None:
        """Make a channel's digests and reminders follow chosen developments (None: all of them)."""
        ...


@runtime_checkable
class ReminderControls(Protocol):
    """What the snooze / stop buttons of a posted reminder need (the scheduling service has it).

    A reminder post carries its reminder's id in `Post.extra["reminder_id"]`; the buttons send it back.
    """

    async def snooze(self, reminder_id: int, minutes: int) -> ReminderView:
        """Remind the reminder's channel again `minutes` from now."""
        ...

    async def stop_reminding(self, reminder_id: int) -> None:
        """Cancel this reminder and the later ones of the same deadline in its channel."""
        ...


class DeadlineObserver(Protocol):
    """Told when a deadline is added, moved or changes status, so reminders move with it."""

    async def deadline_changed(self, deadline: Deadline, old_due_at: datetime | None) -> None:
        """React to a new or changed deadline (`old_due_at` is None for a new one)."""
        ...


# --- Optional abilities of an outbox, which the delivery ledger uses when a platform has them. ---


@runtime_checkable
class SentLookup(Protocol):
    """An outbox that can tell whether a post with an idempotency key already went out.

    The ledger asks after a restart that interrupted a send (attempted, not marked sent):
    with an answer the post is never doubled; without one it is sent again (at least once).
    Outboxes find the key in `Post.extra["idempotency_key"]` (Discord nonce, Slack metadata).
    """

    async def find_sent(self, channel_ref: str, idempotency_key: str) -> str | None:
        """Return the message id of the post with that key, or None if it was never posted."""
        ...


@runtime_checkable
class AdminNotifier(Protocol):
    """An outbox that can tell a human admin that posting to a channel stopped for good."""

    async def notify_admin(self, channel_ref: str, text: str) -> None:
        """Tell an admin (owner DM, admin channel) why posting to `channel_ref` was disabled."""
        ...
