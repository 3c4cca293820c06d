"""Deadline false alarms of the nineteenth temporal round, found among the false alarms of the 24 dev
articles of the eleventh dev round (three annotators), dev 242 and the deadline bank.

Each list was written from general knowledge for one mechanism (own topics and wording, es and en
where it applies), with near misses that must not change, and scored with the engine of integ5
before the change (the figure above it: cases right). False alarms left are in
`bot/analysis/README.md`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.analysis.deadline_days import TUE, Case, due_days

# "a partir de" + a day with no threat in its sentence (no condition, measure or penalty): when
# something begins (a service, talks, a timetable), an event; a threatened measure's start (a
# strike unless…, fines, tariffs, an eviction) stays a due. English "from Monday" was never a
# deadline marker on its own. integ5: 7 of 10 (the near misses, the talks and the English clinic).
BARE_START: list[Case] = [
    ("es", TUE, "El nuevo centro de salud atenderá a los vecinos a partir del lunes 15 de junio.", []),
    ("es", TUE, "Las negociaciones se retomarán en Ginebra a partir del jueves.", []),
    ("es", TUE, "A partir del miércoles, los trenes de cercanías pasarán cada diez minutos.", []),
    ("es", TUE, "La consejería empezará a vacunar a los mayores de 70 años a partir del 1 de julio.", []),
    ("en", TUE, "The new clinic will see patients from Monday, June 15.", []),
    # near misses: a threatened measure's start, a penalty's, an order's
    (
        "es",
        TUE,
        "Si el Gobierno no responde, los médicos irán a la huelga a partir del lunes 15 de junio.",
        [date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "La agencia cobrará multas de 5.000 euros diarios a partir del 1 de julio a las empresas sin plan.",
        [date(2026, 7, 1)],
    ),
    (
        "es",
        TUE,
        "Los aranceles del 20 % se aplicarán a partir del 1 de julio salvo que Bruselas retire las cuotas.",
        [date(2026, 7, 1)],
    ),
    (
        "es",
        TUE,
        "La jueza ordenó el desalojo de la finca a partir del lunes 15 de junio.",
        [date(2026, 6, 15)],
    ),
    (
        "en",
        TUE,
        "The union will strike from Monday, June 15, unless the council improves its offer.",
        [date(2026, 6, 15)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), BARE_START)
def test_round19_bare_start(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A deadline named by its date as the reference of another act, done or promised before it ("signed it
# two days before the noon Friday cut-off" (English needs the offset: "Talks resumed ahead of Saturday's
# 5 p.m. deadline" stays a due, test_deadline_phrasings), "estarán acabadas antes del plazo del 27 de noviembre",
# "saldrán antes de que venza el plazo del jueves"): set before and only recalled (corpus README rule
# 14), neither a deadline nor news of a day. Near misses: a duty before it, talks held before it (a
# live deadline), a deadline told missed (after it), a measure's expiry raced against. integ5: 9 of 13
# (the near misses and the two bare English dates, already none).
REFERENCE_DEADLINE: list[Case] = [
    ("en", TUE, "The ministry filed its plan on Monday, three days before the Thursday deadline.", []),
    (
        "en",
        TUE,
        "The contractor reopened the bridge on Monday, three weeks ahead of the June 30 deadline.",
        [],
    ),
    ("en", TUE, "Lawyers lodged the appeal at 9 a.m. on Thursday, hours before Friday's noon cut-off.", []),
    ("es", TUE, "La constructora asegura que terminará las obras antes del plazo del 30 de junio.", []),
    (
        "es",
        TUE,
        "Los diplomáticos abandonarán el país antes de que venza el plazo del viernes a mediodía.",
        [],
    ),
    ("es", TUE, "El club entregó la documentación el lunes, antes de la fecha límite del 12 de junio.", []),
    # near misses: a duty, talks raced against it, a deadline missed, a measure's expiry
    (
        "en",
        TUE,
        "Negotiators met again on Thursday, hours before Friday's noon cut-off.",
        [date(2026, 6, 5)],
    ),
    (
        "es",
        TUE,
        "Las dos partes retomarán la negociación el lunes, antes del plazo del 30 de junio.",
        [date(2026, 6, 30)],
    ),
    ("en", TUE, "Firms must file their accounts before the June 30 deadline.", [date(2026, 6, 30)]),
    ("en", TUE, "The company missed the June 5 deadline to pay its bondholders.", [date(2026, 6, 5)]),
    (
        "en",
        TUE,
        "Negotiators are racing to reach a deal before the July 9 expiry of the tariff pause.",
        [date(2026, 7, 9)],
    ),
    (
        "es",
        TUE,
        "Las empresas deberán presentar sus cuentas antes del plazo del 30 de junio.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        TUE,
        "La empresa entregó el plan el viernes, tres días después del plazo del 5 de junio.",
        [date(2026, 6, 5)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), REFERENCE_DEADLINE)
def test_round19_reference_deadline(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A length told in the past with nothing that set it (no decision, duty, halt, measure word or modal
# in its clause): a span lived and over ("who camped outside the gates for five weeks", "ocuparon la
# plaza durante tres días"), however far past publication it would run; a length decided (frozen,
# postponed, agreed, banned) or still open (a modal) keeps its due. integ5: 5 of 11 (the near misses).
PAST_ACTIVITY_LENGTH: list[Case] = [
    ("en", TUE, "Protesters occupied the square for three days.", []),
    ("en", TUE, "The minister was in hospital for two weeks.", []),
    (
        "en",
        TUE,
        "For their families, who camped outside the gates for five weeks, Saturday was a homecoming.",
        [],
    ),
    ("es", TUE, "Los vecinos acamparon frente al ayuntamiento durante cinco semanas.", []),
    ("es", TUE, "Los manifestantes ocuparon la plaza durante tres días.", []),
    ("es", TUE, "El alcalde estuvo de baja durante dos semanas.", []),
    # near misses: a length set by a decision, a postponement, a ban, an agreement; a modal
    ("en", TUE, "The court froze the company's assets for 30 days.", [date(2026, 7, 9)]),
    ("en", TUE, "The airline agreed to keep the route open for six months.", [date(2026, 12, 9)]),
    ("es", TUE, "La empresa aplazó los despidos durante dos semanas.", [date(2026, 6, 23)]),
    ("es", TUE, "El Gobierno prohibió la pesca durante 39 días.", [date(2026, 7, 18)]),
    ("en", TUE, "Users who have not upgraded can still read their messages for 90 days.", [date(2026, 9, 7)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), PAST_ACTIVITY_LENGTH)
def test_round19_past_activity_length(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A measure, works or an event said to last N days ("la veda durará 39 días", "the closure will last
# ten days"): its own length, not a due (corpus README rule 15: its start is); a truce, pause or grant
# that lasts N days ends then, a due, and so does one named by a pronoun. integ5: 4 of 10.
OWN_LENGTH: list[Case] = [
    ("es", TUE, "La veda de la merluza durará 39 días.", []),
    ("es", TUE, "El cierre de la frontera durará diez días.", []),
    ("es", TUE, "Las obras del puente durarán tres semanas.", []),
    ("en", TUE, "The closure of the bridge will last ten days.", []),
    ("en", TUE, "The roadworks on the A30 will last three weeks.", []),
    ("en", TUE, "The curfew will last 48 hours.", []),
    # near misses: a truce, a grant, a pronoun
    ("es", TUE, "La tregua durará 72 horas.", [date(2026, 6, 12)]),
    ("es", TUE, "La prórroga durará 15 días.", [date(2026, 6, 24)]),
    ("en", TUE, "The waiver will last 30 days.", [date(2026, 7, 9)]),
    ("en", TUE, "The ceasefire began at 6 a.m. on Monday. It is due to last 72 hours.", [date(2026, 6, 11)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), OWN_LENGTH)
def test_round19_own_length(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A length counting a delay ("por tres días de retraso", "for three days of delay"): how late
# something was, no due; a limit to explain or pay for a delay keeps its due. integ5: 4 of 7.
DELAY_COUNT: list[Case] = [
    ("es", TUE, "Las multas acumuladas suman 150.000 dólares, por tres días de retraso.", []),
    ("es", TUE, "La empresa fue sancionada por dos semanas de retraso en la entrega.", []),
    ("en", TUE, "The fines now total $150,000 for three days of delay.", []),
    ("en", TUE, "The contractor was fined after finishing the bridge 12 days late.", []),
    # near misses: a limit given about a delay
    ("es", TUE, "El juez dio a la empresa diez días para justificar el retraso.", [date(2026, 6, 19)]),
    ("es", TUE, "La empresa tiene tres días para pagar la multa por el retraso.", [date(2026, 6, 12)]),
    ("en", TUE, "The company has three days to explain the delay.", [date(2026, 6, 12)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), DELAY_COUNT)
def test_round19_delay_count(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# An aim whose verb opens a quote ("confía en «recuperar a los díscolos antes del miércoles»"): the
# quote mark no longer hides the aim from `forecasts`; a duty or a limit quoted the same way keeps its
# due. Spanish only: an English quote opens after "to" ("hopes to 'finish …'"), where `forecasts`
# already ends. integ5: 2 of 5 (the near misses).
QUOTED_AIM: list[Case] = [
    ("es", TUE, "Brennock aseguró que confía en «recuperar a los díscolos antes del miércoles».", []),
    ("es", TUE, "La ministra espera «cerrar el acuerdo antes del viernes 12 de junio».", []),
    ("es", TUE, "El sindicato pretende “firmar el convenio antes del 30 de junio”.", []),
    # near misses: a quoted duty, a quoted limit
    ("es", TUE, "La empresa deberá «presentar el plan antes del viernes 12 de junio».", [date(2026, 6, 12)]),
    ("es", TUE, "El juez dijo que la empresa «tiene hasta el miércoles para pagar».", [date(2026, 6, 10)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), QUOTED_AIM)
def test_round19_quoted_aim(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]
