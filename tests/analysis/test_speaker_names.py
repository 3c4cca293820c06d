"""A speaker's name is the name: no subordinator, trade or possessive in it, its particles kept."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "When Oskar Lindqvist, the transport minister, appeared before the committee on Monday, he said "
            "the line would open in May.",
            "en",
            "Oskar Lindqvist",
        ),
        ("Lawyer Ana Ruiz told the court her client was innocent.", "en", "Ana Ruiz"),
        ("Striker Marco Vidal said he would be fit for the final.", "en", "Marco Vidal"),
        (
            "The water board said the reservoir stood at 31% on Monday. Engineer Tobias Wren, who runs the "
            "dam, opened two sluices overnight. He said the level would fall by a metre before the weekend.",
            "en",
            "Tobias Wren",
        ),
        (
            "Foreign Minister Faisal al-Rashid said the talks would resume on Monday.",
            "en",
            "Faisal al-Rashid",
        ),
        (
            "The talks will resume on Monday, Foreign Minister Faisal al-Rashid said.",
            "en",
            "Faisal al-Rashid",
        ),
        ("The Culture Ministry's lawyer argued that the sale was legal.", "en", "Culture Ministry"),
        (
            "The queue stretched 12 kilometres on Monday, according to the Kazakh border service.",
            "en",
            "Kazakh border service",
        ),
    ],
)
def test_a_speaker_is_named_without_the_words_around_the_name(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The camp now holds 30,000 people, the U.N. refugee agency said.", "en", "U.N. refugee agency"),
        ("The Golden State Warriors said the arena would reopen in May.", "en", "Golden State Warriors"),
        ("Grace Mwale said the count would end on Friday.", "en", "Grace Mwale"),
        ("Mark Lee Dawson said the count would end on Friday.", "en", "Mark Lee Dawson"),
        ("Baker Hughes said orders rose 4% in the quarter.", "en", "Baker Hughes"),
        ("Meridian Bulk Carriers said it would sell two ships.", "en", "Meridian Bulk Carriers"),
        ("Water Board Chairman Tom Reyes said the pipes would be replaced.", "en", "Tom Reyes"),
        ("Once the court rules, the union said, the strike will end.", "en", "union"),
    ],
)
def test_names_that_hold_a_trade_or_a_clause_word_stay_whole(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The emergency ban ends on Sunday, the regional transport department confirmed.",
            "en",
            "regional transport department",
        ),
        ("The growers' council said it would appeal the levy.", "en", "growers' council"),
        (
            "Kellmark's finance ministry said the bonds would be repaid. The first payment is due in May, "
            "the ministry added.",
            "en",
            "Kellmark's finance ministry",
        ),
        (
            "Ships owe the state harbour authority 2m euros in fees. A spokesman for the harbour authority "
            "said the fees were overdue.",
            "en",
            "state harbour authority",
        ),
    ],
)
def test_a_body_the_article_never_names_is_its_description(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Harbour Authority of Vell said the fees were due. The authority added that two ships had paid.",
            "en",
            "Harbour Authority of Vell",
        ),
        ("The ministry said the clinic would close in June.", "en", "ministry"),
        (
            "The Health Ministry said the clinic would close in June. The ministry added that staff would move.",
            "en",
            "Health Ministry",
        ),
        (
            "Los vecinos pidieron ayuda y el ministerio respondió tarde. El ministerio añadió que las obras "
            "empiezan en junio.",
            "es",
            "ministerio",
        ),
        (
            "El Ministerio de Sanidad cerró la clínica. El ministerio añadió que el personal será trasladado.",
            "es",
            "Ministerio de Sanidad",
        ),
    ],
)
def test_a_named_body_or_a_bare_noun_is_no_description(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Harbour Authority of Vell said the fees were due. Ships that do not pay will be held, "
            "the statement said.",
            "en",
            "Harbour Authority of Vell",
        ),
        (
            "La Agencia de Aguas ordenó cerrar el pozo, informó el organismo. La resolución advierte de que la "
            "multa será de 3.000 euros.",
            "es",
            "Agencia de Aguas",
        ),
        (
            "La Comisión de Transportes aprobó la orden, informó el organismo. Su presidenta, Ana Ruiz, dijo "
            "que es firme. Según la resolución, los autobuses deberán circular hasta las 22:00.",
            "es",
            "Comisión de Transportes",
        ),
        (
            "The Ministry of Fisheries said the quota would be cut. The text adds that boats must return to "
            "port by Friday.",
            "en",
            "Ministry of Fisheries",
        ),
    ],
)
def test_a_document_speaks_for_the_body_that_spoke_last(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Judge Ana Ruiz said the order stood. The ruling gives the city ten days to comply, she said.",
            "en",
            "Ana Ruiz",
        ),
        ("The statement said the fees were due.", "en", "statement"),
        (
            "El Ministerio de Sanidad informó de la retirada. La ministra, Rosa Amat, dijo que el riesgo es bajo.",
            "es",
            "Rosa Amat",
        ),
    ],
)
def test_a_person_or_a_document_with_no_body_before_keeps_its_speaker(
    text: str, lang: str, speaker: str
) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "According to the Olympic Committee of Vell, the games will open on May 4.",
            "en",
            "Olympic Committee of Vell",
        ),
        (
            "Según el Comité Internacional de la Cruz Roja, el canje será el viernes.",
            "es",
            "Comité Internacional de la Cruz Roja",
        ),
        (
            "El Comité Olímpico de Vell dijo que los juegos empiezan el 4 de mayo.",
            "es",
            "Comité Olímpico de Vell",
        ),
        (
            "El Ayuntamiento de la Villa de Vell anunció que las obras acaban en mayo.",
            "es",
            "Ayuntamiento de la Villa de Vell",
        ),
        ("El comité de empresa dijo que la huelga empieza el lunes.", "es", "comité de empresa"),
    ],
)
def test_a_committees_or_a_town_halls_name_runs_across_its_particles(
    text: str, lang: str, speaker: str
) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Julio Arévalo, presidente de la Cámara de Exportadores de Fruta (Cadef), calificó el plazo de "un '
            'saludo a la bandera".',
            "es",
            "Julio Arévalo",
        ),
        ("June Carter said the plant would close on Friday.", "en", "June Carter"),
        ("Ombudswoman Carmen Aranda said she had opened an inquiry on Monday.", "en", "Carmen Aranda"),
        # a month is still no name
        ("Julio fue el mes más seco, informó el Servicio Meteorológico.", "es", "Servicio Meteorológico"),
        ("The plant will close on March 3, the company said.", "en", "company"),
    ],
)
def test_a_first_name_that_is_a_month_or_an_office_before_a_name(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Commercial Court No. 2 said the hearing would be on May 4.", "en", "Commercial Court No. 2"),
        (
            "El Juzgado de lo Mercantil Nº 2 de Valencia informó de que la vista será el 4 de mayo.",
            "es",
            "Juzgado de lo Mercantil Nº 2 de Valencia",
        ),
        ("The mayor said No. 2 of the list would resign.", "en", "mayor"),
    ],
)
def test_a_courts_number_is_part_of_its_name(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            '"There will be no extension," Interior Minister Patricia Ovalle told reporters. A spokeswoman for '
            "the ministry blamed the outage on hackers.",
            "en",
            "Interior Ministry",
        ),
        (
            "The Minister of Finance, Ana Ruiz, spoke on Monday. The ministry said the budget was ready.",
            "en",
            "Ministry of Finance",
        ),
        (
            "La ministra del Interior, Rosa Amat, habló el lunes. Un portavoz del ministerio dijo que la revisión "
            "acabará en mayo.",
            "es",
            "Ministerio del Interior",
        ),
        (
            "En Brezno, el ministro de Energía, Pavel Dorin, calificó el ultimátum de inaceptable. Según el "
            "ministerio, el Gobierno propuso aplazar la inspección.",
            "es",
            "Ministerio de Energía",
        ),
        # no portfolio: the bare noun stays
        (
            "Prime Minister Ana Ruiz said the plan would pass. The ministry said the budget was ready.",
            "en",
            "ministry",
        ),
    ],
)
def test_a_bare_ministry_is_the_one_the_last_minister_heads(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker
