"""`sitrep run` wiring: the Slack starter runs beside another platform over one app and one database."""

from __future__ import annotations

import asyncio
import io

from pydantic import SecretStr
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.domain.models import ArticleInput
from bot.platforms.runner import PlatformRun, run_platforms, start_slack
from bot.platforms.slack import SlackConfig, run_slack
from bot.ports import Post
from tests.platforms.slack.fake_slack import APP_TOKEN, BOT_TOKEN, FakeSlack, command_payload, wait_until


class OtherOutbox:
    """A second platform's outbox (Discord's stand-in here) that records its posts."""

    platform = "other"

    def __init__(self) -> None:
        self.sent: list[tuple[str, Post]] = []

    async def send(self, channel_ref: str, post: Post) -> str:
        self.sent.append((channel_ref, post))
        return f"other-{len(self.sent)}"


async def _run_other(app: App, outbox: OtherOutbox) -> None:
    app.outboxes[outbox.platform] = outbox
    try:
        await asyncio.Event().wait()
    finally:
        app.outboxes.pop(outbox.platform, None)


def test_the_slack_starter_needs_a_bot_token(app: App) -> None:
    assert start_slack(app) is None
    app.settings.slack_bot_token = SecretStr(BOT_TOKEN)
    app.settings.slack_app_token = SecretStr(APP_TOKEN)
    run = start_slack(app)
    assert run is not None
    run.close()


async def test_slack_and_another_platform_run_in_one_process_sharing_the_app(
    wired: App, fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    other = OtherOutbox()

    def slack_starter(app: App) -> PlatformRun:
        return run_slack(app, SlackConfig(BOT_TOKEN, "socket", app_token=APP_TOKEN), client=slack_client)

    def other_starter(app: App) -> PlatformRun:
        return _run_other(app, other)

    task = asyncio.ensure_future(
        run_platforms(wired, io.StringIO(), io.StringIO(), [slack_starter, other_starter])
    )
    try:
        await wait_until(lambda: {"slack", "other"} <= set(wired.outboxes))
        await fake_slack.hello_sent.wait()
        envelope = await fake_slack.send_envelope(
            "slash_commands",
            command_payload(
                f"ingest {'The pause ends on 1 February. ' * 2}", response_url=fake_slack.response_url()
            ),
        )
        await fake_slack.ack_of(envelope)
        await wait_until(lambda: fake_slack.hooks)
        assert len(await wired.developments.overview()) == 1

        await wired.ingest.ingest(ArticleInput(text="Talks began in Geneva on 23 January.", title="Geneva"))
        digest = await wired.briefing.brief(kind="daily")
        for ref in ("slack:C1", "other:55"):
            await wired.outboxes[ref.partition(":")[0]].send(ref, Post(kind="digest", digest=digest))
        assert [c.params["channel"] for c in fake_slack.calls_of("chat.postMessage")] == ["C1"]
        assert [ref for ref, _ in other.sent] == ["other:55"]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert wired.outboxes == {}
