"""Fakes for scheduling tests: outboxes that record posts, in memory or in a file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import Deadline, DeadlineStatus
from bot.domain.times import to_iso
from bot.errors import DeliveryError
from bot.ports import Post
from bot.render.templates import render_digest
from bot.scheduling import SchedulingService
from bot.storage.reminders import Reminder


@dataclass
class Sent:
    """One recorded post, with the clock's time when it was sent."""

    channel_ref: str
    post: Post
    at: datetime

    @property
    def body(self) -> str:
        """Return the post as text."""
        return render_digest(self.post.digest) if self.post.digest is not None else self.post.text


@dataclass
class FakeOutbox:
    """Records what was posted; `fail_with` makes the next sends raise."""

    clock: FixedClock
    platform: str = "console"
    sent: list[Sent] = field(default_factory=list)
    fail_with: list[DeliveryError] = field(default_factory=list)
    admin_notes: list[tuple[str, str]] = field(default_factory=list)

    async def send(self, channel_ref: str, post: Post) -> str:
        """Record the post (or raise the next queued failure)."""
        if self.fail_with:
            raise self.fail_with.pop(0)
        self.sent.append(Sent(channel_ref, post, self.clock.now()))
        return f"msg-{len(self.sent)}"

    async def notify_admin(self, channel_ref: str, text: str) -> None:
        """Record a note to the admin."""
        self.admin_notes.append((channel_ref, text))

    def kinds(self) -> list[str]:
        """Return the kinds of the posts, in order."""
        return [s.post.kind for s in self.sent]


class FileOutbox:
    """Appends each post as a JSON line to a file: survives SIGKILL, and can look a key up."""

    platform = "console"

    def __init__(self, path: Path) -> None:
        self.path = path

    async def send(self, channel_ref: str, post: Post) -> str:
        """Append the post and flush it to disk before returning."""
        line = {
            "channel": channel_ref,
            "kind": post.kind,
            "late": post.late,
            "key": post.extra.get("idempotency_key"),
            "notes": post.digest.notes if post.digest else [],
            "text": post.text,
        }
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            handle.flush()
        return f"line-{len(self.lines())}"

    async def find_sent(self, channel_ref: str, idempotency_key: str) -> str | None:
        """Return the line of the post with that key, if it was written."""
        for number, line in enumerate(self.lines(), start=1):
            if line["key"] == idempotency_key and line["channel"] == channel_ref:
                return f"line-{number}"
        return None

    def lines(self) -> list[dict[str, object]]:
        """Return every post written so far."""
        if not self.path.exists():
            return []
        return [json.loads(x) for x in self.path.read_text("utf-8").splitlines() if x.strip()]


async def add_development(app: App, title: str = "Kyiv strike pause") -> int:
    """Store a development directly (no analysis involved)."""
    async with app.store.transaction():
        return await app.store.developments.create(
            title=title,
            language="en",
            actors=frozenset({"Russia", "Ukraine"}),
            keywords=frozenset({"pause"}),
            status="agreed",
            now=app.clock.now(),
        )


async def add_deadline(
    app: App, development_id: int, due_at: datetime, what: str = "strike pause ends"
) -> Deadline:
    """Store a deadline directly and tell the observers, as ingest does."""
    async with app.store.transaction():
        deadline_id = await app.store.deadlines.add(
            development_id=development_id,
            article_id=None,
            what=what,
            due=to_iso(due_at),
            due_at=due_at,
            evidence="until 1 February",
            condition=None,
            speaker=None,
            now=app.clock.now(),
        )
    assert deadline_id is not None
    deadline = await app.store.deadlines.get(deadline_id)
    assert deadline is not None
    for observer in app.ingest.observers:
        await observer.deadline_changed(deadline, None)
    return deadline


async def change_deadline(
    app: App, deadline_id: int, status: DeadlineStatus, evidence: str, due_at: datetime | None = None
) -> Deadline:
    """Change a stored deadline directly and tell the observers the due it had, as ingest does."""
    old = await app.store.deadlines.get(deadline_id)
    assert old is not None
    async with app.store.transaction():
        await app.store.deadlines.change(
            deadline_id,
            status=status,
            now=app.clock.now(),
            evidence=evidence,
            due=to_iso(due_at) if due_at is not None else None,
            due_at=due_at,
        )
    changed = await app.store.deadlines.get(deadline_id)
    assert changed is not None
    for observer in app.ingest.observers:
        await observer.deadline_changed(changed, old.due_at)
    return changed


class FiredReminder(NamedTuple):
    """What `fire_first_reminder` set up and fired."""

    development_id: int
    deadline: Deadline
    first: Reminder
    pending: list[Reminder]


async def fire_first_reminder(
    app: App, clock: FixedClock, service: SchedulingService, refs: Sequence[str], due: datetime
) -> FiredReminder:
    """Schedule digests in `refs`, store a deadline due at `due`, and fire its first reminder in refs[0].

    `pending` is the deadline's reminders as planned, before the first one fired.
    """
    for ref in refs:
        await service.set_digest(ref, "daily 08:00", timezone="UTC", language="en")
    dev = await add_development(app)
    deadline = await add_deadline(app, dev, due)
    pending = await app.store.reminders.pending_of_deadline(deadline.id)
    first = next(r for r in pending if r.channel_ref == refs[0])
    clock.set(first.fire_at)
    await service.run_due()
    return FiredReminder(dev, deadline, first, pending)


async def step_until(app: App, clock: FixedClock, until: datetime, step: timedelta) -> None:
    """Move the clock in steps, running what is due at each, as the scheduler's wake-ups would."""
    assert app.schedules is not None
    while clock.now() < until:
        clock.advance(step)
        await app.schedules.run_due()  # type: ignore[attr-defined]
