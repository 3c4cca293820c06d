"""User actions on developments: list, show, rename, merge, split, mute, close; timelines; `/why`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.domain.lifecycle import derive_status
from bot.domain.linking import make_title
from bot.domain.models import Analysis, Article, Deadline, Development
from bot.domain.profile import merge_actors
from bot.errors import InputError
from bot.ports import Clock
from bot.storage.articles import StoredItem
from bot.storage.deadlines import HeldChange
from bot.storage.store import Store
from bot.storage.timeline import DeadlineEvent, TimelineEntry


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed in a development since a time: for digests and `/brief since`."""

    development: Development
    since: datetime
    articles: list[Article]
    items: list[TimelineEntry]
    deadline_events: list[DeadlineEvent]
    confirmations: list[TimelineEntry]

    @property
    def empty(self) -> bool:
        """Tell whether nothing happened."""
        return not (self.articles or self.items or self.deadline_events or self.confirmations)


@dataclass(frozen=True, slots=True)
class DevelopmentView:
    """A development with its articles and deadlines, for `developments` and `/developments show`."""

    development: Development
    articles: list[Article]
    deadlines: list[Deadline]
    # Changes told before their deadline was known: waiting for it, or lapsed (never applied).
    held: list[HeldChange] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an item got its label, which development it feeds, and its article."""

    item: StoredItem
    article: Article
    development: Development | None


class DevelopmentService:
    """The actions users take on developments."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def overview(self, *, include_closed: bool = True) -> list[DevelopmentView]:
        """Return every development with its articles and deadlines."""
        devs = await self._store.developments.all(include_closed=include_closed)
        return [await self._view(dev) for dev in devs]

    async def show(self, development_id: int) -> DevelopmentView:
        """Return one development."""
        return await self._view(await self._require(development_id))

    async def rename(self, development_id: int, title: str) -> Development:
        """Rename a development."""
        title = " ".join(title.split())
        if not title:
            raise InputError("a title cannot be empty")
        if len(title) > 120:
            raise InputError("a title can have at most 120 characters")
        await self._require(development_id)
        await self._store.developments.rename(development_id, title, self._clock.now())
        return await self._require(development_id)

    async def merge(self, source_id: int, target_id: int) -> Development:
        """Merge `source_id` into `target_id`; the source's id then points to the target."""
        source = await self._require(source_id)
        target = await self._require(target_id)
        if source.id == target.id:
            raise InputError("cannot merge a development into itself")
        now = self._clock.now()
        # The target's spelling of an actor both hold stays (a fuller one from the source wins).
        profile = (merge_actors(target.actors, sorted(source.actors)), target.keywords | source.keywords)
        async with self._store.transaction():
            await self._store.links.move_terms(source.id, target.id)
            await self._store.developments.merge(source.id, target.id, now)
            await self._store.developments.update_profiles({target.id: profile}, now)
            await self._store.deadlines.refresh_status(target.id)
        return await self._require(target.id)

    async def split(self, development_id: int, article_id: int, title: str | None = None) -> Development:
        """Split one article (its items, events and deadlines) off into a development of its own."""
        source = await self._require(development_id)
        if article_id not in await self._store.developments.article_ids(source.id):
            raise InputError(f"article {article_id} is not part of development {source.id}")
        if len(await self._store.developments.article_ids(source.id)) < 2:
            raise InputError(f"article {article_id} is development {source.id}'s only article")
        article = await self._store.articles.get(article_id)
        assert article is not None
        now = self._clock.now()
        name = " ".join((title or "").split()) or make_title(
            Analysis(article.language, article.published, ()), article.title
        )
        async with self._store.transaction():
            terms = await self._store.links.link_terms(source.id, article_id)
            new_id = await self._store.developments.create(
                title=name,
                language=article.language,
                actors=frozenset(),
                keywords=frozenset(),
                status="open",
                now=now,
            )
            if title:
                await self._store.developments.rename(new_id, name, now)
            await self._store.developments.unlink_article(source.id, article_id)
            await self._store.developments.link_article(new_id, article_id, 1.0, now, terms=terms)
            await self._store.links.add_terms(source.id, terms, delta=-1)
            await self._store.links.add_terms(new_id, terms)
            when = article.published or article.ingested_at
            await self._store.links.touch_development(source.id, when=when, phase=None, now=now, delta=-1)
            await self._store.links.touch_development(new_id, when=when, phase=source.phase, now=now)
            await self._store.timeline.move_items(article_id, source.id, new_id)
            await self._store.deadlines.refresh_status(source.id)
            await self._store.deadlines.refresh_status(new_id)
        return await self._require(new_id)

    async def timeline(self, development_id: int) -> list[TimelineEntry]:
        """Return a development's items in time order, with claims' confirmations and denials."""
        dev = await self._require(development_id)
        return await self._store.timeline.entries(dev.id)

    async def changes_since(self, development_id: int, since: datetime) -> Changes:
        """Return what changed since `since`: new articles and items, deadline changes, confirmations."""
        dev = await self._view_development(await self._require(development_id))
        new_articles = []
        for article_id in await self._store.timeline.articles_since(dev.id, since):
            article = await self._store.articles.get(article_id)
            if article is not None:
                new_articles.append(article)
        items = await self._store.timeline.entries(dev.id, since)
        fresh = {e.item_id for e in items}
        confirmations = [
            e
            for e in await self._store.timeline.entries(dev.id)
            if e.item_id not in fresh and ((e.confirmed_by or 0) in fresh or (e.denied_by or 0) in fresh)
        ]
        events = await self._store.timeline.deadline_events(dev.id, since)
        return Changes(dev, since, new_articles, items, events, confirmations)

    async def mute(self, development_id: int, muted: bool = True) -> Development:
        """Mute (or unmute) a development: digests and reminders leave it out."""
        await self._require(development_id)
        await self._store.developments.set_flags(development_id, muted=muted)
        return await self._require(development_id)

    async def close(self, development_id: int, closed: bool = True) -> Development:
        """Close (or reopen) a development: new articles no longer link to it."""
        await self._require(development_id)
        await self._store.developments.set_flags(development_id, closed=closed)
        return await self._require(development_id)

    async def why(self, item_id: int) -> Explanation:
        """Explain one item: its label and reason, its article, its development."""
        item = await self._store.articles.get_item(item_id)
        if item is None:
            raise InputError(f"no item with id {item_id}")
        article = await self._store.articles.get(item.article_id)
        assert article is not None
        dev = (
            await self._store.developments.get(item.development_id)
            if item.development_id is not None
            else None
        )
        return Explanation(item, article, dev)

    async def _require(self, development_id: int) -> Development:
        dev = await self._store.developments.get(development_id)
        if dev is None:
            raise InputError(f"no development with id {development_id}")
        return dev

    async def _view_development(self, dev: Development) -> Development:
        """Return the development with its status derived from its deadlines and phase."""
        deadlines = sorted(await self._store.deadlines.of_development(dev.id), key=lambda d: d.id)
        return replace(dev, status=derive_status(dev.phase, deadlines))

    async def _view(self, dev: Development) -> DevelopmentView:
        dev = await self._view_development(dev)
        articles = []
        for article_id in await self._store.developments.article_ids(dev.id):
            article = await self._store.articles.get(article_id)
            if article is not None:
                articles.append(article)
        deadlines = await self._store.deadlines.of_development(dev.id)
        held = await self._store.deadlines.held_changes([dev.id], include_lapsed=True)
        return DevelopmentView(dev, articles, deadlines, held)
