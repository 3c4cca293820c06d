"""A count that opens its clause as the subject of a perfect: a tally of what the counted did, a fact.

"All ten have gone home", "Dos han encontrado trabajo en la península": checkable, as any count. The
stance model reads a count opening a clause as the writer's kicker ("Eleven games."). Not after
"only" / "solo" (a minimiser), not "been" / "sido" (a state, not an act), nor with an evaluative,
hedge, comparative, future, modal, first- or second-person word or a sweep ("Two have done nothing
since"). Own sentences, written for this test, never taken from the corpus or the stance bank; each is
read after a plain lead, under a model sure that every clause is comment, so that only the rule
decides.
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
        ("en", "Three of them have since moved to Leeds."),
        ("en", "All twelve have signed the new contract."),
        ("en", "Two of the injured have left hospital."),
        ("es", "Los diez se han ido a casa."),
        ("es", "Tres de ellos ya han vuelto al pueblo."),
        ("es", "Dos de los heridos han recibido el alta."),
    ],
)
def test_a_counted_subject_of_a_perfect_stays_a_fact_whatever_the_model_says(
    lang: str, text: str, sure: None
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.COUNTED_SUBJECT_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Only two have bothered to reply."),
        ("en", "Two have done nothing since."),
        ("en", "All ten have been let down."),
        ("es", "Solo dos han contestado."),
        ("es", "Los tres han sido, sin duda, un desastre."),
        ("es", "Dos han hecho más que el ministerio entero."),
    ],
)
def test_a_count_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.counted_subject(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
