"""Linking through ingest on evidence of a kind: a long report joins its story, look-alikes stay apart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

T0 = datetime(2026, 5, 4, 9, tzinfo=UTC)

# A Spanish wire report, then a long English analysis weeks later: the analysis brings many names
# of its own; what it shares is the minister, the union leader, the resolution and its deadline.
BUSES_ES = (
    "El Ministerio de Transporte de Colombia publicó la Resolución 2210/2026, que obliga a las empresas "
    "de buses intermunicipales a renovar el 30% de su flota antes del 30 de junio.\n"
    "La ministra de Transporte, Adriana Beltrán, dijo que las empresas que no cumplan perderán sus rutas.\n"
    "Jairo Quintero, presidente de la federación de transportadores, anunció un paro si no hay créditos.\n"
    "Las empresas tienen hasta el 15 de mayo para inscribirse en el programa de chatarrización."
)
BUSES_EN = (
    "Analysis: Colombia's bus renewal drive meets the road\n"
    "Six weeks after Resolution 2210/2026, the country's intercity coaches look much as they did.\n"
    "In Medellín, the terminal manager Luisa Restrepo counts 40 new vehicles out of 1,100. In Cali, "
    "the mayor's office of Rodrigo Salcedo says operators there have ordered almost none.\n"
    "Bankers are wary. Bancolombia and Davivienda have approved few of the loans that Transport "
    "Minister Adriana Beltrán promised, according to the lenders' association Asobancaria.\n"
    "Manufacturers such as Busscar and Marcopolo say their order books filled only in May, and that "
    "delivery takes at least four months. The importers' body Fenalco wants the rule suspended.\n"
    "Jairo Quintero, whose federation has threatened a stoppage, says the 30 June deadline was "
    "always a fiction. The economist Camila Orozco of the Universidad de los Andes agrees.\n"
    "Passengers in Bucaramanga, Pasto and Montería will notice little either way this summer."
)
# The same minister and the same union leader, two other stories: a dockers' strike and a
# banana workers' strike, each with its own port, company and dates.
DOCKS_ES = (
    "Los estibadores de Buenaventura iniciaron un paro indefinido contra la Sociedad Portuaria Regional.\n"
    "La ministra de Trabajo, Adriana Beltrán, convocó a las partes a una mesa de diálogo.\n"
    "Jairo Quintero, presidente de la central obrera, respaldó el paro y pidió mediación."
)
BANANA_EN = (
    "Banana workers in Urabá walked off the plantations of Agrícola del Darién on Tuesday.\n"
    "Labour Minister Adriana Beltrán said she would travel to Apartadó to meet the strikers.\n"
    "Jairo Quintero, head of the main union confederation, said the strike would spread to Turbo."
)
# Two ceasefires with one UN envoy: two wars, each with its own parties and places.
KIVU_ES = (
    "El Gobierno congoleño y el grupo M23 pactaron en Doha un alto el fuego en Kivu del Norte.\n"
    "El enviado de la ONU, Tomás Lindqvist, dijo que los combatientes deben replegarse hacia Rutshuru.\n"
    "Los desplazados de Goma reclamaron corredores humanitarios."
)
SUDAN_EN = (
    "Sudan's army and the Rapid Support Forces agreed in Jeddah to a ceasefire around El Fasher.\n"
    "The UN envoy Tomás Lindqvist said both sides must open the road to Tawila for aid convoys.\n"
    "Displaced families in Zamzam camp said they had not eaten for days."
)


async def add(
    app: App,
    clock: FixedClock,
    text: str,
    title: str,
    when: datetime,
    lang: str,
    deadlines: list[tuple[str, date | datetime, str]] | None = None,
) -> IngestResult:
    clock.set(when)
    analysis = analysis_of(text, lang=lang, published=when, deadlines=deadlines)
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=when, lang=lang), analysis=analysis
    )


async def test_a_long_analysis_joins_its_story_on_names_code_and_deadline(
    app: App, clock: FixedClock
) -> None:
    first = await add(
        app,
        clock,
        BUSES_ES,
        "Colombia obliga a renovar los buses intermunicipales",
        T0,
        "es",
        [("antes del 30 de junio", date(2026, 6, 30), "renovar el 30% de la flota")],
    )
    second = await add(
        app,
        clock,
        BUSES_EN,
        "Analysis: Colombia's bus renewal drive meets the road",
        T0 + timedelta(weeks=6),
        "en",
        [("the 30 June deadline", date(2026, 6, 30), "fleet renewal")],
    )
    assert second.developments[0].id == first.developments[0].id
    assert not second.developments[0].created


async def test_two_strikes_with_the_same_minister_and_union_leader_stay_apart(
    app: App, clock: FixedClock
) -> None:
    docks = await add(app, clock, DOCKS_ES, "Paro de estibadores en Buenaventura", T0, "es")
    banana = await add(app, clock, BANANA_EN, "Urabá banana workers strike", T0 + timedelta(days=2), "en")
    assert banana.developments[0].created
    assert banana.developments[0].id != docks.developments[0].id


async def test_two_ceasefires_with_one_envoy_stay_apart(app: App, clock: FixedClock) -> None:
    kivu = await add(app, clock, KIVU_ES, "Alto el fuego en Kivu del Norte", T0, "es")
    sudan = await add(app, clock, SUDAN_EN, "Ceasefire agreed around El Fasher", T0 + timedelta(days=3), "en")
    assert sudan.developments[0].created
    assert sudan.developments[0].id != kivu.developments[0].id


# Two rulings of one court written by one justice: a dam's licence, a tax exemption.
DAM_RULING_ES = (
    "La Corte Constitucional de Colombia suspendió la licencia ambiental de la represa de El Tablón en el Cauca.\n"
    "La magistrada Diana Fajardo dijo que las comunidades nasa no fueron consultadas.\n"
    "La empresa Hidrocauca tiene 30 días para presentar un nuevo estudio."
)
TAX_RULING_EN = (
    "Colombia's Constitutional Court struck down an exemption from the tax on sugary drinks for small shops.\n"
    "Justice Diana Fajardo wrote the majority opinion.\n"
    "The shopkeepers' association Fenaltiendas said prices would rise in Bogotá and Medellín."
)


async def test_two_rulings_of_one_court_by_one_justice_stay_apart(app: App, clock: FixedClock) -> None:
    dam = await add(app, clock, DAM_RULING_ES, "La Corte Constitucional frena una represa", T0, "es")
    tax = await add(
        app, clock, TAX_RULING_EN, "Court strikes down sugary drinks exemption", T0 + timedelta(days=7), "en"
    )
    assert tax.developments[0].created
    assert tax.developments[0].id != dam.developments[0].id
