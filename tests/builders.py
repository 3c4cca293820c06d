"""Build Analysis objects by hand, so tests of linking do not depend on the analyser's labels."""

from __future__ import annotations

from datetime import date, datetime

from bot.domain.models import (
    Analysis,
    ChangeKind,
    DeadlineChange,
    DeadlineMention,
    Item,
    Label,
)


def analysis_of(
    text: str,
    *,
    lang: str = "en",
    published: datetime | None = None,
    labels: dict[str, tuple[Label, str | None]] | None = None,
    deadlines: list[tuple[str, date | datetime, str]] | None = None,
    changes: list[tuple[ChangeKind, str, date | datetime | None]] | None = None,
) -> Analysis:
    """Split `text` into sentences (one per line, or at '. '); label them fact unless `labels` says.

    `labels` maps a sentence's opening words to (label, speaker); `deadlines` are (evidence, due,
    what) and `changes` (kind, evidence, new_due), located by their evidence in the text.
    """
    items = []
    labels = labels or {}
    at = 0
    for line in text.split("\n"):
        for sentence in [s for s in line.replace(". ", ".\x00").split("\x00") if s.strip()]:
            start = text.index(sentence.strip(), at)
            end = start + len(sentence.strip())
            at = end
            label, speaker = Label.FACT, None
            for opening, (lab, spk) in labels.items():
                if sentence.strip().startswith(opening):
                    label, speaker = lab, spk
            items.append(Item(sentence.strip(), start, end, label, 1.0, "test", speaker=speaker))
    mentions = []
    for evidence, due, what in deadlines or []:
        s = text.index(evidence)
        mentions.append(DeadlineMention(what, due, evidence, s, s + len(evidence)))
    found = []
    for kind, evidence, new_due in changes or []:
        s = text.index(evidence)
        found.append(DeadlineChange(kind, evidence, s, s + len(evidence), new_due))
    return Analysis(lang, published, tuple(items), tuple(mentions), (), tuple(found))
