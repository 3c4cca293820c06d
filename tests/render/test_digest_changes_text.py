"""The text templates show each development's status, deadline changes and claim verdicts (es, en)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.domain.digest import compose
from bot.render.templates import render_digest
from tests.change_digests import LONG_WHAT, NOW, changes_digest


def test_english_digest_lists_changes_under_the_development_before_its_items() -> None:
    text = render_digest(changes_digest("en"))
    lines = text.splitlines()
    head = lines.index("## Kyiv strike pause [#1] (status: extended)")
    assert lines[head + 1] == "### Since the last digest"
    # Oldest change first: the extension (2 h ago) before the expiry (1 h ago).
    assert lines[head + 2].startswith("- Extended: ")
    assert lines.index("- Expired: talks in Abu Dhabi") > head + 2
    assert (
        "- Extended: …to pause strikes on energy infrastructure until 1 February…: 1 Feb 2026 → 3 Feb 2026"
        in lines
    )
    assert '  "La pausa se prorrogó hasta el 3 de febrero"' in lines
    assert "  source: Reuters <https://example.org/4>" in lines
    assert "  (the due time passed with no news of an extension)" in lines
    assert '- Claim "Unnamed officials said talks collapsed." [#5]' in lines
    assert '  ✗ denied by Dmitri Peskov [#21]: "The talks did not collapse."' in lines
    # The confirmed claim is in this digest: its verdict sits right under it, not in the changes.
    claim = lines.index('- "A source said the pause would be extended." [#11]')
    assert lines[claim + 2] == '  ✓ confirmed by Volodymyr Zelensky [#20]: "We agreed to extend the pause."'
    assert lines.index("### Claims (unconfirmed)") > lines.index("### Since the last digest")
    assert LONG_WHAT not in text  # deadline lines use the short form


def test_spanish_digest_localises_every_new_heading_and_word_but_not_quotes() -> None:
    text = render_digest(changes_digest("es"))
    assert "## Kyiv strike pause [#1] (estado: prorrogado)" in text
    assert "vence 3 feb 2026, 13:00 CET [prorrogado]" in text
    assert "### Desde el último resumen" in text
    assert (
        "- Prorrogado: …to pause strikes on energy infrastructure until 1 February…: 1 feb 2026 → 3 feb 2026"
        in text
    )
    assert "- Vencido: talks in Abu Dhabi" in text
    assert "  (venció sin noticias de una prórroga)" in text
    assert '- Afirmación "Unnamed officials said talks collapsed." [#5]' in text
    assert '✗ desmentido por Dmitri Peskov [#21]: "The talks did not collapse."' in text
    assert '✓ confirmado por Volodymyr Zelensky [#20]: "We agreed to extend the pause."' in text
    assert "Since the last digest" not in text and "confirmed by" not in text


def test_an_on_demand_brief_calls_them_recent_changes_and_shows_status_with_no_changes() -> None:
    digest = replace(changes_digest("en"), kind="brief", since=None)
    assert "### Recent changes" in render_digest(digest)
    quiet = replace(digest, developments=[replace(digest.developments[0], changes=[], verdicts=[])])
    text = render_digest(quiet)
    assert "(status: extended)" in text and "Recent changes" not in text


def test_a_development_with_only_a_change_is_not_dropped_as_empty() -> None:
    full = changes_digest("en")
    section = full.developments[0]
    digest = compose(
        kind="daily",
        language="en",
        timezone="UTC",
        now=NOW,
        since=NOW - timedelta(hours=1),
        developments=[(section.development, [], [])],
        lookback=timedelta(days=7),
        changes={1: section.changes},
    )
    assert [s.development.id for s in digest.developments] == [1]
    assert "Nothing new." not in render_digest(digest)
