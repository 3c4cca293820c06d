"""Deadlines that depend on the rest of the sentence or article: threats, spans, tied durations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.analysis import analyze
from bot.domain.models import Analysis, ChangeKind

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
BUENOS_AIRES = ZoneInfo("America/Argentina/Buenos_Aires")
NEW_YORK = ZoneInfo("America/New_York")


def _run(text: str, lang: str, published: datetime | None) -> Analysis:
    return analyze(text, published=published, lang=lang, now=NOW)


def _dues(analysis: Analysis) -> list[date | datetime]:
    return [d.due for d in analysis.deadlines]


def _events(analysis: Analysis) -> list[date]:
    return [e.date for e in analysis.events]


# Monday 5 October 2026
MONDAY = datetime(2026, 10, 5, 18, 30, tzinfo=UTC)


def test_es_span_from_a_start_time_of_the_statement_day_and_its_threat() -> None:
    text = (
        "El gremio dio este lunes a la aerolínea un plazo de 48 horas a partir de las 12:00 "
        "para readmitir a los pilotos, en Buenos Aires. "
        '"Si el miércoles al mediodía no hay respuesta, desde las 00:00 del jueves 8 de octubre '
        'no despega ni un avión", advirtió el secretario general del gremio, Germán Olivera.'
    )
    a = _run(text, "es", MONDAY)
    # the condition's Wednesday noon is the span's end again: one deadline, not two
    assert _dues(a) == [
        datetime(2026, 10, 7, 12, 0, tzinfo=BUENOS_AIRES),
        datetime(2026, 10, 8, 0, 0, tzinfo=BUENOS_AIRES),
    ]
    assert a.events == ()


def test_en_duration_tied_to_a_dated_vote_counts_from_that_day() -> None:
    text = (
        "The U.N. Security Council on Thursday adopted a resolution demanding that the group "
        "withdraw from the town within 30 days of the vote."
    )
    a = _run(text, "en", datetime(2026, 1, 9, 16, 40, tzinfo=UTC))
    assert _dues(a) == [date(2026, 2, 7)]


def test_en_duration_tied_to_an_undated_event_is_no_deadline() -> None:
    text = "Any challenge to a shutdown order must be filed within 14 days of the state's notice being published."
    assert _run(text, "en", datetime(2026, 6, 25, 20, 0, tzinfo=UTC)).deadlines == ()


def test_es_duration_from_a_notification_dated_this_friday() -> None:
    text = (
        "La Audiencia Nacional ha ordenado al Ministerio publicar los mapas en un plazo de 30 días "
        "naturales desde la notificación de la sentencia, que se produjo este viernes."
    )
    a = _run(text, "es", datetime(2026, 3, 20, 11, 30, tzinfo=UTC))
    assert _dues(a) == [date(2026, 4, 19)]


def test_es_duration_from_a_future_receipt_is_no_deadline() -> None:
    text = "El ministerio dispondrá de diez días desde que reciba el informe pericial para presentar alegaciones."
    assert _run(text, "es", datetime(2026, 3, 20, 11, 30, tzinfo=UTC)).deadlines == ()


def test_en_grace_period_that_began_monday_counts_from_monday() -> None:
    text = (
        "The sanctions, imposed on Sept. 24, came with a 30-day grace period that began Monday "
        "for the repatriation of about 600 crew members."
    )
    a = _run(text, "en", datetime(2026, 10, 20, 19, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 11, 18)]


def test_en_time_of_day_takes_the_zone_of_the_state_named() -> None:
    text = "The governor's office in New Jersey said contingency plans would go out by 5 p.m. Friday."
    a = _run(text, "en", datetime(2026, 6, 25, 20, 10, tzinfo=UTC))
    assert _dues(a) == [datetime(2026, 6, 26, 17, 0, tzinfo=NEW_YORK)]


def test_en_pushed_deadline_is_an_extension_with_its_new_due() -> None:
    text = "The governor said the stopgap pushed the deadline to 11:59 p.m. on Wednesday, July 8, in Trenton."
    a = _run(text, "en", datetime(2026, 7, 1, 14, 0, tzinfo=UTC))
    due = datetime(2026, 7, 8, 23, 59, tzinfo=NEW_YORK)
    assert _dues(a) == [due]
    assert [(c.kind, c.new_due) for c in a.changes] == [(ChangeKind.EXTEND, due)]


def test_en_missed_deadline_is_a_break_and_the_deadline_it_missed() -> None:
    # corpus README rule 14: a deadline reported as missed in the article is gold
    text = "The Legislature missed the June 30 deadline for a full budget for the first time since 2017."
    a = _run(text, "en", datetime(2026, 7, 1, 14, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 6, 30)]
    assert [c.kind for c in a.changes] == [ChangeKind.BREAK]


def test_en_threatened_shutdown_at_a_time_is_a_deadline() -> None:
    text = (
        "The Legislature has until the end of Tuesday to send a budget, or the state will begin "
        "shutting down nonessential services at 12:01 a.m. on July 1 in New Jersey."
    )
    a = _run(text, "en", datetime(2026, 6, 25, 20, 10, tzinfo=UTC))
    assert _dues(a) == [date(2026, 6, 30), datetime(2026, 7, 1, 0, 1, tzinfo=NEW_YORK)]


def test_es_summons_to_a_hearing_on_a_weekday_looks_ahead() -> None:
    text = "La Secretaría de Trabajo citó a ambas partes a una audiencia el martes a las 15:00."
    a = _run(text, "es", MONDAY)
    assert _events(a) == [date(2026, 10, 6)]


def test_es_conditional_perfect_is_a_past_report() -> None:
    text = "Fuentes militares aseguraron que el repliegue habría empezado ya el domingo por la noche."
    a = _run(text, "es", datetime(2026, 9, 14, 22, 40, tzinfo=UTC))
    assert _events(a) == [date(2026, 9, 13)]


def test_es_vote_on_a_measure_is_an_event_not_its_deadline() -> None:
    text = "Francia presentará un borrador de sanciones contra cinco dirigentes, que el Consejo votará el jueves."
    a = _run(text, "es", datetime(2026, 2, 8, 13, 0, tzinfo=UTC))
    assert a.deadlines == ()
    assert _events(a) == [date(2026, 2, 12)]


def test_en_a_day_later_counts_from_the_day_named_in_the_sentence_before() -> None:
    text = "The talks began on Jan. 23 in Abu Dhabi. The first round ended a day later without a deal."
    a = _run(text, "en", datetime(2026, 1, 30, 14, 0, tzinfo=UTC))
    assert _events(a) == [date(2026, 1, 23), date(2026, 1, 24)]


def test_en_the_day_before_counts_from_the_deadline_in_its_sentence() -> None:
    text = "The insurer had given the company until Oct. 28 to pay, and the company paid the day before."
    a = _run(text, "en", datetime(2026, 11, 10, 9, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 10, 28)]
    assert _events(a) == [date(2026, 10, 27)]


def test_es_un_dia_antes_de_que_points_at_no_day() -> None:
    text = (
        "Los trabajadores fueron liberados el jueves 24 de septiembre, un día antes de que venciera el plazo."
    )
    a = _run(text, "es", datetime(2026, 9, 26, 9, 0, tzinfo=UTC))
    assert _events(a) == [date(2026, 9, 24)]


def test_es_date_of_a_strike_called_off_is_neither_deadline_nor_event() -> None:
    text = "La huelga convocada para los días 10 y 12 de febrero ha quedado desconvocada."
    a = _run(text, "es", datetime(2026, 2, 2, 8, 0, tzinfo=UTC))
    assert a.deadlines == ()
    assert a.events == ()


def test_es_planned_count_on_a_weekday_looks_ahead() -> None:
    text = "La ONPE prevé terminar el conteo el miércoles."
    assert _events(_run(text, "es", datetime(2026, 2, 2, 8, 0, tzinfo=UTC))) == [date(2026, 2, 4)]


def test_es_original_date_of_a_postponed_strike_once_past_is_an_event() -> None:
    text = "La huelga se había convocado inicialmente para el viernes 6 de marzo y fue aplazada el jueves."
    a = _run(text, "es", datetime(2026, 3, 9, 11, 15, tzinfo=UTC))
    assert a.deadlines == ()
    assert date(2026, 3, 6) in _events(a)


def test_es_new_date_of_rescheduled_talks_is_not_the_day_of_the_report() -> None:
    text = (
        "El Kremlin anunció el 30 de enero una pausa en los ataques. "
        "La segunda ronda de conversaciones, prevista para el 4 de febrero en Abu Dabi, "
        "se aplazó hasta el 11 de febrero."
    )
    a = _run(text, "es", None)  # undated: the ronda's dates follow the 30 January report
    assert _events(a) == [date(2026, 1, 30), date(2026, 2, 4), date(2026, 2, 11)]


def test_en_a_span_gone_by_is_dated_in_the_past() -> None:
    a = _run(
        "The truce held until Tuesday, when fighting resumed.", "en", datetime(2026, 1, 30, 14, 0, tzinfo=UTC)
    )
    assert _events(a) == [date(2026, 1, 27)]


def test_en_deadline_set_before_the_report_is_this_weeks_weekday() -> None:
    text = "Operators had been given until 5 p.m. on Wednesday to improve their offer."
    a = _run(text, "en", datetime(2026, 2, 5, 10, 0, tzinfo=UTC))  # a Thursday
    assert _dues(a) == [datetime(2026, 2, 4, 17, 0, tzinfo=UTC)]


def test_es_plazo_dado_antes_del_informe_es_el_de_esta_semana() -> None:
    text = "El sindicato había dado de plazo hasta el miércoles a la patronal."
    assert _dues(_run(text, "es", datetime(2026, 2, 5, 10, 0, tzinfo=UTC))) == [date(2026, 2, 4)]


def test_en_a_date_and_a_duration_joined_by_and_are_two_deadlines() -> None:
    text = (
        "A federal judge on Monday ordered the administration to reinstate the inspectors by May 22 "
        "and to file a status report within 14 days."
    )
    a = _run(text, "en", datetime(2026, 5, 12, 15, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 5, 22), date(2026, 5, 25)]


def test_es_una_fecha_y_un_plazo_unidos_por_y_son_dos_plazos() -> None:
    text = (
        "El juez ordenó el lunes al Gobierno readmitir a los inspectores antes del 22 de mayo "
        "y presentar un informe en un plazo de 14 días."
    )
    a = _run(text, "es", datetime(2026, 5, 12, 15, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 5, 22), date(2026, 5, 25)]


def test_en_a_rough_length_is_no_deadline_and_no_span() -> None:
    text = "The export controls will take effect on June 1, giving companies less than three weeks to adapt."
    a = _run(text, "en", datetime(2026, 5, 12, 15, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 6, 1)]


def test_en_a_known_span_and_its_stated_end_are_one_deadline() -> None:
    text = "The one-week pause was announced on Jan. 30 and was due to end today."
    a = _run(text, "en", datetime(2026, 2, 1, 15, 40, tzinfo=UTC))
    assert _dues(a) == [date(2026, 2, 1)]


def test_en_the_evidence_of_an_extended_deadline_is_its_shortest_marker() -> None:
    text = "Russia extended its pause on strikes against Kyiv by 48 hours, until midnight Moscow time on Tuesday."
    a = _run(text, "en", datetime(2026, 2, 1, 15, 40, tzinfo=UTC))
    assert [d.evidence for d in a.deadlines] == ["until midnight Moscow time on Tuesday"]


def test_en_a_replaced_date_is_neither_deadline_nor_event() -> None:
    text = "The union extended the deadline, which had been set for Friday, to Monday."
    a = _run(text, "en", datetime(2026, 1, 28, 10, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 2, 2)]
    assert a.events == ()


def test_es_la_fecha_inicial_de_una_huelga_aplazada_no_es_plazo() -> None:
    text = "La huelga, prevista inicialmente para el 3 de febrero, comenzará el 10 de febrero."
    a = _run(text, "es", datetime(2026, 1, 28, 10, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 2, 10)]
    assert a.events == ()


def test_es_an_event_in_the_first_conjunct_leaves_the_second_deadline() -> None:
    text = (
        "La ONPE terminó el conteo al 100 % el jueves y el JNE proclamará los resultados "
        "oficiales antes del 15 de mayo, según el cronograma electoral."
    )
    a = _run(text, "es", datetime(2026, 4, 20, 12, 0, tzinfo=UTC))
    assert _dues(a) == [date(2026, 5, 15)]
    assert _events(a) == [date(2026, 4, 16)]


def test_en_a_past_date_inside_a_threat_condition_is_no_deadline() -> None:
    text = "Sanctions will follow unless the Jan. 15 ceasefire agreement is respected."
    a = _run(text, "en", datetime(2026, 1, 30, 14, 0, tzinfo=UTC))
    assert a.deadlines == ()
    assert _events(a) == [date(2026, 1, 15)]


def test_en_a_date_inside_a_threat_condition_is_a_deadline() -> None:
    text = "If the army does not withdraw on Feb. 4, there will be no release."
    assert _dues(_run(text, "en", datetime(2026, 1, 30, 14, 0, tzinfo=UTC))) == [date(2026, 2, 4)]


def test_es_a_scheduled_event_on_a_weekday_is_the_coming_one() -> None:
    text = "Los colegios electorales se cierran a las 16:00 del domingo."
    a = _run(text, "es", datetime(2026, 1, 30, 14, 0, tzinfo=UTC))
    assert a.deadlines == ()
    assert _events(a) == [date(2026, 2, 1)]


def test_en_a_truce_violated_in_the_passive_is_a_break_not_a_new_deadline() -> None:
    text = "The seven-day truce, which took effect on Saturday, was violated on Sunday, the U.N. said."
    a = _run(text, "en", datetime(2026, 2, 2, 8, 0, tzinfo=UTC))
    assert [c.kind for c in a.changes] == [ChangeKind.BREAK]
    assert a.deadlines == ()


def test_es_una_tregua_violada_en_pasiva_es_una_ruptura() -> None:
    text = (
        "La tregua humanitaria de siete días que entró en vigor el sábado en Kadugli fue violada el domingo."
    )
    a = _run(text, "es", datetime(2026, 2, 2, 8, 0, tzinfo=UTC))
    assert [c.kind for c in a.changes] == [ChangeKind.BREAK]
    assert a.deadlines == ()


def test_en_a_strike_called_off_in_the_passive_is_a_cancellation() -> None:
    text = "The strike planned for Tuesday was called off after talks made progress."
    a = _run(text, "en", datetime(2026, 2, 2, 8, 0, tzinfo=UTC))
    assert [c.kind for c in a.changes] == [ChangeKind.CANCEL]
    assert a.deadlines == ()


def test_en_evidence_leaves_out_the_full_stop_of_its_sentence() -> None:
    a = _run(
        "Drivers will stage an overtime ban from 1 to 6 March.",
        "en",
        datetime(2026, 1, 30, 14, 0, tzinfo=UTC),
    )
    assert [d.evidence for d in a.deadlines] == ["from 1 to 6 March"]
