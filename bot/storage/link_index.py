"""The indexes linking reads: terms per development, document frequencies, copy sketches."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import aiosqlite

from bot.domain.lexicon import load_lexicon
from bot.domain.linking import (
    SPREAD_MAX_SHARE,
    SPREAD_MIN,
    Candidate,
    Segment,
    TermStats,
    article_terms,
    distinctive,
    segment_article,
    term_weights,
)
from bot.domain.models import Analysis
from bot.domain.times import from_iso, to_iso
from bot.storage.articles import ArticleRepo, duplicates_of, duplicates_where
from bot.storage.developments import DevelopmentRepo, NewDevelopment

# The developments scored in full: the rough ranking by shared rare terms puts the right one on top.
SHORTLIST = 50
# The row of `term_stats` that counts the articles themselves (no real term is empty).
ARTICLES = ""
# Terms per statement when a batch reads its index (SQLite allows 32,766 parameters).
READ_CHUNK = 5000
# The band look-up's count of values is rounded up to a multiple of this (see band_matches).
BAND_LOOKUP_STEP = 256
# Sketch band rows an INSERT writes: one statement of many rows costs about half as much as
# executemany's row a step (about 15 band rows an article, each a random place in the table).
BAND_ROWS = 64
_ADD_BANDS = "INSERT OR IGNORE INTO article_bands (value, article_id) VALUES " + ", ".join(
    ["(?, ?)"] * BAND_ROWS
)
_ADD_TERM = """INSERT INTO development_terms (term, development_id, count) VALUES (?, ?, ?)
               ON CONFLICT (term, development_id) DO UPDATE SET count = count + excluded.count"""
_TOUCH = """UPDATE developments SET article_count = max(0, article_count + ?),
                last_article_at = CASE WHEN last_article_at IS NULL OR last_article_at < ?
                                       THEN ? ELSE last_article_at END,
                phase = coalesce(?, phase), updated_at = ? WHERE id = ?"""
_ADD_DOCUMENTS = """INSERT INTO term_stats (term, df) VALUES (?, ?)
                    ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"""


def index_terms(analysis: Analysis, text: str, title: str | None) -> tuple[Counter[str], list[Segment]]:
    """Return an article's title terms and segments: what ingest links by, and a rekey recomputes."""
    title_terms = article_terms(title or "")
    return title_terms, segment_article(analysis, text, title, title_terms=title_terms)


def document_terms(title_terms: Counter[str], segments: Iterable[Segment]) -> Counter[str]:
    """Return every term of an article (title and segments): what its document frequency counts."""
    # Every count is positive, so updating one copy adds up what `+` would (without a new
    # Counter per segment).
    everything = Counter(title_terms)
    for segment in segments:
        everything.update(segment.terms)
    return everything


def document_counts(documents: Iterable[Iterable[str]]) -> Counter[str]:
    """Count, per term, the articles carrying it (the articles themselves under ARTICLES)."""
    counts: Counter[str] = Counter()
    for terms in documents:
        counts.update({*terms, ARTICLES})
    return counts


def _postings_sql(terms: int) -> str:
    """The index rows of `terms` terms with their development's columns, for both link paths."""
    return f"""SELECT t.development_id, t.term, t.count, d.article_count, d.last_article_at, d.title,
                      d.closed = 0 AND d.merged_into IS NULL
               FROM development_terms t LEFT JOIN developments d ON d.id = t.development_id
               WHERE t.term IN ({_marks(terms)})"""


def _marks(n: int) -> str:
    return ",".join("?" * n)


# A row of the inverted index joined to its development's columns: (development, term, count,
# article count, last article time, title, live).
IndexRow = tuple[int, str, int, int | None, str | None, str | None, bool | int | None]


