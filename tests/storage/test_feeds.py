"""Feed rows: a polled document's bookkeeping in one statement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage.db import open_database
from bot.storage.feeds import FeedRepo

NOW = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)


async def test_record_document_primes_clears_backfill_and_keeps_unreliable_guids_marked(
    tmp_path: Path,
) -> None:
    conn = await open_database(tmp_path / "a.db")
    try:
        repo = FeedRepo(conn)
        feed, _ = await repo.add("https://news.example/feed", interval_s=900, now=NOW, backfill=5)
        await repo.record_failure(feed.id, now=NOW, error="boom", failures=2, next_attempt=NOW, status=500)
        later = NOW + timedelta(minutes=15)
        common = {"now": later, "next_attempt": later + timedelta(minutes=15), "last_modified": None}
        await repo.record_document(
            feed.id,
            **common,
            etag='"1"',
            title="News",
            site_url="https://news.example/",
            guids_unreliable=True,
        )
        first = await repo.get(feed.id)
        await repo.record_document(
            feed.id, **common, etag='"2"', title=None, site_url=None, guids_unreliable=False
        )
        second = await repo.get(feed.id)
    finally:
        await conn.close()
    assert first is not None and second is not None
    assert first.primed and first.backfill == 0 and first.guids_unreliable
    assert first.consecutive_failures == 0 and first.last_error is None and first.last_status == 200
    assert first.last_success == later and first.next_attempt == later + timedelta(minutes=15)
    # A document with sound GUIDs does not unmark a feed once caught reusing them.
    assert second.guids_unreliable and second.etag == '"2"' and second.title == "News"
