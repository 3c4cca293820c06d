"""The unit something is measured in: a fact the stance model is not asked about.

"La velocidad del viento se mide en nudos", "Rainfall is given in millimetres": a convention of
measurement, checkable. The stance model reads "se mide en" as the writer's yardstick (the bank's
"la espera se mide en estaciones del año"). The units are each language's `measure_units`, the same
list the yardstick cue in `[commentary]` excludes, so a yardstick in votes, years or decades is still
the model's (and the cue's). Not after a relative word, and not with an evaluative, hedge,
comparative, future, modal, first- or second-person word beside it. Own sentences, written for this
test, never taken from the corpus or the stance bank; each is read after a plain lead, under a model
sure that every clause is comment, so that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La presión atmosférica se mide en hectopascales."),
        ("es", "En el informe, la temperatura se expresa en grados Celsius."),
        ("es", "Las parcelas del regadío se cuentan en hectáreas."),
        ("es", "La potencia de la planta viene expresada en megavatios."),
        ("en", "Wind speed at the harbour is measured in knots."),
        ("en", "Rainfall totals are given in millimetres."),
        ("en", "The plots were counted in hectares."),
        ("en", "Output from the plant is expressed in megawatts."),
    ],
)
def test_a_unit_of_measure_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and wc.measure(text)
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # yardsticks: no unit of measure
        ("es", "El éxito se mide en votos."),
        ("es", "La paciencia se mide en años."),
        ("en", "Progress here is measured in decades."),
        ("en", "Success in this job is measured in headlines."),
        # a relative word, a hedge, a future, the reader
        ("es", "Una ciudad cuyo calor, que se mide en grados, ya nadie soporta."),
        ("es", "La velocidad del viento probablemente se mide en nudos."),
        ("en", "The damage will be measured in tonnes of rubble."),
        ("en", "As you know, the fog is measured in metres of visibility."),
    ],
)
def test_a_measure_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.measure(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY


@pytest.mark.parametrize(
    "text",
    ["La espera se mide en estaciones del año.", "El éxito de la feria se mide en votos."],
)
def test_the_yardstick_cue_reads_the_same_units(text: str) -> None:
    item = last_item_after_a_lead("es", text)
    assert item.label is Label.COMMENTARY and "stance model" not in item.reason, item.reason


def test_a_physical_magnitude_is_no_yardstick_for_the_cue() -> None:
    item = last_item_after_a_lead("es", "La velocidad del viento se mide en nudos.")
    assert item.label is Label.FACT, item.reason
