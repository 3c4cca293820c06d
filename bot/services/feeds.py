"""Feed subscriptions, polling with health and notices, and URL ingest (implements FeedCommands)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.domain import feed_schedule
from bot.domain.feed_entries import Change, EntryKey, EntryMatch, match_entries, reused_guids
from bot.domain.models import ArticleInput
from bot.errors import DeliveryError, InputError, SitrepError
from bot.feeds.extract import extract_article
from bot.feeds.fetcher import (
    FEED_TYPES,
    FetchResult,
    HttpStatusError,
    NetworkError,
    SafeFetcher,
)
from bot.feeds.opml import Outline, read_opml, write_opml
from bot.feeds.parse import FeedEntry, ParsedFeed, parse_feed
from bot.ports import Clock, FeedView, Outbox, Post
from bot.services.ingest import IngestResult, IngestService
from bot.storage.feeds import FeedRecord, FeedRepo
from bot.storage.store import Store

if TYPE_CHECKING:
    from bot.feeds.session import FetchSession

log = logging.getLogger(__name__)

# `FeedService.list` shadows the builtin inside the class body.
FeedViews = list[FeedView]
Notifier = Callable[[str, Post], Awaitable[None]]
# An outage round is retried soon, but not hammered: 1, 2, 4 ... up to 15 minutes.
OUTAGE_RETRY_CAP_S = 900
# A content change note keeps the start of the new text, enough to see what changed.
NOTE_CHARS = 300


@dataclass(slots=True)
class FeedOutcome:
    """What one poll of one feed did."""

    feed_id: int
    url: str
    status: str  # "ok", "not-modified", "failed", "outage"
    added: int = 0
    duplicates: int = 0
    seen: int = 0
    changed: int = 0
    error: str | None = None
    network: bool = False
    http_status: int | None = None
    retry_after: str | None = None


@dataclass(slots=True)
class PollReport:
    """A polling round: each feed's outcome, and whether the network itself was down."""

    outcomes: list[FeedOutcome] = field(default_factory=list)
    outage: bool = False

    @property
    def added(self) -> int:
        """Return how many articles the round added."""
        return sum(o.added for o in self.outcomes)


