"""Build briefings and deadline lists from the store, as structured digests."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.digest import (
    CONFIRMED,
    DENIED,
    ClaimVerdict,
    DeadlineChange,
    Digest,
    DigestDeadline,
    DigestItem,
    Source,
    change_kind,
    compose,
    deadline_lines,
)
from bot.domain.models import Deadline, DeadlineStatus, Development
from bot.errors import InputError
from bot.ports import Clock, DeadlineObserver
from bot.storage.store import Store


class BriefingService:
    """Answer `/brief` and `/deadlines`, and compose scheduled digests."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        language: str = "en",
        timezone: str = "UTC",
        lookback: timedelta = timedelta(days=7),
        observers: list[DeadlineObserver] | None = None,
    ) -> None:
        self.observers: list[DeadlineObserver] = observers if observers is not None else []
        self._store = store
        self._clock = clock
        self._language = language
        self._timezone = timezone
        self._lookback = lookback

    async def expire_overdue(self) -> list[Deadline]:
        """Mark open deadlines whose time has passed as expired; return them."""
        now = self._clock.now()
        overdue = await self._store.deadlines.pending_due_before(now)
        if overdue:
            async with self._store.transaction():
                for deadline in overdue:
                    await self._store.deadlines.change(
                        deadline.id,
                        status=DeadlineStatus.EXPIRED,
                        now=now,
                        evidence="the due time passed with no news of an extension",
                    )
            for deadline in overdue:
                changed = await self._store.deadlines.get(deadline.id)
                for observer in self.observers:
                    if changed is not None:
                        await observer.deadline_changed(changed, deadline.due_at)
        return overdue

    async def brief(
        self,
        *,
        development_id: int | None = None,
        since: datetime | None = None,
        language: str | None = None,
        timezone: str | None = None,
        kind: str = "brief",
        follows: list[int] | None = None,
        notes: list[str] | None = None,
        late: bool = False,
    ) -> Digest:
        """Return the briefing now: one development, the followed ones, or every open one."""
        await self.expire_overdue()
        now = self._clock.now()
        developments = await self._select(development_id, follows)
        window = since if since is not None else now - self._lookback
        parts: list[tuple[Development, list[DigestItem], list[Deadline]]] = []
        changes: dict[int, list[DeadlineChange]] = {}
        verdicts: dict[int, list[ClaimVerdict]] = {}
        sources: dict[int, Source] = {}
        for dev in developments:
            deadlines = await self._store.deadlines.of_development(dev.id)
            parts.append((dev, await self._items(dev.id, sources), deadlines))
            changes[dev.id] = await self._deadline_changes(dev.id, deadlines, window, sources)
            verdicts[dev.id] = await self._verdicts(dev.id, window, sources)
        return compose(
            kind=kind,
            language=language or self._language,
            timezone=timezone or self._timezone,
            now=now,
            since=since,
            developments=parts,
            lookback=self._lookback,
            notes=notes,
            late=late,
            changes=changes,
            verdicts=verdicts,
        )

    async def deadlines(self, *, days: int = 7) -> list[DigestDeadline]:
        """Return deadlines due in the next `days` days and those that passed in the lookback."""
        if days < 0:
            raise InputError("days must be zero or more")
        await self.expire_overdue()
        now = self._clock.now()
        devs = await self._store.developments.all()
        titles = {d.id: d.title for d in devs}
        found = await self._store.deadlines.between(now - self._lookback, now + timedelta(days=days))
        live = [d for d in found if d.development_id in titles]
        return deadline_lines(live, titles, now, lookback=self._lookback, horizon=timedelta(days=days))

    async def _select(self, development_id: int | None, follows: list[int] | None) -> list[Development]:
        if development_id is not None:
            dev = await self._store.developments.get(development_id)
            if dev is None:
                raise InputError(f"no development with id {development_id}")
            return [dev]
        devs = await self._store.developments.all(include_closed=False)
        devs = [d for d in devs if not d.muted]
        if follows is not None:
            devs = [d for d in devs if d.id in follows]
        return devs

    async def _items(self, development_id: int, cache: dict[int, Source]) -> list[DigestItem]:
        stored = await self._store.articles.items_of_development(development_id)
        out = []
        for entry in stored:
            source = await self._source(entry.article_id, cache)
            assert source is not None
            out.append(DigestItem(entry.id, entry.item, source))
        return out

    async def _source(self, article_id: int | None, cache: dict[int, Source]) -> Source | None:
        """Return an article's source line, reading each article once per digest."""
        if article_id is None:
            return None
        source = cache.get(article_id)
        if source is None:
            article = await self._store.articles.get(article_id)
            if article is None:
                return None
            source = Source(
                article.id, article.title, article.source, article.url, article.published, article.ingested_at
            )
            cache[article_id] = source
        return source

    async def _deadline_changes(
        self, development_id: int, deadlines: list[Deadline], since: datetime, cache: dict[int, Source]
    ) -> list[DeadlineChange]:
        """Return the development's deadline changes after `since` (new deadlines are listed anyway)."""
        whats = {d.id: d.what for d in deadlines}
        evidence = {d.id: d.evidence for d in deadlines}
        out = []
        for event in await self._store.timeline.deadline_events(development_id, since):
            kind = change_kind(event.old_status, event.new_status, event.old_due, event.new_due)
            if kind == "new" or event.deadline_id not in whats:
                continue
            out.append(
                DeadlineChange(
                    deadline_id=event.deadline_id,
                    what=whats[event.deadline_id],
                    at=event.at,
                    kind=kind,
                    old_due=event.old_due,
                    new_due=event.new_due,
                    evidence=event.evidence if event.article_id is not None else None,
                    source=await self._source(event.article_id, cache),
                    what_evidence=evidence[event.deadline_id],
                )
            )
        return out

    async def _verdicts(
        self, development_id: int, since: datetime, cache: dict[int, Source]
    ) -> list[ClaimVerdict]:
        """Return claims confirmed or denied by a named source whose article arrived after `since`."""
        out = []
        for entry in await self._store.timeline.entries(development_id):
            by = entry.confirmed_by if entry.confirmed_by is not None else entry.denied_by
            if by is None:
                continue
            stored = await self._store.articles.get_item(by)
            source = await self._source(stored.article_id, cache) if stored is not None else None
            if source is None or source.ingested_at <= since:
                continue
            out.append(
                ClaimVerdict(
                    claim_item_id=entry.item_id,
                    claim_text=entry.text,
                    verdict=CONFIRMED if entry.confirmed_by is not None else DENIED,
                    by_item_id=by,
                    by_speaker=entry.confirmed_by_speaker
                    if entry.confirmed_by is not None
                    else entry.denied_by_speaker,
                    by_text=stored.item.text if stored is not None else None,
                    by_source=source,
                )
            )
        return out
