"""Ingest one article: analyse, deduplicate, store, link to developments, track deadlines."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.analysis import analyze, detect_language
from bot.domain.copies import band_hashes, is_copy, shingles
from bot.domain.lexicon import load_lexicon
from bot.domain.lifecycle import (
    HOLD_WINDOW,
    NEAR_CHARS,
    DeadlineStep,
    as_told,
    confirmation,
    extension_length,
    match_deadline,
    phase_of,
    pick_deadline,
)
from bot.domain.linking import (
    Assignment,
    Segment,
    link_segments,
    make_title,
)
from bot.domain.models import (
    Analysis,
    ArticleInput,
    ChangeKind,
    Deadline,
    DeadlineChange,
    DeadlineMention,
    DeadlineStatus,
    Label,
)
from bot.domain.profile import actor_spellings, merge_actors
from bot.domain.times import due_instant, parse_due
from bot.errors import InputError, SitrepError
from bot.ports import Clock, DeadlineObserver
from bot.storage.articles import ArticleRow, EventRow, ItemRow, StoredItem, article_row, event_rows, item_rows
from bot.storage.developments import NewDevelopment
from bot.storage.link_index import BatchIndex, document_terms, index_terms
from bot.storage.store import Store
from bot.storage.timeline import ClaimRow

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000
# Stored originals sharing the most sketch bands with a new article that are checked word by word.
COPY_CANDIDATES = 5
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)
# Texts (up to this size) and URLs whose identity keys are remembered: a feed document's worth.
CACHED_TEXTS = 512
CACHED_TEXT_CHARS = 20_000
# Held changes are checked for lapsing at most this often (clock time), not at every article: a
# hold lapses within this much of its `HOLD_WINDOW`, and a busy ingest saves a write per batch.
LAPSE_SWEEP_EVERY = timedelta(hours=1)


@dataclass(slots=True)
class LinkedDevelopment:
    """A development an article fed, and whether the article opened it."""

    id: int
    title: str
    created: bool


@dataclass(slots=True)
class ChangesApplied:
    """What applying an article's deadline changes leaves for its own deadline mentions."""

    # The new due instants of the extensions applied: the article's mention of a new date is the
    # moved deadline, not a second one.
    moved_to: set[datetime] = field(default_factory=set)
    # Extensions of a deadline the development does not hold yet, by new due instant: (development,
    # change). The article that tells an extension first often gives its new date as a deadline.
    first_told: dict[datetime, tuple[int, DeadlineChange, date | datetime]] = field(default_factory=dict)
    # The new due instants of the extensions told first that a deadline of the article took.
    taken: set[datetime] = field(default_factory=set)
    # Changes no deadline took, with their development, sentence and nearby words: held until
    # the deadline they speak of arrives (`IngestService._hold_unplaced`).
    unplaced: list[tuple[int, DeadlineChange, str, str]] = field(default_factory=list)

    def take_first_told(
        self, development_id: int, due_at: datetime, due: date | datetime
    ) -> DeadlineChange | None:
        """Return (once) the extension told first to this development's deadline at `due_at`.

        An extension to a bare day is to the deadline the article times on that day ("aplazó
        hasta el viernes 23", and "los sobres se reciben hasta las 15:00"): one deadline.
        """
        key: datetime | None = due_at
        told = self.first_told.get(due_at)
        if told is None and isinstance(due, datetime):
            key, told = next(
                (
                    (k, t)
                    for k, t in self.first_told.items()
                    if not isinstance(t[2], datetime) and t[2] == due.date()
                ),
                (None, None),
            )
        if key is None or told is None or told[0] != development_id:
            return None
        del self.first_told[key]
        self.taken.add(key)
        return told[1]


@dataclass(slots=True)
class IngestResult:
    """What happened to one article: added and linked, or recognised as a duplicate."""

    title: str | None
    language: str | None
    article_id: int | None = None
    duplicate_of: int | None = None
    # A lightly edited copy (syndication) of a stored article: linked, never counted twice.
    copy_of: int | None = None
    developments: list[LinkedDevelopment] = field(default_factory=list)
    deadlines_added: int = 0
    deadlines_changed: int = 0
    # Changes the article reports that an earlier article already applied.
    changes_restated: int = 0
    # (deadline id, due instant before the change or None when new): observers hear of these.
    touched_deadlines: list[tuple[int, datetime | None]] = field(default_factory=list)
    # Why the article was not ingested (a batch that skips errors): nothing of it was stored.
    error: str | None = None


def content_hash(text: str) -> str:
    """Hash the text with case, accents and white space folded: reformatted copies collide."""
    # A feed entry's text is hashed when its document is parsed and again when it is ingested.
    return _cached_hash(text) if len(text) <= CACHED_TEXT_CHARS else _hash(text)


@lru_cache(maxsize=CACHED_TEXTS)
def _cached_hash(text: str) -> str:
    return _hash(text)


# ASCII white space (the characters str.split() splits ASCII text on) as plain spaces, a byte table.
_ASCII_SPACE = bytes.maketrans(b"\t\n\v\f\r\x1c\x1d\x1e\x1f", b" " * 9)


def _hash(text: str) -> str:
    if text.isascii():
        # The usual text, folded as below in bytes at a third of the cost: NFKC leaves ASCII as
        # it is, casefold folds it as lower does, and its white space runs become one space
        # without taking the text apart into words and joining them again.
        folded = text.encode("ascii").lower().translate(_ASCII_SPACE)
        while b"  " in folded:
            folded = folded.replace(b"  ", b" ")
        return hashlib.sha256(folded.strip(b" ")).hexdigest()
    # str.split() splits on exactly the characters `\s` matches: white space runs become one space.
    single = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(single.encode("utf-8")).hexdigest()


