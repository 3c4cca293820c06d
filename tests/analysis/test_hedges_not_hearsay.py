"""Hedge words the writer uses for something other than hearsay make no claim (comment20en).

"The whole tender may have to be rerun": "may have to" is a duty's modal, not the perfect of a guess
("may have crossed"). "What replaced it is not a market so much as a rumour with a pump attached",
"with phase two a rumour", "a fare that rises with every rumour": a rumour with nothing said after
it is the writer's metaphor. Neither is a hedge; hearsay ("rumours that…", "the rumour is that…",
"a rumour of…") and epistemic guesses ("could have run aground") stay hedged claims.
"""

from __future__ import annotations

import pytest

from bot.analysis.labels import UNATTRIBUTED_HEDGE_REASON
from tests.analysis.probes import labels_after

LEAD = "The buses were late again on Monday. "


def _items(text: str) -> list[tuple[str, str]]:
    return labels_after(LEAD, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "If the tribunal sides with the bidder, the whole tender may have to be rerun.",
        "Passengers might have to wait until spring for the new fleet.",
        "The operator could have to repay £2m in subsidies.",
        "The ministry's new timetable is a rumour with a logo.",
        "Phase two, for now, is still a rumour.",
        "Fuel prices in the valley go up with every rumour.",
        "Ten years on, the bypass is a rumour and a roundabout.",
    ],
)
def test_a_duty_s_modal_or_a_metaphor_of_rumour_is_no_hedge(rules_only: None, text: str) -> None:
    assert all(not reason.startswith(UNATTRIBUTED_HEDGE_REASON) for _, reason in _items(text))


@pytest.mark.parametrize(
    "text",
    [
        "There are rumours that the coach will be sacked before Christmas.",
        "Rumours of a takeover sent the shares up 4%.",
        "The rumour in the dressing room is that the manager has already resigned.",
        "A rumour that the depot will close swept the town on Monday.",
        "The gunmen may have crossed the border overnight.",
        "The tanker could have run aground in the fog.",
        "The club is apparently in talks with two investors.",
    ],
)
def test_hearsay_and_guesses_stay_hedged_claims(sure: None, text: str) -> None:
    assert _items(text) == [("claim", _items(text)[0][1])]
    assert _items(text)[0][1].startswith(UNATTRIBUTED_HEDGE_REASON)
