"""Deadline false alarms of the twenty-sixth temporal round, found among the false alarms of the 24 dev
articles of the fourteenth dev round (three annotators) and dev 314.

Each list was written from general knowledge for one mechanism (own topics and wording, es and en
where it applies), with near misses that must not change, and scored with the engine of integ14
before the change (the figure above it: cases right). False alarms left are in
`bot/analysis/README.md`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.analysis.deadline_days import TUE, Case, due_days

# A threatened measure's day told as gone without the measure ("the stoppage planned for 3 December did
# not go ahead", "la huelga prevista para el jueves no llegó a celebrarse"): what happened to it is a
# change (corpus README, convention 14), the day no longer holds, so it is no deadline. `measure_off`
# read only "was postponed / called off" and "queda aplazada"; every dev thread that tells a measure
# called off gives its day no deadline. Near misses: a measure still ahead ("will go ahead unless"), a
# negation that is not about the measure ("did not deter"), a payment told missed (gold, a break).
# integ14: 6 of 11.
MEASURE_DID_NOT_HAPPEN: list[Case] = [
    ("en", TUE, "The 24-hour stoppage planned for Friday, June 12, did not go ahead.", []),
    ("en", TUE, "The walkout set for Monday never went ahead after the deal was signed.", []),
    ("en", TUE, "The strike called for June 15 did not take place, the union said.", []),
    ("es", TUE, "La huelga prevista para el viernes 12 de junio no llegó a celebrarse.", []),
    ("es", TUE, "El paro convocado para el lunes 15 no se celebró finalmente.", []),
    ("es", TUE, "La marcha prevista para el 15 de junio no tuvo lugar.", []),
    # near misses: still ahead, another negation, a payment missed
    (
        "en",
        TUE,
        "The 24-hour stoppage planned for Friday, June 12, will go ahead unless the council moves.",
        [date(2026, 6, 12)],
    ),
    ("en", TUE, "The strike planned for Friday, June 12, did not deter the ministers.", [date(2026, 6, 12)]),
    (
        "es",
        TUE,
        "La huelga prevista para el viernes 12 de junio se mantiene si no hay acuerdo.",
        [date(2026, 6, 12)],
    ),
    ("en", TUE, "The company did not pay the coupon due on Monday, June 8.", [date(2026, 6, 8)]),
    ("es", TUE, "La empresa no pagó la cuota que vencía el lunes 8 de junio.", [date(2026, 6, 8)]),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), MEASURE_DID_NOT_HAPPEN)
def test_round26_measure_did_not_happen(lang: str, published: object, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)  # type: ignore[arg-type]
