"""Settings: TOML file, environment overrides, and secrets only from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "config" / "sitrep.example.toml"


def test_example_config_loads_and_sets_every_documented_option(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SITREP_CONFIG", str(EXAMPLE))
    settings = Settings()
    assert settings.timezone == "Europe/Madrid"
    assert settings.language == "es"
    assert settings.reminder_offsets_minutes == [1440, 60, 0]
    assert settings.grace_minutes == 120


def test_environment_overrides_the_file_and_splits_allow_hosts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SITREP_CONFIG", str(EXAMPLE))
    monkeypatch.setenv("SITREP_DB", "/tmp/other.db")
    monkeypatch.setenv("SITREP_ALLOW_HOSTS", "127.0.0.1, 10.0.0.0/8")
    settings = Settings()
    assert settings.db == Path("/tmp/other.db")
    assert settings.allow_hosts == ["127.0.0.1", "10.0.0.0/8"]


def test_a_secret_in_the_config_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "sitrep.toml"
    config.write_text('discord_token = "abc"\n')
    monkeypatch.setenv("SITREP_CONFIG", str(config))
    with pytest.raises(ValueError, match="secrets must come from the environment"):
        Settings()


def test_secrets_come_from_the_environment_and_never_print(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITREP_CONFIG", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token")
    settings = Settings()
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "very-secret-token"
    assert "very-secret-token" not in repr(settings)
    assert "very-secret-token" not in str(settings.model_dump())


def test_every_option_but_the_secrets_is_documented_in_the_example() -> None:
    text = EXAMPLE.read_text("utf-8")
    secrets = {"discord_token", "slack_bot_token", "slack_app_token", "slack_signing_secret"}
    undocumented = [
        name
        for name in Settings.model_fields
        if name not in secrets and not re.search(rf"^#?\s*{name}\s*=", text, re.MULTILINE)
    ]
    assert undocumented == []
