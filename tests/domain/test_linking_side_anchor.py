"""Linking: a side subject is anchored on a name of its own, not on a kind word or a country."""

from __future__ import annotations

from bot.domain.linking import segment_article
from tests.builders import analysis_of

WAIVER_EN = (
    "Tankers can keep using the damaged East Jetty at Harrowgate until November 15 under a government waiver.\n"
    "The waiver covers fuel deliveries only, and each tanker must be inspected first.\n"
    "Ministers said the jetty is the only berth deep enough for the largest tankers.\n"
    "Shipping lines welcomed the waiver but asked for a longer one.\n"
)
LATER_EN = (
    "The {body} said divers found cracks in four piles last week. Repairs will take six weeks. "
    "Costs have doubled since the summer.\n"
    "The {body} has asked for emergency funds. A decision is due in January. "
    "Hauliers said the queues were getting longer.\n"
)
WAIVER_ES = (
    "Los petroleros podrán seguir usando el muelle dañado de Harrowgate hasta el 15 de noviembre.\n"
    "La exención cubre solo las descargas de combustible y cada buque deberá pasar una inspección.\n"
    "Los ministros recordaron que el muelle es el único con calado para los petroleros grandes.\n"
    "Las navieras celebraron la exención, aunque pidieron una más larga.\n"
)
LATER_ES = (
    "{body} explicó que los buzos hallaron grietas en cuatro pilotes. La reparación durará seis "
    "semanas. El coste se ha duplicado desde el verano.\n"
    "{body} ha pedido fondos de emergencia. La decisión llegará en enero. Los transportistas "
    "dicen que las colas crecen.\n"
)


def segments_of(text: str, title: str, lang: str = "en") -> list[str | None]:
    """Return the anchors of an article's segments (None for the lead)."""
    return [s.anchor for s in segment_article(analysis_of(text, lang=lang), text, title)]


def test_later_paragraphs_on_the_port_authority_stay_in_the_lead_en() -> None:
    text = WAIVER_EN + LATER_EN.format(body="Port Authority")
    assert segments_of(text, "Tankers keep the damaged jetty until November 15") == [None]


def test_later_paragraphs_on_the_interior_ministry_stay_in_the_lead_es() -> None:
    text = WAIVER_ES + LATER_ES.format(body="El Ministerio del Interior")
    assert segments_of(text, "Los petroleros conservan el muelle", "es") == [None]


def test_later_paragraphs_on_a_country_stay_in_the_lead_es() -> None:
    text = WAIVER_ES + LATER_ES.format(body="El Gobierno de España")
    assert segments_of(text, "Los petroleros conservan el muelle", "es") == [None]


def test_later_paragraphs_on_a_named_firm_are_still_a_side_subject_en() -> None:
    # The same paragraphs on a firm with a name of its own: a subject apart, as before.
    text = WAIVER_EN + LATER_EN.format(body="Corvane Dredging company")
    anchors = segments_of(text, "Tankers keep the damaged jetty until November 15")
    assert anchors[0] is None and len(anchors) == 2 and anchors[1] in {"e:corvane", "e:dredging"}


def test_later_paragraphs_on_a_named_firm_are_still_a_side_subject_es() -> None:
    text = WAIVER_ES + LATER_ES.format(body="La naviera Tramontana Marítima")
    anchors = segments_of(text, "Los petroleros conservan el muelle", "es")
    assert anchors[0] is None and len(anchors) == 2 and anchors[1] == "e:tramontana"
