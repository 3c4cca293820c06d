"""The safe fetcher: http(s) only, guarded addresses, manual redirects, size caps, timeouts."""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.errors import FetchError
from bot.feeds.guard import AddressPolicy, GuardedResolver
from bot.ports import FetchedPage

log = logging.getLogger(__name__)

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


class FetchSession:
    """One aiohttp session behind the guard; many fetches may share it."""

    def __init__(self, policy: FetchPolicy, session: aiohttp.ClientSession, guard: AddressPolicy) -> None:
        self._policy = policy
        self._session = session
        self._guard = guard

    async def get(
        self, url: str, *, accept: Iterable[str] = ARTICLE_TYPES, headers: dict[str, str] | None = None
    ) -> FetchResult:
        """Fetch `url`, following redirects by hand so each hop is checked; raise FetchError."""
        try:
            async with asyncio.timeout(self._policy.timeout_s):
                return await self._follow(url, frozenset(accept), headers or {})
        except TimeoutError:
            raise NetworkError(f"{url}: timed out after {self._policy.timeout_s:g} s") from None
        except aiohttp.ClientConnectorError as exc:
            raise NetworkError(f"{url}: cannot connect: {exc.os_error.strerror or exc}") from None
        except aiohttp.ClientPayloadError as exc:
            raise FetchError(f"{url}: broken response body: {exc}") from None
        except aiohttp.ClientError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None

    async def _follow(self, url: str, accept: frozenset[str], headers: dict[str, str]) -> FetchResult:
        seen: set[str] = set()
        current = url
        for _hop in range(self._policy.max_redirects + 1):
            self._check_url(current)
            seen.add(current)
            async with self._session.get(
                current,
                allow_redirects=False,
                headers={"Accept-Encoding": "gzip, deflate", **headers},
            ) as response:
                if response.status in REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"{current}: redirect without a Location")
                    target = urljoin(current, location)
                    if target in seen:
                        raise FetchError(f"{url}: redirect loop at {target}")
                    current = target
                    continue
                return await self._read(current, response, accept)
        raise FetchError(f"{url}: too many redirects (more than {self._policy.max_redirects})")

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs can be fetched")
        if not parts.hostname:
            raise FetchError(f"{url}: the URL has no host")
        self._guard.check_literal(parts.hostname)

    async def _read(self, url: str, response: aiohttp.ClientResponse, accept: frozenset[str]) -> FetchResult:
        headers = {k.lower(): v for k, v in response.headers.items()}
        if response.status == 304:
            return FetchResult(url, 304, "", b"", headers)
        if response.status != 200:
            reason = response.reason or ""
            raise HttpStatusError(
                f"{url}: HTTP {response.status} {reason}".rstrip(),
                response.status,
                headers.get("retry-after"),
            )
        content_type = response.content_type.lower() if "content-type" in headers else ""
        if content_type not in accept:
            hint = " (a feed: subscribe with `feed add`)" if _is_feed_type(content_type) else ""
            raise FetchError(f"{url}: unexpected content type {content_type or 'none'!r}{hint}")
        cap = self._policy.max_bytes
        declared = response.content_length
        if declared is not None and declared > cap:
            raise FetchError(f"{url}: too large ({declared:,} bytes; the limit is {cap:,})")
        body = await read_capped(response, headers.get("content-encoding", ""), cap, url)
        return FetchResult(url, 200, content_type, body, headers)


def _is_feed_type(content_type: str) -> bool:
    return content_type.endswith(("rss+xml", "atom+xml", "/xml"))


async def read_capped(response: aiohttp.ClientResponse, encoding: str, cap: int, url: str) -> bytes:
    """Read the body, stopping at `cap` bytes both on the wire and after decompression."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj(wbits=zlib.MAX_WBITS)
    else:
        raise FetchError(f"{url}: unsupported content encoding {encoding!r}")
    wire = 0
    out = bytearray()
    try:
        async for chunk in response.content.iter_chunked(CHUNK):
            wire += len(chunk)
            if wire > cap:
                raise FetchError(f"{url}: too large (more than {cap:,} bytes)")
            if decoder is None:
                out += chunk
                continue
            # max_length bounds the output of each step, so a gzip bomb never inflates past the cap.
            data = chunk
            while data:
                out += decoder.decompress(data, cap + 1 - len(out))
                if len(out) > cap:
                    raise FetchError(f"{url}: too large once decompressed (more than {cap:,} bytes)")
                data = decoder.unconsumed_tail
    except zlib.error as exc:
        raise FetchError(f"{url}: corrupt {encoding} body: {exc}") from None
    if decoder is not None:
        out += decoder.flush()
        if len(out) > cap:
            raise FetchError(f"{url}: too large once decompressed (more than {cap:,} bytes)")
    return bytes(out)


class SafeFetcher:
    """Implements `bot.ports.Fetcher`; `open()` gives a session many fetches can share."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.guard = AddressPolicy(policy.allow_hosts)

    @asynccontextmanager
    async def open(self) -> AsyncIterator[FetchSession]:
        """Open a guarded session (per-host connection limit, no automatic decompression)."""
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self.guard),
            limit=self.policy.total,
            limit_per_host=self.policy.per_host,
            use_dns_cache=False,
        )
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self.policy.timeout_s)
        async with aiohttp.ClientSession(
            connector=connector,
            timeout=timeout,
            auto_decompress=False,
            headers={"User-Agent": USER_AGENT},
            trust_env=False,
        ) as session:
            yield FetchSession(self.policy, session, self.guard)

    async def fetch(self, url: str) -> FetchedPage:
        """Fetch one article page, or raise FetchError."""
        async with self.open() as session:
            result = await session.get(url, accept=ARTICLE_TYPES)
        return result.page()
