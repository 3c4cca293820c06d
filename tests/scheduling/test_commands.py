"""The `digest` and `remind` text commands (console and Slack), and `sitrep run` starting the scheduler."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.cli import main
from bot.clock import FixedClock
from bot.domain.models import Analysis, DeadlineMention, Item, Label
from bot.platforms.text_commands import dispatch
from bot.scheduling import SchedulingService, attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import FakeOutbox, add_deadline, add_development, step_until


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


async def test_a_channel_following_chosen_developments_gets_only_their_digest_and_reminders(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 1, 29, 12, 0, tzinfo=UTC))
    followed = await add_development(app, "Kyiv strike pause")
    other = await add_development(app, "Abu Dhabi talks")
    await dispatch(app, "digest set daily 08:00 Europe/Madrid en")
    reply = await dispatch(app, f"digest follow {followed}")
    assert reply.text.startswith(f"console:main follows #{followed}") and f"follows #{followed}" in reply.text
    await add_deadline(app, followed, datetime(2026, 1, 31, 0, 0, tzinfo=UTC), what="pause ends")
    await add_deadline(app, other, datetime(2026, 1, 31, 0, 0, tzinfo=UTC), what="talks resume")
    await step_until(app, clock, datetime(2026, 1, 31, 0, 30, tzinfo=UTC), timedelta(minutes=30))
    reminders = [s.body for s in outbox.sent if s.post.kind == "reminder"]
    assert len(reminders) == 3 and all("pause ends" in body for body in reminders)
    digests = [s.post.digest for s in outbox.sent if s.post.digest is not None]
    assert digests and all({line.deadline.what for line in d.deadlines} <= {"pause ends"} for d in digests)

    await dispatch(app, "digest follow all")
    view = await service.show_digest("console:main")
    assert view is not None and view.follows is None
    bad = await dispatch(app, "digest follow 999")
    assert bad.text == "error: no development with id 999"


def test_a_deadline_stored_by_sitrep_ingest_gets_its_reminders_planned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sitrep.db"
    article = tmp_path / "pause.txt"
    article.write_text("Peskov said the pause on strikes lasts until 1 February.", encoding="utf-8")

    def analyze_with_deadline(text: str, *, published: object, lang: str, now: datetime) -> Analysis:
        """Stand in for the analysis engine (rewritten elsewhere): one statement, one deadline."""
        item = Item(text, 0, len(text), Label.STATEMENT, 0.9, "named speaker", speaker="Dmitri Peskov")
        due = DeadlineMention("strike pause ends", date(2026, 2, 1), "until 1 February", 0, len(text))
        return Analysis("en", None, (item,), deadlines=(due,))

    monkeypatch.setattr("bot.services.ingest.analyze", analyze_with_deadline)

    async def set_digest() -> None:
        app = await build_app(Settings(db=db), FixedClock(datetime(2026, 1, 30, 12, 0, tzinfo=UTC)))
        try:
            await attach_scheduling(app).set_digest("console:main", "daily 08:00")
        finally:
            await app.close()

    async def pending() -> list[datetime]:
        app = await build_app(Settings(db=db), FixedClock(datetime(2026, 1, 30, 15, 0, tzinfo=UTC)))
        try:
            channel = await app.store.channels.get("console:main")
            assert channel is not None
            return [
                r.fire_at
                for r in await app.store.reminders.pending_of_channel(channel.id)
                if r.kind == "offset"
            ]
        finally:
            await app.close()

    asyncio.run(set_digest())
    # `sitrep ingest` runs no scheduler; it must still plan the reminders in the database.
    assert main(["ingest", "--db", str(db), "--now", "2026-01-30T15:00:00+00:00", str(article)]) == 0
    due = datetime(2026, 2, 2, 0, 0, tzinfo=UTC)  # a bare date runs to the end of its day (UTC here)
    assert asyncio.run(pending()) == [due - timedelta(hours=24), due - timedelta(hours=1), due]


async def test_changing_the_zone_applies_to_the_next_remind_at_once(
    app: App, clock: FixedClock, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 1, 29, 12, 0, tzinfo=UTC))
    dev = await add_development(app)
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid")
    madrid = await service.remind("console:main", dev, "tomorrow 09:00")
    await service.set_digest("console:main", "daily 08:00", timezone="America/New_York")
    new_york = await service.remind("console:main", dev, "tomorrow 09:00")
    assert new_york.fire_at - madrid.fire_at == timedelta(hours=6)
    assert new_york.timezone == "America/New_York"
