"""A body named through one of its parts ("la Sala Constitucional del Tribunal Supremo Electoral
(TSE)") is the body its acronym spells, and a bare noun ("el tribunal") the body from that noun on."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La Sección Quinta de la Audiencia Nacional (AN) condenó el martes a la constructora. El fallo "
            "es firme, según los datos de la AN.",
            "es",
            "Audiencia Nacional",
        ),
        (
            "The Appeals Chamber of the International Criminal Court (ICC) upheld the sentence on Monday. "
            "The prisoner will be moved within a week, the ICC said.",
            "en",
            "International Criminal Court",
        ),
        (
            "La Sala de lo Penal del Tribunal Superior de Justicia rechazó el recurso el martes. La vista "
            "se repetirá en marzo, informó el tribunal.",
            "es",
            "Tribunal Superior de Justicia",
        ),
        # hard negatives: a name its acronym spells whole, a body's noun that opens its name
        (
            "La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) retiró dos lotes. La "
            "retirada durará diez días, según la AEMPS.",
            "es",
            "Agencia Española de Medicamentos y Productos Sanitarios",
        ),
        (
            "The Department of Health and Human Services (HHS) froze the grants on Monday. The freeze "
            "will last 90 days, HHS said.",
            "en",
            "Department of Health and Human Services",
        ),
        (
            "The Supreme Court of Valdora struck down the law on Monday. The ruling takes effect in March, "
            "the court said.",
            "en",
            "Supreme Court of Valdora",
        ),
    ],
)
def test_a_bodys_part_speaks_for_the_body_its_name_gives(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La concejala de Comercio del Ayuntamiento de Castromar anunció ayudas para los negocios.",
            "Ayuntamiento de Castromar",
        ),
        (
            "El director de Operaciones del Banco de Valdora confirmó que los cajeros volverán el lunes.",
            "Banco de Valdora",
        ),
        # hard negatives: a body's own name, and an office set off before it
        (
            "La Oficina del Representante Comercial confirmó la prórroga.",
            "Oficina del Representante Comercial",
        ),
        (
            "El consejero de Sanidad de la Junta de Andalucía dijo que el brote está controlado.",
            "Junta de Andalucía",
        ),
    ],
)
def test_an_offices_portfolio_is_no_part_of_its_bodys_name(text: str, speaker: str) -> None:
    assert last_statement_speaker(text, "es") == speaker