def _rank(
    rows: Iterable[IndexRow] | Iterable[aiosqlite.Row], weights: Mapping[str, float]
) -> list[Candidate]:
    """Shortlist the developments of index rows by the weight of the terms they share, live ones only."""
    rough: dict[int, float] = {}
    counts: dict[int, dict[str, int]] = {}
    live: dict[int, tuple[int, str | None, str | None]] = {}
    for dev_id, term, count, article_count, last_at, title, is_live in rows:
        rough[dev_id] = rough.get(dev_id, 0.0) + weights[term]
        counts.setdefault(dev_id, {})[term] = int(count)
        if is_live:
            live[dev_id] = (int(article_count or 0), last_at, title)
    shortlist = sorted(rough, key=lambda d: (-rough[d], -d))[: SHORTLIST * 2]
    out: list[Candidate] = []
    for d in [d for d in shortlist if d in live][:SHORTLIST]:
        article_count, last_at, title = live[d]
        when = from_iso(last_at) if last_at else None
        out.append(Candidate(d, counts[d], article_count, when, title=title))
    return out


def _distinctive_of(terms: Iterable[str]) -> set[str]:
    """Return the terms that can name one story (`bot.domain.linking.distinctive`)."""
    lex = load_lexicon()
    return {t for t in terms if distinctive(t, lex)}


def _eligible(lookup: list[str], postings: Mapping[str, Mapping[int, int]]) -> set[int]:
    """Return the developments sharing a distinctive term: no other can be chosen.

    `choose_development` passes over a development that shares only countries and subject
    words, so neither its rows nor its ranking are worth building.
    """
    return {d for t in _distinctive_of(lookup) for d in postings.get(t, ())}


def _touch_row(
    development_id: int, when: datetime, phase: str | None, now: datetime, delta: int = 1
) -> tuple[int, str, str, str | None, str, int]:
    return (delta, to_iso(when), to_iso(when), phase, to_iso(now), development_id)


@dataclass(slots=True)
class _Columns:
    """The columns of a development that candidate retrieval reads."""

    article_count: int
    last_article_at: str | None
    title: str | None
    live: bool


