"""A digest with deadline changes and claim verdicts, for the template and formatter tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.digest import (
    CONFIRMED,
    DENIED,
    ClaimVerdict,
    DeadlineChange,
    Digest,
    DigestItem,
    Source,
    compose,
)
from bot.domain.models import Deadline, DeadlineStatus, Development, Item, Label

NOW = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=1)
HOSTILE = "@everyone <@&123> <!channel> **bold** [click](https://evil.example) # fake"
LONG_WHAT = (
    "The United States and Russia agreed on Friday, after a long night of talks in Abu Dhabi that many "
    "observers had written off, to pause strikes on energy infrastructure until 1 February, provided "
    "that neither side resumes attacks on the Kyiv power grid in the meantime"
)


def source(n: int, name: str = "Agencia", at: datetime = NOW - timedelta(hours=2)) -> Source:
    """A source line for article `n`."""
    return Source(n, f"article {n}", name, f"https://example.org/{n}", at, at)


def changes_digest(language: str = "en", *, hostile: str = "") -> Digest:
    """Compose a digest whose development has an extension, an expiry, a confirmation and a denial."""
    dev = Development(1, "Kyiv strike pause" + hostile, "extended", language, NOW, NOW)
    deadline = Deadline(
        7,
        1,
        1,
        LONG_WHAT + hostile,
        "2026-02-03",
        NOW + timedelta(days=3),
        DeadlineStatus.EXTENDED,
        "until 1 February",
    )
    claim_text = "A source said the pause would be extended." + hostile
    claim = DigestItem(
        11,
        Item(claim_text, 0, len(claim_text), Label.CLAIM, 0.8, "test"),
        source(3, at=NOW - timedelta(hours=3)),
    )
    extension = DeadlineChange(
        7,
        LONG_WHAT + hostile,
        NOW - timedelta(hours=2),
        "extended",
        "2026-02-01",
        "2026-02-03",
        "La pausa se prorrogó hasta el 3 de febrero" + hostile,
        source(4, "Reuters" + hostile),
        "until 1 February",
    )
    expiry = DeadlineChange(
        8, "talks in Abu Dhabi", NOW - timedelta(hours=1), "expired", "2026-01-30", "2026-01-30", None, None
    )
    confirmed = ClaimVerdict(
        11,
        claim_text,
        CONFIRMED,
        20,
        "Volodymyr Zelensky" + hostile,
        "We agreed to extend the pause." + hostile,
        source(4, "Reuters"),
    )
    denied = ClaimVerdict(
        5,
        "Unnamed officials said talks collapsed." + hostile,
        DENIED,
        21,
        "Dmitri Peskov",
        "The talks did not collapse.",
        source(5, "TASS"),
    )
    return compose(
        kind="daily",
        language=language,
        timezone="Europe/Madrid",
        now=NOW,
        since=SINCE,
        developments=[(dev, [claim], [deadline])],
        lookback=timedelta(days=7),
        changes={1: [expiry, extension]},
        verdicts={1: [confirmed, denied]},
    )
