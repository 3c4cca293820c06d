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
# length, and the old due is none. Main: 9 of 22 (first batch, written before the change), 11 of 20
# (second, written after it, scored on main and here once), 3 of 6 (third, for a pronoun); now 16,
# 18 and 5: the cases kept here.
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
    # the length is no duty's event ("by a week after … on Monday": not "before its next game on")
    ("en", TUE, "Talks were extended by a week after a breakthrough on Monday.", []),
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
    # third batch: the deadline named by a pronoun, set in the sentence before (one expectation
    # corrected after scoring: an old due set in an earlier sentence stays, as the first case holds)
    (
        "en",
        TUE,
        "The truce was due to end at noon on Wednesday. On Tuesday, mediators said it had been extended by 48 hours.",
        [date(2026, 6, 10), date(2026, 6, 12)],
    ),
    (
        "en",
        THU,
        "Bids are due on Oct. 9. The ministry said on Thursday it would delay the launch of the new portal by two weeks.",
        [date(2026, 10, 9)],
    ),
    (
        "en",
        MON,
        "Tenants must leave by March 6. The judge extended it by ten days on Monday.",
        [date(2026, 3, 6), date(2026, 3, 16)],
    ),
    (
        "en",
        THU,
        "The permit runs until Oct. 20. The company hopes it will be extended by a month.",
        [date(2026, 10, 20)],
    ),
    (
        "en",
        TUE,
        "Voters must register by June 19. The election itself was moved back by a week.",
        [date(2026, 6, 19)],
    ),
]

# A general legal limit ("Under the law, victims have up to six years to sue", "Normalmente, los
# opositores tienen diez días hábiles para reclamar la nota"): a habitual or generic frame, or a
# legal frame with a generic plural subject, sets no due; "now"/"ahora" makes it this case's.
# Before: 7 of 13 (first batch), 7 of 16 (second); the third, written after the change, 9 of 11 on
# main and 7 of 11 with the change as it then stood (a frame anywhere in the sentence; "everyone"):
# both narrowed, 9 of 11. Kept here: the cases right now.
GENERAL_LIMITS: list[Case] = [
    ("en", TUE, "Under the law, victims have up to six years to sue.", []),
    ("es", TUE, "Los contribuyentes tienen hasta cuatro años para reclamar la devolución.", []),
    ("en", TUE, "Tenants normally have 30 days to appeal an eviction notice.", []),
    ("es", THU, "Por ley, los trabajadores disponen de 20 días hábiles para recurrir un despido.", []),
    ("es", MON, "En general, los pasajeros tienen siete días para reclamar por el equipaje perdido.", []),
    ("en", MON, "Patients usually have a year to file a malpractice claim in the state.", []),
    (
        "en",
        THU,
        "The company has 30 days to respond to the complaint, the regulator said.",
        [date(2026, 10, 31)],
    ),
    (
        "es",
        THU,
        "El club tiene diez días para recurrir la sanción, según la federación.",
        [date(2026, 10, 11)],
    ),
    ("en", TUE, "Nortel now has up to 60 days to file its defence.", [date(2026, 8, 8)]),
    ("es", TUE, "Los inquilinos del bloque tienen hasta el viernes para desalojar.", [date(2026, 6, 12)]),
    ("en", THU, "Residents of the three streets have 48 hours to leave their homes.", [date(2026, 10, 3)]),
    (
        "es",
        MON,
        "La naviera tiene un mes para pagar la multa, advirtió la autoridad portuaria.",
        [date(2026, 4, 2)],
    ),
    # second batch
    ("en", TUE, "By law, employers have 30 days to pay a final wage.", []),
    ("en", TUE, "In most states, drivers have 10 days to contest a parking ticket.", []),
    ("es", THU, "La normativa da a los consumidores catorce días para desistir de una compra.", []),
    ("en", MON, "Anyone who receives a summons has 14 days to respond.", []),
    ("es", MON, "Quien reciba una multa tiene veinte días para pagarla con descuento.", []),
    ("en", THU, "Typically, bidders have six weeks to prepare an offer.", []),
    ("es", TUE, "Normalmente, los opositores tienen diez días hábiles para reclamar la nota.", []),
    ("en", THU, "As a rule, asylum seekers have two weeks to appeal a refusal.", []),
    ("es", THU, "Por lo general, las aseguradoras disponen de 40 días para pagar una indemnización.", []),
    ("en", MON, "Under the ruling, the city has 30 days to reinstate the workers.", [date(2026, 4, 1)]),
    (
        "es",
        MON,
        "Por ley, el ayuntamiento tiene ahora diez días para responder a los vecinos.",
        [date(2026, 3, 12)],
    ),
    (
        "en",
        MON,
        "The 40 families evicted on Monday have 48 hours to collect their belongings.",
        [date(2026, 3, 4)],
    ),
    ("en", TUE, "Residents have 24 hours to leave the area, the fire chief said.", [date(2026, 6, 10)]),
    (
        "es",
        TUE,
        "Los vecinos del edificio tienen 72 horas para sacar sus enseres, según el juzgado.",
        [date(2026, 6, 12)],
    ),
    (
        "es",
        THU,
        "La aerolínea tiene siete días para devolver el dinero a los pasajeros del vuelo cancelado.",
        [date(2026, 10, 8)],
    ),
    # third batch, hard negatives written after the change
    ("en", MON, "Under the new rules, the club has 48 hours to appeal the ban.", [date(2026, 3, 4)]),
    (
        "en",
        TUE,
        "The dockers usually strike in spring, but this year the port gave them 72 hours to accept the offer.",
        [date(2026, 6, 12)],
    ),
    (
        "es",
        THU,
        "Los pescadores suelen faenar de noche; la capitanía les dio este jueves 48 horas para retirar las redes.",
        [date(2026, 10, 3)],
    ),
    (
        "en",
        THU,
        "Under the law, the agency now has 20 working days to answer the request.",
        [date(2026, 10, 29)],
    ),
    (
        "es",
        TUE,
        "Según la ley, la empresa tiene ahora un mes para readmitir a los despedidos.",
        [date(2026, 7, 9)],
    ),
    (
        "en",
        MON,
        "Shipowners have until March 31 to register their vessels under the new law.",
        [date(2026, 3, 31)],
    ),
    (
        "es",
        MON,
        "Quienes quieran optar a las ayudas tienen hasta el 20 de marzo para presentar la solicitud.",
        [date(2026, 3, 20)],
    ),
    ("en", THU, "Everyone on the list has 14 days to pay the fine, the council said.", [date(2026, 10, 15)]),
    (
        "es",
        THU,
        "En general, las negociaciones avanzan, y el sindicato da a la patronal diez días para mejorar la oferta.",
        [date(2026, 10, 11)],
    ),
    # fourth batch, hard negatives for the frame's reach: 5 of 5 on main, 1 of 5 with a frame read
    # anywhere before the duration, 5 of 5 since it must open the clause or stand before the verb
    (
        "en",
        THU,
        "The court, which usually takes months, gave the firm 10 days to respond.",
        [date(2026, 10, 11)],
    ),
    (
        "es",
        TUE,
        "El tribunal, que normalmente tarda meses, dio a la empresa diez días para responder.",
        [date(2026, 6, 19)],
    ),
    (
        "en",
        MON,
        "In an unusually swift ruling, the judge gave the ministry 48 hours to release the files.",
        [date(2026, 3, 4)],
    ),
    (
        "en",
        TUE,
        "Typically cautious, the regulator nonetheless gave the airline seven days to fix the fault.",
        [date(2026, 6, 16)],
    ),
    (
        "en",
        THU,
        "The union, generally seen as moderate, gave management 72 hours to reply.",
        [date(2026, 10, 4)],
    ),
]

