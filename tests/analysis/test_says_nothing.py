"""A verb of saying that reports nothing: a negative subject with "casi" / "almost" before it
("Casi ninguna explica…", "Virtually nobody explains…") or parted from its verb by an aside ("Y
ninguno, tampoco, se atreverá a explicar"), a comparison's "que" taken for a complementizer
("avanzan más rápido que cualquier reforma": "avanzar" also means to disclose), "dice más del
club que de la liga", and an infinitive after a comma ("Conviene, sin embargo, recordar que…":
the writer's advice). "denunció más tarde que…", a comparison inside the content, "dijo más de
una vez que…", a gerund after a comma (", asegurando que…") still report, and an aside between a
named subject and its verb ("Ana Ruiz, además, explicó que…") leaves the name the speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Las colas del paro avanzan más rápido que cualquier plan de empleo.", "es"),
        ("Los precios de la luz avanzan más deprisa que los salarios, otra vez.", "es"),
        ("Casi ninguna explica cómo gasta el dinero público que recibe.", "es"),
        ("Casi nadie explica por qué el tranvía sigue parado.", "es"),
        ("El estadio se llenó, y eso dice más del club que de la liga.", "es"),
        ("Almost none explain what they do with the money.", "en"),
        ("Virtually nobody explains why the tram is still idle.", "en"),
        ("Conviene, sin embargo, recordar que el año pasado fue el peor de la década.", "es"),
        ("Cabe, por tanto, preguntar quién pagará la factura esta vez.", "es"),
        ("Habrá que, tarde o temprano, explicar a los vecinos por qué se cerró el ambulatorio.", "es"),
        ("Convendría, al menos, aclarar de dónde saldrán los 40 millones.", "es"),
        ("Y ninguno, tampoco, se atreverá a explicar de dónde saldrá el dinero.", "es"),
        ("Ninguno de los concejales, eso sí, explicó por qué votó en contra.", "es"),
        ("Nadie, desde luego, explicó por qué se cerró el ambulatorio.", "es"),
        ("Nobody, in fairness, explained why the tram stopped.", "en"),
        ("None of them, naturally, said so in public.", "en"),
    ],
)
def test_a_verb_of_saying_that_says_nothing_is_no_report(text: str, lang: str) -> None:
    """A negated subject or a comparison gives no statement or claim."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("La ministra Ana Ruiz denunció más tarde que el contrato era ilegal.", "es", "Ana Ruiz"),
        ("El sindicato UGT denunció que los salarios crecen menos que los precios.", "es", None),
        ("La portavoz Marta Gil avanzó que el Gobierno aprobará el plan el martes.", "es", "Marta Gil"),
        ("El alcalde, Luis Mena, dijo más de una vez que no habría recortes.", "es", "Luis Mena"),
        ("El ministro Luis Prado compareció ayer, asegurando que no dimitirá.", "es", "Luis Prado"),
        (
            "La alcaldesa, Marta Gil, cerró el pleno, recordando que las obras acabarán en mayo.",
            "es",
            "Marta Gil",
        ),
        ("Mayor Tom Hale closed the meeting, saying the works would end in May.", "en", "Tom Hale"),
        ("El ministro de Hacienda, Luis Prado, por su parte, dijo que no habrá cambios.", "es", "Luis Prado"),
        ("La portavoz, Ana Ruiz, además, explicó que las obras empezarán en junio.", "es", "Ana Ruiz"),
        ("El portavoz Luis Mena, además, explicó que las obras empezarán en junio.", "es", "Luis Mena"),
        ("The mayor, Tom Hale, however, said the works would start in June.", "en", "Tom Hale"),
    ],
)
def test_a_report_with_a_comparison_keeps_its_speaker(text: str, lang: str, speaker: str | None) -> None:
    """A comparison in the content or a time after the verb leaves the report a statement."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, (item.label, item.reason)
    if speaker is not None:
        assert item.speaker == speaker, (item.speaker, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Which is a bit like being given a raise and told to pay for it yourself.",
        "Staff at the plant, told to stay home on Monday, were paid in full.",
        "Residents of the lower valley were told to leave their homes by 6 p.m.",
        "Passengers were urged to arrive three hours early.",
    ],
)
def test_told_to_with_nobody_named_is_no_report(text: str) -> None:
    """A participle of telling before "to": the subject was told, by no one named; no report."""
    item = last_item(text, "en")
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Tom Hale told residents to leave their homes by 6 p.m.", "Tom Hale"),
        ("Police Chief Dana Holt urged drivers to avoid the M6 until Sunday.", "Dana Holt"),
        ("The minister, Ana Price, told reporters the plan would go ahead.", "Ana Price"),
    ],
)
def test_telling_someone_to_act_is_a_statement(text: str, speaker: str) -> None:
    """The active verb, its object before "to", stays the named speaker's statement."""
    item = last_item(text, "en")
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker), item.reason


def test_the_writer_told_to_stays_a_claim() -> None:
    """ "I was told to…" is still what the writer was told by someone unnamed."""
    assert last_item("I was told to keep quiet about the report.", "en").label is Label.CLAIM
