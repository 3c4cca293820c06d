"""Linking: a medicines regulator names every recall; its name's words are kind words, not a story's."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.domain.linking_probe import chosen_at

WHEN = datetime(2026, 11, 18, 12, tzinfo=UTC)


def chosen(story: str, follow_up: str) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story."""
    return chosen_at(WHEN, story, follow_up)


def test_two_recalls_ordered_by_the_spanish_agency_stay_apart_es() -> None:
    lortaxin = (
        "La Agencia Española de Medicamentos y Productos Sanitarios ordenó retirar 14 lotes de "
        "Lortaxin de las farmacias por una impureza."
    )
    corvalin = (
        "La Agencia Española de Medicamentos y Productos Sanitarios pidió a las farmacias retirar "
        "un lote contaminado de Corvalin."
    )
    assert chosen(lortaxin, corvalin) is None


def test_two_recalls_ordered_by_the_british_regulator_stay_apart_en() -> None:
    inhalers = (
        "The Medicines and Healthcare products Regulatory Agency told pharmacies to recall Bresalin "
        "inhalers after a valve fault."
    )
    tablets = (
        "Pharmacies must return Dovetrex tablets within seven days, the Medicines and Healthcare "
        "products Regulatory Agency said."
    )
    assert chosen(inhalers, tablets) is None


def test_two_alerts_of_a_national_medicines_agency_stay_apart_es() -> None:
    syrup = (
        "La Agencia Nacional de Medicamentos alertó de un jarabe falsificado de Tusilen vendido en "
        "farmacias de Rosario."
    )
    vaccine = (
        "La Agencia Nacional de Medicamentos suspendió la venta de la vacuna Florivax en farmacias de "
        "Mendoza."
    )
    assert chosen(syrup, vaccine) is None


def test_a_recall_named_again_with_its_drug_and_firm_still_joins_es() -> None:
    story = (
        "La Agencia Española de Medicamentos y Productos Sanitarios ordenó a Laboratorios Ravensmoor "
        "retirar el Corvalin contaminado."
    )
    follow_up = (
        "Laboratorios Ravensmoor retiró ya la mitad del Corvalin, según la Agencia Española de "
        "Medicamentos y Productos Sanitarios."
    )
    assert chosen(story, follow_up) == 7


def test_a_recall_named_again_in_the_other_language_still_joins() -> None:
    story = (
        "The Medicines and Healthcare products Regulatory Agency gave Ravensmoor Pharmaceuticals "
        "seven days to recall batch RV-2291 of Corvalin."
    )
    follow_up = (
        "Ravensmoor Pharmaceuticals no ha retirado aún el lote RV-2291 de Corvalin de todas las farmacias."
    )
    assert chosen(story, follow_up) == 7
