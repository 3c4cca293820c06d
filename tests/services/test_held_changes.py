"""A deadline change applies once its deadline is known, whatever order the articles arrive in.

An undated article (or one a feed delivers late) may bring the deadline that an article already
stored said was met or extended: the change is held in the database and applies when the
deadline arrives, as it would have in publication order, once, across restarts. It lands only
on a deadline it fits surely (not on another deadline of the story a later article brings), a
change read after later news of its deadline is replayed in told order, and a hold that finds
no deadline lapses after `HOLD_WINDOW` on the clock, kept on record and listed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import permutations
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.domain.lifecycle import HOLD_WINDOW
from bot.domain.models import ArticleInput, ChangeKind, DeadlineStatus
from bot.render.replies import developments_text
from bot.services.ingest import IngestResult
from bot.settings import Settings
from tests.builders import analysis_of

DAY = datetime(2026, 3, 2, 9, tzinfo=UTC)
OPENED = (
    "The Valdora Water Board opened the tender for the Brenmoor reservoir pumps on Monday.\n"
    "Bids for the Brenmoor pumps must be filed by March 20, the Valdora Water Board said."
)
MET = (
    "The Valdora Water Board received eleven bids for the Brenmoor reservoir pumps before the tender "
    "closed, meeting its deadline.\n"
    "The Brenmoor works are due to start in May."
)
EXTENDED = (
    "The Valdora Water Board extended the Brenmoor reservoir pumps tender to April 3 after bidders "
    "asked for more time.\n"
    "The Brenmoor works are due to start in June."
)


@dataclass(frozen=True)
class Report:
    """One article of the story: its text, title, publication (None: undated) and what it tells."""

    name: str
    text: str
    published: datetime | None
    deadlines: tuple[tuple[str, date, str], ...] = ()
    changes: tuple[tuple[ChangeKind, str, date | None], ...] = ()


def opened(published: datetime | None) -> Report:
    """The article that sets the deadline (bids by March 20)."""
    due = ("by March 20", date(2026, 3, 20), "bids for the Brenmoor reservoir pumps tender")
    return Report("opened", OPENED, published, deadlines=(due,))


MEETS = Report(
    "met", MET, DAY + timedelta(days=19), changes=((ChangeKind.MEET, "meeting its deadline", None),)
)
EXTENDS = Report(
    "extended",
    EXTENDED,
    DAY + timedelta(days=17),
    changes=(
        (ChangeKind.EXTEND, "extended the Brenmoor reservoir pumps tender to April 3", date(2026, 4, 3)),
    ),
)


async def arrive(app: App, clock: FixedClock, report: Report, at: datetime) -> IngestResult:
    """Ingest one report at `at` (its arrival: the clock, and the date of an undated one)."""
    clock.set(at)
    return await app.ingest.ingest(
        ArticleInput(report.text, title=report.name, published=report.published, lang="en"),
        analysis=analysis_of(
            report.text,
            published=report.published,
            deadlines=list(report.deadlines),
            changes=list(report.changes),
        ),
    )


async def story(tmp_path: Path, name: str, reports: tuple[Report, ...]) -> list[tuple[str, str, list[str]]]:
    """Ingest reports in the order given into a fresh file; return each deadline's due, status, history."""
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / f"{name}.db"), clock)
    try:
        at = DAY + timedelta(days=30)
        developments = set()
        for report in reports:
            at += timedelta(hours=1)
            result = await arrive(app, clock, report, at)
            developments.update(d.id for d in result.developments)
        assert len(developments) == 1  # one story: what the test is about needs it
        (dev_id,) = developments
        out = []
        for deadline in await app.store.deadlines.of_development(dev_id):
            history = [
                f"{h['new_status']} {h['new_due']}" for h in await app.store.deadlines.history(deadline.id)
            ]
            out.append((deadline.due, deadline.status.value, history))
        return out
    finally:
        await app.close()


async def test_a_change_applies_to_its_deadline_whatever_order_the_articles_arrive_in(tmp_path: Path) -> None:
    for change in (MEETS, EXTENDS):
        expected = None
        for undated in (False, True):
            deadline = opened(None if undated else DAY)
            for order in permutations((deadline, change)):
                got = await story(tmp_path, f"{change.name}-{undated}-{order[0].name}", order)
                expected = expected or got
                assert got == expected, (change.name, undated, [r.name for r in order])
    met = await story(tmp_path, "met-only-order", (opened(DAY), MEETS))
    extended = await story(tmp_path, "extended-only-order", (opened(DAY), EXTENDS))
    assert met == [("2026-03-20", "met", ["pending 2026-03-20", "met 2026-03-20"])]
    assert extended == [("2026-04-03", "extended", ["pending 2026-03-20", "extended 2026-04-03"])]