# A countdown from a day ("will walk out a week from Friday unless", "30 days from today"): the day
# is where it starts (the coming one beside a duty or threat), not the threatened measure's own date.
# Before: 3 of 10 (first batch), 6 of 10 (second, written after the first change, scored on main
# and here once: 8 of 10, 9 of 10 once the start was read as the coming day), 2 of 6 (third).
COUNTDOWNS: list[Case] = [
    (
        "en",
        TUE,
        "Nurses will walk out a week from Friday unless the hospital improves its offer.",
        [date(2026, 6, 19)],
    ),
    (
        "en",
        THU,
        "The union said members would strike two weeks from Monday if talks fail.",
        [date(2026, 10, 19)],
    ),
    (
        "en",
        MON,
        "Tariffs of 25% will take effect ten days from Wednesday unless Ottawa backs down.",
        [date(2026, 3, 14)],
    ),
    ("en", THU, "The team plays again a week from Sunday.", []),
    ("en", MON, "A week from Friday the choir performs in Leeds.", []),
    ("en", TUE, "Drivers must renew their permits a month from Monday.", [date(2026, 7, 15)]),
    ("en", THU, "The ban takes effect 30 days from today.", [date(2026, 10, 31)]),
    (
        "en",
        MON,
        "Teachers threatened to stop work three days from Thursday if pay is not restored.",
        [date(2026, 3, 8)],
    ),
    ("en", TUE, "The new timetable starts a week from Monday.", []),
    # second batch
    (
        "en",
        THU,
        "Pilots will stage a 48-hour stoppage a week from Saturday unless the airline reinstates the two captains.",
        [date(2026, 10, 10)],
    ),
    ("en", TUE, "Landlords have until a week from Friday to register their flats.", [date(2026, 6, 19)]),
    ("en", THU, "The concert, a week from Saturday, is already sold out.", []),
    ("en", MON, "Two weeks from Thursday, the museum reopens its east wing.", []),
    ("en", TUE, "The ministry said the ban would start ten days from now.", [date(2026, 6, 19)]),
    ("en", THU, "Three days from Monday, the ferry resumed its schedule.", []),
    (
        "en",
        MON,
        "The government warned that sanctions would follow a month from Friday if the troops stay.",
        [date(2026, 4, 6)],
    ),
    ("en", TUE, "Results are due out a week from Thursday.", []),
    (
        "en",
        THU,
        "Growers must stop spraying two weeks from Monday, under the court order.",
        [date(2026, 10, 19)],
    ),
    # third batch, after a dev article's "is due a week from Friday": a deadline marker before it
    ("en", THU, "The final package is due a week from Friday.", [date(2026, 10, 9)]),
    ("en", MON, "Applications are due two weeks from Monday.", [date(2026, 3, 16)]),
    ("en", TUE, "The grace period expires ten days from tomorrow.", [date(2026, 6, 20)]),
    ("en", TUE, "Results are due out a week from Thursday.", []),
    ("en", THU, "The match is a week from Sunday.", []),
    ("en", MON, "The offer ends a month from today.", [date(2026, 4, 2)]),
]

