"""Deadline mechanisms of issue 3's held-out bar, each on own phrasings across topics.

Each list was written from general knowledge for one mechanism found among the dev misses,
with hard negatives, and scored with the engine before the change (the figure above it,
tp/fp/fn compared by day). Misses left are in `bot/analysis/README.md`, not here.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import NOW, Case, due_days


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


# A deadline reported as missed is gold (corpus README rule 14): the day a break names, gone by
# (a weekday the one before, a day of the year this year's), also as the subject of "llegó y se
# fue sin" or after "an ultimatum that expired". Before: tp 4 fp 1 fn 7.
MISSED: list[Case] = [
    (
        "en",
        _at(5, 13),
        "The city council missed Monday's deadline to publish its audited accounts, the state auditor said on Tuesday.",
        [date(2026, 5, 11)],
    ),
    (
        "en",
        _at(3, 4),
        "Northbay Rail let the March 1 deadline for its safety report pass without filing anything, the regulator said.",
        [date(2026, 3, 1)],
    ),
    (
        "en",
        _at(8, 20),
        "The club finally paid its players on Wednesday, five days after the Aug. 14 cut-off set by the league.",
        [date(2026, 8, 14)],
    ),
    (
        "en",
        _at(2, 12),
        "Rebel units crossed the river on Wednesday in open defiance of an ultimatum that expired on Monday.",
        [date(2026, 2, 9)],
    ),
    (
        "en",
        _at(6, 5),
        "Harlow Chemicals was fined on Thursday for missing Friday's 5 p.m. deadline to seal the leaking tank.",
        [date(2026, 5, 29)],
    ),
    ("en", _at(6, 5), "Rebels broke the truce on Thursday, shelling two villages, the army said.", []),
    (
        "en",
        _at(6, 5),
        "The union said the company had missed the deadline and would face a strike from Monday unless it paid the back wages.",
        [date(2026, 6, 8)],
    ),
    (
        "es",
        _at(4, 22),
        "El ayuntamiento dejó pasar el plazo del 15 de abril sin presentar el plan de movilidad, según la consejería.",
        [date(2026, 4, 15)],
    ),
    (
        "es",
        _at(10, 9),
        "El 30 de septiembre llegó y se fue sin que la empresa pagara un solo euro a los proveedores.",
        [date(2026, 9, 30)],
    ),
    (
        "es",
        None,
        "La constructora había prometido entregar las viviendas en seis meses, y el plazo venció el 2 de marzo sin una sola llave entregada.",
        [date(2026, 3, 2)],
    ),
    (
        "es",
        _at(7, 16),
        "Los pescadores salieron a faenar el miércoles desafiando la veda que venció el lunes, informó la capitanía.",
        [date(2026, 7, 13)],
    ),
    ("es", _at(7, 16), "La guerrilla rompió la tregua el martes con un ataque a un puesto militar.", []),
    (
        "es",
        _at(11, 25),
        "El club incumplió el plazo del viernes para pagar a su plantilla, confirmó la liga este miércoles.",
        [date(2026, 11, 20)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MISSED)
def test_a_missed_deadline_is_the_day_gone_by(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A day and month in figures after an article ("vence el 10/10", "hasta el 1/12"), never a score, a
# ratio or a fraction. Before: tp 0 fp 0 fn 9.
NUMERIC: list[Case] = [
    (
        "es",
        _at(9, 15),
        "Las provincias deberán enviar un informe mensual: el primero vence el 10/10 y el segundo, el 10/11.",
        [date(2026, 10, 10), date(2026, 11, 10)],
    ),
    (
        "es",
        _at(11, 15),
        "Chaco deberá enviar informes quincenales, el primero hasta el 1/12 a las 12 hs.",
        [date(2026, 12, 1)],
    ),
    (
        "es",
        _at(3, 2),
        "Los contribuyentes tienen plazo hasta el 20/3 para presentar la declaración jurada.",
        [date(2026, 3, 20)],
    ),
    (
        "es",
        _at(6, 10),
        "La inscripción para el torneo cierra el 30/6 y los clubes deberán pagar la cuota antes del 15/7.",
        [date(2026, 6, 30), date(2026, 7, 15)],
    ),
    ("es", _at(6, 10), "El partido terminó 2/1 y el equipo atiende consultas 24/7.", []),
    ("es", _at(6, 10), "El comercio abrió el 3/6 con una caída del 2/3 de las ventas.", []),
    (
        "es",
        _at(12, 20),
        "La empresa deberá devolver los equipos antes del 15/1 o pagará una multa diaria.",
        [date(2027, 1, 15)],
    ),
]

# A list of dues with the verb left out after the first ("the first is due on Oct. 10 and the
# second on Nov. 10"), when the conjunct is an ordinal or "the rest"; a hearing or a conjunct with
# its own verb stays an event. Before: tp 8 fp 0 fn 4 (with the instalments case then read as two).
GAPPED: list[Case] = [
    (
        "en",
        _at(9, 15),
        "Landlords must file two reports: the first is due on Oct. 10 and the second on Nov. 10.",
        [date(2026, 10, 10), date(2026, 11, 10)],
    ),
    (
        "en",
        _at(3, 1),
        "The loan is repaid in three instalments: the first falls due on April 1, the second on May 1 and the last on June 1.",
        [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)],
    ),
    (
        "en",
        _at(9, 15),
        "Written submissions are due on Oct. 10 and the hearing on Nov. 10.",
        [date(2026, 10, 10)],
    ),
    ("en", _at(9, 15), "Bids close on Oct. 10 and the second round starts on Nov. 10.", [date(2026, 10, 10)]),
    (
        "es",
        _at(9, 15),
        "El primer pago vence el 10 de octubre y el segundo, el 10 de noviembre.",
        [date(2026, 10, 10), date(2026, 11, 10)],
    ),
    (
        "es",
        _at(2, 1),
        "Los clubes deben inscribir a sus jugadores hasta el 20 de febrero y el resto del personal, el 27 de febrero.",
        [date(2026, 2, 20), date(2026, 2, 27)],
    ),
    (
        "es",
        _at(9, 15),
        "Las alegaciones se pueden presentar hasta el 10 de octubre y la vista será el 10 de noviembre.",
        [date(2026, 10, 10)],
    ),
    (
        "es",
        _at(9, 15),
        "La primera cuota vence el 5 de octubre y la segunda se cobrará el 5 de noviembre.",
        [date(2026, 10, 5)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), NUMERIC)
def test_a_day_and_month_in_figures_is_a_date(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), GAPPED)
def test_a_gapped_conjunct_after_a_due_is_a_due(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A date in a future clause with a threat's condition after or before it in its sentence is when
# the threatened act takes effect (corpus README: "the date a threatened measure takes effect
# unless something happens"), for any act, not only strikes and tariffs; a fair, talks or a vote
# stay events. Before: tp 0 fp 0 fn 9.
THREATS: list[Case] = [
    (
        "en",
        _at(7, 14),
        "The students' federation said it would occupy the ministry's offices from Monday, July 20, unless the re-sit fee is waived.",
        [date(2026, 7, 20)],
    ),
    (
        "en",
        _at(3, 2),
        "The regulator will revoke the operator's licence on March 20 if the missing safety records have not been filed by then.",
        [date(2026, 3, 20)],
    ),
    (
        "en",
        _at(5, 5),
        "Landlords warned they would start evicting tenants on June 1 unless the city pays the overdue housing subsidies.",
        [date(2026, 6, 1)],
    ),
    (
        "en",
        _at(10, 1),
        "The bank said it would seize the vessel on Oct. 15 if the owners do not settle the loan.",
        [date(2026, 10, 15)],
    ),
    (
        "en",
        _at(10, 1),
        "The trade fair will open on Oct. 15 unless the storm forces organisers to delay it.",
        [],
    ),
    ("en", _at(10, 1), "The talks will resume on Oct. 15 unless either side walks away.", []),
    (
        "en",
        _at(10, 1),
        "Voters will go to the polls on Oct. 15 unless the court suspends the referendum.",
        [],
    ),
    (
        "es",
        _at(10, 31),
        "La agencia revocará la autorización ambiental de la refinería el 20 de noviembre si para entonces no se ha retirado el 90 % del crudo.",
        [date(2026, 11, 20)],
    ),
    (
        "es",
        _at(10, 8),
        "Según la resolución, las multas diarias correrán desde el viernes 30 de octubre si la apertura no se ha completado.",
        [date(2026, 10, 30)],
    ),
    (
        "es",
        _at(2, 24),
        "Los bonistas pedirán la aceleración de toda la deuda el 23 de marzo salvo que el Gobierno presente antes una oferta formal.",
        [date(2026, 3, 23)],
    ),
    (
        "es",
        _at(4, 6),
        "El ayuntamiento cortará el suministro de agua a la fábrica el 15 de abril si no paga la deuda acumulada.",
        [date(2026, 4, 15)],
    ),
    (
        "es",
        _at(4, 6),
        "La feria abrirá sus puertas el 15 de abril salvo que la lluvia obligue a aplazarla.",
        [],
    ),
    ("es", _at(4, 6), "El pleno votará la moción el 15 de abril salvo que el alcalde la retire antes.", []),
    (
        "es",
        None,
        "Si no alcanza la meta, la cuota retenida del fondo se repartirá el 16 de diciembre entre las provincias que cumplieron.",
        [date(2026, 12, 16)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), THREATS)
def test_a_threatened_act_takes_effect_on_its_day(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


def _zoned(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


# A time of day in a place the shared table now names (a region, a second city, Central Asia, a
# nationality adjective): the place's offset on that day. Before: 1 of 6 right (Nouakchott's
# +00:00 only matched the UTC fallback).
ZONED: list[tuple[str, datetime, str, datetime]] = [
    (
        "en",
        datetime(2026, 9, 8, 10, 15, tzinfo=UTC),
        "Kyrgyzstan on Tuesday gave Kazakhstan until 6 p.m. Bishkek time on Friday to reopen the border crossing.",
        datetime(2026, 9, 11, 18, 0, tzinfo=_zoned(6)),
    ),
    (
        "es",
        datetime(2026, 9, 1, 12, 0, tzinfo=UTC),
        "El Gobierno chileno amplió hasta las 23:59 del lunes 14 de septiembre el plazo para solicitar la regularización.",
        datetime(2026, 9, 14, 23, 59, tzinfo=_zoned(-3)),
    ),
    (
        "en",
        datetime(2026, 10, 14, 17, 0, tzinfo=UTC),
        "Bids for the ferry concession must be lodged in Cozumel no later than 14:00 on Friday 23 October.",
        datetime(2026, 10, 23, 14, 0, tzinfo=_zoned(-5)),
    ),
    (
        "es",
        datetime(2026, 11, 2, 12, 0, tzinfo=UTC),
        "Las licencias de pesca caducan a medianoche del 15 de noviembre, hora de Nuakchot.",
        datetime(2026, 11, 16, 0, 0, tzinfo=UTC),
    ),
    (
        "en",
        datetime(2026, 10, 27, 12, 0, tzinfo=UTC),
        "The mediator in Aragon gave both sides until 11:59 p.m. on Nov. 6 to accept the proposal.",
        datetime(2026, 11, 6, 23, 59, tzinfo=_zoned(1)),
    ),
    (
        "es",
        datetime(2026, 2, 11, 14, 0, tzinfo=UTC),
        "Los vecinos de Temuco tienen hasta las 20:00 horas de hoy para salir de sus casas.",
        datetime(2026, 2, 11, 20, 0, tzinfo=_zoned(-3)),
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "due"), ZONED)
def test_a_time_of_day_takes_the_offset_of_the_place_named(
    lang: str, published: datetime, text: str, due: datetime
) -> None:
    dues = [d.due for d in analyze(text, published=published, lang=lang, now=NOW).deadlines]
    assert dues == [due]
    assert all(isinstance(d, datetime) and d.utcoffset() == due.utcoffset() for d in dues)


# A start point after a duration is the duration's own only before a relative clause opens past
# its noun ("a grace period that began on Monday"); further on it starts what that clause tells
# (detainees "que mantienen una huelga desde el 5 de octubre"). Before: tp 2 fp 2 fn 2 (of 4).
STARTS: list[Case] = [
    (
        "es",
        datetime(2026, 10, 14, 10, 0, tzinfo=UTC),
        "El ministerio se comprometió este miércoles a revisar en un plazo máximo de 30 días los expedientes de los presos que mantienen una huelga de hambre desde el 5 de octubre.",
        [date(2026, 11, 13)],
    ),
    (
        "en",
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "The agency gave the firm a 30-day grace period that began on Monday.",
        [date(2026, 4, 1)],
    ),
    (
        "es",
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "La consejería dio este jueves diez días a las empresas para presentar sus planes de limpieza de los vertederos que permanecen cerrados desde el 20 de febrero.",
        [date(2026, 3, 15)],
    ),
    (
        "es",
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "La tregua de 72 horas que comenzó el lunes a las 6:00 expira este jueves.",
        [date(2026, 3, 5)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), STARTS)
def test_a_start_point_past_a_relative_clause_is_not_the_durations(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# An hour count runs from the time of day its sentence gives the act (the only free time in it)
# or from a live blog entry's stamp ("11:40 — …"), which is no due itself. Before: 1 of 5 right
# (the negative).
STATED: list[tuple[str, datetime, str, list[datetime]]] = [
    (
        "es",
        datetime(2026, 10, 20, 10, 40, tzinfo=UTC),
        "La agencia de Madrid, que hizo pública la resolución a las 11:00, exige además a la empresa que entregue en un plazo de 72 horas la lista de contratistas.",
        [datetime(2026, 10, 23, 11, 0, tzinfo=_zoned(2))],
    ),
    (
        "es",
        datetime(2026, 1, 9, 13, 30, tzinfo=UTC),
        "Las partes disponen de un plazo de 72 horas para presentar sus alegaciones, según el auto dictado a las 17:00 por un juzgado de Nairobi.",
        [datetime(2026, 1, 12, 17, 0, tzinfo=_zoned(3))],
    ),
    (
        "en",
        datetime(2026, 10, 20, 13, 55, tzinfo=UTC),
        "In London, Judge Helen Marsh, reading her decision at 13:40, ordered the council to rehouse the families within 48 hours.",
        [datetime(2026, 10, 22, 13, 40, tzinfo=_zoned(1))],
    ),
    (
        "es",
        datetime(2026, 11, 4, 13, 5, tzinfo=UTC),
        "11:40 — El instructor del expediente en Madrid acaba de dar al laboratorio 72 horas para entregar los registros.",
        [datetime(2026, 11, 7, 11, 40, tzinfo=_zoned(1))],
    ),
    (
        "en",
        datetime(2026, 10, 20, 13, 55, tzinfo=UTC),
        "13:50 - If the ministry in Madrid does not comply, she said, she will consider other measures.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), STATED)
def test_an_hour_count_runs_from_the_time_its_act_is_given(
    lang: str, published: datetime, text: str, dues: list[datetime]
) -> None:
    got = [d.due for d in analyze(text, published=published, lang=lang, now=NOW).deadlines]
    assert got == dues
    assert [d.utcoffset() for d in got if isinstance(d, datetime)] == [d.utcoffset() for d in dues]


# A limit granted in a past-tense report is ahead of it, unless its day went by weeks ago and the
# next one is most of a year off: then it is recalled, gone by. Before: 2 of 4 right.
GRANTED: list[Case] = [
    ("en", _at(3, 10), "The court gave lawmakers until Sept. 30 to pass the new map.", [date(2026, 9, 30)]),
    (
        "en",
        _at(11, 19),
        "Two boats are still moored at the pier, although the court gave the company until 29 October to remove them.",
        [date(2026, 10, 29)],
    ),
    (
        "es",
        _at(11, 20),
        "El juez dio a la naviera hasta el 30 de octubre para retirar los barcos, que siguen amarrados en el muelle.",
        [date(2026, 10, 30)],
    ),
    (
        "es",
        _at(6, 2),
        "El tribunal dio a la empresa hasta el 15 de enero para presentar sus cuentas.",
        [date(2027, 1, 15)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), GRANTED)
def test_a_granted_limit_is_ahead_unless_it_just_went_by(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# Seventh round. Monday 2 March and Wednesday 25 November 2026, the publication days below.
MON = _at(3, 2)
WED = _at(11, 25)

# A limit only asked for or demanded sets no deadline and names no day ("asked both governments
# to open a lane by Thursday", "exigió que la empresa indemnice antes del 1 de diciembre"); an
# order, a grant, a rule, an authority's demand ("the Security Council requested … by April 15",
# "el plan que le exige el ministerio") or an ultimatum (a threat in the sentence) still does.
# Before: 17 of 32 right, tp 15 fp 15 fn 1 (the fn: "told the airline to refund passengers by Nov.
# 20" read in the past year).
REQUESTS: list[Case] = [
    (
        "en",
        MON,
        "The mayor asked the water utility to restore supply to the northern districts by Thursday.",
        [],
    ),
    ("en", MON, "Parents' groups urged the school board to publish the new timetable before Sept. 1.", []),
    (
        "en",
        MON,
        "The fishermen's association called on the ministry to reopen the harbour by Friday at the latest.",
        [],
    ),
    ("en", MON, "Residents demanded that the landlord repair the heating before Dec. 15.", []),
    ("en", MON, "Hospital staff have requested that the trust pay the arrears by March 20.", []),
    (
        "en",
        MON,
        "The players' union wants the league to settle the dispute by Oct. 30, its president said.",
        [],
    ),
    (
        "en",
        MON,
        "Conservation groups petitioned the agency to list the frog as endangered before June 1.",
        [],
    ),
    ("en", MON, "The governor appealed to truckers to clear the border crossing by Wednesday.", []),
    (
        "en",
        MON,
        "A judge ordered the water utility to restore supply to the northern districts by Thursday.",
        [date(2026, 3, 5)],
    ),
    (
        "en",
        MON,
        "The regulator told the airline to refund passengers by Nov. 20 or face a fine.",
        [date(2026, 11, 20)],
    ),
    (
        "en",
        MON,
        "The ministry gave the school board until Sept. 1 to publish the new timetable.",
        [date(2026, 9, 1)],
    ),
    ("en", MON, "The council must approve the budget by March 31, the auditor said.", [date(2026, 3, 31)]),
    (
        "en",
        MON,
        "Landlords are required to repair faulty heating before Dec. 15, the housing agency said.",
        [date(2026, 12, 15)],
    ),
    (
        "en",
        MON,
        "The union demanded a pay offer by Friday and said it would strike if none came.",
        [date(2026, 3, 6)],
    ),
    (
        "en",
        MON,
        "The club was instructed to pay its players by March 10, the league said.",
        [date(2026, 3, 10)],
    ),
    ("es", MON, "El alcalde pidió a la distribuidora que restablezca el suministro antes del jueves.", []),
    (
        "es",
        MON,
        "La asociación de padres exigió que el colegio publique los horarios antes del 1 de septiembre.",
        [],
    ),
    ("es", MON, "Los vecinos reclamaron al ayuntamiento que repare el puente antes del 15 de diciembre.", []),
    ("es", MON, "La patronal instó al Gobierno a aprobar las ayudas antes del 20 de octubre.", []),
    (
        "es",
        MON,
        "Los agricultores exigieron a la consejería que abone las indemnizaciones antes del viernes.",
        [],
    ),
    ("es", MON, "El sindicato quiere que la empresa pague los atrasos antes del 30 de marzo.", []),
    ("es", MON, "La oposición urgió al Ejecutivo a presentar los presupuestos antes del 15 de abril.", []),
    (
        "es",
        MON,
        "El juez ordenó a la distribuidora que restablezca el suministro antes del jueves.",
        [date(2026, 3, 5)],
    ),
    (
        "es",
        MON,
        "La consejería dio al colegio hasta el 1 de septiembre para publicar los horarios.",
        [date(2026, 9, 1)],
    ),
    (
        "es",
        MON,
        "La normativa obliga a las empresas a presentar el informe antes del 30 de junio.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        MON,
        "La empresa deberá indemnizar a los regantes antes del 1 de diciembre, según la sentencia.",
        [date(2026, 12, 1)],
    ),
    (
        "es",
        MON,
        "El sindicato exigió una respuesta antes del viernes y advirtió de que, si no la recibe, irá a la huelga.",
        [date(2026, 3, 6)],
    ),
    (
        "es",
        MON,
        "La liga comunicó al club que tiene hasta el 10 de marzo para pagar a sus jugadores.",
        [date(2026, 3, 10)],
    ),
    (
        "en",
        MON,
        "The Security Council requested a report from the secretary-general by April 15.",
        [date(2026, 4, 15)],
    ),
    (
        "en",
        MON,
        "A spokesman who asked not to be named said the firm has until Friday to pay.",
        [date(2026, 3, 6)],
    ),
    (
        "es",
        MON,
        "Es el plan de saneamiento que le exige el ministerio antes del 15 de mayo.",
        [date(2026, 5, 15)],
    ),
    ("es", MON, "Los pescadores pidieron a la capitanía que amplíe la temporada hasta el 30 de abril.", []),
]


# An earliest date is no deadline ("will not open before March 18", "no llegaría antes del 6 de
# noviembre", "at the earliest"); "no later than", a condition's "does not pay before" and a
# cutoff with a loss ("who do not register before Oct. 31 will lose") still are. Before: 9 of 18
# right, tp 6 fp 9 fn 0.
EARLIEST: list[Case] = [
    ("en", MON, "The new terminal will not open before March 18, the airport operator said.", []),
    (
        "en",
        MON,
        "A decision is not expected before Nov. 6, according to people familiar with the matter.",
        [],
    ),
    ("en", MON, "Traffic on the bridge will not resume before Jan. 10 at the earliest, engineers said.", []),
    ("en", MON, "The committee said it would rule no earlier than Friday.", []),
    ("en", MON, "Grain exports could resume on April 12 at the earliest, the port authority said.", []),
    ("en", MON, "The museum won't reopen before May 1, its director said.", []),
    ("en", MON, "The canal could reopen by Friday at the earliest, shipping agents said.", []),
    ("en", MON, "The contractor must finish the bridge no later than Jan. 10.", [date(2027, 1, 10)]),
    (
        "en",
        MON,
        "If the company does not pay before Dec. 1, the city will cancel its licence.",
        [date(2026, 12, 1)],
    ),
    (
        "en",
        MON,
        "Tenants who do not register before Oct. 31 will lose their subsidy, the housing office said.",
        [date(2026, 10, 31)],
    ),
    ("es", MON, "Según fuentes del ministerio, la adjudicación no llegaría antes del 6 de noviembre.", []),
    ("es", MON, "La planta no reabrirá antes del 15 de enero, informó la empresa.", []),
    ("es", MON, "El fallo no se espera antes del 20 de marzo, según fuentes judiciales.", []),
    ("es", MON, "Las obras no empezarán antes del 3 de abril en el mejor de los casos.", []),
    ("es", MON, "La comisión no se pronunciará antes del viernes, avanzó su portavoz.", []),
    ("es", MON, "La empresa deberá presentar el plan no más tarde del 10 de enero.", [date(2027, 1, 10)]),
    (
        "es",
        MON,
        "Si la constructora no entrega las viviendas antes del 30 de junio, perderá la licencia.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        MON,
        "Quien no se inscriba antes del 31 de octubre perderá la ayuda, advirtió el ayuntamiento.",
        [date(2026, 10, 31)],
    ),
]


# The future told with a contraction ("they'll", "they'd", "won't", curly apostrophes too) is the
# future: a threatened act's day ahead, a plan an event. Before: 7 of 10 right, tp 4 fp 0 fn 3.
CONTRACTIONS: list[Case] = [
    (
        "en",
        WED,
        "Dockworkers say they'll walk out on Monday unless the port authority restores the night shift.",
        [date(2026, 11, 30)],
    ),
    (
        "en",
        WED,
        '"We\'ll give them until Friday to sign, and then we go to court," the union leader said.',
        [date(2026, 11, 27)],
    ),
    (
        "en",
        WED,
        "Farmers said they'd block the highway from Thursday if the subsidy wasn't paid.",
        [date(2026, 11, 26)],
    ),
    (
        "en",
        WED,
        "Nurses say they’ll strike from Tuesday unless the trust reopens talks.",
        [date(2026, 12, 1)],
    ),
    (
        "en",
        WED,
        "Drivers warned they’d stop deliveries on Friday unless fuel duty is cut.",
        [date(2026, 11, 27)],
    ),
    (
        "en",
        WED,
        "The council said it won't renew the moratorium, which ends on Dec. 31.",
        [date(2026, 12, 31)],
    ),
    (
        "en",
        WED,
        "The mill's owners say it'll shut on Monday unless the power bill is reduced.",
        [date(2026, 11, 30)],
    ),
    ("en", WED, "They'll meet again on Thursday to discuss the offer.", []),
    ("en", WED, "The airline says it'll publish its results on Feb. 12.", []),
    ("en", WED, '"We\'ll see them in court on Monday," the lawyer said.', []),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), REQUESTS)
def test_a_limit_only_asked_for_sets_no_deadline(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), EARLIEST)
def test_an_earliest_date_is_no_deadline(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), CONTRACTIONS)
def test_a_contracted_future_is_the_future(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A duration with no day of its own counts from the day an earlier sentence reports when its
# sentence opens on that day ("Late that evening", "Esa misma tarde", "Hours later") or, right
# after it, goes on with its act ("It also ordered", "Además, dio", "En el mismo auto, ordenó");
# a lead's explicit recent date is the lead's day as a weekday is; a proviso is a second duty
# ("until 15 December, provided it files a plan within ten days"). Before: 5 of 12 right, tp 7
# fp 5 fn 7.
CONTINUED: list[Case] = [
    (
        "en",
        _at(11, 7),
        "The appeals court heard the case on Thursday. Late that evening it gave the company ten days to file its accounts.",
        [date(2026, 11, 15)],
    ),
    (
        "en",
        _at(9, 4, 22),
        "The tribunal admitted the appeal on Wednesday, September 2. It also ordered the builder to post a bond within five days.",
        [date(2026, 9, 7)],
    ),
    (
        "en",
        WED,
        "The regulator suspended the operator's licence on Monday. The order gives it 72 hours to appeal.",
        [date(2026, 11, 26)],
    ),
    (
        "es",
        _at(11, 6, 18),
        "La Audiencia admitió el recurso el miércoles. Además, dio a la empresa cinco días para depositar la fianza.",
        [date(2026, 11, 9)],
    ),
    (
        "es",
        _at(11, 6, 18),
        "El juzgado suspendió la obra el martes. En el mismo auto, ordenó a la constructora retirar la maquinaria en un plazo de diez días.",
        [date(2026, 11, 13)],
    ),
    (
        "en",
        _at(11, 26),
        "The ferry sank on Tuesday. That night, the ministry gave the operator 48 hours to submit a report.",
        [date(2026, 11, 26)],
    ),
    (
        "es",
        _at(11, 6, 18),
        "El juzgado notificó el auto el martes. Esa misma tarde, la empresa recibió un plazo de diez días para recurrir.",
        [date(2026, 11, 13)],
    ),
    (
        "es",
        _at(11, 6, 18),
        "El regulador multó a la aerolínea el lunes 2 de noviembre. También le dio quince días para reembolsar a los pasajeros.",
        [date(2026, 11, 17)],
    ),
    (
        "en",
        _at(11, 6, 18),
        "The league fined the club on Nov. 2. It also gave it 14 days to pay its players.",
        [date(2026, 11, 16)],
    ),
    (
        "en",
        _at(11, 6, 18),
        "The ministry suspended the licence on Monday. It also said on Wednesday that the firm has 72 hours to appeal.",
        [date(2026, 11, 7)],
    ),
    (
        "en",
        _at(11, 3),
        "Figures out on Monday showed the province far off the target. Late that evening the ministry gave it until 15 December, provided it files a recovery plan within ten days.",
        [date(2026, 12, 15), date(2026, 11, 12)],
    ),
    (
        "es",
        _at(11, 3),
        "Las cifras del lunes dejaron a la provincia lejos de la meta. Esa misma noche, el ministerio le dio hasta el 15 de diciembre, siempre que presente un plan en un plazo de diez días.",
        [date(2026, 12, 15), date(2026, 11, 12)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), CONTINUED)
def test_a_duration_counts_from_the_day_its_act_continues(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A deadline named by its day and restated further on with its time of day ("pushed back to Nov.
# 13" … "The new cut-off is 6 p.m. GMT on Nov. 13") takes that full statement as its evidence;
# a copula before a time leading into the date makes a deadline ("the deadline for objections
# is noon GMT on Dec. 4", "la fecha límite es a las 12:00 del 4 de diciembre"). Each case: the
# evidence holds the text, and the due (when given) is exact. Before: 3 of 6 right.
RESTATED: list[tuple[str, datetime, str, list[tuple[str, datetime | None]]]] = [
    (
        "en",
        datetime(2026, 10, 30, 22, 10, tzinfo=UTC),
        "The regulator on Friday pushed back to Nov. 13 the deadline for the bank to raise capital. Shareholders approved the increase in October. The new cut-off is 6 p.m. GMT on Nov. 13, the regulator said.",
        [("6 p.m. GMT on Nov. 13", datetime(2026, 11, 13, 18, 0, tzinfo=UTC))],
    ),
    (
        "es",
        datetime(2026, 3, 9, 10, 0, tzinfo=UTC),
        "La junta electoral amplió este lunes hasta el 20 de marzo el plazo para registrar candidaturas. Los partidos pequeños habían pedido más tiempo por la huelga de Correos. El nuevo plazo vence a las 14:00 del 20 de marzo, hora de Madrid.",
        [("14:00 del 20 de marzo", datetime(2026, 3, 20, 14, 0, tzinfo=_zoned(1)))],
    ),
    (
        "en",
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        "The agency gave the airline until 5 p.m. GMT on Nov. 6 to file its plan. Passengers' groups welcomed the move. The deadline is 5 p.m. GMT on Nov. 6, the agency said.",
        [("until 5 p.m. GMT on Nov. 6", datetime(2026, 11, 6, 17, 0, tzinfo=UTC))],
    ),
    (
        "en",
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        "The league gave the club until Nov. 20 to pay its players. Fans protested outside the stadium on Sunday. The new deadline, Nov. 20, is final, the league said.",
        [("until Nov. 20", None)],
    ),
    (
        "en",
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        "The deadline for objections is noon GMT on Dec. 4, the council said.",
        [("noon GMT on Dec. 4", datetime(2026, 12, 4, 12, 0, tzinfo=UTC))],
    ),
    (
        "es",
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        "La fecha límite es a las 12:00 del 4 de diciembre, hora de Madrid, según el ayuntamiento.",
        [("12:00 del 4 de diciembre", datetime(2026, 12, 4, 12, 0, tzinfo=_zoned(1)))],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), RESTATED)
def test_a_due_restated_with_its_time_is_evidenced_there(
    lang: str, published: datetime, text: str, dues: list[tuple[str, datetime | None]]
) -> None:
    found = analyze(text, published=published, lang=lang, now=NOW).deadlines
    assert len(found) == len(dues)
    for deadline, (evidence, due) in zip(found, dues, strict=True):
        assert evidence in deadline.evidence
        assert due is None or deadline.due == due


# A due and what counts from it: a break before a due recalled in the imperfect or past names it
# missed ("no pagó la cuota que vencía el 1 de marzo", "failed to pay the coupon that was due on
# March 1"; corpus README rule 14), while a due only recalled sets none ("paid the coupon that was
# due on March 1"); a payment owed on a day is due ("owes bondholders $40 million on March 15");
# a grace period named by its length ("prevé 15 días de gracia", "diez días de plazo") counts from
# the due its tie names ("a partir del vencimiento"). Before: 5 of 12 right, tp 2 fp 1 fn 7.
DUES: list[Case] = [
    (
        "es",
        _at(3, 10),
        "El club no pagó la cuota que vencía el 1 de marzo, confirmó la federación.",
        [date(2026, 3, 1)],
    ),
    (
        "es",
        _at(3, 10),
        "La distribuidora incumplió el plazo, que vencía el 3 de marzo, para reponer el suministro.",
        [date(2026, 3, 3)],
    ),
    (
        "en",
        _at(3, 10),
        "The city failed to pay the bond coupon that was due on March 1, the rating agency said.",
        [date(2026, 3, 1)],
    ),
    (
        "en",
        _at(3, 10),
        "The airline missed the loan repayment that fell due on Feb. 27, its lenders said.",
        [date(2026, 2, 27)],
    ),
    ("es", _at(3, 10), "El club pagó la cuota que vencía el 1 de marzo.", []),
    ("en", _at(3, 10), "The city paid the coupon that was due on March 1.", []),
    ("en", _at(1, 8), "The province owes bondholders $40 million on March 15.", [date(2026, 3, 15)]),
    (
        "en",
        _at(10, 1),
        "Argentum Steel is due to repay a $200 million loan on Oct. 30.",
        [date(2026, 10, 30)],
    ),
    ("en", _at(1, 8), "The province owed bondholders $40 million last year.", []),
    ("en", _at(3, 10), "The airline paid the $12 million it owed on Monday.", []),
    (
        "es",
        _at(2, 24),
        "La provincia no pagó la cuota que vencía el 20 de febrero. El contrato prevé 15 días de gracia a partir del vencimiento.",
        [date(2026, 2, 20), date(2026, 3, 7)],
    ),
    (
        "es",
        _at(2, 24),
        "El Ayuntamiento dispone de diez días de plazo para responder al requerimiento, según la Fiscalía.",
        [date(2026, 3, 6)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), DUES)
def test_a_due_missed_owed_or_recalled(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# Round 7's own short articles, written before they were scored (all mechanisms above together,
# with hard negatives). Scored once by day: main 6 of 16 right (tp 15 fp 9 fn 5, F1 0.68), this
# branch before the changes they prompted 14 of 16 (tp 18 fp 1 fn 2, F1 0.92). The changes: a
# request's or proposal's date is another clause's after a joined past verb ("pidió al pleno que
# pague … y advirtió que suspenderá … desde el 2 de octubre"), a threat with a day of its own after
# the date makes no ultimatum of the request, and "debe pagar … el 1 de octubre" is due.
ROUND7_ARTICLES: list[Case] = [
    (
        "en",
        _at(4, 14),
        "The harbour authority on Tuesday ordered the owner of a grounded cargo ship to remove its fuel within 72 hours. "
        "Fishing groups asked the authority to close the bay to traffic by Friday, a request it did not answer. "
        "Salvage crews will not start towing the hull before April 30, the owner's insurer said.",
        [date(2026, 4, 17)],
    ),
    (
        "es",
        _at(4, 14),
        "La Confederación Hidrográfica ordenó este martes a la papelera que detenga los vertidos antes de las 20:00 del jueves. "
        "Los regantes exigieron que la empresa pague los daños antes del 1 de mayo. "
        "La papelera no reanudará la producción antes del 20 de abril, según su comité de empresa.",
        [date(2026, 4, 16)],
    ),
    (
        "en",
        _at(6, 11),
        "Teachers' unions said they'll strike on Monday unless the province restores the cut hours. "
        "The education minister urged them to call off the walkout by Friday. "
        '"We won\'t move before we see the money," said union leader Carla Mendes.',
        [date(2026, 6, 15)],
    ),
    (
        "es",
        _at(6, 11),
        "El sindicato de maquinistas irá a la huelga el lunes si Adif no readmite a los despedidos. "
        "El ministro pidió a los maquinistas que desconvoquen el paro antes del viernes. "
        "Adif no se pronunciará antes de la reunión del consejo, el 19 de junio.",
        [date(2026, 6, 15)],
    ),
    (
        "en",
        _at(9, 14),
        "A court in Lima suspended the mine's water permit on Friday. It also gave the company 15 days to present a new plan. "
        "Residents want the ministry to publish the water tests by Sept. 30.",
        [date(2026, 9, 26)],
    ),
    (
        "es",
        _at(9, 14),
        "El juzgado de Cajamarca suspendió el viernes el permiso de agua de la mina. Además, concedió a la empresa quince días para presentar un nuevo plan. "
        "Los vecinos reclaman que el ministerio publique los análisis antes del 30 de septiembre.",
        [date(2026, 9, 26)],
    ),
    (
        "en",
        _at(10, 7),
        "The league gave Rovers until Oct. 16 to pay their players, the club's second warning this year. "
        "The new deadline is 5 p.m. GMT on Oct. 16, the league said, and a points deduction follows if the money is not paid. "
        "The club failed to pay the tax bill that was due on Sept. 30.",
        [date(2026, 10, 16), date(2026, 9, 30)],
    ),
    (
        "es",
        _at(10, 7),
        "La liga dio al Racing hasta el 16 de octubre para pagar a sus jugadores. "
        "El nuevo plazo vence a las 17:00 del 16 de octubre, precisó la liga. "
        "El club no pagó la cuota de Hacienda que vencía el 30 de septiembre.",
        [date(2026, 10, 16), date(2026, 9, 30)],
    ),
    (
        "en",
        _at(10, 7),
        "The regulator fined the airline on Monday. Hours later it ordered the carrier to refund stranded passengers within ten days. "
        "The carrier's chief executive said refunds would not be paid before the audit closes.",
        [date(2026, 10, 15)],
    ),
    (
        "es",
        _at(10, 7),
        "Consumo multó el lunes a la aerolínea. Esa misma tarde le ordenó devolver el dinero a los pasajeros en un plazo de diez días. "
        "La aerolínea no devolverá nada antes de que concluya la auditoría, dijo su consejero delegado.",
        [date(2026, 10, 15)],
    ),
    (
        "en",
        _at(6, 11),
        "The energy ministry postponed the opening of the new interconnector to July 20. "
        "Grid operators must file their winter plans by July 1, under the rules. "
        "Consumer groups called on the ministry to freeze tariffs until the end of the year.",
        [date(2026, 7, 1)],
    ),
    (
        "es",
        _at(6, 11),
        "El ministerio aplazó la inauguración de la nueva interconexión al 20 de julio. "
        "Los operadores deberán presentar sus planes de invierno antes del 1 de julio. "
        "Las asociaciones de consumidores pidieron congelar las tarifas hasta el 31 de diciembre.",
        [date(2026, 7, 1)],
    ),
    (
        "en",
        _at(4, 14),
        "Port workers threatened to walk out from Thursday if the terminal operator does not reinstate two dismissed crane drivers. "
        "The operator asked for talks before Wednesday. "
        "Under the port's rules, a stoppage needs 48 hours' notice.",
        [date(2026, 4, 16)],
    ),
    (
        "es",
        _at(4, 14),
        "Los estibadores amenazaron con parar desde el jueves si la terminal no readmite a los dos gruistas despedidos. "
        "La terminal propuso reunirse antes del miércoles. "
        "El convenio exige a los sindicatos un preaviso de 48 horas.",
        [date(2026, 4, 16)],
    ),
    (
        "en",
        _at(9, 14),
        "The city owes its bus contractor $3 million on Oct. 1 and has not set aside the money, the auditor said. "
        "The contractor asked the council to pay by Sept. 25 and said it would suspend night routes from Oct. 2 if it was not paid.",
        [date(2026, 10, 1), date(2026, 10, 2)],
    ),
    (
        "es",
        _at(9, 14),
        "El ayuntamiento debe pagar a la concesionaria de autobuses 3 millones el 1 de octubre y no ha reservado el dinero, según el interventor. "
        "La concesionaria pidió al pleno que pague antes del 25 de septiembre y advirtió que suspenderá las líneas nocturnas desde el 2 de octubre si no cobra.",
        [date(2026, 10, 1), date(2026, 10, 2)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), ROUND7_ARTICLES)
def test_round_seven_article_gives_its_deadline_days(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A launch, opening or inauguration pushed back to a day is an event moved, not a deadline
# ("retrasó la inauguración del puente al 15 de mayo"); a deadline for it moved still is. Not a
# reopening: dev gold reads a road's reopening after a closure as a due (nahuelcura). Before: 3 of
# 6 right, tp 3 fp 3 fn 0.
FRI = _at(2, 20)  # Friday 20 February 2026
MOVED: list[Case] = [
    ("en", FRI, "The club pushed back the launch of its new stadium to Oct. 4, citing delays.", []),
    ("es", FRI, "El ayuntamiento retrasó la inauguración del puente al 15 de mayo.", []),
    ("es", FRI, "La empresa pospuso el lanzamiento de la nueva línea hasta el 2 de marzo.", []),
    (
        "en",
        FRI,
        "The ministry pushed back to March 3 the deadline for reopening the museum.",
        [date(2026, 3, 3)],
    ),
    (
        "en",
        FRI,
        "The regulator pushed back the deadline for the reopening plan to Monday.",
        [date(2026, 2, 23)],
    ),
    (
        "es",
        FRI,
        "La consejería aplazó hasta el 2 de marzo el plazo para presentar el plan de reapertura.",
        [date(2026, 3, 2)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MOVED)
def test_a_launch_pushed_back_is_an_event(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# An hour count with no day or time of its own runs from the time the last sentence that reports a
# day gives its act ("notificó el auto este jueves a las 11:00" … "48 horas desde esa
# notificación", "released its statement at 11:40 GMT on Monday. In the same statement …"), not
# from publication; a sentence with a day of its own keeps counting from that day. Before: 2 of 4.
TIMED: list[tuple[str, datetime, str, list[date | datetime]]] = [
    (
        "es",
        datetime(2026, 10, 1, 17, 5, tzinfo=UTC),
        "El juzgado notificó el auto este jueves a las 11:00 GMT. El auto ordena además retirar la web en un plazo de 48 horas desde esa notificación.",
        [datetime(2026, 10, 3, 11, 0, tzinfo=UTC)],
    ),
    (
        "en",
        datetime(2026, 10, 26, 18, 0, tzinfo=UTC),
        "The agency released its statement at 11:40 GMT on Monday. In the same statement, it gave the operator 48 hours to hand over the records.",
        [datetime(2026, 10, 28, 11, 40, tzinfo=UTC)],
    ),
    (
        "en",
        datetime(2026, 10, 28, 18, 0, tzinfo=UTC),
        "The strike began at 6 a.m. GMT on Monday. On Tuesday the court gave the union 48 hours to end it.",
        [date(2026, 10, 29)],
    ),
    (
        "es",
        datetime(2026, 10, 28, 18, 0, tzinfo=UTC),
        "La huelga empezó el lunes a las 06:00 GMT. El martes, el juez dio al sindicato 48 horas para ponerle fin.",
        [date(2026, 10, 29)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), TIMED)
def test_an_hour_count_runs_from_the_time_the_sentence_before_gives(
    lang: str, published: datetime, text: str, dues: list[date | datetime]
) -> None:
    assert [d.due for d in analyze(text, published=published, lang=lang, now=NOW).deadlines] == dues


# An hour count with no time of its act runs from the time the next sentence gives the act served
# or notified ("… within 48 hours. The ruling was served on the ministry at 1 p.m. GMT on
# Wednesday", "La orden, notificada a la empresa a las 19:00 GMT, …"); any other time there does
# not move it. Before: 2 of 4.
SERVED: list[tuple[str, datetime, str, list[date | datetime]]] = [
    (
        "en",
        datetime(2026, 10, 29, 17, 20, tzinfo=UTC),
        "The court on Wednesday ordered the ministry to issue a new order within 48 hours. The ruling was served on the ministry at 1 p.m. GMT on Wednesday, a clerk said.",
        [datetime(2026, 10, 30, 13, 0, tzinfo=UTC)],
    ),
    (
        "es",
        datetime(2026, 10, 16, 7, 15, tzinfo=UTC),
        "La agencia ordenó este jueves a la refinería contener el vertido en un plazo de 48 horas. La orden, notificada a la empresa a las 19:00 GMT, exige además un informe diario.",
        [datetime(2026, 10, 17, 19, 0, tzinfo=UTC)],
    ),
    (
        "en",
        datetime(2026, 10, 28, 18, 0, tzinfo=UTC),
        "The court on Wednesday ordered the ministry to issue a new order within 48 hours. The minister spoke to reporters at 1 p.m. GMT on Wednesday.",
        [date(2026, 10, 30)],
    ),
    (
        "es",
        datetime(2026, 10, 28, 18, 0, tzinfo=UTC),
        "El juez ordenó el miércoles a la empresa pagar la fianza en un plazo de 48 horas. El abogado de la empresa habló con la prensa a las 13:00 GMT.",
        [date(2026, 10, 30)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), SERVED)
def test_an_hour_count_runs_from_when_its_act_was_served(
    lang: str, published: datetime, text: str, dues: list[date | datetime]
) -> None:
    assert [d.due for d in analyze(text, published=published, lang=lang, now=NOW).deadlines] == dues


# A scheduled event's length ("a review mission expected to last ten days", "la cumbre … durará
# dos días") is no deadline; a truce's still ends one. Before: 3 of 8 right, tp 3 fp 5 fn 0.
LENGTHS: list[Case] = [
    ("en", MON, "Fund staff will arrive on March 16 for a review mission expected to last ten days.", []),
    ("en", MON, "The talks, due to start on Thursday, are expected to last three days.", []),
    ("en", MON, "The trial, which opens on Monday, is expected to last two weeks.", []),
    ("es", MON, "La visita del relator, que empezará el jueves, durará tres días.", []),
    ("es", MON, "La cumbre, prevista para el 20 de marzo, durará dos días.", []),
    ("en", MON, "The truce, which began at noon GMT on Monday, will last 72 hours.", [date(2026, 3, 5)]),
    ("es", MON, "La tregua, que empezó el lunes a las 12:00 GMT, durará 72 horas.", [date(2026, 3, 5)]),
    ("en", MON, "The ceasefire will last ten days from Thursday, the mediators said.", [date(2026, 3, 15)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), LENGTHS)
def test_an_events_length_is_no_deadline(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# An expiry told for whom it runs out ("vence para la mayoría de ellos el 30 de junio", "expires for
# most small firms on June 30") is due that day. Before: 4 of 6 right, tp 2 fp 0 fn 2.
FOR_WHOM: list[Case] = [
    (
        "es",
        MON,
        "El permiso de residencia vence para la mayoría de ellos el 30 de junio.",
        [date(2026, 6, 30)],
    ),
    (
        "es",
        MON,
        "La moratoria expira para los pequeños deudores el 31 de marzo, según el decreto.",
        [date(2026, 3, 31)],
    ),
    ("en", MON, "The waiver expires for most small firms on June 30, the agency said.", [date(2026, 6, 30)]),
    ("en", MON, "The grace period ends for foreign carriers on April 15.", [date(2026, 4, 15)]),
    (
        "es",
        MON,
        "El contrato vence para siempre con la firma del nuevo acuerdo, el 30 de junio, dijo el ministro.",
        [],
    ),
    ("en", MON, "The exhibition ends for the season on April 15 with a concert.", []),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), FOR_WHOM)
def test_an_expiry_told_for_whom_is_due(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# An extension's new due past a long object with commas or an abbreviated month ("extended the
# deadline for small landlords, those with …, to 11:59 p.m. on Nov. 30", "push back the closure
# … from Nov. 30 to Dec. 18"); a time after "to" that leads into a date is that date's ("from
# Nov. 13 to 2 p.m. GMT on Dec. 4"), and "Nov. 13 to 2 p.m." is no range of days. Found in the
# corpus9 dev articles; phrasings on other topics. Before (main with corpus9): 3 of 5.
_FRI_OCT23 = datetime(2026, 10, 23, 9, 0, tzinfo=UTC)
EXTENDED: list[tuple[str, datetime, str, list[date | datetime]]] = [
    (
        "en",
        _FRI_OCT23,
        "On Thursday the agency extended the filing deadline for small charities, those with fewer than ten staff, to 5 p.m. GMT on Nov. 30.",
        [datetime(2026, 11, 30, 17, 0, tzinfo=UTC)],
    ),
    (
        "en",
        _FRI_OCT23,
        "The regulator pushed back the cut-off for appeals from Nov. 13 to 2 p.m. GMT on Dec. 4.",
        [datetime(2026, 12, 4, 14, 0, tzinfo=UTC)],
    ),
    (
        "en",
        _FRI_OCT23,
        "The city agreed to push back the closure of the old market hall from Nov. 30 to Dec. 18, the mayor said.",
        [date(2026, 12, 18)],
    ),
    ("en", _FRI_OCT23, "The auction runs from Nov. 13 to 20, the organisers said.", []),
    ("en", _FRI_OCT23, "Voting takes place from Nov. 13 to 2 p.m. GMT on Nov. 14.", []),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), EXTENDED)
def test_an_extensions_new_due_is_found_past_a_long_object(
    lang: str, published: datetime, text: str, dues: list[date | datetime]
) -> None:
    assert [d.due for d in analyze(text, published=published, lang=lang, now=NOW).deadlines] == dues


# Mechanisms of the 18 corpus9 dev articles' misses, on own phrasings of other topics: a limit
# only under study ("is considering extending … until June 30", "estudia una prórroga de dos
# semanas") or asked for in the future ("pedirá al ministerio que amplíe el plazo hasta"); a
# duration from the due named before ("within three days of the cut-off", "48 horas desde el nuevo
# cierre"); "desde esa fecha" the day its own sentence named; a tally done by a day ("had
# completed the process by Sunday night"); the old deadline someone "had been facing". Before
# (main with corpus9): 4 of 14 right.
WAVE8: list[Case] = [
    # a limit only under study or asked for in the future
    (
        "es",
        MON,
        "Fuentes del ministerio aseguran que el Gobierno estudia prorrogar la moratoria hasta el 30 de junio.",
        [],
    ),
    ("es", MON, "La agencia estudia una prórroga de dos semanas para los rezagados.", []),
    ("en", MON, "The ministry is considering extending the moratorium until June 30, officials said.", []),
    ("en", MON, "The board is weighing a two-week extension for late filers.", []),
    (
        "es",
        MON,
        "El cabildo pedirá al ministerio que amplíe el plazo hasta el 31 de mayo para las islas menores.",
        [],
    ),
    ("es", MON, "El Gobierno prorrogó la moratoria hasta el 30 de junio.", [date(2026, 6, 30)]),
    # a duration from the due named before
    (
        "en",
        MON,
        "Clubs must register their squads by March 20. The league must then publish the fixtures within three days of the cut-off.",
        [date(2026, 3, 20), date(2026, 3, 23)],
    ),
    (
        "es",
        MON,
        "La inscripción cierra el 20 de marzo. Las federaciones tendrán 48 horas desde el nuevo cierre para publicar las listas.",
        [date(2026, 3, 20), date(2026, 3, 22)],
    ),
    # a demonstrative date of the same sentence
    (
        "es",
        MON,
        "Hacienda empezará a enviar los avisos el martes 10 de marzo, y los contribuyentes tendrán quince días desde esa fecha para responder.",
        [date(2026, 3, 25)],
    ),
    (
        "en",
        MON,
        "The agency will send the notices on March 10, and firms will have 15 days from that date to reply.",
        [date(2026, 3, 25)],
    ),
    # a tally by a day, done
    ("en", MON, "About 1,900 drivers had completed the process by Sunday night, the agency said.", []),
    ("en", MON, "The firm has agreed to pay the fine by Friday, the regulator said.", [date(2026, 3, 6)]),
    # the old deadline someone had faced
    ("en", MON, "Exporters had been facing a March 30 cut-off before the reprieve.", []),
    ("en", MON, "Exporters are facing a March 30 cut-off.", [date(2026, 3, 30)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), WAVE8)
def test_corpus9_mechanisms_on_own_phrasings(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A deadline noun's relative clause that gives the day it ran out, in a sentence telling it unmet
# ("…'s deadline, which expired on July 15", "no registraron … en el plazo que venció el 15 de
# julio"): the deadline missed, gone by (corpus README rule 14); "sin incidentes" tells nothing
# unmet, and a due recalled in the imperfect with nothing unmet stays none. Before (main with
# corpus9): 3 of 5.
_SAT_JUL25 = datetime(2026, 7, 25, 8, 0, tzinfo=UTC)
UNMET: list[Case] = [
    (
        "en",
        _SAT_JUL25,
        "The landlord ignored the repair deadline set by the housing office, which ran out on Thursday, and the tenants are still without heating.",
        [date(2026, 7, 23)],
    ),
    (
        "en",
        _SAT_JUL25,
        "Half the clubs did not file their accounts before the league's deadline, which expired on July 15.",
        [date(2026, 7, 15)],
    ),
    (
        "es",
        _SAT_JUL25,
        "Unas 300 granjas no registraron su ganado en el plazo que venció el 15 de julio, según la consejería.",
        [date(2026, 7, 15)],
    ),
    ("es", _SAT_JUL25, "El plazo, que venció el jueves, se cumplió sin incidentes.", []),
    (
        "es",
        _SAT_JUL25,
        "La constructora entregó las viviendas antes del plazo, que vencía el 15 de julio.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), UNMET)
def test_a_deadline_that_ran_out_unmet_is_the_day_gone_by(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# Undated articles: the statement dates of one article cluster, so a day far from the one carried
# ("The Dec. 15 limit of 12 accredited staff still stands", read in the past year by its
# participle) is background and does not move the year of the dues after it. Before (main with
# corpus9): 1 of 2.
UNDATED: list[Case] = [
    (
        "en",
        None,
        "The ministers met in Geneva on Nov. 18. The Dec. 15 limit of 12 accredited staff still stands. The mediators gave both sides until Nov. 27 to comment on the draft.",
        [date(2026, 11, 27)],
    ),
    (
        "en",
        None,
        "The union walked out on Nov. 2. Talks resumed on Nov. 20, and the company was given until Nov. 25 to table an offer.",
        [date(2026, 11, 25)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), UNDATED)
def test_an_undated_articles_far_day_does_not_move_its_year(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# An extension only kept ("conservan su prórroga hasta el 30 de noviembre", "para conservar la
# prórroga hasta", "keep their extension until Nov. 30") is a restated due, none (corpus README
# rule 14); a duration from an event an adjective names ("from formal notification") is tied to it
# and, undated, gives none. Before (main with corpus9): 1 of 6.
KEPT: list[Case] = [
    ("es", MON, "Los pequeños caseros conservan su prórroga hasta el 30 de noviembre.", []),
    ("es", MON, "La provincia presentó el plan para conservar la prórroga hasta el 15 de diciembre.", []),
    ("en", MON, "Small landlords keep their extension until Nov. 30, the ministry said.", []),
    (
        "en",
        MON,
        "The ministry extended the deadline for small landlords until Nov. 30.",
        [date(2026, 11, 30)],
    ),
    ("en", MON, "The company will have 20 working days from formal notification to answer the suit.", []),
    ("en", MON, "Firms have 30 days from official publication of the rules to comply.", []),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), KEPT)
def test_a_kept_extension_or_a_formal_tie_sets_none(
    lang: str, published: datetime | None, text: str, dues: list[date]
) -> None:
    assert due_days(lang, published, text) == Counter(dues)
