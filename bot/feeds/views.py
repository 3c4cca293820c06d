"""Feed lists and health as text and JSON, for the CLI and the text commands."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.ports import FeedView


def _when(value: datetime | None, timezone: str) -> str:
    if value is None:
        return "never"
    return value.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


def feed_line(view: FeedView, timezone: str = "UTC") -> str:
    """Say one feed's name, channels and health in one line."""
    name = f"{view.title} <{view.url}>" if view.title else view.url
    if view.healthy:
        state = "ok" if view.last_success else "not polled yet"
    else:
        state = f"FAILING ({view.consecutive_failures} in a row): {view.last_error or 'unknown error'}"
    if view.healthy and view.last_error:  # an outage round: recorded, not blamed on the feed
        state += f" (last round: {view.last_error})"
    channels = ", ".join(view.channels) or "no channel"
    return (
        f"#{view.id} {name} · {state} · last success {_when(view.last_success, timezone)}"
        f" · next attempt {_when(view.next_attempt, timezone)} · {channels}"
    )


def feeds_text(views: list[FeedView], timezone: str = "UTC") -> str:
    """List feeds with their health, failing ones first."""
    if not views:
        return "No feeds."
    ordered = sorted(views, key=lambda v: (v.healthy, v.id))
    return "\n".join(feed_line(v, timezone) for v in ordered)


def feeds_json(views: list[FeedView]) -> list[dict[str, Any]]:
    """Return feeds and their health as JSON."""
    return [
        {
            "id": v.id,
            "url": v.url,
            "title": v.title,
            "channels": list(v.channels),
            "healthy": v.healthy,
            "last_success": v.last_success.isoformat() if v.last_success else None,
            "last_error": v.last_error,
            "consecutive_failures": v.consecutive_failures,
            "next_attempt": v.next_attempt.isoformat() if v.next_attempt else None,
        }
        for v in views
    ]
