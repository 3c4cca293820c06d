"""Speakers users see: who a clause is attributed to, on phrasings that misled the engine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return list(analyze(text, published=PUB, lang=lang, now=NOW).items)


def _reported(text: str, lang: str) -> list[Item]:
    return [i for i in _items(text, lang) if i.label in (Label.STATEMENT, Label.CLAIM)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Ukrainian President Volodymyr Zelenskyy confirmed that no missiles had hit the capital "
            "since Friday, but said Russian drones had struck Kharkiv and Odesa overnight.",
            "en",
            "Volodymyr Zelenskyy",
        ),
        (
            "Finance Minister Ana Duarte defended the budget on Monday, and added Portuguese banks "
            "had enough capital to absorb the losses.",
            "en",
            "Ana Duarte",
        ),
        (
            "Kremlin spokesman Dmitry Peskov denied the report, but said Ukrainian forces had "
            "shelled Belgorod again.",
            "en",
            "Dmitry Peskov",
        ),
        (
            "El presidente Volodímir Zelenski confirmó que no hubo ataques con misiles, pero dijo "
            "que drones rusos alcanzaron Járkov y Odesa.",
            "es",
            "Volodímir Zelenski",
        ),
        (
            "El alcalde Vitali Klitschko confirmó el apagón en Kiev, y señaló la responsabilidad de "
            "Moscú en los ataques contra las subestaciones.",
            "es",
            "Vitali Klitschko",
        ),
        (
            "La ministra Ana Duarte defendió el presupuesto ante el Parlamento, pero añadió que "
            "Bruselas pedirá más recortes.",
            "es",
            "Ana Duarte",
        ),
    ],
)
def test_a_connective_and_a_reporting_verb_carry_the_speaker(text: str, lang: str, speaker: str) -> None:
    items = _reported(text, lang)
    assert items, "the sentence reports what someone said"
    assert {i.speaker for i in items} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Mayor Vitali Klitschko confirmed the outage. He said Russian drones had hit two "
            "substations in Kyiv.",
            "en",
            "Vitali Klitschko",
        ),
        (
            "La portavoz Camila Vallejo confirmó el acuerdo. Dijo Chile recibirá el primer pago en marzo.",
            "es",
            "Camila Vallejo",
        ),
    ],
)
def test_a_pronoun_or_dropped_subject_does_not_take_a_name_from_the_content(
    text: str, lang: str, speaker: str
) -> None:
    items = _reported(text, lang)
    assert items[-1].speaker == speaker


def test_a_short_subject_after_the_verb_still_counts() -> None:
    items = _reported(
        "Las negociaciones seguirán el lunes en Madrid, y añadió el ministro Pérez que no habrá prórroga.",
        "es",
    )
    assert [(i.speaker, i.role) for i in items] == [("Pérez", "ministro")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "role"),
    [
        (
            "Los sindicatos portuarios de Róterdam ampliaron hasta el jueves 3 de diciembre el plazo "
            "para aceptar la oferta, anunció la federación FNV Havens.",
            "es",
            "FNV Havens",
            "federación",
        ),
        (
            "Los estibadores de Algeciras mantendrán la huelga hasta el viernes, anunció el sindicato CGT.",
            "es",
            "CGT",
            "sindicato",
        ),
        (
            "El Gobierno de Chile fijó un plazo de 48 horas a las partes, confirmó la portavoz "
            "Camila Vallejo.",
            "es",
            "Camila Vallejo",
            "portavoz",
        ),
        (
            "Dockworkers in Rotterdam extended the deadline to Thursday, announced the union FNV Havens.",
            "en",
            "FNV Havens",
            "union",
        ),
        (
            "The port of Antwerp will stay closed until Monday, said union leader Kris Peeters.",
            "en",
            "Kris Peeters",
            "union leader",
        ),
    ],
)
def test_a_cue_after_a_comma_takes_the_noun_phrase_after_it(
    text: str, lang: str, speaker: str, role: str
) -> None:
    items = _reported(text, lang)
    assert [(i.speaker, i.role) for i in items] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            '"No habrá despidos este año", dijo el presidente de la Federación Minera, Jorge Soto.',
            "es",
            "Jorge Soto",
        ),
        (
            '"Volveremos a la mesa el lunes", afirmó la secretaria general de la Coordinadora, Rosa Ibarra.',
            "es",
            "Rosa Ibarra",
        ),
        (
            '"We will not sign this," said the head of the Dockers Association, Tom Reilly.',
            "en",
            "Tom Reilly",
        ),
    ],
)
def test_a_body_named_inside_an_office_is_not_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert [i.speaker for i in _reported(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "State carrier TAP, which is being privatised, said its flights to Brazil would run normally.",
            "en",
            "TAP",
        ),
        (
            "La Asociación Europea del Acero aseguró que la incertidumbre ya ha frenado pedidos en Italia.",
            "es",
            "Asociación Europea del Acero",
        ),
        (
            'The Texas Farm Bureau called the agreement "a first step" and said growers in the Rio '
            "Grande Valley needed the water.",
            "en",
            "Texas Farm Bureau",
        ),
        (
            '"Rusia miente", dijo Zelenski en Kiev, y añadió que Odesa sufrió otro ataque.',
            "es",
            "Zelenski",
        ),
        (
            "The Texas Dairy Association said prices in the Rio Grande Valley would rise by June.",
            "en",
            "Texas Dairy Association",
        ),
    ],
)
def test_a_subject_before_the_verb_keeps_its_name(text: str, lang: str, speaker: str) -> None:
    assert [i.speaker for i in _reported(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a weekday or a month before the cue is no name
        (
            "The Transport Secretariat gave the airline until Friday to reply. The crews must be "
            "rehired by noon on Friday, the secretariat said.",
            "en",
            "Transport Secretariat",
        ),
        # a possessive plural inside a name
        ("The Farmers' Water Network said it would sue the county.", "en", "Farmers' Water Network"),
        # an acronym stands for the name without its article
        (
            "El Instituto Nacional de Pesca (INP) amplió la veda. El INP precisó que no habrá excepciones.",
            "es",
            "Instituto Nacional de Pesca",
        ),
        # a surname, or the first words of a company, stand for the fullest form
        (
            "El ministro Jorge Ruiz Tagle anunció la reforma. Ruiz explicó que entrará en vigor en mayo.",
            "es",
            "Jorge Ruiz Tagle",
        ),
        (
            "Harbor Line Shipping said it had sold two tankers. Harbor Line said the sale closed in May.",
            "en",
            "Harbor Line Shipping",
        ),
        # a role noun stands for the body of that kind named before
        (
            "The Coastal Pilots' Union called a strike for Monday. The union said it would not negotiate.",
            "en",
            "Coastal Pilots' Union",
        ),
        # two particles inside a body's name, not after a person's
        ("El Juzgado de lo Penal de Vigo confirmó la condena.", "es", "Juzgado de lo Penal de Vigo"),
        ("Grace Mwale of the Alliance for Reform said the count was flawed.", "en", "Grace Mwale"),
    ],
)
def test_the_last_speaker_gets_the_fullest_name_of_the_body_or_person(
    text: str, lang: str, speaker: str
) -> None:
    assert _reported(text, lang)[-1].speaker == speaker


def test_a_titled_full_name_does_not_absorb_a_plain_one() -> None:
    text = "Senate President Thomas Keane said the vote would wait. Thomas Keane said it again on Monday."
    assert [i.speaker for i in _reported(text, "en")] == ["Thomas Keane", "Thomas Keane"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "role"),
    [
        (
            '"We will not wait forever," said Lucía Paredes, a spokeswoman for the families.',
            "en",
            "Lucía Paredes",
            "spokeswoman for the families",
        ),
        (
            "Tomás Vidal, un portavoz de los vecinos, dijo que recurrirán la multa.",
            "es",
            "Tomás Vidal",
            "portavoz de los vecinos",
        ),
    ],
)
def test_a_description_after_a_name_is_its_role_not_an_unnamed_source(
    text: str, lang: str, speaker: str, role: str
) -> None:
    items = _reported(text, lang)
    assert [(i.label, i.speaker, i.role) for i in items] == [(Label.STATEMENT, speaker, role)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "role"),
    [
        # a definite subject after the last comma, not a name earlier in the content
        (
            "The Ruritanian Transport Secretariat ruled on Monday. The airline must rehire the crews by "
            "5 p.m. (2000 GMT) on Friday, the secretariat said.",
            "en",
            "Ruritanian Transport Secretariat",
            "secretariat",
        ),
        # the role ends before "in a statement" / "en un comunicado"
        (
            "La Coordinadora de Pescadores desconvocó el paro, confirmó la organización en un comunicado.",
            "es",
            "Coordinadora de Pescadores",
            "organización",
        ),
    ],
)
def test_a_trailing_subject_and_its_role(text: str, lang: str, speaker: str, role: str) -> None:
    last = _reported(text, lang)[-1]
    assert (last.speaker, last.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Aerolíneas Australes despidió a 40 pilotos. La empresa dijo que los despidos son legales.",
            "es",
            "Aerolíneas Australes",
        ),
        (
            "La Audiencia Nacional dio un año al ministerio. El tribunal considera que el retraso es ilegal.",
            "es",
            "Audiencia Nacional",
        ),
        (
            "Hanse-Pacific Lines rerouted two ships. The company said the canal limits cost it money.",
            "en",
            "Hanse-Pacific Lines",
        ),
    ],
)
def test_a_role_noun_takes_the_last_name_of_its_kind(text: str, lang: str, speaker: str) -> None:
    items = analyze(text, published=PUB, lang=lang, now=NOW).items
    assert items[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Office of the U.S. Trade Representative said the tariffs would apply.",
            "Office of the U.S. Trade Representative",
        ),
        (
            "The faction, the Comunero Front of Catatumbo, said it would free them.",
            "Comunero Front of Catatumbo",
        ),
    ],
)
def test_a_name_runs_across_a_dotted_acronym_and_of(text: str, speaker: str) -> None:
    assert analyze(text, published=PUB, lang="en", now=NOW).items[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("La Cancillería boliviana informó de que habrá una comisión mixta.", "es", "Cancillería boliviana"),
        (
            "El Consejo de Granos de EE.UU. informó de que 41 socios cumplieron.",
            "es",
            "Consejo de Granos de EE.UU.",
        ),
        ("Wanjiru Kamau, the NLC's secretary general, said the strike was off.", "en", "Wanjiru Kamau"),
    ],
)
def test_a_speakers_name_keeps_its_adjective_and_acronym_stop_but_not_a_possessive_body(
    text: str, lang: str, speaker: str
) -> None:
    assert analyze(text, published=PUB, lang=lang, now=NOW).items[0].speaker == speaker


def test_a_time_of_day_inside_the_document_phrase_does_not_cut_off_its_issuer() -> None:
    text = "La suspensión seguirá hasta el 19 de enero, según el auto dictado a las 17:00 por la jueza Miriam Chebet."
    items = analyze(text, published=PUB, lang="es", now=NOW).items
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, "Miriam Chebet")]


def test_a_place_based_prefix_is_no_part_of_a_companys_name() -> None:
    text = "Hamburg-based Hanse-Pacific Lines said it had rerouted two ships."
    assert analyze(text, published=PUB, lang="en", now=NOW).items[0].speaker == "Hanse-Pacific Lines"


def test_a_proposal_reports_but_not_in_the_subjunctive() -> None:
    said = analyze(
        "La ministra Ana Ruiz propuso prorrogar el contrato 90 días.", published=PUB, lang="es", now=NOW
    )
    assert [(i.label, i.speaker) for i in said.items] == [(Label.STATEMENT, "Ana Ruiz")]
    text = "La pausa expiró sin que ninguna de las partes propusiera prorrogarla."
    assert [i.label for i in analyze(text, published=PUB, lang="es", now=NOW).items] == [Label.FACT]
