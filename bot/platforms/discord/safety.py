"""Make untrusted text (article quotes, titles, user input) inert in a Discord message."""

from __future__ import annotations

import discord

# A zero-width space after "@" breaks every mention syntax (@everyone, @here, <@id>, <@&id>)
# without changing what a reader sees; allowed_mentions=none() is the second lock.
_ZWSP = "\u200b"


def neutralise_mentions(text: str) -> str:
    """Break every mention in `text` so that it can never ping, whatever allowed_mentions says."""
    return text.replace("@", "@" + _ZWSP)


def clean(text: str) -> str:
    """Escape markdown (headings, links, emphasis, quotes) and neutralise mentions."""
    return neutralise_mentions(discord.utils.escape_markdown(text))


def clean_url(url: str | None) -> str | None:
    """Keep only http(s) URLs without characters that would end a masked link early."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    if any(ch in url for ch in " <>()\n"):
        return None
    return url


def no_pings() -> discord.AllowedMentions:
    """Return the mention policy of every message: nobody is pinged."""
    return discord.AllowedMentions.none()


def role_ping(role_id: int) -> discord.AllowedMentions:
    """Allow exactly one configured role to be pinged (deadline reminders), nothing else."""
    return discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(id=role_id)], replied_user=False
    )
