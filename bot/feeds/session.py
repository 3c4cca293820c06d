"""An aiohttp session behind the address guard: redirects followed by hand, bodies capped."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.errors import FetchError
from bot.feeds.fetcher import (
    ARTICLE_TYPES,
    CHUNK,
    REDIRECTS,
    USER_AGENT,
    FetchPolicy,
    FetchResult,
    HttpStatusError,
    NetworkError,
)
from bot.feeds.guard import AddressPolicy


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


@asynccontextmanager
async def open_session(policy: FetchPolicy, guard: AddressPolicy) -> AsyncIterator[FetchSession]:
    """Open a guarded session (per-host connection limit, no automatic decompression)."""
    connector = aiohttp.TCPConnector(
        resolver=GuardedResolver(guard),
        limit=policy.total,
        limit_per_host=policy.per_host,
        use_dns_cache=False,
    )
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=policy.timeout_s)
    async with aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        auto_decompress=False,
        headers={"User-Agent": USER_AGENT},
        trust_env=False,
    ) as session:
        yield FetchSession(policy, session, guard)


class GuardedResolver(AbstractResolver):
    """Resolve names, then refuse the result unless every address passes the policy.

    Checking after resolution, inside the connector, means the address connected to is the
    one checked, on the first request and on every redirect (no DNS-rebinding window).
    """

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host`; raise RefusedAddress when any address is refused."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            self._policy.check(host, ipaddress.ip_address(result["host"]))
        return results

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()
