"""`sitrep run` with Discord and Slack together: one app, one database, one scheduler (issue 8).

Both real clients run in this process (discord.py against the fake Discord, slack-bolt in Socket
Mode against the fake Slack), started by the same `run_platforms` `sitrep run` uses, beside the
real APScheduler runner; each platform's channel has its own digest schedule.
"""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta

from pydantic import SecretStr
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.platforms.runner import PlatformRun, run_platforms, start_discord
from bot.platforms.slack import SlackConfig, run_slack
from bot.scheduling import SchedulerRunner, start_scheduling
from tests.platforms.discord.conftest import TOKEN
from tests.platforms.discord.fake_discord import CHANNEL_ID, FakeDiscord
from tests.platforms.slack.fake_slack import APP_TOKEN, BOT_TOKEN, FakeSlack, wait_until

DISCORD_REF = f"discord:{CHANNEL_ID}"
SLACK_REF = "slack:C1"
ARTICLE = "The Treasury confirmed on Monday that the tariff pause ends on 1 February."
# 08:00 UTC is 08:00 in the Discord channel's zone and 09:00 in the Slack channel's (CET).
FIRST_RUN = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)


async def _pass(runner: SchedulerRunner) -> None:
    """Wake the scheduler as its jobs do, and wait until that pass has run."""
    before = runner.passes
    await runner.poke()
    await wait_until(lambda: runner.passes > before)


def _digest_jobs(runner: SchedulerRunner) -> set[str]:
    return {job.name for job in runner.scheduler.get_jobs() if job.id.startswith("digest:")}


def _discord_posts(fake: FakeDiscord) -> list[str]:
    return [json.dumps(m, ensure_ascii=False) for m in fake.messages[CHANNEL_ID]]


def _slack_posts(fake_slack: FakeSlack) -> list[str]:
    return [json.dumps(c.params, ensure_ascii=False) for c in fake_slack.calls_of("chat.postMessage")]


async def test_one_process_posts_each_platforms_digest_once_through_one_scheduler(
    app: App, clock: FixedClock, fake: FakeDiscord, fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    app.settings.discord_token = SecretStr(TOKEN)

    def slack_starter(app: App) -> PlatformRun:
        return run_slack(app, SlackConfig(BOT_TOKEN, "socket", app_token=APP_TOKEN), client=slack_client)

    await app.ingest.ingest(ArticleInput(text=ARTICLE, title="Tariff pause"))
    runner = await start_scheduling(app)  # as `sitrep run` does, before the platforms connect
    platforms = asyncio.ensure_future(
        run_platforms(app, io.StringIO(), io.StringIO(), [start_discord, slack_starter])
    )
    try:
        await wait_until(lambda: {"discord", "slack"} <= set(app.outboxes))
        async with asyncio.timeout(5):
            await fake.ready.wait()
            await fake_slack.hello_sent.wait()
        schedules = app.schedules
        assert schedules is not None and schedules is runner.service
        await schedules.set_digest(DISCORD_REF, "daily 08:00", timezone="UTC", language="en")
        await schedules.set_digest(SLACK_REF, "daily 09:00", timezone="Europe/Madrid", language="es")
        # The runner rebuilds its jobs from the database in the background: one cron job per channel.
        await wait_until(lambda: _digest_jobs(runner) == {DISCORD_REF, SLACK_REF})

        clock.set(FIRST_RUN - timedelta(minutes=1))
        await _pass(runner)
        assert _discord_posts(fake) == [] and _slack_posts(fake_slack) == []

        clock.set(FIRST_RUN + timedelta(seconds=30))
        await _pass(runner)
        await _pass(runner)  # a second wake-up (a duplicate job firing, a sweep) posts nothing more
        [discord_digest] = _discord_posts(fake)
        [slack_digest] = _slack_posts(fake_slack)
        assert "tariff pause ends on 1 February" in discord_digest
        assert "tariff pause ends on 1 February" in slack_digest
        assert '"channel": "C1"' in slack_digest
        # Each channel's own language: one database, per-channel settings.
        assert "Daily digest" in discord_digest and "Resumen diario" in slack_digest
        assert "Late" not in discord_digest and "late" not in slack_digest.lower()
        # Each platform got only its own channel's digest.
        assert [channel for channel, posted in fake.messages.items() if posted] == [CHANNEL_ID]
        assert await app.store.deliveries.owed(clock.now(), ["discord", "slack"]) == []  # nothing owed

        clock.set(FIRST_RUN + timedelta(days=1, seconds=30))
        await _pass(runner)
        assert len(_discord_posts(fake)) == 2 and len(_slack_posts(fake_slack)) == 2
    finally:
        platforms.cancel()
        await asyncio.gather(platforms, return_exceptions=True)
        await runner.stop()
    assert "discord" not in app.outboxes and "slack" not in app.outboxes
