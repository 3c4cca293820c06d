"""One settings object, read from a TOML file and the environment, built once in main."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_CONFIG = Path("config/sitrep.toml")


def _config_path() -> Path | None:
    """Pick the TOML file: $SITREP_CONFIG, else ./config/sitrep.toml when it exists."""
    explicit = os.environ.get("SITREP_CONFIG")
    if explicit:
        return Path(explicit)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


class Settings(BaseSettings):
    """Every option of sitrep; secrets only from the environment, never logged."""

    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="ignore")

    db: Path = Path("data/sitrep.db")
    timezone: str = "UTC"
    language: str = "en"
    templates_dir: Path | None = None
    log_level: str = "INFO"

    reminder_offsets_minutes: list[int] = Field(default_factory=lambda: [1440, 60, 0])
    grace_minutes: int = 120
    deadline_lookback_days: int = 7

    # Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP with SLACK_SIGNING_SECRET.
    slack_mode: Literal["socket", "http"] | None = None
    slack_host: str = "0.0.0.0"
    slack_port: int = 3000
    # A user group id (S…) whose members may run admin subcommands, besides workspace admins.
    slack_admin_group: str | None = None

    # NoDecode: the environment gives a comma-separated list, not JSON.
    allow_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 5_000_000
    feed_interval_minutes: int = 15
    # A role pinged by Discord deadline reminders (its id); nothing else is ever pinged.
    discord_deadline_role: int | None = None

    # Secrets: read from the bare environment names, never from the TOML file.
    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")
    slack_bot_token: SecretStr | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_app_token: SecretStr | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")

    @field_validator("allow_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        """Accept SITREP_ALLOW_HOSTS as a comma-separated list."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Order the sources: arguments, environment, then the TOML file."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _config_path()
        if path is not None:
            sources.append(_PublicTomlSource(settings_cls, toml_file=path))
        return tuple(sources)


_SECRET_FIELDS = {"discord_token", "slack_bot_token", "slack_app_token", "slack_signing_secret"}


class _PublicTomlSource(TomlConfigSettingsSource):
    """TOML source that refuses secrets: they belong in the environment only."""

    def __call__(self) -> dict[str, Any]:
        data = super().__call__()
        leaked = _SECRET_FIELDS & {key.lower() for key in data}
        if leaked:
            raise ValueError(f"secrets must come from the environment, not the config file: {sorted(leaked)}")
        return data
