"""DiscordOutbox against the fake: scheduled digests, mentions, 429s, dead channels, reminder buttons."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.app import App
from bot.domain.models import Label
from bot.errors import DeliveryError
from bot.platforms.discord.client import SitrepBot
from bot.platforms.discord.outbox import DiscordOutbox
from bot.ports import Post
from tests.platforms.discord.digests import HOSTILE, digest, entry
from tests.platforms.discord.fake_discord import ADMIN_ID, CHANNEL_ID, FakeDiscord
from tests.platforms.discord.fakes import FakeSchedules
from tests.platforms.discord.seed import seed

REF = f"discord:{CHANNEL_ID}"
MESSAGES = f"/channels/{CHANNEL_ID}/messages"


async def test_a_scheduled_digest_is_posted_to_the_channel(
    bot: SitrepBot, fake: FakeDiscord, wired: App
) -> None:
    await seed(wired)
    assert isinstance(wired.schedules, FakeSchedules)
    composed = await wired.schedules.digest_now(REF)
    message_id = await wired.outboxes["discord"].send(REF, Post(kind="daily", digest=composed))
    posted = fake.messages[CHANNEL_ID]
    assert [m["id"] for m in posted][:1] == [message_id]
    embeds = [e for m in posted for e in m["embeds"]]
    assert embeds[0]["title"] == "Daily digest"
    assert embeds[1]["title"] == "Deadlines" and "Kyiv strike pause ends" in embeds[1]["description"]
    assert all(m["allowed_mentions"]["parse"] == [] for m in posted)


async def test_article_mentions_ping_nobody_and_markdown_is_escaped(
    bot: SitrepBot, fake: FakeDiscord
) -> None:
    hostile = digest(
        [entry(7, HOSTILE), entry(8, HOSTILE, Label.COMMENTARY, source="@here news")], title="@here x"
    )
    await bot.outbox.send(REF, Post(kind="daily", digest=hostile))
    await bot.outbox.send(REF, Post(kind="notice", text=HOSTILE))
    posted = fake.messages[CHANNEL_ID]
    assert len(posted) == 2
    for message in posted:
        assert message["allowed_mentions"] == {"parse": []}
        raw = json.dumps(message, ensure_ascii=False)
        for mention in ("@everyone", "@here", "<@&123>", "<@456>"):
            assert mention not in raw
    field = posted[0]["embeds"][2]["fields"][0]["value"]
    assert "@\u200beveryone" in field and "<@\u200b&123>" in field
    assert "\\*\\*now\\*\\*" in field and "\\[click](http://evil.example)" in field
    assert posted[1]["content"].startswith("@\u200beveryone look <@\u200b&123>")


async def test_only_the_configured_role_is_pinged_by_a_reminder(bot: SitrepBot, fake: FakeDiscord) -> None:
    outbox = DiscordOutbox(bot, deadline_role_id=555)
    await outbox.send(REF, Post(kind="reminder", text=f"Deadline soon: {HOSTILE}"))
    await outbox.send(REF, Post(kind="notice", text="feed failing"))
    reminder, notice = fake.messages[CHANNEL_ID]
    assert reminder["content"].startswith("<@&555> Deadline soon: @\u200beveryone")
    assert reminder["allowed_mentions"] == {"parse": [], "roles": [555]}
    assert "<@&555>" not in notice["content"]
    assert notice["allowed_mentions"]["parse"] == [] and "roles" not in notice["allowed_mentions"]


async def test_a_429_on_a_post_is_retried_and_posts_once(bot: SitrepBot, fake: FakeDiscord) -> None:
    fake.rate_limit[MESSAGES] = 1
    message_id = await bot.outbox.send(REF, Post(kind="notice", text="after the rate limit"))
    assert len(fake.posts(MESSAGES)) == 2  # the 429, then the retry
    assert [m["id"] for m in fake.messages[CHANNEL_ID]] == [message_id]


async def test_a_resent_delivery_is_dropped_by_its_nonce(bot: SitrepBot, fake: FakeDiscord) -> None:
    post = Post(
        kind="daily", digest=digest([entry(1, "Peskov confirmed it.")]), extra={"idempotency_key": "d:1"}
    )
    first = await bot.outbox.send(REF, post)
    again = await bot.outbox.send(REF, post)
    assert first == again
    assert len(fake.messages[CHANNEL_ID]) == 1


@pytest.mark.parametrize(
    ("trouble", "permanent", "words"),
    [
        ("missing_channels", True, "no longer exists"),
        ("forbidden_channels", True, "missing permission"),
        ("failing_channels", False, "503"),
    ],
)
async def test_delivery_failures_say_whether_retrying_can_help(
    bot: SitrepBot, fake: FakeDiscord, trouble: str, permanent: bool, words: str
) -> None:
    getattr(fake, trouble).add(CHANNEL_ID)
    with pytest.raises(DeliveryError) as caught:
        await bot.outbox.send(REF, Post(kind="notice", text="hello"))
    assert caught.value.permanent is permanent
    assert words in str(caught.value)
    assert fake.messages[CHANNEL_ID] == []


async def test_a_channel_ref_of_another_platform_is_refused_for_good(bot: SitrepBot) -> None:
    with pytest.raises(DeliveryError) as caught:
        await bot.outbox.send("slack:C042", Post(kind="notice", text="hello"))
    assert caught.value.permanent


async def test_reminder_buttons_snooze_and_stop(bot: SitrepBot, fake: FakeDiscord, wired: App) -> None:
    assert isinstance(wired.schedules, FakeSchedules)
    await bot.outbox.send(REF, Post(kind="reminder", text="pause ends in 1 h", extra={"reminder_id": "42"}))
    message = fake.messages[CHANNEL_ID][0]
    buttons = message["components"][0]["components"]
    assert [b["custom_id"] for b in buttons] == ["sitrep:snooze:42", "sitrep:stop:42"]
    snooze = fake.interaction(3, {"custom_id": "sitrep:snooze:42", "component_type": 2}, message=message)
    snoozed = await fake.invoke(snooze, followups=0)
    assert snoozed.callback["data"]["content"].startswith("Snoozed: I will remind this channel again <t:")
    assert wired.schedules.reminders[42].fire_at == wired.clock.now() + timedelta(minutes=60)
    stop = fake.interaction(3, {"custom_id": "sitrep:stop:42", "component_type": 2}, message=message)
    stopped = await fake.invoke(stop, followups=0)
    assert "stopped" in stopped.callback["data"]["content"]
    assert wired.schedules.stopped == [42]


async def test_the_server_owner_is_told_once_posting_stops_for_good(
    bot: SitrepBot, fake: FakeDiscord
) -> None:
    fake.forbidden_channels.add(CHANNEL_ID)
    with pytest.raises(DeliveryError) as caught:
        await bot.outbox.send(REF, Post(kind="digest", text="hello"))
    await bot.outbox.notify_admin(REF, f"{caught.value} @everyone")
    dm = fake.dm_channels[ADMIN_ID]  # the guild's owner
    (message,) = fake.messages[dm]
    assert message["content"].startswith("sitrep stopped posting in #news on Newsroom: discord:")
    assert "missing permission" in message["content"] and "@\u200beveryone" in message["content"]
    assert message["allowed_mentions"] == {"parse": []}
