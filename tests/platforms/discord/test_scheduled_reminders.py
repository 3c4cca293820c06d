"""Reminders fired by the real scheduling service reach Discord with working Snooze / Stop buttons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.platforms.discord.client import SitrepBot
from bot.ports import Post
from bot.scheduling import SchedulingService, attach_scheduling
from tests.platforms.discord.fake_discord import CHANNEL_ID, FakeDiscord
from tests.scheduling.fakes import fire_first_reminder

REF = f"discord:{CHANNEL_ID}"
DUE = datetime(2026, 2, 1, 0, 0, tzinfo=UTC)


@pytest.fixture
def wired(app: App) -> App:
    """The app with the real scheduling service in its `schedules` slot (the bot fixture uses it)."""
    attach_scheduling(app)
    return app


def _buttons(message: dict[str, Any]) -> list[str]:
    return [b["custom_id"] for row in message.get("components", []) for b in row["components"]]


def _click(fake: FakeDiscord, custom_id: str, message: dict[str, Any]) -> dict[str, Any]:
    return fake.interaction(3, {"custom_id": custom_id, "component_type": 2}, message=message)


async def test_a_fired_reminder_snoozes_and_stops_through_its_buttons(
    bot: SitrepBot, fake: FakeDiscord, wired: App, clock: FixedClock
) -> None:
    service = wired.schedules
    assert isinstance(service, SchedulingService)
    fired = await fire_first_reminder(wired, clock, service, [REF], DUE)
    deadline = fired.deadline
    [first, *later] = fired.pending
    assert first.fire_at == DUE - timedelta(hours=24) and len(later) == 2

    [posted] = fake.messages[CHANNEL_ID]
    assert "strike pause ends" in posted["content"] + str(posted.get("embeds"))
    assert _buttons(posted) == [f"sitrep:snooze:{first.id}", f"sitrep:stop:{first.id}"]

    snoozed = await fake.invoke(_click(fake, f"sitrep:snooze:{first.id}", posted), followups=0)
    stamp = int((clock.now() + timedelta(hours=1)).timestamp())
    assert snoozed.callback["data"]["content"].startswith(
        f"Snoozed: I will remind this channel again <t:{stamp}:F>"
    )
    pending = await wired.store.reminders.pending_of_deadline(deadline.id)
    [again] = [r for r in pending if r.kind == "custom"]
    assert again.fire_at == clock.now() + timedelta(hours=1) and again.channel_ref == REF

    clock.advance(timedelta(hours=1))
    await service.run_due()
    assert len(fake.messages[CHANNEL_ID]) == 2
    reposted = fake.messages[CHANNEL_ID][1]
    assert _buttons(reposted) == [f"sitrep:snooze:{again.id}", f"sitrep:stop:{again.id}"]

    stopped = await fake.invoke(_click(fake, f"sitrep:stop:{again.id}", reposted), followups=0)
    assert "stopped" in stopped.callback["data"]["content"]
    assert await wired.store.reminders.pending_of_deadline(deadline.id) == []
    clock.set(DUE + timedelta(minutes=5))
    await service.run_due()
    assert len(fake.messages[CHANNEL_ID]) == 2  # T-1h and T0 were stopped


async def test_snoozing_an_unknown_reminder_is_one_readable_error(bot: SitrepBot, fake: FakeDiscord) -> None:
    await bot.outbox.send(REF, Post(kind="reminder", text="soon", extra={"reminder_id": "999"}))
    [posted] = fake.messages[CHANNEL_ID]
    answer = await fake.invoke(_click(fake, "sitrep:snooze:999", posted), followups=0)
    assert answer.callback["data"]["content"] == "error: no reminder with id 999"
    assert answer.callback["data"]["flags"] == 64  # only the person who clicked sees it
