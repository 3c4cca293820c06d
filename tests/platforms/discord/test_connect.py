"""Login, gateway handshake and command sync against the fake Discord."""

from __future__ import annotations

from typing import Any

from bot.app import App
from bot.platforms.discord.client import SitrepBot
from tests.platforms.discord.fake_discord import FakeDiscord

MANAGE_GUILD = 1 << 5


def _options(command: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in command.get("options", [])}


async def test_bot_connects_and_syncs_every_command(bot: SitrepBot, fake: FakeDiscord, wired: App) -> None:
    assert fake.identifies == 1
    assert fake.command_puts == 1
    assert bot.user is not None and bot.user.id == 900000000000000001
    names = {c["name"]: c for c in fake.commands}
    assert set(names) == {"brief", "developments", "deadlines", "ingest", "feed", "digest", "remind", "why"}
    assert set(_options(names["developments"])) == {"list", "show", "rename", "merge", "mute", "close"}
    assert set(_options(names["feed"])) == {"add", "list", "remove", "health"}
    assert set(_options(names["digest"])) == {"set", "show", "off", "now"}
    # Admin groups are hidden from members without Manage Server; the rest is open.
    assert int(names["feed"]["default_member_permissions"]) == MANAGE_GUILD
    assert int(names["digest"]["default_member_permissions"]) == MANAGE_GUILD
    assert names["brief"]["default_member_permissions"] is None
    assert all(c["contexts"] == [0] for c in fake.commands)  # guild only
    brief = _options(names["brief"])
    assert brief["development"]["type"] == 3 and brief["development"]["autocomplete"] is True
    assert brief["since"]["type"] == 3 and not brief["since"].get("required", False)
    remind = _options(names["remind"])
    assert remind["development"]["required"] and remind["when"]["required"]
    days = _options(names["deadlines"])["days"]
    assert (days["min_value"], days["max_value"]) == (0, 365)
    digest_set = _options(_options(names["digest"])["set"])
    assert [c["value"] for c in digest_set["language"]["choices"]] == ["en", "es"]
    assert wired.outboxes["discord"] is bot.outbox
