"""Deadline mechanisms of the fifteenth round, found among the newest dev articles' misses.

Each list was written from general knowledge for one mechanism (own topics and wording, es and en),
with near misses that must not change, and scored with the engine of integ before the change (the
figure above it: cases right). Misses left are in `bot/analysis/README.md`, not here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import NOW, TUE, Case, due_days

# A bare answer to a question that asks when something is due, when the answer gives the hour before
# the day ("When does the offer expire? At noon on Friday, June 12.", "¿Cuándo vence el plazo? A la
# medianoche del domingo 14 de junio."), is the due, as the day alone was; an answer to a question
# about an event, or a past one, stays none. Before: 5 of 9; now 9.
TIMED_ANSWERS: list[Case] = [
    ("en", TUE, "When does the offer expire? At noon on Friday, June 12.", [date(2026, 6, 12)]),
    (
        "en",
        TUE,
        "What is the deadline for bids? At 5 p.m. on Monday, June 15, Brussels time.",
        [date(2026, 6, 15)],
    ),
    ("es", TUE, "¿Cuándo vence el plazo? A la medianoche del domingo 14 de junio.", [date(2026, 6, 15)]),
    (
        "es",
        TUE,
        "¿Hasta cuándo pueden votar los socios? Hasta las 20:00 del jueves 11 de junio.",
        [date(2026, 6, 11)],
    ),
    (
        "es",
        TUE,
        "¿Cuál es el plazo para reclamar? A las 14:00 del viernes 19 de junio, según el aviso.",
        [date(2026, 6, 19)],
    ),
    # near misses: an event's day, a question about the past, no question at all
    ("en", TUE, "When does the festival open? At noon on Friday, June 12.", []),
    ("en", TUE, "When did the grace period end? At midnight on Sunday, June 7.", []),
    ("es", TUE, "¿Cuándo empieza la feria? A las 10:00 del sábado 13 de junio.", []),
    ("es", TUE, "El jurado se reunió. A las 12:00 del lunes 8 de junio dio su veredicto.", []),
]

# A span with a window noun before it told as "entre el X y el Y" ("las solicitudes se recibirán
# entre el 15 y el 26 de junio"): its second day is the due, as "del X al Y" already was; a span
# without a window noun (works, a festival) stays an event. Before: 5 of 8; now 8.
BETWEEN_WINDOWS: list[Case] = [
    ("es", TUE, "Las solicitudes de beca se recibirán entre el 15 y el 26 de junio.", [date(2026, 6, 26)]),
    (
        "es",
        TUE,
        "El periodo de alegaciones estará abierto entre el 10 y el 24 de junio.",
        [date(2026, 6, 24)],
    ),
    (
        "es",
        TUE,
        "La inscripción para el campamento podrá hacerse entre el lunes 15 y el viernes 19 de junio.",
        [date(2026, 6, 19)],
    ),
    (
        "en",
        TUE,
        "Applications for the grants will be accepted between June 15 and June 26.",
        [date(2026, 6, 26)],
    ),
    # near misses: no window noun, the span is an event's
    ("es", TUE, "El festival de cine se celebrará entre el 15 y el 26 de junio.", []),
    ("es", TUE, "Las obras del puente se harán entre el 15 y el 26 de junio, según el ayuntamiento.", []),
    ("es", TUE, "La visita del ministro será entre el 22 y el 24 de junio.", []),
    ("en", TUE, "The film festival will be held between June 15 and June 26.", []),
]

# A measure or due moved to a new day, with a clause about the old one between the verb and the new
# day and a comma before "al" ("aplaza la huelga, que debía empezar mañana a las 07:00, al lunes 15
# de junio"): the new day is due, as in English ("postponed the strike, which was due tomorrow, to
# June 15"); a meeting moved so stays an event, a change of mind with a day none. Before: 3 of 6;
# now 6.
MOVED_WITH_ASIDE: list[Case] = [
    (
        "es",
        TUE,
        "El sindicato aplaza la huelga de limpieza, que debía empezar mañana a las 06:00, al lunes 15 de junio.",
        [date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "La junta pospone la entrega de los informes, prevista para el jueves, al viernes 19 de junio.",
        [date(2026, 6, 19)],
    ),
    (
        "es",
        TUE,
        "Hacienda retrasa el pago de la segunda cuota, que vencía el día 12, al 30 de junio.",
        [date(2026, 6, 30)],
    ),
    # near misses: no move, or the move is a change of mind with a meeting's day
    (
        "es",
        TUE,
        "El ministro cambió de opinión tras reunirse con los sindicatos, al parecer, el lunes 8 de junio.",
        [],
    ),
    (
        "es",
        TUE,
        "La empresa amplió la plantilla en 40 personas, y el comité se reunirá el lunes 15 de junio.",
        [],
    ),
    ("es", TUE, "El club aplaza su asamblea, que iba a celebrarse el jueves, al sábado 20 de junio.", []),
]

# A count after "en"/"in" with its own start right after it ("en diez días a partir de hoy", "in
# ten days from Monday") counts from that start, whatever the clause's tense but the past; before,
# "en" counted only in a future clause and the start ("a partir de hoy") was read as the due itself.
# A past count ("subió un 4 % en diez días a partir de la subasta") stays none. Before: 3 of 7 (the
# English one and the near misses); now 7.
COUNT_WITH_START: list[Case] = [
    (
        "es",
        TUE,
        "La constructora debe entregar el proyecto en diez días a partir de hoy.",
        [date(2026, 6, 19)],
    ),
    (
        "es",
        TUE,
        "Y antes, en cinco días hábiles a partir de hoy, la naviera tiene que presentar un plan de rescate.",
        [date(2026, 6, 16)],
    ),
    (
        "es",
        TUE,
        "Los vecinos tienen que pagar la derrama en quince días a partir de mañana.",
        [date(2026, 6, 25)],
    ),
    (
        "es",
        TUE,
        "El club debe inscribir a sus jugadores en siete días desde el lunes 15 de junio, según la liga.",
        [date(2026, 6, 22)],
    ),
    ("en", TUE, "The contractor must hand in the project in ten days from today.", [date(2026, 6, 19)]),
    # near misses: a past count, a count with no start of its own in a present clause
    ("es", TUE, "El precio del cereal subió un 4 % en diez días a partir de la subasta del lunes.", []),
    ("es", TUE, "El consejo aprobó en dos días, a partir del informe de los técnicos, la nueva tarifa.", []),
]

# A count spelled out in words the number lists lacked ("thirteen days", "sesenta días", "dieciocho
# meses") counts as the same count in digits did; a length gone by, told in words or digits in an
# undated report ("estuvo fuera de servicio durante catorce horas el sábado"), stays none. Before:
# 2 of 7 (the near misses); now 7.
SPELLED_COUNTS: list[Case] = [
    (
        "en",
        TUE,
        "The union said the league has thirteen days to accept the new contract.",
        [date(2026, 6, 22)],
    ),
    (
        "en",
        TUE,
        "The agency must publish the audit within sixty days, the minister said.",
        [date(2026, 8, 8)],
    ),
    ("es", TUE, "La constructora tiene dieciocho días para reparar la pasarela.", [date(2026, 6, 27)]),
    (
        "es",
        TUE,
        "El Ayuntamiento dispone de cincuenta días para aprobar el presupuesto.",
        [date(2026, 7, 29)],
    ),
    ("es", TUE, "El club tendrá veinticinco días para pagar la multa, según la liga.", [date(2026, 7, 4)]),
    # near misses: a length gone by, in an undated report and in a dated one
    (
        "es",
        None,
        "El sistema de citas estuvo fuera de servicio durante catorce horas el sábado 29 de agosto.",
        [],
    ),
    ("en", TUE, "The bridge was closed for fourteen hours on Saturday after the storm.", []),
]

# A count tied to an act ("quince días desde la notificación", "sixty days of signing") that its own
# sentence dates before it in a participle or clause ("La sentencia, notificada el martes, …",
# "The deal, signed on Wednesday, …") counts from that day; "contados desde" ties as "desde" does.
# A start point that only scopes a noun ("los contratos firmados a partir del 1 de octubre … desde
# la firma": each its own day) and an act of another stem stay none. Before: 0 of 6 but the near
# misses (2); now 6.
ACT_DATED_HERE: list[Case] = [
    (
        "es",
        TUE,
        "La resolución, notificada a la constructora el lunes, le da quince días hábiles contados desde la notificación para retirar las grúas.",
        [date(2026, 6, 29)],
    ),
    (
        "es",
        TUE,
        "El convenio, firmado el lunes, obliga a la empresa a contratar a 20 conductores en un plazo de sesenta días desde la firma.",
        [date(2026, 8, 7)],
    ),
    (
        "en",
        TUE,
        "The deal, signed on Monday, requires the operator to hire 20 drivers within sixty days of signing.",
        [date(2026, 8, 7)],
    ),
    (
        "es",
        TUE,
        "La multa, notificada el lunes, da a la naviera diez días desde la notificación para pagar.",
        [date(2026, 6, 18)],
    ),
    # near misses: a start that scopes a noun, an act of another stem
    (
        "es",
        TUE,
        "La norma obliga a inscribir los contratos firmados a partir del 1 de julio en un plazo de quince días hábiles desde la firma.",
        [],
    ),
    (
        "es",
        TUE,
        "El pliego, publicado el lunes, da a los licitadores diez días desde la notificación de la adjudicación para recurrir.",
        [],
    ),
]

# A time after which its clause punishes ("Any boat still in the gulf after midnight on Friday faces
# fines", "Quien siga en el golfo después de la medianoche de este viernes se expone a multas") is a
# cut-off, a due; after a time with no penalty in its clause, or a penalty in another clause, it
# stays none. Before: 3 of 7 (the near misses); now 7.
CUTOFFS: list[Case] = [
    (
        "en",
        TUE,
        "Any van still parked on the pier after midnight on Friday faces a fine of 500 euros.",
        [date(2026, 6, 13)],
    ),
    (
        "en",
        TUE,
        "Drivers who stay in the square after 10 p.m. on Saturday will be fined, the council said.",
        [date(2026, 6, 13)],
    ),
    (
        "es",
        TUE,
        "Quien siga acampado en la playa después de la medianoche del sábado se expone a una multa de 600 euros.",
        [date(2026, 6, 14)],
    ),
    (
        "es",
        TUE,
        "Los coches que sigan en la plaza pasadas las 22:00 del sábado serán multados.",
        [date(2026, 6, 13)],
    ),
    # near misses: no penalty in the clause, a penalty in another clause, a match's day
    ("en", TUE, "After midnight on Friday the fireworks began.", []),
    ("es", TUE, "Después de las 22:00 del viernes, la policía detuvo a tres personas.", []),
    ("en", TUE, "After Friday's match, the club faces a fine from the league.", []),
]

# A bare day right after a midnight cut-off that named its eve ("until midnight on Sunday, June 14" …
# "the fines would apply from June 15") is its own due, not the cut-off told again; "a las 00:00 del
# 15 de junio" … "el 15 de junio" is the same one told twice, and a meeting the next day an event.
# Before: 2 of 6 (the near misses); now 6.
AFTER_MIDNIGHT: list[Case] = [
    (
        "en",
        TUE,
        "The regulator gave the carrier until midnight on Sunday, June 14, to restore the service. Fines would apply from June 15 unless it does.",
        [date(2026, 6, 15), date(2026, 6, 15)],
    ),
    (
        "en",
        TUE,
        "Residents have until midnight on Friday, June 12, to move their cars. A parking ban will apply from June 13.",
        [date(2026, 6, 13), date(2026, 6, 13)],
    ),
    (
        "es",
        TUE,
        "La junta dio a la naviera hasta la medianoche del domingo 14 de junio para reanudar el servicio. Las multas se aplicarán a partir del 15 de junio salvo que lo haga.",
        [date(2026, 6, 15), date(2026, 6, 15)],
    ),
    (
        "es",
        TUE,
        "Los vecinos tienen hasta la medianoche del viernes 12 de junio para retirar los coches. La prohibición de aparcar regirá a partir del 13 de junio.",
        [date(2026, 6, 13), date(2026, 6, 13)],
    ),
    # near misses: the same cut-off told twice, a meeting the next day
    (
        "es",
        TUE,
        "El plazo vence a las 00:00 del 15 de junio. Los aranceles se aplicarán el 15 de junio si no hay acuerdo.",
        [date(2026, 6, 15)],
    ),
    (
        "en",
        TUE,
        "The deadline is midnight on Sunday, June 14. Talks could resume on June 15.",
        [date(2026, 6, 15)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), TIMED_ANSWERS)
def test_round15_timed_answers(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), BETWEEN_WINDOWS)
def test_round15_between_windows(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MOVED_WITH_ASIDE)
def test_round15_moved_with_aside(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), COUNT_WITH_START)
def test_round15_count_with_start(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# The zone a bare time of day is read in comes from the article's places; a place name that is only
# part of another name ("Lagos Verdes", a fictional gulf; "Bilbao-based") points nowhere, so the
# publication's own offset, or the other places, decide; a title or a body after the place ("Kyiv
# Mayor", "Madrid Council") still names the place. Atlantic Canada is in the gazetteer (its DST
# change on the first Sunday of November). Before: 2 of 5 (the near misses); now 5.
ZONED: list[tuple[str, str, str, str]] = [
    (
        "en",
        "2026-06-09T10:00:00-03:00",
        "The Lisboa Nova Fisheries Board said trawlers must return to port by 6 p.m. on Friday, June 12.",
        "2026-06-12T18:00:00-03:00",
    ),
    (
        "es",
        "2026-06-09T10:00:00-03:00",
        "La Cámara de Armadores de Roma Alta dijo que los barcos deben volver a puerto antes de las 18:00 del viernes 12 de junio.",
        "2026-06-12T18:00:00-03:00",
    ),
    (
        "en",
        "2026-10-28T17:05:00-03:00",
        "Madrid-based Grupo Oleo must file a cleanup plan by 5 p.m. on Monday, November 2, the Nova Scotia board said.",
        "2026-11-02T17:00:00-04:00",
    ),
    # near misses: a title or a body after the place keeps its zone
    (
        "en",
        "2026-06-09T10:00:00+00:00",
        "Kyiv Mayor Vitali Klitschko said residents must register their shelters by 18:00 on Friday, June 12.",
        "2026-06-12T18:00:00+03:00",
    ),
    (
        "en",
        "2026-06-09T10:00:00+00:00",
        "The Madrid Council said bars must close their terraces by 23:00 on Friday, June 12.",
        "2026-06-12T23:00:00+02:00",
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "due"), ZONED)
def test_round15_zone_of_a_bare_time(lang: str, published: str, text: str, due: str) -> None:
    analysis = analyze(text, published=datetime.fromisoformat(published), lang=lang, now=NOW)
    assert [d.due for d in analysis.deadlines] == [datetime.fromisoformat(due)]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), SPELLED_COUNTS)
def test_round15_spelled_counts(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), ACT_DATED_HERE)
def test_round15_act_dated_here(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), CUTOFFS)
def test_round15_cutoffs(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


@pytest.mark.parametrize(("lang", "published", "text", "dues"), AFTER_MIDNIGHT)
def test_round15_after_midnight(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)
