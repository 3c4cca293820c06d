"""Drive `/sitrep` through real slack-bolt in Socket Mode against the loopback fake."""

from __future__ import annotations

import json
from typing import Any

from bot.app import App
from bot.domain.models import ArticleInput
from bot.platforms.slack.run import SlackPlatform
from tests.platforms.slack.fake_slack import FakeSlack, button_press, command_payload, wait_until

ARTICLE = (
    "The Treasury confirmed on Monday that the tariff pause ends on 1 February. "
    "Talks began in Geneva on 23 January."
)


async def run(fake: FakeSlack, text: str, *, user: str = "U1", replies: int = 1) -> list[dict[str, Any]]:
    """Send `/sitrep text` as an envelope, check the ack, and return the answers."""
    hook = f"h{len(fake.hooks)}-{len(fake.acks)}"
    before = len(fake.hooks)
    envelope = await fake.send_envelope(
        "slash_commands", command_payload(text, response_url=fake.response_url(hook), user=user)
    )
    ack = await fake.ack_of(envelope)
    assert ack["envelope_id"] == envelope
    await wait_until(lambda: len(fake.hooks) >= before + replies)
    return [body for name, body in fake.hooks if name == hook]


def shown(body: dict[str, Any]) -> str:
    """Join the text a user sees in an answer's blocks."""
    return json.dumps(body.get("blocks", []), ensure_ascii=False)


async def test_help_is_acked_then_answered_only_to_the_caller(
    socket_platform: SlackPlatform, fake_slack: FakeSlack
) -> None:
    [body] = await run(fake_slack, "help")
    assert body["response_type"] == "ephemeral"
    assert "digest set SPEC" in shown(body)
    assert body["text"].startswith("Type /sitrep and one of these:")
    assert len(fake_slack.calls_of("auth.test")) == 1


