"""A host handing over to a guest or a reporter is the outlet's narration, a fact (comment14).

"CONDUCTOR: Estamos en comunicación con la intendenta…", "LOCUTOR: Tenemos en línea al
ministro…", "HOST: We're joined now by…": the first person plural of the outlet presenting its
guest judges nothing (corpus convention 17); the host's own jab stays commentary. Own transcripts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _label(text: str, lang: str, opening: str) -> Label:
    items = analyze(text, lang=lang, now=NOW).items
    return next(i for i in items if opening in i.text).label


ES = (
    "CONDUCTORA: {line}\n"
    "ALCALDE PÉREZ: Buenas tardes. El puente reabre el lunes a las ocho.\n"
    "CONDUCTORA: Eso mismo prometió usted en marzo, con la misma sonrisa.\n"
    "ALCALDE PÉREZ: En marzo no teníamos la financiación."
)
EN = (
    "HOST: {line}\n"
    "DAVIES: Thanks. The depot reopens on Monday at eight.\n"
    "HOST: You said exactly that in March, with the same smile.\n"
    "DAVIES: In March we did not have the money."
)


@pytest.mark.parametrize(
    ("template", "lang", "line"),
    [
        (ES, "es", "Estamos en comunicación con el alcalde de Villanueva, Tomás Pérez."),
        (ES, "es", "Tenemos en línea al alcalde de Villanueva, Tomás Pérez."),
        (ES, "es", "Seguimos con el alcalde de Villanueva, que nos atiende desde el ayuntamiento."),
        (EN, "en", "We're joined now by the mayor of Riverton, Ann Davies."),
        (EN, "en", "We have on the line the mayor of Riverton, Ann Davies."),
        (EN, "en", "We go now to the mayor of Riverton, Ann Davies."),
    ],
)
def test_a_hosts_handover_is_a_fact(template: str, lang: str, line: str) -> None:
    assert _label(template.format(line=line), lang, line[:12]) is Label.FACT


@pytest.mark.parametrize(
    ("template", "lang", "line"),
    [
        (ES, "es", "Estamos hartos de escuchar las mismas promesas sobre este puente."),
        (EN, "en", "We have heard this promise about the depot before, many times."),
    ],
)
def test_the_hosts_own_remark_in_the_first_person_stays_commentary(
    template: str, lang: str, line: str
) -> None:
    assert _label(template.format(line=line), lang, line[:12]) is Label.COMMENTARY
