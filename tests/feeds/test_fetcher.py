"""The safe fetcher against a local server: caps, timeouts, redirects, address guard."""

from __future__ import annotations

import ipaddress
import time

import pytest

from bot.errors import FetchError
from bot.feeds.extract import extract_article
from bot.feeds.fetcher import FEED_TYPES, NetworkError, SafeFetcher
from bot.feeds.guard import AddressPolicy, RefusedAddress
from tests.feeds.conftest import policy
from tests.feeds.server import FeedServer, rss


async def _get(fetcher: SafeFetcher, url: str, **kw: object) -> object:
    async with fetcher.open() as session:
        return await session.get(url, accept=FEED_TYPES, **kw)  # type: ignore[arg-type]


async def test_a_feed_is_fetched_and_an_unchanged_one_answers_304_without_a_body(server: FeedServer) -> None:
    server.feeds["a"] = rss([{"guid": "1", "title": "One", "description": "Text."}])
    fetcher = SafeFetcher(policy())
    first = await _get(fetcher, server.url("/feed/a"))
    assert first.status == 200 and b"<rss" in first.body  # type: ignore[attr-defined]
    etag = first.headers["etag"]  # type: ignore[attr-defined]
    second = await _get(fetcher, server.url("/feed/a"), headers={"If-None-Match": etag})
    assert second.status == 304 and second.body == b""  # type: ignore[attr-defined]
    assert server.body_bytes["a"] == len(server.feeds["a"].encode())


async def test_a_50_mb_stream_is_cut_at_the_cap(server: FeedServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="too large"):
        await _get(SafeFetcher(policy(timeout_s=10.0)), server.url("/huge"))
    assert time.monotonic() - started < 5
    assert server.body_bytes["huge"] < 20 * 1024 * 1024


async def test_a_declared_length_over_the_cap_is_refused_before_reading(server: FeedServer) -> None:
    server.feeds["big"] = rss([{"guid": str(i), "title": "x" * 200} for i in range(20)])
    with pytest.raises(FetchError, match=r"too large \(\d"):
        await _get(SafeFetcher(policy(max_bytes=1000)), server.url("/feed/big"))


async def test_a_gzip_bomb_is_cut_at_the_decompressed_cap(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="decompressed"):
        await _get(SafeFetcher(policy(timeout_s=10.0)), server.url("/bomb"))


async def test_gzip_bodies_are_decompressed(server: FeedServer) -> None:
    server.feeds["gz"] = rss([{"guid": "1", "title": "Zipped"}])
    result = await _get(SafeFetcher(policy()), server.url("/gz"))
    assert b"Zipped" in result.body  # type: ignore[attr-defined]


async def test_a_redirect_loop_is_reported(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="redirect loop"):
        await _get(SafeFetcher(policy()), server.url("/loop/a"))


async def test_a_long_redirect_chain_stops_at_the_limit(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        await _get(SafeFetcher(policy(max_redirects=3)), server.url("/chain/0"))


async def test_a_redirect_to_the_metadata_address_is_refused(server: FeedServer) -> None:
    url = server.url("/to?url=http://169.254.169.254/latest/meta-data/")
    with pytest.raises(RefusedAddress, match="metadata"):
        await _get(SafeFetcher(policy()), url)


async def test_a_redirect_to_loopback_is_refused_when_loopback_is_not_allowlisted(server: FeedServer) -> None:
    # Only 127.0.0.2 is allowed: the server answers there, and redirects to 127.0.0.1.
    fetcher = SafeFetcher(policy(allow_hosts=("127.0.0.2",)))
    server.feeds["a"] = rss([{"guid": "1", "title": "One"}])
    ok = await _get(fetcher, server.url("/feed/a", host="127.0.0.2"))
    assert ok.status == 200  # type: ignore[attr-defined]
    target = server.url("/feed/a")
    with pytest.raises(RefusedAddress, match=r"127\.0\.0\.1 is a loopback"):
        await _get(fetcher, server.url(f"/to?url={target}", host="127.0.0.2"))
    assert server.hits["a"] == 1


async def test_a_host_name_is_checked_after_dns_resolution(server: FeedServer) -> None:
    fetcher = SafeFetcher(policy(allow_hosts=("127.0.0.2",)))
    with pytest.raises(RefusedAddress, match="loopback"):
        await _get(fetcher, f"http://localhost:{server.port}/feed/a")


async def test_the_allowlist_accepts_a_host_name(server: FeedServer) -> None:
    server.feeds["a"] = rss([{"guid": "1", "title": "One"}])
    fetcher = SafeFetcher(policy(allow_hosts=("localhost", "127.0.0.1", "::1")))
    result = await _get(fetcher, f"http://localhost:{server.port}/feed/a")
    assert result.status == 200  # type: ignore[attr-defined]


async def test_a_hanging_server_times_out(server: FeedServer) -> None:
    started = time.monotonic()
    with pytest.raises(NetworkError, match="timed out"):
        await _get(SafeFetcher(policy(timeout_s=0.5)), server.url("/hang"))
    assert time.monotonic() - started < 3


async def test_only_http_and_https_are_fetched() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://x"):
        with pytest.raises(FetchError, match="only http and https"):
            await _get(SafeFetcher(policy()), url)


async def test_an_unexpected_content_type_is_refused(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="image/png"):
        await SafeFetcher(policy()).fetch(server.url("/image"))


async def test_an_article_page_is_fetched_and_extracted(server: FeedServer) -> None:
    page = await SafeFetcher(policy()).fetch(server.url("/article"))
    article = extract_article(page)
    assert article.title == "Tariffs confirmed"
    assert article.lang == "en"
    assert article.published is not None and article.published.isoformat().startswith("2026-01-29")
    assert "Treasury confirmed" in article.text
    assert "Home | World" not in article.text


async def test_ingesting_a_feed_url_as_an_article_says_to_subscribe(server: FeedServer) -> None:
    server.feeds["a"] = rss([{"guid": "1", "title": "One"}])
    with pytest.raises(FetchError, match="feed add"):
        await SafeFetcher(policy()).fetch(server.url("/feed/a"))


def test_the_policy_refuses_private_and_special_addresses() -> None:
    guard = AddressPolicy()
    for address in (
        "10.0.0.1",
        "192.168.1.1",
        "172.16.0.1",
        "127.0.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "fc00::1",
        "0.0.0.0",
        "100.64.0.1",
        "::ffff:127.0.0.1",
    ):
        assert not guard.address_allowed(ipaddress.ip_address(address)), address
    assert guard.address_allowed(ipaddress.ip_address("93.184.216.34"))


def test_the_allowlist_takes_hosts_addresses_and_ranges() -> None:
    guard = AddressPolicy(["10.1.0.0/16", "127.0.0.1", "intranet.example"])
    assert guard.address_allowed(ipaddress.ip_address("10.1.2.3"))
    assert not guard.address_allowed(ipaddress.ip_address("10.2.0.1"))
    assert guard.address_allowed(ipaddress.ip_address("127.0.0.1"))
    guard.check("intranet.example", ipaddress.ip_address("192.168.0.5"))
    with pytest.raises(RefusedAddress):
        guard.check("other.example", ipaddress.ip_address("192.168.0.5"))
