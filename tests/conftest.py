"""Shared fixtures: a clock tests set, and a real SQLite store in a temporary folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.settings import Settings


@pytest.fixture
def clock() -> FixedClock:
    """A clock set to the reference article's afternoon."""
    return FixedClock(datetime(2026, 1, 30, 15, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh database file."""
    return Settings(db=tmp_path / "sitrep.db")


@pytest.fixture
async def app(settings: Settings, clock: FixedClock) -> AsyncIterator[App]:
    """The wired app over a real SQLite file."""
    application = await build_app(settings, clock)
    yield application
    await application.close()
