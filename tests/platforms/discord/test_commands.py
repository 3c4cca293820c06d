"""Each slash command through the real discord.py client: callbacks and follow-up payloads."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.app import App
from bot.domain.models import ChangeKind, DeadlineChange
from bot.platforms.discord.client import SitrepBot
from tests.platforms.discord.fake_discord import CHANNEL_ID, FakeDiscord
from tests.platforms.discord.fakes import FakeFeeds, FakeSchedules
from tests.platforms.discord.seed import many_developments, seed

DEFERRED = 5
MESSAGE = 4
AUTOCOMPLETE = 8
MODAL = 9
UPDATE = 7
EPHEMERAL = 64
REF = f"discord:{CHANNEL_ID}"


def opt(name: str, value: Any, kind: int = 3, **extra: Any) -> dict[str, Any]:
    """A command option (3 string, 4 integer, 5 boolean)."""
    return {"name": name, "type": kind, "value": value, **extra}


@pytest.fixture
async def dev_id(wired: App) -> int:
    """The seeded development."""
    return await seed(wired)


async def test_brief_defers_then_posts_deadlines_and_sections_as_embeds(
    bot: SitrepBot, fake: FakeDiscord, dev_id: int
) -> None:
    exchange = await fake.invoke(fake.slash("brief"))
    assert exchange.callback["type"] == DEFERRED
    body = exchange.followups[0]
    embeds = body["embeds"]
    assert embeds[0]["title"] == "Briefing"
    assert embeds[1]["title"] == "Deadlines"
    assert "Kyiv strike pause ends" in embeds[1]["description"]
    assert "<t:" in embeds[1]["description"] and ":R>" in embeds[1]["description"]
    sections = [e for e in embeds[2:] if f"[#{dev_id}]" in e["title"]]
    assert sections and all(e["fields"] for e in sections)
    assert all("source" in e["footer"]["text"] for e in sections)
    assert body["allowed_mentions"]["parse"] == []


async def test_brief_with_an_unknown_development_answers_one_readable_line(
    bot: SitrepBot, fake: FakeDiscord, dev_id: int
) -> None:
    exchange = await fake.invoke(fake.slash("brief", [opt("development", str(999))]))
    assert exchange.followups[0]["content"] == "error: no development with id 999"


async def test_development_autocomplete_offers_matching_titles(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    ids = await many_developments(wired, 3)
    payload = fake.slash("brief", [opt("development", "number 1", 3, focused=True)], autocomplete=True)
    exchange = await fake.invoke(payload, followups=0)
    assert exchange.callback["type"] == AUTOCOMPLETE
    choices = exchange.callback["data"]["choices"]
    assert [c["name"] for c in choices] == [f"#{ids[1]} Story number 1"]
    assert choices[0]["value"] == str(ids[1])


async def test_developments_list_paginates_with_buttons(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    await many_developments(wired, 12)
    exchange = await fake.invoke(fake.slash("developments", subcommand="list"))
    first = exchange.followups[0]
    assert first["embeds"][0]["footer"]["text"] == "1/2"
    buttons = first["components"][0]["components"]
    assert [b["custom_id"] for b in buttons] == ["sitrep:page:prev", "sitrep:page:next"]
    assert buttons[0]["disabled"] is True and buttons[1]["disabled"] is False
    # discord.py keyed the view by the id of the message the fake returned for that follow-up.
    message = fake.followup_messages[exchange_token(fake)][0]
    click = fake.interaction(3, {"custom_id": "sitrep:page:next", "component_type": 2}, message=message)
    clicked = await fake.invoke(click, followups=0)
    assert clicked.callback["type"] == UPDATE
    assert clicked.callback["data"]["embeds"][0]["footer"]["text"] == "2/2"
    assert "Story number" in clicked.callback["data"]["embeds"][0]["description"]


async def test_developments_show_rename_and_mute(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    shown = await fake.invoke(
        fake.slash("developments", [opt("development", str(dev_id))], subcommand="show")
    )
    assert f"Development #{dev_id}" == shown.followups[0]["embeds"][0]["title"]
    renamed = await fake.invoke(
        fake.slash(
            "developments", [opt("development", str(dev_id)), opt("title", "Kyiv pause")], subcommand="rename"
        )
    )
    assert renamed.followups[0]["content"] == f'Development #{dev_id} renamed to "Kyiv pause"'
    muted = await fake.invoke(
        fake.slash("developments", [opt("development", str(dev_id))], subcommand="mute")
    )
    assert "is muted" in muted.followups[0]["content"]
    assert (await wired.developments.show(dev_id)).development.muted


async def test_developments_show_lists_a_held_change_escaped(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    article_id = (await wired.developments.show(dev_id)).articles[0].id
    evidence = "@everyone **met** the deadline"
    await wired.store.deadlines.hold_change(
        development_id=dev_id,
        article_id=article_id,
        change=DeadlineChange(ChangeKind.MEET, evidence, 0, len(evidence)),
        context=evidence,
        near="",
        told_at=wired.clock.now(),
        now=wired.clock.now(),
    )
    shown = await fake.invoke(
        fake.slash("developments", [opt("development", str(dev_id))], subcommand="show")
    )
    description = shown.followups[0]["embeds"][0]["description"]
    assert "change waiting for its deadline: meet “" in description
    assert f"(article {article_id})" in description
    assert "@everyone" not in description and "**met**" not in description


async def test_merge_and_close_are_refused_to_a_non_admin(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    before = len(await wired.developments.overview())
    [other] = await many_developments(wired, 1)
    refused = await fake.invoke(
        fake.slash(
            "developments",
            [opt("source", str(other)), opt("target", str(dev_id))],
            subcommand="merge",
            admin=False,
        ),
        followups=0,
    )
    assert refused.callback["type"] == MESSAGE
    assert refused.callback["data"]["flags"] == EPHEMERAL
    assert "Manage Server" in refused.callback["data"]["content"]
    closed = await fake.invoke(
        fake.slash("developments", [opt("development", str(dev_id))], subcommand="close", admin=False),
        followups=0,
    )
    assert "Manage Server" in closed.callback["data"]["content"]
    assert len(await wired.developments.overview()) == before + 1  # nothing merged
    assert not (await wired.developments.show(dev_id)).development.closed
    merged = await fake.invoke(
        fake.slash(
            "developments", [opt("source", str(other)), opt("target", str(dev_id))], subcommand="merge"
        )
    )
    assert merged.followups[0]["content"].startswith(f"Development #{other} merged into #{dev_id}")


async def test_deadlines_lists_time_left_as_discord_timestamps(
    bot: SitrepBot, fake: FakeDiscord, dev_id: int
) -> None:
    exchange = await fake.invoke(fake.slash("deadlines", [opt("days", 7, 4)]))
    page = exchange.followups[0]["embeds"][0]
    assert page["title"] == "Deadlines"
    assert "Kyiv strike pause ends" in page["description"]
    assert ":F>" in page["description"] and ":R>" in page["description"]


async def test_ingest_without_url_opens_a_modal_whose_text_is_ingested(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    opened = await fake.invoke(fake.slash("ingest"), followups=0)
    assert opened.callback["type"] == MODAL
    modal = opened.callback["data"]
    rows = modal["components"]
    values = {"Title": "Pasted", "Article text": "The Treasury confirmed the new sanctions on Monday."}
    submitted_rows = []
    for row in rows:
        inner = row.get("component") or row["components"][0]
        component = {
            "type": 4,
            "custom_id": inner["custom_id"],
            "value": values[inner.get("label") or row["label"]],
        }
        if row["type"] == 1:
            submitted_rows.append({"type": 1, "components": [component]})
        else:
            submitted_rows.append({"type": row["type"], "component": component})
    submit = fake.interaction(5, {"custom_id": modal["custom_id"], "components": submitted_rows})
    done = await fake.invoke(submit)
    assert done.callback["type"] == DEFERRED
    assert done.followups[0]["content"].startswith("added article 1")
    assert (await wired.store.articles.get(1)) is not None


async def test_ingest_with_url_goes_through_the_feeds_service(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    assert isinstance(wired.feeds, FakeFeeds)
    wired.feeds.pages["https://news.example/a"] = "The ministry said the talks resume on Friday."
    exchange = await fake.invoke(fake.slash("ingest", [opt("url", "https://news.example/a")]))
    assert exchange.followups[0]["content"].startswith("added article 1")


async def test_feed_commands_add_list_health_and_remove(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    assert isinstance(wired.feeds, FakeFeeds)
    added = await fake.invoke(fake.slash("feed", [opt("url", "https://news.example/rss")], subcommand="add"))
    assert added.followups[0]["content"] == "Subscribed to feed #1: https://news.example/rss"
    assert wired.feeds.feeds[1].channels == (REF,)
    listed = await fake.invoke(fake.slash("feed", subcommand="list"))
    assert "https://news.example/rss" in listed.followups[0]["embeds"][0]["description"]
    health = await fake.invoke(fake.slash("feed", subcommand="health"))
    assert "healthy" in health.followups[0]["embeds"][0]["description"]
    removed = await fake.invoke(fake.slash("feed", [opt("feed_id", 1, 4)], subcommand="remove"))
    assert removed.followups[0]["content"] == "Unsubscribed from feed #1."
    assert wired.feeds.feeds == {}


async def test_feed_add_is_refused_to_a_non_admin_even_if_discord_shows_it(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    assert isinstance(wired.feeds, FakeFeeds)
    exchange = await fake.invoke(
        fake.slash("feed", [opt("url", "https://news.example/rss")], subcommand="add", admin=False),
        followups=0,
    )
    assert exchange.callback["data"]["flags"] == EPHEMERAL
    assert "Manage Server" in exchange.callback["data"]["content"]
    assert wired.feeds.feeds == {}
    assert fake.followups[exchange_token(fake)] == []


def exchange_token(fake: FakeDiscord) -> str:
    """The token of the last interaction the fake answered."""
    return list(fake.callbacks)[-1]


async def test_commands_say_when_feeds_and_schedules_are_not_configured(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    wired.feeds = None
    wired.schedules = None
    feeds = await fake.invoke(fake.slash("feed", subcommand="list"))
    assert feeds.followups[0]["content"] == "error: Feeds are not configured on this bot."
    digest = await fake.invoke(fake.slash("digest", subcommand="show"))
    assert "not configured" in digest.followups[0]["content"]
    ingest = await fake.invoke(fake.slash("ingest", [opt("url", "https://news.example/a")]))
    assert "not configured" in ingest.followups[0]["content"]


async def test_digest_set_show_off_and_now(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    assert isinstance(wired.schedules, FakeSchedules)
    options = [opt("schedule", "daily 08:00"), opt("timezone", "Europe/Madrid"), opt("language", "es")]
    set_ = await fake.invoke(fake.slash("digest", options, subcommand="set"))
    assert set_.followups[0]["content"].startswith("Digest: daily 08:00 (Europe/Madrid, es), on; next <t:")
    shown = await fake.invoke(fake.slash("digest", subcommand="show"))
    assert "daily 08:00" in shown.followups[0]["content"]
    off = await fake.invoke(fake.slash("digest", subcommand="off"))
    assert off.followups[0]["content"] == "The digest of this channel is off."
    assert wired.schedules.schedules[REF].enabled is False
    now = await fake.invoke(fake.slash("digest", subcommand="now"))
    assert now.followups[0]["embeds"][0]["title"] == "Daily digest"
    bad = await fake.invoke(fake.slash("digest", [opt("schedule", "sometimes")], subcommand="set"))
    assert bad.followups[0]["content"] == "error: cannot read the schedule 'sometimes'; try \"daily 08:00\""


async def test_remind_echoes_an_absolute_time(bot: SitrepBot, fake: FakeDiscord, dev_id: int) -> None:
    options = [opt("development", str(dev_id)), opt("when", "2026-01-31T09:00:00+00:00")]
    exchange = await fake.invoke(fake.slash("remind", options))
    content = exchange.followups[0]["content"]
    assert content.startswith(f"Reminder #1 for development #{dev_id}: 31 Jan 2026, 10:00")
    assert "<t:1769850000:F>" in content
    vague = await fake.invoke(fake.slash("remind", [opt("development", str(dev_id)), opt("when", "soonish")]))
    assert vague.followups[0]["content"].startswith("error: when is 'soonish'?")


async def test_why_explains_an_item_privately(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    item = (await wired.store.articles.items_of_development(dev_id))[0]
    exchange = await fake.invoke(fake.slash("why", [opt("item", item.id, 4)]))
    assert exchange.callback == {"type": DEFERRED, "data": {"flags": EPHEMERAL}}
    text = exchange.followups[0]["content"]
    assert f"item #{item.id}" in text and "label:" in text and "why:" in text


async def test_every_answer_pings_nobody(bot: SitrepBot, fake: FakeDiscord, dev_id: int) -> None:
    await fake.invoke(fake.slash("brief"))
    await fake.invoke(fake.slash("deadlines"))
    bodies = [r.body for r in fake.requests if r.path.startswith("/webhooks/")]
    assert bodies and all(b["allowed_mentions"]["parse"] == [] for b in bodies)
    assert all("@everyone" not in json.dumps(b) for b in bodies)


async def test_brief_follows_the_channel_language(bot: SitrepBot, fake: FakeDiscord, dev_id: int) -> None:
    await fake.invoke(
        fake.slash("digest", [opt("schedule", "daily 08:00"), opt("language", "es")], subcommand="set")
    )
    exchange = await fake.invoke(fake.slash("brief"))
    titles = [e["title"] for e in exchange.followups[0]["embeds"]]
    assert titles[:2] == ["Resumen", "Plazos"]


async def test_a_development_can_be_named_by_part_of_its_title(
    bot: SitrepBot, fake: FakeDiscord, wired: App, dev_id: int
) -> None:
    await many_developments(wired, 12)
    one = await fake.invoke(fake.slash("developments", [opt("development", "number 11")], subcommand="show"))
    assert "Story number 11" in one.followups[0]["embeds"][0]["description"]
    several = await fake.invoke(
        fake.slash("developments", [opt("development", "number 1")], subcommand="show")
    )
    assert several.followups[0]["content"].startswith("error: 'number 1' matches several developments")
    none = await fake.invoke(fake.slash("brief", [opt("development", "no such story")]))
    assert none.followups[0]["content"] == "error: no development matches 'no such story'"


async def test_an_unexpected_failure_is_one_line_not_a_traceback(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    assert isinstance(wired.feeds, FakeFeeds)
    wired.feeds.pages["https://news.example/bug"] = "BUG"
    exchange = await fake.invoke(fake.slash("ingest", [opt("url", "https://news.example/bug")]))
    assert (
        exchange.followups[0]["content"]
        == "error: something went wrong on sitrep's side; it has been logged."
    )
