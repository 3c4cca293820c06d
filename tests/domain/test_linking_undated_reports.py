"""Linking: an undated report joins its story, not the side subject its first report opened."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from bot.domain.linking import Candidate, TermStats, article_terms, choose_development, similarity

WHEN = datetime(2026, 5, 4, tzinfo=UTC)
LEAD_ID, SIDE_ID = 1, 2


def presence(*texts: str) -> Counter[str]:
    """Count the reports carrying each term, as a development's term counts do."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(article_terms(text)))
    return counts


def story(lead: str, side: str, follow_ups: list[str]) -> tuple[list[Candidate], TermStats]:
    """Return the story's development (its first report's lead and follow-ups) and the side one."""
    reports = [f"{lead}\n{side}", *follow_ups]
    lead_dev = Candidate(LEAD_ID, presence(lead, *follow_ups), 1 + len(follow_ups), WHEN)
    side_dev = Candidate(SIDE_ID, presence(side), 1, WHEN)
    return [side_dev, lead_dev], TermStats(len(reports) + 20, presence(*reports))


EXAM_LEAD = (
    "The Education Ministry annulled the Velmont university entrance exam after the paper leaked on "
    "social media. About 40,000 applicants in Quenara must sit the Velmont exam again."
)
EXAM_SIDE = (
    "The testing agency Orvista, which printed the Velmont exam papers, said a contractor's laptop was "
    "hacked and the paper leaked. Orvista's director Marta Kellen resigned on Friday. Orvista will not "
    "print the new exam paper."
)
EXAM_FOLLOW_UPS = [
    "Applicants in Quenara sat the Velmont exam again on Saturday under police guard.",
    "Results of the repeated Velmont exam will be published next week, the ministry said. Teachers in "
    "Quenara welcomed the calendar.",
]
WATER_LEAD = (
    "El Ayuntamiento de Valdecorza cortará el agua por la noche desde el 2 de noviembre por la sequía. "
    "Los cortes del agua en Valdecorza durarán de once de la noche a seis de la mañana."
)
WATER_SIDE = (
    "La empresa Hidranova, que gestiona el embalse de Valdecorza, dice que el agua del embalse está al "
    "18 por ciento y pide cortes del agua más largos por la sequía. El director de Hidranova, Tomás "
    "Orriols, comparecerá el lunes."
)
WATER_FOLLOW_UPS = [
    "Los vecinos de Valdecorza se quedan sin agua por la noche desde hoy. Los cortes empezaron a las once.",
    "El Ayuntamiento de Valdecorza suaviza los cortes del agua tras las lluvias de la semana.",
]


@pytest.mark.parametrize(
    ("lead", "side", "follow_ups", "undated"),
    [
        (
            EXAM_LEAD,
            EXAM_SIDE,
            EXAM_FOLLOW_UPS,
            "Applicants from Quenara will sit the Velmont exam again after the leak; Orvista printed the "
            "leaked paper.",
        ),
        (
            EXAM_LEAD,
            EXAM_SIDE,
            EXAM_FOLLOW_UPS,
            "Quenara's applicants sit the Velmont exam again today, weeks after Orvista's leaked paper "
            "forced the ministry to annul it.",
        ),
        (
            WATER_LEAD,
            WATER_SIDE,
            WATER_FOLLOW_UPS,
            "Editorial: los cortes del agua en Valdecorza no pueden ser la única política contra la sequía.",
        ),
        (
            WATER_LEAD,
            WATER_SIDE,
            WATER_FOLLOW_UPS,
            "Opinión: en Valdecorza los cortes del agua son la respuesta fácil a la sequía.",
        ),
        (
            WATER_LEAD,
            WATER_SIDE,
            WATER_FOLLOW_UPS,
            "Crónica: los cortes del agua llegan a Valdecorza por la sequía.",
        ),
    ],
    ids=["exam-en-leak", "exam-en-resit", "water-es-editorial", "water-es-opinion", "water-es-chronicle"],
)
def test_an_undated_follow_up_joins_the_story_not_its_first_reports_side_subject(
    lead: str, side: str, follow_ups: list[str], undated: str
) -> None:
    candidates, stats = story(lead, side, follow_ups)
    terms = Counter(article_terms(undated))
    side_dev, lead_dev = candidates
    # The side subject's one report matches more of the words: the shape that split the story.
    assert similarity(terms, side_dev, stats, None) > similarity(terms, lead_dev, stats, None)
    assert choose_development(terms, candidates, stats, None)[0] == LEAD_ID


def test_a_dated_follow_up_still_goes_by_the_best_score() -> None:
    # With a date, recency tells developments apart (`decay`); the rule is for undated reports.
    candidates, stats = story(EXAM_LEAD, EXAM_SIDE, EXAM_FOLLOW_UPS)
    terms = Counter(
        article_terms(
            "Applicants from Quenara will sit the Velmont exam again after the leak; Orvista printed the "
            "leaked paper."
        )
    )
    assert choose_development(terms, candidates, stats, WHEN)[0] == SIDE_ID


def _apart(established: list[str], new_story: str, undated: str) -> int | None:
    """Link an undated report of a one-report story beside an established story of the same place."""
    old = Candidate(LEAD_ID, presence(*established), len(established), WHEN)
    new = Candidate(SIDE_ID, presence(new_story), 1, WHEN)
    stats = TermStats(len(established) + 21, presence(*established, new_story))
    return choose_development(Counter(article_terms(undated)), [old, new], stats, None)[0]


WATER_CUTS_EN = [
    "Quenara will cut water at night from Monday because of the drought, the city council said.",
    "Night water cuts began in Quenara; residents queued at tankers.",
    "Rain eased Quenara's night water cuts, the city council said.",
]
BUS_STRIKE_EN = (
    "Bus drivers in Quenara will strike on Monday over pay, the Tranvelo company said. The Quenara bus "
    "strike will stop 40 lines."
)


def test_an_undated_report_of_a_new_story_in_the_same_town_stays_apart_en() -> None:
    undated = (
        "As Quenara's night water cuts go on, the Quenara bus strike starts on Monday after talks with "
        "Tranvelo failed."
    )
    assert _apart(WATER_CUTS_EN, BUS_STRIKE_EN, undated) == SIDE_ID


def test_an_undated_report_sharing_only_the_town_does_not_join_the_established_story_en() -> None:
    undated = "Quenara bus drivers strike on Monday: no buses, and no water at night either."
    assert _apart(WATER_CUTS_EN, BUS_STRIKE_EN, undated) != LEAD_ID


def test_an_undated_report_of_a_strike_the_week_of_a_repeated_exam_stays_apart_es() -> None:
    exam = [
        "La Consejería anuló el examen de acceso de Valdecorza por una filtración.",
        "Los aspirantes de Valdecorza repiten el examen de acceso el sábado.",
        "Las notas del examen repetido de Valdecorza saldrán el martes.",
    ]
    strike = (
        "Las enfermeras del hospital San Lucio de Valdecorza harán huelga el lunes por la plantilla. La "
        "directora del hospital San Lucio, Inés Garrido, pide calma."
    )
    undated = (
        "Inés Garrido, directora del hospital San Lucio de Valdecorza, negocia con las enfermeras en huelga."
    )
    assert _apart(exam, strike, undated) == SIDE_ID
