"""Gateway drops: the bot resumes (or re-identifies) and nothing is posted or answered twice."""

from __future__ import annotations

import asyncio

from bot.app import App
from bot.platforms.discord.client import SitrepBot
from bot.ports import Post
from tests.platforms.discord.fake_discord import CHANNEL_ID, FakeDiscord
from tests.platforms.discord.fakes import FakeSchedules

REF = f"discord:{CHANNEL_ID}"


async def test_a_dropped_socket_resumes_without_duplicate_posts(bot: SitrepBot, fake: FakeDiscord) -> None:
    await bot.outbox.send(
        REF, Post(kind="daily", text="before the drop", extra={"idempotency_key": "daily:1"})
    )
    fake.drop_socket()
    # A scheduled post while the gateway is down still goes out (REST does not need the socket).
    await bot.outbox.send(
        REF, Post(kind="reminder", text="during the drop", extra={"idempotency_key": "rem:1"})
    )
    async with asyncio.timeout(5):
        await fake.resumed.wait()
    # The scheduler retrying a delivery after the reconnect does not post it again.
    await bot.outbox.send(
        REF, Post(kind="reminder", text="during the drop", extra={"idempotency_key": "rem:1"})
    )
    exchange = await fake.invoke(fake.slash("deadlines"))
    assert exchange.callback["type"] == 5
    assert (fake.identifies, fake.resumes, fake.command_puts) == (1, 1, 1)
    assert [m["content"] for m in fake.messages[CHANNEL_ID]] == ["before the drop", "during the drop"]


async def test_an_invalidated_session_reidentifies_without_posting_or_syncing_again(
    bot: SitrepBot, fake: FakeDiscord
) -> None:
    await bot.outbox.send(REF, Post(kind="daily", text="digest", extra={"idempotency_key": "daily:1"}))
    ready_again = asyncio.create_task(bot.wait_for("ready", timeout=5))

    async def no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
        """Skip the 5 s that discord.py waits before a new IDENTIFY (Discord's identify limit)."""

    bot.before_identify_hook = no_identify_wait  # type: ignore[method-assign]
    fake.invalidate_next_resume = True
    fake.drop_socket()
    await ready_again  # on_ready fires again for the new session
    assert (fake.identifies, fake.resumes) == (2, 1)
    exchange = await fake.invoke(fake.slash("deadlines"))
    assert exchange.followups
    assert fake.command_puts == 1
    assert len(fake.messages[CHANNEL_ID]) == 1
    assert not [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")][1:]


async def test_an_interaction_delivered_twice_is_answered_once(bot: SitrepBot, fake: FakeDiscord) -> None:
    payload = fake.slash("deadlines")
    first = await fake.invoke(payload)
    await fake.dispatch("INTERACTION_CREATE", payload)  # e.g. replayed after a resume
    second = await fake.invoke(fake.slash("deadlines"))  # a later interaction is still answered
    assert second.followups
    assert fake.callback_count[payload["token"]] == 1
    assert len(fake.followups[payload["token"]]) == len(first.followups) == 1


async def test_a_button_click_delivered_twice_snoozes_once(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    assert isinstance(wired.schedules, FakeSchedules)
    await bot.outbox.send(REF, Post(kind="reminder", text="soon", extra={"reminder_id": "7"}))
    message = fake.messages[CHANNEL_ID][0]
    click = fake.interaction(3, {"custom_id": "sitrep:snooze:7", "component_type": 2}, message=message)
    await fake.invoke(click, followups=0)
    await fake.dispatch("INTERACTION_CREATE", click)
    await fake.invoke(fake.slash("deadlines"))  # processed after the replay
    assert wired.schedules.snoozes == 1
    assert fake.callback_count[click["token"]] == 1
