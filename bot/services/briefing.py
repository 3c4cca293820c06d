"""Build briefings and deadline lists from the store, as structured digests."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.digest import Digest, DigestDeadline, DigestItem, Source, compose, deadline_lines
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
        parts: list[tuple[Development, list[DigestItem], list[Deadline]]] = []
        for dev in developments:
            parts.append((dev, await self._items(dev.id), await self._store.deadlines.of_development(dev.id)))
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

    async def _items(self, development_id: int) -> list[DigestItem]:
        stored = await self._store.articles.items_of_development(development_id)
        cache: dict[int, Source] = {}
        out = []
        for entry in stored:
            source = cache.get(entry.article_id)
            if source is None:
                article = await self._store.articles.get(entry.article_id)
                assert article is not None
                source = Source(
                    article.id,
                    article.title,
                    article.source,
                    article.url,
                    article.published,
                    article.ingested_at,
                )
                cache[entry.article_id] = source
            out.append(DigestItem(entry.id, entry.item, source))
        return out
