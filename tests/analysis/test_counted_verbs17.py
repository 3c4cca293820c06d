"""A verb right after a count is the sentence's verb, English (comment17en).

"All ten have gone home." (dev, gold fact) was read as verbless, the writer's kicker: after a
count the fragment test reads a word as the noun the count heads ("Eleven games"), and "have"
went with it. A main verb or auxiliary form there is the count's verb. Verbless counts stay the
writer's. ("Half are still out of work.", "One remains on the payroll." are facts to the rules
now; the stance model still reads them as comment.) The same mechanism was pinned as a known
error in `test_reader_and_counts.py` ("One remains in hospital…"), now fixed there too.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
LEAD = "The ferry company laid off twelve crew members last month. "


def _last(text: str) -> Label:
    return analyze(LEAD + text, lang="en", now=NOW).items[-1].label


@pytest.mark.parametrize(
    "text",
    ["All ten have gone home.", "Two have found jobs on the mainland.", "Three have moved to the mainland."],
)
def test_a_count_with_its_verb_is_a_report(text: str) -> None:
    assert _last(text) is Label.FACT


@pytest.mark.parametrize("text", ["Twelve jobs, twelve families.", "All twelve, gone."])
def test_a_verbless_count_stays_the_writers(text: str) -> None:
    assert _last(text) is Label.COMMENTARY
