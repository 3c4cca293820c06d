"""The Block Kit formatter: escaping, date tokens, and splitting at Slack's limits without loss."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.domain.digest import DevelopmentSection, Digest, DigestDeadline, DigestItem, Source, group_items
from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label
from bot.platforms.slack.format import (
    MAX_BLOCKS,
    MAX_CONTEXT_ELEMENTS,
    MAX_SECTION_TEXT,
    date_token,
    digest_messages,
    escape,
    split_text,
    text_messages,
)

NOW = datetime(2026, 1, 30, 15, 0, tzinfo=UTC)
INJECTIONS = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123>",
    "<!subteam^S1>",
    "<#C999>",
    "<https://evil.example|click>",
]
# The only `<…>` tokens a message may hold: our date tokens and our links.
ALLOWED_TOKEN = re.compile(
    r"<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>]*>|<https?://[^|<> ]+\|[^<>]*>"
)


def _dev(dev_id: int, title: str = "Kyiv strike pause") -> Development:
    return Development(dev_id, title, "agreed", "en", NOW, NOW)


def _entry(item_id: int, text: str, label: Label = Label.FACT, article: int = 1, **extra: Any) -> DigestItem:
    source = Source(article, f"Article {article}", "Wire", f"https://news.example/{article}", NOW, NOW)
    return DigestItem(item_id, Item(text, 0, len(text), label, 0.9, "test", **extra), source)


def _digest(sections: list[DevelopmentSection], deadlines: list[DigestDeadline] | None = None) -> Digest:
    return Digest("daily", "en", "Europe/Madrid", NOW, None, deadlines or [], sections)


def _section(dev: Development, entries: list[DigestItem]) -> DevelopmentSection:
    return DevelopmentSection(dev, group_items(entries), [])


def _texts(blocks: list[dict[str, Any]]) -> list[str]:
    out = []
    for block in blocks:
        if "text" in block:
            out.append(block["text"]["text"])
        out += [
            element["text"]
            for element in block.get("elements", [])
            if "text" in element and isinstance(element["text"], str)
        ]
    return out


def test_escape_turns_every_control_sequence_into_plain_text() -> None:
    for raw in INJECTIONS:
        escaped = escape(f"before {raw} after & more")
        assert "<" not in escaped and ">" not in escaped
        assert "&amp; more" in escaped
    assert escape("@here and @channel") == "@\u2060here and @\u2060channel"
    assert escape("ITEM_ID") == "ITEM_ID"
    assert escape("*bold*") == "*\u200bbold*\u200b"


def test_injected_mentions_in_article_text_stay_inert_in_every_block() -> None:
    hostile = "Officials " + " ".join(INJECTIONS) + " said @everyone *must* read."
    entries = [
        _entry(1, hostile, Label.STATEMENT, speaker="<@U123>", role="<!here>"),
        _entry(2, "Commentary <!channel>", Label.COMMENTARY),
    ]
    deadline = Deadline(
        1,
        1,
        1,
        "<!subteam^S1> pause ends",
        "2026-02-01",
        NOW + timedelta(days=2),
        DeadlineStatus.PENDING,
        "e",
        condition="<!everyone>",
    )
    digest = _digest(
        [_section(_dev(1, "<!channel> story"), entries)],
        [DigestDeadline(deadline, "<!here>", timedelta(days=2))],
    )
    messages = digest_messages(digest)
    payload = json.dumps([m.blocks for m in messages] + [m.text for m in messages])
    for raw in INJECTIONS:
        assert raw not in payload
    for text in [t for m in messages for t in _texts(m.blocks)] + [m.text for m in messages]:
        assert ALLOWED_TOKEN.sub("", text).count("<") == 0, text
    assert "&lt;!channel&gt;" in payload
    assert "&lt;!subteam^S1&gt;" in payload


def test_dates_use_slack_date_tokens_with_a_fallback_in_the_channel_zone() -> None:
    token = date_token(datetime(2026, 2, 1, 0, 0, tzinfo=UTC), "en", "Europe/Madrid")
    assert token.startswith("<!date^1769904000^{date_short_pretty} {time}|")
    assert "1 Feb 2026, 01:00" in token


def test_a_long_item_is_split_across_sections_and_nothing_is_lost() -> None:
    words = [f"word{n}" for n in range(1500)]
    digest = _digest([_section(_dev(1), [_entry(7, " ".join(words))])])
    messages = digest_messages(digest)
    sections = [b["text"]["text"] for m in messages for b in m.blocks if b["type"] == "section"]
    assert len(sections) >= 4
    assert all(len(text) <= MAX_SECTION_TEXT for text in sections)
    seen = " ".join(sections).split()
    found = [w.strip("“”") for w in seen if w.strip("“”").startswith("word")]
    assert found == words


def test_many_developments_are_split_into_messages_of_at_most_fifty_blocks() -> None:
    sections = [
        _section(
            _dev(n, f"Story {n}"),
            [_entry(n * 10 + k, f"Item {n}-{k}.", label, article=n) for k, label in enumerate(Label)],
        )
        for n in range(1, 41)
    ]
    messages = digest_messages(_digest(sections))
    assert len(messages) > 1
    assert all(len(m.blocks) <= MAX_BLOCKS for m in messages)
    joined = " ".join(t for m in messages for t in _texts(m.blocks))
    for n in range(1, 41):
        for k in range(4):
            assert joined.count(f"[#{n * 10 + k}] ") == 1
    assert messages[0].blocks[0]["type"] == "header"
    assert f"page 1 of {len(messages)}" in _texts(messages[0].blocks)
    assert messages[1].text == f"Daily digest (2/{len(messages)})"


def test_sources_are_context_blocks_of_at_most_ten_elements() -> None:
    entries = [_entry(n, f"Fact {n}.", article=n) for n in range(1, 26)]
    [message] = digest_messages(_digest([_section(_dev(1), entries)]))
    contexts = [b for b in message.blocks if b["type"] == "context"]
    assert all(len(b["elements"]) <= MAX_CONTEXT_ELEMENTS for b in contexts)
    links = [e["text"] for b in contexts for e in b["elements"] if e["text"].startswith("source:")]
    assert len(links) == 25
    assert links[0].startswith("source: <https://news.example/1|Article 1> · Wire · <!date^")


def test_sections_come_in_label_order_with_headings() -> None:
    entries = [
        _entry(1, "Opinion.", Label.COMMENTARY),
        _entry(2, "Said.", Label.STATEMENT, speaker="Peskov"),
        _entry(3, "Fact.", Label.FACT),
    ]
    [message] = digest_messages(_digest([_section(_dev(1), entries)]))
    text = "\n".join(_texts(message.blocks))
    assert (
        text.index("*Statements (on the record)*")
        < text.index("*Facts*")
        < text.index("*Commentary (unattributed")
    )
    assert "*Peskov*: “Said.”" in text
    assert "unattributed: “Opinion.”" in text


def test_split_text_never_cuts_inside_a_token_or_an_entity() -> None:
    token = date_token(NOW, "en", "UTC")
    text = ("x" * 2990) + " " + token + " &amp; tail"
    pieces = split_text(text)
    assert all(len(p) <= MAX_SECTION_TEXT for p in pieces)
    assert any(p.startswith(token) for p in pieces)
    entity_text = ("y" * 2998) + "&amp;" + "z" * 10
    first, second = split_text(entity_text)
    assert second.startswith("&amp;")
    assert first + second == entity_text


def test_a_reminder_for_a_development_carries_snooze_buttons() -> None:
    [message] = text_messages("Pause ends in 1 hour", title="reminder", development_id=4)
    actions = [b for b in message.blocks if b["type"] == "actions"]
    assert [json.loads(e["value"]) for e in actions[0]["elements"]] == [
        {"d": 4, "w": "in 1 hour"},
        {"d": 4, "w": "tomorrow 09:00"},
    ]


def test_command_text_undoes_slack_encoding() -> None:
    from bot.platforms.slack.format import command_text

    assert (
        command_text("ingest <https://news.example/a?x=1&amp;y=2|news.example/a>")
        == "ingest https://news.example/a?x=1&y=2"
    )
    assert command_text("rename 3 Q&amp;A &lt;draft&gt;") == "rename 3 Q&A <draft>"


def test_deadlines_come_first_with_time_left_or_expired() -> None:
    ahead = Deadline(
        1, 1, 1, "pause ends", "2026-02-01", NOW + timedelta(days=2), DeadlineStatus.PENDING, "e"
    )
    gone = Deadline(2, 1, 1, "talks due", "2026-01-29", NOW - timedelta(days=1), DeadlineStatus.EXPIRED, "e")
    lines = [
        DigestDeadline(gone, "Talks", -timedelta(days=1)),
        DigestDeadline(ahead, "Pause", timedelta(days=2)),
    ]
    [message] = digest_messages(_digest([_section(_dev(1), [_entry(1, "Fact.")])], lines))
    texts = _texts(message.blocks)
    deadlines = next(t for t in texts if t.startswith("*Deadlines*"))
    assert "• *talks due* (Talks) · due <!date^" in deadlines
    assert deadlines.index("talks due") < deadlines.index("pause ends")
    assert "· expired" in deadlines
    assert "· in 2 days" in deadlines
    assert texts.index(deadlines) < next(i for i, t in enumerate(texts) if "Kyiv strike pause" in t)


def test_an_empty_digest_says_there_is_nothing_new() -> None:
    [message] = digest_messages(_digest([]))
    texts = _texts(message.blocks)
    assert "*Deadlines*\nNo deadlines." in texts
    assert texts[-1] == "Nothing new."
