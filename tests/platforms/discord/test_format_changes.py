"""Discord embeds of deadline changes and claim verdicts: hostile article text stays inert, nothing cut."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.platforms.discord import format as fmt
from tests.change_digests import HOSTILE, changes_digest
from tests.platforms.discord.test_format import assert_within_limits

UNSAFE = re.compile(r"@everyone|<@&123>|(?<!\\)\*\*bold|(?<!\\)\[click\]")


def _all_text(messages: list[fmt.DiscordMessage]) -> str:
    """Every markdown-rendered text (footers are plain text: they are checked for mentions apart)."""
    parts = []
    for message in messages:
        parts.append(message.content or "")
        for embed in message.embeds:
            parts += [embed.title or "", embed.description or ""]
            parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def test_a_changes_embed_comes_first_for_the_development_with_status_and_fields() -> None:
    messages = fmt.digest_messages(changes_digest("en"))
    assert_within_limits(messages)
    embeds = messages[0].embeds
    assert [e.title for e in embeds] == [
        "Daily digest",
        "Deadlines",
        "Kyiv strike pause [#1] · Since the last digest",
        "Kyiv strike pause [#1] · Claims (unconfirmed)",
    ]
    changes = embeds[2]
    assert changes.description == "status: extended"
    assert changes.footer.text == "source: Reuters · sitrep · TASS"  # sitrep itself saw the expiry
    names = [f.name for f in changes.fields]
    assert names == [
        "Extended: …to pause strikes on energy infrastructure until 1 February…",
        "Expired: talks in Abu Dhabi",
        "Claim #5",
    ]
    extended, expired, claim = (f.value or "" for f in changes.fields)
    assert extended.startswith("1 Feb 2026 → **3 Feb 2026**\n“La pausa se prorrogó hasta el 3 de febrero”")
    assert "— source: [Reuters](https://example.org/4)" in extended
    assert expired == "the due time passed with no news of an extension"
    assert "❌ denied by Dmitri Peskov [#21]: “The talks did not collapse.”" in claim
    confirmed = embeds[3].fields[0].value or ""
    assert "✅ confirmed by Volodymyr Zelensky [#20]: “We agreed to extend the pause.”" in confirmed
    deadlines = embeds[1].description or ""
    assert "**…to pause strikes on energy infrastructure until 1 February…**" in deadlines


def test_spanish_headings_and_words() -> None:
    embeds = fmt.digest_messages(changes_digest("es"))[0].embeds
    assert embeds[2].title == "Kyiv strike pause [#1] · Desde el último resumen"
    assert embeds[2].description == "estado: prorrogado"
    assert (embeds[2].fields[0].name or "").startswith("Prorrogado: ")
    assert "✅ confirmado por Volodymyr Zelensky" in (embeds[3].fields[0].value or "")


def test_hostile_text_in_changes_and_verdicts_cannot_ping_or_format() -> None:
    messages = fmt.digest_messages(changes_digest("en", hostile=" " + HOSTILE))
    assert_within_limits(messages)
    text = _all_text(messages)
    assert not UNSAFE.search(text), UNSAFE.search(text)
    assert "@\u200beveryone" in text and "<@\u200b&123>" in text
    changes = messages[0].embeds[2]
    extended = changes.fields[0].value or ""
    assert "3 de febrero @\u200beveryone <@\u200b&123> <!channel> \\*\\*bold\\*\\* \\[click]" in extended
    assert "[Reuters @\u200beveryone" in extended  # the source name is escaped inside its link
    footers = [e.footer.text or "" for m in messages for e in m.embeds]
    assert "@\u200beveryone" in (changes.footer.text or "")
    assert not any("@everyone" in f or "<@&123>" in f for f in footers)
    verdict = messages[0].embeds[3].fields[0].value or ""
    assert "confirmed by Volodymyr Zelensky @\u200beveryone" in verdict


def test_many_changes_are_split_across_fields_and_embeds_without_loss() -> None:
    digest = changes_digest("en")
    section = digest.developments[0]
    many = [
        type(section.changes[0])(
            n, f"deadline {n}", section.changes[0].at, "extended", "2026-02-01", "2026-02-03", "x" * 900, None
        )
        for n in range(60)
    ]
    big = replace(digest, developments=[replace(section, changes=many)])
    messages = fmt.digest_messages(big)
    assert_within_limits(messages)
    names = [f.name for m in messages for e in m.embeds for f in e.fields]
    assert all(f"Extended: deadline {n}" in names for n in range(60))
    assert _all_text(messages).count("x" * 900) == 60
