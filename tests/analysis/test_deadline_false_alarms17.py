"""Deadline false alarms of the seventeenth temporal round: dates and counts read as deadlines that
are none (a request, a measure called off, a deadline met on its last day, a tally told up to a day).

Each list was written from general knowledge for one mechanism (own topics and wording, es and en
where the language has the phrasing), with near misses that must not change.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import NOW, TUE, Case, due_days

THU = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)  # Thursday 19 November 2026

# A holder verb whose words up to the count ask for the time ("has asked for a further 48 hours
# to"): a request, no deadline. Near misses: time given, or held, stays a deadline.
HOLDER_ASKS: list[Case] = [
    ("en", THU, "The rebels have asked for a further 48 hours to gather the second group of hostages.", []),
    ("en", THU, "The carriers have requested 72 hours to move their trucks off the bridge.", []),
    ("en", THU, "The club had sought another ten days to settle the transfer fee, officials said.", []),
    (
        "en",
        THU,
        "The court has given the carriers 72 hours to move their trucks off the bridge.",
        [date(2026, 11, 22)],
    ),
    (
        "en",
        THU,
        "The club, which asked for more time, has ten days to settle the transfer fee.",
        [date(2026, 11, 29)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), HOLDER_ASKS)
def test_round17_holder_asks(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A measure's date after the verb that called the measure off, in the same sentence and with no
# contrast or new call between ("desconvocó anoche una de las dos jornadas de huelga, la del lunes
# 23"): no deadline. Near misses: the strike kept, threatened, or the call-off's own day.
CALLED_OFF: list[Case] = [
    (
        "es",
        THU,
        "El sindicato desconvocó anoche una de las dos jornadas de huelga que le quedaban, la del "
        "lunes 23, tras aceptar la propuesta de la mediadora.",
        [],
    ),
    ("es", THU, "La plataforma de taxistas desconvocó acto seguido el paro previsto para el lunes.", []),
    (
        "es",
        THU,
        "Los estibadores cancelaron la huelga convocada para el 3 de diciembre tras firmar el convenio.",
        [],
    ),
    (
        "en",
        THU,
        "The pilots' union called off the walkout it had set for Monday, Nov. 23, after the deal.",
        [],
    ),
    ("en", THU, "The nurses' union withdrew the strike planned for Dec. 1 after the ministry's offer.", []),
    # near misses
    ("es", THU, "El sindicato mantiene el paro previsto para el 3 de diciembre.", [date(2026, 12, 3)]),
    (
        "es",
        THU,
        "Los conductores irán a la huelga el 3 de diciembre si la empresa no mejora su oferta.",
        [date(2026, 12, 3)],
    ),
    (
        "en",
        THU,
        "The union said the strike planned for Monday will go ahead unless the offer improves.",
        [date(2026, 11, 23)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), CALLED_OFF)
def test_round17_called_off(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("es", "El sindicato desconvocó la huelga el lunes.", date(2026, 11, 16)),
        (
            "es",
            "La asociación desconvocó la huelga indefinida el 27 de octubre, tras la promesa del alcalde.",
            date(2026, 10, 27),
        ),
        (
            "en",
            "The taxi association called off its threatened strike on October 27, after the mayor's promise.",
            date(2026, 10, 27),
        ),
    ],
)
def test_round17_call_off_day_stays_an_event(lang: str, text: str, day: date) -> None:
    """The day the strike was called off is news of a day, not a measure's date."""
    a = analyze(text, published=THU, lang=lang, now=NOW)
    assert a.deadlines == ()
    assert [e.date for e in a.events] == [day]


