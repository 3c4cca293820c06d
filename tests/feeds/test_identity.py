"""Entry identity, syndicated copies and poll scheduling: pure functions."""

from __future__ import annotations

import hashlib
import random
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.domain import feed_schedule
from bot.domain.copies import SKETCH_VERSION, band_hashes, is_copy, shingles
from bot.domain.feed_entries import EntryKey, KnownEntry, match_entries, reused_guids, title_key
from bot.domain.lexicon import fold
from bot.services.ingest import _PLAIN_URL, _TRACKING_PARAMS, normalise_url

DAY = datetime(2026, 1, 30, 9, 0, tzinfo=UTC)


def key(guid: str | None, url: str | None, title: str, when: datetime = DAY, h: str = "h1") -> EntryKey:
    return EntryKey(guid, normalise_url(url), title, when, h)


def known(entry_id: int, k: EntryKey, article_id: int | None = 7) -> KnownEntry:
    return KnownEntry(entry_id, k.guid, k.url_norm, k.title, k.title_key, k.content_hash, article_id)


def test_url_normalisation_folds_scheme_host_tracking_and_trailing_slash() -> None:
    a = normalise_url("HTTPS://News.Example.COM/a/b/?utm_source=rss&id=3&fbclid=x")
    b = normalise_url("https://news.example.com/a/b?id=3")
    assert a == b == "https://news.example.com/a/b?id=3"


def test_url_normalisation_drops_tracking_only_queries_and_keeps_the_rest_sorted() -> None:
    assert normalise_url("https://x.example/a?utm_source=rss&utm_medium=feed") == "https://x.example/a"
    assert normalise_url("https://x.example/a?utm%5Fsource=rss&fbclid") == "https://x.example/a"
    assert normalise_url("https://x.example/a?b=2&utm_source=rss&a=x%20y") == "https://x.example/a?a=x+y&b=2"
    assert normalise_url("https://x.example/a?ref=home&refx=1&id=") == "https://x.example/a?refx=1"


def test_a_retitled_entry_matches_its_guid_and_notes_the_change() -> None:
    old = key("g1", "http://x/1", "Old title")
    new = key("g1", "http://x/1", "New title", DAY + timedelta(hours=3))
    [verdict] = match_entries([new], [known(1, old)])
    assert verdict.known is not None and verdict.known.id == 1
    assert [(c.field, c.old, c.new) for c in verdict.changes] == [("title", "Old title", "New title")]


def test_a_changing_guid_falls_back_to_the_url() -> None:
    old = key("session-1", "http://x/1?utm_campaign=a", "Title")
    new = key("session-2", "http://x/1", "Title")
    [verdict] = match_entries([new], [known(1, old)])
    assert verdict.known is not None and verdict.known.id == 1 and verdict.changes == ()


def test_a_reused_guid_on_a_different_item_is_a_new_entry() -> None:
    old = key("same", "http://x/1", "First story", h="h1")
    new = key("same", "http://x/2", "Second story", h="h2")
    [verdict] = match_entries([new], [known(1, old)])
    assert verdict.known is None


def test_without_guid_or_link_title_and_day_identify_the_entry() -> None:
    old = key(None, None, "Budget passes", h="h1")
    new = key(None, None, "Budget  passes!", DAY + timedelta(hours=2), h="h2")
    [verdict] = match_entries([new], [known(1, old)])
    assert verdict.known is not None
    assert [c.field for c in verdict.changes] == ["content"]


def test_repeats_within_one_document_are_flagged() -> None:
    a = key("g", "http://x/1", "T")
    verdicts = match_entries([a, a], [])
    assert verdicts[0].known is None and verdicts[1].repeated_in_document


def test_one_guid_on_different_items_in_a_document_is_detected() -> None:
    assert reused_guids([key("g", "http://x/1", "A"), key("g", "http://x/2", "B")]) == {"g"}
    assert reused_guids([key("g", "http://x/1", "A"), key("g", "http://x/1", "A")]) == set()


def test_title_key_folds_case_accents_and_punctuation() -> None:
    assert title_key("Kyiv: ¡Pausa acordada!", DAY) == title_key("kyiv pausa ACORDADA", DAY)
    assert title_key("x", DAY) != title_key("x", DAY + timedelta(days=1))


WIRE = (
    "Ukraine and Russia agreed to a one-week pause in strikes on energy infrastructure, the Kremlin "
    "spokesman said on Friday, after a request from the United States. Talks in Abu Dhabi ended without "
    "a formal agreement but negotiators said they would continue in the coming days. The pause ends on "
    "1 February, officials said, and both sides accused each other of violations overnight."
)


