"""Hand-built digests (no analysis involved), including hostile article text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.digest import DevelopmentSection, Digest, DigestDeadline, DigestItem, Source, group_items
from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label

NOW = datetime(2026, 1, 30, 15, 0, tzinfo=UTC)
HOSTILE = "@everyone look <@&123> and <@456> **now** [click](http://evil.example) # not a heading"


def development(dev_id: int = 1, title: str = "Kyiv strike pause") -> Development:
    """A development."""
    return Development(dev_id, title, "agreed", "es", NOW, NOW)


def entry(item_id: int, text: str, label: Label = Label.STATEMENT, *, source: str = "EFE") -> DigestItem:
    """One labelled item from a source."""
    item = Item(
        text, 0, len(text), label, 0.9, "test", speaker="Dmitri Peskov" if label is Label.STATEMENT else None
    )
    return DigestItem(item_id, item, Source(1, "Wire", source, "https://news.example/1", NOW, NOW))


def digest(
    items: list[DigestItem], *, kind: str = "daily", title: str = "Kyiv strike pause", deadlines: int = 1
) -> Digest:
    """A digest of one development with `items` and `deadlines` deadlines."""
    dev = development(title=title)
    lines = [
        DigestDeadline(
            Deadline(
                n + 1,
                dev.id,
                None,
                f"pause ends {n}",
                "2026-02-01",
                NOW + timedelta(days=2),
                DeadlineStatus.PENDING,
                "hasta el 1 de febrero",
            ),
            dev.title,
            timedelta(days=2),
        )
        for n in range(deadlines)
    ]
    section = DevelopmentSection(dev, group_items(items), lines)
    return Digest(kind, "en", "Europe/Madrid", NOW, None, lines, [section])
