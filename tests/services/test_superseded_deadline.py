"""A later article restating a deadline that has since been extended adds no second deadline."""

from __future__ import annotations

from bot.app import App
from bot.demo import load_samples
from bot.domain.models import DeadlineStatus


async def test_was_due_to_end_today_after_an_extension_is_not_a_new_deadline(app: App) -> None:
    samples = dict(load_samples())
    first = await app.ingest.ingest(samples["01-es-kiev-pausa-ataques.json"])
    extension = await app.ingest.ingest(samples["03-en-kyiv-pause-extended.json"])
    dev_id = first.developments[0].id
    assert [d.id for d in extension.developments] == [dev_id]
    assert extension.deadlines_changed == 1
    deadlines = await app.store.deadlines.of_development(dev_id)
    # The extension article also says the pause "was due to end today": that is the old due
    # time of the deadline it extends, not a deadline of its own.
    assert [d.status for d in deadlines] == [DeadlineStatus.EXTENDED]
    assert deadlines[0].due_at.isoformat() == "2026-02-03T21:00:00+00:00"
