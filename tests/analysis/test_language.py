"""Language detection and the list of supported languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze, detect_language, supported_languages
from bot.errors import UnknownLanguageError

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def test_supported_languages_are_the_data_files() -> None:
    assert supported_languages() == ("en", "es")


def test_spanish_text_is_detected_as_spanish() -> None:
    assert detect_language("El Gobierno anunció que la pausa seguirá vigente hasta el lunes.") == "es"


def test_english_text_is_detected_as_english() -> None:
    assert detect_language("The government said the pause would hold until Monday.") == "en"


def test_text_without_enough_evidence_is_unsure() -> None:
    assert detect_language("OK 123") is None
    assert detect_language("") is None


def test_auto_on_undetectable_text_raises_unknown_language() -> None:
    with pytest.raises(UnknownLanguageError):
        analyze("Ich weiß nicht, wann der Zug kommt.", lang="auto", now=NOW)