def check_feed_url(url: str) -> str:
    """Accept only absolute http(s) URLs."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url!r} is not an http or https URL")
    return url


class FeedService:
    """Subscriptions per channel; polls feeds politely and says when one fails or recovers."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        ingest: IngestService,
        fetcher: SafeFetcher,
        *,
        interval_s: int = 900,
        notify: Notifier | None = None,
        notice_after: int = 3,
    ) -> None:
        self._store = store
        self._clock = clock
        self._ingest = ingest
        self._fetcher = fetcher
        self.repo = FeedRepo(store.conn)
        self.interval_s = interval_s
        self.notify = notify
        self.notice_after = notice_after
        self._host_limits: dict[str, asyncio.Semaphore] = {}
        self._outage_rounds = 0

    # --- FeedCommands ---

    async def add(
        self, channel_ref: str | None, url: str, *, backfill: int = 0, interval_s: int | None = None
    ) -> FeedView:
        """Subscribe a channel (or no channel, from the CLI) to a feed; its first poll posts nothing."""
        url = check_feed_url(url)
        # An address the guard refuses is refused now, not at the first poll.
        self._fetcher.guard.check_literal(urlsplit(url).hostname or "")
        if backfill < 0:
            raise InputError("backfill must be zero or more entries")
        if interval_s is not None and interval_s < feed_schedule.MIN_INTERVAL_S:
            raise InputError(f"the interval must be at least {feed_schedule.MIN_INTERVAL_S // 60} minute")
        now = self._clock.now()
        async with self._store.transaction():
            feed, created = await self.repo.add(
                url, interval_s=interval_s or self.interval_s, now=now, backfill=backfill
            )
            if not created and backfill:
                await self.repo.set_flags(feed.id, backfill=backfill, next_attempt=now)
            if channel_ref:
                channel_id = await self.repo.ensure_channel(channel_ref, now)
                await self.repo.subscribe(channel_id, feed.id)
        return await self._view(feed.id)

    async def list(self, channel_ref: str | None = None) -> list[FeedView]:
        """Return a channel's feeds (every feed when None) with their health."""
        return [await self._view(f.id, f) for f in await self.repo.all(channel_ref)]

    async def remove(self, channel_ref: str | None, feed_id: int) -> None:
        """Unsubscribe a channel; the feed itself goes when no channel is left (or channel is None)."""
        if await self.repo.get(feed_id) is None:
            raise InputError(f"there is no feed #{feed_id}")
        async with self._store.transaction():
            if channel_ref is not None:
                if not await self.repo.unsubscribe(channel_ref, feed_id):
                    raise InputError(f"{channel_ref} is not subscribed to feed #{feed_id}")
                if await self.repo.channels_of(feed_id):
                    return
            await self.repo.delete(feed_id)

    async def ingest_url(self, url: str) -> IngestResult:
        """Fetch one page safely, extract its article and ingest it."""
        page = await self._fetcher.fetch(check_feed_url(url))
        article = await asyncio.to_thread(extract_article, page)
        return await self._ingest.ingest(article)

    # --- more commands: backfill, OPML ---

    async def backfill(self, feed_id: int, count: int) -> FeedView:
        """Ingest the newest `count` entries the feed still lists, on its next poll (now)."""
        if count <= 0:
            raise InputError("backfill needs a positive number of entries")
        if await self.repo.get(feed_id) is None:
            raise InputError(f"there is no feed #{feed_id}")
        async with self._store.transaction():
            await self.repo.set_flags(feed_id, backfill=count, next_attempt=self._clock.now())
        return await self._view(feed_id)

    async def import_opml(self, data: bytes, channel_ref: str | None = None) -> FeedViews:
        """Subscribe to every feed an OPML file lists (existing ones are kept as they are)."""
        views: FeedViews = []
        for outline in read_opml(data):
            try:
                views.append(await self.add(channel_ref, outline.url))
            except InputError as exc:
                log.warning("OPML: skipped %s: %s", outline.url, exc)
        return views

    async def export_opml(self, channel_ref: str | None = None) -> str:
        """Return the subscriptions as OPML."""
        feeds = await self.repo.all(channel_ref)
        return write_opml([Outline(f.url, f.title, f.site_url) for f in feeds])

    # --- polling ---

    async def run(self, stop: asyncio.Event) -> None:
        """Poll due feeds until `stop` is set; one bad round never ends the loop."""
        while not stop.is_set():
            delay = 60.0
            try:
                await self.poll_due()
                nxt = await self.repo.next_due()
                if nxt is not None:
                    delay = (nxt - self._clock.now()).total_seconds()
            except Exception:
                log.exception("feed polling round failed; retrying in a minute")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=min(max(delay, 1.0), 60.0))

    async def poll_due(self, *, force: bool = False) -> PollReport:
        """Poll every feed that is due (every feed with `force`), concurrently per host limits."""
        now = self._clock.now()
        feeds = await self.repo.all() if force else await self.repo.due(now)
        if not feeds:
            return PollReport()
        async with self._fetcher.open() as session:
            outcomes = await asyncio.gather(*(self._poll_guarded(session, f) for f in feeds))
        return await self._conclude(feeds, list(outcomes))

    async def poll_feed(self, feed_id: int) -> FeedOutcome:
        """Poll one feed now (for `feed backfill` and tests)."""
        feed = await self.repo.get(feed_id)
        if feed is None:
            raise InputError(f"there is no feed #{feed_id}")
        async with self._fetcher.open() as session:
            outcome = await self._poll_guarded(session, feed)
        await self._conclude([feed], [outcome])
        return outcome

    async def _conclude(self, feeds: Sequence[FeedRecord], outcomes: Sequence[FeedOutcome]) -> PollReport:
        """Record a round's failures (or an outage) and announce failing and recovered feeds."""
        report = PollReport(outcomes=[*outcomes])
        failed = [o for o in outcomes if o.status == "failed"]
        # Every feed on several hosts unreachable at once: our network, not theirs. Once in an
        # outage, a round of one host that is still unreachable does not end it.
        hosts = {urlsplit(o.url).hostname for o in outcomes}
        unreachable = bool(outcomes) and len(failed) == len(outcomes) and all(o.network for o in failed)
        report.outage = unreachable and (len(hosts) >= 2 or self._outage_rounds > 0)
        if report.outage:
            await self._record_outage(feeds, failed)
            return report
        self._outage_rounds = 0
        by_id = {f.id: f for f in feeds}
        for outcome in outcomes:
            feed = by_id[outcome.feed_id]
            if outcome.status == "failed":
                await self._record_failure(feed, outcome)
            elif feed.failure_notified:
                await self._announce(feed, recovered=True, outcome=outcome)
        return report

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        limit = self._host_limits.get(host)
        if limit is None:
            limit = self._host_limits[host] = asyncio.Semaphore(self._fetcher.policy.per_host)
        return limit

    async def _poll_guarded(self, session: FetchSession, feed: FeedRecord) -> FeedOutcome:
        """Poll one feed; every failure becomes an outcome, never an exception."""
        try:
            async with self._host_limit(feed.url):
                result = await session.get(feed.url, accept=FEED_TYPES, headers=_conditional(feed))
            if result.status == 304:
                return await self._not_modified(feed, result)
            return await self._apply(feed, result)
        except HttpStatusError as exc:
            return FeedOutcome(
                feed.id,
                feed.url,
                "failed",
                error=str(exc),
                http_status=exc.status,
                retry_after=exc.retry_after,
            )
        except NetworkError as exc:
            return FeedOutcome(feed.id, feed.url, "failed", error=str(exc), network=True)
        except SitrepError as exc:
            return FeedOutcome(feed.id, feed.url, "failed", error=str(exc))
        except Exception as exc:  # a bug must cost one feed one poll, not the poller
            log.exception("feed %s: unexpected failure", feed.url)
            return FeedOutcome(
                feed.id, feed.url, "failed", error=f"internal error: {type(exc).__name__}: {exc}"
            )

    async def _not_modified(self, feed: FeedRecord, result: FetchResult) -> FeedOutcome:
        now = self._clock.now()
        nxt = feed_schedule.next_after_success(
            now, feed.interval_s, max_age_s=feed_schedule.max_age(result.headers.get("cache-control"))
        )
        async with self._store.transaction():
            await self.repo.record_success(
                feed.id,
                now=now,
                status=304,
                next_attempt=nxt,
                etag=result.headers.get("etag", feed.etag),
                last_modified=result.headers.get("last-modified", feed.last_modified),
            )
        return FeedOutcome(feed.id, feed.url, "not-modified", http_status=304)

    async def _apply(self, feed: FeedRecord, result: FetchResult) -> FeedOutcome:
        """Parse a fetched document and record its entries; new ones become articles once primed."""
        parsed = await asyncio.to_thread(parse_feed, result.body, feed.url, result.content_type)
        return await self.apply_document(feed, parsed, result.headers)

    async def apply_document(
        self, feed: FeedRecord, parsed: ParsedFeed, headers: dict[str, str] | None = None
    ) -> FeedOutcome:
        """Match a parsed document against what the feed showed before, then store the news."""
        headers = headers or {}
        now = self._clock.now()
        keys = [e.key for e in parsed.entries]
        known = await self.repo.known_entries(feed.id, keys)
        reused = reused_guids(keys)
        broken = bool(reused)
        verdicts = match_entries(
            keys, known, trust_guids=not (feed.guids_unreliable or broken), reused=reused
        )
        chosen = _to_ingest(parsed.entries, verdicts, primed=feed.primed, backfill=feed.backfill)
        batch = [(i, a) for i in chosen if (a := _entry_article(feed, parsed, parsed.entries[i])) is not None]
        outcome = FeedOutcome(feed.id, feed.url, "ok")
        nxt = feed_schedule.next_after_success(
            now,
            feed.interval_s,
            max_age_s=feed_schedule.max_age(headers.get("cache-control")),
            ttl_minutes=parsed.ttl_minutes,
        )

        async def record(results: list[IngestResult]) -> None:
            """Record the document's entries in the transaction that stored its articles."""
            articles: dict[int, int | None] = {}
            for (index, article), result in zip(batch, results, strict=True):
                if result.error is not None:
                    log.warning("feed %s: entry %s not ingested: %s", feed.url, article.url, result.error)
                    continue
                articles[index] = result.article_id or result.duplicate_of
                # A syndicated copy is stored and linked to its original but is one article, not two.
                outcome.added += result.article_id is not None and result.copy_of is None
                outcome.duplicates += result.duplicate_of is not None or result.copy_of is not None
            new_rows: list[tuple[EntryKey, int | None]] = []
            updates: list[tuple[int, EntryKey]] = []
            notes: list[tuple[int, Change]] = []
            linked: list[tuple[int, int]] = []
            for index, (entry, verdict) in enumerate(zip(parsed.entries, verdicts, strict=True)):
                if verdict.known is None:
                    new_rows.append((entry.key, articles.get(index)))
                    outcome.seen += 1
                    continue
                if verdict.repeated_in_document:
                    continue
                existing = verdict.known
                if _keys_moved(entry.key, verdict):
                    updates.append((existing.id, entry.key))
                if verdict.changes and existing.article_id is not None:
                    notes.extend((existing.article_id, _readable(c, entry)) for c in verdict.changes)
                    outcome.changed += 1
                new_article = articles.get(index)
                if new_article is not None and existing.article_id is None:
                    linked.append((existing.id, new_article))
            if new_rows:
                await self.repo.add_entries(feed.id, new_rows, now)
            if updates:
                await self.repo.update_entries(updates, now)
            if notes:
                await self.repo.add_changes(feed.id, notes, now)
            for entry_id, article_id in linked:
                await self.repo.set_entry_article(entry_id, article_id)
            await self.repo.record_document(
                feed.id,
                now=now,
                next_attempt=nxt,
                etag=headers.get("etag"),
                last_modified=headers.get("last-modified"),
                title=parsed.title,
                site_url=parsed.site_url,
                guids_unreliable=broken,
            )

        # One transaction per document: its new articles and its entries are stored together or
        # not at all, so a crash loses nothing committed and the next poll adds no duplicate.
        await self._ingest.ingest_many([a for _, a in batch], then=record, skip_errors=True)
        if parsed.warning:
            log.info("feed %s parsed with a warning: %s", feed.url, parsed.warning)
        return outcome

    async def _record_failure(self, feed: FeedRecord, outcome: FeedOutcome) -> None:
        now = self._clock.now()
        failures = feed.consecutive_failures + 1
        wait = feed_schedule.retry_after(outcome.retry_after, now)
        nxt = feed_schedule.next_after_failure(now, feed.interval_s, failures, retry_after_s=wait)
        error = outcome.error or "unknown error"
        async with self._store.transaction():
            await self.repo.record_failure(
                feed.id, now=now, error=error, failures=failures, next_attempt=nxt, status=outcome.http_status
            )
        log.warning("feed %s failed (%d in a row): %s", feed.url, failures, error)
        if failures >= self.notice_after and not feed.failure_notified:
            feed.consecutive_failures, feed.last_error, feed.next_attempt = failures, error, nxt
            await self._announce(feed, recovered=False, outcome=outcome)

    async def _record_outage(self, feeds: Sequence[FeedRecord], failed: Sequence[FeedOutcome]) -> None:
        """Every feed failed to connect: our network is down; the feeds are not to blame."""
        self._outage_rounds += 1
        now = self._clock.now()
        nxt = now + timedelta(seconds=min(60 * 2 ** (self._outage_rounds - 1), OUTAGE_RETRY_CAP_S))
        sample = failed[0].error if failed else ""
        log.warning("no feed could be reached (%d feeds): network outage? e.g. %s", len(feeds), sample)
        async with self._store.transaction():
            for feed in feeds:
                await self.repo.record_failure(
                    feed.id,
                    now=now,
                    error=f"not checked: no feed could be reached (network outage?): {sample}",
                    failures=feed.consecutive_failures,
                    next_attempt=nxt,
                    status=None,
                )

    async def _announce(self, feed: FeedRecord, *, recovered: bool, outcome: FeedOutcome) -> None:
        """Tell the feed's channels, once, that it is failing or works again."""
        name = f"#{feed.id} {feed.title or feed.url}"
        if recovered:
            text = f"Feed {name} works again after {feed.consecutive_failures} failed polls."
        else:
            when = feed.next_attempt.isoformat(timespec="minutes") if feed.next_attempt else "soon"
            text = (
                f"Feed {name} is failing ({feed.consecutive_failures} polls in a row): "
                f"{feed.last_error}. sitrep keeps retrying (next attempt {when}); "
                f"`feed remove {feed.id}` unsubscribes."
            )
        channels = await self.repo.channels_of(feed.id)
        delivered = not channels
        if not channels:
            log.warning("%s (no channel subscribed)", text)
        for ref in channels:
            if self.notify is None:
                log.warning("%s (no way to post to %s)", text, ref)
                delivered = True
                continue
            try:
                await self.notify(ref, Post(kind="feed_health", text=text, extra={"feed_id": str(feed.id)}))
                delivered = True
            except Exception as exc:
                log.warning("feed notice to %s failed: %s", ref, exc)
        if delivered:
            async with self._store.transaction():
                await self.repo.set_flags(feed.id, failure_notified=not recovered)

    async def _view(self, feed_id: int, feed: FeedRecord | None = None) -> FeedView:
        record = feed or await self.repo.get(feed_id)
        if record is None:
            raise InputError(f"there is no feed #{feed_id}")
        return FeedView(
            id=record.id,
            url=record.url,
            title=record.title,
            channels=tuple(await self.repo.channels_of(record.id)),
            last_success=record.last_success,
            last_error=record.last_error,
            consecutive_failures=record.consecutive_failures,
            next_attempt=record.next_attempt,
        )


