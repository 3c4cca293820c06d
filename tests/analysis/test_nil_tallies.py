"""No one hurt, arrested or charged: a count of nought the stance model is not asked about.

"No one has so far been charged", "Nadie resultó herido", "No hubo detenidos", "No se alcanzó ningún
acuerdo": a checkable count, as any other; the model reads the negative subject and "so far" as the writer's pointed remark. Only
verbs of a casualty or of a legal step; not after a relative word ("a case in which nobody has been
charged" characterises it), not set in the writer's frame ("It is a small miracle nobody was hurt"),
and not with an evaluative, hedge, comparative, future, modal, first- or second-person word beside
it. Own sentences, written for this test, never taken from the corpus or the stance bank; each is
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
        ("en", "Nobody has yet been arrested over the break-in at the depot."),
        ("en", "So far, no one has been charged over the crash on the ring road."),
        ("en", "The tanker ran aground off the cape and nobody was injured."),
        ("en", "No one was hurt when the scaffolding came down on Tuesday."),
        ("es", "Nadie ha sido detenido todavía por el incendio del almacén."),
        ("es", "Nadie resultó herido en el derrumbe de la nave."),
        ("es", "Hasta ahora, no hay detenidos por el asalto a la joyería."),
        ("es", "El autobús volcó en la curva y no hubo heridos."),
        # no agreement reached at a meeting (pins25)
        ("en", "No deal was reached at the second round of talks in Oslo."),
        ("en", "The mediators met for six hours and no agreement was signed."),
        ("en", "So far, no settlement has been agreed with the insurers."),
        ("es", "No se alcanzó ningún acuerdo en la reunión del comité de empresa."),
        ("es", "La mesa se reunió durante seis horas y no hubo acuerdo."),
        ("es", "Hasta ahora, no se ha firmado ningún acuerdo con las aseguradoras."),
    ],
)
def test_a_nought_count_stays_a_fact_whatever_the_model_says(lang: str, text: str, sure: None) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.NIL_TALLY_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # not a casualty nor a legal step: the writer's verdict
        ("en", "No one has been held accountable for the flooding."),
        ("en", "Nobody has been asked what the depot is for."),
        # the writer's frame, a relative clause, another class of comment
        ("en", "It is a small miracle nobody was hurt."),
        ("en", "A scandal in which nobody has been charged is still a scandal."),
        ("en", "Nobody has been charged yet, and you can guess why."),
        ("es", "Lo llamativo es que nadie ha sido detenido."),
        ("es", "Un fraude en el que nadie ha sido condenado."),
        ("es", "Nadie ha sido detenido, y probablemente nadie lo será."),
        # an agreement the writer weighs or foresees
        ("en", "It is no surprise no deal was reached."),
        ("en", "No deal was reached, and you can guess why."),
        ("es", "Lo lógico es que no se alcanzó ningún acuerdo."),
        ("es", "No hubo acuerdo, y probablemente no lo habrá."),
    ],
)
def test_a_nought_count_the_writer_comments_on_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.nil_tally(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
