"""Natural-language reminder times, es and en: read exactly, or answered with a question."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.models import Deadline, DeadlineStatus
from bot.errors import InputError
from bot.scheduling.when import parse_reminder_time

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2026, 3, 26, 11, 0, tzinfo=UTC)  # Thursday 12:00 in Madrid (CET)
DEADLINE = Deadline(
    7,
    1,
    None,
    "pause ends",
    "2026-04-01",
    datetime(2026, 4, 1, 22, 0, tzinfo=UTC),
    DeadlineStatus.PENDING,
    "",
)


def _local(text: str, deadline: Deadline | None = None) -> str:
    found = parse_reminder_time(text, now=NOW, timezone="Europe/Madrid", deadline=deadline)
    return found.fire_at.astimezone(MADRID).strftime("%a %d %b %H:%M %Z")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mañana a las 9", "Fri 27 Mar 09:00 CET"),
        ("Mañana a las 9:30", "Fri 27 Mar 09:30 CET"),
        ("el viernes 18:00", "Fri 27 Mar 18:00 CET"),
        ("el lunes a las 6 de la tarde", "Mon 30 Mar 18:00 CEST"),  # after the clocks change
        ("tomorrow at 9am", "Fri 27 Mar 09:00 CET"),
        ("friday 5 pm", "Fri 27 Mar 17:00 CET"),
        ("hoy a las 20:00", "Thu 26 Mar 20:00 CET"),
        ("in 2 hours", "Thu 26 Mar 14:00 CET"),
        ("dentro de una hora", "Thu 26 Mar 13:00 CET"),
        ("en 30 minutos", "Thu 26 Mar 12:30 CET"),
        ("4 de abril a las 10", "Sat 04 Apr 10:00 CEST"),
    ],
)
def test_reads_spanish_and_english_times_in_the_channels_zone(text: str, expected: str) -> None:
    assert _local(text) == expected


def test_times_before_the_deadline_are_pinned_to_it() -> None:
    found = parse_reminder_time(
        "1h before the deadline", now=NOW, timezone="Europe/Madrid", deadline=DEADLINE
    )
    assert found.fire_at == DEADLINE.due_at - timedelta(hours=1)
    assert (found.deadline_id, found.offset) == (7, timedelta(hours=1))
    assert _local("2 horas antes del plazo", DEADLINE) == "Wed 01 Apr 22:00 CEST"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("mañana", "at what time"),
        ("next friday", "at what time"),
        ("04/05 10:00", "day 04 of month 05, or month 04 day 05"),
        ("a las 9", "did you mean tomorrow at 09:00"),
        ("29 de marzo a las 2:30", "does not exist"),  # the spring-forward gap
        ("25 october at 2:30", "happens twice"),  # the autumn fold
        ("1h before the deadline", "has no open one"),
        ("last monday at 10:00", "already passed"),
        ("cuando puedas", "cannot read"),
    ],
)
def test_ambiguous_or_impossible_times_get_a_question(text: str, question: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_reminder_time(text, now=NOW, timezone="Europe/Madrid", deadline=None)
    assert question in str(caught.value)
