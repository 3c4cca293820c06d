"""Linking: a story's common nouns translated across languages (fusión/merger, alquiler/rent) are one term.

A follow-up in the other language shares with its story a firm or a town and words that the
other language writes differently; its bodies are translated too, so its keywords cannot match
and the share stays low. The bilingual subject groups of `data/aliases.toml` ([concepts]) count
each such word as one term in both languages; they open no candidate (a name in common still
must), so two stories of one kind in one week stay apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 12, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story."""
    return chosen_at(WHEN, story, follow_up)


def test_a_merger_reported_in_spanish_then_english_joins() -> None:
    story = (
        "La Comisión Nacional de los Mercados y la Competencia abre una investigación a fondo de la "
        "fusión de las cadenas de supermercados Frutalia y Covasa. La Asociación de Consumidores Libres "
        "teme subidas de precios en Castilla. El consejero delegado de Frutalia, Tomás Ibarra, defendió "
        "la operación ante la Cámara de Comercio de Burgos."
    )
    follow_up = (
        "Frutalia and Covasa will have to wait months for a ruling on their merger after the competition "
        "watchdog opened a second phase. The Federation of Rural Grocers warned that the deal would leave "
        "many villages with one supermarket. Shares in Covasa fell four per cent in Madrid, and analysts "
        "at Brenton Capital said the supermarket chains may have to sell stores."
    )
    assert chosen(story, follow_up) == 7


def test_a_merger_reported_in_english_then_spanish_joins() -> None:
    story = (
        "Regulators opened a second-phase review of the merger between the supermarket chains Dialpa and "
        "Norvento. The Consumers' Federation of Galicia said prices would rise, and Norvento's chief "
        "executive, Luis Carballo, said the deal would save jobs."
    )
    follow_up = (
        "La fusión de Dialpa y Norvento tendrá que esperar: la Comisión Nacional de los Mercados y la "
        "Competencia ampliará el plazo. La Asociación de Tenderos Rurales teme el cierre de supermercados "
        "en los pueblos de Lugo, y los sindicatos piden garantías para la plantilla."
    )
    assert chosen(story, follow_up) == 7


def test_a_rent_freeze_reported_in_spanish_then_english_joins() -> None:
    story = (
        "El Consejo de Ministros aprobó un decreto que congela los alquileres durante un año. La "
        "Confederación de Inquilinos lo celebró; la Asociación de Propietarios Urbanos anunció un recurso. "
        "La ministra Elena Guzmán dijo que los caseros que suban la renta a los inquilinos serán multados. "
        "En Valdemora, el alcalde Rafael Ortuño pidió ayudas."
    )
    follow_up = (
        "Tenants' groups in Valdemora say some landlords are already ignoring the rent freeze. The Urban "
        "Property Owners' Association filed its appeal with the Supreme Court on Monday. Housing analysts "
        "at Pelham Research said rents in large cities could rise again once the decree expires, and the "
        "People's Party promised to repeal it."
    )
    assert chosen(story, follow_up) == 7


def test_a_rent_cap_reported_in_english_then_spanish_joins() -> None:
    story = (
        "Landlords in Sotomar must cap rents from January under a regional decree, and tenants who pay "
        "more can claim the difference back, the Housing Department said. The Property Owners' "
        "Federation will appeal."
    )
    follow_up = (
        "Los inquilinos de Sotomar ya pueden reclamar lo que paguen de más: el decreto autonómico que "
        "limita los alquileres entra en vigor en enero. La Asociación de Caseros Unidos lo recurrirá ante "
        "el Tribunal Superior."
    )
    assert chosen(story, follow_up) == 7


def test_a_passport_backlog_reported_in_english_then_spanish_joins() -> None:
    story = (
        "Passport renewal appointments in Corvera are booked until March, the regional ombudswoman said "
        "on Monday. The Interior Ministry blamed a new computer system. Travel agents at the Corvera "
        "Chamber of Commerce said families were cancelling holidays."
    )
    follow_up = (
        "Las citas para la renovación del pasaporte en Corvera siguen agotadas hasta marzo. La Delegación "
        "del Gobierno promete abrir las oficinas por las tardes y la Asociación de Agencias de Viajes de "
        "Asturias habla de cientos de viajes anulados."
    )
    assert chosen(story, follow_up) == 7


def test_two_rent_stories_of_one_week_in_two_countries_stay_apart() -> None:
    # Four story words in common (decree, rent, tenant, landlord) and no name: no candidate.
    story = (
        "El Consejo de Ministros aprobó un decreto que congela los alquileres durante un año. La "
        "Confederación de Inquilinos lo celebró y la ministra Elena Guzmán dijo que los caseros serán "
        "multados."
    )
    follow_up = (
        "Tenants in Lisbon protested against rent rises on Saturday as landlords pushed up prices; the "
        "Portuguese government is preparing a decree of its own."
    )
    assert chosen(story, follow_up) is None


def test_two_mergers_of_one_week_stay_apart() -> None:
    story = "La fusión de las cadenas de supermercados Frutalia y Covasa deja a 40 pueblos de Burgos con una sola tienda."
    follow_up = (
        "The merger of supermarket chains Dialpa and Norvento was cleared on Tuesday, the two firms said."
    )
    assert chosen(story, follow_up) is None


def test_a_town_with_a_low_emission_zone_and_fines_for_landlords_stays_apart() -> None:
    # One town, fines in both: two stories (a traffic zone, tourist flats).
    story = (
        "Drivers in Arbeleda face fines from Monday as the city's low-emission zone starts. Mayor Rosa "
        "Lantero promised a grace period for residents."
    )
    follow_up = (
        "El Ayuntamiento de Arbeleda multará a los caseros que alquilen pisos turísticos sin licencia, "
        "anunció el concejal de Vivienda, Iván Robles."
    )
    assert chosen(story, follow_up) is None
