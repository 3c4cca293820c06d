"""Speakers keep the shape of a name or an office: initials, and no verb swallowed into a role."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return list(analyze(text, published=PUB, lang=lang, now=NOW).items)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("A. Smith, a trader at the port, said the shipments would resume next week.", "en", "A. Smith"),
        ('"We are not worried," J. Okafor, a union delegate, told reporters.', "en", "J. Okafor"),
        ("M. Pérez, un comerciante del mercado, dijo que los precios subirán.", "es", "M. Pérez"),
        ("E. Ruiz, vecina del barrio, aseguró que el agua llegó turbia.", "es", "E. Ruiz"),
        ("The fares will rise in April, R. Castell, a commuter, told reporters.", "en", "R. Castell"),
    ],
)
def test_a_name_with_an_initial_is_a_named_speaker(text: str, lang: str, speaker: str) -> None:
    items = _items(text, lang)
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, speaker)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A spokesman said the shipments would resume next week.", "en"),
        ("A senior official said the strike hit a substation.", "en"),
    ],
)
def test_the_article_a_before_a_noun_is_no_initial(text: str, lang: str) -> None:
    assert [i.label for i in _items(text, lang)] == [Label.CLAIM]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The government extended the deadline until March 3, its spokesman said.", "en", "government"),
        # the body the article never names is its description (test_speaker_names.py), no verb in it
        (
            "The regional council has postponed the vote until May 4, its spokeswoman said.",
            "en",
            "regional council",
        ),
        ("The ministry suspended the tender on Friday, its press office said.", "en", "ministry"),
    ],
)
def test_a_verb_after_a_body_is_not_part_of_its_role(text: str, lang: str, speaker: str) -> None:
    items = _items(text, lang)
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, speaker)]


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "A spokeswoman for the port authority said the cranes were idle.",
            "en",
            "spokeswoman for the port authority",
        ),
        ("El portavoz de la empresa dijo que no habrá despidos.", "es", "portavoz de la empresa"),
    ],
)
def test_an_office_of_a_body_keeps_its_article(text: str, lang: str, role: str) -> None:
    items = _items(text, lang)
    assert [(i.label, i.role) for i in items] == [(Label.STATEMENT, role)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The ferry company has moved the last sailing from Port Ellen to 9 p.m., "
            "a spokeswoman for the Caledonian Maritime Board confirmed.",
            "en",
            "Caledonian Maritime Board",
        ),
        (
            "Harvest at the Valle Verde estates will start a week late, "
            "a spokesman for the National Coffee Growers Federation said.",
            "en",
            "National Coffee Growers Federation",
        ),
    ],
)
def test_a_long_office_after_the_last_comma_names_the_body_not_a_place_before(
    text: str, lang: str, speaker: str
) -> None:
    items = _items(text, lang)
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, speaker)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            '"We did nothing wrong," Marta Villalobos, the club\'s lawyer, told the panel.',
            "en",
            "Marta Villalobos",
        ),
        (
            '"The pilots were never warned," Omar Haddad, the union\'s counsel, told the Transport Committee.',
            "en",
            "Omar Haddad",
        ),
        ('"The bridge is safe," Keiko Arai, Norland\'s chief engineer, told the Senate.', "en", "Keiko Arai"),
        (
            '"No diseñamos esa escalera", Marta Villalobos, la abogada del club, dijo ante el comité.',
            "es",
            "Marta Villalobos",
        ),
    ],
)
def test_a_name_with_its_office_before_told_is_the_speaker_not_the_audience(
    text: str, lang: str, speaker: str
) -> None:
    items = _items(text, lang)
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, speaker)]


def test_a_name_set_off_after_an_opening_phrase_still_speaks_after_the_verb() -> None:
    items = _items('"The talks are over," said the mediator, Ana Ruiz.', "en")
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, "Ana Ruiz")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("El Gobierno Regional anunció una comisión investigadora.", "es", "Gobierno Regional"),
        ("El Sindicato Minero dijo que la huelga sigue.", "es", "Sindicato Minero"),
        ("El Consejo Vecinal aseguró que el plazo vence el viernes.", "es", "Consejo Vecinal"),
        ("Committee Chair Ana Ruiz said the vote would be held on Friday.", "en", "Ana Ruiz"),
        ("Government spokesman Ali Baran said the vote would be held on Friday.", "en", "Ali Baran"),
    ],
)
def test_a_body_noun_opening_a_capitalised_run_names_the_body(text: str, lang: str, speaker: str) -> None:
    items = _items(text, lang)
    assert [(i.label, i.speaker) for i in items] == [(Label.STATEMENT, speaker)]


def _unattributed(text: str, lang: str) -> bool:
    """Tell a sentence read as nobody's report: the writer's fact or comment."""
    return all(i.label in (Label.FACT, Label.COMMENTARY) and i.speaker is None for i in _items(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Tres meses después, el puerto sigue con un horario provisional y ningún plan anunciado.",
        "Menos mal que el tren llega con un horario por fin anunciado.",
        "Medio año después, la biblioteca sigue cerrada y sin una fecha de reapertura anunciada.",
    ],
)
def test_a_participle_used_as_an_adjective_reports_nothing(text: str) -> None:
    assert _unattributed(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Sigue sin saberse si la naviera piensa comunicarlo antes del verano.",
        "Pocos entienden por qué la empresa tarda tanto en anunciarlos.",
    ],
)
def test_an_infinitive_with_a_glued_pronoun_reports_nothing(text: str) -> None:
    assert _unattributed(text, "es")


def test_a_counted_noun_or_a_kind_of_person_is_no_named_speaker() -> None:
    assert _unattributed(
        "Seis semanas para lo que no se hizo en un año: el plan, otra vez, lo escribe alguien "
        "que no conoce el barrio.",
        "es",
    )
    [item] = _items("Doce vecinos denunciaron ayer que el agua llegó turbia.", "es")
    assert (item.label, item.speaker) == (Label.CLAIM, None)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("El ministerio ha confirmado que el puerto abrirá el lunes.", "es", None),
        ("La alcaldesa había anunciado que el mercado cerraría en mayo.", "es", None),
        ("El acuerdo fue anunciado por el consejero Luis Vera el martes.", "es", "Luis Vera"),
        ("Volvió a anunciarlo el consejero Luis Vera: el tranvía llegará en 2028.", "es", None),
        ("La resolución advierte de que el plazo vence el lunes.", "es", None),
        ("El director general, Tomás Rey, advierte que el plazo vence el lunes.", "es", "Tomás Rey"),
        ("Lo confirmó anoche el portavoz de Aena, Javier Gil.", "es", "Javier Gil"),
        ("Diez, portavoz de la patronal, dijo que el plazo vence el viernes.", "es", "Diez"),
        ("The minister, Ana Ortiz, said someone who saw the crash had called the police.", "en", "Ana Ortiz"),
    ],
)
def test_real_reports_with_auxiliaries_clitics_and_numbers_stay_statements(
    text: str, lang: str, speaker: str | None
) -> None:
    [item] = _items(text, lang)
    assert item.label is Label.STATEMENT
    if speaker is not None:
        assert item.speaker == speaker


def test_an_unnamed_someone_from_a_body_still_reports() -> None:
    [item] = _items("Lo anunció alguien de la consejería: el plazo vence el lunes.", "es")
    assert item.label in (Label.CLAIM, Label.STATEMENT)
