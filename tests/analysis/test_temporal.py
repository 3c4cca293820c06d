"""Temporal expressions in Spanish and English: found, resolved, deadline or event."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.analysis import analyze
from bot.analysis.temporal import _valid
from bot.domain.models import Analysis

# Friday 30 January 2026, 14:00 UTC
PUB = datetime(2026, 1, 30, 14, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _es(text: str, published: datetime | None = PUB) -> Analysis:
    return analyze(text, published=published, lang="es", now=NOW)


def _en(text: str, published: datetime | None = PUB) -> Analysis:
    return analyze(text, published=published, lang="en", now=NOW)


def _dues(analysis: Analysis) -> list[date | datetime]:
    return [d.due for d in analysis.deadlines]


def _events(analysis: Analysis) -> list[date | datetime]:
    return [e.date for e in analysis.events]


def test_es_explicit_date_with_year_is_taken_as_written() -> None:
    a = _es("El Gobierno anunció que la moratoria estará vigente hasta el 15 de marzo de 2027.")
    assert _dues(a) == [date(2027, 3, 15)]


def test_en_explicit_date_is_an_event_in_the_past_tense() -> None:
    a = _en("The talks began on January 23 in Abu Dhabi.")
    assert _events(a) == [date(2026, 1, 23)]
    assert a.deadlines == ()


def test_es_past_december_in_a_january_article_is_the_previous_year() -> None:
    a = _es("Putin declaró el 17 de diciembre que Rusia logrará sus objetivos.")
    assert _events(a) == [date(2025, 12, 17)]


def test_en_future_january_in_a_december_article_is_the_next_year() -> None:
    pub = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)
    a = _en("The ministers will meet on January 5 in Brussels.", published=pub)
    assert _events(a) == [date(2027, 1, 5)]


def test_es_without_publication_date_a_past_report_is_the_most_recent_past() -> None:
    a = _es("Peskov anunció el 30 de enero que la pausa seguiría.", published=None)
    assert _events(a) == [date(2026, 1, 30)]


def test_es_without_publication_date_the_deadline_follows_the_statement_date() -> None:
    a = _es("Peskov anunció el 30 de enero una pausa hasta el 1 de febrero.", published=None)
    assert _dues(a) == [date(2026, 2, 1)]


def test_es_next_friday_is_the_friday_after_publication() -> None:
    a = _es("La segunda ronda se celebrará el próximo viernes en Ginebra.")
    assert _events(a) == [date(2026, 2, 6)]


def test_en_next_monday_is_the_monday_after_publication() -> None:
    a = _en("Member states will discuss the list next Monday.")
    assert _events(a) == [date(2026, 2, 2)]


def test_es_past_weekday_is_the_last_one_before_publication() -> None:
    a = _es("El ministerio confirmó el martes que no hubo ataques.")
    assert _events(a) == [date(2026, 1, 27)]


def test_es_manana_is_the_day_after_publication() -> None:
    a = _es("El sindicato decidirá mañana si convoca la huelga.")
    assert _events(a) == [date(2026, 1, 31)]


def test_es_por_la_manana_is_not_tomorrow() -> None:
    a = _es("El ministro habló por la mañana con los periodistas.")
    assert _events(a) == []


def test_en_tonight_is_the_publication_day() -> None:
    a = _en("The budget is stuck. The council will vote tonight.")
    assert _events(a) == [date(2026, 1, 30)]


def test_en_dateline_of_the_lead_report_is_not_an_event() -> None:
    a = _en("A federal judge on Friday ordered the grants restored.")
    assert _events(a) == []


def test_en_bare_weekday_is_a_day_gone_by() -> None:
    a = _en("Rain fell. The ministry restored the grants to the health centers on Tuesday.")
    assert _events(a) == [date(2026, 1, 27)]


def test_es_durante_una_semana_counts_from_the_statement() -> None:
    a = _es("El Kremlin aceptó no atacar Kiev durante una semana.")
    assert _dues(a) == [date(2026, 2, 6)]


def test_es_explicit_end_point_wins_over_the_duration_beside_it() -> None:
    a = _es("Putin aceptó no atacar Kiev durante una semana, hasta el 1 de febrero.")
    assert _dues(a) == [date(2026, 2, 1)]


def test_en_within_72_hours_counts_from_publication_time() -> None:
    a = _en("The minister said the water would be released within 72 hours.")
    assert _dues(a) == [PUB + timedelta(hours=72)]


def test_es_en_las_proximas_48_horas_counts_from_publication_time() -> None:
    a = _es("El Gobierno presentará un plan en las próximas 48 horas.")
    assert _dues(a) == [PUB + timedelta(hours=48)]


def test_es_un_plazo_de_72_horas_counts_from_the_stated_time() -> None:
    text = (
        "La Coordinadora dio este lunes a mediodía un plazo de 72 horas a la patronal "
        "para firmar el convenio en Valencia."
    )
    pub = datetime(2026, 3, 2, 12, 40, tzinfo=UTC)  # a Monday
    a = _es(text, published=pub)
    madrid = ZoneInfo("Europe/Madrid")
    assert _dues(a) == [datetime(2026, 3, 5, 12, 0, tzinfo=madrid)]


def test_es_hasta_el_1_de_febrero_is_a_deadline() -> None:
    a = _es("La pausa seguirá vigente hasta el 1 de febrero.")
    assert _dues(a) == [date(2026, 2, 1)]
    assert a.deadlines[0].evidence == "hasta el 1 de febrero"
    assert a.events == ()


def test_es_antes_del_is_a_deadline() -> None:
    a = _es("Las partes deberán firmar antes del 20 de febrero.")
    assert _dues(a) == [date(2026, 2, 20)]


def test_en_until_and_by_are_deadlines() -> None:
    a = _en("The pause holds until Feb. 4. Brussels must answer by February 25.")
    assert _dues(a) == [date(2026, 2, 4), date(2026, 2, 25)]


def test_es_time_with_madrid_zone() -> None:
    a = _es("El ultimátum vence el 2 de febrero a las 18:00 hora de Madrid.")
    assert _dues(a) == [datetime(2026, 2, 2, 18, 0, tzinfo=ZoneInfo("Europe/Madrid"))]


def test_es_zone_named_after_the_date() -> None:
    a = _es("La moratoria seguirá vigente hasta las 00:00 del 4 de febrero, hora de Moscú.")
    assert _dues(a) == [datetime(2026, 2, 4, 0, 0, tzinfo=ZoneInfo("Europe/Moscow"))]


def test_en_midnight_gmt_on_a_date_is_the_end_of_that_day() -> None:
    # corpus convention: "midnight on day X" is 00:00 of the day after X
    a = _en("The truce expires at midnight GMT on February 3.")
    assert _dues(a) == [datetime(2026, 2, 4, 0, 0, tzinfo=UTC)]


def test_en_1201_am_est() -> None:
    a = _en("The tariffs take effect at 12:01 a.m. EST on March 1.")
    assert _dues(a) == [datetime(2026, 3, 1, 0, 1, tzinfo=timezone(timedelta(hours=-5)))]


def test_en_until_midnight_without_a_date_ends_the_statement_day() -> None:
    a = _en("Peskov insisted the pause remained in force until midnight Moscow time, as agreed on Sunday.")
    assert _dues(a) == [datetime(2026, 1, 31, 0, 0, tzinfo=ZoneInfo("Europe/Moscow"))]


def test_en_a_scheduled_meeting_is_an_event_not_a_deadline() -> None:
    a = _en("Trade ministers will meet in Luxembourg on April 20.")
    assert _events(a) == [date(2026, 4, 20)]
    assert a.deadlines == ()


def test_es_a_past_length_is_not_a_deadline() -> None:
    a = _es("Las conversaciones duraron durante tres días.")
    assert a.deadlines == ()


def test_es_extension_is_a_change_with_its_new_due() -> None:
    a = _es("El Kremlin prorrogó la pausa hasta el 8 de febrero.")
    assert [(c.kind.value, c.new_due) for c in a.changes] == [("extend", date(2026, 2, 8))]


def test_en_violation_is_a_break_change() -> None:
    a = _en("Ukraine said Russia violated the truce on Monday.")
    assert [c.kind.value for c in a.changes] == ["break"]


def test_es_truce_of_72_hours_from_its_start_time_ends_72_hours_later() -> None:
    a = _es(
        "Las partes acordaron una tregua de 72 horas que entró en vigor a las 06:00 del sábado"
        " 31 de enero, hora de Madrid."
    )
    madrid = ZoneInfo("Europe/Madrid")
    assert _dues(a) == [datetime(2026, 2, 3, 6, 0, tzinfo=madrid)]


def test_en_truce_from_a_start_time_ends_after_its_length() -> None:
    a = _en("A 48-hour ceasefire took effect at 6 a.m. GMT on Saturday, January 31.")
    assert _dues(a) == [datetime(2026, 2, 2, 6, 0, tzinfo=UTC)]


def test_es_threatened_strike_date_is_a_deadline() -> None:
    a = _es("El sindicato mantiene la huelga convocada para el 12 de febrero si no hay acuerdo.")
    assert _dues(a) == [date(2026, 2, 12)]


def test_en_threatened_tariffs_date_is_a_deadline() -> None:
    a = _en("The tariffs are set to take effect on March 1 unless a deal is reached.")
    assert _dues(a) == [date(2026, 3, 1)]


def test_en_date_before_the_word_deadline_is_a_deadline() -> None:
    a = _en("Negotiators are racing to meet the February 15 deadline.")
    assert _dues(a) == [date(2026, 2, 15)]


def test_es_fecha_limite_after_the_date_is_a_deadline() -> None:
    a = _es("El Gobierno fijó el 15 de febrero como fecha límite para las ofertas.")
    assert _dues(a) == [date(2026, 2, 15)]


def test_es_scheduled_meeting_is_an_event_not_a_deadline() -> None:
    a = _es("La reunión está prevista para el 4 de febrero en Abu Dabi.")
    assert a.deadlines == ()
    assert _events(a) == [date(2026, 2, 4)]


def test_en_gave_seven_days_to_is_a_deadline_from_the_statement() -> None:
    a = _en("Two days ago the judge gave the government seven days to restore the grants.")
    assert _dues(a) == [date(2026, 2, 6)]


def test_es_tiene_diez_dias_para_is_a_deadline() -> None:
    a = _es("La Comunidad tiene diez días para reabrir los comedores.")
    assert _dues(a) == [date(2026, 2, 9)]


def test_es_vence_este_viernes_is_a_deadline() -> None:
    a = _es("El plazo para presentar alegaciones vence este viernes.")
    assert _dues(a) == [date(2026, 1, 30)]


def test_en_duration_counted_from_another_event_is_not_a_deadline() -> None:
    a = _en("The court must rule on any petition within 14 days of it being filed.")
    assert a.deadlines == ()


def test_es_ultimatum_expira_a_medianoche_ends_the_statement_day() -> None:
    a = _es("El ultimátum expira a medianoche, hora de Madrid.")
    assert _dues(a) == [datetime(2026, 1, 31, 0, 0, tzinfo=ZoneInfo("Europe/Madrid"))]


def test_es_aranceles_entraran_en_vigor_el_1_de_marzo_is_a_deadline() -> None:
    a = _es("Los aranceles entrarán en vigor el 1 de marzo si no hay acuerdo.")
    assert _dues(a) == [date(2026, 3, 1)]


def test_es_plazo_maximo_de_quince_dias_is_a_deadline() -> None:
    a = _es("La empresa deberá responder en un plazo máximo de 15 días.")
    assert _dues(a) == [date(2026, 2, 14)]


def test_en_tariffs_take_effect_without_on_is_a_deadline() -> None:
    a = _en("The new tariffs take effect March 1.")
    assert _dues(a) == [date(2026, 3, 1)]


def test_en_until_midnight_friday_is_the_end_of_friday() -> None:
    a = _en("The union has until midnight Friday to accept the offer, in London.")
    assert _dues(a) == [datetime(2026, 2, 7, 0, 0, tzinfo=ZoneInfo("Europe/London"))]


def test_es_numeric_0000_is_the_start_of_the_day() -> None:
    a = _es("La pausa sigue vigente hasta las 00:00 del 4 de febrero, hora de Moscú.")
    assert _dues(a) == [datetime(2026, 2, 4, 0, 0, tzinfo=ZoneInfo("Europe/Moscow"))]


def test_es_strike_range_starts_on_its_first_day() -> None:
    a = _es("Los controladores mantienen la huelga convocada del 12 al 14 de febrero.")
    assert _dues(a) == [date(2026, 2, 12)]


def test_en_strike_dates_and_range_start_on_the_first_day() -> None:
    a = _en("The union said the strike will go ahead on Feb. 3 and 5 unless talks resume.")
    assert _dues(a) == [date(2026, 2, 3)]


def test_en_weekday_before_a_strike_deadline_is_a_deadline() -> None:
    a = _en("Negotiators met again ahead of the Monday strike deadline.")
    assert _dues(a) == [date(2026, 2, 2)]


def test_en_possessive_weekday_deadline_is_a_deadline() -> None:
    a = _en("Talks went on through the night ahead of Wednesday's tariff deadline.")
    assert _dues(a) == [date(2026, 2, 4)]


def test_en_a_deadline_met_in_the_sentence_is_not_a_new_deadline() -> None:
    a = _en("The two sides reached a deal, beating Wednesday's tariff deadline.")
    assert a.deadlines == ()
    assert [c.kind.value for c in a.changes] == ["meet"]


def test_es_plazo_cierra_el_is_a_deadline() -> None:
    a = _es("El plazo de inscripción cierra el 10 de febrero.")
    assert _dues(a) == [date(2026, 2, 10)]


def test_a_valid_day_is_one_calendar_has_in_that_month() -> None:
    for year in (1, 1900, 2000, 2024, 2026, 2100, 9999):
        for month in range(0, 14):
            for day in range(0, 33):
                ok = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
                assert _valid(year, month, day) == (date(year, month, day) if ok else None)