# A limit someone has or is given after an if-clause of an undated event ("If the appeal is
# rejected, the club will have seven days", "Si el juzgado admite el recurso, la empresa tendrá
# veinte días"): it counts from that event, so no due; a threat's condition ("If no deal is
# reached") or a day in the clause keeps the due. Before: 4 of 12 (first batch), 3 of 12 (second,
# written after the first change, 7 of 12 with it, 8 of 12 once a mid-sentence "and if" counted).
IF_EVENTS: list[Case] = [
    ("en", TUE, "If the appeal is rejected, the club will have seven days to pay the fine.", []),
    ("es", TUE, "Si el juzgado admite el recurso, la empresa tendrá veinte días para presentar pruebas.", []),
    ("en", THU, "If the bill passes, landlords will have 90 days to register their flats.", []),
    ("es", THU, "Si el Congreso aprueba la ley, los bancos dispondrán de seis meses para adaptarse.", []),
    ("en", MON, "If the ruling is upheld, the ministry will have 30 days to reinstate the officers.", []),
    ("en", MON, "If no deal is reached, the union will strike in ten days.", [date(2026, 3, 12)]),
    (
        "en",
        TUE,
        "If the company does not pay, the regulator will give it 48 hours to appeal.",
        [date(2026, 6, 11)],
    ),
    (
        "en",
        THU,
        "The club has seven days to pay the fine, and if it does not, it will be relegated.",
        [date(2026, 10, 8)],
    ),
    (
        "es",
        THU,
        "La empresa tiene diez días para recurrir; si no lo hace, la multa será firme.",
        [date(2026, 10, 11)],
    ),
    ("en", TUE, "If the weather holds, crews will have 48 hours to finish the roof.", []),
    ("es", MON, "Si la asamblea lo ratifica, el sindicato dará a la empresa 72 horas para responder.", []),
    # second batch
    ("en", THU, "If the merger is approved, shareholders will have 20 days to sell their shares.", []),
    (
        "es",
        TUE,
        "Si el Supremo confirma la condena, el exalcalde tendrá diez días para ingresar en prisión.",
        [],
    ),
    ("en", TUE, "If the ceasefire holds, aid agencies will have 72 hours to reach the town.", []),
    (
        "en",
        MON,
        "If the firm does not comply, the court will give it ten days to explain itself.",
        [date(2026, 3, 12)],
    ),
    (
        "es",
        TUE,
        "Si el club no paga, la liga le dará 15 días para hacerlo antes de descontarle puntos.",
        [date(2026, 6, 24)],
    ),
    (
        "en",
        THU,
        "The tribunal gave the company 30 days to respond, and if it does, the claimants will have two weeks to reply.",
        [date(2026, 10, 31)],
    ),
    ("en", TUE, "If you were a customer, you have 30 days to claim a refund, the bank said.", []),
    (
        "es",
        THU,
        "Los afectados tienen 30 días para reclamar, si lo desean, según la aseguradora.",
        [date(2026, 10, 31)],
    ),
]

