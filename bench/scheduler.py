"""Benchmark: schedule 10,000 reminders, start the scheduler, measure start-up and firing lateness.

Run: python bench/scheduler.py [--count N] [--spread SECONDS]
Goals (issue 5): start-up < 2 s, p99 lateness < 1 s. A benchmark, not a test: it uses the
real clock and a temporary database, and posts to an outbox that only notes the time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_app
from bot.clock import SystemClock
from bot.ports import Post
from bot.scheduling import SchedulerRunner, attach_scheduling
from bot.settings import Settings


class TimingOutbox:
    """Notes when each reminder arrived."""

    platform = "console"

    def __init__(self, clock: SystemClock, expected: int) -> None:
        self.clock = clock
        self.expected = expected
        self.arrived: list[datetime] = []
        self.all_arrived = asyncio.Event()

    async def send(self, channel_ref: str, post: Post) -> str:
        """Record the arrival time."""
        self.arrived.append(self.clock.now())
        if len(self.arrived) >= self.expected:
            self.all_arrived.set()
        return str(len(self.arrived))


async def seed(db: Path, count: int, first: datetime, spread: float) -> list[datetime]:
    """Store `count` reminders firing evenly over `spread` seconds from `first`."""
    clock = SystemClock()
    app = await build_app(Settings(db=db), clock)
    try:
        now = clock.now()
        async with app.store.transaction():
            channel = await app.store.channels.ensure("console:bench", timezone="UTC", language="en", now=now)
            dev = await app.store.developments.create(
                title="Benchmark",
                language="en",
                actors=frozenset(),
                keywords=frozenset(),
                status="open",
                now=now,
            )
            times = [first + timedelta(seconds=spread * i / count) for i in range(count)]
            for when in times:
                await app.store.reminders.add(
                    channel_id=channel.id, kind="custom", fire_at=when, now=now, development_id=dev
                )
        return times
    finally:
        await app.close()


async def run(count: int, spread: float, lead: float) -> int:
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        clock = SystemClock()
        first = clock.now() + timedelta(seconds=lead)
        seeded = time.perf_counter()
        fire_times = await seed(db, count, first, spread)
        print(f"scheduled {count:,} reminders in {time.perf_counter() - seeded:.2f} s (one transaction)")

        started = time.perf_counter()
        app = await build_app(Settings(db=db), clock)
        outbox = TimingOutbox(clock, count)
        app.outboxes["console"] = outbox
        runner = SchedulerRunner(attach_scheduling(app))
        await runner.start()
        startup = time.perf_counter() - started
        print(f"firing over {spread:.0f} s; start-up (open, migrate, catch-up, jobs): {startup:.3f} s")
        if clock.now() > first:
            print("warning: start-up overran the first fire time; lateness includes it")

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(outbox.all_arrived.wait(), timeout=lead + spread + 60)
        await runner.stop()
        await app.close()

    lateness = sorted((a - f).total_seconds() for a, f in zip(outbox.arrived, fire_times, strict=False))
    if len(lateness) < count:
        print(f"only {len(lateness):,} of {count:,} reminders arrived")
        return 1
    p50 = statistics.median(lateness)
    p99 = lateness[int(0.99 * (len(lateness) - 1))]
    print(f"lateness: p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max {lateness[-1] * 1000:.1f} ms")
    ok = startup < 2 and p99 < 1
    print("goals (start-up < 2 s, p99 < 1 s):", "met" if ok else "NOT met")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--spread", type=float, default=20.0, help="seconds over which the reminders fire")
    parser.add_argument("--lead", type=float, default=3.0, help="seconds from seeding to the first reminder")
    args = parser.parse_args()
    return asyncio.run(run(args.count, args.spread, args.lead))


if __name__ == "__main__":
    sys.exit(main())
