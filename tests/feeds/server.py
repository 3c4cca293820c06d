"""A local aiohttp server for feed tests: well-behaved feeds and every hostile case."""

from __future__ import annotations

import asyncio
import hashlib
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from aiohttp import web

HUGE_BYTES = 50 * 1024 * 1024


def _bomb() -> bytes:
    """Gzip of 40 MB of zeros: about 40 KB on the wire."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    return b"".join([*(comp.compress(block) for _ in range(40)), comp.flush()])


_BOMB: list[bytes] = []


def _bomb_bytes() -> bytes:
    """Build the bomb once per test session (it takes a few tenths of a second)."""
    if not _BOMB:
        _BOMB.append(_bomb())
    return _BOMB[0]


def rss(items: list[dict[str, str]], *, title: str = "Test feed", ttl: int | None = None) -> str:
    """Build an RSS 2.0 document from item dicts (guid, link, title, date, description)."""
    parts = [f"<title>{title}</title><link>http://example.test/</link>"]
    if ttl is not None:
        parts.append(f"<ttl>{ttl}</ttl>")
    for it in items:
        fields = []
        if "guid" in it:
            fields.append(f'<guid isPermaLink="false">{it["guid"]}</guid>')
        if "link" in it:
            fields.append(f"<link>{it['link']}</link>")
        if "title" in it:
            fields.append(f"<title>{it['title']}</title>")
        if "date" in it:
            fields.append(f"<pubDate>{it['date']}</pubDate>")
        if "description" in it:
            fields.append(f"<description><![CDATA[{it['description']}]]></description>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{"".join(parts)}</channel></rss>'


def rfc822(day: int, hour: int = 12) -> str:
    """Format a January 2026 time as an RSS date."""
    return format_datetime(datetime(2026, 1, day, hour, 0, tzinfo=UTC), usegmt=True)


@dataclass
class FeedServer:
    """Documents by name, and a record of what the server was asked and sent."""

    feeds: dict[str, str] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    body_bytes: Counter[str] = field(default_factory=Counter)
    port: int = 0
    active: int = 0
    max_active: int = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    async def feed(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.hits[name] += 1
        body = self.feeds.get(name)
        if body is None:
            return web.Response(status=404)
        etag = '"' + hashlib.sha1(body.encode()).hexdigest() + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        data = body.encode()
        self.body_bytes[name] += len(data)
        return web.Response(
            body=data,
            content_type="application/rss+xml",
            headers={"ETag": etag, "Cache-Control": "max-age=60"},
        )

    async def slow(self, request: web.Request) -> web.Response:
        """Serve a small feed slowly, recording how many requests overlap."""
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            await asyncio.sleep(0.05)
        finally:
            self.active -= 1
        name = request.match_info["name"]
        return web.Response(text=rss([{"guid": name, "title": name}]), content_type="application/rss+xml")

    async def status(self, request: web.Request) -> web.Response:
        code = int(request.match_info["code"])
        self.hits[f"status-{code}"] += 1
        headers = {"Retry-After": "7200"} if code in (429, 503) else {}
        return web.Response(status=code, text="nope", headers=headers)

    async def hang(self, request: web.Request) -> web.Response:
        self.hits["hang"] += 1
        await asyncio.sleep(30)
        return web.Response(text="too late")

    async def malformed(self, request: web.Request) -> web.Response:
        return web.Response(text="<rss><channel><title>broken<item></rss", content_type="application/rss+xml")

    async def huge(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        chunk = b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->"
        try:
            for _ in range(HUGE_BYTES // len(chunk)):
                await response.write(chunk)
                self.body_bytes["huge"] += len(chunk)
        except (ConnectionError, RuntimeError):
            pass
        return response

    async def bomb(self, request: web.Request) -> web.Response:
        bomb = _bomb_bytes()
        self.body_bytes["bomb"] += len(bomb)
        return web.Response(
            body=bomb, headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        )

    async def gzipped(self, request: web.Request) -> web.Response:
        body = zlib.compress(self.feeds["gz"].encode(), wbits=16 + zlib.MAX_WBITS)
        return web.Response(
            body=body, headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        )

    async def loop(self, request: web.Request) -> web.Response:
        other = "b" if request.match_info["n"] == "a" else "a"
        raise web.HTTPFound(f"/loop/{other}")

    async def chain(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        raise web.HTTPFound(f"/chain/{n + 1}")

    async def to(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["url"])

    async def article(self, request: web.Request) -> web.Response:
        paragraph = (
            "<p>The Treasury confirmed on Friday that the new tariff schedule takes effect on 1 March, "
            "after weeks of talks with the trading partners.</p>"
        )
        page = (
            '<html lang="en"><head><title>Tariffs confirmed | Daily Test</title>'
            '<meta property="og:title" content="Tariffs confirmed">'
            '<meta property="article:published_time" content="2026-01-29T09:30:00+00:00"></head>'
            "<body><nav>Home | World</nav><article><h1>Tariffs confirmed</h1>"
            + paragraph * 6
            + "</article><footer>(c) Daily Test</footer></body></html>"
        )
        return web.Response(text=page, content_type="text/html")

    async def image(self, request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG....", content_type="image/png")


async def start(server: FeedServer) -> web.AppRunner:
    """Serve on 127.0.0.1 and 127.0.0.2 (both loopback), same port; return the runner."""
    app = web.Application()
    app.router.add_get("/feed/{name}", server.feed)
    app.router.add_get("/status/{code}", server.status)
    app.router.add_get("/slow/{name}", server.slow)
    app.router.add_get("/hang", server.hang)
    app.router.add_get("/malformed", server.malformed)
    app.router.add_get("/huge", server.huge)
    app.router.add_get("/bomb", server.bomb)
    app.router.add_get("/gz", server.gzipped)
    app.router.add_get("/loop/{n}", server.loop)
    app.router.add_get("/chain/{n}", server.chain)
    app.router.add_get("/to", server.to)
    app.router.add_get("/article", server.article)
    app.router.add_get("/image", server.image)
    _bomb_bytes()  # before any client's timeout starts
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    await web.TCPSite(runner, "127.0.0.2", server.port).start()
    return runner
