"""SlackOutbox through the real AsyncWebClient: digests posted, rate limits waited out, dead channels reported."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.domain.models import ArticleInput
from bot.errors import DeliveryError
from bot.platforms.slack.outbox import SlackOutbox
from bot.platforms.slack.run import SlackPlatform
from bot.ports import Outbox, Post
from tests.platforms.slack.fake_slack import FakeSlack, Scripted

ARTICLE = (
    "The Treasury confirmed that the tariff pause ends on 1 February. Talks began in Geneva on 23 January."
)
RATELIMITED = {"ok": False, "error": "ratelimited"}
OUR_TOKENS = re.compile(r"<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>]*>|<https?://[^|<> ]+\|[^<>]*>")


def _block_texts(blocks: list[dict[str, Any]]) -> list[str]:
    out = [b["text"]["text"] for b in blocks if "text" in b]
    return out + [e["text"] for b in blocks for e in b.get("elements", []) if isinstance(e.get("text"), str)]


class RecordedSleep:
    """Stands in for asyncio.sleep and remembers how long it was asked to wait."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


async def test_a_scheduled_digest_reaches_chat_post_message(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    await wired.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    outbox = wired.outboxes["slack"]
    assert isinstance(outbox, Outbox)
    digest = await wired.briefing.brief(kind="daily")
    ts = await outbox.send("slack:C42", Post(kind="digest", digest=digest))
    [call] = fake_slack.calls_of("chat.postMessage")
    assert ts == "1700000000.000001"
    assert call.params["channel"] == "C42"
    assert call.params["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Daily digest", "emoji": False},
    }
    assert "Talks began in Geneva on 23 January." in json.dumps(call.params["blocks"])
    assert call.token.startswith("xoxb-")


async def test_mentions_in_article_text_are_escaped_in_the_posted_blocks(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, app: App
) -> None:
    text = (
        "The ministry said <!channel> the pause ends on 1 February. "
        "A source told <@U123> and <!subteam^S1> that @here talks continue. Everyone <!everyone> agrees."
    )
    await app.ingest.ingest(
        ArticleInput(text=text, title="<!here> Breaking", url="https://news.example/a?x=1&y=2")
    )
    digest = await app.briefing.brief(kind="daily")
    await SlackOutbox(slack_client).send("slack:C1", Post(kind="digest", digest=digest))
    calls = fake_slack.calls_of("chat.postMessage")
    posted = json.dumps([c.params for c in calls], ensure_ascii=False)
    for raw in ("<!channel>", "<@U123>", "<!subteam^S1>", "<!everyone>", "<!here>"):
        assert raw not in posted
    # Whatever the analysis does to the sentences, every `<` left is one of our own tokens.
    texts = [c.params["text"] for c in calls] + _block_texts([b for c in calls for b in c.params["blocks"]])
    for shown in texts:
        assert OUR_TOKENS.sub("", shown).count("<") == 0, shown
    assert "&lt;@\u2060U123&gt;" in posted
    assert "@\u2060here talks" in posted
    assert "channel&gt;" in posted and "subteam^S1&gt;" in posted
    assert "<https://news.example/a?x=1&amp;y=2|&lt;!here&gt; Breaking>" in posted


async def test_ratelimited_posts_are_retried_after_the_wait_slack_asks_for(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.script(
        "chat.postMessage",
        Scripted(429, RATELIMITED, {"Retry-After": "7"}),
        Scripted(429, RATELIMITED, {"Retry-After": "2"}),
    )
    sleep = RecordedSleep()
    ts = await SlackOutbox(slack_client, sleep=sleep).send(
        "slack:C1", Post(kind="reminder", text="Pause ends in 1 hour")
    )
    assert sleep.waits == [7.0, 2.0]
    assert len(fake_slack.calls_of("chat.postMessage")) == 3
    assert ts == "1700000000.000001"


async def test_a_rate_limit_longer_than_the_cap_is_a_retryable_delivery_error(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.script("chat.postMessage", Scripted(429, RATELIMITED, {"Retry-After": "900"}))
    sleep = RecordedSleep()
    with pytest.raises(DeliveryError) as caught:
        await SlackOutbox(slack_client, sleep=sleep, max_wait_s=60).send(
            "slack:C1", Post(kind="reminder", text="x")
        )
    assert caught.value.permanent is False
    assert "900" in str(caught.value)
    assert sleep.waits == []


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_dead_channels_are_permanent_delivery_errors(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, error: str
) -> None:
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": error}))
    with pytest.raises(DeliveryError) as caught:
        await SlackOutbox(slack_client).send("slack:C1", Post(kind="reminder", text="x"))
    assert caught.value.permanent is True
    assert error in str(caught.value)
    assert len(fake_slack.calls_of("chat.postMessage")) == 1


async def test_a_server_error_is_retryable_and_a_foreign_channel_ref_is_not(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": "internal_error"}))
    outbox = SlackOutbox(slack_client)
    with pytest.raises(DeliveryError) as transient:
        await outbox.send("slack:C1", Post(kind="reminder", text="x"))
    assert transient.value.permanent is False
    with pytest.raises(DeliveryError) as foreign:
        await outbox.send("discord:123", Post(kind="reminder", text="x"))
    assert foreign.value.permanent is True


async def test_a_digest_too_big_for_one_message_is_posted_as_pages_in_order(
    fake_slack: FakeSlack, slack_client: AsyncWebClient, app: App
) -> None:
    sentences = " ".join(
        f"Sentence number {n} describes the negotiations in detail for the record." for n in range(400)
    )
    await app.ingest.ingest(ArticleInput(text=sentences, title="Long"))
    digest = await app.briefing.brief(kind="daily")
    first = await SlackOutbox(slack_client).send("slack:C1", Post(kind="digest", digest=digest))
    calls = fake_slack.calls_of("chat.postMessage")
    assert len(calls) > 1
    assert first == "1700000000.000001"
    assert [c.params["text"] for c in calls] == [
        f"Daily digest ({n}/{len(calls)})" for n in range(1, len(calls) + 1)
    ]
    posted = json.dumps([c.params["blocks"] for c in calls])
    for n in (0, 199, 399):
        assert f"Sentence number {n} describes" in posted


async def test_a_reminder_about_a_development_offers_snooze(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    post = Post(kind="reminder", text="Deadline: pause ends in 1 hour", extra={"development_id": "4"})
    await SlackOutbox(slack_client).send("slack:C1", post)
    [call] = fake_slack.calls_of("chat.postMessage")
    actions = [b for b in call.params["blocks"] if b["type"] == "actions"]
    assert actions[0]["elements"][0]["action_id"] == "sitrep_snooze_0"


async def test_a_late_digest_says_so(fake_slack: FakeSlack, slack_client: AsyncWebClient, app: App) -> None:
    digest = await app.briefing.brief(kind="daily")
    await SlackOutbox(slack_client).send("slack:C1", Post(kind="digest", digest=digest, late=True))
    [call] = fake_slack.calls_of("chat.postMessage")
    assert "Sent late: this digest was due while sitrep was down." in json.dumps(call.params["blocks"])
