"""Plain-text replies for the CLI and the console platform (chat platforms format their own)."""

from __future__ import annotations

from typing import Any

from bot.domain.digest import ClaimVerdict, DeadlineChange, Digest, DigestDeadline, Source
from bot.domain.models import Deadline
from bot.render.deadline_text import short_what
from bot.render.i18n import format_left, format_when
from bot.services.developments import DevelopmentView, Explanation
from bot.services.ingest import IngestResult
from bot.storage.deadlines import HeldChange


def ingest_line(source: str, result: IngestResult) -> str:
    """Say what one ingest did: added and linked, or a duplicate."""
    name = result.title or source
    if result.duplicate_of is not None:
        return f"duplicate: {name} (already stored as article {result.duplicate_of})"
    links = ", ".join(f'#{d.id} "{d.title}"' + (" (new)" if d.created else "") for d in result.developments)
    parts = [f"added article {result.article_id} ({result.language}): {name}", f"linked to {links}"]
    if result.copy_of is not None:
        parts.append(f"a copy of article {result.copy_of}, counted once")
    if result.deadlines_added:
        parts.append(f"{result.deadlines_added} deadline(s)")
    if result.deadlines_changed:
        parts.append(f"{result.deadlines_changed} deadline change(s)")
    return "; ".join(parts)


def developments_text(views: list[DevelopmentView], timezone: str) -> str:
    """List developments with their articles and deadlines."""
    if not views:
        return "No developments yet."
    lines = []
    for view in views:
        dev = view.development
        flags = "".join(f" [{f}]" for f, on in (("muted", dev.muted), ("closed", dev.closed)) if on)
        lines.append(f"#{dev.id} {dev.title} (status: {dev.status}){flags}")
        for article in view.articles:
            when = format_when(article.published, "en", timezone) if article.published else "undated"
            lines.append(f"    article {article.id}: {article.title or '(untitled)'} · {when}")
        for deadline in view.deadlines:
            what = short_what(deadline.what, deadline.evidence)
            lines.append(f"    deadline: {what} · due {deadline.due} · {deadline.status.value}")
        for held in view.held:
            lines.append(f"    {held_change_line(held, timezone)}")
    return "\n".join(lines)


def held_change_line(held: HeldChange, timezone: str) -> str:
    """Say which change waits for its deadline (or stopped waiting), from which article."""
    change = f'{held.change.kind.value} "{held.change.evidence}" (article {held.article_id})'
    if held.lapsed_at is not None:
        return f"change lapsed: {change} · no deadline found by {format_when(held.lapsed_at, 'en', timezone)}"
    return f"change waiting for its deadline: {change} · since {format_when(held.held_at, 'en', timezone)}"


def deadlines_text(lines: list[DigestDeadline], language: str, timezone: str) -> str:
    """List deadlines with time left, or "expired"."""
    if not lines:
        return "No deadlines in that window."
    out = []
    for line in lines:
        d = line.deadline
        state = "expired" if line.expired else f"{d.status.value}, {format_left(line.time_left, language)}"
        what = short_what(d.what, d.evidence)
        out.append(
            f"- {what} ({line.development_title}): due {format_when(d.due_at, language, timezone)}"
            f" [{state}]" + (f"; condition: {d.condition}" if d.condition else "")
        )
    return "\n".join(out)


def why_text(explanation: Explanation) -> str:
    """Explain an item's label, attribution, article and development."""
    item = explanation.item.item
    lines = [
        f'item #{explanation.item.id}: "{item.text}"',
        f"label: {item.label.value} (confidence {item.confidence:.2f})",
        f"why: {item.reason}",
    ]
    if item.speaker:
        lines.append(f"speaker: {item.speaker}" + (f" ({item.role})" if item.role else ""))
    if item.cue:
        lines.append(f"cue: {item.cue}")
    if item.condition:
        lines.append(f"condition: {item.condition}")
    article = explanation.article
    lines.append(f"article {article.id}: {article.title or '(untitled)'}")
    if explanation.development:
        lines.append(f"development #{explanation.development.id}: {explanation.development.title}")
    return "\n".join(lines)


