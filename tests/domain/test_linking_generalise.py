"""Linking that generalises across languages and wording: names, possessives, headline subjects."""

from __future__ import annotations

from bot.domain.linking import article_terms, segment_article
from tests.builders import analysis_of

# A story whose later paragraphs turn to a charity (named in two paragraphs, several sentences).
SHIP_LEAD = (
    "Italy ordered the rescue ship Sea Lantern to leave its waters by Saturday.\n"
    "The prefect warned that the vessel would be seized and fined.\n"
    "Rome said it would not be blackmailed. Spain should take the survivors, Rome said.\n"
    "The coast guard said the crew ignored every instruction.\n"
)
SHIP_LATER = (
    "The charity Mare Vivo runs the {ship}. Mare Vivo picked up 90 people on Tuesday. "
    "Its captain spoke by phone.\n"
    "Mare Vivo has appealed to the court in Palermo. The hearing is on Saturday. "
    "Mare Vivo asked for a port.\n"
)


def test_possessives_name_their_owner_and_weekdays_stay_words() -> None:
    terms = article_terms("At Tuesday's auction, the Panama Canal's locks and the Canal’s board met.")
    assert "e:canal" in terms and not any("'" in t or "’" in t for t in terms)
    assert not any(t.startswith("e:tuesda") for t in terms)


def test_later_paragraphs_naming_the_headlines_subject_are_not_a_side_subject() -> None:
    text = SHIP_LEAD + SHIP_LATER.format(ship="Sea Lantern")
    segments = segment_article(analysis_of(text), text, "Italy orders Sea Lantern out of its waters")
    assert len(segments) == 1


def test_later_paragraphs_on_another_actor_alone_are_still_a_side_subject() -> None:
    # The same paragraphs without the ship's name: the charity is a subject of its own.
    text = SHIP_LEAD + SHIP_LATER.format(ship="boat")
    segments = segment_article(analysis_of(text), text, "Italy orders Sea Lantern out of its waters")
    assert len(segments) == 2 and segments[1].anchor in {"e:mare", "e:vivo"}
