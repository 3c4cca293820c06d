"""The linking index: term counts per development, and how many developments carry a term."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.storage import link_index
from bot.storage.developments import NewDevelopment
from bot.storage.link_index import BAND_LOOKUP_STEP, BAND_ROWS, READ_CHUNK

NOW = datetime(2026, 2, 1, tzinfo=UTC)


async def _development(app: App, title: str) -> int:
    return await app.store.developments.create(
        title=title, language="en", actors=frozenset(), keywords=frozenset(), status="open", now=NOW
    )


async def _article(app: App, text: str) -> int:
    cursor = await app.store.conn.execute(
        """INSERT INTO articles (language, ingested_at, text, content_hash, analysis_json)
           VALUES ('en', '2026-02-01T00:00:00+00:00', ?, ?, '{}')""",
        (text, text),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


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


async def test_a_batch_sees_its_own_writes_as_the_stored_index_shows_them_after_its_flush(app: App) -> None:
    links = app.store.links
    later = datetime(2026, 2, 3, tzinfo=UTC)
    async with app.store.transaction():
        a = await _development(app, "a")
        closed = await _development(app, "closed")
        await links.add_terms(a, ["e:kyiv", "c:pause"])
        await links.add_terms(closed, ["e:kyiv"])
        await links.add_documents({"e:kyiv": 2, "c:pause": 1, "": 2})
        await app.store.developments.set_flags(closed, closed=True)
    terms = ["e:kyiv", "c:pause", "e:valencia", "k:strik"]
    async with app.store.transaction():
        index = await links.open_batch(terms, new_developments=2)
        index.add_terms(a, ["e:kyiv", "e:valencia"])
        index.touch(a, when=later, phase="agreed", now=later)
        new = index.create(
            NewDevelopment(None, "new", "en", frozenset(), frozenset(), "open", NOW, first_article_at=NOW)
        )
        index.add_terms(new, ["e:valencia", "k:strik"])
        index.count_document(["e:kyiv", "e:valencia"])
        index.count_document(["e:valencia", "k:strik"])
        in_memory = index.term_stats(terms)
        found = [index.candidates({t: 1}, in_memory) for t in terms]
        await index.flush()
    assert new == closed + 1  # the id SQLite gives the next development
    stored = await links.term_stats(terms)
    assert in_memory.article_count == stored.article_count == 4
    assert in_memory.development_count == stored.development_count == 3
    for term in terms:
        assert in_memory.document_frequency.get(term, 0) == stored.document_frequency.get(term, 0)
        assert in_memory.development_spread.get(term, 0) == stored.development_spread.get(term, 0)
    assert [await links.candidates({t: 1}, stored) for t in terms] == found
    kyiv = found[0]
    assert [(c.development_id, c.article_count, c.last_article_at) for c in kyiv] == [(a, 1, later)]
    dev = await app.store.developments.get(a)
    assert dev is not None and dev.phase == "agreed"


async def test_sketch_bands_are_stored_row_for_row_whatever_the_batch_size(app: App) -> None:
    # Statements of BAND_ROWS rows, the last one filled up with its last row: none lost, none extra.
    links = app.store.links
    sizes = [0, 1, BAND_ROWS - 1, BAND_ROWS, BAND_ROWS + 1, 3 * BAND_ROWS + 5]
    expected: set[tuple[int, int]] = set()
    async with app.store.transaction():
        for n, size in enumerate(sizes):
            ids = [await _article(app, f"text {n} {i}") for i in range(size // 10 + 1)]
            bands_of: list[tuple[int, list[int | None]]] = [(article_id, []) for article_id in ids]
            for i in range(size):
                value = n * 1_000_000 + i
                article_id = ids[i % len(ids)]
                bands_of[i % len(ids)][1].append(value)
                bands_of[i % len(ids)][1].append(None)  # a band a short text leaves empty
                expected.add((value, article_id))
            await links.add_bands_many(bands_of)
    stored = {
        (int(v), int(a)) for v, a in await app.store.conn.execute_fetchall("SELECT * FROM article_bands")
    }
    assert stored == expected
    found = await links.band_matches([[value for value, _ in sorted(expected)][:3], [None, -1]])
    assert found[0] and found[1] == {}


async def test_band_look_up_counts_each_shared_band_once_though_its_values_are_filled_up(app: App) -> None:
    # The look-up repeats its last value up to a multiple of BAND_LOOKUP_STEP: no count may grow by it.
    links = app.store.links
    async with app.store.transaction():
        first = await _article(app, "first")
        second = await _article(app, "second")
        await links.add_bands_many([(first, [5, 7, 9, None]), (second, [7, 11])])
    found = await links.band_matches([[5, 7, None], [7], [11, 9, 5, 7], [13]])
    assert found == [{first: 2, second: 1}, {first: 1, second: 1}, {first: 3, second: 2}, {}]
    # The value repeated is one both articles hold (the largest looked up), once and many times over.
    assert await links.band_matches([[7, 5]]) == [{first: 2, second: 1}]
    many = [*range(-BAND_LOOKUP_STEP - 1, 0), 11]
    assert await links.band_matches([many]) == [{second: 1}]


@pytest.mark.parametrize("chunk", [READ_CHUNK, 2])  # 2: a huge batch, read query by query
async def test_a_batch_reads_what_the_three_look_ups_read_in_one_statement(
    app: App, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_index, "READ_CHUNK", chunk)
    links, articles = app.store.links, app.store.articles
    async with app.store.transaction():
        first = await _article(app, "first")
        second = await _article(app, "second")
        await app.store.conn.execute(
            "UPDATE articles SET url_norm = 'https://a.example/2' WHERE id = ?", (second,)
        )
        await links.add_bands_many([(first, [5, 7, 9, None]), (second, [7, 11])])
    cases: list[tuple[list[tuple[str, str | None]], list[list[int | None]]]] = [
        ([("first", None), ("new", "https://a.example/2"), ("other", None)], [[5, 7], [None], [11, 13]]),
        ([("new", None)], [[None, None]]),  # no band to look up
        ([("second", "https://b.example/")], [[*range(-BAND_LOOKUP_STEP, 0), 9]]),
    ]
    for keys, bands_of in cases:
        together = await links.batch_reads(keys, bands_of)
        apart = (
            await articles.find_duplicates(keys),
            await links.band_matches(bands_of),
            await articles.next_id(),
        )
        assert together == apart
    assert (await links.batch_reads(*cases[0]))[0] == [first, second, None]
