"""Spanish "lo" before a past verb is an object pronoun: the model is not shown it.

"Lo" is also the neuter article of the writer's verdicts ("Lo peor es que…", "lo que nadie dice"),
and the model's word half gives every "lo" that weight; at a lower threshold it read "Lo encontró
casualmente en el archivo municipal." as comment (p 0.82 with or without the adverb). Right before a
past verb (`object_clitics`) the pronoun is left out of what the model reads (`WordClasses.as_read`);
before "ser" or "estar" ("A veces lo era", "No lo fue": the predicate's "so", the writer's), before an
adjective, "que" or a present verb, it stays. English has no such article and no entry. Own sentences,
written for this test, never taken from the corpus or the stance bank.
"""

from __future__ import annotations

import pytest

from bot.analysis.stance import word_classes


def _read(text: str) -> str:
    wc = word_classes("es")
    assert wc is not None
    return wc.as_read(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Lo encontró un vecino en la cuneta.", "encontró un vecino en la cuneta."),
        ("Lo firmaron los dos alcaldes el martes.", "firmaron los dos alcaldes el martes."),
        ("El pleno lo aprobó por unanimidad.", "El pleno aprobó por unanimidad."),
        (
            "La policía lo arrestó en el aeropuerto y lo trasladaba a comisaría.",
            "La policía arrestó en el aeropuerto y trasladaba a comisaría.",
        ),
    ],
)
def test_an_object_pronoun_before_a_past_verb_is_not_shown_to_the_model(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # the predicate's "lo" with "ser" or "estar": the writer's "so"
        "A veces lo era.",
        "No lo fue, y todos lo sabían.",
        # the neuter article: before an adjective, "que", "de" or "más"
        "Lo peor llegó después.",
        "Lo que pasó en el pleno no se explica.",
        "Lo más caro fue el seguro.",
        # a present verb, a pronoun set off by a comma, or a feminine pronoun: as before
        "Lo dice el informe.",
        "La firmaron los dos alcaldes.",
    ],
)
def test_the_neuter_article_and_the_predicate_are_still_read(text: str) -> None:
    assert _read(text) == text


def test_english_has_no_object_clitics() -> None:
    wc = word_classes("en")
    assert wc is not None and not wc.object_clitics


@pytest.mark.parametrize("lang", ["en", "es"])
def test_listed_words_are_letter_runs(lang: str) -> None:
    # `as_read` skips a clause none of whose letter runs is listed: that needs every listed word to
    # be one run of letters (no apostrophe, digit or space), as a word token without one is
    wc = word_classes(lang)
    assert wc is not None
    for word in wc.object_clitics | wc.manner_senses:
        assert word.isalpha() and word == word.lower(), word
