"""Parse a feed document with feedparser into entries with their identity keys."""

from __future__ import annotations

import calendar
import html
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from html.entities import name2codepoint
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.domain.feed_entries import EntryKey
from bot.errors import FetchError
from bot.services.ingest import content_hash, normalise_url

MAX_ENTRIES = 1000
_TAG = re.compile(r"<[^>]+>")
_WEB_LINK = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK = re.compile(r"</?(?:p|br|div|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
# Horizontal white space becomes one space: tabs and the like are mapped to spaces first, so
# the pattern only meets runs of spaces (a character class tried at every position cost an
# entry's text ~20 us).
_HORIZONTAL_CHARS = "\t\r\f\v"
_HORIZONTAL = str.maketrans(dict.fromkeys(_HORIZONTAL_CHARS, " "))
_SPACES = re.compile(" {2,}")
_LINES = re.compile(r"\n\s*\n+")
# An entity reference sgmllib reads (feedparser's loose parser writes a bare "&T" as "&T;").
_ENTITY = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*);")
_KNOWN_ENTITIES = frozenset(name2codepoint) | {"apos"}


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed document, as plain text with its identity keys."""

    key: EntryKey
    link: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed document."""

    title: str | None
    site_url: str | None
    ttl_minutes: int | None
    entries: list[FeedEntry]
    warning: str | None = None


def _unknown_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    return match.group(0) if name in _KNOWN_ENTITIES else f"&amp;{name}"


def html_to_text(markup: str) -> str:
    """Turn an entry's HTML into plain text (paragraphs kept as blank lines)."""
    if "&" in markup:
        # An unknown name is text, not a reference: "AT&T" in a feed that only feedparser's loose
        # parser could read reaches us as "AT&T;". feedparser's relative-URI pass (no longer run:
        # text keeps no URI) read it so, and so does this.
        markup = _ENTITY.sub(_unknown_entity, markup)
    text = _BLOCK.sub("\n\n", _HIDDEN.sub(" ", markup))
    text = html.unescape(_TAG.sub("", text))
    # Both passes cost several us a text even when they change nothing: most texts need neither.
    if any(ch in text for ch in _HORIZONTAL_CHARS):
        text = text.translate(_HORIZONTAL)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return _LINES.sub("\n\n", text).strip()


# feedparser's entries are dicts whose own `get` maps legacy key names in Python on every call;
# the keys read here are stored under these very names, so the plain dict look-up finds them.
_get = dict.get


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = _get(entry, key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError):
                continue
    return None


def _web_link(raw: str | None, base: str) -> str | None:
    """Return an entry's link as a web address, relative to its feed; "javascript:" is no source."""
    link = (raw or "").strip()
    if link and not _WEB_LINK.match(link):
        link = urljoin(base, link)  # "/a/1" in https://site.example/feed; "javascript:…" stays itself
    return link if _WEB_LINK.match(link) else None


def _entry(entry: Any, base: str) -> FeedEntry:
    contents = _get(entry, "content") or []
    markup = max((_get(c, "value", "") for c in contents), key=len, default="") or _get(entry, "summary", "")
    title = html.unescape(_TAG.sub("", _get(entry, "title", ""))).strip() or None
    text = html_to_text(markup) if markup else ""
    link = _web_link(_get(entry, "link"), base)
    guid = (_get(entry, "id") or "").strip() or None
    key = EntryKey(
        guid=guid,
        url_norm=normalise_url(link),
        title=title,
        published=_when(entry),
        content_hash=content_hash(text) if text else None,
    )
    return FeedEntry(key=key, link=link, text=text)


def _ttl(feed: Any) -> int | None:
    raw = feed.get("ttl")
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Parse a document; raise FetchError when it is not a feed at all."""
    headers = {"content-type": content_type} if content_type else {}
    # The markup becomes plain text: sanitising it and resolving its relative URIs (two more
    # passes of feedparser's pure-Python HTML parser over every entry) change nothing of that text.
    parsed = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    # A feed listing more than this is archiving, not syndicating; the newest come first.
    entries = [_entry(e, url) for e in parsed.entries[:MAX_ENTRIES]]
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries and (problem is not None or not parsed.get("version")):
        why = f": {type(problem).__name__}: {problem}" if problem else ""
        raise FetchError(f"{url}: malformed feed, no entries could be read{why}")
    feed = parsed.feed
    return ParsedFeed(
        title=(feed.get("title") or "").strip() or None,
        site_url=feed.get("link") or None,
        ttl_minutes=_ttl(feed),
        entries=entries,
        warning=f"{type(problem).__name__}: {problem}" if problem else None,
    )
