"""A named body's report whose object is what it says, with no "que" after the verb: what it
denounces, recommends, blames a change on or justifies a measure by (attrib22 round, own
phrasings, es and en). Near misses: a vague subject stays a claim, an act the corpus narrates
("pidió un préstamo", "reportó la fuga") stays a fact, a document or a passive is no speaker.
"""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import only_item

REPORTS = [
    (
        "El Sindicato de Facultativos de Granada denunció esperas de hasta 19 horas.",
        "es",
        "Sindicato de Facultativos de Granada",
    ),
    (
        "La Agencia del Medicamento recomienda a los pacientes no interrumpir el tratamiento.",
        "es",
        "Agencia del Medicamento",
    ),
    ("Conatel justificó la medida por el vencimiento de la concesión.", "es", "Conatel"),
    (
        "La Asociación Insular del Plátano achacó la caída a la banana de Ecuador.",
        "es",
        "Asociación Insular del Plátano",
    ),
    (
        "The Coffee Development Authority attributed the rise to a strong harvest.",
        "en",
        "Coffee Development Authority",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), REPORTS)
def test_a_named_bodys_object_report_is_its_statement(text: str, lang: str, speaker: str) -> None:
    item = only_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


NOT_STATEMENTS = [
    ("Los vecinos denunciaron el ruido.", "es", Label.CLAIM),
    ("Analysts attribute the rise to a strong harvest.", "en", Label.CLAIM),
    ("La empresa pidió un préstamo de tres millones.", "es", Label.FACT),
    ("La empresa Salmones Piuchén reportó la fuga de 96.000 salmones.", "es", Label.FACT),
    ("El informe recomienda reducir el gasto.", "es", Label.FACT),
    ("The rise is attributed to a strong harvest.", "en", Label.FACT),
]


@pytest.mark.parametrize(("text", "lang", "label"), NOT_STATEMENTS)
def test_a_vague_subject_an_act_or_a_document_is_no_statement(text: str, lang: str, label: Label) -> None:
    assert only_item(text, lang).label is label
