"""Reminders fired by the real scheduling service reach Slack with working snooze / stop buttons."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.platforms.slack.run import SlackPlatform
from bot.scheduling import SchedulingService, attach_scheduling
from tests.platforms.slack.fake_slack import FakeSlack, button_press, wait_until
from tests.scheduling.fakes import fire_first_reminder

REF = "slack:C1"
DUE = datetime(2026, 2, 1, 0, 0, tzinfo=UTC)


@pytest.fixture
def wired(app: App) -> App:
    """The app with the real scheduling service in its `schedules` slot (the platform uses it)."""
    attach_scheduling(app)
    return app


def _buttons(call_params: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return a posted message's buttons by label."""
    return {
        e["text"]["text"]: e
        for block in call_params["blocks"]
        if block["type"] == "actions"
        for e in block["elements"]
    }


async def _press(fake: FakeSlack, button: dict[str, Any], hook: str) -> dict[str, Any]:
    """Press a button over Socket Mode and return the answer sent to its response URL."""
    envelope = await fake.send_envelope(
        "interactive", button_press(button, fake.response_url(hook), ephemeral=False)
    )
    await fake.ack_of(envelope)
    [(_, answer)] = await wait_until(lambda: [h for h in fake.hooks if h[0] == hook])
    assert isinstance(answer, dict)
    return answer


async def test_a_fired_reminder_snoozes_and_stops_through_its_buttons(
    socket_platform: SlackPlatform, fake_slack: FakeSlack, wired: App, clock: FixedClock
) -> None:
    service = wired.schedules
    assert isinstance(service, SchedulingService)
    dev, deadline, first, _ = await fire_first_reminder(wired, clock, service, [REF], DUE)
    [call] = fake_slack.calls_of("chat.postMessage")
    assert call.params["channel"] == "C1" and "strike pause ends" in call.params["text"]
    buttons = _buttons(call.params)
    assert {label: json.loads(b["value"]) for label, b in buttons.items()} == {
        "Snooze 1 h": {"r": first.id, "m": 60},
        "Snooze until tomorrow": {"d": dev, "w": "tomorrow 09:00"},
        "Stop reminding": {"r": first.id},
    }

    answer = await _press(fake_slack, buttons["Snooze 1 h"], "snooze")
    assert answer["text"] == f"I will remind this channel about #{dev} again at 31 Jan 2026, 01:00 UTC."
    # "tomorrow 09:00" goes through the scheduling layer's `/remind` parser, which reads it without a question.
    answer = await _press(fake_slack, buttons["Snooze until tomorrow"], "tomorrow")
    assert answer["text"] == f"I will remind this channel about #{dev} again at 1 Feb 2026, 09:00 UTC."
    pending = await wired.store.reminders.pending_of_channel(first.channel_id)
    custom = [(r.fire_at, r.deadline_id) for r in pending if r.kind == "custom"]
    assert custom == [
        (first.fire_at + timedelta(hours=1), deadline.id),
        (datetime(2026, 2, 1, 9, 0, tzinfo=UTC), None),
    ]

    clock.advance(timedelta(hours=1))
    await service.run_due()
    snoozed = fake_slack.calls_of("chat.postMessage")[1]
    again = json.loads(_buttons(snoozed.params)["Stop reminding"]["value"])["r"]
    answer = await _press(fake_slack, _buttons(snoozed.params)["Stop reminding"], "stop")
    assert answer["text"] == "Reminders for this deadline are stopped in this channel."
    assert again != first.id
    assert await wired.store.reminders.pending_of_deadline(deadline.id) == []
    clock.set(DUE + timedelta(minutes=5))
    await service.run_due()
    assert len(fake_slack.calls_of("chat.postMessage")) == 2  # T-1h and T0 were stopped
