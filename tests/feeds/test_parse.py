"""Feed documents to entries: the plain text sitrep keeps of each entry's markup."""

from __future__ import annotations

import pytest

from bot.feeds.parse import parse_feed

RSS = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    "<channel><title>F</title><link>https://site.example/</link>{items}</channel></rss>"
)


def entry_text(description: str) -> str:
    """Return the text of a one-entry RSS document's only entry."""
    item = f"<item><guid>g1</guid><link>/a/1</link><title>T</title><description>{description}</description></item>"
    [entry] = parse_feed(RSS.format(items=item).encode(), "https://site.example/feed").entries
    return entry.text


def test_links_and_images_leave_their_words_and_no_uri() -> None:
    markup = '&lt;p&gt;See &lt;a href="/a/b"&gt;the report&lt;/a&gt; &lt;img src="x.png" alt="chart"/&gt;here&lt;/p&gt;'
    assert entry_text(markup) == "See the report here"


def test_entities_known_and_unknown_read_as_written() -> None:
    markup = "AT&amp;amp;T &amp;nbsp;&amp;copy; &amp;#39;q&amp;#39; &amp;unknown;"
    assert entry_text(markup) == "AT&T \xa0© 'q' &unknown"


def test_a_bare_ampersand_in_a_malformed_feed_stays_as_written() -> None:
    # Not XML (a bare "&"): feedparser's loose parser reads it and hands "AT&T;" on.
    item = "<item><guid>g1</guid><title>T</title><description><p>AT&T wins</p></description></item>"
    parsed = parse_feed(RSS.format(items=item).encode(), "https://site.example/feed")
    assert parsed.warning is not None
    assert [e.text for e in parsed.entries] == ["AT&T wins"]


def test_paragraphs_become_blank_lines_and_scripts_vanish() -> None:
    markup = (
        "&lt;p&gt;one&lt;br/&gt;two&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;div&gt;three&lt;/div&gt;"
    )
    assert entry_text(markup) == "one\n\ntwo\n\nthree"


def test_runs_of_spaces_and_tabs_become_one_space() -> None:
    assert entry_text("one\t\ttwo   three \t four") == "one two three four"


def entry_link(link: str) -> str | None:
    """Return the link sitrep keeps of a one-entry RSS document's entry."""
    item = f"<item><guid>g1</guid><link>{link}</link><title>T</title><description>d</description></item>"
    [entry] = parse_feed(RSS.format(items=item).encode(), "https://site.example/feed").entries
    assert entry.key.url_norm == (entry.link and entry.link.lower())
    return entry.link


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ("https://news.example/a/1", "https://news.example/a/1"),
        ("/a/1", "https://site.example/a/1"),  # relative to the feed's own address
        ("//cdn.example/b", "https://cdn.example/b"),
        ("javascript:alert(document.cookie)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<b>hi</b>", None),
        ("mailto:desk@news.example", None),
        ("", None),
    ],
)
def test_an_entry_keeps_only_a_web_link_as_its_source(link: str, kept: str | None) -> None:
    assert entry_link(link) == kept
