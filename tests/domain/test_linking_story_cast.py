"""Linking: three full names in common are a story's cast; two may be people of many stories."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 26, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up (undated: no date in common) goes, given a one-article development."""
    return chosen_at(WHEN, story, follow_up)


def test_a_column_naming_the_campaign_the_health_board_and_its_chair_joins_its_story_en() -> None:
    story = (
        "The consultation on merging the hospital closes in October. Save Carrowbeg, the campaign "
        "group, has hired lawyers, and NHS Lorne says its chair, Morag Lindsay, will answer them."
    )
    follow_up = (
        "Opinion: Save Carrowbeg has found the one room where NHS Lorne must listen, and Morag "
        "Lindsay should listen well."
    )
    assert chosen(story, follow_up) == 7


def test_an_editorial_naming_the_platform_the_council_and_the_mayor_joins_its_story_es() -> None:
    story = (
        "Los vecinos recurren el cierre del ambulatorio. La plataforma Salvemos Ribalta pidió al "
        "Consell Comarcal Ebrenc y a la alcaldesa Núria Ferrer Vidal una reunión urgente."
    )
    follow_up = (
        "Editorial: Salvemos Ribalta merece una respuesta del Consell Comarcal Ebrenc, y Núria "
        "Ferrer Vidal debería darla antes del pleno."
    )
    assert chosen(story, follow_up) == 7


def test_a_report_in_the_other_language_naming_the_same_cast_joins_its_story() -> None:
    story = (
        "La cooperativa Vinyes Altes denunció a la bodega Celler Montsant Nou ante el juez Ramon "
        "Puigdomènech Sala por impago de la vendimia."
    )
    follow_up = (
        "Comment: Vinyes Altes and Celler Montsant Nou are back before Ramon Puigdomènech Sala, and "
        "growers are still unpaid."
    )
    assert chosen(story, follow_up) == 7


def test_two_strikes_with_one_minister_and_one_union_leader_stay_apart_es() -> None:
    # Two full names in common, both people who speak on many stories: no story of their own.
    buses = (
        "Los conductores de autobús irán a la huelga en Sotavento. La consejera Marta Ibáñez Roda "
        "se reunió con el sindicalista Ernesto Salas Gil."
    )
    nurses = (
        "Las enfermeras de Quintanar convocan paros. Ernesto Salas Gil pidió a Marta Ibáñez Roda "
        "más plantilla para el hospital."
    )
    assert chosen(buses, nurses) is None


def test_two_cases_with_one_judge_and_one_lawyer_stay_apart_en() -> None:
    fraud = (
        "Judge Helen Marchbank sent the harbour fraud case to trial; defence lawyer Owen Treharne "
        "said his client would appeal."
    )
    libel = (
        "In a libel hearing over a newspaper column, Owen Treharne asked Helen Marchbank to delay the ruling."
    )
    assert chosen(fraud, libel) is None
