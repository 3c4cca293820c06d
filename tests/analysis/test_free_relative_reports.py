"""A reporting verb inside a free relative ("ha hecho lo que dijo que haría", "did what it said it
would", "mejor de lo que dicen los críticos") is part of the writer's noun phrase: it reports
nothing, so the sentence never becomes a statement of whoever the verb's subject is. A relative
that opens the sentence ("Lo que dijo el ministro fue que…") and a real report whose object is a
free relative ("dijo lo que todos esperaban: …") still report."""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Label
from tests.analysis.probes import LEADS, NOW, last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Gobierno británico ha hecho en Harrowgate lo que dijo que haría, y eso ya es noticia."),
        ("es", "La alcaldesa Marta Ibáñez no ha cumplido nada de lo que prometió que cumpliría."),
        ("es", "El equipo jugó mejor de lo que dicen los críticos y peor de lo que dice su entrenador."),
        ("es", "Es lo que dicen todos los gobiernos que suben los impuestos en enero."),
        ("es", "El Consejo Nacional Electoral hizo cuanto anunció que haría, ni más ni menos."),
        ("en", "The British government has done in Harrowgate what it said it would do, and that is news."),
        ("en", "Mayor John Smith did exactly what he promised he would, which is rare enough."),
    ],
)
def test_a_reporting_verb_inside_a_free_relative_is_no_statement(lang: str, text: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Lo que dijo el ministro Tomás Pérez fue que el plazo no se movería.", "Tomás Pérez"),
        (
            "es",
            "El ministro Tomás Pérez dijo lo que todos esperaban: que el plazo no se movería.",
            "Tomás Pérez",
        ),
        ("es", "La ministra Ana Ruiz dijo que haría lo que fuera necesario.", "Ana Ruiz"),
        (
            "es",
            "«No voy a pedir perdón por decir lo que piensa medio país», escribió la cantante Marcela Ruiz.",
            "Marcela Ruiz",
        ),
        ("en", "Minister Tom Reed said what everyone expected: the deadline would not move.", "Tom Reed"),
        ("en", "Minister Tom Reed said the council would do what it had promised.", "Tom Reed"),
    ],
)
def test_a_report_around_a_free_relative_keeps_its_speaker(lang: str, text: str, speaker: str) -> None:
    lead = LEADS[lang]
    items = analyze(lead + text, published=NOW, lang=lang, now=NOW).items
    # the item that holds the sentence's first words (a colon may cut what it reports apart)
    item = next(i for i in items if i.start <= len(lead) < i.end)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
