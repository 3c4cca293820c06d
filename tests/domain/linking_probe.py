"""Where one follow-up article links, given a one-article development: shared by the linking rule tests."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from bot.domain.linking import Candidate, TermStats, article_terms, choose_development


def stats(*terms: str) -> TermStats:
    """Every term carried by one article of forty, one development of forty."""
    return TermStats(40, dict.fromkeys(terms, 1), dict.fromkeys(terms, 1), 40)


def chosen_at(when: datetime, story: str, follow_up: str, date: str | None = None) -> int | None:
    """Return where the follow-up goes, given a development of one article telling the story.

    `date` is a deadline both give (a "d:" term, as `_add_dates` counts it from the analysis).
    """
    story_terms = article_terms(story)
    terms = article_terms(follow_up)
    if date:
        story_terms[f"d:{date}"] += 1
        terms[f"d:{date}"] += 1
    development = Candidate(7, dict.fromkeys(story_terms, 1), 1, when)
    dev, _ = choose_development(Counter(terms), [development], stats(*terms), when)
    return dev