def _entry_article(feed: FeedRecord, parsed: ParsedFeed, entry: FeedEntry) -> ArticleInput | None:
    """Turn one entry into an article (None when it has no usable text)."""
    text = entry.text or (entry.key.title or "")
    if not text.strip():
        return None
    return ArticleInput(
        text=text,
        title=entry.key.title,
        url=entry.link,
        source=parsed.title or feed.title or urlsplit(feed.url).hostname,
        published=entry.key.published,
        guid=entry.key.guid,
        feed_id=feed.id,
    )


def _readable(change: Change, entry: FeedEntry) -> Change:
    """Turn a content change (two hashes) into a note a reader can use: the new text's start."""
    if change.field != "content":
        return change
    snippet = entry.text[:NOTE_CHARS] + ("…" if len(entry.text) > NOTE_CHARS else "")
    return Change("content", None, snippet)


def _conditional(feed: FeedRecord) -> dict[str, str]:
    """Return the validators that let an unchanged feed answer 304 with no body."""
    headers: dict[str, str] = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers


def _keys_moved(key: EntryKey, verdict: EntryMatch) -> bool:
    known = verdict.known
    assert known is not None
    return (
        key.title_key != known.title_key
        or key.content_hash != known.content_hash
        or (key.url_norm is not None and key.url_norm != known.url_norm)
        or (key.guid is not None and key.guid != known.guid)
    )


