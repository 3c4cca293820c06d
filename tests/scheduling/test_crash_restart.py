"""Kill a real sitrep process (SIGKILL) at each step of a delivery; after restarts, each post exists once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import build_app
from bot.clock import FixedClock
from bot.scheduling import attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import add_deadline, add_development

ROOT = Path(__file__).resolve().parents[2]
SETUP_AT = datetime(2026, 5, 3, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)  # T-1h = 06:00 UTC = the 08:00 Madrid digest
RUN_AT = datetime(2026, 5, 4, 6, 0, 30, tzinfo=UTC)


async def _prepare(db: Path) -> None:
    """Set a daily digest and a deadline, and one /remind reminder, all due at RUN_AT."""
    app = await build_app(Settings(db=db), FixedClock(SETUP_AT))
    try:
        service = attach_scheduling(app)
        await service.set_digest("console:main", "daily 08:00", timezone="Europe/Madrid", language="en")
        dev = await add_development(app)
        await add_deadline(app, dev, DUE)
        await service.remind("console:main", dev, "1 hour before the deadline")
    finally:
        await app.close()


def _run(db: Path, outbox: Path, crash: str | None) -> int:
    args = [sys.executable, "-m", "tests.scheduling.crash_child", str(db), str(outbox), RUN_AT.isoformat()]
    if crash:
        args.append(crash)
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr
    return done.returncode


def _posted(outbox: Path) -> list[dict[str, object]]:
    if not outbox.exists():
        return []
    return [json.loads(line) for line in outbox.read_text("utf-8").splitlines()]


async def test_sigkill_at_every_step_of_delivery_never_doubles_or_loses_a_post(tmp_path: Path) -> None:
    db, outbox = tmp_path / "sitrep.db", tmp_path / "posts.jsonl"
    await _prepare(db)
    # Each run dies at a later point; reminders are sent before the digest.
    crashes = [
        ("sending:reminder:", 0),  # recorded, attempt counted, platform not yet called
        ("sent:reminder:", 1),  # the platform posted it; killed before the ledger marked it sent
        ("marked:custom:", 2),  # the first reminder reconciled, the /remind one sent and marked
        ("recorded:digest:", 2),  # the digest recorded, killed before sending
        ("sent:digest:", 3),  # the digest posted, killed before it was marked sent
    ]
    for crash, posts_so_far in crashes:
        assert _run(db, outbox, crash) == -signal.SIGKILL, crash
        assert len(_posted(outbox)) == posts_so_far, crash
    assert _run(db, outbox, None) == 0
    assert _run(db, outbox, None) == 0  # and once more: nothing is left to send

    posts = _posted(outbox)
    keys = [str(p["key"]) for p in posts]
    assert len(keys) == len(set(keys)) == 3
    assert sorted(str(p["kind"]) for p in posts) == ["digest", "reminder", "reminder"]
    assert any(k.startswith("digest:console:main:2026-05-04T06:00:00") for k in keys)

    app = await build_app(Settings(db=db), FixedClock(RUN_AT + timedelta(minutes=1)))
    try:
        ledger = await app.store.deliveries.of_channel("console:main")
        assert [d.status for d in ledger] == ["sent", "sent", "sent"]
        # The digest was found already posted after the last crash: its watermark still moved.
        channel = await app.store.channels.get("console:main")
        assert channel is not None and channel.last_digest_at == RUN_AT
    finally:
        await app.close()
