"""Linking through ingest: a place or brand written inside a body's or firm's name is the story's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)

# A shellfish ban: the Spanish report names the town in its guild's name, the English follow-up
# in another name ("Lindaro Fishermen and Shellfish Gatherers Association") and alone.
SHELLFISH_ES = (
    "La Consellería del Mar cerró este martes la ría de Lindaro al marisqueo tras detectar una toxina "
    "en las almejas. El cierre se mantendrá al menos hasta el 15 de diciembre, según la resolución.\n"
    "La Cofradía de Pescadores y Mariscadores de Lindaro calcula que 240 mariscadoras se quedan sin "
    "ingresos. Su patrona mayor, Rosalía Meixide, pidió ayudas inmediatas.\n"
    "Los análisis se repetirán cada semana en los bancos de Punta Sarga y O Cabo."
)
SHELLFISH_EN = (
    "The regional Marine Department extended the ban on shellfish harvesting in the Lindaro estuary for "
    "another two weeks after new samples still showed the toxin.\n"
    "Rosalía Meixide, who heads the Lindaro Fishermen and Shellfish Gatherers Association, said every "
    "week without work was a week without wages. The association says 240 gatherers are affected.\n"
    "Samples from Punta Sarga remain above the legal limit."
)
# The same town and regional department, another story: a pier.
PIER_EN = (
    "Lindaro town council approved on Tuesday the construction of a new passenger pier, ending ten years "
    "of delays. The works will cost 3.2 million euros and start in the spring.\n"
    "The mayor, Xoán Barreiro, said the town had been promised the pier in 2016. The Marine Department "
    "still has to sign off the environmental report.\n"
    "Ferry operator Naviera Illas plans four daily crossings once the pier opens."
)
# A quarry: the village is in the firm's name and in the residents' platform's, in both languages.
QUARRY_ES = (
    "El Tribunal Superior de Justicia de Navarcia suspendió de forma cautelar la ampliación de la cantera "
    "de Peñasalta, que la empresa Áridos Peñasalta quería triplicar.\n"
    "La Plataforma Vecinal Peñasalta Viva, que recurrió el permiso, celebró la decisión. Su portavoz, "
    "Nerea Goñi, dijo que el polvo llega a la escuela.\n"
    "La vista se celebrará el 20 de enero."
)
QUARRY_EN = (
    "Lawyers for the Peñasalta Viva residents' platform told the regional High Court of Justice on "
    "Wednesday that the quarry's expansion permit ignored dust readings near the village school.\n"
    "Áridos Peñasalta, the quarry's owner, said the expansion would create 35 jobs. Its manager, Iñigo "
    "Lasa, said the firm had complied with every rule.\n"
    "Nerea Goñi, the platform's spokeswoman, said residents would keep protesting."
)


async def add(app: App, clock: FixedClock, text: str, title: str, when: datetime, lang: str) -> IngestResult:
    clock.set(when)
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=when, lang=lang),
        analysis=analysis_of(text, lang=lang, published=when),
    )


async def test_a_town_named_inside_two_bodies_names_joins_its_story_across_languages(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, SHELLFISH_ES, "Cierran la ría de Lindaro al marisqueo", T0, "es")
    second = await add(
        app, clock, SHELLFISH_EN, "Lindaro shellfish ban extended", T0 + timedelta(days=15), "en"
    )
    assert second.developments[0].id == first.developments[0].id


async def test_the_same_town_and_department_in_another_story_stay_apart(app: App, clock: FixedClock) -> None:
    ban = await add(app, clock, SHELLFISH_ES, "Cierran la ría de Lindaro al marisqueo", T0, "es")
    pier = await add(app, clock, PIER_EN, "Lindaro approves new pier", T0 + timedelta(days=50), "en")
    assert pier.developments[0].created
    assert pier.developments[0].id != ban.developments[0].id


async def test_a_village_in_a_firms_and_a_platforms_name_joins_its_story(app: App, clock: FixedClock) -> None:
    first = await add(
        app, clock, QUARRY_ES, "El TSJ suspende la ampliación de la cantera de Peñasalta", T0, "es"
    )
    second = await add(
        app, clock, QUARRY_EN, "Court hears challenge to Peñasalta quarry", T0 + timedelta(days=49), "en"
    )
    assert second.developments[0].id == first.developments[0].id


# One town inside two bodies' names, two stories: a hospital's night closure, a water tariff.
HOSPITAL_ES = (
    "El Hospital Comarcal de Valdemora cerrará sus urgencias de 22:00 a 8:00 desde el 15 de diciembre "
    "por falta de médicos. La gerencia del Servicio Regional de Salud lo comunicó este jueves.\n"
    "La portavoz de la Plataforma Sanidad Valdemora, Irene Casals, habló de abandono. Los pacientes "
    "nocturnos irán al hospital de Torrelara, a 50 kilómetros."
)
WATER_EN = (
    "The Valdemora Water Company will raise its tariffs by 12 percent from January, blaming the cost "
    "of the new treatment plant. Households will pay about 40 euros more a year.\n"
    "The company's director, Pau Ferrer, said prices had been frozen for six years. The Valdemora "
    "Consumers' Union said it would take the increase to the regional ombudsman."
)


async def test_one_town_inside_two_bodies_names_in_two_stories_stays_apart(
    app: App, clock: FixedClock
) -> None:
    hospital = await add(app, clock, HOSPITAL_ES, "El hospital de Valdemora cierra sus urgencias", T0, "es")
    water = await add(
        app, clock, WATER_EN, "Valdemora Water Company raises tariffs", T0 + timedelta(days=14), "en"
    )
    assert water.developments[0].created
    assert water.developments[0].id != hospital.developments[0].id
