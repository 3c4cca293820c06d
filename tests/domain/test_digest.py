"""Digest composition: deadlines first, items in labelled sections, `since` filtering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.digest import DigestItem, Source, compose
from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label
from bot.domain.reminders import plan_reminders
from bot.render.templates import render_digest

NOW = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)


def _dev() -> Development:
    return Development(1, "Kyiv strike pause", "agreed", "es", NOW, NOW)


def _item(n: int, label: Label, text: str, ingested: datetime, speaker: str | None = None) -> DigestItem:
    source = Source(n, f"article {n}", "Agencia", f"https://example.org/{n}", ingested, ingested)
    return DigestItem(n, Item(text, 0, len(text), label, 0.9, "test", speaker=speaker), source)


def _deadline(due_at: datetime, status: DeadlineStatus = DeadlineStatus.PENDING) -> Deadline:
    return Deadline(
        7, 1, 1, "pause on strikes on Kyiv", "2026-02-01", due_at, status, "hasta el 1 de febrero"
    )


def test_items_are_grouped_by_label_and_old_ones_dropped_with_since() -> None:
    items = [
        _item(1, Label.STATEMENT, "Peskov: Putin agreed.", NOW - timedelta(days=2), "Dmitri Peskov"),
        _item(2, Label.COMMENTARY, ">>Ya se sabe que…", NOW - timedelta(hours=1)),
        _item(3, Label.CLAIM, "A source told TASS there were results.", NOW - timedelta(hours=2)),
    ]
    digest = compose(
        kind="daily",
        language="en",
        timezone="UTC",
        now=NOW,
        since=NOW - timedelta(days=1),
        developments=[(_dev(), items, [])],
        lookback=timedelta(days=7),
    )
    sections = digest.developments[0].sections
    assert [e.item_id for e in sections[Label.STATEMENT]] == []
    assert [e.item_id for e in sections[Label.CLAIM]] == [3]
    assert [e.item_id for e in sections[Label.COMMENTARY]] == [2]


def test_deadline_time_left_and_expiry() -> None:
    ahead = compose(
        kind="brief",
        language="en",
        timezone="UTC",
        now=NOW,
        since=None,
        developments=[(_dev(), [], [_deadline(NOW + timedelta(hours=12))])],
        lookback=timedelta(days=7),
    )
    passed = compose(
        kind="brief",
        language="en",
        timezone="UTC",
        now=NOW + timedelta(days=1),
        since=None,
        developments=[(_dev(), [], [_deadline(NOW + timedelta(hours=12))])],
        lookback=timedelta(days=7),
    )
    assert ahead.deadlines[0].time_left == timedelta(hours=12)
    assert not ahead.deadlines[0].expired
    assert passed.deadlines[0].expired


def test_rendered_brief_puts_deadlines_first_and_commentary_apart() -> None:
    items = [
        _item(1, Label.STATEMENT, "Putin agreed to comply.", NOW, "Dmitri Peskov"),
        _item(2, Label.COMMENTARY, "Solo que Rusia goza de vasta autarquía.", NOW),
    ]
    digest = compose(
        kind="brief",
        language="es",
        timezone="Europe/Madrid",
        now=NOW,
        since=None,
        developments=[(_dev(), items, [_deadline(NOW + timedelta(hours=12))])],
        lookback=timedelta(days=7),
    )
    text = render_digest(digest)
    assert text.index("== Plazos ==") < text.index("Declaraciones") < text.index("Comentarios")
    assert "Dmitri Peskov" in text
    assert "[sin atribuir]" in text
    assert "https://example.org/2" in text


def test_reminders_are_planned_at_offsets_and_only_ahead_of_now() -> None:
    deadline = _deadline(NOW + timedelta(hours=5))
    planned = plan_reminders(deadline, [timedelta(hours=24), timedelta(hours=1), timedelta(0)], NOW)
    assert [p.fire_at for p in planned] == [NOW + timedelta(hours=4), NOW + timedelta(hours=5)]
    met = _deadline(NOW + timedelta(hours=5), DeadlineStatus.MET)
    assert plan_reminders(met, [timedelta(0)], NOW) == []
