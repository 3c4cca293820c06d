"""`sitrep demo`: the whole pipeline on the bundled sample articles, no account needed."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from bot.app import build_app
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.domain.reminders import plan_reminders
from bot.inputs import parse_when
from bot.render import replies
from bot.render.deadline_text import short_what
from bot.render.i18n import format_when
from bot.render.templates import render_digest
from bot.settings import Settings


def load_samples() -> list[tuple[str, ArticleInput]]:
    """Read the bundled sample articles, in file-name (publication) order."""
    samples = []
    files = sorted(
        (f for f in resources.files("bot.samples").iterdir() if f.name.endswith(".json")),
        key=lambda f: f.name,
    )
    for file in files:
        data = json.loads(file.read_text("utf-8"))
        samples.append(
            (
                file.name,
                ArticleInput(
                    text=data["text"],
                    title=data.get("title"),
                    url=data.get("url"),
                    source=data.get("source"),
                    published=parse_when(data["published"], file.name) if data.get("published") else None,
                    lang=data.get("lang"),
                ),
            )
        )
    return samples


def offset_label(offset: timedelta) -> str:
    """Say how long before a deadline a reminder fires: "24h", "1h", "30m"."""
    minutes = int(offset.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours and not rest:
        return f"{hours}h"
    return f"{hours}h{rest:02d}m" if hours else f"{rest}m"


async def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest the samples into a temporary database and print the briefing and reminders."""
    samples = load_samples()
    if args.now:
        now = parse_when(args.now, "--now")
    else:
        # Without --now the demo's clock stands just after the newest sample, so its
        # deadlines are still ahead and the reminders it would schedule can be shown.
        latest = max(a.published for _, a in samples if a.published is not None)
        now = latest + timedelta(hours=1)
    clock = FixedClock(now)
    out: dict[str, Any] = {"now": now.isoformat(), "ingested": []}
    with tempfile.TemporaryDirectory(prefix="sitrep-demo-") as tmp:
        settings = settings.model_copy(update={"db": Path(tmp) / "demo.db", "language": args.lang})
        app = await build_app(settings, clock)
        try:
            lines = [f"sitrep demo: temporary database, clock set to {now.isoformat()}", ""]
            for name, article in samples:
                result = await app.ingest.ingest(article)
                lines.append(replies.ingest_line(name, result))
                out["ingested"].append({"file": name, "article_id": result.article_id})
            digest = await app.briefing.brief()
            lines += ["", render_digest(digest, templates_dir=settings.templates_dir)]
            offsets = [timedelta(minutes=m) for m in settings.reminder_offsets_minutes]
            reminders = []
            for line in await app.briefing.deadlines(days=3650):
                for planned in plan_reminders(line.deadline, offsets, now):
                    reminders.append((planned, line))
            reminders.sort(key=lambda pair: pair[0].fire_at)
            lines.append("== Reminders that would be scheduled ==")
            if not reminders:
                lines.append("None: no deadline lies ahead of the clock.")
            for planned, line in reminders:
                before = "at the deadline" if not planned.offset else f"T-{offset_label(planned.offset)}"
                lines.append(
                    f"- {format_when(planned.fire_at, args.lang, settings.timezone)} ({before}): "
                    f"{short_what(line.deadline.what, line.deadline.evidence)} ({line.development_title})"
                )
            out["briefing"] = replies.digest_json(digest)
            out["reminders"] = [
                {
                    "deadline_id": p.deadline_id,
                    "fire_at": p.fire_at.isoformat(),
                    "offset_s": int(p.offset.total_seconds()),
                }
                for p, _ in reminders
            ]
        finally:
            await app.close()
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(lines) + "\n")
    return 0
