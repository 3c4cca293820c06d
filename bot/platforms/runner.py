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


def start_slack(app: App) -> PlatformRun | None:
    """Run Slack when SLACK_BOT_TOKEN is set, with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET."""
    if app.settings.slack_bot_token is None:
        return None
    from bot.platforms.slack import run_slack, slack_config

    config = slack_config(app.settings)
    return run_slack(app, config) if config is not None else None


# On merge with the discord branch: STARTERS = [start_discord, start_slack].
STARTERS: list[Starter] = [start_slack]


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
