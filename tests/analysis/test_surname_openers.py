"""A sentence that opens with the bare surname of someone named before and reports nothing ("Veric
fue más lejos.") makes that person the speaker of the quotation or dropped subject that follows."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "El alcalde, Jorge Salas, visitó el mercado el lunes. La consejera Marta Ibáñez dijo que las obras terminarán en mayo. Salas fue más prudente. «Si no llegan los fondos, no abriremos», advirtió.",
            "es",
            "Jorge Salas",
        ),
        (
            "El alcalde, Jorge Salas, visitó el mercado el lunes. La consejera Marta Ibáñez dijo que las obras terminarán en mayo. Salas fue más prudente. Si no llegan los fondos, advirtió, el mercado no abrirá.",
            "es",
            "Jorge Salas",
        ),
        (
            'Mayor Jorge Salas visited the market on Monday. Councillor Marta Ibáñez said the works would end in May. Salas was more cautious. "Without the funds, we will not open," he warned.',
            "en",
            "Jorge Salas",
        ),
        (
            "La fiscal Lucía Prats pidió diez años de cárcel. El abogado defensor, Iván Roca, dijo que recurrirá. Prats no se movió. «La prueba es abrumadora».",
            "es",
            "Lucía Prats",
        ),
        (
            'Coach Elena Vidal named her squad on Friday. Captain Rui Costa said the team was ready. Vidal disagreed. "We are two players short," she said.',
            "en",
            "Elena Vidal",
        ),
        (
            "El alcalde, Jorge Salas, visitó el mercado el lunes. La consejera Marta Ibáñez dijo que las obras terminarán en mayo. Madrid fue más prudente. Si no llegan los fondos, advirtió, el mercado no abrirá.",
            "es",
            "Marta Ibáñez",
        ),
    ],
)
def test_a_surname_that_opens_a_sentence_speaks_next(text: str, lang: str, speaker: str) -> None:
    # the last case is the hard negative: a place that opens the sentence is no one named before
    assert last_statement_speaker(text, lang) == speaker