async def test_a_deadline_first_published_after_the_change_is_another_one(tmp_path: Path) -> None:
    later_deadline = opened(MEETS.published + timedelta(days=2))  # type: ignore[operator]
    got = await story(tmp_path, "after", (MEETS, later_deadline))
    assert got == [("2026-03-20", "pending", ["pending 2026-03-20"])]


async def test_a_held_change_applies_once_across_restarts(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "restarts.db")
    clock = FixedClock(DAY)
    at = DAY + timedelta(days=30)
    app = await build_app(settings, clock)
    try:
        told = await arrive(app, clock, MEETS, at)
        assert told.deadlines_changed == 0
    finally:
        await app.close()
    for restart in range(2):  # the deadline's article, then the same article again after a restart
        app = await build_app(settings, clock)
        try:
            result = await arrive(app, clock, opened(None), at + timedelta(hours=1 + restart))
            (deadline,) = await app.store.deadlines.of_development(told.developments[0].id)
            history = await app.store.deadlines.history(deadline.id)
            held = await app.store.deadlines.held_changes([told.developments[0].id])
        finally:
            await app.close()
        assert result.deadlines_changed == (1 if restart == 0 else 0)
        assert (result.duplicate_of is None) == (restart == 0)
        assert deadline.status is DeadlineStatus.MET and held == []
        assert [h["new_status"] for h in history] == ["pending", "met"]
        assert history[-1]["evidence"] == "meeting its deadline"


async def test_a_change_its_own_article_places_is_not_held(tmp_path: Path) -> None:
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "placed.db"), clock)
    try:
        first = await arrive(app, clock, opened(DAY), DAY)
        second = await arrive(app, clock, MEETS, DAY + timedelta(days=19))
        assert second.deadlines_changed == 1
        assert await app.store.deadlines.held_changes([first.developments[0].id]) == []
    finally:
        await app.close()


async def test_a_merge_moves_the_changes_held_for_the_merged_development(tmp_path: Path) -> None:
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "merge.db"), clock)
    try:
        told = await arrive(app, clock, MEETS, DAY + timedelta(days=19))
        other = Report("other", "The Orlen Ferry Company cancelled its Sunday crossings to Kessport.", DAY)
        kept = await arrive(app, clock, other, DAY + timedelta(days=20))
        source, target = told.developments[0].id, kept.developments[0].id
        assert source != target
        async with app.store.transaction():
            await app.store.developments.merge(source, target, clock.now())
        assert await app.store.deadlines.held_changes([source]) == []
        (held,) = await app.store.deadlines.held_changes([target])
        assert held.change.kind is ChangeKind.MEET and held.change.evidence == "meeting its deadline"
    finally:
        await app.close()


async def test_held_changes_apply_in_the_order_they_were_told_whatever_order_they_arrived_in(
    tmp_path: Path,
) -> None:
    # Extended on the 17th, met on the 19th: the deadline's article may come first, between or
    # last, and the two changes in either order: the extension arriving after the meeting
    # applied is replayed before it, as publication order would have had it.
    told = [("pending", "2026-03-20"), ("extended", "2026-04-03"), ("met", "2026-04-03")]
    expected = [("2026-04-03", "met", [f"{status} {due}" for status, due in told])]
    for undated in (False, True):
        deadline = opened(None if undated else DAY)
        for order in permutations((deadline, EXTENDS, MEETS)):
            name = "-".join(r.name for r in order) + f"-{undated}"
            assert await story(tmp_path, name, order) == expected, name


# The article that sets the deadline and says it was met (bids by March 20, met on the 21st).
OPENED_AND_MET = Report(
    "opened-and-met",
    OPENED + "\n" + MET.split("\n")[0],
    DAY + timedelta(days=19),
    deadlines=(("by March 20", date(2026, 3, 20), "bids for the Brenmoor reservoir pumps tender"),),
    changes=((ChangeKind.MEET, "meeting its deadline", None),),
)
# Another deadline of the same story, weeks later, told by an undated (or late) article.
WORKS_TEXT = "The Valdora Water Board said the Brenmoor reservoir pumps works must start by May 4."
WORKS_DUE = ("by May 4", date(2026, 5, 4), "the Brenmoor reservoir pumps works start")


