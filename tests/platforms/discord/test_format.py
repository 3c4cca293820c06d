"""The pure formatter: digests to embeds within every Discord limit, nothing cut, text escaped."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.models import Label
from bot.platforms.discord import format as fmt
from tests.platforms.discord.digests import HOSTILE, digest, entry


def assert_within_limits(messages: list[fmt.DiscordMessage]) -> None:
    """Check every limit Discord enforces on a message and its embeds."""
    for message in messages:
        assert len(message.content or "") <= fmt.CONTENT_MAX
        assert len(message.embeds) <= fmt.EMBEDS_MAX
        assert sum(len(e) for e in message.embeds) <= fmt.EMBED_TOTAL_MAX
        for embed in message.embeds:
            assert len(embed.title or "") <= fmt.TITLE_MAX
            assert len(embed.description or "") <= fmt.DESCRIPTION_MAX
            assert len(embed.fields) <= fmt.FIELDS_MAX
            assert len(embed.footer.text or "") <= fmt.FOOTER_MAX
            for field in embed.fields:
                assert 0 < len(field.name or "") <= fmt.FIELD_NAME_MAX
                assert 0 < len(field.value or "") <= fmt.FIELD_VALUE_MAX


def words(text: str) -> list[str]:
    return re.findall(r"w\d+", text)


def test_a_small_digest_is_one_message_with_sections_coloured_by_label() -> None:
    items = [entry(1, "Peskov confirmed it."), entry(2, "Clearly a trick.", Label.COMMENTARY)]
    messages = fmt.digest_messages(digest(items))
    assert len(messages) == 1
    titles = [e.title for e in messages[0].embeds]
    assert titles == [
        "Daily digest",
        "Deadlines",
        "Kyiv strike pause [#1] · Statements (on the record)",
        "Kyiv strike pause [#1] · Commentary (unattributed, not confirmed)",
    ]
    statement, commentary = messages[0].embeds[2:]
    assert statement.colour is not None and commentary.colour is not None
    assert statement.colour.value != commentary.colour.value
    assert statement.fields[0].name == "#1 · Dmitri Peskov"
    assert commentary.fields[0].name == "#2 · unattributed"
    assert statement.footer.text == "source: EFE"
    assert "[EFE](https://news.example/1)" in (statement.fields[0].value or "")
    assert "<t:1769785200:d>" in (statement.fields[0].value or "")
    deadlines = messages[0].embeds[1].description or ""
    assert "<t:1769958000:F>" in deadlines and "<t:1769958000:R>" in deadlines


def test_a_huge_digest_is_split_within_every_limit_and_loses_no_text() -> None:
    long_text = " ".join(f"w{n}" for n in range(1500))  # ~8,800 characters in one item
    items = [entry(1, long_text)] + [
        entry(n, " ".join(f"w{n}x{k}" for k in range(120)), Label.FACT, source=f"source {n}")
        for n in range(2, 80)
    ]
    messages = fmt.digest_messages(digest(items, deadlines=120, title="T" * 300))
    assert len(messages) > 1
    assert_within_limits(messages)
    embeds = [e for m in messages for e in m.embeds]
    values = "\n".join(f.value or "" for e in embeds for f in e.fields)
    assert words(values)[:1500] == [f"w{n}" for n in range(1500)]  # the long item, in order
    names = [f.name for e in embeds for f in e.fields]
    assert all(f"#{n}" in names for n in range(2, 80))
    deadline_text = "\n".join(e.description or "" for e in embeds if (e.title or "").startswith("Deadlines"))
    assert all(f"pause ends {n}**" in deadline_text for n in range(120))
    assert any((e.description or "").startswith("**" + "T" * 300) for e in embeds)  # the full title kept


def test_quoted_text_is_escaped_and_cannot_mention() -> None:
    messages = fmt.digest_messages(digest([entry(1, HOSTILE)], title="@everyone **x**"))
    embeds = messages[0].embeds
    value = embeds[2].fields[0].value or ""
    assert "@everyone" not in value and "@\u200beveryone" in value
    assert "<@\u200b&123>" in value and "<@\u200b456>" in value
    assert "\\*\\*now\\*\\*" in value and "\\[click]" in value
    assert embeds[2].title == "@\u200beveryone \\*\\*x\\*\\* [#1] · Statements (on the record)"


def test_plain_text_posts_split_at_2000_characters() -> None:
    messages = fmt.text_messages("line\n" * 1000)
    assert len(messages) == 3
    assert_within_limits(messages)
    assert sum((m.content or "").count("line") for m in messages) == 1000


def test_list_pages_hold_at_most_a_page_of_lines_and_are_numbered() -> None:
    pages = fmt.list_pages("Developments", [f"dev {n}" for n in range(25)], per_page=10)
    assert [p.footer.text for p in pages] == ["1/3", "2/3", "3/3"]
    assert (pages[2].description or "").splitlines() == [f"dev {n}" for n in range(20, 25)]


@given(st.text(alphabet=st.sampled_from("ab \n\\*"), max_size=400), st.integers(min_value=5, max_value=60))
def test_split_text_respects_the_limit_and_keeps_every_non_space_character(text: str, limit: int) -> None:
    chunks = fmt.split_text(text, limit)
    assert all(len(c) <= limit for c in chunks)
    assert "".join(chunks).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
