"""Who was told is not part of the speaker's name ("dijo Venn a esta agencia", "said Venn to this
agency"), and a body's acronym in brackets ("del Sindicato de Estibadores (QDU), Niamh Ferris")
neither ends the subject nor names the speaker: the person set off after it does."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«No pedimos favores», dijo Venn a esta agencia.", "es", "Venn"),
        ("«No habrá acuerdo», aseguró Marta Ruiz a este periódico.", "es", "Marta Ruiz"),
        ("«No habrá acuerdo», dijo Luis Venn a la agencia Efe.", "es", "Luis Venn"),
        ('"No deal," said Venn to this agency.', "en", "Venn"),
        (
            "«No vamos a desconvocar nada», declaró a este diario la secretaria general del Sindicato de"
            " Estibadores de Quillmoor (QDU), Niamh Ferris.",
            "es",
            "Niamh Ferris",
        ),
        (
            "La presidenta de la asociación de madres y padres (AMPA), Lucía Ferrándiz, anunció que"
            " lo presentarán.",
            "es",
            "Lucía Ferrándiz",
        ),
        (
            '"No deal," said the general secretary of the Quillmoor Dockers\' Union (QDU), Niamh Ferris.',
            "en",
            "Niamh Ferris",
        ),
    ],
)
def test_the_addressee_and_an_acronym_are_no_part_of_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La Empresa Boliviana de Hidrocarburos (EBH) dio a Argentina hasta el viernes para pagar.",
            "es",
            "Empresa Boliviana de Hidrocarburos",
        ),
        ("The World Health Organization (WHO) said the alert stays.", "en", "World Health Organization"),
        ("The U.N. refugee agency said 300 people crossed.", "en", "U.N. refugee agency"),
    ],
)
def test_a_body_keeps_its_own_name(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker
