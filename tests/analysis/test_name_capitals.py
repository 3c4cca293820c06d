"""A short name takes the article's fullest form whatever its capital: "Nowak" after "Łukasz
Nowak", "Şahin" after "Çağlar Şahin" (the class of capitals was Latin-1's only). Own phrasings,
written and scored before the change (2/9 right before it, 9/9 after)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Łukasz Nowak, the union leader, said the talks would resume. Nowak added that the strike was over.",
            "Łukasz Nowak",
        ),
        (
            "es",
            "Çağlar Şahin, portavoz de la patronal, dijo que no habrá acuerdo. Şahin añadió que el plazo vence el viernes.",
            "Çağlar Şahin",
        ),
        (
            "en",
            "Dr. Ľubomír Škoda said the clinic would reopen. Škoda added it needed staff.",
            "Ľubomír Škoda",
        ),
        (
            "en",
            "Transport Minister Şükrü Öztürk said the bridge would reopen. Öztürk added that tolls would rise.",
            "Şükrü Öztürk",
        ),
        (
            "es",
            "La ministra Dragana Đorđević anunció que el puerto abre el lunes. Đorđević añadió que habrá controles.",
            "Dragana Đorđević",
        ),
        (
            "en",
            "Mayor Ōta Hiroshi said the levy would stay. Hiroshi added that the vote was final.",
            "Ōta Hiroshi",
        ),
        (
            "en",
            "Čapek Logistics said the depot would close. The company added that 40 jobs would go.",
            "Čapek Logistics",
        ),
        # hard negatives: Latin-1 capitals as before
        (
            "en",
            "Ana Ruiz, the union leader, said the talks would resume. Ruiz added that the strike was over.",
            "Ana Ruiz",
        ),
        (
            "es",
            "Íñigo Álvarez, portavoz del sindicato, dijo que no habrá acuerdo. Álvarez añadió que el plazo vence el viernes.",
            "Íñigo Álvarez",
        ),
    ],
)
def test_a_short_name_takes_its_fullest_form_whatever_its_capital(lang: str, text: str, speaker: str) -> None:
    assert analyze(text, published=PUB, lang=lang, now=NOW).items[-1].speaker == speaker
