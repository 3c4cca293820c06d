"""`/developments split` and `/developments timeline` through the real discord.py client."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import Label
from bot.platforms.discord.client import SitrepBot
from bot.platforms.discord.groups import timeline_line
from bot.storage.timeline import TimelineEntry
from tests.platforms.discord.fake_discord import FakeDiscord
from tests.platforms.discord.test_commands import EPHEMERAL, MESSAGE, opt
from tests.services.test_linking_ingest import PORT, PORT_CONFIRMED, T0, add

NOW = datetime(2026, 1, 30, 15, tzinfo=UTC)


async def _story(app: App, clock: FixedClock) -> tuple[int, int, int]:
    """A development of two articles, the second confirming the first's claim: (dev, first, second)."""
    first = await add(
        app, clock, PORT, "Huelga en la estiba", T0, "es", labels={"Fuentes": (Label.CLAIM, None)}
    )
    second = await add(
        app,
        clock,
        PORT_CONFIRMED,
        "Ibarra confirma el acuerdo",
        T0.replace(day=31),
        "es",
        labels={"Rosa Ibarra": (Label.STATEMENT, "Rosa Ibarra")},
    )
    dev_id = first.developments[0].id
    assert [d.id for d in second.developments] == [dev_id]
    return dev_id, first.article_id, second.article_id


async def test_timeline_lists_items_in_order_with_the_confirmation(
    bot: SitrepBot, fake: FakeDiscord, wired: App, clock: FixedClock
) -> None:
    dev_id, _, _ = await _story(wired, clock)
    exchange = await fake.invoke(
        fake.slash("developments", [opt("development", str(dev_id))], subcommand="timeline")
    )
    body = exchange.followups[0]
    (embed,) = body["embeds"]
    assert embed["title"] == f"Timeline of #{dev_id}"
    lines = embed["description"].splitlines()
    assert lines[0].startswith("<t:") and "· claim “Fuentes de la patronal" in lines[0]
    assert lines[1].startswith("  ✅ confirmed by Rosa Ibarra [#")
    assert any("statement **Rosa Ibarra**: “Rosa Ibarra confirmó" in line for line in lines)
    assert body["allowed_mentions"]["parse"] == []


async def test_timeline_of_an_unknown_development_is_one_readable_error(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    exchange = await fake.invoke(
        fake.slash("developments", [opt("development", "999")], subcommand="timeline")
    )
    assert exchange.followups[0]["content"] == "error: no development with id 999"


async def test_split_moves_one_article_into_a_new_development_for_admins_only(
    bot: SitrepBot, fake: FakeDiscord, wired: App, clock: FixedClock
) -> None:
    dev_id, _, second = await _story(wired, clock)
    options = [opt("development", str(dev_id)), opt("article", second, 4), opt("title", "Ibarra @everyone")]
    refused = await fake.invoke(
        fake.slash("developments", options, subcommand="split", admin=False), followups=0
    )
    assert refused.callback["type"] == MESSAGE and refused.callback["data"]["flags"] == EPHEMERAL
    assert "Manage Server" in refused.callback["data"]["content"]
    assert second in await wired.store.developments.article_ids(dev_id)

    done = await fake.invoke(fake.slash("developments", options, subcommand="split"))
    content = done.followups[0]["content"]
    views = {v.development.id: v for v in await wired.developments.overview()}
    (new_id,) = [i for i in views if i != dev_id]
    assert content == f'Article {second} split off #{dev_id} into #{new_id} "Ibarra @\u200beveryone"'
    assert done.followups[0]["allowed_mentions"]["parse"] == []
    assert [a.id for a in views[new_id].articles] == [second]
    assert second not in [a.id for a in views[dev_id].articles]


async def test_split_of_a_development_s_only_article_is_refused_readably(
    bot: SitrepBot, fake: FakeDiscord, wired: App, clock: FixedClock
) -> None:
    first = await add(wired, clock, PORT, "Huelga en la estiba", T0, "es")
    dev_id = first.developments[0].id
    options = [opt("development", str(dev_id)), opt("article", first.article_id, 4)]
    done = await fake.invoke(fake.slash("developments", options, subcommand="split"))
    assert done.followups[0]["content"] == (
        f"error: article {first.article_id} is development {dev_id}'s only article"
    )


def test_timeline_lines_escape_hostile_article_text() -> None:
    entry = TimelineEntry(
        5,
        1,
        NOW,
        "claim",
        "@everyone <@&123> **now** [click](https://evil.example) # x",
        "<@456>",
        9,
        None,
        "@here",
        None,
    )
    line = timeline_line(entry)
    assert "@everyone" not in line and "@\u200beveryone" in line
    assert "<@\u200b&123>" in line and "<@\u200b456>" in line and "@\u200bhere" in line
    assert "\\*\\*now\\*\\*" in line and "\\[click]" in line
