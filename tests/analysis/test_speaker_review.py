"""The speaker helpers' review findings: name particles read from the language's data, whole-word
name matches, Unicode capitals, and one reporting-verb test for labels and attribution."""

from __future__ import annotations

import pytest

from bot.analysis.attribution import lemma_of
from bot.analysis.labels import _after_set_off_cue
from bot.analysis.lexicon import load_lexicon
from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a surname's particle from the language's `name_particles` (the engine had its own list)
        (
            'Sheikh Ahmed ibn Rashid opened the new terminal on Monday. "We will double capacity," Rashid said.',
            "en",
            "Ahmed ibn Rashid",
        ),
        (
            'Farmers met Marta da Silva on Monday. "Prices must rise," Silva said.',
            "en",
            "Marta da Silva",
        ),
        (
            'El jeque Ahmed ibn Rashid inauguró la terminal el lunes. "Duplicaremos la capacidad", dijo Rashid.',
            "es",
            "Ahmed ibn Rashid",
        ),
        # a body's particle joins no two people ("and", "y": `body_name_particles`)
        (
            'Ana Ruiz and Pedro Gil toured the plant on Monday. "We are behind schedule," Gil said.',
            "en",
            "Pedro Gil",
        ),
        (
            'Ana Ruiz y Pedro Gil visitaron la planta el lunes. "Vamos con retraso", dijo Gil.',
            "es",
            "Pedro Gil",
        ),
    ],
)
def test_a_name_takes_the_particles_of_its_language(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # "Danielle" holds "Dan": the object's first name found inside the word before it made
        # "Dan Ortiz" the sentence's subject, and the antecedent of "She"
        (
            "Mayor Lena Holt visited the flooded district on Monday. Danielle hugged Dan Ortiz, the fire "
            "chief, outside the station. She said the river would crest on Wednesday.",
            "en",
            "Lena Holt",
        ),
        (
            "Mayor Lena Holt visited the flooded district on Monday. Rosalind thanked Rosa Ortiz, the fire "
            "chief, at the station. She said the river would crest on Wednesday.",
            "en",
            "Lena Holt",
        ),
        # hard negative: a person's title right before the name still opens the sentence
        (
            "Mayor Lena Holt visited the flooded district on Monday. Fire chief Dan Ortiz inspected the "
            "levee. He said the river would crest on Wednesday.",
            "en",
            "Dan Ortiz",
        ),
    ],
)
def test_a_sentence_opens_with_a_person_by_whole_words(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


_WATER = "Crews from the {} water authority cut supplies on Monday. A spokeswoman for the water authority said the cuts would last a week."


@pytest.mark.parametrize(
    ("place", "speaker"),
    [
        # a capitalised word is a name's, not a description's, whatever its first letter
        ("Madrid", "spokeswoman for the water authority"),
        ("Órgiva", "spokeswoman for the water authority"),
        ("Ñuble", "spokeswoman for the water authority"),
        ("Ölfus", "spokeswoman for the water authority"),
        # hard negatives: lower-case words, accented or not, describe the body
        ("regional", "regional water authority"),
        ("área", "área water authority"),
    ],
)
def test_a_body_description_is_told_by_unicode_case(place: str, speaker: str) -> None:
    assert last_statement_speaker(_WATER.format(place), "en") == speaker


def test_an_owner_before_a_description_stays_with_it() -> None:
    text = (
        "Dastan's defence ministry said on Monday that the border would reopen. "
        "A spokesman for the ministry said the checks would be lifted on Friday."
    )
    assert last_statement_speaker(text, "en") == "Dastan's defence ministry"


def _looks_reporting(word: str, lang: str) -> bool:
    """Tell a word a reporting verb by its form or lemma alone, without attribution's exclusions."""
    lex = load_lexicon(lang)
    return word in lex.reporting_forms or lemma_of(word, lex.simplemma_code) in lex.reporting_lemmas


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        (lang, word)
        for lang in ("en", "es")
        for word in sorted(load_lexicon(lang).reporting_exclude)
        if _looks_reporting(word, lang)
    ],
)
def test_a_set_off_word_that_attribution_excludes_is_no_cue(lang: str, word: str) -> None:
    text = f"The plan stalled, {word},"
    assert not _after_set_off_cue(text, 0, len(text), load_lexicon(lang))


@pytest.mark.parametrize(
    ("lang", "word"), [("en", "admitted"), ("en", "said"), ("es", "reconoció"), ("es", "añadió")]
)
def test_a_set_off_reporting_verb_is_a_cue(lang: str, word: str) -> None:
    text = f"The plan stalled, {word},"
    assert _after_set_off_cue(text, 0, len(text), load_lexicon(lang))
