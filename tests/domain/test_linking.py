"""Linking terms, segments, similarity and titles: pure functions over hand-built analyses."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.copies import containment, is_copy, shingles
from bot.domain.linking import (
    Candidate,
    TermStats,
    article_terms,
    choose_development,
    decay,
    make_title,
    segment_article,
    similarity,
)
from bot.domain.models import Label
from tests.builders import analysis_of

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus" / "es-kyiv-reference.json"


def entities(text: str) -> set[str]:
    return {t for t in article_terms(text) if t.startswith("e:")}


def test_spellings_and_transliterations_of_one_actor_are_one_entity() -> None:
    assert entities("Ataques contra Kiev.") == entities("Strikes on Kyiv.") == entities("Strikes on Kyïv.")
    assert entities("Dijo Zelenski.") == entities("Said Zelenskyy.") == entities("Said Zelensky.")
    assert entities("Lo dijo Putín.") == entities("Said Putin.")
    us = {"e:united_states"}
    assert entities("Lo pidió EE.UU.") == entities("Lo pidió EE. UU.") == us
    assert (
        entities("Lo pidió Estados Unidos.") == entities("The US asked.") == entities("The U.S. asked.") == us
    )


def test_short_aliases_match_only_in_capitals_so_pronouns_stay_words() -> None:
    assert "e:united_states" not in article_terms("He told us about it.")
    assert "e:united_nations" not in article_terms("Dijo que era un acuerdo.")
    assert "e:united_nations" in article_terms("The UN said so.")


def test_subject_words_of_both_languages_share_a_concept() -> None:
    assert "c:strike" in article_terms("La huelga empieza el lunes.")
    assert "c:strike" in article_terms("The strike starts on Monday.")
    assert "c:tariff" in article_terms("Los aranceles al acero.") and "c:steel" in article_terms(
        "Steel tariffs."
    )


def test_sentence_initial_words_are_not_names_unless_capitalised_elsewhere() -> None:
    terms = article_terms("Comienza la huelga en la mina. Ayer habló Ibarra con Ibarra.")
    assert "e:comienza" not in terms
    assert "e:ibara" in terms  # names fold doubled letters: Ibarra, Ibara


def test_reference_article_splits_into_the_pause_and_the_abu_dhabi_talks() -> None:
    data = json.loads(REFERENCE.read_text("utf-8"))
    text = data["text"]
    analysis = analysis_of(text, lang="es")
    segments = segment_article(analysis, text, data.get("title"))
    assert len(segments) == 2
    lead, talks = segments
    assert talks.anchor == "e:abu_dhabi"
    talk_text = " ".join(analysis.items[i].text for i in talks.item_indexes)
    lead_text = " ".join(analysis.items[i].text for i in lead.item_indexes)
    assert "comenzaron el 23 de enero en Abu Dabi" in talk_text
    assert "fuente rusa declaró a TASS" in talk_text
    assert "prematuro" in talk_text  # "En aquel momento" goes on with the talks
    assert "hasta el 1 de febrero" in lead_text and "Abu Dabi" not in lead_text
    assert make_title(analysis, None, talks) == "Conversaciones en Abu Dabi"


def test_an_article_on_one_subject_stays_one_segment() -> None:
    text = (
        "Dockworkers in Valencia called a strike at the port.\n"
        "The union said the strike would start on Friday in Valencia and Algeciras.\n"
        "Employers in Algeciras said talks would go on. Algeciras handles most containers."
    )
    assert len(segment_article(analysis_of(text), text, "Port strike")) == 1


def test_titles_are_the_headlines_first_clause_and_short() -> None:
    analysis = analysis_of("Something happened.")
    assert (
        make_title(analysis, "Ultimátum de los estibadores: huelga en Valencia")
        == "Ultimátum de los estibadores"
    )
    long = make_title(analysis, "one two three four five six seven eight nine ten eleven")
    assert long.endswith("…") and len(long.split()) == 9
    assert make_title(analysis, None) == "Something happened"


def test_similarity_prefers_the_development_sharing_actors_and_decays_with_silence() -> None:
    when = datetime(2026, 2, 1, tzinfo=UTC)
    stats = TermStats(10, {"e:kyiv": 2, "c:pause": 2, "e:valencia": 1, "c:strike": 1})
    terms = Counter(article_terms("Russia extended the pause on strikes against Kyiv, Peskov said."))
    kyiv = Candidate(
        1, {"e:kyiv": 2, "c:pause": 2, "e:peskov": 1, "e:russia": 2}, 2, when - timedelta(days=1)
    )
    port = Candidate(2, {"e:valencia": 1, "c:strike": 1}, 1, when - timedelta(days=1))
    assert similarity(terms, kyiv, stats, when) > 0.5 > similarity(terms, port, stats, when)
    assert choose_development(terms, [port, kyiv], stats, when)[0] == 1
    old = Candidate(1, kyiv.term_counts, 2, when - timedelta(days=200))
    assert similarity(terms, old, stats, when) < similarity(terms, kyiv, stats, when) / 4
    assert decay(when, when - timedelta(days=5)) == 1.0
    assert decay(None, when) == 1.0


def test_unrelated_article_opens_a_new_development() -> None:
    when = datetime(2026, 2, 1, tzinfo=UTC)
    stats = TermStats(10, {})
    terms = Counter(article_terms("Zambia's electoral commission gave parties until Friday."))
    kyiv = Candidate(1, {"e:kyiv": 2, "c:pause": 2}, 2, when)
    assert choose_development(terms, [kyiv], stats, when)[0] is None


def test_a_lightly_edited_copy_is_a_copy_and_a_new_report_is_not() -> None:
    wire = (
        "La Coordinadora Estatal de Estibadores dio este lunes un plazo de 72 horas a la patronal para "
        "firmar el convenio, o convocará huelga en Valencia, Algeciras y Barcelona. Ibarra explicó que el "
        "conflicto gira en torno a la automatización de las terminales."
    )
    copy = (
        wire.replace("o convocará", "o de lo contrario convocará")
        + " Más de 6.000 estibadores trabajan allí."
    )
    other = "Estibadores y patronal firmaron este lunes el convenio y la Coordinadora desconvocó la huelga."
    assert is_copy(shingles(wire), shingles(copy))
    assert containment(shingles(wire), shingles(other)) < 0.3


def test_commentary_does_not_feed_the_linking_terms() -> None:
    text = "Peskov spoke about Kyiv.\n>>Everyone knows Valencia is lovely"
    analysis = analysis_of(text, labels={">>": (Label.COMMENTARY, None)})
    (lead,) = segment_article(analysis, text, None)
    assert "e:kyiv" in lead.terms and "e:valencia" not in lead.terms
    assert lead.item_indexes == [0, 1]


def test_a_short_source_before_a_colon_is_not_the_title() -> None:
    analysis = analysis_of("Something happened.")
    title = make_title(analysis, "Kremlin: Trump asked Putin to pause strikes on Kyiv until 1 February")
    assert title == "Trump asked Putin to pause strikes on Kyiv until…"


def test_a_cut_title_does_not_end_on_a_function_word() -> None:
    analysis = analysis_of("Something happened.")
    title = make_title(analysis, "El TSJ de Madrid da diez días a la Comunidad para reabrir los comedores")
    assert title == "El TSJ de Madrid da diez días…"


def test_a_brief_expanded_into_a_full_story_is_not_a_copy_but_a_trimmed_story_is() -> None:
    brief = (
        "The Kremlin extended the pause on strikes against Kyiv by 48 hours, Dmitry Peskov told reporters "
        "in Moscow on Sunday, after a request from the United States special envoy Steve Witkoff."
    )
    full = brief + (
        " Volodymyr Zelenskyy said Ukraine would keep its word while Russia kept its own, and asked for the "
        "pause to cover the ports of Odesa. Temperatures in Kyiv fell to fifteen degrees below zero and "
        "four hundred thousand homes were still without heating on Sunday morning, city officials said."
    )
    assert not is_copy(shingles(full), shingles(brief))
    assert is_copy(shingles(brief), shingles(full))


def test_a_side_subject_on_a_person_is_not_titled_as_a_place() -> None:
    from bot.domain.linking import Segment

    text = "Las negociaciones con Witkoff siguen."
    analysis = analysis_of(text, lang="es")
    segment = Segment([0], Counter(article_terms(text)), anchor="e:witkof", anchor_text="Witkoff")
    assert make_title(analysis, None, segment) == "Witkoff: negociaciones"


def _written(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, int, int]] = []
    article_terms(text, written=found)
    return [(term, text[start:end]) for term, start, end in found]


def test_linking_says_where_it_found_each_name_and_entity() -> None:
    text = "The U.S. Treasury and Dmitry Peskov's office met in Abu Dhabi with the Ministerio de Economía y Finanzas."
    written = _written(text)
    assert ("e:united_states", "U.S.") in written  # a squeezed acronym spans it as written
    assert ("e:abu_dhabi", "Abu Dhabi") in written
    assert ("n:dmitri+peskov", "Dmitry Peskov") in written  # the possessive is no part of the name
    assert any(t.startswith("n:") and w == "Ministerio de Economía y Finanzas" for t, w in written)
    assert ("e:peskov", "Peskov") in written  # an entity inside a name is found too


def test_every_name_and_entity_linking_counts_is_found_where_written_on_the_dev_articles() -> None:
    # One rule: the spans are those of the terms counted, and only those (actors are read from them).
    corpus = REFERENCE.parent
    for path in sorted(corpus.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        if data.get("split") != "dev":
            continue
        for text in [data.get("title") or "", *data["text"].split("\n")]:
            found: list[tuple[str, int, int]] = []
            terms = article_terms(text, written=found)
            names = {t for t in terms if t.startswith(("e:", "n:"))}
            assert {t for t, _, _ in found} == names, path.name
            assert all(0 <= s < e <= len(text) and text[s:e].strip() == text[s:e] for _, s, e in found)
