"""Linking terms of acronyms and repeated names: an acronym is a name, a bracketed one names the body before it."""

from __future__ import annotations

from collections import Counter

from bot.domain.linking import TermStats, article_terms, segment_article, segment_weights
from tests.builders import analysis_of

# An explainer in English about a Spanish-speaking body: its acronym follows the Spanish word
# order and takes two letters of one word, so it is not the initials of the English name.
WATER_EXPLAINER = (
    "What happened?\n"
    "Taps ran dry on Monday in half of Montevideo after the National Drinking Water Service (SENAGUAS) "
    "shut two treatment plants on the Santa Lucía river.\n"
    "What has the government done?\n"
    "Environment Minister Laura Bentancor gave SENAGUAS's board until Friday to explain the "
    "shutdown. The utility says the river's salt level is the highest on record.\n"
    "When does the water come back?\n"
    "By Thursday, SENAGUAS promised, one plant will reopen. Tanker lorries hired by SENAGUAS will "
    "serve hospitals.\n"
    "What happens next?\n"
    "Parliament's environment committee will question the minister next week."
)
NAME = "n:drinking+national+service+water"


def test_an_acronym_opening_a_sentence_is_a_name() -> None:
    assert "e:senaguas" in article_terms("SENAGUAS cut the supply on Monday.")
    assert "e:senaguas" in article_terms("Taps ran dry. SENAGUAS's board met on Tuesday.")
    # A capitalised word opening a sentence is still no name of its own.
    assert not any(t.startswith("e:") for t in article_terms("Taps ran dry on Monday."))


def test_a_bracketed_acronym_stands_for_the_name_before_it_in_every_sentence() -> None:
    segments = segment_article(analysis_of(WATER_EXPLAINER), WATER_EXPLAINER, "Montevideo's taps run dry")
    terms = segments[0].terms
    # Every sentence naming SENAGUAS names the Service: once written out, three more by acronym.
    assert terms["e:senaguas"] == 4
    assert terms[NAME] == 4


def test_an_explainer_naming_its_body_by_acronym_further_down_is_one_story() -> None:
    # The body is written out in the lead and named by its acronym in three later paragraphs:
    # the same story told at more length, not a subject apart.
    segments = segment_article(analysis_of(WATER_EXPLAINER), WATER_EXPLAINER, "Montevideo's taps run dry")
    assert len(segments) == 1


def test_a_source_in_brackets_after_a_person_is_no_acronym_of_the_person() -> None:
    text = (
        "The strike will go on, said the union leader Joaquín Pereda Lagos (EFE).\n"
        "EFE reported that the talks broke down at noon."
    )
    terms = segment_article(analysis_of(text), text, None)[0].terms
    assert terms["n:joaquin+lagos+pereda"] == 1


def test_an_acronym_in_brackets_needs_letters_of_the_name() -> None:
    acronyms: dict[str, str] = {}
    article_terms(
        "On Monday the Binational Lake Authority (ALT) held a meeting, and so did the Harbour Board (XYZ).",
        acronyms=acronyms,
    )
    assert acronyms.get("alt") == "n:authority+binacional+lake"
    assert "xyz" not in acronyms


def test_names_written_again_and_again_weigh_more_than_names_written_once() -> None:
    stats = TermStats(100, {"e:senaguas": 2, "e:bentancor": 2})
    weights = segment_weights(Counter({"e:senaguas": 5, "e:bentancor": 1}), stats)
    assert weights["e:senaguas"] > 2 * weights["e:bentancor"]
    # Sublinear: five mentions weigh less than five names.
    assert weights["e:senaguas"] < 5 * weights["e:bentancor"]
