"""A development's actors: spellings as written, folded to one per actor."""

from __future__ import annotations

from collections import Counter

from bot.domain.linking import article_terms
from bot.domain.profile import actor_spellings, merge_actors


def test_actors_are_spelt_as_the_text_writes_them_not_as_linking_keys_them() -> None:
    text = "The port of Rotterdam stopped on Monday, union leader Marieke de Vries said."
    spellings = actor_spellings(article_terms(text), [text])
    assert {"Rotterdam", "Marieke de Vries"} <= set(spellings)
    assert not {"roterdam", "marieke", "vries"} & set(spellings)


def test_only_terms_linking_found_are_actors() -> None:
    text = "Dmitry Peskov said the pause would hold."
    assert actor_spellings(Counter({"n:dmitri+peskov": 1}), [text]) == ["Dmitry Peskov"]
    assert actor_spellings(Counter({"c:pause": 1}), [text]) == []


def test_a_surname_alone_folds_into_the_full_name_either_way_round() -> None:
    assert merge_actors({"Peskov"}, ["Dmitri Peskov"]) == {"Dmitri Peskov"}
    assert merge_actors({"Dmitri Peskov"}, ["Peskov"]) == {"Dmitri Peskov"}


def test_of_two_spellings_of_as_many_words_the_one_held_stays() -> None:
    assert merge_actors({"Zelenski"}, ["Zelensky", "Zelenskyy"]) == {"Zelenski"}
    assert merge_actors({"Dmitri Peskov"}, ["Dmitry Peskov"]) == {"Dmitri Peskov"}
    assert merge_actors((), ["Zelensky", "Zelenski"]) == {"Zelensky"}  # the first written


def test_an_aliases_own_name_replaces_a_demonym_or_a_metonym() -> None:
    assert merge_actors({"Kremlin"}, ["Russian", "Russia"]) == {"Russia"}
    assert merge_actors({"Kiev"}, ["Kyiv"]) == {"Kyiv"}


def test_a_bodys_name_does_not_swallow_its_place_and_namesakes_stay_apart() -> None:
    held = {"Valencia", "Donald Trump"}
    merged = merge_actors(held, ["Autoridad Portuaria de Valencia", "Melania Trump"])
    assert merged == {"Valencia", "Autoridad Portuaria de Valencia", "Donald Trump", "Melania Trump"}


def test_a_hyphenated_name_keeps_its_hyphen_and_a_possessive_ends_a_name() -> None:
    text = "Shipping line Hanse-Pacific Lines said Dmitry Peskov's office agreed."
    spellings = actor_spellings(article_terms(text), [text])
    assert "Hanse-Pacific Lines" in spellings and "Dmitry Peskov" in spellings


def test_keys_an_older_sitrep_stored_give_way_to_spellings_as_written() -> None:
    held = {"zelensky", "roterdam", "abu_dhabi", "united_states"}
    merged = merge_actors(held, ["Zelenski", "Rotterdam", "Abu Dhabi", "Estados Unidos"])
    assert merged == {"Zelenski", "Rotterdam", "Abu Dhabi", "Estados Unidos"}


def test_actors_are_where_linking_found_its_terms_not_a_second_reading() -> None:
    text = "The Ministerio de Economía y Finanzas and the Bogotá court heard the U.S. Treasury on Monday."
    spellings = actor_spellings(article_terms(text), [text])
    # a body's name joined by "y" is one actor; a lower-case head word linking joins ("court") is
    # left out of the spelling; an acronym is spelt as written
    assert "Ministerio de Economía y Finanzas" in spellings
    assert "Bogotá" in spellings and "Bogotá court" not in spellings
    assert "U.S. Treasury" in spellings
    assert not {"Ministerio", "Economía", "Finanzas"} & set(spellings)


def test_spans_linking_already_found_are_read_not_looked_for_again() -> None:
    text = "Dmitry Peskov said the pause would hold."
    found: list[tuple[str, int, int]] = []
    terms = article_terms(text, written=found)
    assert actor_spellings(terms, [text], written=[found]) == ["Dmitry Peskov"]
    assert actor_spellings(terms, [text], written=[[]]) == []  # a comment: linking read nothing there
    assert actor_spellings(terms, [text], written=[None]) == ["Dmitry Peskov"]  # a headline: looked for
