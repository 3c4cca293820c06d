"""BriefingService fills each development's deadline changes and claim verdicts since a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import FixedClock
from bot.domain.models import Label
from bot.render.templates import render_digest
from tests.services.test_deadline_lifecycle import ingest_extension, ingest_pause
from tests.services.test_linking_ingest import PORT, PORT_CONFIRMED, T0, add


async def test_an_extension_since_the_last_digest_shows_with_its_evidence_and_source(
    app: App, clock: FixedClock
) -> None:
    dev_id = await ingest_pause(app, clock)
    checkpoint = clock.now() + timedelta(hours=1)
    await ingest_extension(app, clock)

    digest = await app.briefing.brief(since=checkpoint, language="es", timezone="Europe/Madrid")
    (section,) = digest.developments
    assert section.development.id == dev_id
    (change,) = section.changes
    assert change.kind == "extended"
    assert (change.old_due, change.new_due) == ("2026-02-01", "2026-02-04T00:00:00+03:00")
    assert change.evidence == "amplió en 48 horas"
    assert change.source is not None and change.source.title == "El Kremlin amplía 48 horas la pausa"
    assert change.what_evidence == "hasta el 1 de febrero"
    text = render_digest(digest)
    assert "### Desde el último resumen" in text
    assert "- Prorrogado: fin de la pausa de ataques contra Kiev: 1 feb 2026 → 3 feb 2026, 22:00 CET" in text
    assert '"amplió en 48 horas"' in text

    later = await app.briefing.brief(since=clock.now() + timedelta(minutes=1))
    assert all(not s.changes for s in later.developments)


async def test_an_expiry_is_a_change_with_no_article_and_says_so(app: App, clock: FixedClock) -> None:
    await ingest_pause(app, clock)
    checkpoint = clock.now()
    clock.set(datetime(2026, 2, 2, 9, tzinfo=UTC))
    digest = await app.briefing.brief(since=checkpoint, language="en")
    (change,) = digest.developments[0].changes
    assert change.kind == "expired" and change.source is None and change.evidence is None
    assert "(the due time passed with no news of an extension)" in render_digest(digest)


async def test_a_confirmation_since_the_last_digest_shows_next_to_the_older_claim(
    app: App, clock: FixedClock
) -> None:
    first = await add(
        app, clock, PORT, "Huelga en la estiba", T0, "es", labels={"Fuentes": (Label.CLAIM, None)}
    )
    dev_id = first.developments[0].id
    checkpoint = T0 + timedelta(hours=1)
    await add(
        app,
        clock,
        PORT_CONFIRMED,
        "Ibarra confirma el acuerdo de jubilaciones",
        T0 + timedelta(days=1),
        "es",
        labels={"Rosa Ibarra": (Label.STATEMENT, "Rosa Ibarra")},
    )
    digest = await app.briefing.brief(development_id=dev_id, since=checkpoint, language="es")
    (section,) = digest.developments
    (verdict,) = section.verdicts
    assert verdict.confirmed and verdict.by_speaker == "Rosa Ibarra"
    assert verdict.claim_text.startswith("Fuentes de la patronal")
    assert verdict.by_text is not None and verdict.by_text.startswith("Rosa Ibarra confirmó")
    # The claim came before the checkpoint: it is shown with its verdict under the changes.
    assert section.sections[Label.CLAIM] == [] and section.standalone_verdicts == [verdict]
    text = render_digest(digest)
    assert f'- Afirmación "{verdict.claim_text}" [#{verdict.claim_item_id}]' in text
    assert f"✓ confirmado por Rosa Ibarra [#{verdict.by_item_id}]" in text

    # Without `since`, the claim is in its section and the verdict sits right under it.
    whole = await app.briefing.brief(development_id=dev_id, language="en")
    (part,) = whole.developments
    assert [e.item_id for e in part.sections[Label.CLAIM]] == [verdict.claim_item_id]
    assert part.standalone_verdicts == []
    lines = render_digest(whole).splitlines()
    claim_line = next(i for i, line in enumerate(lines) if line.startswith('- "Fuentes de la patronal'))
    assert lines[claim_line + 2].strip().startswith("✓ confirmed by Rosa Ibarra")

    # A digest after the confirmation shows no verdict again.
    after = await app.briefing.brief(development_id=dev_id, since=T0 + timedelta(days=1, hours=1))
    assert after.developments == [] or after.developments[0].verdicts == []
