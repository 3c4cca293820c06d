"""Attributed data is that source's statement (corpus convention 8), also when the source is a
described body or person with no capitalised name ("according to the provincial police", "según
el servicio meteorológico nacional"), a count of its own ("según su propio balance") or a
description with its name set off at the sentence's end ("according to the paying agent,
Harbourline Trust"). A measure after the cue ("according to the new timetable", "según la ley…",
"según el calendario previsto") names no source and stays a fact."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "It is the longest road blockade in the province since 2009, according to the provincial police.",
            "provincial police",
        ),
        (
            "en",
            "The coupon was paid a day late, according to the paying agent, Harbourline Trust.",
            "Harbourline Trust",
        ),
        (
            "en",
            "The coupon was paid a day late, according to the trustee, Harbourline Trust.",
            "Harbourline Trust",
        ),
        (
            "en",
            "Five gates were opened on Monday, according to the cooperative's lawyer, Dilcia Maradiaga.",
            "Dilcia Maradiaga",
        ),
        (
            "es",
            "El caudal cayó a su nivel más bajo desde 1961, según el servicio meteorológico nacional.",
            "servicio meteorológico nacional",
        ),
    ],
)
def test_a_described_source_makes_a_statement(lang: str, text: str, speaker: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trains will run every ten minutes, according to the new timetable."),
        ("en", "The fine doubles after 30 days, according to the revised rules."),
        ("es", "El plazo vence el viernes, según la ley de contratos del sector público."),
        ("es", "Las obras terminarán en marzo, según el calendario previsto."),
        ("es", "Según lo previsto, las obras terminarán en marzo."),
    ],
)
def test_a_measure_after_the_cue_names_no_source(lang: str, text: str) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, (item.speaker, item.reason)
