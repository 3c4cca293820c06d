"""Deadline mechanisms of the tenth round (issue 3's held-out bar), on own phrasings across topics.

Each list was written from general knowledge for one mechanism among the known misses, with
hard negatives, and scored with the engine of main before the change (the figure above it:
cases right). Misses left are in `bot/analysis/README.md`, not here.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.analysis import analyze
from tests.analysis.deadline_days import MON, NOW, THU, TUE, Case, due_days

# A due conceded beside what was done early ("aunque la licencia no vence hasta", "although the
# lease does not run out until") is restated, none (corpus README rule 14); a limit given, a due
# set or one missed stays. Before: 4 of 6 right.
RESTATED: list[Case] = [
    ("es", THU, "El comedor social ya ha cerrado, aunque la licencia no vence hasta el 20 de octubre.", []),
    (
        "en",
        TUE,
        "Most tenants have already moved out, although the lease does not run out until June 30.",
        [],
    ),
    (
        "en",
        TUE,
        "Anglers have until Sept. 30 to renew their expired permits, the agency said.",
        [date(2026, 9, 30)],
    ),
    (
        "es",
        THU,
        "«Tienen hasta el domingo para recoger las casetas», advirtió el concejal.",
        [date(2026, 10, 4)],
    ),
    ("en", TUE, "The league said the club missed Friday's deadline to pay its players.", [date(2026, 6, 5)]),
    (
        "es",
        THU,
        "La empresa deberá pagar a los proveedores antes del jueves 8, según el juzgado.",
        [date(2026, 10, 8)],
    ),
]

# A limit under study or planned, set off from its verb by a comma ("estudia prorrogar otra vez
# la rebaja, hasta el 30 de junio") is no deadline, like the same limit without the comma; the
# extension done stays. Before: 2 of 5 right.
STUDIED: list[Case] = [
    (
        "es",
        THU,
        "El Gobierno estudia prorrogar otra vez la rebaja del transporte, hasta el 30 de junio de 2027.",
        [],
    ),
    ("en", TUE, "The city is considering extending the parking amnesty again, until Aug. 31.", []),
    (
        "en",
        TUE,
        "Regulators are weighing a further delay to the labelling rules, to Jan. 1, people familiar with the matter said.",
        [],
    ),
    (
        "es",
        THU,
        "El Gobierno prorrogó otra vez la rebaja del transporte, hasta el 30 de junio de 2027.",
        [date(2027, 6, 30)],
    ),
    ("en", TUE, "The city extended the parking amnesty again, until Aug. 31.", [date(2026, 8, 31)]),
]

# A limit counted from each item's own event ("within 15 working days of signing" for contracts
# signed from June 1, "desde su concesión", "from delivery") has no single due; a signing the text
# dates gives one. Before: 2 of 5 right.
PER_ITEM: list[Case] = [
    (
        "es",
        THU,
        "Las licencias concedidas a partir del 1 de octubre deberán activarse en un plazo de diez días hábiles desde su concesión.",
        [],
    ),
    ("en", TUE, "Contracts signed from June 1 must be registered within 15 working days of signing.", []),
    ("en", TUE, "Each buyer has 14 days from delivery to return the goods.", []),
    ("es", THU, "Cada aspirante dispondrá de cinco días desde la publicación de su nota para reclamar.", []),
    (
        "en",
        TUE,
        "The contract was signed on Monday, and the builder must register it within 15 days of signing.",
        [date(2026, 6, 23)],
    ),
]

# A limit counted from a closing date or deadline the text gives elsewhere counts from that date,
# not from the day the lead reports; with no such date it gives none. Before: 0 of 4 right.
FROM_CLOSING: list[Case] = [
    (
        "en",
        MON,
        "The port authority opened the tender on Monday. Bids close on March 27, and bidders must post a bond within five days of the closing date.",
        [date(2026, 3, 27), date(2026, 4, 1)],
    ),
    (
        "es",
        THU,
        "La convocatoria se publicó este jueves. Las solicitudes se admiten hasta el 20 de octubre, y los beneficiarios deberán aceptar la ayuda en los diez días siguientes al cierre del plazo.",
        [date(2026, 10, 20), date(2026, 10, 30)],
    ),
    (
        "en",
        TUE,
        "Registration opened on Tuesday and closes on June 26; fees must be paid within seven days of the deadline.",
        [date(2026, 6, 26), date(2026, 7, 3)],
    ),
    (
        "en",
        TUE,
        "The scheme opened on Tuesday, and applicants must confirm their place within 30 days of the closing date.",
        [],
    ),
]

# A limit counted from an event still to happen ("after the tenant hands back the keys", "desde
# que reciba el informe", "if the appeal is rejected") has no anchor: none; the same event dated
# gives one. Before: 4 of 4 right (hard negatives kept as a guard; the two phrasings missed are
# known misses).
FROM_EVENT: list[Case] = [
    (
        "en",
        TUE,
        "Landlords must return the deposit within 48 hours after the tenant hands back the keys.",
        [],
    ),
    (
        "es",
        THU,
        "La aseguradora deberá pagar en un plazo de diez días desde que reciba el informe pericial.",
        [],
    ),
    (
        "es",
        THU,
        "En cuanto se notifique la sentencia, el ayuntamiento tendrá un mes para derribar el muro.",
        [],
    ),
    (
        "es",
        THU,
        "La sentencia se notificó el martes y el ayuntamiento tiene un mes desde la notificación para derribar el muro.",
        [date(2026, 10, 29)],
    ),
]

# Countdowns: "a week from Friday", "ten days from now", "dentro de quince días", business days; a
# countdown with no duty or threat in its sentence is a day of news. Before: 7 of 8 right.
COUNTDOWN: list[Case] = [
    ("en", TUE, "Residents have two weeks from today to object to the plan.", [date(2026, 6, 23)]),
    (
        "es",
        THU,
        "Los afectados tienen diez días hábiles para reclamar, informó este jueves la consejería.",
        [date(2026, 10, 15)],
    ),
    (
        "es",
        THU,
        "La empresa deberá responder dentro de diez días hábiles, según la resolución.",
        [date(2026, 10, 15)],
    ),
    ("en", TUE, "Bidders must respond within 10 business days, the agency said.", [date(2026, 6, 23)]),
    ("en", TUE, "Ten days from now, the tenants must be out.", [date(2026, 6, 19)]),
    ("es", THU, "Dentro de quince días deberá estar pagada la primera cuota.", [date(2026, 10, 16)]),
    ("en", TUE, "A week from Friday the choir performs at the cathedral.", []),
    ("es", THU, "De aquí a quince días, el equipo juega la final.", []),
]

# Extensions told as past news move the due to the new day; the old one ("first set for", "the May
# 29 deadline was extended") and a moved event are none. Before: 5 of 7 right.
EXTENDED: list[Case] = [
    (
        "en",
        TUE,
        "Last week the ministry pushed the registration deadline back to July 15.",
        [date(2026, 7, 15)],
    ),
    (
        "es",
        THU,
        "La semana pasada, el juzgado amplió hasta el 30 de octubre el plazo para presentar alegaciones.",
        [date(2026, 10, 30)],
    ),
    ("en", TUE, "The deadline, first set for June 1, was moved on May 28 to June 22.", [date(2026, 6, 22)]),
    (
        "es",
        THU,
        "El plazo para pagar la tasa, que vencía el 25 de septiembre, se amplió hasta el 9 de octubre.",
        [date(2026, 10, 9)],
    ),
    (
        "en",
        TUE,
        "On Friday, regulators gave the airline two more weeks, until June 19, to fix the fault.",
        [date(2026, 6, 19)],
    ),
    ("en", TUE, "The May 29 deadline was extended twice before the firm finally paid.", []),
    ("es", THU, "La votación, prevista para el 5 de octubre, se aplazó al 19.", []),
]

# A subject's own aim or estimate ("expects to complete the merger by June 30", "espera reanudar las
# rutas antes del 5 de abril") is no due; a moratorium's length with its complement ("una moratoria
# de desahucios de seis meses") ends it. With everyday phrasings of other mechanisms, written
# together across registers (wire, Q&A, newsletter, legal) before any change for them: 25 of 30
# right on main (two expectations then corrected to corpus README rule 15: "by the end of the
# month" and "hasta fin de mes" are months alone); the three still missed are known misses, and
# the airline's and the shipping line's aims were added with the change.
WED = datetime(2026, 4, 15, 11, 0, tzinfo=UTC)  # Wednesday 15 April 2026
SAT = datetime(2026, 8, 22, 9, 0, tzinfo=UTC)  # Saturday 22 August 2026
GENERAL: list[Case] = [
    (
        "en",
        WED,
        "Parents have until 5 p.m. on Friday to choose a school for their children, the district said.",
        [date(2026, 4, 17)],
    ),
    ("en", WED, "The deadline for public comment on the wind farm is April 30.", [date(2026, 4, 30)]),
    (
        "en",
        WED,
        "Voters must register by April 24 to take part in the June 2 referendum.",
        [date(2026, 4, 24)],
    ),
    (
        "en",
        WED,
        "The grace period for unpaid parking tickets expires at midnight on Sunday.",
        [date(2026, 4, 20)],
    ),
    ("en", WED, "Creditors were told to file their claims no later than May 15.", [date(2026, 5, 15)]),
    (
        "en",
        WED,
        "The city will cut off water to the 300 households from April 20 unless the bills are paid.",
        [date(2026, 4, 20)],
    ),
    ("en", WED, "The consultation, which opened on March 1, closes on Friday.", [date(2026, 4, 17)]),
    (
        "en",
        WED,
        "Exporters will have three months from the entry into force of the rules, on July 1, to adapt.",
        [date(2026, 10, 1)],
    ),
    ("en", WED, "The hospital's licence was renewed last month until 2028.", []),
    ("en", WED, "The team trained on Tuesday ahead of Sunday's final.", []),
    ("en", WED, "Lawmakers passed the budget on April 10, five days before the deadline.", []),
    ("en", WED, "Tenants have been given notice to leave by the end of the month.", []),
    ("en", WED, "The firm said it expects to complete the merger by June 30.", []),
    ("en", WED, "The airline hopes to resume flights before Easter Sunday, April 5.", []),
    (
        "es",
        SAT,
        "Los vecinos tienen hasta el 15 de septiembre para presentar alegaciones al plan urbanístico.",
        [date(2026, 9, 15)],
    ),
    ("es", SAT, "El plazo para solicitar la beca vence el próximo viernes.", [date(2026, 8, 28)]),
    (
        "es",
        SAT,
        "La empresa dispone de un mes desde la publicación de la resolución, el pasado lunes, para recurrir.",
        [date(2026, 9, 17)],
    ),
    (
        "es",
        SAT,
        "El juez dio de plazo a la constructora hasta el lunes para retirar la grúa.",
        [date(2026, 8, 24)],
    ),
    (
        "es",
        SAT,
        "Si no hay acuerdo antes del 1 de septiembre, los pilotos irán a la huelga.",
        [date(2026, 9, 1)],
    ),
    ("es", SAT, "La tregua entre las bandas expira a las 00:00 del domingo.", [date(2026, 8, 23)]),
    ("es", SAT, "La alcaldía prorrogó hasta fin de mes el cierre de la playa.", []),
    ("es", SAT, "El concierto se celebrará el 5 de septiembre en el estadio.", []),
    ("es", SAT, "La inscripción cerró el pasado lunes con 3.000 participantes.", []),
    (
        "es",
        SAT,
        "Hacienda recordó que el segundo pago del impuesto vence el 5 de noviembre.",
        [date(2026, 11, 5)],
    ),
    (
        "es",
        SAT,
        "El Gobierno aprobó el martes una moratoria de desahucios de seis meses.",
        [date(2027, 2, 18)],
    ),
    ("es", SAT, "La obra debería estar terminada antes de Navidad, según el contratista.", []),
    ("es", SAT, "La comisión se reunirá el jueves para estudiar la prórroga.", []),
    ("es", SAT, "El ultimátum de los transportistas vence mañana a mediodía.", [date(2026, 8, 23)]),
    ("es", SAT, "La naviera espera reanudar las rutas antes del 5 de abril.", []),
]


# A second batch across registers (newsletter bullets, live blog, legal, wire), written together
# before any change for it: 19 of 24 right on main (one expectation then corrected: 20 business days
# from Monday 16 November is 14 December). What changed: a bare "close" before a date ("Applications
# close July 20"), "until the end of trading on", and matches, races, concerts and fairs moved to a
# day are events ("El partido se aplazó al domingo"). The two still missed are known misses.
MON7 = datetime(2026, 7, 6, 8, 0, tzinfo=UTC)  # Monday 6 July 2026
FRI11 = datetime(2026, 11, 13, 16, 0, tzinfo=UTC)  # Friday 13 November 2026
REGISTERS: list[Case] = [
    (
        "en",
        MON7,
        "New safety barriers must be in place by Aug. 15, under the inspector's order.",
        [date(2026, 8, 15)],
    ),
    ("en", MON7, "• Deadline: Applications for the arts grant close July 20.", [date(2026, 7, 20)]),
    (
        "en",
        MON7,
        "The new rules come into force on Sept. 1, giving shops eight weeks to adapt.",
        [date(2026, 9, 1)],
    ),
    (
        "en",
        MON7,
        "The landlord was ordered to carry out the repairs no later than 30 days after service of the order.",
        [],
    ),
    ("en", MON7, "Contractors have a July 31 deadline to submit revised bids.", [date(2026, 7, 31)]),
    ("en", MON7, "The pilots' union set a Friday deadline for the airline to respond.", [date(2026, 7, 10)]),
    (
        "en",
        MON7,
        "The offer stands until the end of trading on Wednesday, the bidder said.",
        [date(2026, 7, 8)],
    ),
    ("en", MON7, "08:15 — The evacuation order for the valley remains in force until further notice.", []),
    ("en", MON7, "The museum will be closed from July 13 to July 26 for repairs.", []),
    ("en", MON7, "The deal gives the bank until the end of 2027 to sell the unit.", []),
    ("es", FRI11, "La fecha tope para inscribirse en el censo es el 27 de noviembre.", [date(2026, 11, 27)]),
    (
        "es",
        FRI11,
        "El ayuntamiento tiene de margen hasta el lunes para responder al requerimiento.",
        [date(2026, 11, 16)],
    ),
    (
        "es",
        FRI11,
        "Los pescadores deberán amarrar la flota antes de las 20:00 del domingo, según la orden de veda.",
        [date(2026, 11, 15)],
    ),
    (
        "es",
        FRI11,
        "El plazo expira el 1 de diciembre y no habrá prórroga, avisó la consejera.",
        [date(2026, 12, 1)],
    ),
    ("es", FRI11, "La nueva ley entrará en vigor el 1 de enero.", [date(2027, 1, 1)]),
    ("es", FRI11, "El museo permanecerá cerrado del 16 al 30 de noviembre por obras.", []),
    (
        "es",
        FRI11,
        "El sindicato fijó el viernes 20 como fecha límite para que la patronal mejore su oferta.",
        [date(2026, 11, 20)],
    ),
    (
        "es",
        FRI11,
        "Quien no pague antes del 30 de noviembre tendrá un recargo del 10 %.",
        [date(2026, 11, 30)],
    ),
    (
        "es",
        FRI11,
        "El tribunal concedió a la empresa un plazo de 20 días hábiles, a contar desde el lunes, para presentar las cuentas.",
        [date(2026, 12, 14)],
    ),
    ("es", FRI11, "La oferta de compra sigue abierta hasta el 4 de diciembre.", [date(2026, 12, 4)]),
    (
        "es",
        FRI11,
        "El Ministerio recordó que las ayudas se pueden solicitar hasta el 15 de diciembre.",
        [date(2026, 12, 15)],
    ),
    ("es", FRI11, "El partido se aplazó al domingo por la lluvia.", []),
]


# Short articles (the deadline set in one paragraph, restated, moved or missed in another), written
# before any change for them: 6 of 8 right on main (one expectation then corrected to corpus README
# rule 14: "ya incumplió el plazo que vencía el 31 de agosto" is a deadline reported missed, gold).
# What changed: an event noun that only modifies the subject ("the festival organisers extended the
# ticket deadline to") no longer makes the extension's new due an event's end. The one still missed
# (a measure's start read through its length) is a known miss.
TUE15 = datetime(2026, 9, 15, 14, 0, tzinfo=UTC)  # Tuesday 15 September 2026
ARTICLES: list[Case] = [
    (
        "en",
        TUE15,
        'The port authority on Tuesday ordered Blue Anchor Ferries to remove its two abandoned vessels from berth 7 within 30 days.\nThe company has already missed one deadline, in July.\nBlue Anchor said it would comply. "We will have them out well before the cut-off," its chief executive told reporters.',
        [date(2026, 10, 15)],
    ),
    (
        "en",
        TUE15,
        "Residents of the Harrow estate were given until Sept. 30 to register for the new parking permits.\nThe council said on Tuesday that the scheme would start on Oct. 5.\nThose who register late will pay a £20 fee.",
        [date(2026, 9, 30)],
    ),
    (
        "es",
        TUE15,
        "El Ayuntamiento de Ourense dio este martes a la concesionaria del autobús urbano diez días para presentar un plan de recuperación de frecuencias.\nSi no lo hace, abrirá un expediente sancionador.\nLa empresa, que ya incumplió el plazo que vencía el 31 de agosto, asegura que cumplirá.",
        [date(2026, 8, 31), date(2026, 9, 25)],
    ),
    (
        "es",
        TUE15,
        "La Junta Electoral fijó el 2 de octubre como último día para presentar candidaturas.\nLas elecciones al consejo escolar se celebrarán el 20 de octubre.\nLos recursos contra la proclamación podrán presentarse en los tres días siguientes a la publicación de las listas, prevista para el 7 de octubre.",
        [date(2026, 10, 2), date(2026, 10, 10)],
    ),
    (
        "es",
        None,
        "El club recibió el jueves la notificación de la sanción.\nDispone de cinco días hábiles desde la notificación para recurrir ante el comité de apelación.\nSu presidente dijo que lo hará.",
        [date(2026, 12, 3)],
    ),
    (
        "en",
        TUE15,
        "The festival organisers extended the early-bird ticket deadline to Sept. 25.\nIt had been due to end on Friday.\nSales have been slower than last year, they said.",
        [date(2026, 9, 25)],
    ),
    (
        "en",
        TUE15,
        "Northfield council voted on Monday to close the Elm Road library.\nCampaigners have until Oct. 12 to lodge an appeal, and say they will.\nThe library will stay open until then.",
        [date(2026, 10, 12)],
    ),
]


# Mechanisms of the 18 corpus10 dev articles' deadline errors, on own phrasings of other topics,
# written after the changes for them (so in-sample for the rules; main gets 10 of 24): a source in
# "según fuentes de …" is not the asker of a request; "should"/"debería" recommends; a sitting
# convened for a day and a service that operates until a day set no due; a bare-day deadline named
# again at midnight at its day's end is one deadline, due at 00:00 of the next day; an offer is no
# due; a state still holding at a day in an if-clause, before an authority's or a measure's future
# act, is the deadline to end it; a due a break names missed stays beside a met one; "had been …,
# two weeks after" holds no duration; a due kept going past its day ("due to close on March 31,
# would stay open until April 30") is the old one; a tie that names its act by a time of day ("72
# hours from the 9 a.m. notice") counts from that time of the day the sentence reports; "bloc" is
# an authority in lower case only ("the bloc demands"; "the opposition Civic Bloc demanded" is a
# party's demand). Left as a known miss: "asked for more time, until March 31" (the end point set
# off by a comma; reading it as the request's also drops the reference article's "pidió … que se
# abstuviera … durante una semana, hasta el 1 de febrero").
TUE3 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)  # Tuesday 3 March 2026
WAVE10: list[Case] = [
    ("en", TUE3, "The opposition Civic Bloc demanded that parliament ratify the treaty by March 20.", []),
    ("en", TUE3, "The bloc demands that the government lift the veto by March 20.", [date(2026, 3, 20)]),
    (
        "en",
        TUE3,
        "The harbour master on Monday gave the trawlers 72 hours from the 9 a.m. notice to leave the quay.",
        [date(2026, 3, 5)],
    ),
    (
        "es",
        TUE3,
        "La alcaldesa dio el lunes a los feriantes 48 horas desde el aviso de las 9:00 para desmontar.",
        [date(2026, 3, 4)],
    ),
    (
        "en",
        TUE3,
        "The mayor said the amnesty window, due to close on March 31, would stay open until April 30.",
        [date(2026, 4, 30)],
    ),
    (
        "es",
        TUE3,
        "La ventanilla, que debía cerrar el 31 de marzo, seguirá abierta hasta el 30 de abril.",
        [date(2026, 4, 30)],
    ),
    (
        "en",
        TUE3,
        "The grant window, due to close on March 31, has drawn 300 applications.",
        [date(2026, 3, 31)],
    ),
    (
        "es",
        TUE3,
        "Según fuentes del sindicato, la patronal habría pedido aplazar la firma hasta el 12 de marzo.",
        [],
    ),
    (
        "es",
        TUE3,
        "La consejería, según su portavoz, exige a la empresa que entregue el plan antes del 13 de marzo.",
        [date(2026, 3, 13)],
    ),
    ("en", TUE3, "The mayor should publish the audit by Friday, the opposition said.", []),
    (
        "es",
        TUE3,
        "Los clubes deberían presentar sus cuentas antes del 30 de junio, opinó el presidente de la asociación.",
        [],
    ),
    ("en", TUE3, "Clubs must file their accounts by June 30, the league said.", [date(2026, 6, 30)]),
    ("es", TUE3, "La asamblea que debe aprobar las cuentas está convocada para el 14 de marzo.", []),
    ("es", TUE3, "La empresa debe presentar las cuentas para el 14 de marzo.", [date(2026, 3, 14)]),
    ("en", TUE3, "The shuttle bus will operate until March 31, the airport said.", []),
    ("es", TUE3, "El tranvía nocturno funcionará hasta el 6 de abril.", []),
    (
        "en",
        TUE3,
        'The union gave the hospital until March 13 to answer.\n"If there is no reply at midnight on 13 March, we walk out," its leader said.',
        [date(2026, 3, 14)],
    ),
    (
        "en",
        TUE3,
        "The landlord has offered to repair the roof by March 10 if tenants drop the complaint.",
        [],
    ),
    ("es", TUE3, "La naviera ofreció devolver el dinero antes del 20 de abril.", []),
    (
        "en",
        TUE3,
        "If the stall is still on the pavement at 6 p.m. on Friday, the council will remove it.",
        [date(2026, 3, 6)],
    ),
    (
        "es",
        TUE3,
        "Si la grúa sigue en la acera el viernes a las 18:00, el ayuntamiento la retirará.",
        [date(2026, 3, 6)],
    ),
    ("en", TUE3, "If prices are still high on Monday, we will see more protests, he said.", []),
    (
        "es",
        TUE3,
        "La empresa entregó el informe dentro del plazo, pero no pagó la tasa que vencía el 27 de febrero.",
        [date(2026, 2, 27)],
    ),
    (
        "en",
        TUE3,
        "The last instalment had been paid, two weeks after the lender missed its first target.",
        [],
    ),
]


ALL = {
    "restated": RESTATED,
    "studied": STUDIED,
    "per_item": PER_ITEM,
    "from_closing": FROM_CLOSING,
    "from_event": FROM_EVENT,
    "countdown": COUNTDOWN,
    "extended": EXTENDED,
    "general": GENERAL,
    "registers": REGISTERS,
    "articles": ARTICLES,
    "wave10": WAVE10,
}


@pytest.mark.parametrize(("lang", "published", "text", "dues"), [c for cases in ALL.values() for c in cases])
def test_round10_mechanisms(lang: str, published: datetime | None, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)


# A local time with its UTC conversion in brackets takes the offset the two give ("6 p.m. local
# time (15:00 GMT)": +03:00; "00:00 on Friday, Belterra time (06:00 GMT)": -06:00), found in the
# corpus10 dev articles (their fictional places name no zone); main read the article's default zone.
CONVERTED: list[tuple[str, str, datetime]] = [
    (
        "en",
        "The fishermen must leave the bay by 6 p.m. local time (15:00 GMT) on Friday.",
        datetime(2026, 3, 6, 18, 0, tzinfo=timezone(timedelta(hours=3))),
    ),
    (
        "en",
        "The curfew order runs out at 00:00 on Friday, Velmora time (06:00 GMT).",
        datetime(2026, 3, 6, 0, 0, tzinfo=timezone(timedelta(hours=-6))),
    ),
    (
        "es",
        "Los mineros tienen hasta las 18:00 hora local (21:00 GMT) del viernes para desalojar el pozo.",
        datetime(2026, 3, 6, 18, 0, tzinfo=timezone(timedelta(hours=-3))),
    ),
]


@pytest.mark.parametrize(("lang", "text", "due"), CONVERTED)
def test_a_local_time_takes_the_offset_its_utc_conversion_gives(lang: str, text: str, due: datetime) -> None:
    analysis = analyze(text, published=TUE3, lang=lang, now=NOW)
    assert [d.due for d in analysis.deadlines] == [due]