def deadline_json(deadline: Deadline, development_title: str | None = None) -> dict[str, Any]:
    """Serialise a deadline for `--json` output."""
    out: dict[str, Any] = {
        "id": deadline.id,
        "development_id": deadline.development_id,
        "what": deadline.what,
        "due": deadline.due,
        "due_at": deadline.due_at.isoformat(),
        "status": deadline.status.value,
        "condition": deadline.condition,
        "evidence": deadline.evidence,
    }
    if development_title is not None:
        out["development"] = development_title
    return out


def developments_json(views: list[DevelopmentView]) -> list[dict[str, Any]]:
    """Serialise developments in the shape of DESIGN.md §6."""
    return [
        {
            "id": v.development.id,
            "title": v.development.title,
            "status": v.development.status,
            "muted": v.development.muted,
            "closed": v.development.closed,
            "articles": [
                {
                    "id": a.id,
                    "title": a.title,
                    "url": a.url,
                    "published": a.published.isoformat() if a.published else None,
                }
                for a in v.articles
            ],
            "deadlines": [deadline_json(d) for d in v.deadlines],
        }
        for v in views
    ]


def deadlines_json(lines: list[DigestDeadline]) -> list[dict[str, Any]]:
    """Serialise deadline lines, with seconds left (negative once past)."""
    return [
        deadline_json(line.deadline, line.development_title)
        | {"expired": line.expired, "seconds_left": int(line.time_left.total_seconds())}
        for line in lines
    ]


def _source_json(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "article_id": source.article_id,
        "title": source.title,
        "source": source.source,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
    }


def change_json(change: DeadlineChange) -> dict[str, Any]:
    """Serialise a deadline change of a digest (the full `what`, the evidence and its source)."""
    return {
        "deadline_id": change.deadline_id,
        "what": change.what,
        "at": change.at.isoformat(),
        "kind": change.kind,
        "old_due": change.old_due,
        "new_due": change.new_due,
        "evidence": change.evidence,
        "source": _source_json(change.source),
    }


def verdict_json(verdict: ClaimVerdict) -> dict[str, Any]:
    """Serialise a claim's confirmation or denial."""
    return {
        "claim_item_id": verdict.claim_item_id,
        "claim_text": verdict.claim_text,
        "verdict": verdict.verdict,
        "by_item_id": verdict.by_item_id,
        "by_speaker": verdict.by_speaker,
        "by_text": verdict.by_text,
        "source": _source_json(verdict.by_source),
    }


def digest_json(digest: Digest) -> dict[str, Any]:
    """Serialise a digest: deadlines, then developments with their labelled sections."""
    return {
        "kind": digest.kind,
        "generated_at": digest.generated_at.isoformat(),
        "since": digest.since.isoformat() if digest.since else None,
        "language": digest.language,
        "timezone": digest.timezone,
        "late": digest.late,
        "deadlines": deadlines_json(digest.deadlines),
        "developments": [
            {
                "id": s.development.id,
                "title": s.development.title,
                "status": s.development.status,
                "sections": {
                    label.value: [
                        {
                            "item_id": e.item_id,
                            "text": e.item.text,
                            "speaker": e.item.speaker,
                            "role": e.item.role,
                            "cue": e.item.cue,
                            "confidence": round(e.item.confidence, 3),
                            "source": {
                                "article_id": e.source.article_id,
                                "title": e.source.title,
                                "source": e.source.source,
                                "url": e.source.url,
                                "published": e.source.published.isoformat() if e.source.published else None,
                            },
                        }
                        for e in entries
                    ]
                    for label, entries in s.sections.items()
                },
                "deadlines": deadlines_json(s.deadlines),
                "deadline_changes": [change_json(c) for c in s.changes],
                "claim_verdicts": [verdict_json(v) for v in s.verdicts],
            }
            for s in digest.developments
        ],
        "notes": digest.notes,
    }
