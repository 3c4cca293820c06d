"""A thing that "says" and a verb that names: no statement, while real reports keep their speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

NOT_REPORTS = [
    # a clause is the subject; the name inside it is governed by a preposition
    ("Que la noticia venga de Monterrey y no de la Ciudad de México ya dice algo sobre el dinero.", "es"),
    ("That the bid came from Leeds and not from London says a lot about where the money goes.", "en"),
    # an embedded question's "quién" is no speaker, whatever was named before it
    (
        "Dispuesto, en el idioma de Viena, significa que ya lo ha decidido y solo falta elegir quién lo anuncia.",
        "es",
    ),
    # a naming verb gives a thing a name; nobody's statement
    (
        "Organizaciones campesinas denunciaron el desmonte ilegal. El oro verde, como le dicen en "
        "Uruapan, tiene un costo que no aparece en la etiqueta.",
        "es",
    ),
    ("Las autoridades lo llaman «medida preventiva»; las familias, vivir encerradas.", "es"),
    ("Es lo que en Bruselas llaman flexibilidad presupuestaria.", "es"),
    ("It is what officials like to call a temporary adjustment.", "en"),
    ("The agency calls it a pause; the tenants, an eviction.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_REPORTS)
def test_thing_subjects_and_namings_are_no_statement(text: str, lang: str) -> None:
    """The writer's remark must not be read as a report, named or not."""
    item = last_item(text, lang)
    assert item.label not in (Label.STATEMENT, Label.CLAIM), (item.label, item.speaker, item.reason)


REPORTS = [
    ("El ministro dijo algo sobre el presupuesto.", "es", "ministro"),
    ("The report says unemployment rose.", "en", "report"),
    ("Ana Ruiz called the plan 'a disgrace'.", "en", "Ana Ruiz"),
    ("El sindicato llamó «chapuza» al nuevo convenio.", "es", "sindicato"),
    ("La ministra de Hacienda de Chile dijo que el déficit bajará.", "es", "Hacienda de Chile"),
    ("The head of the agency, Ana Ruiz, said the queue would clear by June.", "en", "Ana Ruiz"),
    ("As the minister said, the deadline is Friday.", "en", "minister"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), REPORTS)
def test_real_reports_keep_their_speaker(text: str, lang: str, speaker: str) -> None:
    """A document, a named speaker's verdict and a plain report stay statements."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, (item.label, item.reason)
    assert item.speaker == speaker
