"""Digest schedules: daily runs at local time across DST, once each, in the channel's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.errors import InputError
from bot.scheduling import SchedulingService
from tests.scheduling.fakes import FakeOutbox, add_development, step_until

MADRID = ZoneInfo("Europe/Madrid")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (
            datetime(2026, 3, 26, 12, tzinfo=UTC),
            datetime(2026, 4, 1, 12, tzinfo=UTC),
        ),  # CET -> CEST on 29 Mar
        (
            datetime(2026, 10, 22, 12, tzinfo=UTC),
            datetime(2026, 10, 28, 12, tzinfo=UTC),
        ),  # CEST -> CET on 25 Oct
    ],
)
async def test_daily_0800_madrid_goes_out_at_0800_local_once_a_day_across_dst(
    app: App,
    clock: FixedClock,
    outbox: FakeOutbox,
    service: SchedulingService,
    start: datetime,
    end: datetime,
) -> None:
    clock.set(start)
    await add_development(app)
    view = await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid", language="es")
    assert view.next_run is not None and view.next_run.astimezone(MADRID).hour == 8

    await step_until(app, clock, end, timedelta(minutes=15))

    digests = [s for s in outbox.sent if s.post.kind == "digest"]
    local = [s.at.astimezone(MADRID) for s in digests]
    assert [(t.hour, t.minute) for t in local] == [(8, 0)] * 6
    assert len({t.date() for t in local}) == 6  # one per day, never two
    utc_hours = {s.at.hour for s in digests}
    assert utc_hours == {6, 7}  # 07:00 UTC in winter time, 06:00 UTC in summer time
    assert all(not s.post.late for s in digests)
    assert digests[0].post.digest is not None and digests[0].post.digest.language == "es"
    assert "Resumen diario" in digests[0].body


async def test_running_twice_at_the_same_instant_posts_once(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 5, 4, 6, 30, tzinfo=UTC))
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid")
    clock.set(datetime(2026, 5, 4, 6, 0, 0, 1000, tzinfo=UTC))
    await service.run_due()
    clock.set(datetime(2026, 5, 5, 6, 0, tzinfo=UTC))
    await service.run_due()
    await service.run_due()
    assert outbox.kinds() == ["digest"]


async def test_weekdays_schedule_skips_the_weekend(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 6, 5, 0, 0, tzinfo=UTC))  # a Friday
    await service.set_digest("console:main", "weekdays 07:30", timezone="America/New_York")
    await step_until(app, clock, datetime(2026, 6, 9, 0, 0, tzinfo=UTC), timedelta(minutes=15))
    days = [s.at.astimezone(ZoneInfo("America/New_York")).strftime("%a %H:%M") for s in outbox.sent]
    assert days == ["Fri 07:30", "Mon 07:30"]


async def test_digest_covers_only_what_changed_since_the_channels_last_digest(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 5, 4, 5, 0, tzinfo=UTC))
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid", language="en")
    await step_until(app, clock, datetime(2026, 5, 4, 7, 0, tzinfo=UTC), timedelta(minutes=30))
    first = outbox.sent[-1].post.digest
    assert first is not None and first.since is None
    await step_until(app, clock, datetime(2026, 5, 5, 7, 0, tzinfo=UTC), timedelta(minutes=30))
    second = outbox.sent[-1].post.digest
    assert second is not None and second.since == first.generated_at
    channel = await app.store.channels.get("console:main")
    assert channel is not None and channel.last_digest_at == second.generated_at


@pytest.mark.parametrize(
    ("spec", "canonical"),
    [
        ("daily 8:00", "daily 08:00"),
        ("Weekdays 07:30", "weekdays 07:30"),
        ("every 6h", "every 6h"),
        ("cada 2 horas", "every 2h"),
        ("0 8 * * mon-fri", "0 8 * * mon-fri"),
    ],
)
async def test_set_digest_accepts_the_documented_forms(
    service: SchedulingService, spec: str, canonical: str
) -> None:
    view = await service.set_digest("slack:C042", spec, timezone="Europe/Madrid")
    assert view.spec == canonical
    assert view.enabled and view.next_run is not None


@pytest.mark.parametrize(
    ("spec", "timezone", "language"),
    [
        ("daily 25:00", None, None),
        ("sometimes", None, None),
        ("* * * * *", None, None),
        ("0 8 * * funday", None, None),
        ("daily 08:00", "Mars/Olympus", None),
        ("daily 08:00", None, "fr"),
    ],
)
async def test_set_digest_refuses_bad_input_with_a_clear_error_and_saves_nothing(
    app: App, service: SchedulingService, spec: str, timezone: str | None, language: str | None
) -> None:
    with pytest.raises(InputError):
        await service.set_digest("discord:123", spec, timezone=timezone, language=language)
    assert await service.show_digest("discord:123") is None


async def test_digest_off_stops_the_runs(
    app: App, clock: FixedClock, outbox: FakeOutbox, service: SchedulingService
) -> None:
    clock.set(datetime(2026, 5, 4, 5, 0, tzinfo=UTC))
    await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid")
    await service.digest_off("console:main")
    await step_until(app, clock, datetime(2026, 5, 6, 5, 0, tzinfo=UTC), timedelta(hours=1))
    assert outbox.sent == []
    view = await service.show_digest("console:main")
    assert view is not None and not view.enabled and view.next_run is None
