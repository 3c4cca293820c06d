"""Post digests and notices to Slack channels through `chat.postMessage`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import DeliveryError
from bot.platforms.slack.format import SlackMessage, digest_messages, text_messages
from bot.ports import Post

log = logging.getLogger(__name__)

PLATFORM = "slack"
# Errors retrying cannot fix: the channel is gone, closed to the bot, or the token is dead.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "missing_scope",
        "restricted_action",
        "invalid_blocks",
        "msg_too_long",
    }
)

Sleep = Callable[[float], Awaitable[None]]


def channel_ref(channel_id: str) -> str:
    """Name a Slack channel as the rest of sitrep does: `slack:<channel id>`."""
    return f"{PLATFORM}:{channel_id}"


def channel_id(ref: str) -> str:
    """Return the Slack channel id of a `slack:<id>` reference."""
    platform, _, ident = ref.partition(":")
    if platform != PLATFORM or not ident:
        raise DeliveryError(f"{ref!r} is not a Slack channel reference (slack:<channel id>)", permanent=True)
    return ident


def post_messages(post: Post) -> list[SlackMessage]:
    """Format a post: a digest as Block Kit pages, a notice as escaped text (with snooze buttons)."""
    if post.digest is not None:
        late = post.late and not post.digest.late
        return digest_messages(replace(post.digest, late=True) if late else post.digest)
    text = f"(late) {post.text}" if post.late else post.text
    return text_messages(
        text,
        title=post.kind,
        development_id=_number(post.extra.get("development_id")),
        reminder_id=_number(post.extra.get("reminder_id")),
    )


def _number(value: str | None) -> int | None:
    """Read an id from `Post.extra`, where everything is text."""
    return int(value) if value and value.isdigit() else None


class SlackOutbox:
    """The Slack side of `bot.ports.Outbox`: rate limits waited out, dead channels reported."""

    platform = PLATFORM

    def __init__(
        self,
        client: AsyncWebClient,
        *,
        sleep: Sleep = asyncio.sleep,
        max_attempts: int = 5,
        max_wait_s: float = 120.0,
    ) -> None:
        self._client = client
        self._sleep = sleep
        self._max_attempts = max_attempts
        self._max_wait_s = max_wait_s

    async def send(self, channel_ref: str, post: Post) -> str:
        """Post every page of `post` in order; return the first message's timestamp id."""
        channel = channel_id(channel_ref)
        ids = [await self._post(channel, message) for message in post_messages(post)]
        return ids[0]

    async def _post(self, channel: str, message: SlackMessage) -> str:
        """Send one message, waiting out `ratelimited` as long as Slack's Retry-After asks."""
        for attempt in range(1, self._max_attempts + 1):
            try:
                response = await self._client.chat_postMessage(
                    channel=channel,
                    text=message.text,
                    blocks=message.blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
                return str(response["ts"])
            except SlackApiError as exc:
                error = str(exc.response.get("error", "unknown_error"))
                if error in PERMANENT_ERRORS:
                    raise DeliveryError(
                        f"Slack refused the post in {channel}: {error}", permanent=True
                    ) from None
                if error != "ratelimited" and exc.response.status_code != 429:
                    raise DeliveryError(f"Slack refused the post in {channel}: {error}") from None
                wait = _retry_after(exc.response.headers)
                if attempt == self._max_attempts or wait > self._max_wait_s:
                    raise DeliveryError(f"Slack rate limit in {channel}: retry after {wait:.0f} s") from None
                log.info("Slack rate limit posting in %s; retrying in %.0f s", channel, wait)
                await self._sleep(wait)
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise DeliveryError(f"cannot reach Slack: {type(exc).__name__}: {exc}") from None
        raise DeliveryError(f"Slack rate limit in {channel}: gave up after {self._max_attempts} attempts")


def _retry_after(headers: object) -> float:
    """Read Retry-After (seconds); Slack sends it with every `ratelimited` answer."""
    value = None
    getter = getattr(headers, "get", None)
    if getter is not None:
        value = getter("Retry-After") or getter("retry-after")
    try:
        return max(float(value), 0.0) if value is not None else 1.0
    except (TypeError, ValueError):
        return 1.0
