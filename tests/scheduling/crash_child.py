"""A sitrep process for the crash test: runs what is due, posting to a file; may SIGKILL itself.

Usage: python -m tests.scheduling.crash_child DB OUTBOX_FILE NOW_ISO [STAGE:KEY_PREFIX]
The stage hook kills the process (a real SIGKILL, no clean-up) the first time the ledger
reaches STAGE ("recorded", "sending", "sent", "marked") for a key starting with KEY_PREFIX.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import datetime
from pathlib import Path

from bot.app import build_app
from bot.clock import FixedClock
from bot.scheduling import SchedulerRunner, attach_scheduling
from bot.settings import Settings
from tests.scheduling.fakes import FileOutbox


def _killer(spec: str | None):  # type: ignore[no-untyped-def]
    if not spec:
        return None
    stage, _, prefix = spec.partition(":")

    def hook(at: str, key: str) -> None:
        if at == stage and key.startswith(prefix):
            os.kill(os.getpid(), signal.SIGKILL)

    return hook


async def main(db: str, outbox_file: str, now: str, crash: str | None) -> int:
    app = await build_app(Settings(db=Path(db)), FixedClock(datetime.fromisoformat(now)))
    app.outboxes["console"] = FileOutbox(Path(outbox_file))
    runner = SchedulerRunner(attach_scheduling(app, stage_hook=_killer(crash)))
    try:
        await runner.start()  # start-up catch-up: what the restarted bot does first
    finally:
        await runner.stop()
        await app.close()
    return 0


if __name__ == "__main__":
    sys.exit(
        asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))
    )