# The usual link (http or https, a plain host name, printable ASCII, no port, user or space in
# its path) read by one match: urlsplit's netloc, host and port parsing cost most of 11 us a URL.
# Its parts are the ones urlsplit finds (tests/feeds/test_identity.py checks both ways agree).
_PLAIN_URL = re.compile(r"(https?)://([a-z0-9.-]+)(/[^?#\s]*)?(?:\?([^#]*))?(?:#.*)?", re.I | re.ASCII)


@lru_cache(maxsize=CACHED_TEXTS)
def normalise_url(url: str | None) -> str | None:
    """Normalise a URL for identity: scheme and host case, tracking parameters, trailing slash."""
    # Cached: an entry's link is normalised when its document is parsed and again at ingest.
    if not url:
        return None
    url = url.strip()
    plain = _PLAIN_URL.fullmatch(url) if url.isascii() and url.isprintable() else None
    if plain is None:
        return _normalise_split(url)
    scheme, host, path, query = plain.groups()
    # urlunsplit's own joining, for a link with a scheme, a host and a path starting with "/".
    kept = _kept_query(query or "")
    return f"{scheme.lower()}://{host.lower()}{(path or '').rstrip('/') or '/'}{'?' if kept else ''}{kept}"


def _normalise_split(url: str) -> str:
    """Normalise any URL, split by urlsplit."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    return _joined(scheme, host, parts.path, parts.query)


def _joined(scheme: str, host: str, path: str, raw_query: str) -> str:
    """Put a normalised URL together: no tracking parameters, no trailing slash, no fragment."""
    return urlunsplit((scheme, host, path.rstrip("/") or "/", _kept_query(raw_query), ""))


def _kept_query(raw_query: str) -> str:
    """Return a query without its tracking parameters, sorted ("" when none is left)."""
    # A query of tracking parameters only (a feed's ?utm_source=rss) or none at all is dropped
    # without decoding and re-encoding it: such names hold no escapes that decoding could change.
    if all(_TRACKING_PARAMS.match(pair.partition("=")[0]) for pair in raw_query.split("&") if pair):
        return ""
    return urlencode(sorted((k, v) for k, v in parse_qsl(raw_query) if not _TRACKING_PARAMS.match(k)))


def check_article(article: ArticleInput) -> None:
    """Refuse an article with no text or too much of it, before any work is spent on it."""
    text = article.text
    if not text or not text.strip():
        raise InputError("the article has no text")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"the article is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})"
        )


@dataclass(slots=True)
class _Pending:
    """An article analysed and prepared outside the write lock, waiting to be stored."""

    article: ArticleInput
    analysis: Analysis
    key: tuple[str, str | None]
    segments: list[Segment]
    # The title's terms, counted once for segmenting and linking.
    title_terms: Counter[str]
    shingles: set[int]
    bands: list[int | None]
    result: IngestResult


@dataclass(slots=True)
class _Batch:
    """What a batch stored so far, kept in memory so later articles of it need not read it back."""

    # The link index as this batch changed it (read once at its start, written at each flush).
    index: BatchIndex
    # The id the next article of the batch gets (SQLite's own choice: the largest id plus one).
    next_article: int
    # Articles of this batch by content hash and normalised URL, the first of each kept.
    by_hash: dict[str, int] = field(default_factory=dict)
    by_url: dict[str, int] = field(default_factory=dict)
    # Originals (not copies) stored by this batch: their shingles, and who holds each sketch band.
    shingles: dict[int, set[int]] = field(default_factory=dict)
    holders: dict[int, list[int]] = field(default_factory=dict)
    # Writes nothing on the usual path reads back, each batched into one statement: articles,
    # items, links (development, article, score, terms, primary), item owners (development,
    # article, seq) and events.
    articles: list[ArticleRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    links: list[tuple[int, int, float, list[str], bool]] = field(default_factory=list)
    assigned: list[tuple[int, int, int]] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    # Developments this batch grew (not opened): the actor spellings and keywords to fold into
    # what they hold, at the next flush.
    profiles: dict[int, tuple[list[str], set[str]]] = field(default_factory=dict)

    def grow_profile(self, development_id: int, spellings: Sequence[str], keywords: Iterable[str]) -> None:
        """Hold an article's actor spellings and keywords for a development it grew."""
        held_spellings, held_keywords = self.profiles.setdefault(development_id, ([], set()))
        held_spellings.extend(s for s in spellings if s not in held_spellings)
        held_keywords.update(keywords)

    def stored_as(self, digest: str, url_norm: str | None) -> int | None:
        """Return the article of this batch with the same content or URL, if any."""
        return self.by_hash.get(digest) or (self.by_url.get(url_norm) if url_norm is not None else None)

    def add_article(self, job: _Pending, now: datetime) -> int:
        """Give an article its id and hold its row for the next flush."""
        article_id = self.next_article
        self.next_article += 1
        digest, url_norm = job.key
        self.by_hash.setdefault(digest, article_id)
        if url_norm is not None:
            self.by_url.setdefault(url_norm, article_id)
        self.articles.append(article_row(article_id, job.article, job.analysis, digest, url_norm, now))
        return article_id

    def add_original(self, job: _Pending, article_id: int) -> None:
        """Remember an original this batch stored, for the copy check of the ones after it."""
        self.shingles[article_id] = job.shingles
        for value in job.bands:
            if value is not None:
                self.holders.setdefault(value, []).append(article_id)


_CHANGE_STATUS = {
    ChangeKind.EXTEND: DeadlineStatus.EXTENDED,
    ChangeKind.MEET: DeadlineStatus.MET,
    ChangeKind.BREAK: DeadlineStatus.BROKEN,
    ChangeKind.CANCEL: DeadlineStatus.CANCELLED,
}