# A sentence that opens on the end of the deadline set before ("Once the deadline passes, the agency
# will have 30 days", "Si al vencer ese plazo …, dispondrá de tres meses más"): the duration counts
# from that due, when the earlier deadlines fall on one day only. Written after a dev article of the
# 12 added on 30 Nov missed it (its two earlier dues leave it unread, as the last case here).
# Before: 3 of 10; 9 of 10 after (kept here).
DUE_HEADS: list[Case] = [
    (
        "es",
        THU,
        "La empresa tiene hasta el 30 de octubre para vender las tiendas. Si al vencer ese plazo quedan locales sin comprador, el administrador dispondrá de dos meses más para venderlos.",
        [date(2026, 10, 30), date(2026, 12, 30)],
    ),
    (
        "en",
        TUE,
        "Bidders have until June 30 to submit offers. Once the deadline passes, the agency will have 30 days to pick a winner.",
        [date(2026, 6, 30), date(2026, 7, 30)],
    ),
    (
        "en",
        MON,
        "The grace period ends on March 16. When it expires, creditors will have ten days to demand payment.",
        [date(2026, 3, 16), date(2026, 3, 26)],
    ),
    (
        "es",
        TUE,
        "Los vecinos pueden presentar alegaciones hasta el 19 de junio. Una vez cerrado el plazo, el ayuntamiento tendrá un mes para resolver.",
        [date(2026, 6, 19), date(2026, 7, 19)],
    ),
    (
        "en",
        THU,
        "The union gave the firm until Oct. 9 to answer. If that deadline passes without a reply, members will have 48 hours to vote on a strike.",
        [date(2026, 10, 9), date(2026, 10, 11)],
    ),
    (
        "es",
        MON,
        "El plazo de inscripción termina el 20 de marzo. Tras el cierre, los clubes tendrán cinco días para pagar la cuota.",
        [date(2026, 3, 20), date(2026, 3, 25)],
    ),
    (
        "en",
        TUE,
        "Registration closes on June 12. Once the plan arrives, the board will have 30 days to approve it.",
        [date(2026, 6, 12)],
    ),
    (
        "en",
        MON,
        "Comments are due by March 13. When the hearing ends, the judge will have 60 days to rule.",
        [date(2026, 3, 13)],
    ),
    (
        "es",
        THU,
        "La empresa tiene hasta el 30 de octubre para vender. Antes del 10 de octubre deberá nombrar un mandatario. Si al vencer ese plazo quedan locales, el mandatario dispondrá de dos meses más.",
        [date(2026, 10, 30), date(2026, 10, 10)],
    ),
]

# A Spanish expiry verb in the plural ("Las ofertas vencen el 15 de octubre", "Los permisos expiran el
# viernes") marks a due as the singular does. Before: 4 of 8 (first batch), 7 of 9 (second); now 7
# of 8 and 9 of 9.
PLURAL_EXPIRIES: list[Case] = [
    ("es", THU, "Las ofertas vencen el 15 de octubre.", [date(2026, 10, 15)]),
    ("es", THU, "Las licencias caducan el 31 de diciembre.", [date(2026, 12, 31)]),
    ("es", TUE, "Los permisos expiran el viernes.", [date(2026, 6, 12)]),
    ("en", THU, "The licences expire on Dec. 31.", [date(2026, 12, 31)]),
    ("en", THU, "Bids close on Oct. 15.", [date(2026, 10, 15)]),
    ("en", TUE, "The permits run out on Friday.", [date(2026, 6, 12)]),
    ("es", THU, "Los contratos vencieron el 30 de septiembre.", []),
    # second batch: plural ends of events stay none (a plural of "termina" read them as dues, and was dropped)
    ("es", TUE, "Las fiestas patronales terminan el 15 de agosto con fuegos artificiales.", []),
    ("es", MON, "Los Juegos concluyen el domingo en el estadio olímpico.", []),
    ("es", THU, "Las obras del puente acaban el lunes, según el ayuntamiento.", []),
    ("es", TUE, "Las negociaciones terminaron el viernes sin acuerdo.", []),
    (
        "es",
        THU,
        "Los avales del ICO vencen el 31 de diciembre y el sector pide prorrogarlos.",
        [date(2026, 12, 31)],
    ),
    ("es", MON, "Las moratorias hipotecarias expiran el 31 de marzo.", [date(2026, 3, 31)]),
    ("es", TUE, "Las inscripciones se cierran el 19 de junio.", [date(2026, 6, 19)]),
    ("es", THU, "Los colegios electorales cierran a las 20:00 del domingo.", []),
    ("es", MON, "Las clases terminan el 19 de junio.", []),
]

ALL = {
    "extended_by": EXTENDED_BY,
    "general_limits": GENERAL_LIMITS,
    "countdowns": COUNTDOWNS,
    "if_events": IF_EVENTS,
    "due_heads": DUE_HEADS,
    "plural_expiries": PLURAL_EXPIRIES,
}


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
