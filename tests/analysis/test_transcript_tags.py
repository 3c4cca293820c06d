"""A transcript's speaker tag names the person, past the words of office ("Transport Minister Ana
Ruiz:" is Ana Ruiz), and a quotation on a tagged turn is the tag's speaker's, not the previous one's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            'The rail strike entered its third day on Wednesday.\nTransport Minister Ana Ruiz: "We will not negotiate under pressure."\nUnion leader Tom Hale: "Then the trains stay in the depots."',
            "en",
            ["Ana Ruiz", "Tom Hale"],
        ),
        (
            'The rail strike entered its third day on Wednesday.\nTransport Minister Ana Ruiz: "We will not negotiate under pressure."\nTom Hale: "Then the trains stay in the depots."',
            "en",
            ["Ana Ruiz", "Tom Hale"],
        ),
        (
            'The rail strike entered its third day on Wednesday.\nTom Hale: "Then the trains stay in the depots."\nTransport Minister Ana Ruiz: "We will not negotiate under pressure."',
            "en",
            ["Tom Hale", "Ana Ruiz"],
        ),
        (
            "La huelga ferroviaria cumplió su tercer día el miércoles.\nEl sindicalista Tomás Gil: «Los trenes se quedan en las cocheras».\nLa ministra de Transportes, Ana Ruiz: «No negociaremos bajo presión».",
            "es",
            ["Tomás Gil", "Ana Ruiz"],
        ),
        (
            "La huelga ferroviaria cumplió su tercer día el miércoles.\nTomás Gil: «Los trenes se quedan en las cocheras».\nMinistra Ana Ruiz: «No negociaremos bajo presión».",
            "es",
            ["Tomás Gil", "Ana Ruiz"],
        ),
        (
            'The harbour reopened on Monday.\nInes Varga (harbour master): "The channel is clear."\nLena Holt, mayor: "We lost a week of trade."',
            "en",
            ["Ines Varga", "Lena Holt"],
        ),
        (
            'The harbour reopened on Monday.\nLena Holt: "We lost a week of trade."\nPort Authority: "The channel is clear."',
            "en",
            ["Lena Holt", "Port Authority"],
        ),
    ],
)
def test_each_tagged_turn_is_its_named_speakers(text: str, lang: str, speakers: list[str]) -> None:
    items = analyze(text, published=None, lang=lang, now=_NOW).items
    assert [i.speaker for i in items if i.label is Label.STATEMENT] == speakers
