"""Put developments, items and a deadline in the app's database for the command tests."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from bot.demo import load_samples


async def seed(app: App) -> int:
    """Ingest the bundled reference article and add a deadline to its development; return its id."""
    for _name, article in load_samples():
        await app.ingest.ingest(article)
    views = await app.developments.overview()
    dev_id = views[0].development.id
    now = app.clock.now()
    await app.store.deadlines.add(
        development_id=dev_id,
        article_id=None,
        what="Kyiv strike pause ends",
        due="2026-02-01",
        due_at=now + timedelta(days=2),
        evidence="hasta el 1 de febrero",
        condition=None,
        speaker="Dmitri Peskov",
        now=now,
    )
    return dev_id


async def many_developments(app: App, count: int) -> list[int]:
    """Create `count` developments directly in the store (for pagination); return their ids."""
    now = app.clock.now()
    ids = []
    for index in range(count):
        dev_id = await app.store.developments.create(
            title=f"Story number {index}",
            language="en",
            actors=frozenset({f"actor{index}"}),
            keywords=frozenset({f"kw{index}"}),
            status="open",
            now=now,
        )
        ids.append(dev_id)
    return ids
