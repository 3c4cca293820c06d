"""Ingest of short pasted text whose language cannot be told apart."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.domain.models import ArticleInput
from bot.errors import UnknownLanguageError


async def test_short_text_of_unclear_language_uses_the_configured_language(app: App) -> None:
    result = await app.ingest.ingest(ArticleInput(text="Talks began in Geneva on 23 January."))
    assert result.article_id is not None
    assert result.language == app.settings.language


async def test_an_unsupported_explicit_language_is_refused(app: App) -> None:
    with pytest.raises(UnknownLanguageError):
        await app.ingest.ingest(ArticleInput(text="Die Gespräche begannen am Montag.", lang="de"))
