"""The safe fetcher: http(s) only, guarded addresses, manual redirects, size caps, timeouts."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.errors import FetchError
from bot.feeds.guard import AddressPolicy
from bot.ports import FetchedPage

if TYPE_CHECKING:
    from bot.feeds.session import FetchSession

USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep-bot/sitrep; feed reader)"
ARTICLE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
        "text/plain",
        "text/html",  # many feeds are served with the wrong type; feedparser copes
        "application/octet-stream",
        "",
    }
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


class HttpStatusError(FetchError):
    """The server answered with an error status; `retry_after` is its Retry-After header."""

    def __init__(self, message: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class NetworkError(FetchError):
    """The host could not be reached at all (a fault that may be ours, not the feed's)."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The limits every fetch obeys."""

    allow_hosts: tuple[str, ...] = ()
    timeout_s: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host: int = 2
    total: int = 32


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A response that passed every check: 200 with a body, or 304 without one."""

    url: str
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def page(self) -> FetchedPage:
        """Return the result as the port's FetchedPage."""
        return FetchedPage(self.url, self.content_type, self.body, self.headers)


class SafeFetcher:
    """Implements `bot.ports.Fetcher`; `open()` gives a session many fetches can share."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.guard = AddressPolicy(policy.allow_hosts)

    def open(self) -> AbstractAsyncContextManager[FetchSession]:
        """Open a guarded session (per-host connection limit, no automatic decompression)."""
        # aiohttp is imported with the session, not with this module: a CLI command that
        # fetches nothing (`sitrep demo`, `brief`) starts a fifth of a second sooner
        from bot.feeds.session import open_session

        return open_session(self.policy, self.guard)

    async def fetch(self, url: str) -> FetchedPage:
        """Fetch one article page, or raise FetchError."""
        async with self.open() as session:
            result = await session.get(url, accept=ARTICLE_TYPES)
        return result.page()
