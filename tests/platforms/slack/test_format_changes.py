"""Block Kit of deadline changes and claim verdicts: hostile article text stays inert, nothing cut."""

from __future__ import annotations

import json
from dataclasses import replace

from bot.platforms.slack.format import MAX_BLOCKS, MAX_SECTION_TEXT, digest_messages
from tests.change_digests import changes_digest
from tests.platforms.slack.test_format import ALLOWED_TOKEN, INJECTIONS, _texts

HOSTILE = "@everyone " + " ".join(INJECTIONS) + " *bold* _it_ [click](https://evil.example)"


def _sections(language: str, hostile: str = "") -> list[str]:
    return [t for m in digest_messages(changes_digest(language, hostile=hostile)) for t in _texts(m.blocks)]


def test_changes_follow_the_development_heading_with_status() -> None:
    texts = _sections("en")
    head = next(i for i, t in enumerate(texts) if t.startswith("*#1 Kyiv strike pause*"))
    assert texts[head] == "*#1 Kyiv strike pause* · status: extended"
    changes = texts[head + 1].splitlines()
    assert changes[0] == "*Since the last digest*"
    assert changes[1] == (
        "• *Extended*: …to pause strikes on energy infrastructure until 1 February… · 1 Feb 2026 → *3 Feb 2026*"
    )
    assert changes[2] == "    “La pausa se prorrogó hasta el 3 de febrero”"
    assert changes[3].startswith("    source: <https://example.org/4|article 4> · Reuters · <!date^")
    assert changes[4:6] == [
        "• *Expired*: talks in Abu Dhabi",
        "    the due time passed with no news of an extension",
    ]
    assert changes[6] == "• Claim [#5] “Unnamed officials said talks collapsed.”"
    assert changes[7].startswith(
        "    ❌ denied by Dmitri Peskov [#21]: “The talks did not collapse.” · source: "
    )
    claims = next(t for t in texts if t.startswith("*Claims (unconfirmed)*")).splitlines()
    assert claims[1] == "• [#11] “A source said the pause would be extended.”"
    assert claims[2].startswith(
        "    ✅ confirmed by Volodymyr Zelensky [#20]: “We agreed to extend the pause.”"
    )


def test_spanish_words() -> None:
    joined = "\n".join(_sections("es"))
    for phrase in (
        "estado: prorrogado",
        "*Desde el último resumen*",
        "*Prorrogado*",
        "*Vencido*",
        "Afirmación [#5]",
    ):
        assert phrase in joined
    assert "✅ confirmado por Volodymyr Zelensky" in joined and "❌ desmentido por Dmitri Peskov" in joined


def test_hostile_text_in_changes_and_verdicts_stays_inert() -> None:
    messages = digest_messages(changes_digest("en", hostile=" " + HOSTILE))
    payload = json.dumps([m.blocks for m in messages] + [m.text for m in messages], ensure_ascii=False)
    for raw in INJECTIONS:
        assert raw not in payload
    for text in [t for m in messages for t in _texts(m.blocks)]:
        assert ALLOWED_TOKEN.sub("", text).count("<") == 0, text
        assert "@everyone" not in text
    joined = "\n".join(t for m in messages for t in _texts(m.blocks))
    assert "3 de febrero @\u2060everyone &lt;!channel&gt;" in joined
    assert "*\u200bbold*\u200b" in joined and "Zelensky @\u2060everyone" in joined


def test_many_long_changes_split_at_slack_limits_without_loss() -> None:
    digest = changes_digest("en")
    section = digest.developments[0]
    template = section.changes[0]
    many = [
        replace(template, deadline_id=n, what=f"deadline {n}", evidence=f"e{n} " + "x" * 700)
        for n in range(80)
    ]
    messages = digest_messages(replace(digest, developments=[replace(section, changes=many)]))
    assert len(messages) > 1
    texts = [t for m in messages for t in _texts(m.blocks)]
    for message in messages:
        assert len(message.blocks) <= MAX_BLOCKS
    assert all(len(t) <= MAX_SECTION_TEXT for t in texts)
    joined = "\n".join(texts)
    assert all(f"deadline {n} ·" in joined and f"e{n} " in joined for n in range(80))
    assert joined.count("x" * 700) == 80
