"""Start every chat platform whose credentials are set, else the console platform.

Each platform contributes one starter: given the app, it returns the coroutine that runs it,
or None when its credentials are absent. Slack adds its starter to `STARTERS` beside Discord's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TextIO

from bot.app import App

PlatformRun = Coroutine[Any, Any, None]
Starter = Callable[[App], PlatformRun | None]


def start_discord(app: App) -> PlatformRun | None:
    """Run Discord when DISCORD_TOKEN is set."""
    token = app.settings.discord_token
    if token is None or not token.get_secret_value().strip():
        return None
    from bot.platforms.discord import run_discord

    return run_discord(
        app, token.get_secret_value().strip(), deadline_role_id=app.settings.discord_deadline_role
    )


def start_slack(app: App) -> PlatformRun | None:
    """Run Slack when SLACK_BOT_TOKEN is set, with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET."""
    if app.settings.slack_bot_token is None:
        return None
    from bot.platforms.slack import run_slack, slack_config

    config = slack_config(app.settings)
    return run_slack(app, config) if config is not None else None


STARTERS: list[Starter] = [start_discord, start_slack]


async def run_platforms(
    app: App, stdin: TextIO, stdout: TextIO, starters: list[Starter] | None = None
) -> int:
    """Run the configured platforms until one stops; with none configured, the console."""
    runs = [
        run
        for starter in (starters if starters is not None else STARTERS)
        if (run := starter(app)) is not None
    ]
    if not runs:
        from bot.platforms.console import run_console

        return await run_console(app, stdin, stdout)
    tasks = [asyncio.ensure_future(run) for run in runs]
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()  # re-raise the first failure (a SitrepError is one readable line)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return 0
