"""Read the labelled corpus (tests/data/corpus/*.json; format in its README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One corpus article with its gold annotations, as read from its file."""

    id: str
    split: str
    lang: str
    published: datetime | None
    text: str
    raw: dict[str, Any]

    def locate(self, snippet: str, occurrence: int = 1) -> tuple[int, int] | None:
        """Return the span of the n-th occurrence of an exact substring of the text."""
        return locate(self.text, snippet, occurrence)


def locate(text: str, snippet: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Return the span of the n-th occurrence of an exact substring of a text (gold evidence)."""
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(snippet)


def parse_when(value: str) -> date | datetime:
    """Parse a gold `due`/`date`: a bare day, or a datetime with offset."""
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def load_corpus(corpus_dir: Path) -> list[GoldArticle]:
    """Read every article file of the corpus directory, sorted by id."""
    if not corpus_dir.is_dir():
        raise InputError(f"corpus directory not found: {corpus_dir}")
    articles: list[GoldArticle] = []
    for path in sorted(corpus_dir.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path.name}: not a readable JSON file ({exc})") from exc
        if not isinstance(raw, dict) or "text" not in raw:
            continue
        published = raw.get("published")
        articles.append(
            GoldArticle(
                id=str(raw.get("id", path.stem)),
                split=str(raw.get("split", "dev")),
                lang=str(raw.get("lang", "auto")),
                published=datetime.fromisoformat(published) if published else None,
                text=str(raw["text"]),
                raw=raw,
            )
        )
    if not articles:
        raise InputError(f"no corpus articles (*.json) in {corpus_dir}")
    return articles
