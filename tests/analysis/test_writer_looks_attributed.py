"""A writer's clause that looks attributed (a carried pronoun, an "as X said" aside, a rhetorical
"who said", a verdict after a quotation, a reader's `>>`, a name and a colon, a relative clause
about a speaker) is never a statement; a real report keeps its speaker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _last(text: str, lang: str) -> Item:
    return analyze(text, published=PUB, lang=lang, now=NOW).items[-1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Minister Eva Lind said the bridge would reopen in May. She is, to put it kindly, an optimist.",
        ),
        (
            "en",
            "Finance Minister Tomas Berg promised a surplus. The minister, as ever, is long on promises and short on numbers.",
        ),
        (
            "en",
            'The bridge, as the mayor likes to say, is "almost finished". It has been almost finished for six years.',
        ),
        ("en", "As anyone who has driven it will tell you, the road is a disgrace."),
        ("en", "Who said the deadline was final? Certainly not the ministry."),
        (
            "en",
            '"We will not move an inch," the mayor, Ana Ruiz, said on Monday.\nBrave words from a woman who moved twice last year.',
        ),
        ("en", "The minister said the works were on schedule >>she said that last year too"),
        ("en", "Lind: a masterclass in saying nothing."),
        ("en", "The minister, who promised the bridge by May, now faces a vote of no confidence."),
        ("en", "Says who?"),
        ("en", "So much for what the minister said."),
        ("en", "That, the minister would say, is the price of reform."),
        ("en", "Easy for the minister to say."),
        ("en", "Tell that to the 3,000 families still waiting."),
        (
            "en",
            "The union said the strike would go ahead. As usual, it said so after the buses had already stopped.",
        ),
        (
            "es",
            "La alcaldesa, Marta Quiroga, prometió el puente para mayo. Ella, como siempre, promete mucho y cumple poco.",
        ),
        ("es", "Como bien dijo alguien, las promesas se las lleva el viento."),
        ("es", "¿Quién dijo que la crisis había terminado? Desde luego, no el ministerio."),
        (
            "es",
            "«No habrá prórroga», dijo la ministra, Rosa Amat.\nPalabras valientes, que ya hemos oído antes.",
        ),
        ("es", "El ministro, que prometió el puente para mayo, se enfrenta ahora a una moción de censura."),
        ("es", "Dígaselo a las 3.000 familias que siguen esperando."),
        ("es", "Fácil de decir para el ministro."),
        ("es", "Quiroga: una lección magistral de cómo no decir nada."),
        ("es", "El ministro dijo que las obras van según lo previsto >>lo mismo dijo el año pasado"),
        ("es", "La ministra habló durante cuarenta minutos. No dijo nada nuevo, y lo dijo mal."),
    ],
)
def test_a_writers_clause_that_looks_attributed_is_no_statement(lang: str, text: str) -> None:
    assert _last(text, lang).label is not Label.STATEMENT


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Minister Eva Lind said the bridge would reopen in May.", "Eva Lind"),
        (
            "en",
            "Minister Eva Lind said the bridge would reopen in May. She added that the contractor had been fined.",
            "Eva Lind",
        ),
        ("en", '"We will not move an inch," the mayor, Ana Ruiz, said on Monday.', "Ana Ruiz"),
        ("en", "The minister, who spoke after the vote, said the bridge would reopen in May.", "minister"),
        ("en", "As the ministry said on Monday, the bridge will reopen on May 4.", "ministry"),
        ("es", "«No habrá prórroga», dijo la ministra, Rosa Amat.", "Rosa Amat"),
        (
            "es",
            "La alcaldesa, Marta Quiroga, prometió el puente para mayo. Ella aseguró que las obras empiezan el lunes.",
            "Marta Quiroga",
        ),
        ("es", "Según la ministra, Rosa Amat, el puente abrirá el 4 de mayo.", "Rosa Amat"),
    ],
)
def test_a_report_beside_them_keeps_its_speaker(lang: str, text: str, speaker: str) -> None:
    item = _last(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Whatever the outcome, the club must notify every ticket office that sold the seats within 15 days "
            "of the hearing.",
        ),
        ("en", "The carrier must notify every passenger who booked a seat within 48 hours."),
        ("en", "Operators should report any outage to the regulator within 24 hours."),
        ("es", "Las farmacias deberán comunicar a la agencia cualquier lote afectado antes del viernes."),
        ("es", "La empresa debe informar a sus clientes de la subida antes de marzo."),
    ],
)
def test_a_duty_to_report_is_no_report(lang: str, text: str) -> None:
    assert _last(text, lang).label is not Label.STATEMENT


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Transport Minister Ana Ruiz said operators must report outages within 24 hours.", "Ana Ruiz"),
        (
            "es",
            "La ministra, Rosa Amat, dijo que las farmacias deberán comunicar los lotes afectados.",
            "Rosa Amat",
        ),
        (
            "en",
            "The Harbour Authority said on Monday that the club should notify its fans.",
            "Harbour Authority",
        ),
    ],
)
def test_a_report_of_a_duty_keeps_its_speaker(lang: str, text: str, speaker: str) -> None:
    item = _last(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "tag_line"),
    [
        ("en", 'Update: "The bridge is closed."'),
        ("en", 'The plan: "a bridge too far".'),
        ("en", 'NOTE: "All times local."'),
        ("en", "Verdict: a masterclass in saying nothing."),
        ("es", "Lo que dijo: «nada»."),
    ],
)
def test_a_heading_word_and_a_colon_is_no_speakers_tag(lang: str, tag_line: str) -> None:
    opening = "The minister spoke on the radio on Monday." if lang == "en" else "La ministra habló el lunes."
    assert _last(f"{opening}\n{tag_line}", lang).label is not Label.STATEMENT


def test_a_name_and_a_colon_before_a_quotation_is_a_report() -> None:
    item = _last("La ministra habló el lunes en la radio.\nRosa Amat: «No habrá prórroga».", "es")
    assert (item.label, item.speaker) == (Label.STATEMENT, "Rosa Amat")


def test_a_cue_set_off_by_commas_reports_the_whole_sentence() -> None:
    text = (
        "El alcalde, Luis Mata, habló en el pleno. La oficina atiende ahora 24/7, reconoció, pero el cuello "
        "de botella ya no está en el centro sino en los barrios."
    )
    item = _last(text, "es")
    assert (item.label, item.speaker, item.text.endswith("barrios.")) == (Label.STATEMENT, "Luis Mata", True)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El alcalde, Luis Mata, habló en el pleno. La obra acabará en mayo, prometió, pero nadie en el barrio se lo cree.",
        ),
        (
            "es",
            "El alcalde, Luis Mata, habló en el pleno. La obra acabará en mayo, prometió, aunque el calendario dice otra cosa.",
        ),
        (
            "en",
            "Mayor Luis Mata spoke at the council. The works will end in May, he promised, but nobody in the district believes it.",
        ),
    ],
)
def test_the_writers_verdict_after_a_cue_set_off_by_commas_is_no_statement(lang: str, text: str) -> None:
    assert _last(text, lang).label is not Label.STATEMENT
