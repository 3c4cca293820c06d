"""The short deadline "what" of rendered lines, and the due values of change lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.render.deadline_text import SHORT_WHAT_MAX, format_due, short_what
from tests.change_digests import LONG_WHAT


def test_a_short_what_is_kept_whole_with_spaces_normalised() -> None:
    assert short_what("pause  on strikes\non Kyiv") == "pause on strikes on Kyiv"


def test_a_long_what_becomes_the_clause_around_the_evidence() -> None:
    short = short_what(LONG_WHAT, "until 1 February")
    assert short == "…to pause strikes on energy infrastructure until 1 February…"


def test_without_evidence_it_keeps_whole_clauses_from_the_start() -> None:
    short = short_what(LONG_WHAT, None)
    assert short == "The United States and Russia agreed on Friday…"


def test_a_clause_longer_than_the_limit_is_cut_at_a_word_and_keeps_the_evidence() -> None:
    what = (
        " ".join(f"word{n}" for n in range(60))
        + " hasta el 1 de febrero "
        + " ".join(f"w{n}" for n in range(60))
    )
    short = short_what(what, "hasta el 1 de febrero")
    assert len(short) <= SHORT_WHAT_MAX
    assert "hasta el 1 de febrero" in short
    assert short.startswith("…") and short.endswith("…")
    inner = short.strip("…").split()
    assert all(word in what.split() for word in inner)  # no word was cut in half


@given(st.text(alphabet=st.sampled_from("ab ,;"), max_size=400))
def test_the_short_form_always_fits_and_comes_from_the_text(what: str) -> None:
    short = short_what(what, "ab")
    assert len(short) <= SHORT_WHAT_MAX
    assert short.strip("…") in " ".join(what.split())


def test_due_values_format_per_locale_and_zone() -> None:
    assert format_due("2026-02-01", "es", "Europe/Madrid") == "1 feb 2026"
    assert format_due("2026-02-04T00:00:00+03:00", "en", "Europe/Madrid") == "3 Feb 2026, 22:00 +0100"
    assert format_due("2026-02-04T09:30:00", "en", "UTC") == "4 Feb 2026, 09:30"
    assert format_due("next week", "en", "UTC") == "next week"
    assert format_due(None, "en", "UTC") == "?"
