"""A duration that says how long something has gone on is no deadline; one ahead still is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analysis import analyze

PUBLISHED = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 2, 1, tzinfo=UTC)


def _deadlines(text: str) -> list[tuple[date, str]]:
    found = analyze(text, published=PUBLISHED, now=NOW).deadlines
    return [(d.due if isinstance(d.due, date) else d.due.date(), d.evidence) for d in found]


@pytest.mark.parametrize(
    "text",
    [
        '"We have negotiated for five months, and our patience is over," negotiator Marieke de Vries said.',
        "The union said it has waited for three weeks.",
        "Los sindicatos llevan negociando durante cinco meses, dijo la portavoz.",
        "Los sindicatos han negociado durante cinco meses, dijo la portavoz.",
    ],
)
def test_an_elapsed_duration_makes_no_deadline(text: str) -> None:
    assert _deadlines(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Kremlin has agreed to pause strikes for a week, Peskov said.", date(2026, 2, 7)),
        ("Rusia se abstendrá de atacar Kiev durante una semana, anunció Peskov.", date(2026, 2, 7)),
    ],
)
def test_a_pause_for_a_duration_ahead_is_still_a_deadline(text: str, due: date) -> None:
    assert [d for d, _ in _deadlines(text)] == [due]