def test_a_syndicated_copy_is_a_copy_and_a_different_story_is_not() -> None:
    original = shingles(WIRE)
    copy = shingles("KYIV (Reuters) - " + WIRE + " Reporting by Staff; editing by Desk.")
    other = shingles(
        "The central bank raised its main interest rate by a quarter point on Thursday, citing persistent "
        "inflation in services and a tight labour market. Economists had expected the move, and markets "
        "barely reacted. The next decision is due in March, when new forecasts will be published."
    )
    assert is_copy(copy, original)
    assert not is_copy(other, original) and not is_copy(original, other)
    # The bands that find the candidate: a copy shares at least two of them, the other story none.
    shared = [a == b and a is not None for a, b in zip(band_hashes(original), band_hashes(copy), strict=True)]
    assert sum(shared) >= 2
    unrelated = zip(band_hashes(original), band_hashes(other), strict=True)
    assert not any(a == b and a is not None for a, b in unrelated)


def test_a_short_summary_is_never_a_copy() -> None:
    assert not is_copy(shingles("Talks resume on Monday."), shingles(WIRE))


def test_schedule_honours_ttl_max_age_and_caps() -> None:
    assert feed_schedule.next_after_success(DAY, 900) == DAY + timedelta(seconds=900)
    assert feed_schedule.next_after_success(DAY, 900, max_age_s=3600) == DAY + timedelta(hours=1)
    assert feed_schedule.next_after_success(DAY, 900, ttl_minutes=60 * 24 * 30) == DAY + timedelta(days=1)
    assert feed_schedule.max_age("public, max-age=300") == 300
    assert feed_schedule.max_age("no-cache, max-age=300") is None


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert feed_schedule.retry_after("120", DAY) == 120
    assert feed_schedule.retry_after("Fri, 30 Jan 2026 10:00:00 GMT", DAY) == 3600
    assert feed_schedule.retry_after("soon", DAY) is None
    later = feed_schedule.next_after_failure(DAY, 600, 1, retry_after_s=7200)
    assert later == DAY + timedelta(hours=2)


def test_shingle_hashes_are_those_of_sketch_version_2() -> None:
    # Stored sketch bands are built from these values: a change of them needs a new SKETCH_VERSION
    # and a migration that rebuilds the stored bands (0006 did, from version 1).
    def part(word: str, place: int) -> int:
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=24).digest(), "big")
        return (value >> (64 * place)) & ((1 << 63) - 1)

    assert SKETCH_VERSION == 2
    run = part("kyiv", 0) ^ part("pause", 1) ^ part("extended", 2)
    assert shingles("Kyiv: pause EXTENDED") == {run}
    # Word order counts: the same words in another order are another run.
    assert shingles("extended pause, Kyiv") != {run}


def test_words_are_word_character_runs_in_ascii_and_beyond() -> None:
    # Punctuation and apostrophes separate words; underscores and digits belong to them.
    assert shingles("Kyiv's pause_2 (extended) to 1 Feb.;") == shingles("kyiv s pause_2 extended to 1 feb")
    text = "Kyïv—Київ «ataque» 3.5% d'un"
    assert len(re.findall(r"\w+", fold(text))) == 7
    assert shingles(text) == shingles("kyiv київ ataque 3 5 d un")


def _urlsplit_reading(url: str | None) -> str | None:
    """The normalisation as urlsplit reads every URL (before the plain-link shortcut)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = ""
    if not all(_TRACKING_PARAMS.match(pair.partition("=")[0]) for pair in parts.query.split("&") if pair):
        query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit((scheme, host, path, query, ""))


def test_url_normalisation_of_plain_links_is_urlsplits_on_generated_urls() -> None:
    rng = random.Random(11)
    pieces = {
        "scheme": ["http", "https", "HTTPS", "Http", "ftp", "", "http:", "https:/"],
        "host": [
            "news.example.com",
            "News.Example.COM",
            "a-b.example",
            "x",
            "",
            "host:8080",
            "host:80",
            "u@host",
            "[::1]",
            "h_st.example",
            "höst.example",
            "1.2.3.4",
            "a..b",
            "host:",
        ],
        "path": ["", "/", "/a/b/", "/a b", "/a\tb", "//x", "/é", "/%2F/", "/a;p", "/a/./b", "/a:b", "/a@b"],
        "query": [
            "",
            "?",
            "?utm_source=rss",
            "?b=2&a=1",
            "?utm%5Fsource=x&fbclid",
            "?a=x%20y&ref=1",
            "?a= b",
            "?q=é",
            "?x=1&utm_medium=feed",
            "?&&",
            "?a=1?b=2",
        ],
        "fragment": ["", "#", "#top", "#a?b=1", "#x y"],
    }
    fast = 0
    for _ in range(20_000):
        scheme, host, path, query, fragment = (rng.choice(v) for v in pieces.values())
        lead, trail = rng.choice(["", " ", "\n"]), rng.choice(["", " "])
        url = f"{lead}{scheme}://{host}{path}{query}{fragment}{trail}"
        try:
            expected: str | type[ValueError] | None = _urlsplit_reading(url)
        except ValueError:
            expected = ValueError
        try:
            got: str | type[ValueError] | None = normalise_url.__wrapped__(url)
        except ValueError:
            got = ValueError
        assert got == expected, url
        fast += _PLAIN_URL.fullmatch(url.strip()) is not None
    assert fast > 2_000  # the shortcut was taken on many of them, not on none
