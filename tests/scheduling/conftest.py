"""Fixtures for scheduling tests: a recording outbox and the scheduling service over the app."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.scheduling import SchedulingService, attach_scheduling
from tests.scheduling.fakes import FakeOutbox


@pytest.fixture
def outbox(clock: FixedClock) -> FakeOutbox:
    """An outbox that records posts with the clock's time."""
    return FakeOutbox(clock)


@pytest.fixture
def service(app: App, outbox: FakeOutbox) -> SchedulingService:
    """The scheduling service, posting to the recording outbox as the console platform."""
    app.outboxes["console"] = outbox
    return attach_scheduling(app)
