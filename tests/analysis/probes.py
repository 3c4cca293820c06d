"""Label one probe sentence: alone, or after a plain lead (neither alone nor the article's first line)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis import analyze
from bot.domain.models import Item

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
LEADS = {"en": "Talks resumed on Monday in Geneva. ", "es": "Las conversaciones se reanudaron el lunes. "}


def last_item_after_a_lead(lang: str, text: str) -> Item:
    """Label `text` after a plain lead and return its item."""
    return analyze(LEADS[lang] + text, published=NOW, lang=lang, now=NOW).items[-1]


def items_of(text: str, lang: str) -> list[Item]:
    """Analyse `text` undated at the fixed clock and return its items."""
    return list(analyze(text, lang=lang, now=NOW).items)


def labels_after(lead: str, text: str, lang: str) -> list[tuple[str, str]]:
    """Analyse `lead` + `text` at the fixed clock and return (label, reason) of the items after the lead."""
    return [(i.label.value, i.reason) for i in analyze(lead + text, lang=lang, now=NOW).items[1:]]


def only_item(text: str, lang: str) -> Item:
    """Label `text` alone (undated) and return its one item; fails if the engine cuts it."""
    (item,) = analyze(text, published=None, lang=lang, now=NOW).items
    return item


def item_opening(text: str, lang: str, opening: str, published: datetime | None = None) -> Item:
    """Label `text` and return the item whose text opens with `opening`."""
    items = analyze(text, published=published, lang=lang, now=NOW).items
    return next(i for i in items if i.text.startswith(opening))


def item_between(lead: str, text: str, after: str, lang: str, *, paragraph_end: bool = False) -> Item:
    """Label `text` between a plain lead and a plain fact (after a line break: at a paragraph's end)."""
    joined = f"{lead} {text}{chr(10) if paragraph_end else ' '}{after}"
    items = analyze(joined, lang=lang, now=NOW).items
    return next(i for i in items if text[:20] in i.text)
