"""Held changes land on the deadline they speak of, on stories of other kinds and languages.

Each story: a dated article tells a change before its deadline is known; a later undated article
brings that deadline and another of the same story. The change takes its own deadline and leaves
the other alone, or (when neither fits) keeps waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_app
from bot.clock import FixedClock
from bot.domain.models import ArticleInput, ChangeKind
from bot.settings import Settings
from tests.builders import analysis_of

READ_AT = datetime(2026, 9, 1, 9, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    """A change told first, then an undated article with its deadlines; what each deadline becomes."""

    name: str
    lang: str
    told: str
    told_on: datetime
    change: tuple[ChangeKind, str, date | None]
    later: str
    deadlines: tuple[tuple[str, date, str], ...]
    expected: dict[str, str]  # deadline evidence -> status at the end


STORIES = (
    Story(
        "ferry strike called off",
        "en",
        "The Orsa Line ferry crews called off their strike at Port Velmar after a late pay offer.",
        datetime(2026, 6, 3, 18, tzinfo=UTC),
        (ChangeKind.CANCEL, "called off their strike", None),
        "The Orsa Line ferry crews at Port Velmar will strike from June 5. Port Velmar must finish the "
        "safety inspection of the Orsa Line ferries by July 20.",
        (
            ("from June 5", date(2026, 6, 5), "the Orsa Line ferry crews strike at Port Velmar"),
            ("by July 20", date(2026, 7, 20), "Port Velmar finishes the safety inspection of the ferries"),
        ),
        {"from June 5": "cancelled", "by July 20": "pending"},
    ),
    Story(
        "loan repayment missed",
        "en",
        "Kestrel Mills missed the deadline to repay the Hollin Bank bridging loan, the bank said.",
        datetime(2026, 4, 16, 12, tzinfo=UTC),
        (ChangeKind.BREAK, "missed the deadline to repay", None),
        "Kestrel Mills must repay the Hollin Bank bridging loan by April 15. Kestrel Mills must also "
        "file its audited accounts with Hollin Bank by May 29.",
        (
            ("by April 15", date(2026, 4, 15), "Kestrel Mills repays the Hollin Bank bridging loan"),
            ("by May 29", date(2026, 5, 29), "Kestrel Mills files its audited accounts"),
        ),
        {"by April 15": "broken", "by May 29": "pending"},
    ),
    Story(
        "court filing extended",
        "en",
        "Judge Amara Velt extended the deadline for the Dunmore Water appeal brief to March 30.",
        datetime(2026, 3, 10, 15, tzinfo=UTC),
        (
            ChangeKind.EXTEND,
            "extended the deadline for the Dunmore Water appeal brief to March 30",
            date(2026, 3, 30),
        ),
        "Dunmore Water must file its appeal brief with Judge Amara Velt by March 16. A hearing on the "
        "Dunmore Water tariff must be held by April 2.",
        (
            ("by March 16", date(2026, 3, 16), "Dunmore Water files its appeal brief"),
            ("by April 2", date(2026, 4, 2), "hearing on the Dunmore Water tariff"),
        ),
        {"by March 16": "extended", "by April 2": "pending"},
    ),
    Story(
        "huelga de transportistas desconvocada",
        "es",
        "La Federación de Transportistas de Aragón desconvocó la huelga tras el acuerdo con el Gobierno de Aragón.",
        datetime(2026, 3, 6, 19, tzinfo=UTC),
        (ChangeKind.CANCEL, "desconvocó la huelga", None),
        "La Federación de Transportistas de Aragón irá a la huelga a partir del lunes 9 de marzo. El "
        "Gobierno de Aragón debe presentar el plan de carreteras antes del 30 de abril.",
        (
            (
                "a partir del lunes 9 de marzo",
                date(2026, 3, 9),
                "huelga de la Federación de Transportistas de Aragón",
            ),
            (
                "antes del 30 de abril",
                date(2026, 4, 30),
                "el Gobierno de Aragón presenta el plan de carreteras",
            ),
        ),
        {"a partir del lunes 9 de marzo": "cancelled", "antes del 30 de abril": "pending"},
    ),
    Story(
        "un pago cumplido que no es de un plazo lejano",
        "es",
        "La Cooperativa Lanera de Tarsa pagó la cuota del préstamo del Banco de Ebrón, cumpliendo el plazo.",
        datetime(2026, 5, 4, 10, tzinfo=UTC),
        (ChangeKind.MEET, "cumpliendo el plazo", None),
        "La Cooperativa Lanera de Tarsa debe presentar al Banco de Ebrón el plan de viabilidad antes del 30 de junio.",
        (
            (
                "antes del 30 de junio",
                date(2026, 6, 30),
                "la Cooperativa Lanera de Tarsa presenta el plan de viabilidad",
            ),
        ),
        {"antes del 30 de junio": "pending"},
    ),
)


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
async def test_a_held_change_takes_its_own_deadline_and_leaves_the_others(
    tmp_path: Path, story: Story
) -> None:
    clock = FixedClock(READ_AT)
    app = await build_app(Settings(db=tmp_path / "story.db"), clock)
    try:
        told = await app.ingest.ingest(
            ArticleInput(story.told, title=None, published=story.told_on, lang=story.lang),
            analysis=analysis_of(
                story.told, lang=story.lang, published=story.told_on, changes=[story.change]
            ),
        )
        clock.advance(timedelta(hours=2))
        later = await app.ingest.ingest(
            ArticleInput(story.later, title=None, published=None, lang=story.lang),
            analysis=analysis_of(story.later, lang=story.lang, deadlines=list(story.deadlines)),
        )
        dev_ids = {d.id for d in told.developments} | {d.id for d in later.developments}
        assert len(dev_ids) == 1, "one story"
        deadlines = await app.store.deadlines.of_development(dev_ids.pop())
    finally:
        await app.close()
    assert {d.evidence: d.status.value for d in deadlines} == story.expected
