"""The interfaces the services need; adapters (platforms, fetchers, clocks) implement them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from bot.domain.digest import Digest


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
