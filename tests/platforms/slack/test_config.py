"""Which Slack transport the settings select, and the one-line errors when credentials are missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.errors import SitrepError
from bot.platforms.slack.run import slack_config
from bot.settings import Settings


def _settings(tmp_path: Path, **secrets: str) -> Settings:
    settings = Settings(db=tmp_path / "x.db")
    for name, value in secrets.items():
        setattr(settings, name, SecretStr(value))
    return settings


def test_without_a_bot_token_slack_stays_off(tmp_path: Path) -> None:
    assert slack_config(_settings(tmp_path, slack_app_token="xapp-1")) is None


def test_an_app_token_selects_socket_mode(tmp_path: Path) -> None:
    config = slack_config(
        _settings(tmp_path, slack_bot_token="xoxb-1", slack_app_token="xapp-1", slack_signing_secret="s")
    )
    assert config is not None
    assert (config.mode, config.app_token, config.bot_token) == ("socket", "xapp-1", "xoxb-1")


def test_a_signing_secret_alone_selects_http_mode(tmp_path: Path) -> None:
    config = slack_config(_settings(tmp_path, slack_bot_token="xoxb-1", slack_signing_secret="s"))
    assert config is not None
    assert (config.mode, config.signing_secret, config.port) == ("http", "s", 3000)


def test_http_mode_without_a_signing_secret_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path, slack_bot_token="xoxb-1", slack_app_token="xapp-1")
    settings.slack_mode = "http"
    with pytest.raises(SitrepError, match="SLACK_SIGNING_SECRET"):
        slack_config(settings)
    with pytest.raises(SitrepError, match="SLACK_APP_TOKEN"):
        slack_config(_settings(tmp_path, slack_bot_token="xoxb-1"))
