"""The linking index: term counts per development, and how many developments carry a term."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import App

NOW = datetime(2026, 2, 1, tzinfo=UTC)


async def _development(app: App, title: str) -> int:
    return await app.store.developments.create(
        title=title, language="en", actors=frozenset(), keywords=frozenset(), status="open", now=NOW
    )


async def test_term_spread_follows_adds_merges_and_removals(app: App) -> None:
    links = app.store.links
    async with app.store.transaction():
        a = await _development(app, "a")
        b = await _development(app, "b")
        await links.add_terms(a, ["e:kyiv", "c:pause"])
        await links.add_terms(a, ["e:kyiv"])
        await links.add_terms(b, ["e:kyiv", "e:valencia"])
    stats = await links.term_stats(["e:kyiv", "c:pause", "e:valencia"])
    assert stats.development_spread == {"e:kyiv": 2, "c:pause": 1, "e:valencia": 1}

    async with app.store.transaction():
        await links.move_terms(b, a)
    stats = await links.term_stats(["e:kyiv", "e:valencia"])
    assert stats.development_spread == {"e:kyiv": 1, "e:valencia": 1}

    async with app.store.transaction():
        await links.add_terms(a, ["e:valencia"], delta=-1)
    stats = await links.term_stats(["e:valencia", "e:kyiv"])
    assert stats.development_spread["e:valencia"] == 0 and stats.development_spread["e:kyiv"] == 1
    candidates = await links.candidates({"e:kyiv": 1}, stats)
    assert [(c.development_id, dict(c.term_counts)) for c in candidates] == [(a, {"e:kyiv": 3})]