class BatchIndex:
    """The link index as one batch of ingests sees it: read once, kept in step in memory, written at flush.

    Each article of a batch links against the developments and term counts the articles before
    it left, exactly as if every write had gone to the database at once; reading them back per
    article cost several hops to the database thread. It stays exact because the batch holds
    the write transaction and nothing else in it writes term counts, article counts or last
    article times. A term left unread (`LinkIndexRepo.open_batch`: too widespread to become
    informative during the batch) is never looked up, so a (term, development) pair of it that
    is counted as new here while already stored changes nothing: its spread only grows.
    """

    def __init__(
        self,
        conn: aiosqlite.Connection,
        developments: DevelopmentRepo,
        stats: TermStats,
        postings: dict[str, dict[int, int]],
        columns: dict[int, _Columns],
        next_development: int,
    ) -> None:
        self._conn = conn
        self._developments = developments
        self._base = stats
        # term -> development -> count: the stored rows of every term the batch may look up.
        self._postings = postings
        self._columns = columns
        self._next_development = next_development
        self._spread_added: Counter[str] = Counter()
        self._live_added = 0
        # Articles counted by the batch so far (for idf), and the writes not flushed yet.
        self._counted: Counter[str] = Counter()
        self._documents: Counter[str] = Counter()
        self._new: list[NewDevelopment] = []
        self._terms: list[tuple[str, int, int]] = []
        self._touches: list[tuple[int, str, str, str | None, str, int]] = []

    def term_stats(self, terms: Iterable[str]) -> TermStats:
        """Return the stats `LinkIndexRepo.term_stats` would read, this batch's articles counted."""
        base, counted, added = self._base, self._counted, self._spread_added
        wanted = {t for t in terms if t != ARTICLES}
        df = {t: base.document_frequency.get(t, 0) + counted.get(t, 0) for t in wanted}
        spread = {t: base.development_spread.get(t, 0) + added.get(t, 0) for t in wanted}
        return TermStats(
            base.article_count + counted.get(ARTICLES, 0),
            df,
            spread,
            base.development_count + self._live_added,
        )

    def candidates(self, terms: Mapping[str, float], stats: TermStats) -> list[Candidate]:
        """Return what `LinkIndexRepo.candidates` would, from memory."""
        weights = term_weights(terms, stats)
        lookup = sorted(t for t in weights if stats.development_spread.get(t, 0) > 0)
        postings = self._postings
        eligible = _eligible(lookup, postings)
        rows: list[IndexRow] = []
        for term in lookup:
            devs = postings.get(term, {})
            for dev_id in sorted(eligible.intersection(devs)):
                c = self._columns.get(dev_id)
                if c is None:
                    rows.append((dev_id, term, devs[dev_id], None, None, None, False))
                else:
                    rows.append(
                        (dev_id, term, devs[dev_id], c.article_count, c.last_article_at, c.title, c.live)
                    )
        return _rank(rows, weights)

    def count_document(self, terms: Iterable[str]) -> None:
        """Count one more article carrying each of `terms`."""
        counts = document_counts([terms])
        self._counted.update(counts)
        self._documents.update(counts)

    def create(self, row: NewDevelopment) -> int:
        """Open a development (counting its first article, `row.first_article_at`); return its id.

        The id is the one SQLite would give it: the largest stored id plus one, as the batch
        holds the write transaction.
        """
        dev_id = self._next_development
        self._next_development += 1
        self._new.append(replace(row, id=dev_id))
        when = row.first_article_at
        self._columns[dev_id] = _Columns(
            0 if when is None else 1, to_iso(when) if when else None, row.title, True
        )
        self._live_added += 1
        return dev_id

    def add_terms(self, development_id: int, terms: Iterable[str]) -> None:
        """Count an article's terms into a development (`LinkIndexRepo.add_terms`)."""
        for term in sorted(set(terms)):
            devs = self._postings.setdefault(term, {})
            if development_id not in devs:
                devs[development_id] = 0
                self._spread_added[term] += 1  # the trigger counts a new (term, development) pair
            devs[development_id] += 1
            self._terms.append((term, development_id, 1))

    def touch(self, development_id: int, *, when: datetime, phase: str | None, now: datetime) -> None:
        """Count one more article of a development (`LinkIndexRepo.touch_development`)."""
        c = self._columns.get(development_id)
        if c is not None:
            c.article_count = max(0, c.article_count + 1)
            at = to_iso(when)
            if c.last_article_at is None or c.last_article_at < at:
                c.last_article_at = at
        self._touches.append(_touch_row(development_id, when, phase, now))

    async def flush(self) -> None:
        """Write what the batch changed since the last flush (developments before their terms)."""
        if self._new:
            await self._developments.add_many(self._new)
            self._new = []
        if self._terms:
            await self._conn.executemany(_ADD_TERM, self._terms)
            self._terms = []
        if self._touches:
            await self._conn.executemany(_TOUCH, self._touches)
            self._touches = []
        if self._documents:
            await self._conn.executemany(_ADD_DOCUMENTS, sorted(self._documents.items()))
            self._documents = Counter()


