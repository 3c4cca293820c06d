"""Plain-text and JSON forms of a development's timeline and of "what changed since T"."""

from __future__ import annotations

from typing import Any

from bot.render.i18n import format_when
from bot.services.developments import Changes
from bot.storage.timeline import DeadlineEvent, TimelineEntry


def _verdict(entry: TimelineEntry) -> str:
    if entry.confirmed_by is not None:
        return f" [confirmed by {entry.confirmed_by_speaker or 'a named source'}, item {entry.confirmed_by}]"
    if entry.denied_by is not None:
        return f" [denied by {entry.denied_by_speaker or 'a named source'}, item {entry.denied_by}]"
    return ""


def timeline_text(entries: list[TimelineEntry], timezone: str) -> str:
    """List a development's items in time order, claims with their confirmation or denial."""
    if not entries:
        return "No items yet."
    lines = []
    for e in entries:
        who = f" {e.speaker}:" if e.speaker else ""
        lines.append(
            f"{format_when(e.at, 'en', timezone)} · item {e.item_id} · {e.label}{who} {e.text}{_verdict(e)}"
        )
    return "\n".join(lines)


def entry_json(e: TimelineEntry) -> dict[str, Any]:
    """Serialise one timeline entry."""
    return {
        "item_id": e.item_id,
        "article_id": e.article_id,
        "at": e.at.isoformat(),
        "label": e.label,
        "speaker": e.speaker,
        "text": e.text,
        "confirmed_by": e.confirmed_by,
        "confirmed_by_speaker": e.confirmed_by_speaker,
        "denied_by": e.denied_by,
        "denied_by_speaker": e.denied_by_speaker,
    }


def event_json(e: DeadlineEvent) -> dict[str, Any]:
    """Serialise one deadline change."""
    return {
        "deadline_id": e.deadline_id,
        "at": e.at.isoformat(),
        "old_status": e.old_status,
        "new_status": e.new_status,
        "old_due": e.old_due,
        "new_due": e.new_due,
        "article_id": e.article_id,
        "evidence": e.evidence,
        "start": e.start,
        "end": e.end,
    }


def changes_json(changes: Changes) -> dict[str, Any]:
    """Serialise what changed in a development since a time."""
    return {
        "id": changes.development.id,
        "title": changes.development.title,
        "status": changes.development.status,
        "since": changes.since.isoformat(),
        "articles": [{"id": a.id, "title": a.title, "url": a.url} for a in changes.articles],
        "items": [entry_json(e) for e in changes.items],
        "deadline_changes": [event_json(e) for e in changes.deadline_events],
        "confirmations": [entry_json(e) for e in changes.confirmations],
    }


def changes_text(changes: Changes, timezone: str) -> str:
    """Say what changed in a development since a time."""
    dev = changes.development
    head = f"#{dev.id} {dev.title} (status: {dev.status}) since {format_when(changes.since, 'en', timezone)}"
    if changes.empty:
        return head + ": nothing new."
    lines = [head + ":"]
    lines += [f"    new article {a.id}: {a.title or '(untitled)'}" for a in changes.articles]
    for e in changes.deadline_events:
        due = (
            f", due {e.old_due} -> {e.new_due}" if e.old_due and e.new_due and e.old_due != e.new_due else ""
        )
        lines.append(f"    deadline {e.deadline_id}: {e.old_status or 'new'} -> {e.new_status}{due}")
    lines += [f"    claim now{_verdict(e)}: {e.text}" for e in changes.confirmations]
    lines += [f"    {e.label}{' ' + e.speaker + ':' if e.speaker else ''} {e.text}" for e in changes.items]
    return "\n".join(lines)
