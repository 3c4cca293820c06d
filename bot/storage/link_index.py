"""The indexes linking reads: terms per development, document frequencies, copy sketches."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime

import aiosqlite

from bot.domain.linking import Candidate, TermStats, term_weights
from bot.domain.times import from_iso, to_iso

# The developments scored in full: the rough ranking by shared rare terms puts the right one on top.
SHORTLIST = 50
# The row of `term_stats` that counts the articles themselves (no real term is empty).
ARTICLES = ""


def document_counts(documents: Iterable[Iterable[str]]) -> Counter[str]:
    """Count, per term, the articles carrying it (the articles themselves under ARTICLES)."""
    counts: Counter[str] = Counter()
    for terms in documents:
        counts.update({*terms, ARTICLES})
    return counts


def with_pending(stats: TermStats, terms: Iterable[str], pending: Mapping[str, int]) -> TermStats:
    """Add the articles a batch counted but has not written yet to stats read for `terms`."""
    if not pending:
        return stats
    stored = stats.document_frequency
    wanted = {t for t in terms if t != ARTICLES and (t in stored or t in pending)}
    df = {t: stored.get(t, 0) + pending.get(t, 0) for t in wanted}
    return TermStats(
        stats.article_count + pending.get(ARTICLES, 0), df, stats.development_spread, stats.development_count
    )


def _marks(n: int) -> str:
    return ",".join("?" * n)


class LinkIndexRepo:
    """Candidate retrieval without scanning every development: an inverted index over terms."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def term_stats(self, terms: Iterable[str]) -> TermStats:
        """Return how many articles there are and how many carry each of `terms`."""
        wanted = sorted({*terms, ARTICLES})
        # One statement (one hop to the database thread): the terms' rows, then the live count.
        rows = await self._conn.execute_fetchall(
            f"""SELECT term, df, devs FROM term_stats WHERE term IN ({_marks(len(wanted))})
                UNION ALL SELECT NULL, count(*), 0 FROM developments WHERE merged_into IS NULL""",
            wanted,
        )
        df: dict[str, int] = {}
        spread: dict[str, int] = {}
        live = 0
        for term, count, devs in rows:
            if term is None:
                live = int(count)
            else:
                df[term], spread[term] = int(count), int(devs)
        return TermStats(df.pop(ARTICLES, 0), df, spread, live)

    async def candidates(self, terms: Mapping[str, float], stats: TermStats) -> list[Candidate]:
        """Return the open developments sharing the most weight of `terms`, with those terms counted.

        One read of the inverted index: the rows of the segment's informative terms (terms that
        many developments carry tell them apart poorly and would cost hundreds of rows each;
        see `TermStats.informative`). Idf times kind weight ranks the shortlist.
        """
        weights = term_weights(terms, stats)
        lookup = sorted(t for t in weights if stats.development_spread.get(t, 0) > 0)
        if not lookup:
            return []
        # The development's own columns come along (one hop to the database thread, not two);
        # whether it is live is checked after the shortlist, as the ranking counts every one.
        rows = await self._conn.execute_fetchall(
            f"""SELECT t.development_id, t.term, t.count, d.article_count, d.last_article_at, d.title,
                       d.closed = 0 AND d.merged_into IS NULL
                FROM development_terms t LEFT JOIN developments d ON d.id = t.development_id
                WHERE t.term IN ({_marks(len(lookup))})""",
            lookup,
        )
        rough: dict[int, float] = {}
        counts: dict[int, dict[str, int]] = {}
        live: dict[int, tuple[int, str | None, str | None]] = {}
        for dev_id, term, count, article_count, last_at, title, is_live in rows:
            rough[dev_id] = rough.get(dev_id, 0.0) + weights[term]
            counts.setdefault(dev_id, {})[term] = int(count)
            if is_live:
                live[dev_id] = (int(article_count), last_at, title)
        shortlist = sorted(rough, key=lambda d: (-rough[d], -d))[: SHORTLIST * 2]
        out: list[Candidate] = []
        for d in [d for d in shortlist if d in live][:SHORTLIST]:
            article_count, last_at, title = live[d]
            when = from_iso(last_at) if last_at else None
            out.append(Candidate(d, counts[d], article_count, when, title=title))
        return out

    async def add_terms(self, development_id: int, terms: Iterable[str], delta: int = 1) -> None:
        """Count an article's terms into (or, with delta -1, out of) a development."""
        rows = [(t, development_id, delta) for t in sorted(set(terms))]
        await self._conn.executemany(
            """INSERT INTO development_terms (term, development_id, count) VALUES (?, ?, ?)
               ON CONFLICT (term, development_id) DO UPDATE SET count = count + excluded.count""",
            rows,
        )
        if delta < 0:
            await self._conn.execute(
                "DELETE FROM development_terms WHERE development_id = ? AND count <= 0", (development_id,)
            )

    async def add_document(self, terms: Iterable[str]) -> None:
        """Count one more article carrying each term."""
        await self.add_documents(document_counts([terms]))

    async def add_documents(self, counts: Mapping[str, int]) -> None:
        """Count several articles at once: `counts` from `document_counts` (one statement)."""
        await self._conn.executemany(
            """INSERT INTO term_stats (term, df) VALUES (?, ?)
               ON CONFLICT (term) DO UPDATE SET df = df + excluded.df""",
            sorted(counts.items()),
        )

    async def move_terms(self, source_id: int, target_id: int) -> None:
        """Add a merged development's term counts to the one it merges into."""
        await self._conn.execute(
            """INSERT INTO development_terms (term, development_id, count)
               SELECT term, ?, count FROM development_terms WHERE development_id = ? AND true
               ON CONFLICT (term, development_id) DO UPDATE SET count = count + excluded.count""",
            (target_id, source_id),
        )
        await self._conn.execute("DELETE FROM development_terms WHERE development_id = ?", (source_id,))

    async def link_terms(self, development_id: int, article_id: int) -> list[str]:
        """Return the terms an article brought to a development."""
        async with self._conn.execute(
            "SELECT terms FROM development_articles WHERE development_id = ? AND article_id = ?",
            (development_id, article_id),
        ) as cur:
            row = await cur.fetchone()
        return list(json.loads(row[0])) if row else []

    async def band_matches(self, bands_of: list[list[int | None]]) -> list[dict[int, int]]:
        """For each article's bands, the stored originals (not copies) sharing some: id -> bands shared.

        One statement for a whole batch; the caller keeps those sharing two or more.
        """
        pairs = sorted({(i, v) for bands in bands_of for i, v in enumerate(bands) if v is not None})
        out: list[dict[int, int]] = [{} for _ in bands_of]
        if not pairs:
            return out
        values = ",".join(["(?, ?)"] * len(pairs))
        rows = await self._conn.execute_fetchall(
            f"""WITH wanted(band, value) AS (VALUES {values})
                SELECT b.band, b.value, b.article_id FROM wanted w
                JOIN article_bands b ON b.band = w.band AND b.value = w.value
                JOIN articles a ON a.id = b.article_id AND a.copy_of IS NULL""",
            [x for pair in pairs for x in pair],
        )
        holders: dict[tuple[int, int], list[int]] = {}
        for band, value, article_id in rows:
            holders.setdefault((int(band), int(value)), []).append(int(article_id))
        for index, bands in enumerate(bands_of):
            shared = out[index]
            for band, value in enumerate(bands):
                for article_id in holders.get((band, value), []) if value is not None else []:
                    shared[article_id] = shared.get(article_id, 0) + 1
        return out

    async def add_bands(self, article_id: int, bands: list[int | None]) -> None:
        """Store an article's sketch bands (bands left empty by a short text are not stored)."""
        await self.add_bands_many([(article_id, bands)])

    async def add_bands_many(self, bands_of: list[tuple[int, list[int | None]]]) -> None:
        """Store the sketch bands of several articles in one statement."""
        rows = [
            (i, v, article_id) for article_id, bands in bands_of for i, v in enumerate(bands) if v is not None
        ]
        if rows:
            await self._conn.executemany(
                "INSERT OR IGNORE INTO article_bands (band, value, article_id) VALUES (?, ?, ?)", rows
            )

    async def article_text(self, article_id: int) -> str | None:
        """Return an article's text (to confirm a copy)."""
        sql = "SELECT text FROM articles WHERE id = ?"
        rows = list(await self._conn.execute_fetchall(sql, (article_id,)))
        return str(rows[0][0]) if rows else None

    async def mark_copy(self, article_id: int, original_id: int) -> None:
        """Record that an article is a copy of another."""
        await self._conn.execute("UPDATE articles SET copy_of = ? WHERE id = ?", (original_id, article_id))

    async def touch_development(
        self, development_id: int, *, when: datetime, phase: str | None, now: datetime, delta: int = 1
    ) -> None:
        """Count one more (or fewer) article and remember the latest article time and phase."""
        await self._conn.execute(
            """UPDATE developments SET article_count = max(0, article_count + ?),
                   last_article_at = CASE WHEN last_article_at IS NULL OR last_article_at < ?
                                          THEN ? ELSE last_article_at END,
                   phase = coalesce(?, phase), updated_at = ? WHERE id = ?""",
            (delta, to_iso(when), to_iso(when), phase, to_iso(now), development_id),
        )
