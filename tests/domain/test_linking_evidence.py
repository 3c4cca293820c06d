"""Linking evidence that generalises: codes, cognates, look-alike words, the lead, strong evidence."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from bot.domain.lexicon import load_lexicon
from bot.domain.linking import (
    LINK_THRESHOLD,
    STRONG_LINK_THRESHOLD,
    Candidate,
    Segment,
    TermStats,
    article_terms,
    choose_development,
    full_name,
    link_segments,
    segment_article,
)
from tests.builders import analysis_of

WHEN = datetime(2026, 5, 4, 12, tzinfo=UTC)


def test_document_and_road_codes_are_terms_but_dates_and_round_the_clock_are_not() -> None:
    es = article_terms("El decreto 518/2026 cierra la ruta RN-40 el 10/10 y el 3/12, abierta 24/7.")
    en = article_terms("Decree 518/2026 closes Route RN-40.")
    codes = {t for t in es if t.startswith("x:")}
    assert codes == {"x:518/2026", "x:rn-40"}
    assert codes <= en.keys()


def test_presidential_and_forest_names_are_one_name_in_both_languages() -> None:
    def names(text: str) -> set[str]:
        return {t for t in article_terms(text) if t.startswith("n:")}

    assert names("La Delegación Presidencial de Aysén ordenó evacuar.") & names(
        "The Presidential Delegation for Aysén ordered an evacuation."
    )
    assert names("El Parque Nacional Queulat seguirá cerrado.") == names("Queulat National Park stays shut.")
    assert names("Lo informó la Corporación Nacional Forestal.") == names(
        "The National Forest Corporation said so."
    )


def test_an_accented_first_name_is_not_a_country_and_la_paz_is_not_peace() -> None:
    person = article_terms("El fiscal Germán Ortiz citó al alcalde.")
    assert "e:germany" not in person and "e:german" in person
    assert "e:germany" in article_terms("German officials met the mayor.")
    assert "e:germany" in article_terms("El gobierno alemán protestó.")
    city = article_terms("El pago vence a las 18:00, hora de La Paz.")
    assert "c:peace" not in city and "e:paz" in city
    assert "c:peace" in article_terms("La paz llegó tras el acuerdo de paz.")


def test_a_sentence_opening_with_a_possessive_names_its_owner() -> None:
    assert "e:tolhuaca" in article_terms("Tolhuaca's residents went home on Tuesday.")
    terms = article_terms("Today's hearing was short. Yesterday's vote was close.")
    assert not any(t.startswith("e:") for t in terms)


# An analysis piece opens on a paragraph of scene-setting naming only a country; its actors come
# next and stay in the rest of the piece.
ANALYSIS = (
    "Peru's fishing season has now been delayed twice, and nobody has caught a single anchovy.\n"
    "The fisheries regulator Produce moved the opening to May 20. The institute Imarpe had found "
    "juveniles in the catch.\n"
    "Next week the institute Imarpe will survey again. The quota stays at two million tonnes, "
    "the regulator Produce said.\n"
    "Fleet owners say the delay costs them dearly every day the boats stay in port.\n"
    "Fishmeal plants along the coast have sent most of their workers home.\n"
    "Buyers abroad are already looking for other suppliers, traders say.\n"
)


def test_a_lead_naming_only_a_country_runs_on_to_the_paragraph_naming_its_actors() -> None:
    segments = segment_article(analysis_of(ANALYSIS), ANALYSIS, "Analysis: Peru's anchovy season waits")
    assert len(segments) == 1


def test_full_names_need_two_parts_of_their_own() -> None:
    lex = load_lexicon()
    assert full_name("n:beltran+adriana", lex)
    assert not full_name("n:ombudsman+pueblo", lex)
    assert not full_name("n:health+ministry+peru", lex)
    assert not full_name("e:beltran", lex)


def stats(*terms: str) -> TermStats:
    """Every term carried by one article of forty, one development of forty."""
    return TermStats(40, dict.fromkeys(terms, 1), dict.fromkeys(terms, 1), 40)


# A long report: a few terms in common with its story, many of its own.
OWN = [f"e:own{i}" for i in range(30)]


def test_strong_evidence_links_a_long_report_that_shares_little_else() -> None:
    shared = ["n:beltran+adriana", "n:jairo+quintero", "d:2026-06-30", "e:beltran"]
    terms = Counter([*shared, *OWN])
    story = Candidate(7, dict.fromkeys(shared, 1), 1, WHEN)
    dev, score = choose_development(terms, [story], stats(*terms), WHEN)
    assert STRONG_LINK_THRESHOLD <= score < LINK_THRESHOLD and dev == 7


def test_two_shared_full_names_without_a_date_are_not_enough_for_a_long_report() -> None:
    # Two strikes in one region: the same minister and union leader, no date or code in common.
    shared = ["n:beltran+adriana", "n:jairo+quintero", "e:choco"]
    terms = Counter([*shared, *OWN[:24]])
    other_strike = Candidate(8, dict.fromkeys(shared, 1), 1, WHEN)
    dev, score = choose_development(terms, [other_strike], stats(*terms), WHEN)
    assert STRONG_LINK_THRESHOLD <= score < LINK_THRESHOLD and dev is None


def test_a_story_sharing_only_people_and_listed_bodies_is_no_candidate_without_a_date() -> None:
    # The labour minister, the union leader and the UN speak on many stories.
    shared = ["n:beltran+adriana", "e:beltran", "e:adriana", "e:united_nations"]
    terms = Counter([*shared, "e:uraba", "c:strike"])
    other_strike = Candidate(8, dict.fromkeys([*shared, "c:strike"], 1), 1, WHEN)
    assert choose_development(terms, [other_strike], stats(*terms), WHEN) == (None, 0.0)
    # The same people with a dated deadline or event in common: the same story, told again.
    dated = Candidate(8, dict.fromkeys([*shared, "c:strike", "d:2026-06-30"], 1), 1, WHEN)
    dev, _ = choose_development(
        terms + Counter(["d:2026-06-30"]), [dated], stats(*terms, "d:2026-06-30"), WHEN
    )
    assert dev == 8


def test_dates_and_codes_without_a_full_name_are_not_strong_evidence() -> None:
    # Two ceasefires with one deadline day and one resolution number: no person or body in common.
    shared = ["d:2026-06-30", "d:2026-07-15", "x:2728/2026", "e:kivu"]
    terms = Counter([*shared, *OWN[:26]])
    other_truce = Candidate(9, dict.fromkeys(shared, 1), 1, WHEN)
    dev, score = choose_development(terms, [other_truce], stats(*terms), WHEN)
    assert STRONG_LINK_THRESHOLD <= score < LINK_THRESHOLD and dev is None


def test_a_side_subject_the_leads_story_already_names_joins_it() -> None:
    lead = Segment([0], Counter({"e:queulat": 2, "n:park+queulat": 1}))
    side = Segment([1], Counter({"e:cisnes": 2, **dict.fromkeys(OWN, 1)}), anchor="e:cisnes")
    story = Candidate(3, {"e:queulat": 2, "n:park+queulat": 2}, 2, WHEN)
    story_seen_by_side = Candidate(3, {"e:cisnes": 1}, 2, WHEN)
    terms = ("e:queulat", "n:park+queulat", "e:cisnes", *OWN)
    out = link_segments([lead, side], [[story], [story_seen_by_side]], stats(*terms), WHEN, ["t", "s"])
    assert [a.development_id for a in out] == [3] and out[0].item_indexes == (0, 1)


def test_a_side_subject_the_leads_story_never_named_opens_its_own() -> None:
    lead = Segment([0], Counter({"e:queulat": 2, "n:park+queulat": 1}))
    side = Segment([1], Counter({"e:cisnes": 2, **dict.fromkeys(OWN, 1)}), anchor="e:cisnes")
    story = Candidate(3, {"e:queulat": 2, "n:park+queulat": 2}, 2, WHEN)
    terms = ("e:queulat", "n:park+queulat", "e:cisnes", *OWN)
    out = link_segments([lead, side], [[story], []], stats(*terms), WHEN, ["t", "s"])
    assert [a.development_id for a in out] == [3, None]


def test_a_town_inside_a_bodys_name_the_story_writes_otherwise_is_its_own() -> None:
    # "Lindaro Fishermen and Shellfish Gatherers Association" and "Rosalía Meixide"; the story
    # wrote "Cofradía de Pescadores de Lindaro" and "Rosalía Meixide".
    terms = Counter(["n:fishermen+lindaro", "e:lindaro", "e:fishermen", "n:meixide+rosalia", "e:meixide"])
    story = Candidate(
        5, dict.fromkeys(["e:lindaro", "e:meixide", "e:rosalia", "n:meixide+rosalia"], 1), 1, WHEN
    )
    dev, _ = choose_development(terms, [story], stats(*terms, "e:rosalia"), WHEN)
    assert dev == 5
    # The same words where the story wrote the same name: a firm or person of many stories.
    firm = Candidate(6, dict.fromkeys(["e:lindaro", "e:fishermen", "n:fishermen+lindaro"], 1), 1, WHEN)
    assert choose_development(terms, [firm], stats(*terms), WHEN) == (None, 0.0)


def test_one_persons_nested_names_stay_people_and_names_apart_are_a_place() -> None:
    person = ["n:aldama+carmen+ruiz", "n:aldama+ruiz", "e:ruiz", "e:aldama"]
    story = Candidate(7, dict.fromkeys([*person, "e:carmen"], 1), 1, WHEN)
    assert choose_development(Counter(person), [story], stats(*person), WHEN) == (None, 0.0)
    # "Áridos Peñasalta" and "Peñasalta Viva": the village is in two names apart.
    village = ["n:aridos+penasalta", "n:penasalta+viva", "e:penasalta", "e:aridos", "e:viva"]
    quarry = Candidate(8, dict.fromkeys(village, 1), 1, WHEN)
    dev, _ = choose_development(Counter(village), [quarry], stats(*village), WHEN)
    assert dev == 8
