"""One action on a development from a command line or a text command: parse ids, call the service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.app import App
from bot.errors import InputError
from bot.render import replies
from bot.render.timeline import changes_json, changes_text, entry_json, timeline_text


def _id(value: str, name: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise InputError(f"{name} must be a number, not {value!r}") from None


async def run_development_action(
    app: App, action: str, args: list[str], *, since: datetime | None = None
) -> tuple[Any, str]:
    """Run `action` with its arguments; return (JSON data, text) for the reply."""
    service = app.developments
    tz = app.settings.timezone
    if not args:
        raise InputError(f"developments {action} needs a development id")
    dev_id = _id(args[0], "ID")
    rest = args[1:]
    if action == "show":
        view = await service.show(dev_id)
        return replies.developments_json([view])[0], replies.developments_text([view], tz)
    if action == "timeline":
        entries = await service.timeline(dev_id)
        return [entry_json(e) for e in entries], timeline_text(entries, tz)
    if action == "changes":
        if since is None:
            raise InputError("developments changes needs --since ISO8601")
        changes = await service.changes_since(dev_id, since)
        return changes_json(changes), changes_text(changes, tz)
    if action == "rename":
        dev = await service.rename(dev_id, " ".join(rest))
        message = f'#{dev.id} renamed to "{dev.title}"'
    elif action == "merge":
        if not rest:
            raise InputError("developments merge needs FROM_ID INTO_ID")
        dev = await service.merge(dev_id, _id(rest[0], "INTO_ID"))
        message = f'#{dev_id} merged into #{dev.id} "{dev.title}"'
    elif action == "split":
        if not rest:
            raise InputError("developments split needs ID ARTICLE_ID [TITLE]")
        article_id = _id(rest[0], "ARTICLE_ID")
        dev = await service.split(dev_id, article_id, " ".join(rest[1:]) or None)
        message = f'article {article_id} split off #{dev_id} into #{dev.id} "{dev.title}"'
    elif action in ("mute", "unmute"):
        dev = await service.mute(dev_id, action == "mute")
        message = f'#{dev.id} "{dev.title}" is {"muted" if dev.muted else "unmuted"}'
    elif action in ("close", "reopen"):
        dev = await service.close(dev_id, action == "close")
        message = f'#{dev.id} "{dev.title}" is {"closed" if dev.closed else "open"}'
    else:
        raise InputError(f"unknown developments action {action!r}")
    view = await service.show(dev.id)
    return replies.developments_json([view])[0], message
