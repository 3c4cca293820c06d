"""Linking through ingest across languages and wording: one story in es and en, look-alikes apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)

# One story told in Spanish, then in English by another desk: each quotes its own people, and
# what they share is the body (written out in each language, and by its Spanish acronym) and
# the lake, written the way each language writes it.
LAKE_ES = (
    "La Autoridad Binacional del Lago Titicaca (ALT) declaró este lunes la emergencia hídrica por la "
    "sequía y restringió la pesca durante treinta días.\n"
    "Según la ALT, el lago Poopó perdió dos tercios de su superficie desde enero.\n"
    "El director de la ALT, Ramiro Quispe, pidió a los municipios de Oruro un plan de ahorro.\n"
    "Los pescadores de la cuenca anunciaron movilizaciones si no reciben compensaciones."
)
LAKE_EN = (
    "Fishing communities around Lake Poopo say they have had no catch for weeks, as the Binational "
    "Titicaca Lake Authority extended its drought emergency on Thursday.\n"
    '"There is nothing left to fish," said Eusebia Choque, who leads a cooperative in Llapallapani.\n'
    "Hydrologists at San Andres University in La Paz warned that evaporation would outpace rainfall "
    "until November.\n"
    "Bolivia's Environment Minister Teresa Vargas promised cash transfers to 4,000 families."
)
# Two strikes in one country, in both languages: the same kind of story, not the same story.
MINERS_ES = (
    "Los mineros de la mina Escondida iniciaron este lunes una huelga indefinida en Antofagasta.\n"
    "El sindicato de Escondida exige un bono de término de conflicto.\n"
    "El Ministerio del Trabajo de Chile convocó a las partes a una mediación."
)
DOCKERS_EN = (
    "Dockworkers at the port of San Antonio walked out on Tuesday in a strike over automation.\n"
    "The San Antonio dockers' union said cranes would stay idle until the terminal operator talks.\n"
    "Chile's Labour Ministry called both sides to mediation."
)
# Two cases before one country's top court: the same court, two stories.
COURT_EXTRADITION = (
    "Colombia's Supreme Court approved the extradition of Álvaro Mejía Ruiz to the United States.\n"
    "Mejía Ruiz is wanted in Florida on drug trafficking charges.\n"
    "The Supreme Court said the decision now rests with President Gustavo Petro."
)
COURT_MINING = (
    "La Corte Suprema de Colombia suspendió la licencia minera de la empresa Carbones del Cesar.\n"
    "El fallo ordena consultar a las comunidades wayuu de La Guajira antes de reanudar la explotación.\n"
    "Carbones del Cesar anunció que recurrirá la sentencia de la Corte Suprema."
)


async def add(app: App, clock: FixedClock, text: str, title: str, when: datetime, lang: str) -> IngestResult:
    clock.set(when)
    analysis = analysis_of(text, lang=lang, published=when)
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=when, lang=lang), analysis=analysis
    )


async def test_one_story_in_spanish_then_english_links_through_its_written_out_names(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, LAKE_ES, "Emergencia hídrica en el lago Poopó", T0, "es")
    second = await add(
        app,
        clock,
        LAKE_EN,
        "Bolivian fishermen idle as drought emergency is extended",
        T0 + timedelta(days=3),
        "en",
    )
    assert second.developments[0].id == first.developments[0].id
    assert not second.developments[0].created


async def test_two_strikes_in_one_country_stay_apart(app: App, clock: FixedClock) -> None:
    miners = await add(app, clock, MINERS_ES, "Huelga en Escondida", T0, "es")
    dockers = await add(
        app, clock, DOCKERS_EN, "San Antonio dockworkers strike", T0 + timedelta(days=1), "en"
    )
    assert dockers.developments[0].created
    assert dockers.developments[0].id != miners.developments[0].id


async def test_two_cases_before_one_court_stay_apart(app: App, clock: FixedClock) -> None:
    extradition = await add(app, clock, COURT_EXTRADITION, "Colombia court approves extradition", T0, "en")
    mining = await add(
        app,
        clock,
        COURT_MINING,
        "La Corte Suprema suspende una licencia minera",
        T0 + timedelta(days=2),
        "es",
    )
    assert mining.developments[0].created
    assert mining.developments[0].id != extradition.developments[0].id


# Two elections on one day in two countries, with observers from one body: apart.
HONDURAS_ES = (
    "Honduras celebra el 30 de noviembre elecciones generales bajo la supervisión del Consejo Nacional "
    "Electoral (CNE).\n"
    "El CNE acreditó a 500 observadores de la OEA, según su presidenta, Cossette López.\n"
    "La jornada electoral se cerrará a las 17:00 y los primeros resultados se esperan esa misma noche."
)
CHILE_EN = (
    "Chileans vote on November 30 in a presidential runoff between Jeannette Jara and José Antonio Kast.\n"
    "The electoral service Servel said 15.6 million people are registered to vote.\n"
    "OAS observers will monitor polling stations in Santiago and Valparaíso."
)
# One court story in English then Spanish: the court, the case and the figures, each language's way.
COURT_EN = (
    "Brazil's Federal Supreme Court ordered the Amazon mining company Vale do Norte to pay 2,300 "
    "families displaced by the Serra Azul dam collapse.\n"
    "Justice Helena Prado gave the company until March 15 to deposit the first installment.\n"
    "Lawyers for the families called the ruling historic."
)
COURT_ES = (
    "El Supremo Tribunal Federal de Brasil rechazó el recurso de Vale do Norte contra la indemnización a "
    "las 2.300 familias desplazadas por la rotura de la represa de Serra Azul.\n"
    "La empresa deberá depositar el primer pago antes del 15 de marzo, recordó el tribunal.\n"
    "Los abogados de las familias celebraron la decisión frente a la sede del tribunal en Brasilia."
)


async def test_two_elections_on_one_day_in_two_countries_stay_apart(app: App, clock: FixedClock) -> None:
    honduras = await add(app, clock, HONDURAS_ES, "Honduras vota el 30 de noviembre", T0, "es")
    chile = await add(app, clock, CHILE_EN, "Chile votes in runoff", T0 + timedelta(days=1), "en")
    assert chile.developments[0].created
    assert chile.developments[0].id != honduras.developments[0].id


async def test_a_court_story_in_english_then_spanish_links(app: App, clock: FixedClock) -> None:
    first = await add(app, clock, COURT_EN, "Brazil court orders Vale do Norte to pay dam victims", T0, "en")
    second = await add(
        app, clock, COURT_ES, "El Supremo rechaza el recurso de Vale do Norte", T0 + timedelta(days=4), "es"
    )
    assert second.developments[0].id == first.developments[0].id
