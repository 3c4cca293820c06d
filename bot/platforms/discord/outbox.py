"""Post digests, reminders and notices in Discord channels; map failures to DeliveryError."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import aiohttp
import discord

from bot.errors import DeliveryError
from bot.platforms.discord.format import DiscordMessage, digest_messages, text_messages
from bot.platforms.discord.safety import clean, no_pings, role_ping
from bot.platforms.discord.views import reminder_view
from bot.ports import Post

log = logging.getLogger(__name__)

PLATFORM = "discord"
# Discord error codes after which retrying cannot help.
UNKNOWN_CHANNEL = 10003
MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
REMINDER_KINDS = frozenset({"reminder", "deadline_changed"})


def channel_ref(channel_id: int) -> str:
    """Return the channel reference the rest of sitrep uses for a Discord channel."""
    return f"{PLATFORM}:{channel_id}"


def parse_channel_ref(ref: str) -> int:
    """Read the channel id out of "discord:<id>"; anything else is a permanent failure."""
    platform, _, raw = ref.partition(":")
    if platform != PLATFORM or not raw.isdigit():
        raise DeliveryError(f"{ref!r} is not a Discord channel", permanent=True)
    return int(raw)


def nonce_for(key: str, part: int) -> str:
    """Derive a message nonce (at most 25 characters) so Discord drops a resent duplicate."""
    return hashlib.sha256(f"{key}:{part}".encode()).hexdigest()[:25]


def post_messages(post: Post, *, deadline_role_id: int | None = None) -> list[DiscordMessage]:
    """Turn a post into Discord messages; only reminders may carry the configured role ping."""
    prefix = f"<@&{deadline_role_id}> " if deadline_role_id and post.kind in REMINDER_KINDS else ""
    if post.digest is not None:
        return digest_messages(post.digest, content=prefix.strip() or None)
    # A late post says so in its own text (the templates add it), so nothing is added here.
    return text_messages(post.text or post.kind, prefix=prefix)


class DiscordOutbox:
    """The Discord side of `bot.ports.Outbox`: REST posts through the logged-in client."""

    platform = PLATFORM

    def __init__(self, client: discord.Client, *, deadline_role_id: int | None = None) -> None:
        self._client = client
        self._role = deadline_role_id

    async def send(self, channel_ref: str, post: Post) -> str:
        """Post in a channel and return the first message's id (as text)."""
        channel = self._client.get_partial_messageable(parse_channel_ref(channel_ref))
        messages = post_messages(post, deadline_role_id=self._role)
        # The delivery ledger puts its idempotency key here; Discord drops a resend with the same nonce.
        key = post.extra.get("idempotency_key")
        reminder_id = post.extra.get("reminder_id")
        first: str | None = None
        for index, message in enumerate(messages):
            pinging = self._role is not None and post.kind in REMINDER_KINDS and index == 0
            pings = role_ping(self._role) if pinging and self._role else no_pings()
            view = reminder_view(int(reminder_id)) if reminder_id and index == len(messages) - 1 else None
            try:
                options: dict[str, Any] = {"content": message.content, "embeds": message.embeds}
                if key:
                    options["nonce"] = nonce_for(key, index)
                if view is not None:
                    options["view"] = view
                sent = await channel.send(allowed_mentions=pings, **options)
            except discord.Forbidden as exc:
                raise DeliveryError(
                    f"{channel_ref}: missing permission to post ({exc.text or exc.status})", permanent=True
                ) from None
            except discord.NotFound as exc:
                raise DeliveryError(
                    f"{channel_ref}: the channel no longer exists ({exc.text or exc.status})", permanent=True
                ) from None
            except discord.HTTPException as exc:
                # 4xx other than 429 (which discord.py retries itself) means the request itself is wrong.
                permanent = 400 <= exc.status < 500
                raise DeliveryError(
                    f"{channel_ref}: Discord answered {exc.status}: {exc.text or 'no detail'}",
                    permanent=permanent,
                ) from None
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                raise DeliveryError(f"{channel_ref}: cannot reach Discord ({exc})") from None
            if first is None:
                first = str(sent.id)
        assert first is not None  # post_messages always returns at least one message
        return first

    async def notify_admin(self, channel_ref: str, text: str) -> None:
        """Tell the server's owner, by direct message, why sitrep stopped posting in a channel."""
        channel = self._client.get_channel(parse_channel_ref(channel_ref))
        guild = getattr(channel, "guild", None)
        if guild is None or guild.owner_id is None:
            raise DeliveryError(f"{channel_ref}: no known server, so no admin to tell", permanent=True)
        name = getattr(channel, "name", None) or channel_ref
        try:
            owner = self._client.get_user(guild.owner_id) or await self._client.fetch_user(guild.owner_id)
            await owner.send(
                content=clean(f"sitrep stopped posting in #{name} on {guild.name}: {text}"),
                allowed_mentions=no_pings(),
            )
        except discord.HTTPException as exc:
            raise DeliveryError(
                f"{channel_ref}: cannot message the server owner ({exc.status})",
                permanent=exc.status in (403, 404),
            ) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryError(f"{channel_ref}: cannot reach Discord ({exc})") from None