def works(published: datetime | None) -> Report:
    """An article that brings the story's other deadline (works to start by May 4)."""
    return Report("works", WORKS_TEXT, published, deadlines=(WORKS_DUE,))


async def test_a_change_about_its_own_articles_deadline_is_not_taken_by_a_later_article(
    tmp_path: Path,
) -> None:
    # Undated, or published before the change was told and delivered late: either way the May
    # deadline is not the one the bids met.
    for published in (None, DAY + timedelta(days=5)):
        got = await story(tmp_path, f"own-{published is None}", (OPENED_AND_MET, works(published)))
        assert got == [
            ("2026-03-20", "met", ["pending 2026-03-20", "met 2026-03-20"]),
            ("2026-05-04", "pending", ["pending 2026-05-04"]),
        ], published


async def test_a_change_its_own_articles_deadline_does_not_fit_waits_for_the_one_it_speaks_of(
    tmp_path: Path,
) -> None:
    # The article says the bids met their deadline and brings only the works' May deadline: a
    # meeting told on 21 March is not of a deadline six weeks ahead, so it waits for the bids'.
    met_and_works = Report(
        "met-and-works",
        MET.split("\n")[0] + "\n" + WORKS_TEXT,
        DAY + timedelta(days=19),
        deadlines=(WORKS_DUE,),
        changes=((ChangeKind.MEET, "meeting its deadline", None),),
    )
    got = await story(tmp_path, "waits", (met_and_works, opened(None)))
    assert got == [
        ("2026-03-20", "met", ["pending 2026-03-20", "met 2026-03-20"]),
        ("2026-05-04", "pending", ["pending 2026-05-04"]),
    ]


async def test_an_earlier_extension_read_after_a_later_one_is_replayed_before_it(tmp_path: Path) -> None:
    # Pushed to March 27 on the 15th, then to April 3 on the 17th; the first report arrives last.
    first = Report(
        "first-extension",
        "The Valdora Water Board extended the Brenmoor reservoir pumps tender to March 27 at the "
        "request of two bidders.",
        DAY + timedelta(days=13),
        changes=(
            (
                ChangeKind.EXTEND,
                "extended the Brenmoor reservoir pumps tender to March 27",
                date(2026, 3, 27),
            ),
        ),
    )
    got = await story(tmp_path, "two-extensions", (opened(DAY), EXTENDS, first))
    assert got == [
        ("2026-04-03", "extended", ["pending 2026-03-20", "extended 2026-03-27", "extended 2026-04-03"])
    ]


async def test_a_held_change_still_applies_just_inside_the_hold_window(tmp_path: Path) -> None:
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "inside.db"), clock)
    try:
        told_at = DAY + timedelta(days=19)
        told = await arrive(app, clock, MEETS, told_at)
        result = await arrive(app, clock, opened(None), told_at + HOLD_WINDOW - timedelta(minutes=1))
        (deadline,) = await app.store.deadlines.of_development(told.developments[0].id)
    finally:
        await app.close()
    assert result.deadlines_changed == 1 and deadline.status is DeadlineStatus.MET


async def test_a_held_change_lapses_after_the_hold_window_and_stays_on_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The clock, not the articles' dates, measures the wait: the meeting was held when it was read.
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "lapsed.db"), clock)
    caplog.set_level(logging.INFO, logger="bot.services.ingest")
    try:
        told_at = DAY + timedelta(days=19)
        told = await arrive(app, clock, MEETS, told_at)
        dev_id = told.developments[0].id
        lapse_at = told_at + HOLD_WINDOW
        result = await arrive(app, clock, opened(None), lapse_at)
        (deadline,) = await app.store.deadlines.of_development(dev_id)
        waiting = await app.store.deadlines.held_changes([dev_id])
        (kept,) = await app.store.deadlines.held_changes([dev_id], include_lapsed=True)
        view = await app.developments.show(dev_id)
    finally:
        await app.close()
    assert result.deadlines_changed == 0 and deadline.status is DeadlineStatus.PENDING
    assert waiting == []
    assert kept.change.evidence == "meeting its deadline"
    assert kept.held_at == told_at and kept.lapsed_at == lapse_at
    assert "lapsed" in caplog.text and "meeting its deadline" in caplog.text
    # Users see it: `developments show` lists the change that never found its deadline.
    assert view.held == [kept]
    assert 'change lapsed: meet "meeting its deadline"' in developments_text([view], "UTC")


