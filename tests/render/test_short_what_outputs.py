"""Text replies and reminders show the short deadline "what"; JSON keeps the whole of it."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from bot.render import replies
from bot.render.i18n import phrases
from bot.render.templates import render_template
from tests.change_digests import LONG_WHAT, changes_digest

SHORT = "…to pause strikes on energy infrastructure until 1 February…"


async def _long_deadline(app: App) -> int:
    now = app.clock.now()
    dev_id = await app.store.developments.create(
        title="Kyiv strike pause",
        language="en",
        actors=frozenset(),
        keywords=frozenset(),
        status="open",
        now=now,
    )
    await app.store.deadlines.add(
        development_id=dev_id,
        article_id=None,
        what=LONG_WHAT,
        due="2026-02-01",
        due_at=now + timedelta(days=2),
        evidence="until 1 February",
        condition=None,
        speaker=None,
        now=now,
    )
    return dev_id


async def test_deadlines_and_developments_text_are_short_json_is_whole(app: App) -> None:
    dev_id = await _long_deadline(app)
    lines = await app.briefing.deadlines(days=7)
    text = replies.deadlines_text(lines, "en", "UTC")
    assert text.startswith(f"- {SHORT} (Kyiv strike pause): due ")
    assert LONG_WHAT not in text
    assert replies.deadlines_json(lines)[0]["what"] == LONG_WHAT
    view = await app.developments.show(dev_id)
    assert f"    deadline: {SHORT} · due 2026-02-01" in replies.developments_text([view], "UTC")
    assert replies.developments_json([view])[0]["deadlines"][0]["what"] == LONG_WHAT


async def test_reminder_and_deadline_changed_posts_use_the_short_form(app: App) -> None:
    await _long_deadline(app)
    (deadline,) = await app.store.deadlines.between(app.clock.now(), app.clock.now() + timedelta(days=3))
    common = {"development_title": "Kyiv strike pause", "language": "en", "timezone": "UTC", "late": False}
    reminder = render_template(
        "reminder", deadline=deadline, left=timedelta(hours=1), t=phrases("en"), **common
    )
    assert reminder.startswith(f"⏰ Deadline reminder: {SHORT} (Kyiv strike pause)")
    changed = render_template(
        "deadline_changed", deadline=deadline, old_due_at=None, evidence=None, t=phrases("en"), **common
    )
    assert changed.startswith(f"🔁 Deadline changed: {SHORT} (Kyiv strike pause)")


def test_digest_json_carries_changes_and_verdicts_with_the_whole_what() -> None:
    data = replies.digest_json(changes_digest("en"))
    (dev,) = data["developments"]
    assert [c["kind"] for c in dev["deadline_changes"]] == ["extended", "expired"]
    assert dev["deadline_changes"][0]["what"] == LONG_WHAT
    assert dev["deadline_changes"][0]["source"]["source"] == "Reuters"
    assert dev["deadline_changes"][1]["source"] is None
    assert [(v["claim_item_id"], v["verdict"]) for v in dev["claim_verdicts"]] == [
        (11, "confirmed"),
        (5, "denied"),
    ]
    assert dev["deadlines"][0]["what"] == LONG_WHAT