def _to_ingest(
    entries: Sequence[FeedEntry], verdicts: Sequence[EntryMatch], *, primed: bool, backfill: int
) -> list[int]:
    """Pick the entries that become articles, oldest first.

    A first poll stores entries as seen without ingesting them (no flood on subscribe), except
    the newest `backfill`; later polls ingest every new entry, plus a requested backfill.
    """
    chosen: set[int] = set()
    if primed:
        chosen = {i for i, v in enumerate(verdicts) if v.known is None}
    if backfill:
        pending = [
            i
            for i, v in enumerate(verdicts)
            if not v.repeated_in_document and (v.known is None or v.known.article_id is None)
        ]
        chosen |= set(_newest(entries, pending)[:backfill])
    return sorted(chosen, key=lambda i: _age_key(entries, i))


def _newest(entries: Sequence[FeedEntry], indexes: Sequence[int]) -> list[int]:
    """Order entries newest first: by date, then by document order (feeds list newest first)."""
    return sorted(indexes, key=lambda i: _age_key(entries, i), reverse=True)


def _age_key(entries: Sequence[FeedEntry], index: int) -> tuple[float, int]:
    published: datetime | None = entries[index].key.published
    return (published.timestamp() if published else 0.0, -index)


def outbox_notifier(outboxes: dict[str, Outbox]) -> Notifier:
    """Post notices through the app's outboxes, chosen by the channel ref's platform prefix.

    The dict is the app's own, so outboxes that platforms register later are found too.
    """

    async def notify(channel_ref: str, post: Post) -> None:
        outbox = outboxes.get(channel_ref.split(":", 1)[0])
        if outbox is None:
            raise DeliveryError(f"no running platform can post to {channel_ref}")
        await outbox.send(channel_ref, post)

    return notify