async def test_a_waiting_change_is_listed_with_its_development(tmp_path: Path) -> None:
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "waiting.db"), clock)
    try:
        told = await arrive(app, clock, MEETS, DAY + timedelta(days=19))
        view = await app.developments.show(told.developments[0].id)
    finally:
        await app.close()
    (held,) = view.held
    assert held.lapsed_at is None
    assert 'change waiting for its deadline: meet "meeting its deadline"' in developments_text([view], "UTC")


async def test_an_older_report_of_an_outcome_already_applied_is_a_restatement(tmp_path: Path) -> None:
    # Met on the 21st (applied); a report of the 20th saying the same arrives afterwards.
    older = Report(
        "older-met",
        "All bids for the Brenmoor reservoir pumps were in by the close, meeting its deadline, the "
        "Valdora Water Board said.",
        DAY + timedelta(days=18),
        changes=((ChangeKind.MEET, "meeting its deadline", None),),
    )
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "restated.db"), clock)
    try:
        await arrive(app, clock, opened(DAY), DAY + timedelta(days=30))
        await arrive(app, clock, MEETS, DAY + timedelta(days=31))
        result = await arrive(app, clock, older, DAY + timedelta(days=32))
        (deadline,) = await app.store.deadlines.of_development(result.developments[0].id)
        history = await app.store.deadlines.history(deadline.id)
        held = await app.store.deadlines.held_changes([result.developments[0].id])
    finally:
        await app.close()
    assert (result.deadlines_changed, result.changes_restated) == (0, 1)
    assert [h["new_status"] for h in history] == ["pending", "met"] and held == []


async def test_a_split_moves_the_changes_its_article_holds(tmp_path: Path) -> None:
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "split.db"), clock)
    try:
        first = await arrive(app, clock, opened(DAY), DAY + timedelta(days=1))
        source = first.developments[0].id
        (deadline,) = await app.store.deadlines.of_development(source)
        # The tender's deadline is closed already: the meeting told next finds nothing open.
        await app.store.deadlines.change(deadline.id, status=DeadlineStatus.CANCELLED, now=clock.now())
        told = await arrive(app, clock, MEETS, DAY + timedelta(days=20))
        assert told.developments[0].id == source and told.article_id is not None
        (held,) = await app.store.deadlines.held_changes([source])
        # Linked to the tender's story but about another deadline: the user splits it off.
        split = await app.developments.split(source, told.article_id)
        moved = await app.store.deadlines.held_changes([split.id])
        left = await app.store.deadlines.held_changes([source])
    finally:
        await app.close()
    assert [h.id for h in moved] == [held.id] and left == []


async def test_an_undated_articles_change_is_placed_by_its_words_not_by_when_it_was_read(
    tmp_path: Path,
) -> None:
    # Read on 1 December: the plans' deadline the next day is close to the reading, not to the
    # telling (unknown); the breach speaks of the fine, by its words.
    text = (
        "The Lorne Dairy cooperative, which sealed its well on time last month, did not pay the fine "
        "of 4,000 pounds that fell due on October 30, the council said.\n"
        "Farms have until December 2 to file their savings plans with the council."
    )
    report = Report(
        "undated-breach",
        text,
        None,
        deadlines=(
            ("fell due on October 30", date(2026, 10, 30), "the cooperative pays the fine of 4,000 pounds"),
            ("until December 2", date(2026, 12, 2), "farms file their savings plans"),
        ),
        changes=((ChangeKind.BREAK, "did not pay", None),),
    )
    clock = FixedClock(DAY)
    app = await build_app(Settings(db=tmp_path / "undated.db"), clock)
    try:
        result = await arrive(app, clock, report, datetime(2026, 12, 1, 9, tzinfo=UTC))
        deadlines = await app.store.deadlines.of_development(result.developments[0].id)
    finally:
        await app.close()
    assert [(d.due, d.status.value) for d in deadlines] == [
        ("2026-10-30", "broken"),
        ("2026-12-02", "pending"),
    ]
