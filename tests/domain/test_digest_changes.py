"""Digest composition of deadline changes and claim verdicts: order, emptiness, where verdicts go."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.domain.digest import change_kind, compose
from bot.domain.models import Label
from tests.change_digests import NOW, changes_digest


def test_changes_are_kept_per_development_oldest_first() -> None:
    section = changes_digest().developments[0]
    assert [(c.kind, c.deadline_id) for c in section.changes] == [("extended", 7), ("expired", 8)]
    assert section.has_changes and not section.is_empty


def test_a_verdict_on_a_claim_in_the_digest_goes_with_it_others_stand_alone() -> None:
    section = changes_digest().developments[0]
    assert [e.item_id for e in section.sections[Label.CLAIM]] == [11]
    shown = section.verdict_of(11)
    assert shown is not None and shown.confirmed and shown.by_item_id == 20
    assert section.verdict_of(5) is not None and section.verdict_of(99) is None
    assert [v.claim_item_id for v in section.standalone_verdicts] == [5]
    assert not section.standalone_verdicts[0].confirmed


def test_changes_of_other_developments_are_not_mixed_in() -> None:
    base = changes_digest().developments[0]
    other = replace(base.development, id=2, title="Abu Dhabi talks")
    digest = compose(
        kind="daily",
        language="en",
        timezone="UTC",
        now=NOW,
        since=NOW - timedelta(days=1),
        developments=[(base.development, [], []), (other, [], [])],
        lookback=timedelta(days=7),
        changes={1: base.changes},
        verdicts={2: base.verdicts},
    )
    first, second = digest.developments
    assert first.changes == base.changes and first.verdicts == []
    assert second.changes == [] and second.verdicts == base.verdicts


def test_a_development_with_nothing_new_and_no_changes_is_left_out() -> None:
    base = changes_digest().developments[0]
    digest = compose(
        kind="daily",
        language="en",
        timezone="UTC",
        now=NOW,
        since=NOW,
        developments=[(base.development, [], [])],
        lookback=timedelta(days=7),
        changes={1: []},
    )
    assert digest.developments == []


@pytest.mark.parametrize(
    ("old_status", "new_status", "old_due", "new_due", "kind"),
    [
        (None, "pending", None, "2026-02-01", "new"),
        ("pending", "extended", "2026-02-01", "2026-02-03", "extended"),
        ("pending", "pending", "2026-02-01", "2026-02-02", "moved"),
        ("extended", "met", "2026-02-03", "2026-02-03", "met"),
        ("pending", "broken", "2026-02-01", "2026-02-01", "broken"),
        ("pending", "cancelled", "2026-02-01", "2026-02-01", "cancelled"),
        ("extended", "expired", "2026-02-03", "2026-02-03", "expired"),
    ],
)
def test_history_rows_are_named_by_what_happened(
    old_status: str | None, new_status: str, old_due: str | None, new_due: str | None, kind: str
) -> None:
    assert change_kind(old_status, new_status, old_due, new_due) == kind
