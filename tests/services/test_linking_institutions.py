"""Linking through ingest: a follow-up sharing only its body joins its story; the body's next case does not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from tests.services.test_linking_local_angle import add

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)

# A competition regulator orders two cement makers to sell plants, by a deadline.
CEMENT_EN = (
    "Chile's National Competition Authority (ANCOM) ordered Cementos Pacífico and Hormigones Litoral "
    "to sell three plants after finding they shared out customers in Valparaíso.\n"
    "ANCOM chairwoman Paula Irarrázaval gave the companies until 12 February to propose remedies.\n"
    "Cementos Pacífico said it would appeal."
)
# The follow-up names the body, its chair and a new date: no company, no place.
CEMENT_DEADLINE_EN = (
    "The National Competition Authority extended the remedies deadline to 12 March, chairwoman "
    "Paula Irarrázaval said.\n"
    "The authority said the two cement makers had asked for more time to find buyers for the plants."
)
# The same body's next case, told with the same chair and nothing else of its own.
PETROL_INQUIRY_EN = (
    "Chile's National Competition Authority (ANCOM) opened an inquiry into petrol prices at service "
    "stations, chairwoman Paula Irarrázaval said.\n"
    "The authority will ask distributors for their price lists before the end of January."
)

# A telecom regulator fines an operator; its next case (internet tariffs) is another story.
FINE_ES = (
    "La Autoridad de Regulación de Telecomunicaciones (ARTEL) multó con 4 millones de bolivianos a la "
    "operadora Conecta Móvil por los cortes de servicio en Oruro.\n"
    "La empresa tiene hasta el 20 de diciembre para presentar sus descargos, informó la ARTEL.\n"
    "Conecta Móvil atribuyó los cortes al robo de cables."
)
TARIFFS_ES = (
    "La Autoridad de Regulación de Telecomunicaciones (ARTEL) fijó nuevas tarifas máximas para el "
    "internet fijo desde el 1 de febrero.\n"
    "El director de la ARTEL, Marcelo Quispe, dijo que los precios bajarán un 15 por ciento."
)

# A union calls a strike; an undated wire update names the union alone.
STRIKE_EN = (
    "The Union of Urban Transport Workers (SUTTU) called a 48-hour bus strike in Guadalajara from "
    "14 December over unpaid wages, its leader Ramiro Ochoa said.\n"
    "The transport operator Movilidad Tapatía said it had paid the November wages.\n"
    "Around 900,000 passengers use the city's buses every day."
)
STRIKE_UPDATE_EN = (
    "The Union of Urban Transport Workers postponed its bus strike by a week after a new wage offer.\n"
    "The union said drivers would vote on the offer on Friday."
)


@pytest.mark.parametrize(
    ("first", "first_title", "later", "later_title", "lang", "dated"),
    [
        (
            CEMENT_EN,
            "Watchdog orders cement makers to sell plants",
            CEMENT_DEADLINE_EN,
            "Competition authority extends remedies deadline",
            "en",
            True,
        ),
        (
            STRIKE_EN,
            "Bus drivers call strike in Guadalajara",
            STRIKE_UPDATE_EN,
            "Bus strike postponed",
            "en",
            False,
        ),
    ],
)
async def test_a_follow_up_sharing_only_its_body_joins_its_story(
    app: App,
    clock: FixedClock,
    first: str,
    first_title: str,
    later: str,
    later_title: str,
    lang: str,
    dated: bool,
) -> None:
    story = await add(app, clock, first, first_title, T0, lang)
    follow_up = await add(app, clock, later, later_title, T0 + timedelta(days=9), lang, dated=dated)
    assert follow_up.developments[0].id == story.developments[0].id
    assert not follow_up.developments[0].created


@pytest.mark.parametrize(
    ("first", "first_title", "other", "other_title", "lang"),
    [
        (
            CEMENT_EN,
            "Watchdog orders cement makers to sell plants",
            PETROL_INQUIRY_EN,
            "Competition watchdog opens petrol price inquiry",
            "en",
        ),
        (
            FINE_ES,
            "Multan a Conecta Móvil por los cortes en Oruro",
            TARIFFS_ES,
            "El regulador fija nuevas tarifas de internet",
            "es",
        ),
    ],
)
async def test_the_same_bodys_next_case_stays_apart(
    app: App, clock: FixedClock, first: str, first_title: str, other: str, other_title: str, lang: str
) -> None:
    story = await add(app, clock, first, first_title, T0, lang)
    case = await add(app, clock, other, other_title, T0 + timedelta(days=11), lang)
    assert case.developments[0].created
    assert case.developments[0].id != story.developments[0].id