def _already_moved(deadline: Deadline, new_due_at: datetime, done: set[int]) -> bool:
    """Tell whether an extension to `new_due_at` is already on record for this deadline."""
    return (
        deadline.id not in done
        and deadline.status is DeadlineStatus.EXTENDED
        and deadline.due_at == new_due_at
    )


def _told_again(
    change: DeadlineChange, new_due: date | datetime | None, later: Sequence[DeadlineStep]
) -> bool:
    """Tell whether later steps of a deadline already record what a change says."""
    status = _CHANGE_STATUS[change.kind]
    moved_to = new_due.isoformat() if new_due is not None else None
    return any(
        step.status is status and (change.kind is not ChangeKind.EXTEND or step.due == moved_to)
        for step in later
    )


class IngestService:
    """The pipeline ingest -> analyse -> link -> store, one article at a time."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        timezone: str = "UTC",
        default_language: str = "en",
        observers: list[DeadlineObserver] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._timezone = timezone
        self._default_language = default_language
        # Shared with the app: the scheduling layer registers itself after start-up.
        self.observers: list[DeadlineObserver] = observers if observers is not None else []
        self._last_sweep: datetime | None = None  # when held changes were last checked for lapsing

    async def ingest(self, article: ArticleInput, *, analysis: Analysis | None = None) -> IngestResult:
        """Add one article; a duplicate adds nothing and says which article it repeats.

        `analysis` lets a caller that already has one (the linking evaluation) skip the analyser.
        """
        return (await self.ingest_many([article], analyses=[analysis]))[0]

    async def ingest_many(
        self,
        articles: Sequence[ArticleInput],
        *,
        analyses: Sequence[Analysis | None] | None = None,
        then: Callable[[list[IngestResult]], Awaitable[None]] | None = None,
        skip_errors: bool = False,
    ) -> list[IngestResult]:
        """Add articles in order, in one transaction; one result per article.

        A feed document's new entries go in together: one duplicate look-up for all, one
        commit, observers told after it. `then` runs inside the same transaction with the
        results (the feed service records its entries there), so a crash keeps both or neither.
        An article sitrep cannot take (no text, an unsupported language) refuses the whole batch
        before anything is written, or with `skip_errors` gets a result saying why, and the
        others go in.
        """
        refused: dict[int, str] = {}
        for index, article in enumerate(articles):
            try:
                check_article(article)
            except SitrepError as exc:
                if not skip_errors:
                    raise
                refused[index] = str(exc)
        if analyses is not None and len(analyses) != len(articles):
            raise ValueError("one analysis (or None) per article")
        now = self._clock.now()
        keys = [(content_hash(a.text or ""), normalise_url(a.url)) for a in articles]
        known = await self._store.articles.find_duplicates(keys)
        results: list[IngestResult] = []
        pending: list[_Pending] = []
        for index, article in enumerate(articles):
            if index in refused:
                results.append(IngestResult(article.title, article.lang, error=refused[index]))
                continue
            if known[index] is not None:
                results.append(IngestResult(article.title, article.lang, duplicate_of=known[index]))
                continue
            analysis = analyses[index] if analyses is not None else None
            if analysis is None:
                try:
                    analysis = self._analyze(article, now)
                except SitrepError as exc:
                    if not skip_errors:
                        raise
                    results.append(IngestResult(article.title, article.lang, error=str(exc)))
                    continue
            result = IngestResult(article.title, analysis.language)
            results.append(result)
            # Pure work first, outside the write lock.
            own_shingles = shingles(article.text)
            title_terms, segments = index_terms(analysis, article.text, article.title)
            pending.append(
                _Pending(
                    article,
                    analysis,
                    keys[index],
                    segments,
                    title_terms,
                    own_shingles,
                    band_hashes(own_shingles),
                    result,
                )
            )
        if pending or then is not None:
            async with self._store.transaction():
                if pending:
                    await self._store_batch(pending, now)
                if then is not None:
                    await then(results)
        for result in results:
            await self._notify(result.touched_deadlines)
        return results

    def _analyze(self, article: ArticleInput, now: datetime) -> Analysis:
        """Analyse an article's text in its language (pure work, before the write lock)."""
        # A short paste may not say which language it is in: then the configured one applies.
        language = article.lang or detect_language(article.text) or self._default_language
        return analyze(article.text, published=article.published, lang=language, now=now)

    async def _store_batch(self, pending: list[_Pending], now: datetime) -> None:
        """Store and link a batch's articles in order (inside its transaction), then write it all.

        Under the write lock, a few reads for the whole batch: articles stored since the
        duplicate look-up (by a concurrent ingest), the stored originals each article shares
        sketch bands with and the next article id (one hop to the database thread), and the link
        index; the batch's own articles are found in memory.
        """
        await self._lapse_held(now)
        stored_meanwhile, matches, next_article = await self._store.links.batch_reads(
            [job.key for job in pending], [job.bands for job in pending]
        )
        terms = {t for job in pending for t in job.title_terms}
        terms.update(t for job in pending for s in job.segments for t in s.terms)
        index = await self._store.links.open_batch(terms, sum(len(job.segments) for job in pending))
        batch = _Batch(index, next_article)
        for job, shared, meanwhile in zip(pending, matches, stored_meanwhile, strict=True):
            await self._store_one(job, now, shared, batch, meanwhile)
        await self._flush(batch, now)
        # Bands are read only at a batch's start (this batch's own are compared in memory).
        await self._store.links.add_bands_many(
            [(job.result.article_id, job.bands) for job in pending if job.result.article_id is not None]
        )

    async def _store_one(
        self,
        job: _Pending,
        now: datetime,
        shared: dict[int, int],
        batch: _Batch,
        stored_meanwhile: int | None,
    ) -> None:
        """Store one article and link it (inside the batch's transaction).

        `shared` counts the sketch bands each stored original shares with the article; `batch`
        holds what this batch stored before it (found in memory, not read back).
        """
        result = job.result
        duplicate_of = stored_meanwhile or batch.stored_as(*job.key)
        if duplicate_of is not None:  # stored by a concurrent ingest, or earlier in this batch
            result.duplicate_of = duplicate_of
            return
        article_id = batch.add_article(job, now)
        result.article_id = article_id
        batch.items.extend(item_rows(article_id, job.analysis))
        # Syndicated copies differ in headline and a sentence or two: stored, linked, counted once.
        original = await self._find_copy(job, shared, batch)
        if original is not None:
            await self._flush(batch, now)  # the original may be this batch's: its links are read
            await self._link_copy(article_id, original, now, result)
        else:
            batch.add_original(job, article_id)
            await self._link(article_id, job, now, result, batch)

    async def _flush(self, batch: _Batch, now: datetime) -> None:
        """Write the batch's held rows, before anything reads them (articles and developments first)."""
        if batch.articles:
            await self._store.articles.add_rows(batch.articles)
            batch.articles.clear()
        await batch.index.flush()
        if batch.profiles:  # after the developments this batch opened are written
            await self._grow_profiles(batch.profiles, now)
            batch.profiles.clear()
        if batch.items:
            await self._store.articles.add_items(batch.items)
            batch.items.clear()
        if batch.links:
            await self._store.developments.link_articles(batch.links, now)
            batch.links.clear()
        if batch.assigned:
            await self._store.articles.assign_items_many(batch.assigned)
            batch.assigned.clear()
        if batch.events:
            await self._store.articles.add_event_rows(batch.events)
            batch.events.clear()

    async def _lapse_held(self, now: datetime) -> None:
        """Stop waiting for the deadlines of changes held longer than `HOLD_WINDOW` (kept, marked lapsed)."""
        last = self._last_sweep
        if last is not None and last <= now < last + LAPSE_SWEEP_EVERY:
            return
        self._last_sweep = now
        for held in await self._store.deadlines.lapse_held(now - HOLD_WINDOW, now):
            log.info(
                "held change %d lapsed: %s %r (article %d, development %d) found no deadline since %s",
                held.id,
                held.change.kind.value,
                held.change.evidence,
                held.article_id,
                held.development_id,
                held.held_at.isoformat(),
            )

    async def _grow_profiles(self, grown: dict[int, tuple[list[str], set[str]]], now: datetime) -> None:
        """Fold the batch's actor spellings and keywords into what the developments hold."""
        held = await self._store.developments.profiles(sorted(grown))
        profiles = {
            dev_id: (merge_actors(actors, grown[dev_id][0]), keywords | grown[dev_id][1])
            for dev_id, (actors, keywords) in held.items()
        }
        await self._store.developments.update_profiles(profiles, now)

    async def _notify(self, touched: list[tuple[int, datetime | None]]) -> None:
        """Tell observers of new and changed deadlines, with the due instant before the change."""
        for deadline_id, old_due_at in touched:
            deadline = await self._store.deadlines.get(deadline_id)
            if deadline is not None:
                for observer in self.observers:
                    await observer.deadline_changed(deadline, old_due_at)

    async def _find_copy(self, job: _Pending, shared: dict[int, int], batch: _Batch) -> int | None:
        """Return the stored original this text copies, checked on the candidates' own words."""
        counts = dict(shared)
        for value in job.bands:
            if value is not None:
                for earlier in batch.holders.get(value, ()):
                    counts[earlier] = counts.get(earlier, 0) + 1
        # Two shared bands make a candidate; the most shared first, at most COPY_CANDIDATES of them.
        ranked = sorted((c for c, n in counts.items() if n >= 2), key=lambda c: (-counts[c], c))
        for candidate in ranked[:COPY_CANDIDATES]:
            other = batch.shingles.get(candidate)
            if other is None:
                text = await self._store.links.article_text(candidate)
                other = shingles(text) if text is not None else None
            if other is not None and is_copy(job.shingles, other):
                return candidate
        return None

    async def _link_copy(self, article_id: int, original: int, now: datetime, result: IngestResult) -> None:
        """Link a syndicated copy where its original went; its items and deadlines are not repeated."""
        await self._store.links.mark_copy(article_id, original)
        result.copy_of = original
        primary = await self._store.developments.primary_of(original)
        for dev_id in await self._store.developments.developments_of_article(original):
            dev = await self._store.developments.get(dev_id)
            if dev is None:
                continue
            await self._store.developments.link_article(
                dev.id, article_id, 1.0, now, primary=dev.id == primary
            )
            result.developments.append(LinkedDevelopment(dev.id, dev.title, False))

    async def _link(
        self,
        article_id: int,
        job: _Pending,
        now: datetime,
        result: IngestResult,
        batch: _Batch,
    ) -> None:
        """Join each segment of the article to its development, then apply its deadlines and changes.

        `batch.index` holds the link index as the batch's earlier articles left it; this
        article's terms and developments are added to it. Its links and item owners are held in
        `batch` too.
        """
        article, analysis, segments = job.article, job.analysis, job.segments
        when = analysis.published or now
        everything = document_terms(job.title_terms, segments)
        stats = batch.index.term_stats(everything)
        candidates_of = [batch.index.candidates(segment.terms, stats) for segment in segments]
        known_titles = {c.development_id: c.title for found in candidates_of for c in found}
        titles = [
            make_title(analysis, article.title if i == 0 else None, seg if i > 0 else None)
            for i, seg in enumerate(segments)
        ]
        # Without a publication date the article's age is unknown: no time decay, rather than
        # treating a late-read report of an old story as news about nothing.
        assignments = link_segments(segments, candidates_of, stats, analysis.published, titles)
        owner: dict[int, int] = {}
        dev_of_assignment: list[int] = []
        phased: set[int] = set()
        for assignment in assignments:
            headline = article.title if assignment.primary else None
            dev_id, phase = await self._attach(
                article_id, analysis, assignment, headline, when, now, result, known_titles, batch
            )
            dev_of_assignment.append(dev_id)
            if phase is not None:
                phased.add(dev_id)
            for index in assignment.item_indexes:
                owner[index] = dev_id
        batch.index.count_document(everything)
        if not dev_of_assignment:
            return
        primary = dev_of_assignment[0]
        # Only a named statement can confirm a claim, and only an open one: read the stored
        # items back (for their ids) only then.
        stored: list[StoredItem] | None = None
        for dev_id in dict.fromkeys(dev_of_assignment):
            seqs = [
                seq
                for seq, item in enumerate(analysis.items)
                if owner.get(seq) == dev_id and item.label is Label.STATEMENT and item.speaker
            ]
            if not seqs:
                continue
            await self._flush(batch, now)  # item owners are read back, this article's and earlier ones'
            claims = await self._store.timeline.open_claims(dev_id, before_article=article_id)
            if not claims:
                continue
            if stored is None:
                stored = await self._store.articles.items_of_article(article_id)
            await self._confirm_claims(claims, [stored[seq] for seq in seqs])
        self._add_events(article_id, analysis, owner, primary, batch)
        if analysis.changes or analysis.deadlines or phased:
            await self._flush(batch, now)  # deadlines point at this batch's rows; a status reads the phase
        applied = await self._apply_changes(
            article.text, article_id, analysis, owner, primary, when, now, result
        )
        added = await self._add_deadlines(article_id, analysis, owner, primary, applied, now, result)
        if added:
            # The article's own changes were told with its deadlines; changes held from later
            # articles were told after them.
            # Read (only when a change may need them) before any change moves them.
            first_dues = await self._first_dues(added) if applied.unplaced else None
            if first_dues is not None:
                await self._place_on_own(
                    article_id, applied, added, first_dues, when, analysis.published, now, result
                )
            await self._apply_held(analysis.published, added, first_dues, now, result)
        await self._hold_unplaced(article_id, applied, when, now)
        for dev_id in dict.fromkeys(d for d in dev_of_assignment if d in phased):
            # The phase may have moved with this article's words, not only with its deadlines (a
            # deadline's change refreshes the status itself; no phase, no deadline: nothing moved).
            await self._store.deadlines.refresh_status(dev_id)

    async def _attach(
        self,
        article_id: int,
        analysis: Analysis,
        assignment: Assignment,
        headline: str | None,
        when: datetime,
        now: datetime,
        result: IngestResult,
        known_titles: dict[int, str | None],
        batch: _Batch,
    ) -> tuple[int, str | None]:
        """Create or grow one development with an assignment's items and terms; return it and its phase.

        `headline` is the article's title when this assignment carries it (the primary one): its
        names count among the development's actors, as the text writes them.
        """
        dev_id = assignment.development_id
        created = dev_id is None
        phase = phase_of(analysis.items[i] for i in assignment.item_indexes)
        texts = [
            *([headline] if headline else []),
            *(analysis.items[i].text for i in assignment.item_indexes),
        ]
        # Where linking found each item's terms (a comment's, none: linking does not read it);
        # the headline's are looked for here.
        written = [
            *([None] if headline else []),
            *(assignment.written.get(i, ()) for i in assignment.item_indexes),
        ]
        spellings = actor_spellings(assignment.terms, texts, written=written)
        keywords = frozenset(t[2:] for t in assignment.terms if t.startswith("c:"))
        if dev_id is not None:
            batch.grow_profile(dev_id, spellings, keywords)
        else:
            dev_id = batch.index.create(
                NewDevelopment(
                    None,
                    title=assignment.title,
                    language=analysis.language,
                    actors=merge_actors((), spellings),
                    keywords=keywords,
                    status="open",
                    now=now,
                    first_article_at=when,
                    phase=phase,
                )
            )
        terms = sorted(assignment.terms)
        batch.links.append((dev_id, article_id, assignment.score, terms, assignment.primary))
        batch.index.add_terms(dev_id, terms)
        if not created:
            batch.index.touch(dev_id, when=when, phase=phase, now=now)
        batch.assigned.extend((dev_id, article_id, seq) for seq in assignment.item_indexes)
        title = assignment.title if created else known_titles.get(dev_id)
        if title is None:  # not among the candidates read: look it up (never on the usual path)
            await self._flush(batch, now)
            dev = await self._store.developments.get(dev_id)
            title = dev.title if dev else assignment.title
        result.developments.append(LinkedDevelopment(dev_id, title, created))
        return dev_id, phase

    async def _confirm_claims(self, claims: list[ClaimRow], statements: list[StoredItem]) -> None:
        """Mark earlier unnamed claims that a named statement of this article confirms or denies."""
        for claim in claims:
            for statement in statements:
                verdict = confirmation(claim.text, statement.item.text, load_lexicon())
                if verdict is not None:
                    await self._store.timeline.resolve_claim(
                        claim.id, statement.id, denied=verdict == "denied"
                    )
                    break

    def _development_at(self, analysis: Analysis, offset: int, owner: dict[int, int], primary: int) -> int:
        """Return the development of the item holding a character offset (the lead's when none)."""
        best: int | None = None
        for index, item in enumerate(analysis.items):
            if item.start <= offset:
                best = index
            if item.start <= offset < item.end:
                break
        return owner.get(best, primary) if best is not None else primary

    def _add_events(
        self, article_id: int, analysis: Analysis, owner: dict[int, int], primary: int, batch: _Batch
    ) -> None:
        """Hold the article's events, each under the development of the item it falls in."""
        by_dev: dict[int, list[int]] = {}
        for index, event in enumerate(analysis.events):
            by_dev.setdefault(self._development_at(analysis, event.start, owner, primary), []).append(index)
        for dev_id, indexes in by_dev.items():
            subset = Analysis(
                analysis.language, analysis.published, (), events=tuple(analysis.events[i] for i in indexes)
            )
            batch.events.extend(event_rows(article_id, dev_id, subset))

    async def _apply_changes(
        self,
        text: str,
        article_id: int,
        analysis: Analysis,
        owner: dict[int, int],
        primary: int,
        when: datetime,
        now: datetime,
        result: IngestResult,
    ) -> ChangesApplied:
        """Extend, meet, break or cancel the deadline of the same development each change speaks of.

        Returns what the article's own deadline mentions need to know (`ChangesApplied`): the
        new due instants of extensions, and the extensions of deadlines not held yet.
        """
        applied = ChangesApplied()
        done: set[int] = set()
        extended_here: set[int] = set()
        own_dues = {due_instant(m.due, self._timezone) for m in analysis.deadlines}
        for change in analysis.changes:
            dev_id = self._development_at(analysis, change.start, owner, primary)
            candidates = [dev_id, *(d for d in dict.fromkeys(owner.values()) if d != dev_id)]
            new_due = change.new_due if change.kind is ChangeKind.EXTEND else None
            if change.kind is ChangeKind.EXTEND and new_due is None:
                new_due = self._implied_new_due(analysis, change, owner, primary)
            new_due_at = due_instant(new_due, self._timezone) if new_due is not None else None
            context = self._context(analysis, change.start)
            near = text[max(0, change.start - NEAR_CHARS) : change.end + NEAR_CHARS]
            for candidate_dev in candidates:
                deadlines = await self._store.deadlines.of_development(candidate_dev)
                deadlines.sort(key=lambda d: d.id)
                restated = next(
                    (d for d in deadlines if new_due_at is not None and _already_moved(d, new_due_at, done)),
                    None,
                )
                if restated is not None:
                    # A later report of an extension already applied ("had extended … to Friday").
                    done.add(restated.id)
                    applied.moved_to.add(restated.due_at)
                    result.changes_restated += 1
                    break
                target = pick_deadline(
                    change,
                    context,
                    deadlines,
                    when=when,
                    new_due_at=new_due_at,
                    new_due_has_time=isinstance(new_due, datetime) if new_due is not None else None,
                    near=near,
                    exclude=done,
                )
                if target is None and new_due_at is not None and new_due_at not in own_dues:
                    # "pushed back twice, first to Monday and then to Wednesday": a second move of
                    # a deadline this article moved already (a new date the article tracks as a
                    # deadline of its own is an extension told first, see `first_told`).
                    target = pick_deadline(
                        change,
                        context,
                        deadlines,
                        when=when,
                        new_due_at=new_due_at,
                        near=near,
                        exclude=done - extended_here,
                    )
                if target is None:
                    continue
                new_due_at = await self._change_deadline(target, change, new_due, article_id, now, result)
                done.add(target.id)
                if change.kind is ChangeKind.EXTEND:
                    extended_here.add(target.id)
                if new_due_at is not None:
                    applied.moved_to.add(new_due_at)
                break
            else:
                replayed = await self._replay_before_later_news(
                    change, context, near, candidates, new_due, when, article_id, done, now, result
                )
                if replayed is not None:
                    done.add(replayed)
                    if new_due_at is not None:
                        applied.moved_to.add(new_due_at)
                    continue
                if change.kind is ChangeKind.EXTEND and new_due_at is not None:
                    assert new_due is not None  # an extension's new due instant comes from it
                    applied.first_told.setdefault(new_due_at, (dev_id, change, new_due))
                if new_due is not None and change.new_due is None:
                    change = replace(change, new_due=new_due)  # the date read beside it, kept with it
                applied.unplaced.append((dev_id, change, context, near))
        return applied

    async def _replay_before_later_news(
        self,
        change: DeadlineChange,
        context: str,
        near: str,
        candidates: list[int],
        new_due: date | datetime | None,
        when: datetime,
        article_id: int,
        done: set[int],
        now: datetime,
        result: IngestResult,
    ) -> int | None:
        """Apply a change that arrived after later news of its deadline, in the order they were told.

        "Extended to April 3" published on the 17th, read after "met" of the 19th already applied:
        the deadline goes back to how it stood on the 17th, takes the extension, and the later
        steps apply again on top (met, now on April 3). Returns the deadline changed, if any.
        """
        new_due_at = due_instant(new_due, self._timezone) if new_due is not None else None
        for dev_id in candidates:
            then: dict[int, tuple[Deadline, list[DeadlineStep]]] = {}
            for deadline in sorted(await self._store.deadlines.of_development(dev_id), key=lambda d: d.id):
                if deadline.id in done:
                    continue
                told = as_told(deadline, await self._store.deadlines.steps(deadline.id), when, self._timezone)
                if told is not None:
                    then[deadline.id] = told
            if not then:
                continue
            target = pick_deadline(
                change,
                context,
                [state for state, _ in then.values()],
                when=when,
                new_due_at=new_due_at,
                new_due_has_time=isinstance(new_due, datetime) if new_due is not None else None,
                near=near,
            )
            if target is None:
                continue
            later = then[target.id][1]
            if _told_again(change, new_due, later):
                # The later news already says so ("met", reported again by an older article).
                result.changes_restated += 1
                return target.id
            before = await self._store.deadlines.get(target.id)
            undone = await self._store.deadlines.rewind(target.id, target, later)
            await self._change_deadline(target, change, new_due, article_id, now, result)
            await self._store.deadlines.replay(target.id, undone, self._timezone, now)
            if before is not None:  # observers compare with the due time before all of it
                result.touched_deadlines[-1] = (target.id, before.due_at)
            log.info(
                "deadline %d: %s %r told before %d later step(s) already applied; replayed in order",
                target.id,
                change.kind.value,
                change.evidence,
                len(undone),
            )
            return target.id
        return None

    async def _change_deadline(
        self,
        target: Deadline,
        change: DeadlineChange,
        new_due: date | datetime | None,
        article_id: int,
        now: datetime,
        result: IngestResult,
    ) -> datetime | None:
        """Extend, meet, break or cancel one deadline with a change's evidence; return its new due instant."""
        new_due_at = due_instant(new_due, self._timezone) if new_due is not None else None
        if change.kind is ChangeKind.EXTEND and new_due is None:
            # "amplían 48 horas" with no new date: the length counts from the old due time.
            length = extension_length(change.evidence)
            if length is not None:
                new_due_at = target.due_at + length
                new_due = new_due_at
        await self._store.deadlines.change(
            target.id,
            status=_CHANGE_STATUS[change.kind],
            now=now,
            article_id=article_id,
            evidence=change.evidence,
            due=new_due.isoformat() if new_due is not None else None,
            due_at=new_due_at,
            span=(change.start, change.end),
        )
        result.deadlines_changed += 1
        result.touched_deadlines.append((target.id, target.due_at))
        return new_due_at

    async def _first_dues(self, added: dict[int, set[int]]) -> dict[int, datetime]:
        """Return the due instants of the deadlines an article just added, by deadline id."""
        return {
            d.id: d.due_at
            for dev_id in sorted(added)
            for d in await self._store.deadlines.of_development(dev_id)
            if d.id in added[dev_id]
        }

    async def _place_on_own(
        self,
        article_id: int,
        applied: ChangesApplied,
        added: dict[int, set[int]],
        first_dues: dict[int, datetime],
        when: datetime,
        published: datetime | None,
        now: datetime,
        result: IngestResult,
    ) -> None:
        """Place the article's unplaced changes on the deadlines it just added, when sure enough.

        "Bids were due by March 20 … meeting its deadline": the change speaks of its own article's
        deadline, which was not known when the changes were tried. A deadline of the article that
        does not fit (a meeting told six weeks before the due date) leaves the change held. An
        undated article's timing says nothing (it is read, not told, now): its words decide.
        """
        still: list[tuple[int, DeadlineChange, str, str]] = []
        done: set[int] = set()
        dated = published is not None
        for dev_id, change, context, near in applied.unplaced:
            fresh = added.get(dev_id)
            moves_to = due_instant(change.new_due, self._timezone) if change.new_due is not None else None
            if not fresh or self._taken_extension(change, applied):
                still.append((dev_id, change, context, near))
                continue
            deadlines = [d for d in await self._store.deadlines.of_development(dev_id) if d.id in fresh]
            deadlines.sort(key=lambda d: d.id)
            found = match_deadline(
                change,
                context,
                deadlines,
                when=when,
                new_due_at=moves_to,
                new_due_has_time=isinstance(change.new_due, datetime) if change.new_due is not None else None,
                near=near,
                exclude=done,
                same_article=fresh,
                first_dues=first_dues,
                strict=True,
                timed=dated,
            )
            if found is None:
                still.append((dev_id, change, context, near))
                continue
            await self._change_deadline(found.deadline, change, change.new_due, article_id, now, result)
            done.add(found.deadline.id)
        applied.unplaced = still

    def _taken_extension(self, change: DeadlineChange, applied: ChangesApplied) -> bool:
        """Tell an extension whose new due the article's own deadline already took (told first)."""
        if change.kind is not ChangeKind.EXTEND or change.new_due is None:
            return False
        return due_instant(change.new_due, self._timezone) in applied.taken

    async def _hold_unplaced(
        self, article_id: int, applied: ChangesApplied, when: datetime, now: datetime
    ) -> None:
        """Hold the article's changes that found no deadline, for the deadline a later arrival brings.

        An extension told first that the article's own deadline at its new date took is placed.
        """
        for dev_id, change, context, near in applied.unplaced:
            if self._taken_extension(change, applied):
                continue
            await self._store.deadlines.hold_change(
                development_id=dev_id,
                article_id=article_id,
                change=change,
                context=context,
                near=near,
                told_at=when,
                now=now,
            )

    async def _apply_held(
        self,
        published: datetime | None,
        added: dict[int, set[int]],
        first_dues: dict[int, datetime] | None,
        now: datetime,
        result: IngestResult,
    ) -> None:
        """Apply the changes held for the deadlines an article just added, as if it had come first.

        An undated article, or one a feed delivers late, may bring the deadline an earlier
        arrival's change spoke of ("met within the ten-day deadline"). A deadline published after
        the change was told is another one: the change cannot have spoken of it; nor is one whose
        due time does not fit when the change was told, or that it does not match surely enough
        (`match_deadline`'s strict choice): the change waits on, until it lapses. Each held change
        applies once (it is deleted in the same transaction), so a restart never applies it twice.
        """
        done: dict[int, set[int]] = {}  # per article that told the changes: deadlines they changed
        waiting = await self._store.deadlines.held_changes(sorted(added))
        if waiting and first_dues is None:
            first_dues = await self._first_dues(added)  # the article's own changes moved none
        for held in waiting:
            if published is not None and published > held.told_at:
                continue
            fresh = added[held.development_id]
            known = await self._store.deadlines.of_development(held.development_id)
            deadlines = [d for d in known if d.id in fresh]
            deadlines.sort(key=lambda d: d.id)
            change = held.change
            new_due = change.new_due
            found = match_deadline(
                change,
                held.context,
                deadlines,
                when=held.told_at,
                new_due_at=due_instant(new_due, self._timezone) if new_due is not None else None,
                new_due_has_time=isinstance(new_due, datetime) if new_due is not None else None,
                near=held.near,
                exclude=done.get(held.article_id, ()),
                first_dues=first_dues,
                strict=True,
                timed=held.dated,
            )
            if found is None:
                continue
            await self._change_deadline(found.deadline, change, new_due, held.article_id, now, result)
            await self._store.deadlines.release_change(held.id)
            done.setdefault(held.article_id, set()).add(found.deadline.id)

    def _implied_new_due(
        self, analysis: Analysis, change: DeadlineChange, owner: dict[int, int], primary: int
    ) -> date | datetime | None:
        """Take an extension's new date from the article's nearest deadline mention, when it gives none.

        A mention in the change's own sentence wins ("extended to Oct. 24"); else the closest one.
        """
        dev_id = self._development_at(analysis, change.start, owner, primary)
        sentence = next((i for i in analysis.items if i.start <= change.start < i.end), None)
        mentions = [
            m for m in analysis.deadlines if self._development_at(analysis, m.start, owner, primary) == dev_id
        ]
        if not mentions:
            return None

        def rank(m: DeadlineMention) -> tuple[bool, int]:
            inside = sentence is not None and sentence.start <= m.start < sentence.end
            return (not inside, abs(m.start - change.start))

        return min(mentions, key=rank).due

    def _context(self, analysis: Analysis, offset: int) -> str:
        for item in analysis.items:
            if item.start <= offset < item.end:
                return item.text
        return ""

    async def _superseded(self, known: Sequence[Deadline]) -> set[datetime]:
        """Return the due instants that extensions moved the development's deadlines away from."""
        moved: set[datetime] = set()
        for deadline in known:
            if deadline.status is not DeadlineStatus.EXTENDED:
                continue
            for change in await self._store.deadlines.history(deadline.id):
                old_due = change["old_due"]
                if old_due and old_due != change["new_due"]:
                    moved.add(due_instant(parse_due(old_due), self._timezone))
        return moved

    async def _add_deadlines(
        self,
        article_id: int,
        analysis: Analysis,
        owner: dict[int, int],
        primary: int,
        applied: ChangesApplied,
        now: datetime,
        result: IngestResult,
    ) -> dict[int, set[int]]:
        """Track the article's deadlines, unless one restates a deadline already open (or just moved).

        A pending deadline at the new date of an extension told here first (`applied.first_told`),
        found or just added, is recorded as extended, with the extension's evidence. Returns the
        deadlines added, by development.
        """
        added_to: dict[int, set[int]] = {}
        # Adding pending deadlines never changes which due times extensions moved away from,
        # so each development's history is read once per article, not once per mention.
        superseded: dict[int, set[datetime]] = {}
        for mention in analysis.deadlines:
            dev_id = self._development_at(analysis, mention.start, owner, primary)
            due_at = due_instant(mention.due, self._timezone)
            if due_at in applied.moved_to:
                continue
            known = await self._store.deadlines.of_development(dev_id)
            same = [
                d
                for d in known
                if d.due_at == due_at and d.status in (DeadlineStatus.PENDING, DeadlineStatus.EXTENDED)
            ]
            if same:
                if same[0].status is not DeadlineStatus.PENDING:
                    continue
                deadline_id = same[0].id
            else:
                added = await self._add_deadline(article_id, dev_id, mention, due_at, known, superseded, now)
                if added is None:
                    continue
                result.deadlines_added += 1
                result.touched_deadlines.append((added, None))
                added_to.setdefault(dev_id, set()).add(added)
                deadline_id = added
            extension = applied.take_first_told(dev_id, due_at, mention.due)
            if extension is not None:
                await self._store.deadlines.change(
                    deadline_id,
                    status=DeadlineStatus.EXTENDED,
                    now=now,
                    article_id=article_id,
                    evidence=extension.evidence,
                    span=(extension.start, extension.end),
                )
                result.deadlines_changed += 1
        return added_to

    async def _add_deadline(
        self,
        article_id: int,
        dev_id: int,
        mention: DeadlineMention,
        due_at: datetime,
        known: Sequence[Deadline],
        superseded: dict[int, set[datetime]],
        now: datetime,
    ) -> int | None:
        """Add a mention as a new pending deadline; None if not added (moved away from, or stored).

        `superseded` caches, per development, the due instants extensions moved away from.
        """
        if dev_id not in superseded:
            superseded[dev_id] = await self._superseded(known)
        if due_at in superseded[dev_id]:
            return None  # "was due to end today", said of a deadline since extended: no new one
        return await self._store.deadlines.add(
            development_id=dev_id,
            article_id=article_id,
            what=mention.what,
            due=mention.due.isoformat(),
            due_at=due_at,
            evidence=mention.evidence,
            condition=mention.condition,
            speaker=mention.speaker,
            now=now,
            span=(mention.start, mention.end),
        )
