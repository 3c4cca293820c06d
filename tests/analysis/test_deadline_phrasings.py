"""Deadline phrasings of news in Spanish and English, one own sentence each (issue 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.analysis import analyze

# Friday 30 January 2026, 14:00 UTC
PUB = datetime(2026, 1, 30, 14, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")
LONDON = ZoneInfo("Europe/London")
EST = timezone(timedelta(hours=-5))
KHARTOUM = ZoneInfo("Africa/Khartoum")
NEW_YORK = ZoneInfo("America/New_York")
TORONTO = ZoneInfo("America/Toronto")
LIMA = ZoneInfo("America/Lima")
MOSCOW = ZoneInfo("Europe/Moscow")
PARIS = ZoneInfo("Europe/Paris")
BST = timezone(timedelta(hours=1))

DEADLINES_EN = [
    ("The rebels gave the army until Sunday to withdraw from the town.", date(2026, 2, 1)),
    ("The company has until March 15 to answer the union.", date(2026, 3, 15)),
    ("Contractors must submit their bids by Feb. 20, the ministry said.", date(2026, 2, 20)),
    ("The agency must publish the list no later than Feb. 10.", date(2026, 2, 10)),
    ("The permit expires on Feb. 28 and will not be renewed.", date(2026, 2, 28)),
    ("The deadline for filing objections is Feb. 16.", date(2026, 2, 16)),
    ("The union set Feb. 12 as the deadline for a new offer.", date(2026, 2, 12)),
    ("Workers will walk out in 10 days unless the company raises wages.", date(2026, 2, 9)),
    ("The board has two weeks to approve the plan, the judge ruled.", date(2026, 2, 13)),
    (
        "The truce holds until midnight GMT on Sunday, the mediators said.",
        datetime(2026, 2, 2, 0, 0, tzinfo=UTC),
    ),
    ("The ceasefire expires at 6 p.m. GMT on Saturday.", datetime(2026, 1, 31, 18, 0, tzinfo=UTC)),
    ("The strike will begin on Monday if no agreement is reached.", date(2026, 2, 2)),
    (
        "Dockers will walk out at 6 a.m. EST on Tuesday unless the company raises its offer.",
        datetime(2026, 2, 3, 6, 0, tzinfo=EST),
    ),
    ("Teachers will strike from Feb. 9 unless the province reopens talks.", date(2026, 2, 9)),
    ("The government has 48 hours to respond to the ultimatum.", datetime(2026, 2, 1, 14, 0, tzinfo=UTC)),
    ("The judge gave the company 14 days to comply with the order.", date(2026, 2, 13)),
    ("The union gave management until this Friday to improve its offer.", date(2026, 1, 30)),
    (
        "Parties have until 5 p.m. GMT on Feb. 4 to file their appeals.",
        datetime(2026, 2, 4, 17, 0, tzinfo=UTC),
    ),
    ("Applications must be in no later than noon GMT on Feb. 11.", datetime(2026, 2, 11, 12, 0, tzinfo=UTC)),
    ("The 72-hour truce will remain in place until Monday.", date(2026, 2, 2)),
    ("The tariffs are due to take effect on March 1 unless a deal is struck.", date(2026, 3, 1)),
    ("The electoral board has until Feb. 14 to proclaim the winner.", date(2026, 2, 14)),
    ("Results must be certified within 10 days, the law says.", date(2026, 2, 9)),
    (
        "Unless a deal is reached by 12:01 a.m. EST Monday, teachers will walk off the job.",
        datetime(2026, 2, 2, 0, 1, tzinfo=EST),
    ),
    ("The truce, which took effect on Thursday, is due to end on Sunday.", date(2026, 2, 1)),
    ("The walkout is scheduled to begin at 6 a.m. GMT on Feb. 10.", datetime(2026, 2, 10, 6, 0, tzinfo=UTC)),
    ("Rail workers will stage a 48-hour strike starting Feb. 3 if talks fail.", date(2026, 2, 3)),
    ("The court set a March 3 deadline for the filing.", date(2026, 3, 3)),
    ("The strike will run from Monday through Wednesday unless the offer improves.", date(2026, 2, 2)),
    ("The ceasefire is set to lapse on Feb. 8.", date(2026, 2, 8)),
    (
        "The army must withdraw within the next 48 hours, the mediators said.",
        datetime(2026, 2, 1, 14, 0, tzinfo=UTC),
    ),
    (
        "The army and the RSF agreed to a seven-day truce starting at 6 a.m. GMT on Saturday.",
        datetime(2026, 2, 7, 6, 0, tzinfo=UTC),
    ),
    (
        "Talks resumed ahead of Saturday's 5 p.m. deadline, in London.",
        datetime(2026, 1, 31, 17, 0, tzinfo=LONDON),
    ),
    ("The last day to register is Feb. 10, the commission said.", date(2026, 2, 10)),
    ("If no deal is reached, teachers will begin rotating strikes on Monday.", date(2026, 2, 2)),
    (
        "Workers will strike from 6 a.m. GMT on Monday until 6 a.m. on Wednesday.",
        datetime(2026, 2, 2, 6, 0, tzinfo=UTC),
    ),
    # a span's start is no deadline, its end is; a bracketed wire time is the same instant
    (
        "A 72-hour truce in Sudan will take effect at 6 a.m. (0400 GMT) on Saturday.",
        datetime(2026, 2, 3, 6, 0, tzinfo=KHARTOUM),
    ),
    ("The truce in Sudan is due to expire at 0600 GMT on Monday.", datetime(2026, 2, 2, 6, 0, tzinfo=UTC)),
    ("The truce will last 72 hours from 6 a.m. on Saturday.", datetime(2026, 2, 3, 6, 0, tzinfo=UTC)),
    # a measure's own length: its start is the deadline
    ("Doctors plan to strike for 48 hours from Feb. 11.", date(2026, 2, 11)),
    ("The strike will last 48 hours from 00:01 on Feb. 3.", datetime(2026, 2, 3, 0, 1, tzinfo=UTC)),
    # wider wire phrasings (issue 3: generalise beyond the dev articles)
    ("Bidders must submit offers by the end of Monday.", date(2026, 2, 2)),
    ("The company must respond no later than March 15.", date(2026, 3, 15)),
    ("The amnesty expires at 11:59 p.m. ET on Thursday.", datetime(2026, 2, 5, 23, 59, tzinfo=NEW_YORK)),
    ("The offer expires at 5 p.m. ET on March 20.", datetime(2026, 3, 20, 17, 0, tzinfo=NEW_YORK)),
    ("The truce ends at midnight BST on April 2.", datetime(2026, 4, 3, 0, 0, tzinfo=BST)),
    ("The ceasefire will hold until Sunday midnight.", datetime(2026, 2, 2, 0, 0, tzinfo=UTC)),
    (
        "Protesters were told to leave the square by 5 p.m. local time.",
        datetime(2026, 1, 30, 17, 0, tzinfo=UTC),
    ),
    ("Borrowers will get a 30-day grace period.", date(2026, 3, 1)),
    ("The funding runs out on March 13.", date(2026, 3, 13)),
    ("The ultimatum runs out at 8 p.m. on Saturday.", datetime(2026, 1, 31, 20, 0, tzinfo=UTC)),
    ("The deadline was pushed back to Feb. 27.", date(2026, 2, 27)),
    ("The commission extended the deadline for filing challenges by five days, to Feb. 9.", date(2026, 2, 9)),
    ("The union issued a 72-hour ultimatum to the company.", datetime(2026, 2, 2, 14, 0, tzinfo=UTC)),
    ("The ban will come into force on March 15 unless lawmakers object.", date(2026, 3, 15)),
    ("Tariffs of 25% will kick in on March 4.", date(2026, 3, 4)),
    ("Negotiators are racing against a Wednesday deadline.", date(2026, 2, 4)),
    ("The group has until 6 p.m. Sunday to respond.", datetime(2026, 2, 1, 18, 0, tzinfo=UTC)),
    ("The deadline is midnight on Feb. 28.", datetime(2026, 3, 1, 0, 0, tzinfo=UTC)),
    ("The law gives employers 90 days to comply.", date(2026, 4, 30)),
    ("Staff were told to return to work by Wednesday or face dismissal.", date(2026, 2, 4)),
    ("Hospitals have until Friday, Feb. 13, to file their reports.", date(2026, 2, 13)),
    ("The company has until close of business on Thursday to respond.", date(2026, 2, 5)),
    ("The army was given a week to pull back its troops.", date(2026, 2, 6)),
    ("Ontario teachers will walk off the job Monday if no deal is reached.", date(2026, 2, 2)),
    (
        "The union set a strike deadline of 12:01 a.m. Monday in Ontario.",
        datetime(2026, 2, 2, 0, 1, tzinfo=TORONTO),
    ),
    (
        "The RMT gave train operators in Britain until 5pm on Wednesday to table a better offer.",
        datetime(2026, 2, 4, 17, 0, tzinfo=LONDON),
    ),
    ("Members of the RMT will walk out on Tuesday 10 February and Thursday 12 February.", date(2026, 2, 10)),
    ("The agency must file its report within 10 business days.", date(2026, 2, 13)),
    ("Parties must file their responses on or before Feb. 17.", date(2026, 2, 17)),
    ("Talks must conclude before midnight on Sunday.", datetime(2026, 2, 2, 0, 0, tzinfo=UTC)),
    (
        "The army agreed to a seven-day humanitarian truce that will take effect at 6 a.m. GMT on Saturday.",
        datetime(2026, 2, 7, 6, 0, tzinfo=UTC),
    ),
    ("RMT members will strike on 18, 20 and 22 February, the union said.", date(2026, 2, 18)),
    ("Teachers in Ontario could be on strike as early as Monday.", date(2026, 2, 2)),
    ("With 10 days left before the deadline, talks resumed.", date(2026, 2, 9)),
    ("Wednesday is the deadline for bids.", date(2026, 2, 4)),
    ("Strikes will begin from 0001 BST on Saturday.", datetime(2026, 1, 31, 0, 1, tzinfo=BST)),
    ("The jury will proclaim the winner on June 30 at the latest.", date(2026, 6, 30)),
    ("The union was given until Friday to respond.", date(2026, 2, 6)),
    ("Negotiators have until early Monday to reach a deal.", date(2026, 2, 2)),
    ("The union must respond by late Friday.", date(2026, 2, 6)),
    (
        "Operators have until 5.30pm on Wednesday to respond in London.",
        datetime(2026, 2, 4, 17, 30, tzinfo=LONDON),
    ),
    ("Drivers will walk out from 00.01 on Saturday in Britain.", datetime(2026, 1, 31, 0, 1, tzinfo=LONDON)),
    ("Friday's deadline passed without a deal.", date(2026, 1, 30)),
    ("Earlier this week the union set Friday as the deadline.", date(2026, 2, 6)),
    ("The ceasefire begins at 8 a.m. on Monday and lasts 72 hours.", datetime(2026, 2, 5, 8, 0, tzinfo=UTC)),
    ("On Monday, the deadline expires.", date(2026, 2, 2)),
    ("On Sunday the truce ends, and fighting may resume.", date(2026, 2, 1)),
    ("The sides agreed to meet again before Friday's deadline.", date(2026, 2, 6)),
    ("The strike will begin on Feb. 3, at 6 a.m.", datetime(2026, 2, 3, 6, 0, tzinfo=UTC)),
    ("The truce expires at 6 a.m. Khartoum time on Saturday.", datetime(2026, 1, 31, 6, 0, tzinfo=KHARTOUM)),
    ("A 48-hour ceasefire starting tomorrow was agreed.", date(2026, 2, 2)),
    ("The deadline expires at the end of the day on Friday.", date(2026, 2, 6)),
    ("On March 1 the tariffs will take effect unless a deal is reached.", date(2026, 3, 1)),
    ("Drivers will stage an overtime ban from 1 to 6 March.", date(2026, 3, 1)),
    ("Members will take industrial action on Feb. 9 unless the offer improves.", date(2026, 2, 9)),
    # a dateless time already gone on the day of publication is the coming one
    (
        "Teachers will walk off the job at 12:01 a.m. if no deal is reached.",
        datetime(2026, 1, 31, 0, 1, tzinfo=UTC),
    ),
    # a report dated on a weekday: its durations count from that day
    ("On Tuesday, the judge gave the company 10 days to comply.", date(2026, 2, 6)),
    (
        "The truce in Sudan was extended by 72 hours and will now expire at 6 a.m. on Wednesday.",
        datetime(2026, 2, 4, 6, 0, tzinfo=KHARTOUM),
    ),
]

DEADLINES_ES = [
    ("Los rebeldes dieron al ejército de plazo hasta el domingo para retirarse.", date(2026, 2, 1)),
    ("La empresa tiene hasta el 15 de marzo para responder al sindicato.", date(2026, 3, 15)),
    ("El Gobierno deberá aprobar el decreto a más tardar el 20 de febrero.", date(2026, 2, 20)),
    ("El plazo para presentar alegaciones vence el 16 de febrero.", date(2026, 2, 16)),
    ("La fecha límite para presentar recursos es el 10 de febrero.", date(2026, 2, 10)),
    ("El sindicato irá a la huelga en diez días si no hay acuerdo.", date(2026, 2, 9)),
    ("El juez dio a la empresa diez días para cumplir la orden.", date(2026, 2, 9)),
    ("El tribunal concedió a las partes un plazo de cinco días para alegar.", date(2026, 2, 4)),
    ("La tregua expira a medianoche del domingo, hora de Madrid.", datetime(2026, 2, 2, 0, 0, tzinfo=MADRID)),
    ("La huelga comenzará el lunes si no hay acuerdo.", date(2026, 2, 2)),
    ("Los controladores harán huelga a partir del 9 de febrero si no hay acuerdo.", date(2026, 2, 9)),
    (
        "El jurado electoral tiene de plazo hasta el 14 de febrero para proclamar al ganador.",
        date(2026, 2, 14),
    ),
    (
        "El ultimátum expira el próximo lunes a las 12:00 hora de Madrid.",
        datetime(2026, 2, 2, 12, 0, tzinfo=MADRID),
    ),
    ("Los resultados deben publicarse dentro de diez días, según la ley.", date(2026, 2, 9)),
    ("El sindicato amenaza con parar a partir del lunes si no hay aumento.", date(2026, 2, 2)),
    (
        "El alto el fuego estará vigente hasta las 18:00 del sábado, hora de Madrid.",
        datetime(2026, 1, 31, 18, 0, tzinfo=MADRID),
    ),
    ("La moratoria termina el 28 de febrero.", date(2026, 2, 28)),
    ("La compañía dispone de 48 horas para responder.", datetime(2026, 2, 1, 14, 0, tzinfo=UTC)),
    ("La huelga de controladores, convocada del 3 al 5 de febrero, sigue en pie.", date(2026, 2, 3)),
    (
        "El sindicato convocó huelga desde el 2 de febrero hasta el 4 de febrero si no hay acuerdo.",
        date(2026, 2, 2),
    ),
    ("La tregua vence este domingo a medianoche, hora de Madrid.", datetime(2026, 2, 2, 0, 0, tzinfo=MADRID)),
    ("El tribunal fijó el 10 de febrero como plazo para presentar las actas.", date(2026, 2, 10)),
    ("El último día para inscribirse es el 10 de febrero.", date(2026, 2, 10)),
    ("El jurado tiene como plazo el 12 de febrero para proclamar al ganador.", date(2026, 2, 12)),
    (
        "El paro, convocado desde las 06:00 del jueves hasta las 06:00 del viernes, hora de Madrid, sigue en pie.",
        datetime(2026, 2, 5, 6, 0, tzinfo=MADRID),
    ),
    (
        "Las tropas deberán retirarse dentro de las próximas 48 horas.",
        datetime(2026, 2, 1, 14, 0, tzinfo=UTC),
    ),
    ("La huelga indefinida arrancará el lunes 2 de febrero si no hay acuerdo.", date(2026, 2, 2)),
    ("Los sindicatos mantienen la huelga para los días 5 y 6 de febrero.", date(2026, 2, 5)),
    ("Los aranceles entrarán en vigor el 1 de marzo salvo que haya un acuerdo.", date(2026, 3, 1)),
    ("El alto el fuego estará vigente hasta las 24:00 del domingo.", datetime(2026, 2, 2, 0, 0, tzinfo=UTC)),
    ("La tregua durará 72 horas a partir de las 06:00 del sábado.", datetime(2026, 2, 3, 6, 0, tzinfo=UTC)),
    (
        "La huelga durará 48 horas a partir de las 00:00 del 3 de febrero.",
        datetime(2026, 2, 3, 0, 0, tzinfo=UTC),
    ),
    # wider wire phrasings (issue 3: generalise beyond the dev articles)
    ("El Gobierno debe responder a más tardar el lunes.", date(2026, 2, 2)),
    ("Las empresas deberán presentar sus ofertas no más tarde del 15 de marzo.", date(2026, 3, 15)),
    ("El plazo vence el lunes.", date(2026, 2, 2)),
    ("Las partes deberán alcanzar un acuerdo en un plazo de 30 días.", date(2026, 3, 1)),
    ("Hamás recibió un ultimátum de 48 horas.", datetime(2026, 2, 1, 14, 0, tzinfo=UTC)),
    ("El Gobierno amplió el plazo hasta el 27 de febrero.", date(2026, 2, 27)),
    ("Las empresas disponen de un mes para adaptarse.", date(2026, 2, 28)),
    (
        "El ultimátum vence a las 12:00 (hora de Lima) del 3 de febrero.",
        datetime(2026, 2, 3, 12, 0, tzinfo=LIMA),
    ),
    (
        "El ultimátum expira el domingo a las 23:59 hora de Moscú.",
        datetime(2026, 2, 1, 23, 59, tzinfo=MOSCOW),
    ),
    (
        "La oferta vence a las 18:00 hora de Madrid del 15 de abril.",
        datetime(2026, 4, 15, 18, 0, tzinfo=MADRID),
    ),
    ("El sindicato ha dado a la empresa una semana para reconsiderar su postura.", date(2026, 2, 6)),
    ("El pago debe efectuarse como máximo el 28 de febrero.", date(2026, 2, 28)),
    ("El plazo que dio el juez concluye mañana.", date(2026, 1, 31)),
    ("El Gobierno dio de plazo hasta el día 15 para presentar las ofertas.", date(2026, 2, 15)),
    ("El ultimátum, que Washington fijó para el 1 de marzo, sigue vigente.", date(2026, 3, 1)),
    ("La oposición dispone de diez días naturales para recurrir.", date(2026, 2, 9)),
    ("La empresa tiene cinco días hábiles para responder.", date(2026, 2, 6)),
    (
        "Las alegaciones pueden presentarse hasta las 23.59 horas del 10 de febrero.",
        datetime(2026, 2, 10, 23, 59, tzinfo=UTC),
    ),
    ("Las sanciones se aplicarán desde el 1 de marzo si Rusia no retira sus tropas.", date(2026, 3, 1)),
    ("El sindicato mayoritario convocó una huelga del 3 al 5 de julio.", date(2026, 7, 3)),
    (
        "Los controladores aéreos de Francia irán a la huelga desde las 06:00 del jueves hasta las 06:00 del sábado.",
        datetime(2026, 2, 5, 6, 0, tzinfo=PARIS),
    ),
    (
        "El juez ordenó el martes a la empresa readmitir a los trabajadores en un plazo de diez días.",
        date(2026, 2, 6),
    ),
    ("El grupo declaró un alto el fuego unilateral de 72 horas.", datetime(2026, 2, 2, 14, 0, tzinfo=UTC)),
    ("Los pilotos harán huelga los días 18, 20 y 22 de febrero.", date(2026, 2, 18)),
    ("Quedan diez días para que venza el plazo.", date(2026, 2, 9)),
    ("El miércoles es la fecha límite para presentar ofertas.", date(2026, 2, 4)),
    (
        "El alto el fuego expira a las 18.00 horas (17.00 GMT) del sábado, hora de Madrid.",
        datetime(2026, 1, 31, 18, 0, tzinfo=MADRID),
    ),
    ("El JNE proclamará a los ganadores el 30 de junio, a más tardar.", date(2026, 6, 30)),
    (
        "La tregua humanitaria de 72 horas entró en vigor a las 06:00 del martes.",
        datetime(2026, 1, 30, 6, 0, tzinfo=UTC),
    ),
    ("El plazo fue ampliado hasta el 10 de febrero.", date(2026, 2, 10)),
    ("El sindicato tiene hasta la noche del domingo para responder.", date(2026, 2, 1)),
    ("La patronal debe contestar antes de la madrugada del lunes.", date(2026, 2, 2)),
    ("El JNE tiene plazo hasta el 1ro de junio para proclamar los resultados.", date(2026, 6, 1)),
    ("El Gobierno deberá entregar el informe para el 15 de marzo.", date(2026, 3, 15)),
    ("La empresa tiene que responder para el viernes.", date(2026, 2, 6)),
    ("La tregua comienza a las 08:00 del lunes y dura 72 horas.", datetime(2026, 2, 5, 8, 0, tzinfo=UTC)),
    ("Este viernes vence el plazo para presentar las ofertas.", date(2026, 1, 30)),
    ("El domingo expira la tregua.", date(2026, 2, 1)),
    ("El plazo vence el viernes, a las 14:00 hora de Madrid.", datetime(2026, 2, 6, 14, 0, tzinfo=MADRID)),
    ("El ultimátum expira el domingo 1 de febrero, a medianoche.", datetime(2026, 2, 2, 0, 0, tzinfo=UTC)),
    # published on Friday at 09:00 Lima time: 18:00 on Friday is still ahead, so it is today
    ("El plazo vence a las 18:00 hora peruana del viernes.", datetime(2026, 1, 30, 18, 0, tzinfo=LIMA)),
    ("El alto el fuego regirá durante 48 horas a partir de mañana.", date(2026, 2, 2)),
    ("La tregua de 72 horas comenzará mañana a las 06:00.", datetime(2026, 2, 3, 6, 0, tzinfo=UTC)),
    ("Las ofertas se cierran mañana a mediodía.", datetime(2026, 1, 31, 12, 0, tzinfo=UTC)),
    ("El próximo 1 de marzo entrarán en vigor los nuevos aranceles.", date(2026, 3, 1)),
    # a threat: the date in its condition and the one after its start marker
    (
        "Si el sindicato no recibe respuesta, desde las 00:00 del jueves no despega ni un avión.",
        datetime(2026, 2, 5, 0, 0, tzinfo=UTC),
    ),
]

EVENTS_NOT_DEADLINES_EN = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "Negotiators have until the end of the month to reach a deal.",
    "The treaty must be ratified by the end of February, officials said.",
    "Lawmakers must approve the budget before the end of March.",
    "The bank must raise its capital by year-end.",
    "On Jan. 1 the law took effect.",
    "The rate was cut to 4.25% by 12 members on Tuesday.",
    "The truce held until Tuesday, when fighting resumed.",
    "The strike lasted until Thursday.",
    "Flights were grounded until 6 p.m. on Sunday.",
    "The deal was signed before Sunday's deadline.",
    "A previous strike on Feb. 20 shut down most services in the north.",
    "The committee will meet on Feb. 10 to review the bill.",
    "The election will be held on April 12.",
    "The team won 3-1 on Sunday.",
    "Under Article 15, the president may dissolve parliament.",
    "The deal will be signed next week.",
    "The strike could begin in March.",
    "Owners must pay within 14 days of receiving the bill.",
    "Candidates have three days to file appeals after the results are published.",
    "Officials said the summit would run until Feb. 12.",
    "The count will continue until Tuesday, officials said.",
    "Polls close at 8 p.m. on Sunday.",
    "The strike, due to start at 00:01 on Tuesday, was suspended after talks made progress.",
    "The forum asked the agency to process applications within 10 business days.",
    "The second round of talks was postponed until Feb. 11.",
    "The hearing was moved to Feb. 17 at the request of both parties.",
    "Voters will go to the polls on Sunday, Feb. 8.",
    "The talks lasted for three days in Geneva.",
    "Officials met on Tuesday to discuss the plan.",
    "The strike on Jan. 12 paralysed the ports.",
    "The results will be announced on Feb. 3.",
    "Turnout rose two days before the Feb. 1 vote.",
    "The talks start on Monday in Geneva.",
    "Rail workers staged a 24-hour strike on Thursday.",
    "The count began on Sunday and will finish by Tuesday's session.",
]

EVENTS_NOT_DEADLINES_ES = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "El Congreso debe ratificar el tratado antes de que termine febrero.",
    "Las partes tienen hasta finales de mes para alcanzar un acuerdo.",
    "El ministerio deberá publicar la lista antes de fin de mes.",
    "Los trabajadores, en huelga desde el lunes, no volverán al trabajo salvo que haya acuerdo.",
    "La tregua se mantuvo hasta el martes, cuando se reanudaron los combates.",
    "La huelga duró hasta el jueves.",
    "Los vuelos estuvieron suspendidos hasta las 18:00 del domingo.",
    "El conteo al 100 % concluirá el miércoles, según la ONPE.",
    "La última huelga, el 15 de febrero, provocó la cancelación de 1.500 vuelos.",
    "La comisión se reunirá el 10 de febrero.",
    "El Real Madrid ganó 3-1 el domingo.",
    "Los propietarios deben pagar en un plazo de 14 días desde que reciban la factura.",
    "El juicio se celebrará hasta el 12 de febrero en Madrid.",
    "El recuento continuará hasta el martes, según las autoridades.",
    "La conferencia durará hasta el 20 de febrero.",
    "La DGAC pidió a las aerolíneas que cancelen un tercio de sus vuelos el jueves.",
    "El grupo habría pedido una prórroga de dos semanas.",
    "Francia presentará un borrador de sanciones, que el Consejo votará el jueves.",
    "La segunda ronda de conversaciones se aplazó hasta el 11 de febrero.",
    "La vista se celebrará el 17 de febrero en Madrid.",
    "Los electores votarán el domingo 8 de febrero.",
    "Las conversaciones duraron tres días en Ginebra.",
    "La huelga, prevista para el martes, queda aplazada.",
    "Los ministros se reunieron el martes para estudiar el plan.",
    "La huelga del 12 de enero paralizó los puertos.",
    "Las conversaciones comenzarán el lunes en Ginebra.",
    "La participación subió antes de la votación del 1 de febrero.",
    "La segunda vuelta se celebrará el 7 de junio.",
]


@pytest.mark.parametrize(("text", "due"), DEADLINES_EN)
def test_en_deadline_phrasing(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize(("text", "due"), DEADLINES_ES)
def test_es_deadline_phrasing(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize("text", EVENTS_NOT_DEADLINES_EN)
def test_en_event_is_not_a_deadline(text: str) -> None:
    assert analyze(text, published=PUB, lang="en", now=NOW).deadlines == ()


@pytest.mark.parametrize("text", EVENTS_NOT_DEADLINES_ES)
def test_es_event_is_not_a_deadline(text: str) -> None:
    assert analyze(text, published=PUB, lang="es", now=NOW).deadlines == ()


def test_es_time_of_that_day_in_a_later_sentence_completes_the_deadline() -> None:
    text = (
        "Estados Unidos prorrogó hasta el 1 de abril la entrada en vigor de los aranceles. "
        'El representante precisó que se aplicarán "a las 00:01 hora de Washington" de ese día.'
    )
    a = analyze(text, published=PUB, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [datetime(2026, 4, 1, 0, 1, tzinfo=ZoneInfo("America/New_York"))]


def test_en_time_on_that_day_completes_the_deadline_named_before() -> None:
    text = "The tariffs were postponed until April 1. They will apply from 12:01 a.m. EST on that day."
    a = analyze(text, published=PUB, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [datetime(2026, 4, 1, 0, 1, tzinfo=EST)]


def test_en_time_on_that_day_without_an_earlier_deadline_gives_none() -> None:
    a = analyze("Officials will meet at 10 a.m. on that day.", published=PUB, lang="en", now=NOW)
    assert a.deadlines == ()


def test_es_time_of_that_day_is_not_the_new_due_of_an_extension() -> None:
    text = "El Gobierno prorrogó la tregua; se aplicará a las 12:00 hora de Madrid de ese día."
    a = analyze(text, published=PUB, lang="es", now=NOW)
    assert [c.new_due for c in a.changes] == [None]
    assert a.deadlines == ()
