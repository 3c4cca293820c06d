"""Login, gateway handshake and command sync against the fake Discord."""

from __future__ import annotations

import re
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
    assert set(_options(names["developments"])) == {
        "list",
        "show",
        "rename",
        "merge",
        "split",
        "timeline",
        "mute",
        "close",
    }
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


def _walk(options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for option in options:
        out.append(option)
        out += _walk(option.get("options", []))
    return out


async def test_the_synced_schema_respects_discords_validation_rules(
    bot: SitrepBot, fake: FakeDiscord
) -> None:
    """Discord rejects the whole PUT if one name or description breaks these rules."""
    everything = list(fake.commands) + _walk([o for c in fake.commands for o in c.get("options", [])])
    for entry in everything:
        assert re.fullmatch(r"[-_a-z0-9]{1,32}", entry["name"]), entry["name"]
        assert 1 <= len(entry["description"]) <= 100, entry["description"]
        assert len(entry.get("options", [])) <= 25
        choices = entry.get("choices") or []
        assert len(choices) <= 25
    for command in fake.commands:
        required_seen_optional = False
        for option in command.get("options", []):
            if option["type"] in (1, 2):
                continue
            if not option.get("required", False):
                required_seen_optional = True
            else:
                assert not required_seen_optional, f"{command['name']}: required option after an optional one"
