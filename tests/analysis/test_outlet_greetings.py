"""The outlet's greeting and the host handing over are no verbless kickers (comment17es).

"Buenos días." opening a newsletter, "Nerea Vidal, buenos días." in a broadcast, "Good morning."
are the outlet's, a fact (dev: four writers, Spanish and English); so is "Desde la planta nos
habla nuestro reportero…", whose verb after a clitic pronoun the verbless test missed. Own texts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.models import Item, Label
from tests.analysis.probes import item_opening

PUB = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _item(text: str, lang: str, opening: str) -> Item:
    return item_opening(text, lang, opening, PUB)


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        ("Buenos días. Hoy, todo sobre la nueva línea de autobuses a la costa.", "es", "Buenos días."),
        (
            "PRESENTADORA: El consorcio aprobó anoche la tarifa. Luis Mena, buenas noches.\n"
            "REDACTOR: Buenas noches. La votación terminó a las diez.",
            "es",
            "Luis Mena, buenas noches.",
        ),
        ("Buenas tardes, desde Cádiz les habla Marta Ruiz. El río bajó dos metros.", "es", "Buenas tardes,"),
        (
            "Desde el puerto nos escribe nuestra corresponsal Ana Gil. La grúa cayó el lunes.",
            "es",
            "Desde el puerto",
        ),
        ("Good morning. The council votes on the bus budget on Monday.", "en", "Good morning."),
        ("Good evening everyone. The river fell two metres overnight.", "en", "Good evening everyone."),
    ],
)
def test_a_greeting_or_a_hand_over_is_the_outlets_fact(text: str, lang: str, opening: str) -> None:
    item = _item(text, lang, opening)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        # a verbless kicker that is no greeting, or a greeting that goes on to judge
        ("El consorcio aprobó la tarifa el lunes. Buenas noticias, por fin.", "es", "Buenas noticias"),
        ("El consorcio aprobó la tarifa el lunes. Buenos días, y buena suerte.", "es", "Buenos días, y"),
        ("The council approved the fare on Monday. Good riddance.", "en", "Good riddance."),
    ],
)
def test_a_verbless_kicker_that_is_no_plain_greeting_stays_the_writers(
    text: str, lang: str, opening: str
) -> None:
    assert _item(text, lang, opening).label is Label.COMMENTARY
