"""Deadline false alarms of the twenty-first temporal round, found among the false alarms of the 24 dev
articles of the twelfth dev round (three annotators) and dev 266.

Each list was written from general knowledge for one mechanism (own topics and wording, es and en
where it applies), with near misses that must not change, and scored with the engine of integ8
before the change (the figure above it: cases right). False alarms left are in
`bot/analysis/README.md`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import NOW, TUE, Case, due_days

# A dated deadline named as the limit an act told done in the past beat, with no offset ("closed their
# gates before the midnight cut-off on Wednesday", "reached payslips on Wednesday, well before the December
# 10 cut-off", "abandonaron sus casas antes de la medianoche del martes, el límite que les había fijado"):
# met and only recalled (corpus README rule 14; dev gold has no deadline in any of some forty such
# sentences, all three annotators of the twelfth round and most before them record a `meet`), neither a
# deadline nor news of a day. Near misses: talks raced against it, a duty, a negation or failure (missed:
# gold), a future act, an order to act before it, a grant of time. integ8: 14 of 21 (the near misses and
# "paid the fine before Friday's deadline", already none).
DONE_BEFORE: list[Case] = [
    ("en", TUE, "The contractor finished the repairs on Monday, well before the June 30 deadline.", []),
    (
        "en",
        TUE,
        "All 40 clinics sent their returns before the midnight cut-off on Friday, the ministry said.",
        [],
    ),
    ("en", TUE, "The payments reached workers' accounts on Thursday, ahead of Friday's cut-off.", []),
    (
        "en",
        TUE,
        "Most farms registered their wells before the June 12 deadline, officials said on Monday.",
        [],
    ),
    ("en", TUE, "The club paid the fine before Friday's deadline.", []),
    (
        "es",
        TUE,
        "Los vecinos abandonaron sus casas antes de la medianoche del domingo, el límite que les había fijado el alcalde.",
        [],
    ),
    (
        "es",
        TUE,
        "La empresa entregó el plan el lunes, antes del viernes 12, la fecha límite que le había dado la agencia.",
        [],
    ),
    (
        "es",
        TUE,
        "Los 14 ayuntamientos presentaron sus planes antes del 30 de junio, el plazo fijado por la consejería.",
        [],
    ),
    # near misses: talks, a duty, a failure or negation, a countdown, a future act, an order, a grant
    ("en", TUE, "Talks resumed ahead of Saturday's 5 p.m. deadline, in London.", [date(2026, 6, 13)]),
    ("en", TUE, "Firms must file their accounts before the June 30 deadline.", [date(2026, 6, 30)]),
    ("en", TUE, "The company failed to pay before the June 12 deadline.", [date(2026, 6, 12)]),
    ("en", TUE, "The company did not file its plan before the June 12 deadline.", [date(2026, 6, 12)]),
    (
        "en",
        TUE,
        "With ten days left before the June 30 deadline, fewer than half of the firms have filed, the agency said.",
        [date(2026, 6, 30)],
    ),
    (
        "en",
        TUE,
        "The ministry said it would publish the order before Friday's deadline.",
        [date(2026, 6, 12)],
    ),
    (
        "en",
        TUE,
        "The regulator ordered the firm to recall the batches before the June 30 deadline.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        TUE,
        "Las empresas deberán presentar sus cuentas antes del 30 de junio, el plazo fijado por la ley.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        TUE,
        "La empresa no entregó el plan antes del viernes 12, la fecha límite que le había dado la agencia.",
        [date(2026, 6, 12)],
    ),
    (
        "es",
        TUE,
        "Los vecinos deben abandonar sus casas antes de la medianoche del domingo, el límite fijado por el alcalde.",
        [date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "La agencia ordenó a la empresa retirar los lotes antes del 30 de junio, la fecha límite del reglamento.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        TUE,
        "El alcalde dio a los vecinos hasta la medianoche del domingo para abandonar sus casas.",
        [date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "Las dos partes retomarán la negociación el lunes, antes del plazo del 30 de junio.",
        [date(2026, 6, 30)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), DONE_BEFORE)
def test_round21_done_before(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A state that has held for a length up to now, told in the present perfect with an adverb or a
# predicate that is no participle ("have now been empty for twelve days", "has been out of service for
# two weeks"): a span lived, no due (the participle form, "have been camped for three weeks", already
# was). Near misses: a grant of time in the perfect, a future measure's length, a truce agreed.
# integ8: 6 of 11 (the near misses, the Spanish and "has already been shut", already none).
PERFECT_STATE: list[Case] = [
    ("en", TUE, "The two villages have now been empty for twelve days.", []),
    ("en", TUE, "The ferry has been out of service for two weeks, islanders say.", []),
    ("en", TUE, "The reservoir has been below 30 per cent for three weeks.", []),
    ("en", TUE, "Schools have been without heating for ten days.", []),
    ("en", TUE, "The road has already been shut for nine days.", []),
    ("en", TUE, "The island has still been without a ferry for a week.", []),
    ("es", TUE, "Las dos aldeas han estado vacías durante doce días.", []),
    # near misses: a grant of time, a limit held now, a truce agreed
    ("en", TUE, "The company has been given 30 days to pay.", [date(2026, 7, 9)]),
    ("en", TUE, "The company has been given until Friday to pay.", [date(2026, 6, 12)]),
    ("en", TUE, "The company has 30 days to pay.", [date(2026, 7, 9)]),
    ("en", TUE, "The rebels have agreed to a truce for 72 hours.", [date(2026, 6, 12)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), PERFECT_STATE)
def test_round21_perfect_state(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A rough time of day of a past act ("la noticia se conoció poco antes de las once de la noche", "the
# fire started shortly before 3 a.m."): when something happened, no due (a day after it stays the act's
# event). Near misses: a duty or a demand before a plain time, a threat, an order. integ8: 8 of 14 (the
# near misses and two Spanish cases, already none; the Monday was read as next Monday's due, no event).
ROUGH_TIME: list[Case] = [
    ("es", TUE, "Aquí la noticia se conoció poco antes de las once de la noche.", []),
    ("es", TUE, "El incendio se declaró poco antes de las tres de la madrugada.", []),
    ("es", TUE, "Los rehenes llegaron al aeropuerto poco antes de las 20.00.", []),
    ("es", TUE, "El ministro compareció justo antes de las doce.", []),
    ("en", TUE, "The news broke shortly before 11 p.m.", []),
    ("en", TUE, "The fire started just before 3 a.m., firefighters said.", []),
    ("en", TUE, "The hostages reached the airport shortly before 8 p.m. on Monday.", []),
    ("en", TUE, "The first lorries crossed the border shortly before noon.", []),
    # near misses: a duty, a demand, a threat, an order
    ("es", TUE, "La empresa debe pagar antes de las 20.00 del viernes.", [date(2026, 6, 12)]),
    ("es", TUE, "Los secuestradores exigieron el pago antes de las 20.00 del jueves.", [date(2026, 6, 11)]),
    ("en", TUE, "The company must respond before 5 p.m. on Friday.", [date(2026, 6, 12)]),
    (
        "en",
        TUE,
        "The union threatened to walk out just before 6 a.m. on Monday unless the offer improved.",
        [date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "El sindicato amenazó con parar justo antes de las 6.00 del lunes si no mejora la oferta.",
        [date(2026, 6, 15)],
    ),
    (
        "en",
        TUE,
        "The regulator ordered the firm to stop pumping shortly before midnight on Friday.",
        [date(2026, 6, 13)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), ROUGH_TIME)
def test_round21_rough_time(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


def test_round21_rough_time_keeps_the_event() -> None:
    """The day a rough time leads into is still the day the act happened."""
    analysis = analyze(
        "The hostages reached the airport shortly before 8 p.m. on Monday.", published=TUE, lang="en", now=NOW
    )
    assert [e.date for e in analysis.events] == [date(2026, 6, 8)]


# A "for" / "durante" length that counts the activity named right after it ("would stay in hospital for
# 48 hours of checks", "durante tres días de negociaciones"): how long that goes on, no due. Near misses:
# a halt before it or as the activity (a pause's or a truce's end is a due), a grant of days. integ8: 7
# of 13 (the near misses and "host five days of concerts", already none).
ACTIVITY_LENGTH: list[Case] = [
    ("en", TUE, "He would stay in hospital in the capital for 48 hours of checks before travelling.", []),
    ("en", TUE, "The delegations will sit down in Geneva for three days of talks.", []),
    ("en", TUE, "The town will host five days of concerts.", []),
    ("en", TUE, "The patients will remain in the clinic for a week of tests.", []),
    ("es", TUE, "Los cinco ingenieros permanecerán en el hospital durante 48 horas de pruebas.", []),
    ("es", TUE, "Las delegaciones se reunirán en Ginebra durante tres días de negociaciones.", []),
    ("es", TUE, "El equipo estará concentrado durante diez días de entrenamiento.", []),
    # near misses: a halt before it or as the activity, a grant
    ("en", TUE, "The army agreed to pause its strikes for 72 hours of talks.", [date(2026, 6, 12)]),
    ("en", TUE, "The rebels agreed to a ceasefire for 72 hours.", [date(2026, 6, 12)]),
    (
        "en",
        TUE,
        "The two armies will observe a pause in fighting for 72 hours of ceasefire.",
        [date(2026, 6, 12)],
    ),
    (
        "es",
        TUE,
        "El ejército aceptó suspender los bombardeos durante 72 horas de negociaciones.",
        [date(2026, 6, 12)],
    ),
    ("es", TUE, "Las partes respetarán durante 72 horas de tregua el alto el fuego.", [date(2026, 6, 12)]),
    ("en", TUE, "The court gave the company 30 days to pay.", [date(2026, 7, 9)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), ACTIVITY_LENGTH)
def test_round21_activity_length(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A measure's own length told as how long it runs: after a verb of running or applying ("The rules run for
# six weeks", "Las restricciones se aplicarán durante seis semanas") or from its own start ("a partir del
# lunes 15 de junio, y durante seis semanas"), with the measure named before it (corpus README rule 15: a
# measure's length is no deadline). Near misses: a truce's, a ban's or a suspension's run (a halt's end is
# a due), a grant of days. integ8: 6 of 13 (the near misses).
MEASURE_RUNS: list[Case] = [
    ("en", TUE, "The rules run for six weeks, and the regional government can extend them.", []),
    ("en", TUE, "The restrictions will apply for six weeks from Monday.", []),
    ("en", TUE, "The water cuts will remain in force for a month.", []),
    ("en", TUE, "The curfew will stay in place for ten days from Friday.", []),
    (
        "es",
        TUE,
        "El Gobierno aprobó ayer el decreto de restricciones: a partir del lunes 15 de junio, y durante seis"
        " semanas, los municipios tendrán cortes nocturnos.",
        [],
    ),
    ("es", TUE, "Las restricciones se aplicarán durante seis semanas.", []),
    ("es", TUE, "Las medidas estarán en vigor durante un mes.", []),
    # near misses: a halt's run, a grant, a strike
    ("en", TUE, "The truce will run for 72 hours from Monday.", [date(2026, 6, 18)]),
    ("en", TUE, "The ban will apply for 30 days from Monday.", [date(2026, 7, 15)]),
    ("en", TUE, "The court gave the firm 30 days from Monday to pay.", [date(2026, 7, 8)]),
    ("es", TUE, "La tregua regirá durante 72 horas a partir del lunes.", [date(2026, 6, 18)]),
    ("es", TUE, "La suspensión se aplicará durante 30 días.", [date(2026, 7, 9)]),
    (
        "es",
        TUE,
        "A partir del lunes, y durante 72 horas, las dos partes suspenderán los ataques.",
        [date(2026, 6, 18)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MEASURE_RUNS)
def test_round21_measure_runs(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A strike's or a protest's own end told with "termina / acaba / concluye a medianoche" ("la huelga termina
# a medianoche"): its length, no due (corpus README rule 15; `measure_own_end` read "a las" but not a bare
# "a"). Near misses: a truce's, a ceasefire's or a deadline's end. integ8: 4 of 7 (the near misses and "a
# las 22.00", already none).
MEASURE_OWN_END: list[Case] = [
    ("es", TUE, "La caravana se disuelve sin incidentes y la huelga termina a medianoche.", []),
    ("es", TUE, "El paro de los estibadores acaba a mediodía.", []),
    ("es", TUE, "La movilización de los agricultores concluye a medianoche.", []),
    ("es", TUE, "La huelga de los conductores finaliza a las 22.00.", []),
    # near misses: a halt's or a deadline's end
    ("es", TUE, "La tregua termina a medianoche.", [date(2026, 6, 10)]),
    ("es", TUE, "El plazo termina a medianoche.", [date(2026, 6, 10)]),
    ("es", TUE, "El alto el fuego acaba a mediodía.", [date(2026, 6, 9)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MEASURE_OWN_END)
def test_round21_measure_own_end(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]
