"""Feed commands: the service API, text commands, OPML, and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.cli import main
from bot.errors import FetchError, InputError
from bot.feeds.opml import read_opml
from bot.platforms.text_commands import dispatch
from bot.services.feeds import FeedService
from tests.feeds.server import FeedServer, rss


async def test_add_list_remove_per_channel(app: App, feeds: FeedService) -> None:
    a = await feeds.add("slack:C1", "https://example.com/feed.xml")
    again = await feeds.add("discord:9", "https://example.com/feed.xml")
    assert a.id == again.id and again.channels == ("discord:9", "slack:C1")
    assert [v.id for v in await feeds.list("slack:C1")] == [a.id]
    assert await feeds.list("console:main") == []
    await feeds.remove("slack:C1", a.id)
    assert (await feeds.list())[0].channels == ("discord:9",)
    await feeds.remove("discord:9", a.id)
    assert await feeds.list() == []


async def test_bad_feed_urls_and_ids_are_clear_errors(feeds: FeedService) -> None:
    with pytest.raises(InputError, match="not an http or https URL"):
        await feeds.add("console:main", "file:///etc/passwd")
    with pytest.raises(FetchError, match="metadata"):
        await feeds.add("console:main", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(InputError, match="no feed #42"):
        await feeds.remove(None, 42)


async def test_text_commands_add_list_health_remove(app: App, feeds: FeedService, server: FeedServer) -> None:
    server.feeds["a"] = rss([{"guid": "1", "title": "One", "description": "Text"}], title="Alpha")
    reply = await dispatch(app, f"feed add {server.url('/feed/a')}")
    assert "subscribed" in reply.text and "console:main" in reply.text
    await feeds.poll_due(force=True)
    listed = await dispatch(app, "feed list")
    assert "#1 Alpha" in listed.text and " ok " in listed.text
    await feeds.add("console:main", server.url("/status/500"))
    await feeds.poll_due(force=True)
    health = await dispatch(app, "feed health")
    assert health.text.splitlines()[0].startswith("#2") and "FAILING (1 in a row): " in health.text
    assert "HTTP 500" in health.text
    removed = await dispatch(app, "feed remove 2")
    assert removed.text == "feed #2 removed from this channel"
    assert "error:" in (await dispatch(app, "feed remove x")).text


async def test_text_ingest_of_a_url_fetches_and_extracts(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    reply = await dispatch(app, f"ingest {server.url('/article')}")
    assert reply.text.startswith("added article 1") and "Tariffs confirmed" in reply.text
    again = await dispatch(app, f"ingest {server.url('/article')}")
    assert again.text.startswith("duplicate: ")


async def test_opml_round_trip(feeds: FeedService) -> None:
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="News"><outline text="A" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
      <outline text="B" type="rss" xmlUrl="https://b.example/atom"/></outline>
      <outline text="bad" xmlUrl="javascript:alert(1)"/></body></opml>"""
    views = await feeds.import_opml(opml, "console:main")
    assert [v.url for v in views] == ["https://a.example/rss", "https://b.example/atom"]
    exported = await feeds.export_opml()
    assert [o.url for o in read_opml(exported.encode())] == [
        "https://a.example/rss",
        "https://b.example/atom",
    ]


def test_opml_with_entities_is_not_expanded() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example/rss"/></body></opml>"""
    with pytest.raises(InputError, match="entity"):
        read_opml(evil)
    with pytest.raises(InputError):
        read_opml(b"<html>not opml</html>")


def test_cli_feed_add_poll_list_and_export(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cli.db")
    monkeypatch.setenv("SITREP_ALLOW_HOSTS", "127.0.0.1")
    server.feeds["a"] = rss([{"guid": "1", "title": "One", "description": "Text"}], title="Alpha")
    # The server runs on the test's event loop; the CLI runs its own, so serve from a thread.
    import asyncio
    import threading

    from tests.feeds.server import FeedServer as _FS
    from tests.feeds.server import start

    threaded = _FS(feeds=dict(server.feeds))
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start(threaded))
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(5)
    try:
        url = threaded.url("/feed/a")
        assert main(["feed", "add", url, "--channel", "console:main", "--db", db]) == 0
        assert main(["feed", "poll", "--once", "--db", db]) == 0
        assert "#1 ok: 1 new entries, 0 articles added" in capsys.readouterr().out
        assert main(["feed", "list", "--db", db, "--json"]) == 0
        out = capsys.readouterr().out
        assert '"title": "Alpha"' in out and '"healthy": true' in out
        assert main(["feed", "export-opml", "--db", db]) == 0
        assert f'xmlUrl="{url}"' in capsys.readouterr().out
        assert main(["ingest", threaded.url("/article"), "--db", db]) == 0
        assert "Tariffs confirmed" in capsys.readouterr().out
        assert main(["ingest", "http://169.254.169.254/latest", "--db", db]) == 1
        assert "metadata address" in capsys.readouterr().err
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
