"""Deadlines of developments, with the history of every change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.domain.lifecycle import DeadlineStep, derive_status
from bot.domain.models import ChangeKind, Deadline, DeadlineChange, DeadlineStatus
from bot.domain.times import due_instant, from_iso, parse_due, to_iso


@dataclass(frozen=True, slots=True)
class HeldChange:
    """A deadline change told before the deadline it speaks of was known, waiting for it."""

    id: int
    development_id: int
    article_id: int
    change: DeadlineChange
    context: str  # the change's sentence
    near: str  # the words around its evidence
    told_at: datetime  # when its article was published (ingested, when undated)
    held_at: datetime  # when sitrep read it (the clock): its wait counts from here
    lapsed_at: datetime | None = None  # when it stopped waiting, its deadline never found
    dated: bool = True  # its article has a publication time (else `told_at` is when it was read)


class DeadlineRepo:
    """Read and write deadlines; every status or due change appends to the history."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        *,
        development_id: int,
        article_id: int | None,
        what: str,
        due: str,
        due_at: datetime,
        evidence: str,
        condition: str | None,
        speaker: str | None,
        now: datetime,
        span: tuple[int, int] | None = None,
    ) -> int | None:
        """Store a new deadline; return its id, or None when the same one is known."""
        cur = await self._conn.execute(
            """INSERT INTO deadlines (development_id, article_id, what, due, due_at, status,
                   evidence, condition, speaker, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (
                development_id,
                article_id,
                what,
                due,
                to_iso(due_at),
                evidence,
                condition,
                speaker,
                to_iso(now),
                to_iso(now),
            ),
        )
        if cur.rowcount == 0:
            return None
        deadline_id = cur.lastrowid
        assert deadline_id is not None
        await self._history(
            deadline_id, None, DeadlineStatus.PENDING, None, due, article_id, evidence, now, span
        )
        await self.refresh_status(development_id)
        return deadline_id

    async def get(self, deadline_id: int) -> Deadline | None:
        """Return one deadline."""
        # One hop to the database thread (a cursor costs three): observers read each touched one.
        rows = list(await self._conn.execute_fetchall("SELECT * FROM deadlines WHERE id = ?", (deadline_id,)))
        return _deadline(rows[0]) if rows else None

    async def of_development(self, development_id: int) -> list[Deadline]:
        """Return a development's deadlines, soonest first."""
        rows = await self._conn.execute_fetchall(
            "SELECT * FROM deadlines WHERE development_id = ? ORDER BY due_at", (development_id,)
        )
        return [_deadline(r) for r in rows]

    async def between(self, start: datetime, end: datetime) -> list[Deadline]:
        """Return deadlines falling due in [start, end], soonest first."""
        async with self._conn.execute(
            "SELECT * FROM deadlines WHERE due_at >= ? AND due_at <= ? ORDER BY due_at",
            (to_iso(start), to_iso(end)),
        ) as cur:
            rows = await cur.fetchall()
        return [_deadline(r) for r in rows]

    async def pending_due_before(self, when: datetime) -> list[Deadline]:
        """Return pending or extended deadlines whose time has passed."""
        async with self._conn.execute(
            """SELECT * FROM deadlines WHERE status IN ('pending', 'extended') AND due_at <= ?
               ORDER BY due_at""",
            (to_iso(when),),
        ) as cur:
            rows = await cur.fetchall()
        return [_deadline(r) for r in rows]

    async def change(
        self,
        deadline_id: int,
        *,
        status: DeadlineStatus,
        now: datetime,
        article_id: int | None = None,
        evidence: str | None = None,
        due: str | None = None,
        due_at: datetime | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        """Move a deadline to a new status (and due time), keeping the old one in history.

        `span` is where `evidence` sits in the article's text (start, end).
        """
        current = await self.get(deadline_id)
        if current is None:
            raise KeyError(deadline_id)
        new_due = due if due is not None else current.due
        new_due_at = due_at if due_at is not None else current.due_at
        await self._conn.execute(
            "UPDATE deadlines SET status = ?, due = ?, due_at = ?, updated_at = ? WHERE id = ?",
            (status.value, new_due, to_iso(new_due_at), to_iso(now), deadline_id),
        )
        await self._history(
            deadline_id, current.status, status, current.due, new_due, article_id, evidence, now, span
        )
        await self.refresh_status(current.development_id)

    async def hold_change(
        self,
        *,
        development_id: int,
        article_id: int,
        change: DeadlineChange,
        context: str,
        near: str,
        told_at: datetime,
        now: datetime,
    ) -> None:
        """Keep a change no deadline of its development takes yet (once: an article tells it once)."""
        await self._conn.execute(
            """INSERT INTO held_changes (development_id, article_id, kind, evidence, new_due, context,
                   near, told_at, start, "end", held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT DO NOTHING""",
            (
                development_id,
                article_id,
                change.kind.value,
                change.evidence,
                change.new_due.isoformat() if change.new_due is not None else None,
                context,
                near,
                to_iso(told_at),
                change.start,
                change.end,
                to_iso(now),
            ),
        )

    async def held_changes(
        self, development_ids: Sequence[int], *, include_lapsed: bool = False
    ) -> list[HeldChange]:
        """Return the changes waiting for these developments' deadlines, in the order they were told.

        `include_lapsed` adds the ones that stopped waiting (for users to see, never to apply).
        """
        if not development_ids:
            return []
        marks = ", ".join("?" * len(development_ids))
        waiting = "" if include_lapsed else " AND h.lapsed_at IS NULL"
        sql = f"""SELECT h.*, a.published IS NOT NULL AS dated
                    FROM held_changes h JOIN articles a ON a.id = h.article_id
                   WHERE h.development_id IN ({marks}){waiting} ORDER BY h.told_at, h.id"""
        rows = await self._conn.execute_fetchall(sql, tuple(development_ids))
        return [_held(r) for r in rows]

    async def lapse_held(self, held_before: datetime, now: datetime) -> list[HeldChange]:
        """Mark the changes held before `held_before` and still waiting as lapsed; return them."""
        rows = await self._conn.execute_fetchall(
            """UPDATE held_changes SET lapsed_at = ? WHERE lapsed_at IS NULL AND held_at <= ?
               RETURNING *""",
            (to_iso(now), to_iso(held_before)),
        )
        return sorted((_held(r) for r in rows), key=lambda h: h.id)

    async def release_change(self, held_id: int) -> None:
        """Forget a held change once it has applied."""
        await self._conn.execute("DELETE FROM held_changes WHERE id = ?", (held_id,))

    async def steps(self, deadline_id: int) -> list[DeadlineStep]:
        """Return a deadline's history as steps, oldest first, each with when its news was told."""
        rows = await self._conn.execute_fetchall(
            """SELECT h.id, h.new_status, h.new_due, h.at, h.article_id, a.published
                 FROM deadline_history h LEFT JOIN articles a ON a.id = h.article_id
                WHERE h.deadline_id = ? ORDER BY h.id""",
            (deadline_id,),
        )
        steps = []
        for index, row in enumerate(rows):
            published = row["published"]
            told = from_iso(published) if published else (None if index == 0 else from_iso(row["at"]))
            steps.append(
                DeadlineStep(
                    id=row["id"],
                    status=DeadlineStatus(row["new_status"]),
                    due=row["new_due"],
                    told_at=told,
                    by_article=row["article_id"] is not None,
                )
            )
        return steps

    async def rewind(
        self, deadline_id: int, to: Deadline, undone: Sequence[DeadlineStep]
    ) -> list[dict[str, Any]]:
        """Undo history steps (told after a change that arrived late); return their rows to replay.

        The deadline goes back to `to` (its status and due before them).
        """
        ids = [step.id for step in undone]
        marks = ", ".join("?" * len(ids))
        rows = await self._conn.execute_fetchall(
            f"SELECT * FROM deadline_history WHERE id IN ({marks}) ORDER BY id", tuple(ids)
        )
        kept = [dict(row) for row in rows]
        await self._conn.execute(f"DELETE FROM deadline_history WHERE id IN ({marks})", tuple(ids))
        await self._conn.execute(
            "UPDATE deadlines SET status = ?, due = ?, due_at = ? WHERE id = ?",
            (to.status.value, to.due, to_iso(to.due_at), deadline_id),
        )
        return kept

    async def replay(
        self, deadline_id: int, rows: Sequence[dict[str, Any]], zone: str, now: datetime
    ) -> None:
        """Apply undone history rows again, in order, on the deadline as it now stands.

        Each keeps when it was recorded, its article and evidence; a step that moved the due time
        moves it again to its own new due, the others keep the due they find.
        """
        for row in rows:
            current = await self.get(deadline_id)
            if current is None:
                raise KeyError(deadline_id)
            moved = row["old_due"] != row["new_due"] and row["new_due"] is not None
            due = row["new_due"] if moved else current.due
            due_at = due_instant(parse_due(due), zone) if moved else current.due_at
            await self._conn.execute(
                "UPDATE deadlines SET status = ?, due = ?, due_at = ?, updated_at = ? WHERE id = ?",
                (row["new_status"], due, to_iso(due_at), to_iso(now), deadline_id),
            )
            await self._conn.execute(
                """INSERT INTO deadline_history (deadline_id, at, old_status, new_status, old_due,
                       new_due, article_id, evidence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    deadline_id,
                    row["at"],
                    current.status.value,
                    row["new_status"],
                    current.due,
                    due,
                    row["article_id"],
                    row["evidence"],
                    row["start"],
                    row["end"],
                ),
            )
        current = await self.get(deadline_id)
        if current is not None:
            await self.refresh_status(current.development_id)

    async def refresh_status(self, development_id: int) -> None:
        """Keep the development's stored status in step with its deadlines (expiry included)."""
        sql = "SELECT phase FROM developments WHERE id = ?"
        found = list(await self._conn.execute_fetchall(sql, (development_id,)))
        if not found:
            return
        row = found[0]
        deadlines = sorted(await self.of_development(development_id), key=lambda d: d.id)
        await self._conn.execute(
            "UPDATE developments SET status = ? WHERE id = ?",
            (derive_status(row[0], deadlines), development_id),
        )

    async def history(self, deadline_id: int) -> list[dict[str, str | None]]:
        """Return a deadline's changes, oldest first."""
        rows = await self._conn.execute_fetchall(
            "SELECT * FROM deadline_history WHERE deadline_id = ? ORDER BY id", (deadline_id,)
        )
        return [
            {k: row[k] for k in ("at", "old_status", "new_status", "old_due", "new_due", "evidence")}
            for row in rows
        ]

    async def _history(
        self,
        deadline_id: int,
        old_status: DeadlineStatus | None,
        new_status: DeadlineStatus,
        old_due: str | None,
        new_due: str | None,
        article_id: int | None,
        evidence: str | None,
        now: datetime,
        span: tuple[int, int] | None = None,
    ) -> None:
        await self._conn.execute(
            """INSERT INTO deadline_history (deadline_id, at, old_status, new_status, old_due,
                   new_due, article_id, evidence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                deadline_id,
                to_iso(now),
                old_status.value if old_status else None,
                new_status.value,
                old_due,
                new_due,
                article_id,
                evidence,
                span[0] if span else None,
                span[1] if span else None,
            ),
        )


def _deadline(row: aiosqlite.Row) -> Deadline:
    return Deadline(
        id=row["id"],
        development_id=row["development_id"],
        article_id=row["article_id"],
        what=row["what"],
        due=row["due"],
        due_at=from_iso(row["due_at"]),
        status=DeadlineStatus(row["status"]),
        evidence=row["evidence"],
        condition=row["condition"],
        speaker=row["speaker"],
    )


def _held(row: aiosqlite.Row) -> HeldChange:
    new_due = row["new_due"]
    change = DeadlineChange(
        ChangeKind(row["kind"]),
        row["evidence"],
        row["start"],
        row["end"],
        parse_due(new_due) if new_due is not None else None,
    )
    return HeldChange(
        id=row["id"],
        development_id=row["development_id"],
        article_id=row["article_id"],
        change=change,
        context=row["context"],
        near=row["near"],
        told_at=from_iso(row["told_at"]),
        held_at=from_iso(row["held_at"] or row["told_at"]),  # set by every version since 10
        lapsed_at=from_iso(row["lapsed_at"]) if row["lapsed_at"] is not None else None,
        # `in` on a row looks among its values: the column names are its keys().
        dated=bool(row["dated"]) if "dated" in row.keys() else True,  # noqa: SIM118
    )
