"""Linking through ingest: an undated local angle joins its story; one regulator's, league's or kind's look-alikes stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import ArticleInput
from bot.services.ingest import IngestResult
from tests.builders import analysis_of

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)

# A wire report in English, then an undated local paper's piece in Spanish: it names the people
# of the town once each (a baker, a teacher, a radio station) and the story's own mine, dam,
# company and regulator again and again.
DAM_EN = (
    "Peru's environmental regulator OEFA ordered Minera Quilcayo to halt work at its Antaccocha "
    "tailings dam on Sunday after inspectors found a crack in the dam wall.\n"
    "OEFA gave Minera Quilcayo 15 days to present a repair plan for Antaccocha.\n"
    "Minera Quilcayo said the Antaccocha dam was safe and that it would appeal the order.\n"
    "Residents of Huallanca, downstream of the dam, were told to keep away from the river."
)
DAM_LOCAL_ES = (
    "En la plaza de Huallanca nadie habla de otra cosa que de la presa de Antaccocha. Celestina "
    "Rímac, que tiene la panadería frente a la iglesia, dice que vende la mitad desde que la "
    "Minera Quilcayo paró. «Aquí todos trabajamos para la mina o para los que trabajan en ella».\n"
    "El profesor Rufino Chávez, del colegio San Martín de Porres, llevó a sus alumnos a ver la "
    "grieta desde el mirador. La emisora La Voz del Ande repite cada hora los avisos del OEFA, "
    "que prohibió acercarse al río mientras Minera Quilcayo no repare la presa de Antaccocha.\n"
    "La comunidad campesina de Tupac Yupanqui pidió al OEFA que la incluya en las inspecciones. "
    "La Junta de Regantes del Pativilca teme por el agua de la campaña de papa, y el alcalde, "
    "Teófilo Huamán, pide que la Minera Quilcayo pague los jornales perdidos en Huallanca."
)

# One regulator, two recalls: a blood-pressure drug, then a baby formula, both announced by the
# same agency (written out and by acronym) and the same spokeswoman.
RECALL_DRUG_EN = (
    "Argentina's National Health Control Agency (ANCOSA) ordered the recall of 12 batches of the "
    "blood-pressure drug Valsartén, made by Laboratorios Duarte, after tests found an impurity.\n"
    "ANCOSA spokeswoman Gabriela Ortiz said pharmacies must return the batches within ten days.\n"
    "Laboratorios Duarte said it had stopped production at its plant in Rosario."
)
RECALL_FORMULA_ES = (
    "La Agencia Nacional de Control Sanitario (ANCOSA) ordenó retirar del mercado tres lotes de "
    "la leche infantil NutriMás, de la empresa Lácteos Pampeanos, por una posible contaminación.\n"
    "La portavoz de la ANCOSA, Gabriela Ortiz, pidió a las familias que no usen los envases.\n"
    "Lácteos Pampeanos aseguró que sus plantas de Tandil cumplen todas las normas."
)

# Two leaked entrance exams in two countries: a leak, a re-sit, Telegram, an education ministry.
EXAM_PERU_ES = (
    "La Universidad Nacional de San Agustín anuló su examen de admisión después de que las "
    "preguntas circularan en grupos de Telegram la noche anterior.\n"
    "El rector, Hugo Valdivia, anunció que el nuevo examen será el 22 de marzo en Arequipa.\n"
    "El Ministerio de Educación pidió a la fiscalía investigar la filtración."
)
EXAM_COLOMBIA_EN = (
    "Colombia's testing institute Icfes cancelled the Saber 11 exam in Cali after the answers "
    "appeared in Telegram groups hours before the test.\n"
    "Icfes director Marcela Ospina said a re-sit for 40,000 students would be held in April.\n"
    "The Education Ministry asked prosecutors to find who leaked the papers."
)

# One league closes two stadiums, a month apart: a crush at one club, racist chants at another.
STADIUM_CRUSH_ES = (
    "La Liga Profesional de Fútbol cerró el estadio El Pinar del Atlético Ribadeo tras la avalancha "
    "del domingo en la grada sur, que dejó 19 heridos.\n"
    "El presidente de la Liga Profesional de Fútbol, Ernesto Salvatierra, dio al club 20 días "
    "para reforzar las barandillas.\n"
    "El Comité de Competición estudiará el jueves las sanciones al Atlético Ribadeo."
)
STADIUM_CHANTS_EN = (
    "The Liga Profesional de Fútbol closed Real Betanzos's Nuevo Arcángel stadium for two matches "
    "over racist chants aimed at a visiting player.\n"
    "League president Ernesto Salvatierra said the club must identify the fans involved.\n"
    "The Competition Committee will hear Real Betanzos's appeal next week."
)

# Two wildfires in one region a fortnight apart: one forest agency, one presidential delegate,
# one region; each headline names its own town, which the other report never names.
FIRE_CURACAUTIN_ES = (
    "Un incendio forestal obligó a evacuar el sector de Rari-Ruca, en Curacautín, región de La "
    "Araucanía.\n"
    "La Corporación Nacional Forestal (CONAF) informó que el fuego ha consumido 1.200 hectáreas.\n"
    "El delegado presidencial, Andrés Jouannet, decretó alerta roja para la comuna de Curacautín.\n"
    "Bomberos de Victoria apoyan el combate del fuego."
)
FIRE_PUREN_EN = (
    "A wildfire near Purén, in Chile's Araucanía region, forced 300 families from their homes.\n"
    "The National Forest Corporation (CONAF) said 800 hectares had burned in the Nahuelbuta foothills.\n"
    "Presidential delegate Andrés Jouannet declared a red alert for Purén and Los Sauces.\n"
    "Firefighters from Angol joined the effort."
)
# The Curacautín fire a day later, from a town it now threatens: the first town is named too.
FIRE_LONQUIMAY_EN = (
    "The wildfire that started in Curacautín crossed into Lonquimay overnight, CONAF said.\n"
    "Presidential delegate Andrés Jouannet extended the red alert to Lonquimay.\n"
    "The National Forest Corporation (CONAF) said 2,000 hectares had burned in Araucanía."
)


async def add(
    app: App, clock: FixedClock, text: str, title: str, when: datetime, lang: str, *, dated: bool = True
) -> IngestResult:
    clock.set(when)
    published = when if dated else None
    analysis = analysis_of(text, lang=lang, published=published)
    return await app.ingest.ingest(
        ArticleInput(text, title=title, published=published, lang=lang), analysis=analysis
    )


async def test_an_undated_local_angle_full_of_townspeople_joins_its_story(
    app: App, clock: FixedClock
) -> None:
    wire = await add(app, clock, DAM_EN, "Peru halts Antaccocha tailings dam", T0, "en")
    local = await add(
        app,
        clock,
        DAM_LOCAL_ES,
        "Huallanca vive pendiente de la grieta",
        T0 + timedelta(days=9),
        "es",
        dated=False,
    )
    assert local.developments[0].id == wire.developments[0].id
    assert not local.developments[0].created


async def test_two_recalls_by_one_regulator_stay_apart(app: App, clock: FixedClock) -> None:
    drug = await add(app, clock, RECALL_DRUG_EN, "Argentina recalls Valsartén batches", T0, "en")
    formula = await add(
        app, clock, RECALL_FORMULA_ES, "Retiran la leche infantil NutriMás", T0 + timedelta(days=12), "es"
    )
    assert formula.developments[0].created
    assert formula.developments[0].id != drug.developments[0].id


async def test_two_leaked_exams_in_two_countries_stay_apart(app: App, clock: FixedClock) -> None:
    peru = await add(app, clock, EXAM_PERU_ES, "Anulan el examen de admisión de la San Agustín", T0, "es")
    colombia = await add(
        app, clock, EXAM_COLOMBIA_EN, "Colombia cancels Saber 11 exam in Cali", T0 + timedelta(days=3), "en"
    )
    assert colombia.developments[0].created
    assert colombia.developments[0].id != peru.developments[0].id


async def test_two_stadium_closures_in_one_league_stay_apart(app: App, clock: FixedClock) -> None:
    crush = await add(app, clock, STADIUM_CRUSH_ES, "La Liga cierra El Pinar", T0, "es")
    chants = await add(
        app,
        clock,
        STADIUM_CHANTS_EN,
        "League shuts Nuevo Arcángel over racist chants",
        T0 + timedelta(days=30),
        "en",
    )
    assert chants.developments[0].created
    assert chants.developments[0].id != crush.developments[0].id


async def test_two_wildfires_in_one_region_each_headline_naming_its_town_stay_apart(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, FIRE_CURACAUTIN_ES, "Incendio obliga a evacuar Curacautín", T0, "es")
    second = await add(
        app, clock, FIRE_PUREN_EN, "Wildfire forces families out of Purén", T0 + timedelta(days=14), "en"
    )
    assert second.developments[0].created
    assert second.developments[0].id != first.developments[0].id


async def test_a_fire_reaching_another_town_is_the_same_story_when_the_report_names_the_first(
    app: App, clock: FixedClock
) -> None:
    first = await add(app, clock, FIRE_CURACAUTIN_ES, "Incendio obliga a evacuar Curacautín", T0, "es")
    later = await add(
        app, clock, FIRE_LONQUIMAY_EN, "Wildfire reaches Lonquimay", T0 + timedelta(days=1), "en"
    )
    assert later.developments[0].id == first.developments[0].id
