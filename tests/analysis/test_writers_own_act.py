"""The writer's own speech act is no report: a first-person "Pido", "No escribo para", "I ask",
"We urge" or a wish "Que lo digan ahora" names nobody who said anything, while "I'm told" / "we
was told" stays an unattributed report and a named speaker's words keep their speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pido a la alcaldía que publique los horarios reales de la línea 4.", "es"),
        ("Pedimos, como cada año, que alguien revise las tarifas del agua.", "es"),
        ("Insisto en que el barrio merece una biblioteca abierta los domingos.", "es"),
        ("Los vecinos llevan un año sin ascensor. Les pido a los concejales que suban andando.", "es"),
        ("El paro juvenil sube. Es una generación a la que le exigimos que sonría.", "es"),
        ("El estadio se llenó. Que lo expliquen ahora, con las obras paradas.", "es"),
        ("Que nos digan entonces para qué sirvió la consulta.", "es"),
        ("Que lo anuncien con la misma pompa cuando suba la tarifa.", "es"),
        ("The library closes at five. I ask the council to explain why.", "en"),
        ("I write as a parent who has waited two years for a school bus.", "en"),
    ],
)
def test_the_writers_own_act_is_no_report(text: str, lang: str) -> None:
    """A verb in the writer's own person or a wish reports nothing: no statement, no claim."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm told the minister will resign before Friday.", "en"),
        ("The port is shut. I was told by two officials that it would reopen.", "en"),
    ],
)
def test_the_writer_told_is_a_claim(text: str, lang: str) -> None:
    """What the writer was told by someone unnamed is an unattributed report, not the writer's word."""
    item = last_item(text, lang)
    assert item.label is Label.CLAIM and item.speaker is None, (item.label, item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Pido calma a los vecinos», dijo la alcaldesa Marta Ibáñez.", "es", "Marta Ibáñez"),
        ("Pido calma, dijo Ruiz a los periodistas.", "es", "Ruiz"),
        ("Anunciamos hoy el cierre de la planta, dijo el director, Pablo Gil.", "es", "Pablo Gil"),
        ("Tomás Herrera dijo: «Pido a la oposición que apoye la ley».", "es", "Tomás Herrera"),
        (
            "MINISTRA ROJAS: Hay acuerdo.\nPERIODISTA: ¿Cuándo?\nMINISTRA ROJAS: Pido a los grupos que apoyen la ley.",
            "es",
            "Ministra Rojas",
        ),
        ("Ana Ruiz, portavoz de la cooperativa, anunció el cierre de la planta.", "es", "Ana Ruiz"),
        ("La empresa Lunar propuso un nuevo calendario de pagos.", "es", None),
        ("El consejero Ibarra sostuvo que la reforma es necesaria.", "es", None),
        ('Price said: "I ask the council to reconsider."', "en", "Price"),
        ("Ruiz told me the plant would close.", "en", "Ruiz"),
        ("As I reported last week, the mayor announced a freeze.", "en", None),
        (
            'Marta Gil llegó a la frontera. "Aquí ya no esperamos; esperamos a que alguien se acuerde de nosotros", dice.',
            "es",
            None,
        ),
    ],
)
def test_a_real_report_keeps_its_speaker(text: str, lang: str, speaker: str | None) -> None:
    """A named speaker's report, a first person only inside a quote: still a report, its speaker kept."""
    item = last_item(text, lang)
    assert item.label in REPORTS, (item.label, item.reason)
    if speaker is not None:
        assert item.speaker == speaker, (item.speaker, item.reason)
