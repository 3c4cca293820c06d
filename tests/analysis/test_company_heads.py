""" "The company" / "la compañía" is the last company the article named, known by a word of its name
that only firms bear ("Ashcombe Minerals", "Solara Cruises", "Laboratorios Quesada Ferrer"); with no
such name it stays the bare noun, and a person or a ministry named in between is never it."""

from __future__ import annotations

import pytest

from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Kidnappers are holding five engineers of the British mining contractor Ashcombe Minerals. "
            "The interior minister, Halima Sorensi, said talks were going on. "
            "The company said it had suspended all road travel.",
            "en",
            "Ashcombe Minerals",
        ),
        (
            "Solara Cruises, which operates the ship, said 40 passengers were ill. "
            "The health ministry said the outbreak was contained. "
            "The company added that a refund would be offered.",
            "en",
            "Solara Cruises",
        ),
        (
            "Regulators fined Halcyon Mobile on Friday. The company says it will appeal.",
            "en",
            "Halcyon Mobile",
        ),
        (
            "La AEMPS ordenó a Laboratorios Quesada Ferrer retirar 14 lotes. "
            "La empresa asegura que su línea de atención funcionará 24/7.",
            "es",
            "Laboratorios Quesada Ferrer",
        ),
        (
            "El regulador multó a Andina Móvil. La Subsecretaría dijo que no habrá prórroga. "
            "La compañía informó que recurrirá.",
            "es",
            "Andina Móvil",
        ),
    ],
)
def test_the_company_is_the_last_firm_named(text: str, lang: str, speaker: str) -> None:
    """A word only firms bear in a name makes it the company "the company" stands for."""
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The interior minister, Halima Sorensi, said talks were going on. The company said it would pay.",
            "en",
            "company",
        ),
        (
            "El Ministerio de Sanidad dijo que vigilará el caso. La compañía informó que recurrirá.",
            "es",
            "compañía",
        ),
    ],
)
def test_no_firm_named_leaves_the_bare_noun(text: str, lang: str, speaker: str) -> None:
    """With no firm named before it, the company is not a ministry or a person."""
    assert last_statement_speaker(text, lang) == speaker
