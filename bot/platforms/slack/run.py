"""Run the Slack platform: Socket Mode by default, HTTP (signed requests) as the option."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.errors import SitrepError
from bot.platforms.slack.commands import build_bolt_app
from bot.platforms.slack.outbox import SlackOutbox
from bot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


@dataclass(frozen=True, slots=True)
class SlackConfig:
    """What the Slack platform needs to start, taken from the settings."""

    bot_token: str
    mode: str
    app_token: str | None = None
    signing_secret: str | None = None
    host: str = "0.0.0.0"
    port: int = 3000
    admin_group: str | None = None


def slack_config(settings: Settings) -> SlackConfig | None:
    """Pick Socket Mode (SLACK_APP_TOKEN) or HTTP (SLACK_SIGNING_SECRET); None without a bot token."""
    if settings.slack_bot_token is None:
        return None
    app_token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else None
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    mode = settings.slack_mode or ("socket" if app_token else "http")
    if mode == "socket" and not app_token:
        raise SitrepError("Slack Socket Mode needs SLACK_APP_TOKEN (an xapp-… app-level token)")
    if mode == "http" and not secret:
        raise SitrepError("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)")
    return SlackConfig(
        bot_token=settings.slack_bot_token.get_secret_value(),
        mode=mode,
        app_token=app_token,
        signing_secret=secret,
        host=settings.slack_host,
        port=settings.slack_port,
        admin_group=settings.slack_admin_group,
    )


class SlackPlatform:
    """One Slack connection: the Bolt app, its transport, and the outbox it lends the scheduler."""

    def __init__(self, app: App, config: SlackConfig, *, client: AsyncWebClient | None = None) -> None:
        self.config = config
        self.client = client or AsyncWebClient(token=config.bot_token)
        self.bolt: AsyncApp = build_bolt_app(
            app, self.client, signing_secret=config.signing_secret, admin_group=config.admin_group
        )
        self.outbox = SlackOutbox(self.client)
        self._app = app
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self) -> None:
        """Connect (Socket Mode) or listen (HTTP), and register the outbox as `slack`."""
        self._app.register_outbox(self.outbox)
        if self.config.mode == "socket":
            self._socket = AsyncSocketModeHandler(self.bolt, self.config.app_token, web_client=self.client)
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
            log.info("Slack: connected in Socket Mode")
            return
        self._runner = web.AppRunner(self.bolt.web_app(path=EVENTS_PATH))
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.config.host, self.config.port)
        await site.start()
        # Port 0 asks the system for a free port (tests); report the one actually bound.
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else self.config.port
        log.info("Slack: listening for signed requests on %s:%s%s", self.config.host, self.port, EVENTS_PATH)

    async def stop(self) -> None:
        """Disconnect and release the HTTP sessions."""
        self._app.outboxes.pop(self.outbox.platform, None)
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def run_slack(app: App, config: SlackConfig, *, client: AsyncWebClient | None = None) -> None:
    """Serve Slack until cancelled, then disconnect; the runner's starter for Slack."""
    platform = SlackPlatform(app, config, client=client)
    await platform.start()
    try:
        await asyncio.Event().wait()
    finally:
        await platform.stop()
