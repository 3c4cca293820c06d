"""What follows if a report did not hold, after its semicolon: the report goes on.

"Ticket sales are up, the club said; otherwise, the season would have been lost": "otherwise" hangs
on what the club said, so the clause after the semicolon is the club's, not the writer's aside
(`report_consequences`). At a lower threshold the model read it alone as the writer's counterfactual.
After a plain fact, with the connective inside the clause, or with a condition of its own ("si no
llueve"), the clause is still cut and asked. Own sentences, written for this test, never taken from
the corpus or the stance bank, under a model sure that every clause it is shown is comment, so that
only the rule decides.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Label
from tests.analysis.probes import NOW


def _labels(text: str, lang: str) -> list[Label]:
    return [i.label for i in analyze(text, published=NOW, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ticket sales are up, the club said; otherwise, the season would have been lost."),
        ("en", "The dam is safe, the agency said; if not, the valley would be evacuated."),
        ("en", "The tests were negative, the hospital said; otherwise the ward would have closed."),
        ("es", "La presa es segura, aseguró la agencia; si no, el valle sería evacuado."),
        (
            "es",
            "Las reservas han subido, dijo el Ayuntamiento; de lo contrario, la feria se habría suspendido.",
        ),
        (
            "es",
            "Las obras terminarán en mayo, según el Ayuntamiento; de otro modo, la línea no abriría hasta 2028.",
        ),
    ],
)
def test_what_follows_if_a_report_did_not_hold_goes_on_with_it(lang: str, text: str, sure: None) -> None:
    assert _labels(text, lang) == [Label.STATEMENT]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no report before the semicolon: the writer's counterfactual, asked
        ("en", "The bridge opened in May; otherwise, the town would still be cut off."),
        ("es", "El puente abrió en mayo; de lo contrario, el pueblo seguiría aislado."),
        # the connective inside the clause, or a condition of its own: cut and asked
        ("en", "The plant is safe, the minister said; it would otherwise have been closed years ago."),
        ("es", "La presa es segura, aseguró la agencia; si no llueve, el valle no corre peligro."),
        # a merge the attribution would not read ("informó la naviera; en caso contrario…" loses its
        # speaker): the cut stays
        (
            "es",
            "El puerto tiene gasóleo para una semana, informó la naviera; en caso contrario, los barcos no saldrían.",
        ),
        # a sentence of its own: asked as before
        ("en", "Ticket sales are up, the club said. Otherwise, the season would have been lost."),
        ("es", "La presa es segura, aseguró la agencia. De lo contrario, el valle sería evacuado."),
    ],
)
def test_a_counterfactual_that_does_not_hang_on_a_report_is_still_asked(
    lang: str, text: str, sure: None
) -> None:
    assert _labels(text, lang)[-1] is Label.COMMENTARY
