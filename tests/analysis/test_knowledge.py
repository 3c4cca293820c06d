"""What a group named with a definite article knows: a state of theirs, reported, a fact the model is not asked about.

"Los trabajadores saben que el cierre es definitivo", "The residents know that the plant is closing":
what people know is theirs, as what they did is. The stance model reads "saber que" / "know that" as
the writer's knowing aside ("Ya se sabe que…", "todos saben que…", "Everyone knows that…": every
unattributed "saber que" in its data is comment). The subject opens the clause with its article and
the verb follows it with nothing between: not "ya saben", "no saben", "already know", "todos saben";
not a sweep in what they know ("que nadie contestará"), nor an evaluative, hedge, comparative, future,
modal, first- or second-person word. Own sentences, written for this test, never taken from the
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
        ("es", "Los conductores de la línea 4 saben que el servicio queda suspendido."),
        ("es", "La plantilla supo el lunes que la planta cerrará en marzo."),
        ("es", "Los inquilinos del bloque saben desde ayer que el desalojo está firmado."),
        ("es", "Las familias sabían que la escuela cerraba a mediodía."),
        ("en", "The drivers know that the depot has closed."),
        ("en", "The tenants have known since March that the lease ends in June."),
        ("en", "The families were aware that the school had shut its gates."),
        ("en", "The crew knew that the hatch had been sealed."),
    ],
)
def test_what_a_named_group_knows_stays_a_fact_whatever_the_model_says(
    lang: str, text: str, sure: None
) -> None:
    item = last_item_after_a_lead(lang, text)
    assert item.label is Label.FACT
    assert item.reason == labels.KNOWLEDGE_REASON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the writer's knowing aside: impersonal, everyone, "ya", "no", a relative word
        ("es", "Ya se sabe que en agosto las obras se paran."),
        ("es", "Los conductores ya saben que el servicio queda suspendido."),
        ("es", "Los conductores no saben que el servicio queda suspendido."),
        ("es", "Todos saben que el servicio queda suspendido."),
        ("es", "La campaña la ganarán los que saben que el voto cuenta."),
        # a sweep or another class of comment in what they know
        ("es", "Los conductores saben que nadie arreglará la línea."),
        ("es", "Los vecinos saben que probablemente el desalojo está firmado."),
        ("en", "The drivers already know that the depot has closed."),
        ("en", "Everyone knows that the depot has closed."),
        ("en", "The drivers know that nobody will fix the line."),
        ("en", "The drivers surely know that the depot has closed."),
        ("en", "The tenants know that, which is why they have stopped paying."),
    ],
)
def test_a_knowing_aside_is_still_asked(lang: str, text: str, sure: None) -> None:
    wc = word_classes(lang)
    assert wc is not None and not wc.known(text)
    assert last_item_after_a_lead(lang, text).label is Label.COMMENTARY
