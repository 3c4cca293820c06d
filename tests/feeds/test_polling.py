"""The poller against the local server: no reposts, no silent failures, hostile feeds contained."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.services.feeds import FeedService
from bot.storage.feeds import FeedRepo
from tests.feeds.conftest import FakeOutbox
from tests.feeds.server import FeedServer, rfc822, rss
from tests.feeds.words import NEWS_WORDS

WORDS = [
    "port",
    "authority",
    "traffic",
    "container",
    "route",
    "customs",
    "dock",
    "worker",
    "shift",
    "fuel",
    "cost",
    "recovery",
    *NEWS_WORDS,
]


def body(seed: str) -> str:
    """A distinct, sentence-like text per seed (distinct items must not look like copies)."""
    rng = random.Random(seed)
    sentences = [
        "The {} said on Monday that the {} and the {} will meet the {} of the {} before the {} is over.".format(
            *rng.choices(WORDS, k=6)
        )
        for _ in range(5)
    ]
    return " ".join(sentences)


def items(n: int, start: int = 1, *, prefix: str = "a") -> list[dict[str, str]]:
    return [
        {
            "guid": f"{prefix}-{i}",
            "link": f"http://news.example/{prefix}/{i}?utm_source=rss",
            "title": f"Story {prefix} {i}",
            "date": rfc822(1 + i % 27),
            "description": body(f"{prefix}{i}"),
        }
        for i in range(start, start + n)
    ]


async def _articles(app: App) -> int:
    return await app.store.articles.count()


async def test_first_poll_stores_entries_without_ingesting_and_an_unchanged_repoll_is_a_304(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    server.feeds["a"] = rss(items(5))
    view = await feeds.add("console:main", server.url("/feed/a"))
    first = await feeds.poll_due(force=True)
    assert [o.status for o in first.outcomes] == ["ok"]
    assert first.outcomes[0].seen == 5 and first.added == 0
    assert await _articles(app) == 0
    assert await feeds.repo.entry_count(view.id) == 5
    sent_before = server.body_bytes["a"]
    second = await feeds.poll_due(force=True)
    assert [o.status for o in second.outcomes] == ["not-modified"]
    assert server.body_bytes["a"] == sent_before  # no body the second time
    assert await feeds.repo.entry_count(view.id) == 5 and await _articles(app) == 0


async def test_new_entries_after_the_first_poll_become_articles_once(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    server.feeds["a"] = rss(items(3))
    await feeds.add("console:main", server.url("/feed/a"))
    await feeds.poll_due(force=True)
    server.feeds["a"] = rss(items(2, start=4) + items(3))
    report = await feeds.poll_due(force=True)
    assert report.added == 2
    assert await _articles(app) == 2
    # Same items, a different document (reordered): nothing new.
    server.feeds["a"] = rss(list(reversed(items(2, start=4) + items(3))))
    again = await feeds.poll_due(force=True)
    assert again.outcomes[0].status == "ok" and again.added == 0
    assert await _articles(app) == 2


async def test_retitled_and_redated_items_become_change_notes_not_reposts(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    server.feeds["a"] = rss(items(1))
    view = await feeds.add("console:main", server.url("/feed/a"), backfill=1)
    await feeds.poll_due(force=True)
    assert await _articles(app) == 1
    changed = items(1)
    changed[0]["title"] = "Story a 1 (updated)"
    changed[0]["date"] = rfc822(20, hour=18)
    server.feeds["a"] = rss(changed)
    report = await feeds.poll_due(force=True)
    assert report.added == 0 and report.outcomes[0].changed == 1
    assert await _articles(app) == 1
    notes = await FeedRepo(app.store.conn).changes_of(1)
    assert [(n.field, n.old, n.new) for n in notes] == [("title", "Story a 1", "Story a 1 (updated)")]
    # A corrected text is a note holding the new text's start, still not a new article.
    changed[0]["description"] = "Correction: " + changed[0]["description"]
    server.feeds["a"] = rss(changed)
    await feeds.poll_due(force=True)
    notes = await feeds.repo.changes_of(1)
    assert notes[-1].field == "content" and (notes[-1].new or "").startswith("Correction: The ")
    # Re-dated again, same title: still the same article, no second note.
    changed[0]["date"] = rfc822(25)
    server.feeds["a"] = rss(changed)
    await feeds.poll_due(force=True)
    assert await _articles(app) == 1 and len(await feeds.repo.changes_of(1)) == 2
    assert await feeds.repo.entry_count(view.id) == 1


async def test_broken_guids_that_change_every_poll_do_not_repost(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    server.feeds["a"] = rss(items(3))
    await feeds.add(None, server.url("/feed/a"))
    await feeds.poll_due(force=True)
    regenerated = items(3)
    for it in regenerated:
        it["guid"] = it["guid"] + "-session-xyz"
        it["link"] = it["link"].replace("utm_source=rss", "utm_source=other")
    server.feeds["a"] = rss(regenerated)
    report = await feeds.poll_due(force=True)
    assert report.added == 0 and await _articles(app) == 0


async def test_a_guid_reused_for_every_item_still_yields_each_item_once(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    reused = items(3)
    for it in reused:
        it["guid"] = "http://news.example/"
    server.feeds["a"] = rss(reused)
    await feeds.add(None, server.url("/feed/a"), backfill=10)
    report = await feeds.poll_due(force=True)
    assert report.added == 3 and await _articles(app) == 3
    server.feeds["a"] = rss(items(1, start=9) + reused)
    for it in items(1, start=9):
        it["guid"] = "http://news.example/"
    later = await feeds.poll_due(force=True)
    assert later.added == 1 and await _articles(app) == 4
    feed = (await feeds.repo.all())[0]
    assert feed.guids_unreliable


async def test_duplicate_guids_within_one_document_are_one_item(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    same = items(1)
    server.feeds["a"] = rss(same + same)
    await feeds.add(None, server.url("/feed/a"), backfill=5)
    report = await feeds.poll_due(force=True)
    assert report.added == 1 and await _articles(app) == 1


async def test_a_wire_copy_in_another_feed_is_one_article(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    original = items(1)
    copy = items(1, prefix="b")
    copy[0]["title"] = "Port traffic up again"
    copy[0]["description"] = "PORTVILLE (Wire) - " + original[0]["description"] + " Reporting by Wire."
    server.feeds["a"] = rss(original)
    server.feeds["b"] = rss(copy)
    await feeds.add(None, server.url("/feed/a"), backfill=1)
    await feeds.add(None, server.url("/feed/b"), backfill=1)
    report = await feeds.poll_due(force=True)
    assert sorted(o.status for o in report.outcomes) == ["ok", "ok"]
    # Stored as a marked copy of the first (its source and link kept), counted once.
    assert report.added == 1 and sum(o.duplicates for o in report.outcomes) == 1
    rows = await app.store.conn.execute_fetchall("SELECT id, copy_of FROM articles ORDER BY id")
    assert [(r[0], r[1]) for r in rows] == [(rows[0][0], None), (rows[1][0], rows[0][0])]
    again = await feeds.poll_due(force=True)
    assert again.added == 0 and await _articles(app) == 2


async def test_each_hostile_feed_is_a_recorded_error_and_the_good_feed_still_works(
    app: App, feeds: FeedService, server: FeedServer, clock: FixedClock
) -> None:
    server.feeds["good"] = rss(items(2))
    good = await feeds.add("console:main", server.url("/feed/good"), backfill=2)
    await feeds.poll_due(force=True)
    assert await _articles(app) == 2
    hostile = {
        "/status/500": "HTTP 500",
        "/status/429": "HTTP 429",
        "/hang": "timed out after 1.5 s",
        "/malformed": "malformed feed",
        "/huge": "too large",
        "/bomb": "decompressed",
        "/loop/a": "redirect loop",
        "/to?url=http://169.254.169.254/latest/meta-data/": "metadata",
    }
    ids = {}
    for path in hostile:
        ids[path] = (await feeds.add("console:main", server.url(path))).id
    server.feeds["good"] = rss(items(1, start=3) + items(2))
    report = await feeds.poll_due(force=True)
    by_id = {o.feed_id: o for o in report.outcomes}
    assert by_id[good.id].status == "ok" and by_id[good.id].added == 1
    assert not report.outage
    views = {v.id: v for v in await feeds.list()}
    for path, expected in hostile.items():
        view = views[ids[path]]
        assert view.consecutive_failures == 1, path
        assert view.last_error is not None and expected in view.last_error, (path, view.last_error)
        assert view.next_attempt is not None and view.next_attempt > clock.now()
    # Retry-After: 7200 pushes the 429 feed's next attempt two hours out.
    assert views[ids["/status/429"]].next_attempt >= clock.now() + timedelta(seconds=7200)  # type: ignore[operator]
    assert views[good.id].healthy
    assert await _articles(app) == 3  # nothing stored was lost


async def test_a_failing_feed_gets_one_notice_and_one_recovery_notice(
    app: App, feeds: FeedService, server: FeedServer, outbox: FakeOutbox, clock: FixedClock
) -> None:
    server.feeds["a"] = rss(items(1))
    view = await feeds.add("console:main", server.url("/feed/a"))
    await feeds.poll_due(force=True)
    del server.feeds["a"]  # now 404
    for _ in range(4):
        clock.advance(timedelta(hours=7))
        await feeds.poll_due()
    failing = [p for _, p in outbox.sent]
    assert len(failing) == 1 and "is failing" in failing[0].text and "HTTP 404" in failing[0].text
    assert outbox.sent[0][0] == "console:main"
    assert (await feeds.list())[0].consecutive_failures == 4  # never disabled
    server.feeds["a"] = rss(items(1))
    clock.advance(timedelta(hours=7))
    await feeds.poll_due()
    await feeds.poll_due(force=True)
    assert len(outbox.sent) == 2 and "works again" in outbox.sent[1][1].text
    assert (await feeds.list())[0].healthy
    assert view.id == (await feeds.list())[0].id


async def test_backoff_grows_on_each_failure_and_is_capped(
    app: App, feeds: FeedService, server: FeedServer, clock: FixedClock
) -> None:
    await feeds.add(None, server.url("/status/500"))
    delays = []
    for _ in range(8):
        await feeds.poll_due(force=True)
        view = (await feeds.list())[0]
        assert view.next_attempt is not None
        delays.append((view.next_attempt - clock.now()).total_seconds())
    assert delays[:4] == [600, 1200, 2400, 4800]
    assert max(delays) == 6 * 3600


async def test_a_machine_wide_outage_is_not_blamed_on_the_feeds(
    app: App, feeds: FeedService, outbox: FakeOutbox
) -> None:
    # Nothing listens on port 9 of loopback: every connection is refused, on three hosts.
    for host in ("127.0.0.1", "127.0.0.3", "127.0.0.4"):
        await feeds.add("console:main", f"http://{host}:9/feed")
    for _ in range(3):
        report = await feeds.poll_due(force=True)
        assert report.outage
    for view in await feeds.list():
        assert view.consecutive_failures == 0 and view.healthy
        assert view.last_error is not None and "network outage" in view.last_error
    # Still down, and only one feed due this round: the outage goes on, nobody is blamed.
    one = (await feeds.list())[0]
    assert (await feeds.poll_feed(one.id)).status == "failed"
    report = await feeds.poll_due(force=True)
    assert report.outage
    assert all(v.consecutive_failures == 0 for v in await feeds.list())
    assert outbox.sent == []


async def test_every_feed_of_one_host_failing_is_blamed_on_that_host(
    app: App, feeds: FeedService, outbox: FakeOutbox
) -> None:
    for name in ("a", "b"):
        await feeds.add("console:main", f"http://127.0.0.1:9/{name}")
    for _ in range(2):
        report = await feeds.poll_due(force=True)
        assert not report.outage
    assert [v.consecutive_failures for v in await feeds.list()] == [2, 2]
    assert len(outbox.sent) == 2  # one notice per feed


async def test_a_redirect_to_loopback_is_refused_for_a_feed_when_not_allowlisted(
    app: App, server: FeedServer
) -> None:
    from bot.feeds.fetcher import SafeFetcher
    from tests.feeds.conftest import policy

    service = FeedService(
        app.store, app.clock, app.ingest, SafeFetcher(policy(allow_hosts=("127.0.0.2",))), interval_s=600
    )
    server.feeds["a"] = rss(items(1))
    target = server.url("/feed/a")
    await service.add(None, server.url(f"/to?url={target}", host="127.0.0.2"))
    report = await service.poll_due(force=True)
    assert report.outcomes[0].status == "failed"
    assert "127.0.0.1 is a loopback address" in (report.outcomes[0].error or "")
    assert server.hits["a"] == 0


async def test_rss_ttl_and_max_age_stretch_the_interval(
    app: App, feeds: FeedService, server: FeedServer, clock: FixedClock
) -> None:
    server.feeds["a"] = rss(items(1), ttl=120)
    await feeds.add(None, server.url("/feed/a"))
    await feeds.poll_due(force=True)
    view = (await feeds.list())[0]
    assert view.next_attempt == clock.now() + timedelta(minutes=120)
    assert await feeds.poll_due() == type(await feeds.poll_due())()  # nothing is due yet


async def test_requests_to_one_host_are_limited_to_two_at_a_time(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    for i in range(8):
        await feeds.add(None, server.url(f"/slow/s{i}"))
    report = await feeds.poll_due(force=True)
    assert [o.status for o in report.outcomes] == ["ok"] * 8
    assert server.max_active == 2  # FetchPolicy.per_host


async def test_the_background_poller_polls_due_feeds_and_stops_cleanly(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    import asyncio

    from bot.feeds.runtime import feed_polling

    server.feeds["a"] = rss(items(2))
    view = await feeds.add(None, server.url("/feed/a"))
    async with feed_polling(app) as task:
        assert task is not None
        for _ in range(100):
            if server.hits["a"]:
                break
            await asyncio.sleep(0.02)
    assert task.done()
    assert await feeds.repo.entry_count(view.id) == 2


async def test_a_feed_interval_below_a_minute_is_refused(feeds: FeedService) -> None:
    import pytest

    from bot.errors import InputError

    with pytest.raises(InputError, match="at least 1 minute"):
        await feeds.add(None, "https://example.com/rss", interval_s=5)
    view = await feeds.add(None, "https://example.com/rss", interval_s=3600)
    assert (await feeds.repo.get(view.id)).interval_s == 3600  # type: ignore[union-attr]


async def test_a_crash_while_recording_a_document_keeps_earlier_polls_and_the_retry_adds_each_once(
    app: App, feeds: FeedService, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.feeds["a"] = rss(items(2))
    view = await feeds.add(None, server.url("/feed/a"), backfill=2)
    assert (await feeds.poll_due(force=True)).added == 2
    server.feeds["a"] = rss(items(3, start=3) + items(2))
    real_add_entries = feeds.repo.add_entries

    async def crash(*args: object, **kwargs: object) -> None:
        raise OSError("disk went away")  # after the articles were written, before the commit

    monkeypatch.setattr(feeds.repo, "add_entries", crash)
    failed = await feeds.poll_due(force=True)
    assert [o.status for o in failed.outcomes] == ["failed"] and "disk went away" in (
        failed.outcomes[0].error or ""
    )
    assert await _articles(app) == 2 and await feeds.repo.entry_count(view.id) == 2
    monkeypatch.setattr(feeds.repo, "add_entries", real_add_entries)
    retry = await feeds.poll_due(force=True)
    assert retry.added == 3 and await _articles(app) == 5
    assert (await feeds.poll_due(force=True)).added == 0 and await _articles(app) == 5
