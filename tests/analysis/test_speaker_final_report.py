"""A short report after the last comma ("…, board chairman Tom Reyes said.") reports all before it,
even a report inside ("X has told Y that…") or a verb in a condition ("unless the council confirms")."""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Label
from tests.analysis.speakers import NOW, PUB, last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Water Board has told farmers that they must cut use by 20% before July, board chairman "
            "Tom Reyes said on Monday.",
            "en",
            "Tom Reyes",
        ),
        (
            "Club president Ingrid Solberg met the council on Monday. The team will leave the league unless "
            "the council confirms the stadium lease by Friday, she said.",
            "en",
            "Ingrid Solberg",
        ),
        (
            "The agency warned operators that licences would lapse at midnight, Transport Minister Ana Ruiz "
            "said in a statement.",
            "en",
            "Ana Ruiz",
        ),
        (
            "El sindicato aseguró que la huelga seguirá si no hay acuerdo, dijo la portavoz Marta Quiroga.",
            "es",
            "Marta Quiroga",
        ),
    ],
)
def test_the_last_short_report_names_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the last part goes on with the first report: a connective, a gerund, a relative clause
        (
            "The club said the stadium would reopen in May, and confirmed that tickets would be refunded.",
            "en",
            "club",
        ),
        (
            "Coach Ana Belloch said the team would travel on Friday, adding that two players were injured.",
            "en",
            "Ana Belloch",
        ),
        (
            "The ministry said the bridge would reopen in May, which the contractor disputed.",
            "en",
            "ministry",
        ),
    ],
)
def test_a_last_part_that_goes_on_with_the_report_keeps_its_speaker(
    text: str, lang: str, speaker: str
) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "El Instituto Nacional de Pesca publicó la lista el lunes. La lista incluye a tres barcos de la "
            "flota de Vigo, confirmó el propio instituto.",
            "es",
            "Instituto Nacional de Pesca",
        ),
        (
            "El Departamento de Estado anunció el acuerdo el martes. Si el agua no llega, EE.UU. aplicará un "
            "arancel del 5 %, precisó el comunicado.",
            "es",
            "Departamento de Estado",
        ),
        (
            "La naviera Mar Azul dijo que el ferry zarpará el viernes, confirmó el capitán del puerto, Luis Mata.",
            "es",
            "Luis Mata",
        ),
        # hard negatives: a longer object after the verb, a named subject after it
        ("La empresa cerró la planta el lunes, anunció el despido de 200 trabajadores.", "es", "empresa"),
        ("The plant closed on Monday, announced the company's chief executive, Ana Ruiz.", "en", "Ana Ruiz"),
        (
            "La Federación de Remo convocó el campeonato. Las pruebas empiezan el 3 de mayo en Sevilla, "
            "informó la federación.",
            "es",
            "Federación de Remo",
        ),
    ],
)
def test_a_definite_subject_after_the_last_verb_is_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


def _last_item(text: str, lang: str) -> tuple[Label, str | None]:
    item = analyze(text, published=PUB, lang=lang, now=NOW).items[-1]
    return item.label, item.speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La ministra de Obras Públicas, Rosa Amat, dijo que la obra acabará en mayo. El Gobierno recurrirá "
            "la sentencia del Tribunal Supremo antes del viernes, añadió.",
            "es",
            "Rosa Amat",
        ),
        (
            "El presidente de la federación, Luis Mata, dijo que el torneo sigue en pie. La Liga Norte pidió "
            "una prórroga de 90 días para inscribir a sus equipos, informó en un comunicado.",
            "es",
            "Luis Mata",
        ),
        # a subject set off by commas before the cue, or after it, is the cue's own
        (
            "Salvage Now has until Dec. 7 to appeal the detention of the ship, its director, Jordi Serrat, said.",
            "en",
            "Jordi Serrat",
        ),
        ("Las obras del puerto de Vigo acabarán en mayo, dijo el alcalde, Luis Mata.", "es", "Luis Mata"),
        (
            "La Autoridad Portuaria abrirá el muelle el lunes, informó el organismo en un comunicado.",
            "es",
            "Autoridad Portuaria",
        ),
    ],
)
def test_a_cue_with_no_subject_after_the_content_is_the_previous_speakers(
    text: str, lang: str, speaker: str
) -> None:
    assert _last_item(text, lang) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        (
            "La ministra de Obras Públicas, Rosa Amat, dijo que la obra acabará en mayo. La obra acabará "
            "tarde y mal, añadió",
            "…",
        ),
        (
            "El presidente de la federación, Luis Mata, dijo que el torneo sigue en pie. La Liga Norte "
            "inscribirá a sus equipos antes del viernes, informó",
            " (…)",
        ),
    ],
)
def test_only_punctuation_after_a_closing_cue_reads_as_its_full_stop(text: str, ending: str) -> None:
    """Only punctuation after a closing cue ("añadió…") is no phrase of where it was said (no word to read)."""
    assert _last_item(text + ending, "es") == _last_item(text + ".", "es")
