"""Linking: a school heads its name as a council or a hospital does, so its town is the story's own."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 7, 9, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story."""
    return chosen_at(WHEN, story, follow_up)


def test_a_court_suspending_a_village_schools_closure_joins_its_story_es() -> None:
    story = (
        "El pleno de Piedrabuena del Arroyo aprobó cerrar el colegio Los Almendros de Piedrabuena "
        "del Arroyo a final de curso; las familias recurrirán."
    )
    follow_up = (
        "Preguntas y respuestas: el juzgado suspendió el cierre del colegio Los Almendros de "
        "Piedrabuena del Arroyo. ¿Qué pasa ahora con los alumnos de Piedrabuena del Arroyo?"
    )
    assert chosen(story, follow_up) == 7


def test_a_follow_up_on_a_towns_school_joins_its_story_en() -> None:
    story = (
        "Parents in Kilbride Moss lost their vote to keep Glenrowan Primary School of Kilbride Moss "
        "open; the council will close it in June."
    )
    follow_up = (
        "What next for Glenrowan Primary School of Kilbride Moss? Parents in Kilbride Moss have "
        "lodged an appeal."
    )
    assert chosen(story, follow_up) == 7


def test_a_follow_up_on_a_village_escuela_joins_its_story_es() -> None:
    story = (
        "La Consejería cerrará la escuela Los Olmos de Villar del Cierzo; en Villar del "
        "Cierzo quedan nueve alumnos."
    )
    follow_up = (
        "Los vecinos de Villar del Cierzo se encierran en la escuela Los Olmos de Villar del "
        "Cierzo para impedir el cierre."
    )
    assert chosen(story, follow_up) == 7


def test_two_stories_of_one_school_named_alone_stay_apart_es() -> None:
    # A school named alone is a body of many stories: a fire, then a teachers' dispute.
    fire = "Un incendio obligó a desalojar el Colegio San Prudencio de Valdemoro sin heridos."
    dispute = "Los profesores del Colegio San Prudencio de Valdemoro reclaman cobrar las horas extra."
    assert chosen(fire, dispute) is None


def test_two_stories_of_one_headteacher_and_one_inspector_stay_apart_en() -> None:
    # Two people in common and nothing of the story's own: a league table, then a burst pipe.
    results = (
        "Headteacher Fiona Galbraith welcomed the league tables, and inspector Duncan Ure praised "
        "the maths results."
    )
    flood = "A burst pipe flooded the gym, Fiona Galbraith said; Duncan Ure will inspect the damage."
    assert chosen(results, flood) is None
