"""A proportion counted, opening its clause: a statistic, a fact the model is not asked about.

"Uno de cada tres contratos es temporal", "One in three contracts is temporary": a checkable share. The
stance model reads the generic present and the opening "uno" as the writer's generalisation ("Uno
llega a la estación y el tren ya se ha ido"). Not a proportion set in the writer's frame (it must open
the clause), nor with an evaluative, hedge, comparative, future, modal, first- or second-person word
("Two out of three is not bad"), nor a sweep or a minimiser ("no está nada mal"). Own sentences, written for this test, never taken from the corpus or
the stance bank; each is read after a plain lead, under a model sure that every clause is comment, so
that only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.stance import word_classes
from bot.domain.models import Label
from tests.analysis.probes import last_item_after_a_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Dos de cada cinco cooperativas no han medido sus parcelas."),
        ("es", "Una de cada cuatro plazas de la residencia sigue sin ocupar."),
        ("es", "Uno de cada diez conductores circula sin seguro."),
        ("en", "One in three contracts in the sector is temporary."),
        ("en", "Two out of five cooperatives have not mapped their plots."),
        ("en", "Four in every ten beds on the ward are unoccupied."),
    ],
)
def test_a_proportion_counted_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.PROPORTION_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer's verdict on the share, or the share set in the writer's frame
        ("es", "Dos de cada tres no está nada mal para un lunes."),
        ("es", "Lo grave es que uno de cada tres contratos es temporal."),
        ("es", "Uno de cada tres contratos probablemente es temporal."),
        ("en", "Two out of three is not bad for a Monday."),
        ("en", "The scandal is that one in three contracts is temporary."),
        ("en", "One in three contracts will probably be temporary."),
    ],
)
def test_a_share_the_writer_weighs_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.proportion(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
