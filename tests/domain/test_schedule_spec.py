"""Schedule specs: the accepted forms, their canonical text, and the zone words of `digest set`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain.schedule_spec import check_timezone, looks_like_timezone, parse_spec
from bot.errors import InputError


def test_daily_and_weekdays_become_cron_fields() -> None:
    daily = parse_spec("daily 8:05")
    assert (daily.text, daily.hour, daily.minute, daily.day_of_week) == ("daily 08:05", "8", "5", "*")
    weekdays = parse_spec("laborables 07:30")
    assert (weekdays.text, weekdays.day_of_week) == ("weekdays 07:30", "mon-fri")


def test_every_n_hours_sits_on_the_clock_face_when_it_divides_the_day() -> None:
    assert parse_spec("every 6h").hour == "*/6"
    assert parse_spec("every 7h").interval == timedelta(hours=7)
    assert parse_spec("every 30 minutes").minute == "*/30"


@pytest.mark.parametrize("spec", ["every 1m", "*/2 * * * *", "daily 24:00", "at dawn", "", "1 2 3"])
def test_unreadable_or_too_frequent_specs_are_refused(spec: str) -> None:
    with pytest.raises(InputError):
        parse_spec(spec)


def test_zone_words_are_recognised_without_guessing() -> None:
    assert looks_like_timezone("Europe/Madrid") and looks_like_timezone("UTC")
    assert (
        not looks_like_timezone("*/6")
        and not looks_like_timezone("08:00")
        and not looks_like_timezone("Mars/Base")
    )
    assert check_timezone("America/New_York") == "America/New_York"
    with pytest.raises(InputError):
        check_timezone("../etc/passwd")