class LinkIndexRepo:
    """Candidate retrieval without scanning every development: an inverted index over terms."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        self._articles = ArticleRepo(conn)

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
        see `TermStats.informative`). Idf times kind weight ranks the shortlist, among the
        developments sharing a distinctive term (`_eligible`: no other can be chosen).
        """
        weights = term_weights(terms, stats)
        lookup = sorted(t for t in weights if stats.development_spread.get(t, 0) > 0)
        if not lookup:
            return []
        # The development's own columns come along (one hop to the database thread, not two);
        # whether it is live is checked after the shortlist, as the ranking counts every one.
        rows = await self._conn.execute_fetchall(_postings_sql(len(lookup)), lookup)
        names = _distinctive_of(lookup)
        eligible = {row[0] for row in rows if row[1] in names}
        return _rank([row for row in rows if row[0] in eligible], weights)

    async def open_batch(self, terms: Iterable[str], new_developments: int) -> BatchIndex:
        """Read the index a batch of ingests needs once: the stats of `terms`, and their rows.

        `new_developments` bounds how many developments the batch may open: a term carried by
        too many developments to be informative even then (`TermStats.informative`) is never
        looked up, so its rows are not read.
        """
        wanted = sorted({*terms, ARTICLES})
        df: dict[str, int] = {}
        spread: dict[str, int] = {}
        for start in range(0, len(wanted), READ_CHUNK):
            chunk = wanted[start : start + READ_CHUNK]
            rows = await self._conn.execute_fetchall(
                f"SELECT term, df, devs FROM term_stats WHERE term IN ({_marks(len(chunk))})", chunk
            )
            for term, count, devs in rows:
                df[term], spread[term] = int(count), int(devs)
        live_rows = list(
            await self._conn.execute_fetchall("SELECT count(*) FROM developments WHERE merged_into IS NULL")
        )
        live = int(live_rows[0][0])
        stats = TermStats(df.pop(ARTICLES, 0), df, spread, live)
        spread.pop(ARTICLES, None)
        limit = max(SPREAD_MIN, SPREAD_MAX_SHARE * (live + new_developments))
        lookup = sorted(t for t, n in spread.items() if 0 < n <= limit)
        postings: dict[str, dict[int, int]] = {}
        columns: dict[int, _Columns] = {}
        for start in range(0, len(lookup), READ_CHUNK):
            chunk = lookup[start : start + READ_CHUNK]
            rows = await self._conn.execute_fetchall(_postings_sql(len(chunk)), chunk)
            for dev_id, term, count, article_count, last_at, title, is_live in rows:
                postings.setdefault(term, {})[int(dev_id)] = int(count)
                if article_count is not None and dev_id not in columns:
                    columns[int(dev_id)] = _Columns(int(article_count), last_at, title, bool(is_live))
        developments = DevelopmentRepo(self._conn)
        return BatchIndex(self._conn, developments, stats, postings, columns, await developments.next_id())

    async def add_terms(self, development_id: int, terms: Iterable[str], delta: int = 1) -> None:
        """Count an article's terms into (or, with delta -1, out of) a development."""
        rows = [(t, development_id, delta) for t in sorted(set(terms))]
        await self._conn.executemany(_ADD_TERM, rows)
        if delta < 0:
            await self._conn.execute(
                "DELETE FROM development_terms WHERE development_id = ? AND count <= 0", (development_id,)
            )

    async def add_document(self, terms: Iterable[str]) -> None:
        """Count one more article carrying each term."""
        await self.add_documents(document_counts([terms]))

    async def add_documents(self, counts: Mapping[str, int]) -> None:
        """Count several articles at once: `counts` from `document_counts` (one statement)."""
        await self._conn.executemany(_ADD_DOCUMENTS, sorted(counts.items()))

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

        One statement for a whole batch (a few for a huge one); the caller keeps those sharing
        two or more. A band's hash names its band (`band_hashes`), so the values are looked up alone.
        """
        wanted = _band_values(bands_of)
        rows: list[Any] = []
        for start in range(0, len(wanted), READ_CHUNK):
            where, params = _band_where(wanted[start : start + READ_CHUNK])
            sql = f"SELECT b.value, b.article_id {_BANDS_FROM}{where}"
            rows.extend(await self._conn.execute_fetchall(sql, params))
        return _shared_bands(bands_of, rows)

    async def batch_reads(
        self, keys: Sequence[tuple[str, str | None]], bands_of: list[list[int | None]]
    ) -> tuple[list[int | None], list[dict[int, int]], int]:
        """Read what a batch needs under its write lock, in one hop to the database thread.

        The articles stored since the batch's duplicate look-up (`ArticleRepo.find_duplicates`),
        the stored originals sharing sketch bands (`band_matches`) and the next article id
        (`ArticleRepo.next_id`): one statement, UNION ALL of the three queries, each row tagged.
        """
        wanted = _band_values(bands_of)
        if not keys or len(wanted) > READ_CHUNK:  # a huge batch: one query each, as it was
            return (
                await self._articles.find_duplicates(keys),
                await self.band_matches(bands_of),
                await self._articles.next_id(),
            )
        dup_where, dup_params = duplicates_where(keys)
        parts = [f"SELECT 0, id, content_hash, url_norm FROM articles WHERE {dup_where}"]
        params: list[object] = [*dup_params]
        if wanted:
            band_where, band_params = _band_where(wanted)
            parts.append(f"SELECT 1, b.value, b.article_id, NULL {_BANDS_FROM}{band_where}")
            params.extend(band_params)
        parts.append("SELECT 2, coalesce(max(id), 0) + 1, NULL, NULL FROM articles")
        rows = await self._conn.execute_fetchall(" UNION ALL ".join(parts), params)
        by_kind: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
        for row in rows:
            by_kind[row[0]].append(row[1:])
        return (
            duplicates_of(keys, by_kind[0]),
            _shared_bands(bands_of, by_kind[1]),
            int(by_kind[2][0][0]),
        )

    async def add_bands(self, article_id: int, bands: list[int | None]) -> None:
        """Store an article's sketch bands (bands left empty by a short text are not stored)."""
        await self.add_bands_many([(article_id, bands)])

    async def add_bands_many(self, bands_of: list[tuple[int, list[int | None]]]) -> None:
        """Store the sketch bands of several articles in one hop, BAND_ROWS rows a statement."""
        flat = [x for article_id, bands in bands_of for v in bands if v is not None for x in (v, article_id)]
        if not flat:
            return
        # The last statement is filled up with the last row again, which OR IGNORE skips: every
        # statement is the one cached text.
        rows = len(flat) // 2
        flat += flat[-2:] * (-rows % BAND_ROWS)
        step = 2 * BAND_ROWS
        await self._conn.executemany(_ADD_BANDS, [flat[i : i + step] for i in range(0, len(flat), step)])

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
        await self._conn.execute(_TOUCH, _touch_row(development_id, when, phase, now, delta))


