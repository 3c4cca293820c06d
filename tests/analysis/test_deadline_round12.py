"""Deadline mechanisms of the twelfth round (issue 3's held-out bar), on own phrasings across topics.

Each list was written from general knowledge for one mechanism among the known misses, with hard
negatives, and scored with the engine of main before the change (the figure above it: cases
right). Misses left are in `bot/analysis/README.md`, not here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import MON, NOW, THU, TUE, Case, due_days

# An extension by a length with no new day of its own ("extended the June 12 deadline by two
# weeks", "amplió en dos semanas el plazo, que vencía el 9 de octubre"): the old due plus the
# length, and the old due is none. Before: 9 of 16 (first batch, written before the change) and
# 11 of 18 (second batch, written after it, scored on main and here once).
EXTENDED_BY: list[Case] = [
    (
        "en",
        TUE,
        "The council extended the June 12 deadline for public comments by two weeks.",
        [date(2026, 6, 26)],
    ),
    ("en", THU, "Regulators pushed back the Oct. 15 filing deadline by 10 days.", [date(2026, 10, 25)]),
    (
        "es",
        THU,
        "El ministerio amplió en dos semanas el plazo de inscripción, que vencía el 9 de octubre.",
        [date(2026, 10, 23)],
    ),
    (
        "es",
        TUE,
        "La CNMV prorrogó una semana el plazo de aceptación de la opa, que expiraba el viernes 12 de junio.",
        [date(2026, 6, 19)],
    ),
    ("en", MON, "The ceasefire, due to expire on Wednesday, was extended by 72 hours.", [date(2026, 3, 7)]),
    (
        "es",
        MON,
        "Los mediadores alargaron 48 horas la tregua, que expiraba el miércoles 4 de marzo.",
        [date(2026, 3, 6)],
    ),
    (
        "en",
        TUE,
        "The tax office extended the filing deadline by a month, from June 30 to July 30.",
        [date(2026, 7, 30)],
    ),
    (
        "es",
        TUE,
        "Hacienda retrasó un mes el plazo de la declaración, hasta el 30 de julio.",
        [date(2026, 7, 30)],
    ),
    (
        "en",
        THU,
        "The port authority said it would push the Oct. 20 cut-off for customs filings back by five days.",
        [date(2026, 10, 25)],
    ),
    ("en", TUE, "The strike was extended by two days.", []),
    ("en", MON, "Last year the agency extended the deadline by two weeks.", []),
    ("es", THU, "La empresa amplió en un 20 % su plantilla el 3 de septiembre.", []),
    ("en", THU, "The festival, which ended on Sept. 27, was extended by three days because of demand.", []),
    ("en", MON, "The loan's maturity was extended by five years.", []),
    ("en", THU, "The team extended its lead by 10 points on Sunday.", []),
    ("en", THU, "Shareholders voted on Sept. 28 to extend the chief executive's contract by two years.", []),
    # second batch
    ("en", THU, "The flight to Lisbon on Oct. 3 was delayed by two hours.", []),
    ("en", MON, "Organisers moved the final back by a day, to Sunday, because of the storm.", []),
    (
        "en",
        TUE,
        "The referee added five minutes of stoppage time, and the match was extended by 30 minutes on Saturday.",
        [],
    ),
    (
        "en",
        THU,
        "The regulator will extend the Oct. 16 deadline for comments by a week, a spokesman said.",
        [date(2026, 10, 23)],
    ),
    (
        "en",
        MON,
        "The union's deadline of 5 p.m. on Friday was extended by 24 hours after talks resumed.",
        [date(2026, 3, 7)],
    ),
    (
        "en",
        MON,
        "Kenya extended the visa amnesty, which was due to end on March 15, by a month.",
        [date(2026, 4, 15)],
    ),
    ("en", TUE, "The school board postponed the June 20 graduation ceremony by a week.", []),
    ("en", TUE, "Inflation pushed rents up by 4 percent in May.", []),
    (
        "en",
        THU,
        "The senator's filibuster, which began on Tuesday, dragged the debate on by three days.",
        [],
    ),
    (
        "es",
        MON,
        "El tribunal prorrogó un mes la prisión provisional del exalcalde, que vencía el 4 de marzo.",
        [date(2026, 4, 4)],
    ),
    ("es", TUE, "La federación aplazó una semana el partido del 14 de junio por la lluvia.", []),
    (
        "es",
        TUE,
        "El Ayuntamiento alargó en dos horas el horario de las piscinas desde el lunes 15 de junio.",
        [],
    ),
    ("es", THU, "La naviera retrasó en tres días la salida del ferry prevista para el 5 de octubre.", []),
    (
        "es",
        MON,
        "Los acreedores dieron a la empresa hasta el 20 de marzo y después ampliaron el plazo en una semana.",
        [date(2026, 3, 27)],
    ),
    (
        "es",
        THU,
        "Hacienda ampliará en quince días el plazo de pago del impuesto, que vence el 20 de octubre.",
        [date(2026, 11, 4)],
    ),
    ("es", MON, "El Gobierno amplió en un 15 % el presupuesto de Sanidad el 27 de febrero.", []),
    (
        "en",
        THU,
        "The ultimatum expires on Saturday. Mediators hope to extend it by another 48 hours.",
        [date(2026, 10, 3)],
    ),
    (
        "en",
        MON,
        "The city gave vendors until March 9 to remove their stalls. On Monday it extended that deadline by a week.",
        [date(2026, 3, 9), date(2026, 3, 16)],
    ),
]

ALL = {"extended_by": EXTENDED_BY}


@pytest.mark.parametrize(("lang", "published", "text", "dues"), [c for cases in ALL.values() for c in cases])
def test_round12_mechanisms(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    """Each phrasing gives exactly the days its own reading expects (date level, as the bar)."""
    assert due_days(lang, published, text) == Counter(dues)


def test_extension_by_a_length_gives_the_change_its_new_due() -> None:
    """The change an extension by a length records carries the computed due, so reminders move."""
    text = "The council extended the June 12 deadline for public comments by two weeks."
    analysis = analyze(text, published=TUE, lang="en", now=NOW)
    assert [(c.kind.value, c.new_due) for c in analysis.changes] == [("extend", date(2026, 6, 26))]
    assert [text[d.start : d.end] for d in analysis.deadlines] == ["by two weeks"]


def test_extension_after_a_new_due_is_not_counted_from_it() -> None:
    """A later postponement by a length in the sentence of an extension to a day leaves that day alone."""
    text = (
        "La Autoridad Portuaria amplió anoche hasta las 12:00 del domingo el plazo para desembarcar, "
        "después de que la inspección sanitaria se aplazara un día."
    )
    assert due_days("es", THU, text) == Counter([date(2026, 10, 4)])
