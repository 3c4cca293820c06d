"""A reporting word that reports nothing here: "per cent" is no "per X" source, a noun after a
determiner ("a yellow warning", "the latest estimate") names a thing, and "según" / "according to"
before a thing ("según la titulación", "according to the plan") is a measure, not a source. The
hard negatives keep their report: "per" before a name, a verb after a noun of saying or a comma,
"según" before a person or a body."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Unemployment fell to 4.1 per cent of the workforce in October.", "en"),
        ("Rents have risen 38 per cent since the council lifted the cap in 2022.", "en"),
        ("Turnout reached 61 per cent, up from 54 per cent at the last election.", "en"),
        ("The levy is capped at 3 per cent of annual turnover.", "en"),
        ("The Met Office has issued a yellow warning for ice across Wales until Friday.", "en"),
        ("The national weather agency issued its highest flood warning for the valley on Sunday.", "en"),
        ("Shares in Corven Retail fell 18% after its second profit warning of the year.", "en"),
        ("The latest estimate puts the cost of the bridge at 900 million dollars.", "en"),
        ("The Bureau of Meteorology has extended its heat warning for Adelaide to Sunday.", "en"),
        ("The Met Office has issued an amber warning for snow.", "en"),
        ("The agency's revised forecast sees growth of 1.2% next year.", "en"),
        ("La matrícula cuesta entre 300 y 900 euros según la titulación.", "es"),
        ("El abono varía según la zona y la edad del viajero.", "es"),
        ("Las obras terminaron en marzo, todo según el calendario previsto.", "es"),
        ("El tren, según el horario, debía salir a las ocho; salió a las nueve y media.", "es"),
        ("The fare varies according to the distance travelled.", "en"),
        ("Everything went according to the plan, at least on paper.", "en"),
    ],
)
def test_a_reporting_word_that_names_a_thing_reports_nothing(text: str, lang: str) -> None:
    """A unit, a noun after a determiner or a measure after "según" gives no statement or claim."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The ferry will resume sailing on Monday, per Harbour Master Leila Grant.", "en", None),
        (
            "The deal is worth 40 million pounds, per the Financial Conduct Authority.",
            "en",
            "Financial Conduct Authority",
        ),
        ("The union issued a statement warning that the strike would go ahead on Monday.", "en", None),
        (
            "The regulator fined the bank 3 million pounds, warning that repeat failures would cost more.",
            "en",
            None,
        ),
        ("Finance Minister Ruth Abebe warned that the deficit would widen next year.", "en", "Ruth Abebe"),
        ("The Mining Ministry estimates a two-week stoppage would cut output by 15,000 tonnes.", "en", None),
        ("The central bank estimated that the economy shrank 0.4% in the third quarter.", "en", None),
        (
            "El paro bajó en 12.000 personas en octubre, según el Ministerio de Trabajo.",
            "es",
            "Ministerio de Trabajo",
        ),
        (
            "La ministra Carmen Ibáñez visitó la planta. Según la ministra, la producción se reanudará el lunes.",
            "es",
            "Carmen Ibáñez",
        ),
        (
            "El alcalde Jorge Salas habló ayer. Según el alcalde, las obras acabarán en junio.",
            "es",
            "Jorge Salas",
        ),
        (
            "El juez Andrés Mora dictó el auto el lunes. Según el magistrado, no hay riesgo de fuga.",
            "es",
            None,
        ),
        (
            "Police Chief Dana Holt spoke on Monday. According to the chief, two suspects are in custody.",
            "en",
            "Dana Holt",
        ),
    ],
)
def test_a_report_by_the_same_words_keeps_its_speaker(text: str, lang: str, speaker: str | None) -> None:
    """ "per" before a name, a verb after a noun of saying or a comma, "según" before a person: a statement."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, (item.label, item.reason)
    if speaker is not None:
        assert item.speaker == speaker, (item.speaker, item.reason)
