"""Extract an article (title, date, language, main text) from a fetched page with trafilatura."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from bot.domain.models import ArticleInput
from bot.errors import FetchError
from bot.ports import FetchedPage

_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.I)
_CHARSET = re.compile(r"charset=([\w-]+)", re.I)
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def _decode(page: FetchedPage) -> str:
    match = _CHARSET.search(page.headers.get("content-type", ""))
    for encoding in (match.group(1) if match else None, "utf-8", "latin-1"):
        if encoding:
            try:
                return page.body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return page.body.decode("utf-8", "replace")


def parse_date(value: str | None) -> datetime | None:
    """Read trafilatura's date (a day, or a time with offset) as an aware datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def page_language(body: bytes) -> str | None:
    """Return the two-letter language the page declares on its <html> tag."""
    match = _HTML_LANG.search(body[:4096])
    return match.group(1).decode("ascii").lower()[:2] if match else None


def extract_article(page: FetchedPage) -> ArticleInput:
    """Return the page's article, or raise FetchError when it has no readable main text."""
    if page.content_type == "text/plain":
        text = _decode(page).strip()
        if not text:
            raise FetchError(f"{page.url}: the page is empty")
        return ArticleInput(text=text, url=page.url, source=page.url)
    import trafilatura  # here, not above: a fifth of a second that only HTML pages need

    doc = trafilatura.bare_extraction(
        _decode(page),
        url=page.url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise FetchError(f"{page.url}: no article text found on the page")
    language = getattr(doc, "language", None) or page_language(page.body)
    return ArticleInput(
        text=text,
        title=getattr(doc, "title", None) or None,
        url=page.url,
        source=getattr(doc, "sitename", None) or urlhost(page.url),
        published=parse_date(getattr(doc, "date", None)),
        lang=language if language in ("es", "en") else None,
    )


def urlhost(url: str) -> str:
    """Return a URL's host, as a fallback source name."""
    return urlsplit(url).hostname or url
