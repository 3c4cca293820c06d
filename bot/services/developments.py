"""User actions on developments: list, show, rename, merge, mute, close; and `/why`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.models import Article, Deadline, Development
from bot.errors import InputError
from bot.ports import Clock
from bot.storage.articles import StoredItem
from bot.storage.store import Store


@dataclass(frozen=True, slots=True)
class DevelopmentView:
    """A development with its articles and deadlines, for `developments` and `/developments show`."""

    development: Development
    articles: list[Article]
    deadlines: list[Deadline]


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
        async with self._store.transaction():
            await self._store.developments.merge(source.id, target.id, self._clock.now())
        return await self._require(target.id)

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

    async def _view(self, dev: Development) -> DevelopmentView:
        articles = []
        for article_id in await self._store.developments.article_ids(dev.id):
            article = await self._store.articles.get(article_id)
            if article is not None:
                articles.append(article)
        deadlines = await self._store.deadlines.of_development(dev.id)
        return DevelopmentView(dev, articles, deadlines)