# A past act dated on a deadline's last day (", último día del plazo"): the deadline met, the day an
# event. Near misses: a limit still open ("hasta el …"), a future act, the act not done.
LAST_DAY_DONE: list[Case] = [
    ("es", TUE, "El ayuntamiento entregó su plan de transporte el 3 de junio, último día del plazo.", []),
    (
        "es",
        TUE,
        "La constructora presentó las alegaciones el viernes, último día del plazo, según fuentes municipales.",
        [],
    ),
    ("es", TUE, "El Gobierno registró el recurso el lunes 8 de junio, último día hábil del plazo.", []),
    ("en", TUE, "The council filed its transport plan on June 3, the last day allowed.", []),
    # a noun in -ría ("Consejería", "mayoría") between the verb and the date is no future-tense cue
    (
        "es",
        TUE,
        "Entretanto, el ayuntamiento entregó a la Consejería de Educación su plan de transporte escolar el 3 de "
        "junio, último día del plazo.",
        [],
    ),
    (
        "es",
        TUE,
        "La cooperativa presentó con el apoyo de la mayoría de sus socios la solicitud el 5 de junio, último "
        "día del plazo.",
        [],
    ),
    # near misses
    (
        "es",
        TUE,
        "Los vecinos pueden presentar alegaciones hasta el 20 de junio, último día del plazo.",
        [date(2026, 6, 20)],
    ),
    (
        "es",
        TUE,
        "Los vecinos presentarán alegaciones el 20 de junio, último día del plazo.",
        [date(2026, 6, 20)],
    ),
    (
        "es",
        TUE,
        "El ayuntamiento no entregó el plan el 3 de junio, último día del plazo.",
        [date(2026, 6, 3)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), LAST_DAY_DONE)
def test_round17_last_day_done(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


def test_round17_last_day_done_is_an_event_of_this_year() -> None:
    """The act's day resolves to the past, not to next year's date."""
    text = "El ayuntamiento entregó su plan de transporte el 3 de junio, último día del plazo."
    a = analyze(text, published=TUE, lang="es", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 6, 3)]


# A tally told in the pluperfect up to a day ("118 empresas habían completado el trámite hasta el
# martes", as English "had completed … by"): how far it had got, no deadline. Near misses: a limit
# given or held, an extension.
TALLY_UP_TO: list[Case] = [
    ("es", THU, "Según el ministerio, 118 empresas habían completado el trámite hasta el martes.", []),
    (
        "es",
        THU,
        "Unas 40 cooperativas se habían inscrito en el registro hasta el 15 de noviembre, según la consejería.",
        [],
    ),
    ("es", THU, "La Agencia había recibido 212 alegaciones hasta el viernes.", []),
    ("en", THU, "By Tuesday, 118 firms had completed the process, the ministry said.", []),
    ("es", THU, "Hasta el lunes, 300 familias habían recibido la ayuda.", []),
    # near misses
    ("es", THU, "Las empresas tienen hasta el martes para completar el trámite.", [date(2026, 11, 24)]),
    (
        "es",
        THU,
        "Hasta el 30 de noviembre, los afectados podrán presentar su solicitud.",
        [date(2026, 11, 30)],
    ),
    ("en", THU, "By Friday, the firms must complete the process.", [date(2026, 11, 20)]),
    ("en", THU, "By Dec. 4, the council had not filed its plan.", [date(2026, 12, 4)]),
    ("es", THU, "La tregua había sido prorrogada hasta el martes.", [date(2026, 11, 17)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), TALLY_UP_TO)
def test_round17_tally_up_to(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A count from an act this sentence names with a due of its own ("el acuerdo tiene que firmarse
# antes del viernes y … en un plazo de cinco días hábiles desde la firma"): the act is still ahead and
# undated, so the count has no start (not the day the lead reports). Near misses: the act dated.
ACT_STILL_DUE: list[Case] = [
    (
        "es",
        THU,
        "El sindicato desconvocó anoche la huelga. Trías dijo que el acuerdo tiene que firmarse antes del "
        "viernes y que el tribunal lo registrará en un plazo de cinco días hábiles desde la firma.",
        [date(2026, 11, 20)],
    ),
    (
        "es",
        THU,
        "La consejería abrió ayer el expediente. El informe debe publicarse antes del 4 de diciembre y los "
        "vecinos tendrán diez días desde la publicación para alegar.",
        [date(2026, 12, 4)],
    ),
    (
        "en",
        THU,
        "The union called off the strike on Wednesday night. The deal must be signed by Friday, and the "
        "court will register it within five working days of the signing.",
        [date(2026, 11, 20)],
    ),
    (
        "en",
        THU,
        "The regulator opened the file on Wednesday. The report must be published by Dec. 4, and residents "
        "will have ten days from its publication to object.",
        [date(2026, 12, 4)],
    ),
    # near misses: the act dated in an earlier sentence or in its own
    (
        "es",
        THU,
        "El sindicato firmó anoche el acuerdo. El tribunal lo registrará en un plazo de cinco días hábiles "
        "desde la firma.",
        [date(2026, 11, 25)],
    ),
    (
        "en",
        THU,
        "The union signed the deal on Wednesday night. The court will register it within five working days "
        "of the signing.",
        [date(2026, 11, 25)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), ACT_STILL_DUE)
def test_round17_act_still_due(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A time of day on "the last day" of a period named before ("hasta las 23.59 del último día", "until
# 11:59 p.m. on the last day"): the time of that period's end, not a deadline on the report's day.
# Near misses: a date of its own before the time; the last day of a month is a date.
LAST_DAY_TIME: list[Case] = [
    (
        "es",
        TUE,
        "La consulta pública estará abierta entre el 10 y el 24 de junio. Los vecinos podrán enviar "
        'observaciones "hasta las 23.59 del último día".',
        [date(2026, 6, 24)],
    ),
    ("es", TUE, "Las alegaciones se podrán registrar hasta las 14:00 del último día hábil.", []),
    (
        "en",
        TUE,
        "The consultation runs from June 10 to June 24. Residents may comment until 11:59 p.m. on the last day.",
        [date(2026, 6, 24)],
    ),
    ("en", TUE, "Bids can be lodged until 5 p.m. on the final day.", []),
    # near miss: the day given in the sentence
    (
        "es",
        TUE,
        "La solicitud se puede presentar hasta el 30 de junio, a las 14:00 del último día hábil.",
        [date(2026, 6, 30)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), LAST_DAY_TIME)
def test_round17_last_day_time(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A count whose relative clause says who set it, with a longer subject ("el plazo de 30 días que la
# Agencia Coralina del Agua dio a Nimbral", "the 30-day deadline that the regional water agency gave"):
# a limit set before, recalled; no new count from the report. Near misses: the count set in this report.
RESTATED_COUNT: list[Case] = [
    (
        "es",
        THU,
        "El plazo de 30 días que la Agencia Coralina del Agua dio a Nimbral venció ayer sin que la empresa "
        "alcanzara el recorte.",
        # ran out unmet: its day is the deadline missed (convention 14; temporal18), no count from the report
        [date(2026, 11, 18)],
    ),
    ("es", THU, "El plazo de diez días que el juez de guardia concedió a la naviera terminó el lunes.", []),
    ("en", THU, "The 30-day deadline that the regional water agency gave Nimbral ran out yesterday.", []),
    (
        "en",
        THU,
        "The ten days that the district judge gave the shipping line to comply have been wasted.",
        [],
    ),
    # near misses
    (
        "es",
        THU,
        "La Agencia dio ayer a la empresa un plazo de 30 días para reducir el consumo.",
        [date(2026, 12, 18)],
    ),
    ("en", THU, "The agency gave the firm 30 days to cut its water use.", [date(2026, 12, 19)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), RESTATED_COUNT)
def test_round17_restated_count(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A scheduled event's length told with "for" / "durante" ("a vaccination campaign begins on Monday and
# runs for five days", "the talks will run for three days from Monday"): the event's run, no deadline,
# as with "will last". Near misses: a strike's, a truce's or a ban's length keeps its due.
EVENT_RUNS_FOR: list[Case] = [
    ("en", THU, "A measles vaccination campaign begins on Monday and runs for five days.", []),
    ("en", THU, "The next round of talks will run for three days from Monday, the mediators said.", []),
    ("es", THU, "La campaña de vacunación se extenderá durante cinco días a partir del lunes.", []),
    ("es", THU, "La feria del libro abrirá el viernes y se celebrará durante diez días.", []),
    # near misses
    ("en", THU, "The strike will run for three days from Monday.", [date(2026, 11, 26)]),
    ("en", THU, "A ceasefire will run for three days from Monday.", [date(2026, 11, 26)]),
    ("es", THU, "La tregua durará cinco días a partir del lunes.", [date(2026, 11, 28)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), EVENT_RUNS_FOR)
def test_round17_event_runs_for(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A scheduled event whose topic is the measure ("will hold public hearings on Eskom's tariff application
# from 17 June", "un debate sobre los aranceles el jueves"): the event's day, no deadline. Near misses:
# the measure's own date, an event noun in another clause.
EVENT_ON_A_MEASURE: list[Case] = [
    (
        "en",
        THU,
        "The regulator will hold public hearings on the utility's tariff application from Dec. 7.",
        [],
    ),
    ("en", THU, "Parliament will hold a debate on the steel tariffs on Thursday, Dec. 3.", []),
    ("en", THU, "The council will hold talks on the bin strike from Monday.", []),
    (
        "es",
        THU,
        "El Parlamento celebrará un debate sobre los aranceles al acero el jueves 3 de diciembre.",
        [],
    ),
    # near misses
    ("en", THU, "The union will strike from Dec. 7.", [date(2026, 12, 7)]),
    (
        "en",
        THU,
        "After talks on the strike failed, the union will walk out from Monday.",
        [date(2026, 11, 23)],
    ),
    (
        "es",
        THU,
        "Tras la reunión sobre el convenio, el sindicato convocó huelga para el 7 de diciembre.",
        [date(2026, 12, 7)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), EVENT_ON_A_MEASURE)
def test_round17_event_on_a_measure(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A court case put off to a day ("the case was postponed to 14 December", "la causa se aplazó al 14
# de diciembre"): a hearing moved, an event, as a trial or a hearing is. Near misses: "in any case",
# "en todo caso" before a measure put off.
CASE_POSTPONED: list[Case] = [
    (
        "en",
        THU,
        "He appeared in the magistrate's court on Thursday, where the case was postponed to 14 December "
        "for a formal bail application.",
        [],
    ),
    ("en", THU, "The case against the former minister was postponed until Jan. 12.", []),
    ("es", THU, "La causa contra el exalcalde se aplazó al 14 de diciembre.", []),
    ("es", THU, "El caso quedó aplazado hasta el 12 de enero por la huelga de funcionarios.", []),
    # near misses
    ("en", THU, "In any case, the strike was postponed to Monday, Dec. 7.", [date(2026, 12, 7)]),
    ("es", THU, "En todo caso, la huelga se aplazó al 7 de diciembre.", [date(2026, 12, 7)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), CASE_POSTPONED)
def test_round17_case_postponed(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A time of day on the n-th day of a count ("hasta las 13:00 horas del decimoquinto día natural a contar
# desde la publicación", "until 1 p.m. on the fifteenth day after the notice is published"): the day is
# not given, so no deadline on the report's day. Near misses: a date after the time.
TIME_ON_COUNTED_DAY: list[Case] = [
    (
        "es",
        TUE,
        "Las ofertas podrán presentarse hasta las 13:00 horas del decimoquinto día natural a contar desde "
        "la publicación del anuncio.",
        [],
    ),
    (
        "es",
        TUE,
        "Las alegaciones se admitirán hasta las 14:00 del décimo día hábil desde la notificación.",
        [],
    ),
    ("en", TUE, "Bids may be lodged until 1 p.m. on the fifteenth day after the notice is published.", []),
    ("en", TUE, "Objections close at 5 p.m. on the 20th working day after the order is served.", []),
    # near misses
    ("es", TUE, "Las ofertas podrán presentarse hasta las 14:00 del 30 de junio.", [date(2026, 6, 30)]),
    ("en", TUE, "Bids may be lodged until 1 p.m. on the 15th of June.", [date(2026, 6, 15)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), TIME_ON_COUNTED_DAY)
def test_round17_time_on_counted_day(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]


# A measure word with a day of its own right after it, set off by a comma from a later marker ("which
# discussed the ban on Tuesday, will question Etcheverry on October 27"): the later date is another
# act's, no measure's due. Near misses: the measure's own later start; a measure word nearer the date.
MEASURE_DATED_BEFORE: list[Case] = [
    (
        "en",
        THU,
        "The maritime committee, which discussed the ban on Tuesday, will question the minister on Dec. 2.",
        [],
    ),
    (
        "en",
        THU,
        "Shipowners, who protested against the tariffs on Monday, will meet the trade minister on Dec. 1.",
        [],
    ),
    # near misses
    ("en", THU, "The strike, postponed from Monday, will start on Dec. 3.", [date(2026, 12, 3)]),
    (
        "en",
        THU,
        "The union, which called the strike on Monday, said workers will walk out on Dec. 3.",
        [date(2026, 12, 3)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MEASURE_DATED_BEFORE)
def test_round17_measure_dated_before(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]
