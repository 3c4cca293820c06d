"""Linking: a nurses' union or college speaks on many stories; "Enfermería"/"Nursing" is a kind word."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 12, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story."""
    return chosen_at(WHEN, story, follow_up)


def test_two_nurses_strikes_called_by_one_union_stay_apart_es() -> None:
    calderon = (
        "El Sindicato de Enfermería convoca huelga indefinida en el hospital de Valdecruz por la "
        "falta de plantilla en urgencias."
    )
    quintanar = (
        "Las enfermeras del hospital de Quintanar irán a la huelga, anunció el Sindicato de "
        "Enfermería, que pide mediación."
    )
    assert chosen(calderon, quintanar) is None


def test_two_stories_of_one_nursing_college_stay_apart_es() -> None:
    staffing = "El Colegio de Enfermería denuncia que faltan 300 enfermeras en los centros de salud de Lugo."
    vaccines = "El Colegio de Enfermería pide adelantar la campaña de la gripe en las residencias de Ourense."
    assert chosen(staffing, vaccines) is None


def test_two_strikes_with_one_royal_college_of_nursing_stay_apart_en() -> None:
    ashford = "The Royal College of Nursing balloted staff at Ashford General over unsafe night shifts."
    wrexham = "Nurses at Wrexham Infirmary will strike next week, the Royal College of Nursing said."
    assert chosen(ashford, wrexham) is None


def test_two_nurses_strikes_called_by_one_nursing_union_stay_apart_en() -> None:
    ashford = "Nurses at Ashford General will strike on Monday over unsafe staffing, the Nursing Union said."
    wrexham = (
        "Nurses at Wrexham Infirmary will strike next week over unsafe staffing, the Nursing Union said."
    )
    assert chosen(ashford, wrexham) is None


def test_a_nurses_strike_named_again_with_its_hospital_still_joins_es() -> None:
    # The hospital with its manager: two of the story's full names. The hospital and the union
    # alone no longer join (the union's name was the second full name; see the README's limits).
    story = (
        "El Sindicato de Enfermería convoca huelga indefinida en el Hospital Calderón de Valladolid "
        "por la falta de plantilla. La gerente, Marta Lobera, pide mediación."
    )
    follow_up = (
        "Segundo día de huelga en el Hospital Calderón de Valladolid: el Sindicato de Enfermería "
        "cifra el seguimiento en el 80 % y Marta Lobera lo rebaja al 40 %."
    )
    assert chosen(story, follow_up) == 7


def test_a_nurses_strike_named_again_in_english_still_joins() -> None:
    story = (
        "Las enfermeras del Hospital Calderón de Valladolid convocan huelga; el Sindicato de "
        "Enfermería pide mediación."
    )
    follow_up = "Nurses at Calderón Hospital in Valladolid walked out on Monday, their nursing union said."
    assert chosen(story, follow_up) == 7
