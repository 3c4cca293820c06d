"""Linking: the official gazette a state publishes in is a body of many stories, not a story's own."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 10, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str, date: str | None = None) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story (`date`:
    a deadline both give)."""
    return chosen_at(WHEN, story, follow_up, date)


def test_two_decrees_in_the_boletin_oficial_with_one_start_date_stay_apart_es() -> None:
    tariffs = (
        "El Ministerio de Comercio de Altozano publicó en el Boletín Oficial la lista de productos de "
        "Velandia que pagarán un arancel del 25 % desde el 1 de diciembre."
    )
    grain = (
        "El Gobierno de Ardentia publicó en el Boletín Oficial el decreto que suspende las licencias "
        "de exportación de trigo; el cupo regirá desde el 1 de diciembre."
    )
    assert chosen(tariffs, grain, "2026-12-01") is None


def test_two_orders_in_the_official_gazette_with_one_date_stay_apart_en() -> None:
    fishing = (
        "The Fisheries Ministry of Villaricos published the closure order in the Official Gazette: "
        "trawlers must stay in port from March 3."
    )
    mining = (
        "The Environment Ministry of Peñascal published the clean-up order in the Official Gazette "
        "and gave the Minera Tolva company until March 3."
    )
    assert chosen(fishing, mining, "2027-03-03") is None


def test_two_laws_in_the_gaceta_oficial_stay_apart_es() -> None:
    pensions = (
        "La reforma de las pensiones de Corvenia se publicó en la Gaceta Oficial y entrará en vigor "
        "el 15 de enero, según el ministro Iván Sorel."
    )
    water = (
        "La ley de aguas de Tarsania se publicó en la Gaceta Oficial y obliga a los regantes a "
        "inscribirse antes del 15 de enero, explicó la ministra Lena Corvo."
    )
    assert chosen(pensions, water, "2027-01-15") is None


def test_a_decree_named_again_with_its_own_names_still_joins_its_story_es() -> None:
    story = (
        "El Gobierno de Ardentia suspendió las licencias de exportación de grano; el decreto, "
        "publicado en el Boletín Oficial, da quince días a las exportadoras. El ministro Tomás "
        "Ilvedo defendió la medida."
    )
    follow_up = (
        "El Gobierno de Ardentia amplía el plazo de reinscripción de las exportadoras de grano. "
        "Tomás Ilvedo anunció en el Boletín Oficial que el registro seguirá abierto."
    )
    assert chosen(story, follow_up) == 7


def test_a_decree_named_again_across_languages_still_joins_its_story() -> None:
    story = (
        "El Ministerio de Comercio de Altozano publicó en el Boletín Oficial la lista de represalias "
        "contra Velandia. La ministra Lucía Armendáriz defendió los aranceles."
    )
    follow_up = (
        "Altozano's retaliation list against Velandia appeared in the Official Gazette, and Trade "
        "Minister Lucía Armendáriz said the tariffs were no bluff."
    )
    assert chosen(story, follow_up) == 7
