"""A loopback stand-in for Slack: the Web API, response URLs, and a Socket Mode server.

Real slack-sdk and slack-bolt clients talk to it over 127.0.0.1; it records every call so tests
can assert what reached "Slack", and can be told to answer a method with scripted errors.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-1-A111-test"
SIGNING_SECRET = "test-signing-secret"


@dataclass
class ApiCall:
    """One Web API call as the fake received it."""

    method: str
    params: dict[str, Any]
    token: str


@dataclass
class Scripted:
    """A canned answer for the next call of a method."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


async def wait_until(predicate: Callable[[], Any], limit_s: float = 5.0) -> Any:
    """Poll until `predicate()` is truthy (the fake's records fill asynchronously)."""
    deadline = asyncio.get_running_loop().time() + limit_s
    while True:
        value = predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the fake Slack")
        await asyncio.sleep(0.01)


class FakeSlack:
    """Serve `/api/<method>`, `/hooks/<id>` and the Socket Mode WebSocket on 127.0.0.1."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self.hooks: list[tuple[str, dict[str, Any]]] = []
        self.acks: list[dict[str, Any]] = []
        self.scripted: dict[str, list[Scripted]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, list[str]] = {}
        self.hello_sent = asyncio.Event()
        self.port = 0
        self._ts = itertools.count(1)
        self._envelopes = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """The Web API base URL, with the trailing slash the SDK needs."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        """A response URL that lands in `hooks`."""
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    async def start(self) -> None:
        """Listen on a free loopback port."""
        web_app = web.Application()
        web_app.router.add_route("*", "/api/{method}", self._api)
        web_app.router.add_post("/hooks/{name}", self._hook)
        web_app.router.add_get("/link", self._socket)
        self._runner = web.AppRunner(web_app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Close the socket and the server."""
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def script(self, method: str, *answers: Scripted) -> None:
        """Answer the next calls of `method` with these responses, in order."""
        self.scripted.setdefault(method, []).extend(answers)

    def calls_of(self, method: str) -> list[ApiCall]:
        """Return the recorded calls of one method."""
        return [call for call in self.calls if call.method == method]

    # --- Web API ---

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                params.update(dict(await request.post()))
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.calls.append(ApiCall(method, params, token))
        queue = self.scripted.get(method)
        if queue:
            answer = queue.pop(0)
            return web.json_response(answer.body, status=answer.status, headers=answer.headers)
        return web.json_response(self._default(method, params))

    def _default(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "sitrep"}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": params.get("channel"), "ts": f"1700000000.{next(self._ts):06d}"}
        if method == "users.info":
            user = params.get("user", "")
            return {"ok": True, "user": {"id": user, **self.users.get(user, {})}}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.groups.get(params.get("usergroup", ""), [])}
        return {"ok": True}

    async def _hook(self, request: web.Request) -> web.Response:
        self.hooks.append((request.match_info["name"], await request.json()))
        return web.Response(text="ok")

    # --- Socket Mode ---

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        self.hello_sent.set()
        async for message in ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
        return ws

    async def send_envelope(self, kind: str, payload: dict[str, Any]) -> str:
        """Send one Socket Mode envelope and return its id."""
        await wait_until(lambda: self._ws is not None and self.hello_sent.is_set())
        assert self._ws is not None
        envelope_id = f"env-{next(self._envelopes)}"
        await self._ws.send_json(
            {"envelope_id": envelope_id, "type": kind, "payload": payload, "accepts_response_payload": True}
        )
        return envelope_id

    async def ack_of(self, envelope_id: str) -> dict[str, Any]:
        """Wait for the client's ack of an envelope."""
        return await wait_until(
            lambda: next((a for a in self.acks if a.get("envelope_id") == envelope_id), None)
        )


def command_payload(text: str, *, response_url: str, user: str = "U1", channel: str = "C1") -> dict[str, Any]:
    """Build the fields Slack sends for `/sitrep <text>`."""
    return {
        "token": "legacy",
        "team_id": "T1",
        "team_domain": "test",
        "channel_id": channel,
        "channel_name": "general",
        "user_id": user,
        "user_name": "someone",
        "command": "/sitrep",
        "text": text,
        "api_app_id": "A111",
        "response_url": response_url,
        "trigger_id": "trigger-1",
    }


def button_press(
    button: dict[str, Any], response_url: str, *, channel: str = "C1", ephemeral: bool = True
) -> dict[str, Any]:
    """Build the `block_actions` payload Slack sends when someone presses `button`."""
    return {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "api_app_id": "A111",
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral},
        "channel": {"id": channel},
        "response_url": response_url,
        "trigger_id": "t3",
        "actions": [{**button, "block_id": "pager", "action_ts": "1"}],
    }


def signed_headers(
    body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """Sign a request body the way Slack does (v0 HMAC-SHA256 over "v0:ts:body")."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
    }


def form_body(fields: dict[str, Any]) -> str:
    """Encode a slash command as Slack posts it."""
    return urlencode(fields)
