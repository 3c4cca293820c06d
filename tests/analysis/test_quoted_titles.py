"""A title or a sign quoted in the writer's sentence is someone else's words, for the stance model too.

'The leaflet, titled "What you need to know", was sent…': the rules read a second person inside a
quotation as no address to the reader; the stance model read the quoted words as the writer's
and, trained on twelve bank annotators, flipped such facts to comment. It now reads the clause
without its quotations of two words or more (`stance._writers_words`); a one-word scare quote is
the writer's irony and stays, and a mostly quoted clause keeps its words. Own sentences on
unrelated topics, never taken from the corpus or the bank.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.analysis.stance import _writers_words, features, word_ngrams
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
_LEADS = {
    "en": "The regional council published its annual transport report on Tuesday.",
    "es": "El ayuntamiento publicó el martes su informe anual de transporte.",
}
_TAILS = {"en": "The report runs to 40 pages.", "es": "El informe tiene 40 páginas."}


def _label(lang: str, text: str) -> Label:
    """Return the label of the probe, read mid-paragraph between a plain lead and a plain tail."""
    body = f"{_LEADS[lang]} {text} {_TAILS[lang]}"
    at = len(_LEADS[lang]) + 1
    return next(i for i in analyze(body, lang=lang, now=_NOW).items if i.start <= at < i.end).label


def test_quotations_of_two_words_or_more_are_left_out() -> None:
    assert (
        _writers_words('The leaflet, titled "What you need to know", was sent.')
        == "The leaflet, titled  , was sent."
    )
    assert _writers_words("El cartel, «Usted está aquí», sigue.") == "El cartel,  , sigue."


@pytest.mark.parametrize(
    "text",
    [
        'The "temporary" levy is in its fourth year.',  # a one-word scare quote: the writer's irony
        '"We will not pay a cent more," the union said.',  # mostly quoted: its words are all there is
        "No quotation at all here.",
    ],
)
def test_scare_quotes_and_mostly_quoted_clauses_keep_their_words(text: str) -> None:
    assert _writers_words(text) == text


def test_the_quoted_second_person_is_no_feature_of_the_writers() -> None:
    feats = features('The leaflet, titled "What you need to know", was sent to 12,000 households.', "en")
    assert "you" not in feats and "quote" in feats
    assert "you" not in word_ngrams('The leaflet, titled "What you need to know", was sent.', "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'The council\'s new brochure, "Your bins, your rules", went out to 30,000 homes in May.'),
        ("en", 'The exhibition, titled "You Were Never Here", opens at the city museum on Friday.'),
        ("en", 'A banner reading "We will not be moved" hung from the town hall for two weeks.'),
        ("en", 'The app shows the message "You are in a queue" to every caller after 9 a.m.'),
        ("en", 'The leaflet, titled "What you need to know", was sent to 12,000 households.'),
        ("es", "La campaña, bajo el lema «Tú decides», costó 200.000 euros al ayuntamiento."),
        (
            "es",
            "Una pancarta con el texto «No nos moverán» colgó del balcón del ayuntamiento durante dos semanas.",
        ),
        ("es", "El aviso «Usted no puede aparcar aquí» figura en las cuatro entradas del garaje."),
        ("es", "La exposición, titulada «Nunca estuviste aquí», abre el viernes en el museo municipal."),
        ("es", "El cartel de la entrada, «Usted está aquí», lleva tres años sin actualizar."),
    ],
)
def test_a_fact_about_a_quoted_title_or_sign_stays_a_fact(lang: str, text: str) -> None:
    assert _label(lang, text) is Label.FACT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'The "temporary" levy is now in its fourth year, which tells you all you need to know.'),
        ("en", 'A ministry that calls this "a great success" has clearly never visited the waiting room.'),
        ("en", 'So much for "a new era of transparency": the minutes are still secret.'),
        ("es", "Un ministerio que llama «un gran éxito» a esto no ha pisado nunca la sala de espera."),
        (
            "es",
            'La "reforma" ha conseguido lo que parecía imposible: que todos estén de acuerdo en que no sirve.',
        ),
        # not here: "Mucho «nueva era de transparencia», pero las actas siguen siendo secretas.", a fact
        # to both models retrained on twelve annotators, with or without this change (stance8's: comment)
    ],
)
def test_the_writers_comment_around_a_quotation_stays_comment(lang: str, text: str) -> None:
    assert _label(lang, text) is Label.COMMENTARY
