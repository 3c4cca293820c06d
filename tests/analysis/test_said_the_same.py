"""A report of the same words said before ("They said the same last year, and the libraries are
still open", "Mining houses have said much the same in every country…", "Both sides said much the
same in March": never a statement in the bank, three writers) is the writer's pointing at a
repetition, no report; with the words quoted or after a colon it reports, and "said the same on
Tuesday" or "last week" (recent news) is the speaker's."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the libraries would close. They said the same last year, and the libraries are still open, mostly.",
        "Mining houses have said much the same in every country that has ever touched a royalty.",
        "The ministers said the same a year ago, and the queue has only grown.",
        "Ana Ruiz said exactly the same before the last election.",
    ],
)
def test_the_same_said_before_is_no_report(text: str) -> None:
    """ "Said the same" with an earlier time reports nothing now."""
    item = last_item(text, "en")
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ruiz said the same last year: "We will not close a single library."', "Ruiz"),
        ("The Harbour Union said the same on Tuesday.", "Harbour Union"),
        ("Ana Ruiz said the same thing about the new law.", "Ana Ruiz"),
        ("The Harbour Union said the same last week.", "Harbour Union"),
        ("The Harbour Union said the same a week ago.", "Harbour Union"),
    ],
)
def test_the_same_quoted_or_said_now_reports(text: str, speaker: str) -> None:
    """The words quoted, or said on a day of this news, are the speaker's."""
    item = last_item(text, "en")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker
