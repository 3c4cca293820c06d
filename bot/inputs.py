"""Read articles from files and parse command-line times, with one-line errors."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.domain.models import ArticleInput
from bot.errors import InputError

MAX_FILE_BYTES = 2_000_000


def parse_when(value: str, option: str) -> datetime:
    """Parse an ISO 8601 date or datetime; a value without a zone is taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"{option}: {value!r} is not an ISO 8601 date or time (e.g. 2026-01-30T14:00:00+00:00)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_text(path: str) -> str:
    """Read UTF-8 text from a file or `-` (stdin), refusing binary and oversized input."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name = "stdin"
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"{path}: no such file")
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes)")
        data = file.read_bytes()
        name = path
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{name}: empty: there is no text to analyse")
    return text


def read_article(path: str, published: datetime | None = None) -> ArticleInput:
    """Read an article file: `.json` in the ingest format, anything else as plain text."""
    raw = read_text(path)
    if not path.endswith(".json"):
        title = Path(path).stem if path != "-" else None
        return ArticleInput(text=raw, title=title, published=published)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(f'{path}: expected an object with a "text" string')
    for key in ("title", "url", "source", "lang", "published"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f'{path}: "{key}" must be a string')
    when = published
    if when is None and data.get("published"):
        when = parse_when(data["published"], f"{path}: published")
    if not data["text"].strip():
        raise InputError(f"{path}: empty: there is no text to analyse")
    return ArticleInput(
        text=data["text"],
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
        published=when,
        lang=data.get("lang"),
    )