# Band rows of stored originals (not copies), for a condition on `b` (`_band_where`).
_BANDS_FROM = "FROM article_bands b JOIN articles a ON a.id = b.article_id AND a.copy_of IS NULL WHERE "


def _band_values(bands_of: list[list[int | None]]) -> list[int]:
    """Return the distinct band values of a batch, in order."""
    return sorted({v for bands in bands_of for v in bands if v is not None})


def _band_where(values: list[int]) -> tuple[str, list[int]]:
    """Return the condition on article_bands `b` finding these values, and its parameters.

    The count of values is filled up (with the last value again: IN reads a set) to a multiple of
    BAND_LOOKUP_STEP, so a few statement texts serve every batch from the cache: compiling one of
    ~750 parameters cost more than running it.
    """
    values = values + values[-1:] * (-len(values) % BAND_LOOKUP_STEP)
    return f"b.value IN ({_marks(len(values))})", values


def _shared_bands(bands_of: list[list[int | None]], rows: Iterable[Sequence[Any]]) -> list[dict[int, int]]:
    """Count, for each article's bands, the bands each stored original holding some shares with it."""
    holders: dict[int, list[int]] = {}
    for row in rows:  # (value, article id, ...)
        holders.setdefault(row[0], []).append(row[1])
    out: list[dict[int, int]] = [{} for _ in bands_of]
    if not holders:  # the usual case: nothing stored shares a band
        return out
    for shared, bands in zip(out, bands_of, strict=True):
        for value in bands:
            for article_id in holders.get(value, ()) if value is not None else ():
                shared[article_id] = shared.get(article_id, 0) + 1
    return out
