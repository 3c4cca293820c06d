"""Any text: no exception but UnknownLanguageError, valid offsets, items covering the text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis import analyze
from bot.errors import UnknownLanguageError
from tests.analysis.coverage import assert_items_cover

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)

# Text made of the pieces that exercise the engine's paths, mixed with arbitrary Unicode.
_PIECES = st.sampled_from(
    [
        "Peskov dijo que ",
        '"',
        "“",
        "”",
        "«",
        "»",
        ">>",
        "<<",
        ". ",
        ", ",
        "\n",
        "hasta el ",
        "1 de febrero",
        "31 de febrero",
        "el próximo viernes",
        " a las 18:00 hora de Madrid",
        "within 72 hours",
        "12:01 a.m. EST on March 1",
        "según fuentes cercanas, ",
        "SSolo que ",
        "OTANpara",
        "said",
        "according to ",
        "de 9999",
        "en 99999999999 días",
        "durante una semana",
        "el martes 31",
        "medianoche",
        "mañana",
        "?",
        "!",
        "the",
        "el",
        "que",
        "Mr. ",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, lang=st.sampled_from(["es", "en"]), dated=st.booleans())
def test_any_text_in_a_given_language_gives_valid_covering_items(text: str, lang: str, dated: bool) -> None:
    analysis = analyze(text, published=PUB if dated else None, lang=lang, now=NOW)
    assert_items_cover(text, analysis)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_unicode_text_either_analyses_or_says_the_language_is_unknown(text: str) -> None:
    try:
        analysis = analyze(text, published=None, lang="auto", now=NOW)
    except UnknownLanguageError:
        return
    assert_items_cover(text, analysis)


def test_empty_text_in_a_known_language_has_no_items() -> None:
    assert analyze("", lang="es", now=NOW).items == ()


def test_unknown_language_code_is_refused() -> None:
    with pytest.raises(UnknownLanguageError):
        analyze("Hallo Welt", lang="de", now=NOW)


def test_language_code_cannot_name_a_path() -> None:
    with pytest.raises(UnknownLanguageError):
        analyze("texto", lang="../es", now=NOW)
