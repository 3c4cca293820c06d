"""The writer's counterfactual is commentary, an epistemic guess a hedged claim, English (comment17en).

"What one honest phone call could have settled", "could have guessed that number", "might have
been worth a go an hour earlier", "For that money the city could have bought…" (gold:
commentary, four annotators, dev and bank) were read as hedged claims: "could have" is a hedge
word. Each is marked as what did not happen: a problem solved or a cost spared, a time before the
real one, a sum spent otherwise, one small act. An epistemic guess about what did happen ("The
boat could have capsized in the storm", "could have been caused by…") has none of these and stays
a claim; a report of either stays the speaker's. Own sentences; batch A written before the
patterns (10/10 after, 0/10 before), batch B after them, unseen by them (6/8 after, 1/8 before:
"cleared up … weeks before the strike" and "might have kept its best player with a modest raise"
are still claims, see the analysis README's Known limits).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

COUNTERFACTUALS = [
    # batch A
    "A single text message could have spared the families a night in the cold.",
    "The council might have saved itself the embarrassment with one phone call.",
    "For the price of the consultants, the town could have resurfaced every road in the valley.",
    "Anyone in the queue could have guessed the outcome.",
    "That money could have paid for two more nurses.",
    "The report could have been finished before anyone booked the conference hall.",
    "The ministry could have acted sooner.",
    "One honest conversation could have settled the row in an afternoon.",
    "A lower fare might have filled the empty seats a month earlier.",
    "Half that sum could have bought the club a new stand.",
    # batch B
    "Five minutes of planning could have spared commuters the chaos.",
    "The regulator could have stepped in a year earlier.",
    "The same cash could have kept the pool open all winter.",
    "Any engineer could have predicted the crack.",
    "The government might have fixed the boiler for a fraction of the cost.",
]

GUESSES = [
    "The fire could have been started by a faulty cable.",
    "The leak could have been caused by a faulty valve.",
    "The gunmen may have crossed the border overnight.",
    "The virus might have spread from a market stall.",
    "The boat could have capsized in the storm.",
    "The rebels could have left the village days ago.",
    "The note could have been written by the victim's brother.",
    "The tanker could have run aground in the fog.",
    "The suspect might have boarded a ferry to the mainland.",
    "The outbreak could have begun at the processing plant.",
    "The money might have been moved through a shell company.",
    "The storm could have damaged the power lines overnight.",
    "The dispute could have been settled by the arbitration panel.",
]


def _label(text: str) -> Label:
    return analyze(text, lang="en", now=NOW).items[-1].label


@pytest.mark.parametrize("text", COUNTERFACTUALS)
def test_the_writers_counterfactual_is_commentary(text: str) -> None:
    assert _label(text) is Label.COMMENTARY


@pytest.mark.parametrize("text", GUESSES)
def test_an_unattributed_guess_about_what_happened_stays_a_claim(text: str) -> None:
    assert _label(text) is Label.CLAIM


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mayor Ana Ruiz said the council could have settled the dispute months ago.", Label.STATEMENT),
        ("Investigators said the crash could have been caused by ice.", Label.CLAIM),
        ("Union leader Tom Reyes said one phone call could have averted the strike.", Label.STATEMENT),
        ("The council has saved £2 million by closing the depot.", Label.FACT),
    ],
)
def test_a_report_of_a_counterfactual_stays_the_speakers(text: str, label: Label) -> None:
    assert _label(text) is label