async def test_brief_shows_the_ingested_article_as_block_kit(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    [body] = await run(fake_slack, "brief")
    assert body["blocks"][0]["type"] == "header"
    assert "Talks began in Geneva on 23 January." in shown(body)
    assert body["response_type"] == "ephemeral"


async def test_developments_deadlines_and_why(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    result = await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    dev_id = result.developments[0].id
    [listing] = await run(fake_slack, "developments")
    assert f"#{dev_id}" in shown(listing)
    [one] = await run(fake_slack, f"developments show {dev_id}")
    assert "Tariff pause" in shown(one)
    [deadlines] = await run(fake_slack, "deadlines 30")
    assert "(Tariff pause): due" in shown(deadlines)
    items = await wired.store.articles.items_of_development(dev_id)
    [why] = await run(fake_slack, f"why {items[0].id}")
    assert f"item #{items[0].id}" in shown(why)
    assert "label:" in shown(why)


async def test_ingest_pasted_text_and_url(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    [body] = await run(fake_slack, f"ingest {ARTICLE}")
    assert "added article" in shown(body)
    [fetched] = await run(fake_slack, "ingest https://news.example/a")
    assert "Fetched page" in shown(fetched)
    assert wired.feeds.fetched == ["https://news.example/a"]  # type: ignore[union-attr]


async def test_ingest_without_text_opens_the_modal_and_its_submission_ingests(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    envelope = await fake_slack.send_envelope(
        "slash_commands", command_payload("ingest", response_url=fake_slack.response_url())
    )
    await fake_slack.ack_of(envelope)
    [opened] = await wait_until(lambda: fake_slack.calls_of("views.open"))
    view = opened.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["callback_id"] == "sitrep_ingest"
    assert opened.params["trigger_id"] == "trigger-1"

    empty = _submission(view, "   ")
    ack = await fake_slack.ack_of(await fake_slack.send_envelope("interactive", empty))
    assert ack["payload"] == {"response_action": "errors", "errors": {"text": "Paste the article text here."}}

    ok = await fake_slack.send_envelope("interactive", _submission(view, ARTICLE, title="Pasted"))
    await fake_slack.ack_of(ok)
    [note] = await wait_until(lambda: fake_slack.calls_of("chat.postEphemeral"))
    assert note.params["channel"] == "C1"
    assert note.params["user"] == "U1"
    assert "added article" in note.params["text"]
    assert len(await wired.developments.overview()) == 1


def _submission(view: dict[str, Any], text: str, title: str = "") -> dict[str, Any]:
    return {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "api_app_id": "A111",
        "view": {
            **view,
            "id": "V1",
            "state": {
                "values": {
                    "title": {"value": {"type": "plain_text_input", "value": title or None}},
                    "text": {"value": {"type": "plain_text_input", "value": text}},
                    "url": {"value": {"type": "url_text_input", "value": None}},
                }
            },
        },
    }


async def test_feed_subcommands(socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App) -> None:
    fake_slack.users["UADMIN"] = {"is_admin": True}
    [added] = await run(fake_slack, "feed add https://news.example/rss", user="UADMIN")
    assert added["response_type"] == "in_channel"
    assert "subscribed" in shown(added) and "https://news.example/rss" in shown(added)
    [listed] = await run(fake_slack, "feed list")
    assert "https://news.example/rss" in shown(listed)
    [health] = await run(fake_slack, "feed health")
    assert "https://news.example/rss" in shown(health)
    [removed] = await run(fake_slack, "feed remove 1", user="UADMIN")
    assert "removed" in shown(removed)
    assert wired.feeds.feeds == {}  # type: ignore[union-attr]
    [empty] = await run(fake_slack, "feed list")
    assert "No feeds in this channel." in shown(empty)


async def test_digest_subcommands(socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App) -> None:
    fake_slack.users["UADMIN"] = {"is_owner": True}
    await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    [set_] = await run(fake_slack, "digest set daily 08:00 tz=Europe/Madrid lang=es", user="UADMIN")
    assert "daily 08:00 (Europe/Madrid, es)" in shown(set_)
    assert set_["response_type"] == "in_channel"
    [bad] = await run(fake_slack, "digest set sometimes", user="UADMIN")
    assert bad["response_type"] == "ephemeral"
    assert "cannot read the schedule" in shown(bad)
    [show] = await run(fake_slack, "digest show")
    assert "daily 08:00" in shown(show)
    [now] = await run(fake_slack, "digest now")
    assert now["response_type"] == "in_channel"
    assert now["blocks"][0]["text"]["text"] == "Daily digest"
    [off] = await run(fake_slack, "digest off", user="UADMIN")
    assert off["response_type"] == "in_channel"
    assert wired.schedules.schedules["slack:C1"].enabled is False  # type: ignore[union-attr]


async def test_remind_echoes_an_absolute_time(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    [body] = await run(fake_slack, 'remind 3 "tomorrow 9:00"')
    assert "#3" in shown(body)
    assert "30 Jan 2026, 16:00 UTC" in shown(body)
    assert body["response_type"] == "in_channel"
    assert wired.schedules.reminders[0].channel_ref == "slack:C1"  # type: ignore[union-attr]
    assert wired.schedules.reminders[0].when == "tomorrow 9:00"  # type: ignore[union-attr]


async def test_non_admin_is_refused_and_nothing_changes(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    result = await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    dev_id = result.developments[0].id
    [refused] = await run(fake_slack, f"developments rename {dev_id} Hijacked", user="U2")
    assert refused["response_type"] == "ephemeral"
    assert "Only workspace admins" in refused["text"]
    [refused_feed] = await run(fake_slack, "feed add https://x.example/rss", user="U2")
    assert "Only workspace admins" in refused_feed["text"]
    assert (await wired.developments.show(dev_id)).development.title == "Tariff pause"
    assert wired.feeds.feeds == {}  # type: ignore[union-attr]
    assert [c.params["user"] for c in fake_slack.calls_of("users.info")] == ["U2", "U2"]


async def test_admin_group_member_may_run_admin_subcommands(
    wired: App, fake_slack: FakeSlack, slack_client: Any
) -> None:
    from bot.platforms.slack.run import SlackConfig
    from tests.platforms.slack.fake_slack import APP_TOKEN, BOT_TOKEN

    fake_slack.groups["S9"] = ["U7"]
    config = SlackConfig(BOT_TOKEN, "socket", app_token=APP_TOKEN, admin_group="S9")
    platform = SlackPlatform(wired, config, client=slack_client)
    await platform.start()
    try:
        result = await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
        dev_id = result.developments[0].id
        [body] = await run(fake_slack, f"developments rename {dev_id} Geneva tariff talks", user="U7")
        assert body["response_type"] == "in_channel"
        assert (await wired.developments.show(dev_id)).development.title == "Geneva tariff talks"
    finally:
        await platform.stop()


async def test_unknown_command_and_bad_input_are_readable(
    socket_platform: SlackPlatform, fake_slack: FakeSlack
) -> None:
    [unknown] = await run(fake_slack, "launch rockets")
    assert "unknown command 'launch'" in shown(unknown)
    [bad] = await run(fake_slack, "why twelve")
    assert "ITEM_ID must be a number" in shown(bad)
    assert bad["response_type"] == "ephemeral"


async def test_a_long_brief_is_paged_with_buttons_and_nothing_is_lost(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    text = " ".join(
        f"Sentence number {n} describes the negotiations in detail for the record." for n in range(300)
    )
    await wired.ingest.ingest(ArticleInput(text=text, title="Long"))
    [first] = await run(fake_slack, "brief")
    pager = first["blocks"][-1]
    assert pager["type"] == "actions"
    [next_button] = pager["elements"]
    assert next_button["text"]["text"] == "Next ▸"
    assert json.loads(next_button["value"]) == {"c": "brief", "p": 2}
    pages = [first]
    while pages[-1]["blocks"][-1]["type"] == "actions" and len(pages) < 20:
        button = pages[-1]["blocks"][-1]["elements"][-1]
        if button["text"]["text"] != "Next ▸":
            break
        hook = f"page{len(pages) + 1}"
        envelope = await fake_slack.send_envelope(
            "interactive", button_press(button, fake_slack.response_url(hook))
        )
        await fake_slack.ack_of(envelope)
        [(_, answer)] = await wait_until(lambda hook=hook: [h for h in fake_slack.hooks if h[0] == hook])
        assert answer["replace_original"] is True
        pages.append(answer)
    assert len(pages) > 1
    seen = " ".join(shown(page) for page in pages)
    for n in range(300):
        assert seen.count(f"Sentence number {n} describes") == 1
