"""The `digest` and `remind` text commands (console and Slack), and `sitrep run` starting the scheduler."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.cli import main
from bot.clock import FixedClock
from bot.platforms.text_commands import dispatch
from bot.scheduling import SchedulingService, attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import add_development


async def test_digest_set_show_now_off_through_text_commands(
    app: App, clock: FixedClock, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 5, 4, 10, 0, tzinfo=UTC))
    reply = await dispatch(app, "/digest set daily 08:00 Europe/Madrid es", channel_ref="slack:C042")
    assert reply.text.startswith(
        "digest for slack:C042: daily 08:00 (Europe/Madrid, es), on; next: 5 may 2026, 08:00"
    )
    shown = await dispatch(app, "digest show", channel_ref="slack:C042")
    assert shown.text == reply.text
    now = await dispatch(app, "digest now", channel_ref="slack:C042")
    assert now.digest is not None and now.digest.language == "es" and now.digest.timezone == "Europe/Madrid"
    off = await dispatch(app, "digest off", channel_ref="slack:C042")
    assert off.text == "digest off for slack:C042"
    assert "off" in (await dispatch(app, "digest show", channel_ref="slack:C042")).text
    console = await dispatch(app, "digest show")
    assert "console:main has no digest" in console.text


async def test_digest_set_with_cron_and_options(app: App, service: SchedulingService) -> None:
    reply = await dispatch(
        app, "digest set 0 7 * * mon-fri tz=America/New_York lang=en", channel_ref="discord:123"
    )
    assert "0 7 * * mon-fri (America/New_York, en)" in reply.text


async def test_remind_echoes_an_absolute_time_and_errors_are_replies(
    app: App, clock: FixedClock, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 1, 29, 12, 0, tzinfo=UTC))
    await dispatch(app, "digest set daily 08:00 Europe/Madrid en")
    dev = await add_development(app)
    reply = await dispatch(app, f'remind {dev} "tomorrow at 9am"')
    assert reply.text == f"reminder #1 for development #{dev}: 30 Jan 2026, 09:00 +0100"
    question = await dispatch(app, f"remind {dev} tomorrow")
    assert question.ephemeral and question.text.startswith("error: ") and "at what time" in question.text
    missing = await dispatch(app, "remind 999 in 2 hours")
    assert missing.text == "error: no development with id 999"
    bad = await dispatch(app, "digest set sometimes")
    assert bad.text.startswith("error: cannot read the schedule 'sometimes'")


def test_sitrep_run_starts_the_scheduler_and_catches_up_on_the_console(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "sitrep.db"

    async def prepare() -> None:
        app = await build_app(Settings(db=db), FixedClock(datetime(2026, 5, 4, 5, 0, tzinfo=UTC)))
        try:
            await attach_scheduling(app).set_digest("console:main", "daily 08:00", timezone="Europe/Madrid")
        finally:
            await app.close()

    asyncio.run(prepare())
    monkeypatch.setattr("sys.stdin", io.StringIO("digest show\n/quit\n"))
    code = main(["run", "--db", str(db), "--now", "2026-05-04T06:30:00+00:00"])
    out = capsys.readouterr().out
    assert code == 0
    assert "--- digest (late) -> console:main ---" in out  # missed 30 min ago: sent once, marked late
    assert out.count("--- digest") == 1
    assert "digest for console:main: daily 08:00 (Europe/Madrid, en), on; next: 5 May 2026, 08:00" in out
