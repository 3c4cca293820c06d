"""Deadline mechanisms of the twenty-fifth round (temporal25): counts whose start is an act another
sentence dates ("The court ruled on Tuesday. … ten days from the ruling"), found among the dev 290
misses of that shape.

Each list was written from general knowledge for one mechanism (own topics and wording, es and en
where it applies), with near misses that must not change; the figure above it: cases right with the
engine of main (daef984) before the change. Misses left are in `bot/analysis/README.md`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from tests.analysis.deadline_days import MON, Case, due_days

# The word of an act followed by "that night" / "esa noche" ("El protocolo firmado esa noche prevé
# que la frontera reabra el lunes 21"): the act's day is the one told before it, not the next day its
# sentence names, so a count from the act starts there. Near misses: an act with its own day keeps
# it. main: 2 of 6.
SAME_DAY_ACT: list[Case] = [
    (
        "es",
        MON,
        "La mesa de negociación se reunió el martes 24 de febrero. El acuerdo firmado esa noche prevé "
        "reabrir la planta el lunes 9 de marzo. Los sindicatos tienen diez días desde la firma para "
        "ratificarlo.",
        [date(2026, 3, 6)],
    ),
    (
        "en",
        MON,
        "Ministers met in Brussels on Friday, February 20. The deal signed that night lets the mines "
        "reopen on Monday, March 9. Each country has 14 days from the signing to notify its quotas.",
        [date(2026, 3, 6)],
    ),
    (
        "en",
        MON,
        "The board met on Tuesday, February 24. The decision taken that evening lets the depot reopen on "
        "March 16. Staff have seven days from the decision to appeal.",
        [date(2026, 3, 3)],
    ),
    (
        "es",
        MON,
        "El Parlamento se reunió el martes 24 de febrero. La reforma, votada esa misma tarde, fue "
        "publicada el jueves 26 de febrero. El Senado dispone de siete días desde la votación para vetarla.",
        [date(2026, 3, 3)],
    ),
    (
        "en",
        MON,
        "Ministers met in Brussels on Friday, February 20. The deal signed on Thursday, February 26 lets "
        "the mines reopen on Monday, March 9. Each country has 14 days from the signing to notify its "
        "quotas.",
        [date(2026, 3, 12)],
    ),
    (
        "es",
        MON,
        "La mesa de negociación se reunió el martes 24 de febrero. El acuerdo firmado el jueves 26 de febrero prevé "
        "reabrir la planta el lunes 9 de marzo. Los sindicatos tienen diez días desde la firma para "
        "ratificarlo.",
        [date(2026, 3, 8)],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dues"), SAME_DAY_ACT)
def test_round25_same_day_act(lang: str, published: datetime, text: str, dues: list[date]) -> None:
    assert due_days(lang, published, text) == Counter(dues)
