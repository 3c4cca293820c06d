"""More wire phrasings of deadlines, non-deadlines and deadline news, es and en (issue 3).

Written from general knowledge of agency copy, not from any corpus article, to check that
deadline extraction generalises: expiries, grace periods, "no later than", durations from the
statement, times with zones, weekdays and year rollover around a mid-December publication,
conditional threats, extensions; and hard negatives (scheduled events, past spans, requested or
proposed limits, rough lengths, figures that look like times).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.analysis import analyze
from bot.domain.models import ChangeKind

# Wednesday 16 December 2026, 10:00 UTC: a day without a year may fall in January 2027
PUB = datetime(2026, 12, 16, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")

DEADLINES_EN = [
    ("The union gave the company until Jan. 8 to present a new offer.", date(2027, 1, 8)),
    (
        "The rebels set a 48-hour ultimatum for the release of the hostages.",
        datetime(2026, 12, 18, 10, 0, tzinfo=UTC),
    ),
    ("The licence expires on Dec. 31.", date(2026, 12, 31)),
    ("The grace period lapses on Jan. 4, the bondholders said.", date(2027, 1, 4)),
    ("Under the ruling, the agency must comply within 30 days.", date(2027, 1, 15)),
    ("The ministry must hand over the documents no later than Friday.", date(2026, 12, 18)),
    (
        "Bondholders have until 5 p.m. New York time on Jan. 15 to tender their notes.",
        datetime(2027, 1, 15, 17, 0, tzinfo=NEW_YORK),
    ),
    ("The government was given until Monday to respond.", date(2026, 12, 21)),
    ("Creditors agreed to extend the grace period to Jan. 12.", date(2027, 1, 12)),
    ("The court gave lawmakers 60 days to redraw the map.", date(2027, 2, 14)),
    ("The embargo will come into force at 00:01 GMT on Jan. 1.", datetime(2027, 1, 1, 0, 1, tzinfo=UTC)),
    ("The strike will go ahead on Friday unless management returns to the table.", date(2026, 12, 18)),
    (
        "Nurses said they would walk out on Dec. 22 if the hospital did not improve its offer.",
        date(2026, 12, 22),
    ),
    ("The airline has until the close of business on Thursday to file its plan.", date(2026, 12, 17)),
    ("The deadline to register objections falls on Jan. 9.", date(2027, 1, 9)),
    ("Tenders must reach the ministry before noon on Monday.", datetime(2026, 12, 21, 12, 0, tzinfo=UTC)),
    (
        "Hamas has 72 hours to accept the proposal, the mediators said.",
        datetime(2026, 12, 19, 10, 0, tzinfo=UTC),
    ),
    ("The company was ordered to reinstate the workers within 15 days.", date(2026, 12, 31)),
    ("The moratorium on evictions ends on Jan. 31.", date(2027, 1, 31)),
    ("The exemption will remain in effect until March 31.", date(2027, 3, 31)),
    (
        "The party must submit its list of candidates by midnight on Sunday.",
        datetime(2026, 12, 21, 0, 0, tzinfo=UTC),
    ),
    ("The ultimatum expires at 18:00 GMT tomorrow.", datetime(2026, 12, 17, 18, 0, tzinfo=UTC)),
    ("The regulator set Jan. 20 as the deadline for the sale.", date(2027, 1, 20)),
    ("The truce is due to run out on Saturday at midnight.", datetime(2026, 12, 20, 0, 0, tzinfo=UTC)),
    ("The bank has a 30-day grace period to make the payment.", date(2027, 1, 15)),
    ("The interim order stays in place until Jan. 6.", date(2027, 1, 6)),
    ("Dockworkers plan to strike from Dec. 28 unless the port authority backs down.", date(2026, 12, 28)),
    ("Lawmakers face a Friday deadline to pass a stopgap bill.", date(2026, 12, 18)),
    (
        "The government has given the protesters until 6 p.m. on Thursday to clear the square.",
        datetime(2026, 12, 17, 18, 0, tzinfo=UTC),
    ),
    (
        "The deadline for the payment is 11:59 p.m. ET on Dec. 31.",
        datetime(2026, 12, 31, 23, 59, tzinfo=NEW_YORK),
    ),
    ("The union's ultimatum expires at midnight.", datetime(2026, 12, 17, 0, 0, tzinfo=UTC)),
    ("The fund must return the money within 10 working days.", date(2026, 12, 30)),
    (
        "If the government does not respond by Monday, the union will call a general strike.",
        date(2026, 12, 21),
    ),
    ("The sanctions take effect on Jan. 1 unless Moscow withdraws its troops.", date(2027, 1, 1)),
    ("The company must pay the fine within two months.", date(2027, 2, 16)),
    ("The suspension expires on Jan. 3, 2027.", date(2027, 1, 3)),
    (
        "Seafarers will stop work at 8 a.m. on Monday if the owners do not sign.",
        datetime(2026, 12, 21, 8, 0, tzinfo=UTC),
    ),
    ("Residents were told to evacuate by 6 a.m. on Friday.", datetime(2026, 12, 18, 6, 0, tzinfo=UTC)),
    ("Companies have until Jan. 31 to comply with the new rules, the commission said.", date(2027, 1, 31)),
    ("The court set a Jan. 7 deadline for the government to respond.", date(2027, 1, 7)),
    ("Voters must register by Jan. 5 to take part in the referendum.", date(2027, 1, 5)),
    ("The ceasefire is set to expire on Saturday, Dec. 19.", date(2026, 12, 19)),
    ("Kyiv has until Jan. 15 to sign the agreement, a U.S. official said.", date(2027, 1, 15)),
    ("The EU gave Hungary two months to change the law.", date(2027, 2, 16)),
    ("The offer is valid until Dec. 23.", date(2026, 12, 23)),
    ("The tariffs would rise to 50% on Jan. 1 if no deal is reached.", date(2027, 1, 1)),
    ("A 24-hour general strike is set for Tuesday.", date(2026, 12, 22)),
    ("The ultimatum, issued on Monday, expires on Thursday.", date(2026, 12, 17)),
    ("Bidders must lodge their offers by 12:00 GMT on Jan. 10.", datetime(2027, 1, 10, 12, 0, tzinfo=UTC)),
    ("The prosecutor has 10 days to appeal.", date(2026, 12, 26)),
    ("Pilots threatened to strike from Jan. 4.", date(2027, 1, 4)),
    ("The strike, scheduled for Monday, will go ahead, the union said.", date(2026, 12, 21)),
    ("Applicants must file within 90 days.", date(2027, 3, 16)),
    ("The authorities gave the miners a week to leave the site.", date(2026, 12, 23)),
    ("The two sides now have until Jan. 10 to finalise the text.", date(2027, 1, 10)),
    ("The waiver is good through Jan. 31.", date(2027, 1, 31)),
    ("The agreement expires at midnight on Dec. 31.", datetime(2027, 1, 1, 0, 0, tzinfo=UTC)),
    ("Payment is due on Jan. 2, the lender said.", date(2027, 1, 2)),
    ("The company has 21 days to respond to the complaint.", date(2027, 1, 6)),
    ("The pause in attacks will last until Sunday, the Kremlin said.", date(2026, 12, 20)),
    ("Kenya's parliament must pass the budget before Dec. 30.", date(2026, 12, 30)),
    ("The rebels must lay down their arms within 72 hours.", datetime(2026, 12, 19, 10, 0, tzinfo=UTC)),
    ("A 60-day moratorium on repayments will end on Feb. 14.", date(2027, 2, 14)),
    ("The window for appeals closes on Jan. 11.", date(2027, 1, 11)),
]

DEADLINES_ES = [
    (
        "El sindicato dio a la empresa de plazo hasta el 8 de enero para presentar una nueva oferta.",
        date(2027, 1, 8),
    ),
    ("La licencia caduca el 31 de diciembre.", date(2026, 12, 31)),
    ("El periodo de gracia vence el 4 de enero, según los bonistas.", date(2027, 1, 4)),
    ("Según la sentencia, el organismo deberá cumplir en un plazo de 30 días.", date(2027, 1, 15)),
    ("El ministerio deberá entregar los documentos a más tardar el viernes.", date(2026, 12, 18)),
    (
        "Los tenedores tienen hasta las 17:00 hora de Nueva York del 15 de enero para canjear sus bonos.",
        datetime(2027, 1, 15, 17, 0, tzinfo=NEW_YORK),
    ),
    ("Los acreedores aceptaron ampliar el periodo de gracia hasta el 12 de enero.", date(2027, 1, 12)),
    ("El tribunal dio a los diputados 60 días para rehacer el mapa.", date(2027, 2, 14)),
    ("El embargo entrará en vigor a las 00:01 GMT del 1 de enero.", datetime(2027, 1, 1, 0, 1, tzinfo=UTC)),
    (
        "Las enfermeras irán a la huelga el 22 de diciembre si el hospital no mejora su oferta.",
        date(2026, 12, 22),
    ),
    (
        "Las ofertas deben llegar al ministerio antes del mediodía del lunes.",
        datetime(2026, 12, 21, 12, 0, tzinfo=UTC),
    ),
    (
        "Hamás tiene 72 horas para aceptar la propuesta, dijeron los mediadores.",
        datetime(2026, 12, 19, 10, 0, tzinfo=UTC),
    ),
    ("Se ordenó a la empresa readmitir a los trabajadores en un plazo de 15 días.", date(2026, 12, 31)),
    ("La moratoria de desahucios termina el 31 de enero.", date(2027, 1, 31)),
    ("La exención seguirá vigente hasta el 31 de marzo.", date(2027, 3, 31)),
    (
        "El partido debe presentar su lista de candidatos antes de la medianoche del domingo.",
        datetime(2026, 12, 21, 0, 0, tzinfo=UTC),
    ),
    ("El ultimátum expira mañana a las 18:00 GMT.", datetime(2026, 12, 17, 18, 0, tzinfo=UTC)),
    ("El regulador fijó el 20 de enero como fecha límite para la venta.", date(2027, 1, 20)),
    ("La tregua expira el sábado a medianoche.", datetime(2026, 12, 20, 0, 0, tzinfo=UTC)),
    ("El banco cuenta con un periodo de gracia de 30 días para efectuar el pago.", date(2027, 1, 15)),
    (
        "Los estibadores harán huelga a partir del 28 de diciembre salvo que la autoridad portuaria dé marcha atrás.",
        date(2026, 12, 28),
    ),
    (
        "El Gobierno dio a los manifestantes hasta las 18:00 del jueves para desalojar la plaza.",
        datetime(2026, 12, 17, 18, 0, tzinfo=UTC),
    ),
    (
        "El plazo para el pago vence a las 23:59 del 31 de diciembre, hora de Nueva York.",
        datetime(2026, 12, 31, 23, 59, tzinfo=NEW_YORK),
    ),
    ("El ultimátum del sindicato vence a medianoche.", datetime(2026, 12, 17, 0, 0, tzinfo=UTC)),
    ("El fondo deberá devolver el dinero en diez días hábiles.", date(2026, 12, 30)),
    (
        "Si el Gobierno no responde antes del lunes, el sindicato convocará una huelga general.",
        date(2026, 12, 21),
    ),
    ("Las sanciones entrarán en vigor el 1 de enero salvo que Moscú retire sus tropas.", date(2027, 1, 1)),
    ("La empresa deberá pagar la multa en un plazo de dos meses.", date(2027, 2, 16)),
    ("La suspensión caduca el 3 de enero de 2027.", date(2027, 1, 3)),
    ("El tribunal fijó el 7 de enero como plazo para que el Gobierno responda.", date(2027, 1, 7)),
    (
        "Los votantes deben inscribirse antes del 5 de enero para participar en el referéndum.",
        date(2027, 1, 5),
    ),
    ("La tregua vence el sábado 19 de diciembre.", date(2026, 12, 19)),
    (
        "Kiev tiene hasta el 15 de enero para firmar el acuerdo, según un funcionario estadounidense.",
        date(2027, 1, 15),
    ),
    ("La UE dio a Hungría dos meses para cambiar la ley.", date(2027, 2, 16)),
    ("La oferta es válida hasta el 23 de diciembre.", date(2026, 12, 23)),
    ("Los aranceles subirán al 50 % el 1 de enero si no hay acuerdo.", date(2027, 1, 1)),
    ("Una huelga general de 24 horas está convocada para el martes.", date(2026, 12, 22)),
    ("El ultimátum, emitido el lunes, vence el jueves.", date(2026, 12, 17)),
    (
        "Los licitadores deben presentar sus ofertas antes de las 12:00 GMT del 10 de enero.",
        datetime(2027, 1, 10, 12, 0, tzinfo=UTC),
    ),
    ("La fiscalía tiene diez días para recurrir.", date(2026, 12, 26)),
    ("Los pilotos amenazaron con ir a la huelga a partir del 4 de enero.", date(2027, 1, 4)),
    ("La huelga, convocada para el lunes, se mantiene, dijo el sindicato.", date(2026, 12, 21)),
    ("Los solicitantes disponen de 90 días para presentar la solicitud.", date(2027, 3, 16)),
    ("Las autoridades dieron a los mineros una semana para abandonar el lugar.", date(2026, 12, 23)),
    ("El plazo de presentación de ofertas finaliza el 10 de enero.", date(2027, 1, 10)),
    ("El contrato vence el próximo 31 de enero.", date(2027, 1, 31)),
    ("La empresa tiene de plazo hasta el viernes para responder.", date(2026, 12, 18)),
    (
        "Los transportistas pararán a partir de las 00:00 del lunes si no se retira el impuesto.",
        datetime(2026, 12, 21, 0, 0, tzinfo=UTC),
    ),
    ("El alto el fuego concluye a las 12:00 del domingo.", datetime(2026, 12, 20, 12, 0, tzinfo=UTC)),
    ("El Congreso tiene hasta el 20 de diciembre para aprobar los presupuestos.", date(2026, 12, 20)),
    ("El Gobierno aplazó hasta el 15 de enero la entrada en vigor del impuesto.", date(2027, 1, 15)),
    ("El plazo se agota el 9 de enero.", date(2027, 1, 9)),
    ("La prórroga concedida por los acreedores vence el 2 de febrero.", date(2027, 2, 2)),
    ("El juez concedió a la defensa una prórroga de diez días.", date(2026, 12, 26)),
    ("El sindicato amenaza con una huelga indefinida desde el 7 de enero.", date(2027, 1, 7)),
    ("Antes de que acabe el día 20, la empresa deberá presentar el plan.", date(2026, 12, 20)),
    ("El Ejecutivo dispone de un plazo de tres meses para reglamentar la ley.", date(2027, 3, 16)),
    ("Hasta el 30 de diciembre podrán presentarse alegaciones.", date(2026, 12, 30)),
    (
        "El juzgado dio de plazo hasta las 14:00 horas del martes para entregar las pruebas.",
        datetime(2026, 12, 22, 14, 0, tzinfo=UTC),
    ),
    ("El acuerdo expira a medianoche del 31 de diciembre.", datetime(2027, 1, 1, 0, 0, tzinfo=UTC)),
    ("El pago vence el 2 de enero, indicó el prestamista.", date(2027, 1, 2)),
    ("La pausa en los ataques se mantendrá hasta el domingo, dijo el Kremlin.", date(2026, 12, 20)),
    (
        "Los rebeldes deberán entregar las armas en las próximas 72 horas.",
        datetime(2026, 12, 19, 10, 0, tzinfo=UTC),
    ),
    ("La moratoria de 60 días sobre los pagos terminará el 14 de febrero.", date(2027, 2, 14)),
    ("El periodo para presentar recursos se cierra el 11 de enero.", date(2027, 1, 11)),
    ("La empresa tiene de plazo hasta el 10 de enero para finalizar el texto.", date(2027, 1, 10)),
]

NOT_DEADLINES_EN = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "The temporary permit runs out at the end of the year.",
    "Parliament has until the end of January to ratify the accord.",
    "The board will meet on Jan. 12 to discuss the budget.",
    "The hearing is scheduled for Jan. 20.",
    "The vote on the bill is expected on Thursday.",
    "The previous ceasefire expired on Nov. 30.",
    "The festival runs until Jan. 3.",
    "Sales rose 12% in the 12 months to November.",
    "The company reported revenue of 3.15 million in the third quarter.",
    "The union has asked for a response within 48 hours.",
    "Opposition leaders proposed a deadline of Jan. 15 for the talks.",
    "The talks could take several weeks.",
    "Fighting lasted for about three days.",
    "The museum is open until 6 p.m. on weekdays.",
    "The exhibition will close on Jan. 31.",
    "About 2,000 people marched on Saturday.",
    "The agreement was signed on Dec. 10 after five days of talks.",
    "The strike ended on Monday after the union accepted the offer.",
    "Parliament will vote on the budget on Dec. 22.",
    "The old contract expired at the end of October.",
    "The mine has been closed for two weeks.",
    "Prices fell 4.5 percent in the 24 hours after the announcement.",
    "The summit will run from Jan. 8 to Jan. 10 in Geneva.",
    "The company said it hoped to finish the work within a year.",
    "The minister will travel to Brussels on Monday.",
    "Negotiators met until 2 a.m. on Tuesday.",
    "The court will hear the case on Jan. 14.",
    "Talks will resume on Jan. 5 after the holiday break.",
    "Elections are due in March.",
    "The strike was called off on Tuesday after a last-minute deal.",
    "The ministry wants the reform approved next year.",
    "Shares closed at 14.30 on Friday.",
    "Flights resumed on Monday after a 48-hour stoppage.",
    "The president called for a ceasefire within 24 hours.",
    "The committee recommended that the work be completed by June 30.",
    "Workers have been on strike since Dec. 1.",
    "The law, which expired in 2019, was never renewed.",
    "The plant has operated at 70% capacity since March 3.",
    "The markets will open at 9 a.m. on Monday.",
    "Owners have 30 days from the date of the notice to pay.",
    "The truce lasted until dawn on Tuesday.",
    "The funeral will take place on Saturday.",
]

NOT_DEADLINES_ES = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "El permiso temporal expira a finales de año.",
    "El Parlamento tiene hasta finales de enero para ratificar el acuerdo.",
    "La junta se reunirá el 12 de enero para debatir el presupuesto.",
    "La vista está prevista para el 20 de enero.",
    "La votación del proyecto se espera para el jueves.",
    "El anterior alto el fuego expiró el 30 de noviembre.",
    "El festival se prolongará hasta el 3 de enero.",
    "Las ventas subieron un 12 % en los 12 meses hasta noviembre.",
    "El sindicato ha pedido una respuesta en un plazo de 48 horas.",
    "La oposición propuso el 15 de enero como fecha límite para las negociaciones.",
    "Los combates duraron unos tres días.",
    "El museo abre hasta las 18:00 entre semana.",
    "La exposición cerrará el 31 de enero.",
    "Unas 2.000 personas marcharon el sábado.",
    "El acuerdo se firmó el 10 de diciembre tras cinco días de negociaciones.",
    "La huelga terminó el lunes después de que el sindicato aceptara la oferta.",
    "El Parlamento votará los presupuestos el 22 de diciembre.",
    "La mina lleva cerrada dos semanas.",
    "La cumbre se celebrará del 8 al 10 de enero en Ginebra.",
    "La empresa espera terminar las obras en un plazo de un año.",
    "El ministro viajará a Bruselas el lunes.",
    "Los negociadores estuvieron reunidos hasta las 2:00 del martes.",
    "El tribunal verá el caso el 14 de enero.",
    "Las conversaciones se reanudarán el 5 de enero tras las fiestas.",
    "Las elecciones están previstas para marzo.",
    "La huelga fue desconvocada el martes tras un acuerdo de última hora.",
    "El Gobierno quiere aprobar la reforma el próximo año.",
    "Las acciones cerraron a 14,30 euros el viernes.",
    "Los vuelos se reanudaron el lunes tras un paro de 48 horas.",
    "El presidente pidió un alto el fuego en un plazo de 24 horas.",
    "Las partes tienen 48 horas, a contar desde la notificación, para alegar.",
    "La comisión recomendó que las obras terminen antes del 30 de junio.",
    "Los trabajadores cumplen hoy diez días de huelga.",
    "El decreto, que venció en 2019, nunca se renovó.",
    "La planta funciona al 70 % desde el 3 de marzo.",
    "Los mercados abrirán a las 9:00 del lunes.",
    "Los trabajadores están en huelga desde el 1 de diciembre.",
    "La tregua se mantuvo hasta el amanecer del martes.",
    "El funeral se celebrará el sábado.",
    "Los propietarios tienen 30 días desde la fecha de la notificación para pagar.",
]

CHANGES_EN = [
    ("The union called off the strike planned for Monday.", ChangeKind.CANCEL),
    ("The company met the Friday deadline and paid the coupon.", ChangeKind.MEET),
    ("The truce was violated within hours, the army said.", ChangeKind.BREAK),
    ("The bondholders extended the grace period to Jan. 12.", ChangeKind.EXTEND),
    ("The government withdrew the ultimatum on Tuesday.", ChangeKind.CANCEL),
    ("The union postponed the strike until Jan. 10.", ChangeKind.EXTEND),
    ("The issuer failed to make the coupon payment due on Dec. 15.", ChangeKind.BREAK),
    ("The rebels freed the hostages before the deadline expired.", ChangeKind.MEET),
    ("The regulator gave the bank two more weeks, until Dec. 30, to raise capital.", ChangeKind.EXTEND),
    ("The strike was suspended after the company improved its offer.", ChangeKind.CANCEL),
]

CHANGES_ES = [
    ("El sindicato desconvocó la huelga prevista para el lunes.", ChangeKind.CANCEL),
    ("La empresa cumplió el plazo y pagó el cupón.", ChangeKind.MEET),
    ("La tregua fue violada a las pocas horas.", ChangeKind.BREAK),
    ("Los bonistas ampliaron el periodo de gracia hasta el 12 de enero.", ChangeKind.EXTEND),
    ("El Gobierno retiró el ultimátum el martes.", ChangeKind.CANCEL),
    ("El sindicato aplazó la huelga hasta el 10 de enero.", ChangeKind.EXTEND),
    ("El emisor no pagó el cupón que vencía el 15 de diciembre.", ChangeKind.BREAK),
    ("Los rebeldes liberaron a los rehenes antes de que venciera el plazo.", ChangeKind.MEET),
    (
        "El regulador concedió al banco dos semanas más, hasta el 30 de diciembre, para ampliar capital.",
        ChangeKind.EXTEND,
    ),
    ("La huelga quedó suspendida tras la mejora de la oferta.", ChangeKind.CANCEL),
]


@pytest.mark.parametrize(("text", "due"), DEADLINES_EN)
def test_en_wire_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize(("text", "due"), DEADLINES_ES)
def test_es_wire_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize("text", NOT_DEADLINES_EN)
def test_en_wire_hard_negative_gives_no_deadline(text: str) -> None:
    assert analyze(text, published=PUB, lang="en", now=NOW).deadlines == ()


@pytest.mark.parametrize("text", NOT_DEADLINES_ES)
def test_es_wire_hard_negative_gives_no_deadline(text: str) -> None:
    assert analyze(text, published=PUB, lang="es", now=NOW).deadlines == ()


@pytest.mark.parametrize(("text", "kind"), CHANGES_EN)
def test_en_wire_deadline_news_is_the_right_change(text: str, kind: ChangeKind) -> None:
    a = analyze(text, published=PUB, lang="en", now=NOW)
    assert [c.kind for c in a.changes] == [kind]


@pytest.mark.parametrize(("text", "kind"), CHANGES_ES)
def test_es_wire_deadline_news_is_the_right_change(text: str, kind: ChangeKind) -> None:
    a = analyze(text, published=PUB, lang="es", now=NOW)
    assert [c.kind for c in a.changes] == [kind]


# Monday 9 March 2026, 08:00 UTC (New York already on daylight time: ET is -04:00)
PUB2 = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)

DEADLINES_EN_2 = [
    ("Australia has 60 days to appeal the panel's ruling.", date(2026, 5, 8)),
    (
        "The hackers gave the hospital network 72 hours to pay the ransom.",
        datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
    ),
    (
        "The group threatened to publish the stolen data on Friday if the ransom is not paid.",
        date(2026, 3, 13),
    ),
    (
        "The justice ordered the company to file a response by 4 p.m. on Friday.",
        datetime(2026, 3, 13, 16, 0, tzinfo=UTC),
    ),
    (
        "The union has set a strike deadline of 12:01 a.m. on Monday, March 16.",
        datetime(2026, 3, 16, 0, 1, tzinfo=UTC),
    ),
    (
        "Unions have called a 48-hour general strike starting at midnight on March 10.",
        datetime(2026, 3, 11, 0, 0, tzinfo=UTC),
    ),
    (
        "The stoppage will begin at 00:00 on Thursday and run until 23:59 on Friday.",
        datetime(2026, 3, 12, 0, 0, tzinfo=UTC),
    ),
    (
        "The truce, which took effect at 0600 local time (0400 GMT) on Saturday, expires on Tuesday.",
        date(2026, 3, 10),
    ),
    ("The JNE has until June 30 to proclaim the winners.", date(2026, 6, 30)),
    ("Candidates have three days to file challenges.", date(2026, 3, 12)),
    ("Bondholders agreed to extend the grace period by 15 days, to March 24.", date(2026, 3, 24)),
    (
        "The ceasefire is due to expire at 6 a.m. local time on Wednesday.",
        datetime(2026, 3, 11, 6, 0, tzinfo=UTC),
    ),
    (
        "The court gave the government until 5 p.m. ET on Friday to respond.",
        datetime(2026, 3, 13, 17, 0, tzinfo=NEW_YORK),
    ),
    ("The deadline for the ransom payment is Thursday.", date(2026, 3, 12)),
    ("The recount must be completed within 10 days.", date(2026, 3, 19)),
    ("The electoral board has until March 20 to certify the results.", date(2026, 3, 20)),
    (
        "Air traffic controllers will strike from 6 a.m. on Thursday to 6 a.m. on Saturday.",
        datetime(2026, 3, 12, 6, 0, tzinfo=UTC),
    ),
    (
        "The government must respond to the demands by 5 p.m. local time on Wednesday.",
        datetime(2026, 3, 11, 17, 0, tzinfo=UTC),
    ),
    (
        "Workers will down tools at 6 a.m. on Wednesday unless the company reinstates the fired workers.",
        datetime(2026, 3, 11, 6, 0, tzinfo=UTC),
    ),
    (
        "The World Trade Organization gave Australia until Aug. 31 to bring its measures into line.",
        date(2026, 8, 31),
    ),
    ("The agreement gives both sides 90 days to finalise the text.", date(2026, 6, 7)),
    ("The humanitarian pause begins on Saturday and will last 72 hours.", date(2026, 3, 17)),
    ("The hospital has five days to restore its systems, the regulator said.", date(2026, 3, 14)),
    (
        "The unions gave the government an ultimatum that expires at midnight on Friday.",
        datetime(2026, 3, 14, 0, 0, tzinfo=UTC),
    ),
]

DEADLINES_ES_2 = [
    ("Australia tiene 60 días para apelar el fallo del grupo especial.", date(2026, 5, 8)),
    (
        "Los piratas informáticos dieron a la red hospitalaria 72 horas para pagar el rescate.",
        datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
    ),
    (
        "El grupo amenazó con publicar los datos robados el viernes si no se paga el rescate.",
        date(2026, 3, 13),
    ),
    (
        "El sindicato fijó como plazo las 00:01 del lunes 16 de marzo.",
        datetime(2026, 3, 16, 0, 1, tzinfo=UTC),
    ),
    (
        "Las centrales convocaron una huelga general de 48 horas a partir de la medianoche del martes.",
        datetime(2026, 3, 11, 0, 0, tzinfo=UTC),
    ),
    (
        "El paro comenzará a las 00:00 del jueves y se extenderá hasta las 23:59 del viernes.",
        datetime(2026, 3, 12, 0, 0, tzinfo=UTC),
    ),
    ("La tregua, que entró en vigor a las 06:00 hora local del sábado, expira el martes.", date(2026, 3, 10)),
    ("El JNE tiene plazo hasta el 30 de junio para proclamar a los ganadores.", date(2026, 6, 30)),
    ("Los candidatos tienen tres días para presentar impugnaciones.", date(2026, 3, 12)),
    (
        "Los bonistas aceptaron ampliar el periodo de gracia en 15 días, hasta el 24 de marzo.",
        date(2026, 3, 24),
    ),
    (
        "El alto el fuego expira a las 06:00 hora local del miércoles.",
        datetime(2026, 3, 11, 6, 0, tzinfo=UTC),
    ),
    (
        "El tribunal dio al Gobierno hasta las 17:00 del viernes para responder.",
        datetime(2026, 3, 13, 17, 0, tzinfo=UTC),
    ),
    ("La fecha límite para el pago del rescate es el jueves.", date(2026, 3, 12)),
    ("El recuento deberá completarse en un plazo de diez días.", date(2026, 3, 19)),
    ("La junta electoral tiene hasta el 20 de marzo para certificar los resultados.", date(2026, 3, 20)),
    (
        "Los trabajadores pararán a las 06:00 del miércoles salvo que la empresa readmita a los despedidos.",
        datetime(2026, 3, 11, 6, 0, tzinfo=UTC),
    ),
    ("La OMC dio a Australia de plazo hasta el 31 de agosto para adecuar sus medidas.", date(2026, 8, 31)),
    ("El acuerdo da a ambas partes 90 días para cerrar el texto.", date(2026, 6, 7)),
    ("La pausa humanitaria comienza el sábado y durará 72 horas.", date(2026, 3, 17)),
    ("El hospital dispone de cinco días para restablecer los sistemas.", date(2026, 3, 14)),
    (
        "Los sindicatos dieron al Gobierno un ultimátum que vence el viernes a medianoche.",
        datetime(2026, 3, 14, 0, 0, tzinfo=UTC),
    ),
]

NOT_DEADLINES_EN_2 = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "The moratorium will end at the end of March.",
    "The runoff will be held on June 7.",
    "Systems will remain offline until at least Wednesday.",
    "The strike, which began on Monday, will last until Friday.",
    "Vietnam requested consultations on March 3.",
    "The panel report will be adopted at the DSB meeting on March 27.",
    "The company paid the coupon on Tuesday, a day before the extended grace period expired.",
    "Municipal elections will be rerun on April 19 at the disputed polling station.",
]

NOT_DEADLINES_ES_2 = [
    # the end of a month or year is a month or year alone (corpus README, rule 15)
    "La moratoria concluirá a finales de marzo.",
    "La segunda vuelta se celebrará el 7 de junio.",
    "Los sistemas seguirán fuera de servicio al menos hasta el miércoles.",
    "La huelga, que comenzó el lunes, durará hasta el viernes.",
    "Vietnam solicitó consultas el 3 de marzo.",
    "El informe del grupo especial se adoptará en la reunión del OSD del 27 de marzo.",
    "La empresa pagó el cupón el martes, un día antes de que venciera el periodo de gracia ampliado.",
    "Las elecciones municipales se repetirán el 19 de abril en la mesa impugnada.",
]

CHANGES_EN_2 = [
    (
        "The company paid the coupon on Tuesday, a day before the extended grace period expired.",
        ChangeKind.MEET,
    ),
    ("The union suspended the strike planned for Thursday.", ChangeKind.CANCEL),
    ("The fighting resumed on Sunday, breaking the truce.", ChangeKind.BREAK),
    ("The union and the province reached a deal hours before the strike deadline.", ChangeKind.MEET),
    ("The WTO panel extended the compliance period to Dec. 31.", ChangeKind.EXTEND),
    (
        "Air traffic controllers called off the strike after the government withdrew the reform.",
        ChangeKind.CANCEL,
    ),
    ("The RSF violated the truce within hours, the army said.", ChangeKind.BREAK),
]

CHANGES_ES_2 = [
    (
        "La empresa pagó el cupón el martes, un día antes de que venciera el periodo de gracia ampliado.",
        ChangeKind.MEET,
    ),
    ("El sindicato suspendió la huelga prevista para el jueves.", ChangeKind.CANCEL),
    ("Los combates se reanudaron el domingo, rompiendo la tregua.", ChangeKind.BREAK),
    (
        "El sindicato y la provincia alcanzaron un acuerdo horas antes de que venciera el plazo de huelga.",
        ChangeKind.MEET,
    ),
    ("La OMC amplió el plazo de cumplimiento hasta el 31 de diciembre.", ChangeKind.EXTEND),
    ("Los controladores desconvocaron la huelga tras la retirada de la reforma.", ChangeKind.CANCEL),
    ("Las FAR violaron la tregua a las pocas horas, según el ejército.", ChangeKind.BREAK),
    ("El emisor incumplió el pago del cupón del 15 de marzo.", ChangeKind.BREAK),
]


@pytest.mark.parametrize(("text", "due"), DEADLINES_EN_2)
def test_en_topic_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize(("text", "due"), DEADLINES_ES_2)
def test_es_topic_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [due]


@pytest.mark.parametrize("text", NOT_DEADLINES_EN_2)
def test_en_topic_hard_negative_gives_no_deadline(text: str) -> None:
    assert analyze(text, published=PUB2, lang="en", now=NOW).deadlines == ()


@pytest.mark.parametrize("text", NOT_DEADLINES_ES_2)
def test_es_topic_hard_negative_gives_no_deadline(text: str) -> None:
    assert analyze(text, published=PUB2, lang="es", now=NOW).deadlines == ()


@pytest.mark.parametrize(("text", "kind"), CHANGES_EN_2)
def test_en_topic_deadline_news_is_the_right_change(text: str, kind: ChangeKind) -> None:
    assert [c.kind for c in analyze(text, published=PUB2, lang="en", now=NOW).changes] == [kind]


@pytest.mark.parametrize(("text", "kind"), CHANGES_ES_2)
def test_es_topic_deadline_news_is_the_right_change(text: str, kind: ChangeKind) -> None:
    assert [c.kind for c in analyze(text, published=PUB2, lang="es", now=NOW).changes] == [kind]


def test_undated_report_resolves_its_deadline_to_the_statement_year() -> None:
    text = "El Gobierno anunció el 2 de marzo que la empresa tiene hasta el 15 de marzo para responder."
    a = analyze(text, published=None, lang="es", now=datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    assert [d.due for d in a.deadlines] == [date(2026, 3, 15)]


def test_en_undated_report_resolves_its_deadline_to_the_statement_year() -> None:
    text = "On March 2 the court gave the company until March 16 to respond."
    a = analyze(text, published=None, lang="en", now=datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    assert [d.due for d in a.deadlines] == [date(2026, 3, 16)]


def test_a_meeting_postponed_is_no_deadline_extension() -> None:
    for text, lang in (
        ("The second round of talks could now be postponed until next week.", "en"),
        ("La segunda ronda de conversaciones se aplazó hasta el 11 de marzo.", "es"),
    ):
        assert analyze(text, published=PUB2, lang=lang, now=NOW).changes == ()


def test_a_strike_called_off_twice_in_one_article_is_one_cancel() -> None:
    text = (
        "The union called off the strike it had set for Thursday. "
        "Its board voted 9-2 to suspend the walkout, its first vote in a month."
    )
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [(c.kind, c.evidence) for c in a.changes] == [(ChangeKind.CANCEL, "called off the strike")]


def test_a_deadline_on_the_publication_weekday_with_a_time_still_ahead_is_that_day() -> None:
    friday = datetime(2026, 10, 23, 15, 40, tzinfo=UTC)
    text = "Malta's offer stands only until midnight on Friday, the ministry said."
    a = analyze(text, published=friday, lang="en", now=friday)
    assert [d.due for d in a.deadlines] == [datetime(2026, 10, 24, 0, 0, tzinfo=ZoneInfo("Europe/Malta"))]
    # a time already gone that day is next week's
    text = "The offer stands until 9 a.m. on Friday, the ministry said."
    a = analyze(text, published=friday, lang="en", now=friday)
    assert [d.due for d in a.deadlines] == [datetime(2026, 10, 30, 9, 0, tzinfo=UTC)]


def test_an_if_clause_date_followed_by_the_measure_date_is_its_condition() -> None:
    text = "Si el lago baja de 79 pies antes del 20 de marzo, los tránsitos pasarán a 27 a partir del 23 de marzo."
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [date(2026, 3, 23)]
    assert a.events == ()


def test_a_duration_recalled_from_before_is_no_new_deadline() -> None:
    text = "El sindicato dejó pasar el plazo de 72 horas que le había dado el ministro."
    assert analyze(text, published=PUB2, lang="es", now=NOW).deadlines == ()


def test_the_old_due_in_an_extension_sentence_is_no_deadline() -> None:
    text = "The rebate, which was due to lapse on March 31, was extended to April 30."
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [date(2026, 4, 30)]
    assert [(c.kind, c.new_due) for c in a.changes] == [(ChangeKind.EXTEND, date(2026, 4, 30))]


def test_a_monthly_day_and_a_proposed_date_are_neither_deadline_nor_event() -> None:
    for text, lang in (
        ("Argentina deberá pagar cada factura a más tardar el día 10 del mes siguiente.", "es"),
        ("The employers proposed that any talks wrap up by March 20.", "en"),
    ):
        a = analyze(text, published=PUB2, lang=lang, now=NOW)
        assert (a.deadlines, a.events) == ((), ())


def test_a_denied_change_is_no_change() -> None:
    for text, lang in (
        ("The Treasury said it would not extend the license again.", "en"),
        ('"Quien no presente a tiempo se expone a multas", advirtió la directora.', "es"),
    ):
        assert analyze(text, published=PUB2, lang=lang, now=NOW).changes == ()


def test_a_present_tense_meeting_on_a_weekday_is_the_coming_one() -> None:
    text = "The union's central committee meets on Thursday to settle strike logistics."
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 3, 12)]


# Thursday 2 July 2026, 16:30 UTC: summer time in London (+01:00), Paris (+02:00), New York (-04:00)
PUB3 = datetime(2026, 7, 2, 16, 30, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
PARIS = ZoneInfo("Europe/Paris")

DEADLINES_EN_3 = [
    (
        "The union said its members would strike from 00:01 BST on Monday, July 6, unless the operators made a new offer.",
        datetime(2026, 7, 6, 0, 1, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "Operators have until 5pm on Friday to respond, the union said in London.",
        datetime(2026, 7, 3, 17, 0, tzinfo=LONDON),
    ),
    (
        "The court gave the developer until 4 p.m. on Monday to file a response, in Washington.",
        datetime(2026, 7, 6, 16, 0, tzinfo=NEW_YORK),
    ),
    (
        "The committee said the grace period would expire at 5 p.m. New York time on July 15.",
        datetime(2026, 7, 15, 17, 0, tzinfo=NEW_YORK),
    ),
    (
        "The truce, which began at 6 a.m. on Tuesday, is due to expire at 6 a.m. on Friday.",
        datetime(2026, 7, 3, 6, 0, tzinfo=UTC),
    ),
    ("The recount must be completed by July 10, the electoral board said.", date(2026, 7, 10)),
    (
        "Shipyard workers will stage a full strike from July 8 if the company does not return to talks.",
        date(2026, 7, 8),
    ),
    ("Air traffic controllers have called a strike for July 7 and 8.", date(2026, 7, 7)),
    (
        "The court paused the order on Wednesday and asked for responses by 4 p.m. on Tuesday.",
        datetime(2026, 7, 7, 16, 0, tzinfo=UTC),
    ),
    ("Hackers threatened to leak patient data unless a ransom was paid within five days.", date(2026, 7, 7)),
    (
        "The government has until midnight on Sunday to respond to the union's demands.",
        datetime(2026, 7, 6, 0, 0, tzinfo=UTC),
    ),
    ("Unions gave the government 48 hours to withdraw the bill.", datetime(2026, 7, 4, 16, 30, tzinfo=UTC)),
]

DEADLINES_ES_3 = [
    (
        "Los controladores harán huelga desde las 06:00 del martes 7 de julio hasta las 06:00 del jueves 9, hora de París.",
        datetime(2026, 7, 7, 6, 0, tzinfo=PARIS),
    ),
    (
        "La junta electoral tiene hasta el 10 de julio para terminar el recuento, según la ley.",
        date(2026, 7, 10),
    ),
    (
        "Los bonistas dieron a Valtierra un periodo de gracia de 30 días que vence el 15 de julio.",
        date(2026, 7, 15),
    ),
    (
        "El hospital dispone de 72 horas para pagar el rescate, según el mensaje de los atacantes.",
        datetime(2026, 7, 5, 16, 30, tzinfo=UTC),
    ),
    (
        "Los trabajadores del astillero irán a la huelga indefinida a partir del 8 de julio si la empresa no vuelve a negociar.",
        date(2026, 7, 8),
    ),
    (
        "El Supremo dio al Gobierno hasta las 14:00 del lunes para presentar sus alegaciones.",
        datetime(2026, 7, 6, 14, 0, tzinfo=UTC),
    ),
    ("La tregua, que entró en vigor el martes a las 06:00, expira el viernes.", date(2026, 7, 3)),
    ("El JNE proclamará los resultados a más tardar el 15 de julio.", date(2026, 7, 15)),
    (
        "Los sindicatos dieron al Gobierno 48 horas para retirar el proyecto.",
        datetime(2026, 7, 4, 16, 30, tzinfo=UTC),
    ),
    (
        "El Gobierno tiene hasta la medianoche del domingo para responder.",
        datetime(2026, 7, 6, 0, 0, tzinfo=UTC),
    ),
    (
        "El plazo para impugnar los resultados vence el 8 de julio a las 23:59.",
        datetime(2026, 7, 8, 23, 59, tzinfo=UTC),
    ),
]

NOT_DEADLINES_3 = [
    ("Australia must bring its measures into conformity within 90 days of the adoption of the report.", "en"),
    ("Talks will resume in Geneva on July 9.", "en"),
    ("The strike, which started on Monday, will continue until the company improves its offer.", "en"),
    ("The WTO panel report was circulated to members on June 29.", "en"),
    ("Counting resumed on Wednesday and is expected to finish on Friday.", "en"),
    ("La huelga general convocada para el 10 de julio fue desconvocada el miércoles.", "es"),
    ("El recuento se reanudará el lunes en presencia de los apoderados.", "es"),
    ("La reunión del órgano de solución de diferencias está prevista para el 24 de julio.", "es"),
]


@pytest.mark.parametrize(("text", "due"), DEADLINES_EN_3)
def test_en_summer_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    assert [d.due for d in analyze(text, published=PUB3, lang="en", now=NOW).deadlines] == [due]


@pytest.mark.parametrize(("text", "due"), DEADLINES_ES_3)
def test_es_summer_deadline_is_found_and_resolved(text: str, due: date | datetime) -> None:
    assert [d.due for d in analyze(text, published=PUB3, lang="es", now=NOW).deadlines] == [due]


@pytest.mark.parametrize(("text", "lang"), NOT_DEADLINES_3)
def test_summer_hard_negative_gives_no_deadline(text: str, lang: str) -> None:
    assert analyze(text, published=PUB3, lang=lang, now=NOW).deadlines == ()


def test_a_due_recalled_in_the_imperfect_is_neither_deadline_nor_event() -> None:
    text = "México entregó el agua dentro del plazo que vencía el 8 de marzo, confirmó la comisión."
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    assert (a.deadlines, a.events) == ((), ())


def test_supplies_lasting_until_a_day_are_neither_deadline_nor_event() -> None:
    a = analyze("The captain said water would last until Sunday.", published=PUB2, lang="en", now=NOW)
    assert (a.deadlines, a.events) == ((), ())


def test_a_summit_named_before_its_date_is_the_nearest_one() -> None:
    text = "El presidente pidió evitar una escalada antes de la cumbre del Mercosur del 2 de abril."
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 4, 2)]


def test_a_duration_from_an_event_an_earlier_sentence_dates_counts_from_that_day() -> None:
    text = (
        "The agreement was signed on March 2 at the Labour Ministry. "
        "A joint committee has 60 days from the signing to review the levies."
    )
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [date(2026, 5, 1)]
    text = (
        "El tribunal notificó la sentencia el viernes. "
        "El ministerio dispone de 30 días desde la notificación para recurrir."
    )
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [date(2026, 4, 5)]


def test_a_duration_from_an_undated_event_stays_no_deadline() -> None:
    text = "The committee met on Monday. Owners must pay within 30 days of the assessment."
    assert analyze(text, published=PUB2, lang="en", now=NOW).deadlines == ()


def test_an_undated_report_counts_a_duration_from_its_anaphoric_day() -> None:
    text = (
        "The last migrants stepped ashore on Oct. 25. "
        "Two days later, Italy fined the charity 10,000 euros, payable within 30 days."
    )
    a = analyze(text, published=None, lang="en", now=datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    assert [d.due for d in a.deadlines] == [date(2026, 11, 26)]


def test_durations_count_from_the_day_the_lead_reports() -> None:
    thursday_report = datetime(2026, 1, 9, 13, 30, tzinfo=UTC)  # published on Friday
    text = (
        "El tribunal laboral suspendió este jueves la huelga general. "
        "Las partes disponen de un plazo de 72 horas para presentar sus alegaciones."
    )
    a = analyze(text, published=thursday_report, lang="es", now=NOW)
    assert [d.due for d in a.deadlines] == [date(2026, 1, 11)]


# events on Monday 9 March 2026: past weekdays go back, scheduled ones ahead, years by tense
EVENTS = [
    (
        "The ministry said on Friday that talks would resume on Wednesday.",
        "en",
        [date(2026, 3, 6), date(2026, 3, 11)],
    ),
    ("Police said the group marched through Lima on Saturday.", "en", [date(2026, 3, 7)]),
    ("The runoff is scheduled for June 7.", "en", [date(2026, 6, 7)]),
    ("Talks began on March 2. They collapsed a day later.", "en", [date(2026, 3, 2), date(2026, 3, 3)]),
    ("The court will rule next Monday.", "en", [date(2026, 3, 16)]),
    (
        "El Gobierno anunció el viernes que la reunión será el miércoles.",
        "es",
        [date(2026, 3, 6), date(2026, 3, 11)],
    ),
    ("Según la policía, los manifestantes marcharon el sábado por Lima.", "es", [date(2026, 3, 7)]),
    ("La segunda vuelta está prevista para el 7 de junio.", "es", [date(2026, 6, 7)]),
    ("In 2017, the court ruled against the union.", "en", []),
    ("Prices rose in early March, the bank said.", "en", []),
    ("The strike on Jan. 12 paralysed the ports.", "en", [date(2026, 1, 12)]),
    ("El 3 de marzo, Vietnam pidió consultas ante la OMC.", "es", [date(2026, 3, 3)]),
    (
        "The panel report was circulated on Feb. 27 and will be adopted on March 27.",
        "en",
        [date(2026, 2, 27), date(2026, 3, 27)],
    ),
    (
        "El informe se publicó el 27 de febrero y se adoptará el 27 de marzo.",
        "es",
        [date(2026, 2, 27), date(2026, 3, 27)],
    ),
    ("The hackers struck on the night of March 1, officials said.", "en", [date(2026, 3, 1)]),
    ("Los atacantes cifraron los sistemas en la madrugada del domingo.", "es", [date(2026, 3, 8)]),
    (
        "The vote count ended on Thursday, and the jury will meet on Tuesday.",
        "en",
        [date(2026, 3, 5), date(2026, 3, 10)],
    ),
    (
        "El escrutinio terminó el jueves y el jurado se reunirá el martes.",
        "es",
        [date(2026, 3, 5), date(2026, 3, 10)],
    ),
    ("Last year's strike, on Nov. 20, cost the economy $1 billion.", "en", [date(2025, 11, 20)]),
    ("La huelga del pasado 20 de noviembre costó 1.000 millones.", "es", [date(2025, 11, 20)]),
]


@pytest.mark.parametrize(("text", "lang", "days"), EVENTS)
def test_event_days_are_resolved_and_are_no_deadlines(text: str, lang: str, days: list[date]) -> None:
    a = analyze(text, published=PUB2, lang=lang, now=NOW)
    assert ([e.date for e in a.events], a.deadlines) == (days, ())


# figures that look like dates or times, wire time styles, and Spanish clock phrasings (PUB2)
FIGURES_AND_TIMES = [
    ("The board approved the plan in a 3-1 vote on Friday.", "en", []),
    ("Stations must stay open 24/7 during the strike.", "en", []),
    ("Under Article 15 of the treaty, members have no deadline.", "en", []),
    ("Inflation rose to 3.5% in February, the bank said.", "en", []),
    ("Resolution 2719 was adopted by 13 votes to 2.", "en", []),
    ("Shares closed at 2.30 euros on Friday.", "en", []),
    ("The 2025-26 season ends in May.", "en", []),
    ("The company must reply by noon ET on Friday.", "en", [datetime(2026, 3, 13, 12, 0, tzinfo=NEW_YORK)]),
    ("Bids close at 1700 GMT on Wednesday.", "en", [datetime(2026, 3, 11, 17, 0, tzinfo=UTC)]),
    (
        "Comments are due by 5 p.m. Eastern on March 20.",
        "en",
        [datetime(2026, 3, 20, 17, 0, tzinfo=NEW_YORK)],
    ),
    ("The deal will be signed next week.", "en", []),
    ("El Gobierno aprobó el plan por 3 votos a 1 el viernes.", "es", []),
    ("Las gasolineras deberán abrir 24/7 durante la huelga.", "es", []),
    ("La inflación subió al 3,5 % en febrero.", "es", []),
    ("La oferta vence a las 20.00 horas del jueves.", "es", [datetime(2026, 3, 12, 20, 0, tzinfo=UTC)]),
    ("El plazo concluye el próximo martes 17.", "es", [date(2026, 3, 17)]),
    ("El acuerdo se firmará a mediados de mayo.", "es", []),
    ("La reunión será la semana que viene.", "es", []),
    ("La empresa debe responder dentro de quince días.", "es", [date(2026, 3, 24)]),
    (
        "Las partes tienen un plazo máximo de 48 horas para alegar.",
        "es",
        [datetime(2026, 3, 11, 8, 0, tzinfo=UTC)],
    ),
    ("El plazo vence a las 8 de la mañana del viernes.", "es", [datetime(2026, 3, 13, 8, 0, tzinfo=UTC)]),
    (
        "El ultimátum expira a las 12 del mediodía del martes.",
        "es",
        [datetime(2026, 3, 10, 12, 0, tzinfo=UTC)],
    ),
    ("El plazo para votar termina el 1ro. de abril.", "es", [date(2026, 4, 1)]),
    ("Las alegaciones se admiten hasta el próximo día 20.", "es", [date(2026, 3, 20)]),
    ("The offer is open until Friday, March 13, at 5 p.m.", "en", [datetime(2026, 3, 13, 17, 0, tzinfo=UTC)]),
    ("The grace period ends Tuesday.", "en", [date(2026, 3, 10)]),
    ("Voting ends at 8 p.m. on Sunday.", "en", []),
    ("The Boeing 737 fleet was grounded on Sunday.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "dues"), FIGURES_AND_TIMES)
def test_figures_and_time_styles(text: str, lang: str, dues: list[date | datetime]) -> None:
    assert [d.due for d in analyze(text, published=PUB2, lang=lang, now=NOW).deadlines] == dues


# deadline news (PUB2): each phrasing is one change of one kind, or none
CHANGE_NEWS = [
    ("The union pushed back its deadline by a week.", "en", [ChangeKind.EXTEND]),
    ("The ministry agreed to a 48-hour extension of the deadline.", "en", [ChangeKind.EXTEND]),
    ("The deadline was moved to March 20.", "en", [ChangeKind.EXTEND]),
    ("The truce was extended by 72 hours.", "en", [ChangeKind.EXTEND]),
    ("The company complied with the court order on Friday.", "en", [ChangeKind.MEET]),
    ("The rebels released the hostages before the deadline.", "en", [ChangeKind.MEET]),
    ("Fighting resumed on Sunday, shattering the truce.", "en", [ChangeKind.BREAK]),
    ("The rebels ignored the deadline and kept their positions.", "en", [ChangeKind.BREAK]),
    ("Valtierra defaulted on its bonds last week.", "en", [ChangeKind.BREAK]),
    ("The union withdrew its strike notice on Friday.", "en", [ChangeKind.CANCEL]),
    ("The government suspended the tariffs indefinitely.", "en", [ChangeKind.CANCEL]),
    ("Teachers called off the walkout after a late-night deal.", "en", [ChangeKind.CANCEL]),
    ("The ultimatum expired on Sunday without a response.", "en", []),
    ("Talks were extended into the night.", "en", []),
    ("The Kremlin extended the pause by 48 hours.", "en", [ChangeKind.EXTEND]),
    (
        "El Gobierno aplazó hasta el 1 de abril la entrada en vigor de los aranceles.",
        "es",
        [ChangeKind.EXTEND],
    ),
    ("El juez concedió una prórroga de diez días a la empresa.", "es", [ChangeKind.EXTEND]),
    ("Las partes prorrogaron la tregua 72 horas.", "es", [ChangeKind.EXTEND]),
    ("La empresa acató la orden judicial el viernes.", "es", [ChangeKind.MEET]),
    ("El ministerio entregó las actas dentro del plazo.", "es", [ChangeKind.MEET]),
    ("La guerrilla violó la tregua el domingo.", "es", [ChangeKind.BREAK]),
    ("Valtierra incumplió el pago de sus bonos.", "es", [ChangeKind.BREAK]),
    ("El sindicato retiró el preaviso de huelga.", "es", [ChangeKind.CANCEL]),
    ("Los estibadores desconvocaron el paro del lunes.", "es", [ChangeKind.CANCEL]),
    ("El sindicato levantó la huelga tras el acuerdo.", "es", [ChangeKind.CANCEL]),
    ("El ultimátum expiró el domingo sin respuesta.", "es", []),
    ("Las conversaciones se prolongaron hasta la madrugada.", "es", []),
    ("El Kremlin amplió en 48 horas la pausa en los ataques.", "es", [ChangeKind.EXTEND]),
]


@pytest.mark.parametrize(("text", "lang", "kinds"), CHANGE_NEWS)
def test_deadline_news_gives_its_change(text: str, lang: str, kinds: list[ChangeKind]) -> None:
    assert [c.kind for c in analyze(text, published=PUB2, lang=lang, now=NOW).changes] == kinds


def test_a_demand_to_call_off_a_strike_is_no_cancel() -> None:
    text = "The minister gave the congress 72 hours to withdraw its strike notice."
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert (a.changes, [d.due for d in a.deadlines]) == ((), [datetime(2026, 3, 12, 8, 0, tzinfo=UTC)])


def test_an_extensions_bare_day_is_not_merged_into_a_timed_deadline_that_day() -> None:
    text = (
        "EBH gave Argentina a 72-hour grace period, starting at noon, to pay its gas debt. "
        "The board voted on Sunday to delay the halving of gas flows until Thursday."
    )
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    noon = datetime(2026, 3, 12, 12, 0, tzinfo=ZoneInfo("America/Argentina/Buenos_Aires"))
    assert [d.due for d in a.deadlines] == [noon, date(2026, 3, 12)]


def test_a_restated_bare_day_completes_the_timed_deadline_named_before() -> None:
    text = (
        "The union extended its strike deadline to noon on Monday, March 16. "
        '"We are giving it until Monday," its leader said.'
    )
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [d.due for d in a.deadlines] == [datetime(2026, 3, 16, 12, 0, tzinfo=UTC)]


def test_a_proposed_plan_is_not_a_proposed_date() -> None:
    text = "The proposed spending plan cleared the appropriations committee 8-4 on March 2."
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 3, 2)]


def test_second_batch_rules() -> None:
    # a hedged timing, an auction moved, a due gone by "last Friday": no deadlines
    for text in (
        "The airline could sell its slots, possibly through an auction before the end of the year.",
        "The judge moved the auction to March 20.",
        "Managers had notified all doctors by last Friday's 2 p.m. deadline.",
    ):
        assert analyze(text, published=PUB2, lang="en", now=NOW).deadlines == ()
    # a threatened suspension is no cancel; both the condition's and the measure's dues stand
    text = "Unless Nouakchott restores the licences by April 1, the bloc will suspend tariff preferences from May 1."
    a = analyze(text, published=PUB2, lang="en", now=NOW)
    assert (a.changes, [d.due for d in a.deadlines]) == ((), [date(2026, 4, 1), date(2026, 5, 1)])
    # a duration "desde esa notificación" counts from the last day named
    text = "El tribunal notificó el auto el viernes. Ordena retirar la web en un plazo de 48 horas desde esa notificación."
    assert [d.due for d in analyze(text, published=PUB2, lang="es", now=NOW).deadlines] == [date(2026, 3, 8)]
    # the deadline noun after the date ("fijó para las 12:00 del lunes, hora de Bruselas, el plazo para …")
    text = "La comisaria fijó para las 12:00 del lunes, hora de Bruselas, el plazo para que los armadores presenten sus solicitudes."
    a = analyze(text, published=PUB2, lang="es", now=NOW)
    # (published on Monday at 09:00 Brussels time: noon that Monday is still ahead)
    assert [d.due for d in a.deadlines] == [datetime(2026, 3, 9, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))]


def test_a_date_something_is_called_for_is_the_coming_one() -> None:
    a = analyze("The unions called a joint assembly for Thursday.", published=PUB2, lang="en", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 3, 12)]
    a = analyze("El mediador citó a las partes para el jueves.", published=PUB2, lang="es", now=NOW)
    assert [e.date for e in a.events] == [date(2026, 3, 12)]


def test_more_change_news() -> None:
    for text, lang, kinds in (
        (
            "The lessor moved after Andesur missed the extended deadline of 6 p.m. on Monday.",
            "en",
            [ChangeKind.BREAK],
        ),
        ("La federación pidió que las licencias se prorroguen al menos hasta el 31 de marzo.", "es", []),
        ("El Gobierno presentó su documentación fuera de plazo.", "es", [ChangeKind.BREAK]),
        ("La UE retiró además la amenaza de suspender las preferencias.", "es", [ChangeKind.CANCEL]),
    ):
        assert [c.kind for c in analyze(text, published=PUB2, lang=lang, now=NOW).changes] == kinds
