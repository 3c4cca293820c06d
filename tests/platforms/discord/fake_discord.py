"""A fake Discord (REST API and gateway) on 127.0.0.1, for driving the real discord.py client.

It speaks just enough of Discord's protocol for discord.py 2.7: login, command sync, the
gateway handshake (HELLO, IDENTIFY/READY, RESUME/RESUMED, INVALID_SESSION), interactions and
their callbacks and follow-ups, channel messages (with nonce de-duplication), 429s, 403s and
404s. Everything it receives is recorded for the tests to assert on.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = 900000000000000001
GUILD_ID = 900000000000000010
CHANNEL_ID = 900000000000000020
ADMIN_ID = 900000000000000030
MEMBER_ID = 900000000000000031
MANAGE_GUILD = 1 << 5
TIMESTAMP = "2026-01-30T15:00:00+00:00"


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A user object."""
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


BOT_USER = user(APP_ID, "sitrep", bot=True)


def channel_payload(channel_id: int = CHANNEL_ID) -> dict[str, Any]:
    """A guild text channel."""
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": "news",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def guild_payload() -> dict[str, Any]:
    """A full GUILD_CREATE guild with one text channel."""
    return {
        "id": str(GUILD_ID),
        "name": "Newsroom",
        "unavailable": False,
        "member_count": 2,
        "owner_id": str(ADMIN_ID),
        "features": [],
        "large": False,
        "joined_at": TIMESTAMP,
        "channels": [channel_payload()],
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": "0",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "members": [],
        "threads": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "emojis": [],
        "stickers": [],
        "voice_states": [],
        "presences": [],
    }


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response with the exact content type discord.py requires (no charset)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@dataclass
class Recorded:
    """One REST request the fake received."""

    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass
class Exchange:
    """What the bot sent back for one interaction: its callback and its follow-ups."""

    callback: dict[str, Any]
    followups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        """Every follow-up's content and embed text, for assertions."""
        out = []
        for body in self.followups:
            out.append(body.get("content") or "")
            for embed in body.get("embeds") or []:
                out.append(json.dumps(embed, ensure_ascii=False))
        return out

    @property
    def text(self) -> str:
        """All of it as one string."""
        return "\n".join(self.texts)


