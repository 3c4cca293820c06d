"""Decide which development an article's items feed (first version: whole-article linking).

The developments issue replaces the scoring; the seam stays: `profile_article` describes an
article, `link_article` turns that profile and the candidate developments into assignments.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from bot.domain.models import Analysis, Label

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÁÉÍÓÚÑÜ][\wáéíóúñü]+)", re.UNICODE)
_STOPWORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "will",
        "would",
        "there",
        "their",
        "they",
        "them",
        "then",
        "than",
        "what",
        "when",
        "which",
        "while",
        "about",
        "after",
        "before",
        "said",
        "says",
        "also",
        "into",
        "over",
        "under",
        "more",
        "most",
        "such",
        "only",
        "been",
        "being",
        "para",
        "como",
        "pero",
        "este",
        "esta",
        "estos",
        "estas",
        "entre",
        "sobre",
        "desde",
        "hasta",
        "cuando",
        "donde",
        "porque",
        "según",
        "dijo",
        "había",
        "habían",
        "será",
        "sería",
        "están",
        "tiene",
        "tienen",
        "todos",
        "todas",
        "parte",
        "partes",
        "sido",
    ]
)


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Kiev" and "Kíev" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """What linking knows of an article: its actors and its subject words."""

    actors: frozenset[str]
    keywords: frozenset[str]
    when: datetime


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing development as linking sees it."""

    development_id: int
    actors: frozenset[str]
    keywords: frozenset[str]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Assignment:
    """Items of one article that feed one development (`development_id` None opens one)."""

    development_id: int | None
    item_indexes: tuple[int, ...]
    title: str
    actors: frozenset[str]
    keywords: frozenset[str]
    score: float


def profile_article(analysis: Analysis, title: str | None, when: datetime) -> ArticleProfile:
    """Describe an article by its capitalised names and its most frequent content words."""
    text = " ".join(item.text for item in analysis.items if item.label is not Label.COMMENTARY)
    if title:
        text = f"{title}. {text}"
    actors = frozenset(fold(m.group(1)) for m in _CAPITALISED.finditer(text))
    words = Counter(w for w in (fold(m.group(0)) for m in _WORD.finditer(text)) if w not in _STOPWORDS)
    keywords = frozenset(word for word, _ in words.most_common(12))
    return ArticleProfile(actors=actors, keywords=keywords, when=when)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(profile: ArticleProfile, candidate: Candidate) -> float:
    """Score actor and keyword overlap, halved for every 14 days between them."""
    base = 0.6 * _jaccard(profile.actors, candidate.actors) + 0.4 * _jaccard(
        profile.keywords, candidate.keywords
    )
    days = abs((profile.when - candidate.updated_at).total_seconds()) / 86400
    decay: float = 0.5 ** (days / 14)
    return base * decay


LINK_THRESHOLD = 0.15


def link_article(
    analysis: Analysis, title: str | None, profile: ArticleProfile, candidates: list[Candidate]
) -> list[Assignment]:
    """Assign the whole article to the most similar development, or open a new one."""
    indexes = tuple(range(len(analysis.items)))
    best: Candidate | None = None
    best_score = 0.0
    for candidate in candidates:
        score = similarity(profile, candidate)
        if score > best_score:
            best, best_score = candidate, score
    if best is not None and best_score >= LINK_THRESHOLD:
        return [
            Assignment(
                development_id=best.development_id,
                item_indexes=indexes,
                title="",
                actors=best.actors | profile.actors,
                keywords=best.keywords | profile.keywords,
                score=best_score,
            )
        ]
    return [
        Assignment(
            development_id=None,
            item_indexes=indexes,
            title=make_title(analysis, title),
            actors=profile.actors,
            keywords=profile.keywords,
            score=1.0,
        )
    ]


def make_title(analysis: Analysis, title: str | None) -> str:
    """Make a short title: the article's own, else the opening words of its first fact."""
    if title:
        return title.strip()[:80]
    for item in analysis.items:
        if item.label is not Label.COMMENTARY:
            words = item.text.strip(' "“”«»').split()
            return " ".join(words[:8]).rstrip(",.;:") or "Untitled development"
    return "Untitled development"
