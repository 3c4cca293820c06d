"""The text dispatch additions Slack relies on: channel commands, admin marking, raw ingest text."""

from __future__ import annotations

from bot.app import App
from bot.platforms.text_commands import dispatch, is_admin_command, split_command


async def test_feed_digest_and_remind_say_not_configured_without_their_services(app: App) -> None:
    app.feeds = None
    app.schedules = None
    for line in ("feed list", "digest show", "remind 1 tomorrow"):
        reply = await dispatch(app, line)
        assert "not configured" in reply.text or "not available" in reply.text
        assert reply.ephemeral is True


async def test_channel_commands_act_on_the_channel_they_come_from(wired: App) -> None:
    reply = await dispatch(wired, "feed add https://news.example/rss", channel_ref="slack:C7")
    assert reply.text.startswith("subscribed")
    assert (await dispatch(wired, "feed list", channel_ref="slack:C8")).text == "No feeds in this channel."
    assert "https://news.example/rss" in (await dispatch(wired, "feed list all", channel_ref="slack:C8")).text
    await dispatch(wired, "digest set daily 08:00", channel_ref="slack:C7")
    assert set(wired.schedules.schedules) == {"slack:C7"}  # type: ignore[union-attr]


def test_admin_commands_are_the_ones_that_change_shared_state() -> None:
    assert is_admin_command("developments", ["merge", "1", "2"])
    assert is_admin_command("track", ["rename", "1", "x"])
    assert is_admin_command("developments", ["split", "1", "2"])
    assert is_admin_command("feed", ["add", "u"]) and is_admin_command("digest", ["off"])
    assert not is_admin_command("developments", ["mute", "1"])
    assert not is_admin_command("feed", ["list"]) and not is_admin_command("brief", [])


def test_ingest_keeps_its_text_whole_and_other_commands_split_on_quotes() -> None:
    assert split_command('/ingest It\'s "quoted"  text') == ("ingest", ['It\'s "quoted"  text'])
    assert split_command('remind 3 "tomorrow 9:00"') == ("remind", ["3", "tomorrow 9:00"])
    assert split_command("") == ("help", [])
