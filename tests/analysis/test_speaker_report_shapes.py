"""Shapes of wire and live-blog reports: an auxiliary after a comma is no vague plural, a cue set
off by commas has no subject of its own, a live-blog line puts a person's name before a colon and
a quotation, a connective opens no name, a nationality before "officials" names no one."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Halvorsen Shipping, the largest carrier on the route, has said it needs 30 more days to file its plan.",
            "Halvorsen Shipping",
        ),
        (
            "en",
            'Its lawyer, Pedro Lima, has called the ruling "a confiscation with paperwork".',
            "Pedro Lima",
        ),
        (
            "es",
            "La ministra de Pesca, Rosa Amat, dijo que la veda empieza en mayo. La condición, añadió, es que la flota entregue antes del viernes su plan de capturas.",
            "Rosa Amat",
        ),
        (
            "es",
            "El alcalde, Luis Mata, habló en el pleno. La oficina, reconoció, atiende ahora las 24 horas.",
            "Luis Mata",
        ),
        (
            "en",
            "Mayor Ana Ruiz spoke at the council. The office, she added, is now open around the clock.",
            "Ana Ruiz",
        ),
        (
            "es",
            "14:05 La ministra Rosa Amat, ante la comisión de Pesca del Parlamento: «Si la flota quiere pelea, la tendrá».",
            "Rosa Amat",
        ),
        (
            "es",
            '09:30 — Luis Mata, presidente de la cofradía, arenga a los pescadores frente al puerto: "Si hoy ceden, mañana no habrá flota".',
            "Luis Mata",
        ),
        (
            "en",
            '10:15 - Union leader Ana Ruiz, outside the plant gates: "We are not going back until they sign."',
            "Ana Ruiz",
        ),
        (
            "en",
            'And Pedro Lima, a spokesman for the Harbour Pilots\' Union, says the pilots are "exhausted".',
            "Pedro Lima",
        ),
        (
            "es",
            "Y Pedro Lima, portavoz del Sindicato de Prácticos, dice que los prácticos están «agotados».",
            "Pedro Lima",
        ),
    ],
)
def test_the_report_names_its_speaker(lang: str, text: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dockworkers, who have been on strike since May, has nothing to do with it."),
        ("en", '10:15 - The mood outside the plant gates: "grim", in one worker\'s word.'),
    ],
)
def test_a_clause_with_no_speaker_is_no_statement(lang: str, text: str) -> None:
    assert last_item(text, lang).label is not Label.STATEMENT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Vellish officials say privately that the deal is dead."),
        ("en", "Western diplomats said the talks had stalled."),
    ],
)
def test_officials_of_a_country_are_an_unnamed_source(lang: str, text: str) -> None:
    assert last_item(text, lang).label is Label.CLAIM


@pytest.mark.parametrize(
    ("lang", "text", "label", "speaker"),
    [
        (
            "es",
            "La portavoz de la asociación, Marta Quiroga, recomendó a los socios que pidan el reembolso a su banco.",
            Label.STATEMENT,
            "Marta Quiroga",
        ),
        (
            "en",
            "The Harbour Authority recommended that ships stay in port until Friday.",
            Label.STATEMENT,
            "Harbour Authority",
        ),
        ("en", "Experts recommended that ships stay in port until Friday.", Label.CLAIM, None),
        ("en", "The recommended dose is 50 mg a day.", Label.FACT, None),
        ("es", "La dosis recomendada es de 50 mg al día.", Label.FACT, None),
    ],
)
def test_a_recommendation_that_names_its_content_is_a_report(
    lang: str, text: str, label: Label, speaker: str | None
) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (label, speaker)


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "Su consejero de Vivienda, Álvaro Saiz, llamó al decreto «una chapuza jurídica».",
            Label.STATEMENT,
            "Álvaro Saiz",
        ),
        ("La ministra de Pesca, Rosa Amat, llamó «irresponsable» a la flota.", Label.STATEMENT, "Rosa Amat"),
        # a call with no quotation reports nothing
        ("El alcalde llamó a la policía a las 3 de la mañana.", Label.FACT, None),
    ],
)
def test_llamar_with_a_quotation_is_a_report(text: str, label: Label, speaker: str | None) -> None:
    item = last_item(text, "es")
    assert (item.label, item.speaker) == (label, speaker)