class FakeDiscord:
    """The fake server; `start()` returns its base URL."""

    def __init__(self, *, shards: int = 1, token: str = "fake-bot-token") -> None:
        self.shards = shards
        self.token = token
        self.requests: list[Recorded] = []
        self.messages: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.callbacks: dict[str, dict[str, Any]] = {}  # interaction token -> callback body
        self.callback_count: dict[str, int] = defaultdict(int)
        self.followups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.followup_messages: dict[str, list[dict[str, Any]]] = defaultdict(list)  # what the fake answered
        self.commands: list[dict[str, Any]] = []
        self.command_puts = 0
        self.rate_limit: dict[str, int] = defaultdict(int)  # path -> 429s still to answer
        self.missing_channels: set[int] = set()
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.forbidden_channels: set[int] = set()
        self.failing_channels: set[int] = set()  # 503
        self.identifies = 0
        self.resumes = 0
        self.invalidate_next_resume = False
        self.ready = asyncio.Event()
        self.resumed = asyncio.Event()
        self._ids = itertools.count(910000000000000000)
        self._seq = 0
        self._events: list[dict[str, Any]] = []  # dispatched events, replayed on RESUME
        self._socket: web.WebSocketResponse | None = None
        self._changed = asyncio.Event()  # set whenever the fake receives something
        self._session = ""
        self._runner: web.AppRunner | None = None
        self.base = ""

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> str:
        """Listen on a free loopback port."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"
        return self.base

    async def stop(self) -> None:
        """Close sockets and the server."""
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def gateway_url(self) -> str:
        """The gateway's ws:// URL."""
        return self.base.replace("http://", "ws://") + "/gateway"

    def new_id(self) -> int:
        """A fresh snowflake."""
        return next(self._ids)

    # --- gateway --------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._socket = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            self._changed.set()
            op = payload["op"]
            if op == 1:
                await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif op == 2:
                await self._identify(ws, payload["d"])
            elif op == 6:
                await self._resume(ws, payload["d"])
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        self.identifies += 1
        self._session = f"session-{self.identifies}"
        self._events.clear()
        ready = {
            "v": 10,
            "user": BOT_USER,
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": self._session,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
            "shard": data.get("shard", [0, 1]),
        }
        await self.dispatch("READY", ready, ws=ws)
        await self.dispatch("GUILD_CREATE", guild_payload(), ws=ws)
        self.ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        self.resumes += 1
        if self.invalidate_next_resume or data.get("session_id") != self._session:
            self.invalidate_next_resume = False
            await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
            return
        # Discord replays what the client missed, i.e. every event after its last sequence.
        for event in [e for e in self._events if e["s"] > (data.get("seq") or 0)]:
            await ws.send_str(json.dumps(event))
        await self.dispatch("RESUMED", {}, ws=ws)
        self.resumed.set()

    async def dispatch(
        self, name: str, data: dict[str, Any], *, ws: web.WebSocketResponse | None = None
    ) -> int:
        """Send one DISPATCH event and keep it for replay; return its sequence number."""
        self._seq += 1
        event = {"op": 0, "s": self._seq, "t": name, "d": data}
        self._events.append(event)
        target = ws or self._socket
        assert target is not None and not target.closed, "the bot is not connected"
        await target.send_str(json.dumps(event))
        return self._seq

    def drop_socket(self) -> None:
        """Cut the gateway connection without a close frame, as a network failure would."""
        assert self._socket is not None
        self.ready.clear()
        self.resumed.clear()
        transport = self._socket._req.transport if self._socket._req else None
        assert transport is not None
        transport.abort()

    # --- interactions ---------------------------------------------------------------------

    def command_id(self, name: str) -> str:
        """The id the fake gave a synced command."""
        for command in self.commands:
            if command["name"] == name:
                return str(command["id"])
        raise KeyError(name)

    def interaction(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        admin: bool = True,
        message: dict[str, Any] | None = None,
        interaction_id: int | None = None,
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload with every field discord.py needs."""
        who = user(ADMIN_ID if admin else MEMBER_ID, "ada" if admin else "bob")
        payload: dict[str, Any] = {
            "id": str(interaction_id or self.new_id()),
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": channel_payload(),
            "member": {
                "user": who,
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "pending": False,
                "nick": None,
                "avatar": None,
                "premium_since": None,
                "permissions": str(MANAGE_GUILD if admin else 0),
            },
            "token": f"token-{self.new_id()}",
            "version": 1,
            "app_permissions": str((1 << 11) | (1 << 14)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "attachment_size_limit": 8 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
        }
        if message is not None:
            payload["message"] = message
        return payload

    def slash(
        self,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        subcommand: str | None = None,
        admin: bool = True,
        autocomplete: bool = False,
    ) -> dict[str, Any]:
        """A slash command (or autocomplete) interaction for a synced command."""
        opts = options or []
        if subcommand is not None:
            opts = [{"type": 1, "name": subcommand, "options": opts}]
        data = {
            "id": self.command_id(name),
            "name": name,
            "type": 1,
            "options": opts,
            "guild_id": str(GUILD_ID),
        }
        return self.interaction(4 if autocomplete else 2, data, admin=admin)

    async def invoke(self, payload: dict[str, Any], *, followups: int = 1, within: float = 5.0) -> Exchange:
        """Send an interaction and wait for its callback and `followups` follow-ups."""
        token = payload["token"]
        await self.dispatch("INTERACTION_CREATE", payload)
        await self.wait_for(
            lambda: token in self.callbacks and len(self.followups[token]) >= followups, within=within
        )
        return Exchange(self.callbacks[token], list(self.followups[token]))

    async def wait_for(self, condition: Callable[[], bool], *, within: float = 5.0) -> None:
        """Wait until `condition()` (over what the fake received) holds."""
        async with asyncio.timeout(within):
            while not condition():
                self._changed.clear()
                await self._changed.wait()

    # --- REST -----------------------------------------------------------------------------

    def _message(self, channel_id: int, body: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "id": str(self.new_id()),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": body.get("content") or "",
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags") or 0,
            "components": body.get("components") or [],
            "nonce": body.get("nonce"),
            **extra,
        }

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        self.requests.append(Recorded(request.method, path, dict(request.query), body))
        self._changed.set()
        if self.rate_limit[path] > 0:
            self.rate_limit[path] -= 1
            # discord.py only trusts a 429 that came through Discord's proxy (a Via header).
            return json_response(
                {"message": "You are being rate limited.", "retry_after": 0.05, "global": False},
                status=429,
                headers={"Via": "1.1 google", "X-RateLimit-Scope": "user"},
            )
        parts = path.strip("/").split("/")
        method = request.method
        auth = request.headers.get("Authorization")
        if auth is not None and auth != f"Bot {self.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        if path == "/users/@me":
            return json_response(BOT_USER)
        if path == "/users/@me/channels" and method == "POST":
            recipient = int(body["recipient_id"])
            self.dm_channels[recipient] = self.dm_channels.get(recipient) or self.new_id()
            return json_response(
                {"id": str(self.dm_channels[recipient]), "type": 1, "recipients": [user(recipient, "owner")]}
            )
        if parts[0] == "users" and method == "GET":
            return json_response(user(int(parts[1]), "ada" if int(parts[1]) == ADMIN_ID else "someone"))
        if path == "/oauth2/applications/@me":
            return json_response(
                {
                    "id": str(APP_ID),
                    "name": "sitrep",
                    "description": "",
                    "icon": None,
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": user(ADMIN_ID, "ada"),
                    "verify_key": "0" * 64,
                    "flags": 0,
                    "team": None,
                }
            )
        if path == "/gateway/bot":
            return json_response(
                {
                    "url": self.gateway_url,
                    "shards": self.shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if method == "PUT" and parts[:1] == ["applications"] and parts[-1] == "commands":
            self.command_puts += 1
            self.commands = [
                {**command, "id": str(self.new_id()), "application_id": str(APP_ID), "version": "1"}
                for command in body
            ]
            return json_response(self.commands)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            token = parts[2]
            self.callbacks[token] = body
            self.callback_count[token] += 1
            return json_response(
                {
                    "interaction": {
                        "id": parts[1],
                        "type": 2,
                        "response_message_loading": body.get("type") == 5,
                        "response_message_ephemeral": bool((body.get("data") or {}).get("flags", 0) & 64),
                    }
                }
            )
        if parts[0] == "webhooks" and method == "POST" and len(parts) == 3:
            message = self._message(CHANNEL_ID, body, webhook_id=str(APP_ID))
            self.followup_messages[parts[2]].append(message)
            self.followups[parts[2]].append(body)
            return json_response(message)
        if parts[0] == "webhooks" and method == "PATCH":
            return json_response(self._message(CHANNEL_ID, body or {}, webhook_id=str(APP_ID)))
        if parts[0] == "channels" and parts[-1] == "messages" and method == "POST":
            return self._post_message(int(parts[1]), body)
        return json_response({"message": f"fake Discord has no route {method} {path}", "code": 0}, status=404)

    def _post_message(self, channel_id: int, body: dict[str, Any]) -> web.Response:
        if channel_id in self.missing_channels:
            return json_response({"message": "Unknown Channel", "code": 10003}, status=404)
        if channel_id in self.forbidden_channels:
            return json_response({"message": "Missing Permissions", "code": 50013}, status=403)
        if channel_id in self.failing_channels:
            return json_response({"message": "Service Unavailable", "code": 0}, status=503)
        if body.get("enforce_nonce") and body.get("nonce"):
            for existing in self.messages[channel_id]:
                if existing["nonce"] == body["nonce"]:
                    return json_response(existing)  # Discord returns the first message again
        message = self._message(channel_id, body)
        message["allowed_mentions"] = body.get("allowed_mentions")
        self.messages[channel_id].append(message)
        return json_response(message)

    def posts(self, path_suffix: str) -> list[Recorded]:
        """Recorded POSTs whose path ends with `path_suffix`."""
        return [r for r in self.requests if r.method == "POST" and r.path.endswith(path_suffix)]
