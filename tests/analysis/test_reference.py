"""The reference article gives exactly the items of DESIGN.md §1."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.analysis import analyze
from bot.domain.models import Analysis, Item, Label
from tests.json_contract import ITEM_KEYS

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "kyiv_pause_article_es.txt"
PUBLISHED = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def published(text: str) -> Analysis:
    return analyze(text, published=PUBLISHED, lang="es", now=NOW)


@pytest.fixture(scope="module")
def unpublished(text: str) -> Analysis:
    return analyze(text, published=None, lang="auto", now=NOW)


def _item(analysis: Analysis, starts_with: str) -> Item:
    found = [i for i in analysis.items if i.text.startswith(starts_with)]
    assert len(found) == 1, f"no single item starts with {starts_with!r}"
    return found[0]


def _labelled(analysis: Analysis, label: Label) -> list[str]:
    return [i.text for i in analysis.items if i.label is label]


def test_reference_is_detected_as_spanish(unpublished: Analysis) -> None:
    assert unpublished.language == "es"


def test_items_quote_the_original_text_at_their_offsets(text: str, published: Analysis) -> None:
    for item in published.items:
        assert text[item.start : item.end] == item.text


def test_peskov_announcement_is_a_statement_with_role_and_cue(published: Analysis) -> None:
    item = _item(published, '"Puedo afirmar que el presidente Trump')
    assert item.label is Label.STATEMENT
    assert item.speaker == "Dmitri Peskov"
    assert item.role == "portavoz del Kremlin"
    assert item.cue == "anunció"
    assert item.text.endswith("Dmitri Peskov, el 30 de enero.")


def test_peskov_confirmation_that_putin_agreed_is_a_statement_of_peskov(
    published: Analysis,
) -> None:
    item = _item(published, "Peskov confirmó posteriormente")
    assert item.label is Label.STATEMENT
    assert item.speaker == "Dmitri Peskov"
    assert item.cue == "confirmó"


def test_zelensky_pause_statement_is_conditional_on_russia_reciprocating(
    published: Analysis,
) -> None:
    item = _item(published, "El presidente ucraniano, Volodímir Zelenski, declaró")
    assert item.label is Label.STATEMENT
    assert item.speaker == "Volodímir Zelenski"
    assert item.role == "presidente ucraniano"
    assert item.condition is not None
    assert item.condition.startswith("si Rusia correspondía y cesaba los ataques")


def test_zelensky_premature_is_a_statement(published: Analysis) -> None:
    item = _item(published, "En aquel momento, Zelenski afirmó")
    assert item.label is Label.STATEMENT
    assert item.speaker == "Volodímir Zelenski"


def test_the_two_unnamed_sources_are_two_separate_claims(published: Analysis) -> None:
    claims = _labelled(published, Label.CLAIM)
    assert len(claims) == 2
    assert claims[0].startswith("Una fuente del gobierno emiratí calificó")
    assert claims[0].endswith('"constructivo y positivo",')
    assert claims[1].startswith("mientras que una fuente rusa declaró a TASS")
    assert claims[1].endswith('"en los próximos días".')
    assert all(i.speaker is None for i in published.items if i.label is Label.CLAIM)


def test_abu_dhabi_narrative_and_strikes_are_facts(published: Analysis) -> None:
    facts = _labelled(published, Label.FACT)
    assert [f[:40] for f in facts] == [
        "Las conversaciones de paz trilaterales e",
        "Todas las partes describen el progreso d",
        "Las conversaciones habían continuado con",
        "Rusia utilizó drones y misiles para atac",
    ]


def test_the_three_commentary_pieces_are_apart(published: Analysis) -> None:
    assert _labelled(published, Label.COMMENTARY) == [
        ">>Ya se sabe que por muy terco que se ponga Zelensky Rusia no va a ceder un solo merto "
        "de los territorios que ya ocupa",
        "SSolo que Rusia goza de vasta autaquía energética y Ucrania no.",
        "Solo busca su seguridad sacando a la OTANde Ucrania.",
    ]


def test_putin_december_statement_is_a_statement(published: Analysis) -> None:
    item = _item(published, "Putin declaró el 17 de diciembre")
    assert item.label is Label.STATEMENT
    assert item.speaker == "Putin"
    assert item.text.endswith("guerra más amplia con Europa.")


def test_no_item_is_both_commentary_and_attributed(published: Analysis) -> None:
    for item in published.items:
        if item.label is Label.COMMENTARY:
            assert item.speaker is None


def test_pause_deadline_is_first_february_of_the_statement_year(published: Analysis) -> None:
    assert len(published.deadlines) == 1
    deadline = published.deadlines[0]
    assert deadline.due == date(2026, 2, 1)
    assert deadline.evidence == "hasta el 1 de febrero"
    assert deadline.speaker == "Dmitri Peskov"


def test_without_publication_date_the_deadline_is_this_years_and_expired(
    unpublished: Analysis,
) -> None:
    assert [d.due for d in unpublished.deadlines] == [date(2026, 2, 1)]
    assert unpublished.deadlines[0].due < NOW.date()


def test_putin_17_december_belongs_to_the_previous_year(published: Analysis, unpublished: Analysis) -> None:
    for analysis in (published, unpublished):
        events = {e.evidence: e.date for e in analysis.events}
        assert events["el 17 de diciembre"] == date(2025, 12, 17)


def test_abu_dhabi_talks_dates_are_events_of_january(published: Analysis) -> None:
    events = {e.evidence: e.date for e in published.events}
    assert events["el 23 de enero"] == date(2026, 1, 23)
    assert events["el 24 de enero"] == date(2026, 1, 24)


def test_json_object_has_the_design_shape(published: Analysis) -> None:
    obj = published.to_json()
    assert obj["language"] == "es"
    assert obj["deadlines"][0]["due"] == "2026-02-01"
    first = obj["items"][0]
    assert set(first) >= ITEM_KEYS
    assert first["reason"]
