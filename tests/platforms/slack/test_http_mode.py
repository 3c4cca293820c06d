"""HTTP mode: signed requests to Bolt's aiohttp app on 127.0.0.1; forged and stale ones refused."""

from __future__ import annotations

import json
import time

import aiohttp

from bot.app import App
from bot.platforms.slack.run import EVENTS_PATH, SlackPlatform
from tests.platforms.slack.fake_slack import FakeSlack, command_payload, form_body, signed_headers, wait_until


async def _post(platform: SlackPlatform, body: str, headers: dict[str, str]) -> tuple[int, str]:
    url = f"http://127.0.0.1:{platform.port}{EVENTS_PATH}"
    async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as response:
        return response.status, await response.text()


async def test_a_signed_command_is_acked_and_answered(
    http_platform: SlackPlatform, fake_slack: FakeSlack
) -> None:
    body = form_body(command_payload("help", response_url=fake_slack.response_url("http")))
    status, text = await _post(http_platform, body, signed_headers(body))
    assert status == 200
    assert text == ""
    [(name, answer)] = await wait_until(lambda: fake_slack.hooks)
    assert name == "http"
    assert answer["response_type"] == "ephemeral"
    assert "Commands:" in answer["text"]


async def test_a_bad_signature_is_refused(
    http_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    body = form_body(command_payload("digest off", response_url=fake_slack.response_url()))
    status, _ = await _post(http_platform, body, signed_headers(body, secret="not-the-secret"))
    assert status == 401
    tampered = form_body(command_payload("digest now", response_url=fake_slack.response_url()))
    status, _ = await _post(http_platform, tampered, signed_headers(body))
    assert status == 401
    assert fake_slack.hooks == []
    assert fake_slack.calls_of("auth.test") == []


async def test_a_stale_timestamp_is_refused(http_platform: SlackPlatform, fake_slack: FakeSlack) -> None:
    body = form_body(command_payload("help", response_url=fake_slack.response_url()))
    status, _ = await _post(http_platform, body, signed_headers(body, timestamp=int(time.time()) - 10 * 60))
    assert status == 401
    assert fake_slack.hooks == []


async def test_a_signed_button_press_sets_a_snooze_reminder(
    http_platform: SlackPlatform, fake_slack: FakeSlack, wired: App
) -> None:
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "api_app_id": "A111",
        "channel": {"id": "C5"},
        "container": {"type": "message", "channel_id": "C5"},
        "response_url": fake_slack.response_url("snooze"),
        "trigger_id": "t2",
        "actions": [
            {
                "type": "button",
                "action_id": "sitrep_snooze_0",
                "block_id": "b1",
                "value": json.dumps({"d": 4, "w": "in 1 hour"}),
                "action_ts": "1",
            }
        ],
    }
    body = form_body({"payload": json.dumps(payload)})
    status, _ = await _post(http_platform, body, signed_headers(body))
    assert status == 200
    [(_, answer)] = await wait_until(lambda: fake_slack.hooks)
    assert answer["response_type"] == "ephemeral"
    assert answer["replace_original"] is False
    assert "#4 again at 30 Jan 2026, 16:00 UTC" in answer["text"]
    [fired] = wired.schedules.reminders  # type: ignore[union-attr]
    assert (fired.channel_ref, fired.development_id, fired.when) == ("slack:C5", 4, "in 1 hour")
