"""Ingest one article: analyse, deduplicate, store, link to developments, track deadlines."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.analysis import analyze, detect_language
from bot.domain.linking import Candidate, link_article, profile_article
from bot.domain.models import Analysis, ArticleInput, ChangeKind, DeadlineStatus
from bot.domain.near_duplicates import sketch
from bot.domain.times import due_instant
from bot.errors import InputError
from bot.ports import Clock, DeadlineObserver
from bot.storage.sketches import SketchRepo
from bot.storage.store import Store

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class LinkedDevelopment:
    """A development an article fed, and whether the article opened it."""

    id: int
    title: str
    created: bool


@dataclass(slots=True)
class IngestResult:
    """What happened to one article: added and linked, or recognised as a duplicate."""

    title: str | None
    language: str | None
    article_id: int | None = None
    duplicate_of: int | None = None
    developments: list[LinkedDevelopment] = field(default_factory=list)
    deadlines_added: int = 0
    deadlines_changed: int = 0
    # (deadline id, due instant before the change or None when new): observers hear of these.
    touched_deadlines: list[tuple[int, datetime | None]] = field(default_factory=list)


def content_hash(text: str) -> str:
    """Hash the text with case, accents and white space folded: reformatted copies collide."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(_SPACE.sub(" ", folded).strip().encode("utf-8")).hexdigest()


def normalise_url(url: str | None) -> str | None:
    """Normalise a URL for identity: scheme and host case, tracking parameters, trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit((scheme, host, path, query, ""))


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
        self._sketches = SketchRepo(store.conn)
        # Shared with the app: the scheduling layer registers itself after start-up.
        self.observers: list[DeadlineObserver] = observers if observers is not None else []

    async def ingest(self, article: ArticleInput) -> IngestResult:
        """Add one article; a duplicate adds nothing and says which article it repeats."""
        text = article.text
        if not text or not text.strip():
            raise InputError("the article has no text")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                f"the article is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})"
            )
        now = self._clock.now()
        digest = content_hash(text)
        url_norm = normalise_url(article.url)
        existing = await self._store.articles.find_duplicate(digest, url_norm)
        if existing is None:
            # Syndicated copies differ in headline and a sentence or two: one article, not two.
            shingles = sketch(text)
            existing = await self._sketches.find_near_duplicate(shingles)
        if existing is not None:
            return IngestResult(article.title, article.lang, duplicate_of=existing)
        # A short paste may not say which language it is in: then the configured one applies.
        language = article.lang or detect_language(text) or self._default_language
        analysis = analyze(text, published=article.published, lang=language, now=now)
        result = IngestResult(article.title, analysis.language)
        async with self._store.transaction():
            # Again under the write lock: a copy ingested concurrently (another feed) counts too.
            near = await self._sketches.find_near_duplicate(shingles)
            if near is not None:
                result.duplicate_of = near
                return result
            article_id = await self._store.articles.add(
                article, analysis, content_hash=digest, url_norm=url_norm, ingested_at=now
            )
            if article_id is None:  # a concurrent ingest stored it first
                result.duplicate_of = await self._store.articles.find_duplicate(digest, url_norm)
                return result
            result.article_id = article_id
            await self._sketches.save(article_id, shingles)
            await self._link(article_id, article, analysis, now, result)
        for deadline_id, old_due_at in result.touched_deadlines:
            deadline = await self._store.deadlines.get(deadline_id)
            if deadline is not None:
                for observer in self.observers:
                    await observer.deadline_changed(deadline, old_due_at)
        return result

    async def _link(
        self,
        article_id: int,
        article: ArticleInput,
        analysis: Analysis,
        now: datetime,
        result: IngestResult,
    ) -> None:
        when = analysis.published or now
        profile = profile_article(analysis, article.title, when)
        candidates = [
            Candidate(d.id, d.actors, d.keywords, d.updated_at)
            for d in await self._store.developments.all(include_closed=False)
        ]
        for assignment in link_article(analysis, article.title, profile, candidates):
            dev_id = assignment.development_id
            created = dev_id is None
            if dev_id is None:
                dev_id = await self._store.developments.create(
                    title=assignment.title,
                    language=analysis.language,
                    actors=assignment.actors,
                    keywords=assignment.keywords,
                    status="open",
                    now=now,
                )
            else:
                await self._store.developments.update_profile(
                    dev_id, actors=assignment.actors, keywords=assignment.keywords, now=now
                )
            await self._store.developments.link_article(dev_id, article_id, assignment.score, now)
            await self._store.articles.assign_items(article_id, list(assignment.item_indexes), dev_id)
            dev = await self._store.developments.get(dev_id)
            result.developments.append(
                LinkedDevelopment(dev_id, dev.title if dev else assignment.title, created)
            )
        if not result.developments:
            return
        target = result.developments[0].id
        await self._store.articles.add_events(article_id, target, analysis)
        await self._apply_changes(target, article_id, analysis, now, result)
        for mention in analysis.deadlines:
            added = await self._store.deadlines.add(
                development_id=target,
                article_id=article_id,
                what=mention.what,
                due=mention.due.isoformat(),
                due_at=due_instant(mention.due, self._timezone),
                evidence=mention.evidence,
                condition=mention.condition,
                speaker=mention.speaker,
                now=now,
            )
            if added is not None:
                result.deadlines_added += 1
                result.touched_deadlines.append((added, None))

    async def _apply_changes(
        self,
        development_id: int,
        article_id: int,
        analysis: Analysis,
        now: datetime,
        result: IngestResult,
    ) -> None:
        """Apply extensions, breaches and the like to the development's latest open deadline."""
        open_deadlines = [
            d
            for d in await self._store.deadlines.of_development(development_id)
            if d.status in (DeadlineStatus.PENDING, DeadlineStatus.EXTENDED)
        ]
        if not open_deadlines or not analysis.changes:
            return
        target = open_deadlines[-1]
        for change in analysis.changes:
            status = {
                ChangeKind.EXTEND: DeadlineStatus.EXTENDED,
                ChangeKind.MEET: DeadlineStatus.MET,
                ChangeKind.BREAK: DeadlineStatus.BROKEN,
                ChangeKind.CANCEL: DeadlineStatus.CANCELLED,
            }[change.kind]
            new_due = change.new_due if change.kind is ChangeKind.EXTEND else None
            await self._store.deadlines.change(
                target.id,
                status=status,
                now=now,
                article_id=article_id,
                evidence=change.evidence,
                due=new_due.isoformat() if new_due else None,
                due_at=due_instant(new_due, self._timezone) if new_due else None,
            )
            result.deadlines_changed += 1
            result.touched_deadlines.append((target.id, target.due_at))
