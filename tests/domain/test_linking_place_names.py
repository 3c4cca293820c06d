"""Linking: a place or body written inside a body's or place's name is the story's own, not a person's."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 26, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story."""
    return chosen_at(WHEN, story, follow_up)


def test_a_port_authority_and_its_tanker_named_again_join_their_story_es() -> None:
    story = (
        "La Autoridad Portuaria de Harrowgate concedió al petrolero Nordvik Star dos semanas más "
        "para descargar en el muelle dañado. La portavoz Gwen Talis lo confirmó."
    )
    follow_up = (
        "Editorial. La Autoridad Portuaria de Harrowgate vuelve a pedir tiempo y el Nordvik Star "
        "sigue amarrado. Gwen Talis promete que la reparación acabará pronto."
    )
    assert chosen(story, follow_up) == 7


def test_a_town_council_named_again_joins_its_story_es() -> None:
    story = (
        "El Ayuntamiento de Piedrabuena del Arroyo aprobó cerrar la escuela. El alcalde, Anselmo "
        "Garcés, dijo que solo quedan catorce alumnos."
    )
    follow_up = (
        "Preguntas y respuestas. El juzgado suspendió el cierre que aprobó el Ayuntamiento de "
        "Piedrabuena del Arroyo; Anselmo Garcés recurrirá y los alumnos siguen en clase."
    )
    assert chosen(story, follow_up) == 7


def test_a_town_council_and_its_harbour_named_again_join_their_story_en() -> None:
    story = (
        "The Puerto Lindo Town Council closed the harbour after the storm. Its mayor, Rosa Vidal, "
        "said the Puerto Lindo Harbour would reopen in May."
    )
    follow_up = (
        "Comment: the Puerto Lindo Town Council promised May, and Rosa Vidal now says the "
        "Puerto Lindo Harbour needs the summer."
    )
    assert chosen(story, follow_up) == 7


def test_two_cases_of_one_prosecutor_stay_apart() -> None:
    # "La fiscal Ana Ruiz Soler" is a person with her title, not a body: two cases share only her.
    # With the same judge too, two full names in common: still people, not a body or a place.
    fraud = (
        "La fiscal Ana Ruiz Soler acusó a la constructora Obras Mendaro de inflar las facturas del "
        "puerto. El juez Tomás Ibarra Lanz citó a sus directivos."
    )
    smuggling = (
        "La fiscal Ana Ruiz Soler pidió prisión para los tres pilotos de la lancha detenida en "
        "Barbate. El juez Tomás Ibarra Lanz decidirá el lunes."
    )
    assert chosen(fraud, smuggling) is None


def test_two_stories_of_one_port_authority_stay_apart() -> None:
    # One body, two stories: a tanker's waiver, then a dockers' pay dispute with its own names.
    waiver = (
        "La Autoridad Portuaria de Harrowgate concedió al petrolero Nordvik Star dos semanas más "
        "para descargar en el muelle dañado."
    )
    dispute = (
        "Los estibadores de la Autoridad Portuaria de Harrowgate convocaron huelga. El sindicato "
        "Estiba Unida y su portavoz, Iker Zubiria, reclaman el convenio firmado en Bilbao con "
        "Navieras Cantábricas y la consignataria Mareas del Norte."
    )
    assert chosen(waiver, dispute) is None
