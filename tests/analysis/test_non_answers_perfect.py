"""A reply not yet given, in the perfect or with a negative subject: a silence reported, a fact.

"Neither side has responded to the proposal", "La empresa no ha contestado a la carta": as "did not
respond to a request for comment" (test_stance.py), a fact about a silence, however pointed it reads;
the stance model is not asked (`non_answers`). Only a reply to a request, an offer, a letter, a
question… or with nothing after the verb: "has not responded to the crisis with any urgency" is the
writer's verdict on how, and is asked. Own sentences, written for this test, never taken from the
corpus or the stance bank; each is read after a plain lead, under a model sure that every clause is
comment, so that only the rule decides.
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
        ("en", "None of the three banks has commented."),
        ("en", "The ministry has not yet replied to the union's letter."),
        ("en", "The operator hasn't responded to repeated requests for comment."),
        ("es", "Ninguna de las dos navieras ha respondido a la propuesta."),
        ("es", "El ministerio no ha contestado todavía a la carta del sindicato."),
        ("es", "La constructora no ha respondido."),
    ],
)
def test_a_reply_not_yet_given_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.NON_ANSWER_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The government has not responded to the crisis with any urgency."),
        ("en", "Nobody has responded to the floods with a plan."),
        ("en", "The ministry has not responded well to criticism."),
        ("es", "El Gobierno no ha respondido a la crisis con la urgencia debida."),
        ("es", "Nadie ha respondido a las inundaciones con un plan."),
    ],
)
def test_a_verdict_on_how_someone_responded_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.non_answer(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
