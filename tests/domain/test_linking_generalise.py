"""Linking that generalises across languages and wording: names, possessives, headline subjects."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

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


def names(text: str) -> set[str]:
    return {t for t in article_terms(text) if t.startswith("n:")}


def test_a_name_written_out_in_either_language_is_one_name() -> None:
    authority = "n:authority+canal+panama"
    assert authority in names("La Autoridad del Canal de Panamá rebajó el calado.")
    assert authority in names("The Panama Canal Authority confirmed the cut.")
    assert (
        names("Bajó el nivel del lago Gatún.") == names("The level of Gatun Lake fell.") == {"n:gatun+lake"}
    )
    assert names("Lo dijo el Ministerio del Interior.") == names("The Interior Ministry said so.")
    assert names("Cerró el puerto de Valencia.") == names("The port of Valencia closed.")
    assert "n:authority+national+water" in names("La Autoridad Nacional del Agua cerró la represa.")
    assert "n:authority+national+water" in names("The National Water Authority closed the dam.")


def test_and_joins_the_parts_of_a_bodys_name_but_not_two_names() -> None:
    ministry = {"n:economy+finance+ministry"}
    assert names("Lo dijo el Ministerio de Economía y Finanzas ayer.") == ministry
    assert names("The Ministry of Economy and Finance said so.") == ministry
    two = {"n:cross+red", "n:bank+world"}
    assert names("La Cruz Roja y el Banco Mundial lo confirmaron ayer.") == two
    assert names("The Red Cross and the World Bank confirmed it yesterday.") == two
    assert names("Se reunieron ayer Vladimir Putin y Donald Trump.") == {"n:putin+vladimir", "n:donald+trump"}


def test_a_name_with_its_country_also_counts_without_it() -> None:
    spanish = names("Lo anunció el Ministerio del Interior italiano este sábado por la tarde.")
    assert names("The Interior Ministry said it would appeal.") == {"n:interior+ministry"}
    assert spanish == {"n:interior+italy+ministry", "n:interior+ministry"}
    assert spanish == names("The Italian Interior Ministry said it would appeal.")


def test_different_bodies_and_owners_make_different_names() -> None:
    assert names("The Supreme Court ruled.") != names("The Constitutional Court ruled.")
    # A possessive names the owner, not part of the name: "Peru's" is not in the Authority's name.
    assert names("Peru's National Water Authority said the closure would last until the rains return.") == {
        "n:authority+national+water"
    }
    # A listed alias is one part (Abu Dhabi), not a name of its own; one part makes no name.
    assert names("Talks in Abu Dhabi resumed.") == set()


def test_a_title_case_headline_is_not_read_as_one_long_name() -> None:
    assert names("Panama Canal Cuts Daily Transits As Gatun Lake Drops") == set()
    # Nor are its ordinary words names; listed aliases still are.
    headline = article_terms("Kremlin Extends Kyiv Strike Pause As Peskov Meets Witkoff")
    assert {t for t in headline if t.startswith("e:")} == {"e:russia", "e:kyiv", "e:peskov"}
    # A sentence full of names is no headline: its verbs are in lower case.
    council = {"n:council+security+united_nations"}
    assert names("The UN Security Council met on Tuesday afternoon in New York.") == council
    assert names("El Consejo de Seguridad de la ONU se reunió ayer.") == council
    assert names("Panama Canal cuts daily transits as Gatun Lake drops") == {"n:canal+panama", "n:gatun+lake"}


def test_an_acronym_counts_as_the_name_it_spells_out_in_the_article() -> None:
    text = (
        "La Autoridad del Canal de Panamá (ACP) rebajó el calado máximo.\n"
        "Según la ACP, el lago Gatún marca 80 pies.\n"
        "La ACP revisará la medida en marzo."
    )
    (lead,) = segment_article(analysis_of(text, lang="es"), text, None)
    # Once written out, then twice as "ACP": the name is counted three times.
    assert lead.terms["n:authority+canal+panama"] == 3
    # An acronym that spells no name of the article stays a name of its own.
    other = "La ACP revisará la medida en marzo."
    (alone,) = segment_article(analysis_of(other, lang="es"), other, None)
    assert "e:acp" in alone.terms and not any(t.startswith("n:") for t in alone.terms)


def test_a_stated_date_is_a_term_in_every_language_but_the_publication_days_are_not() -> None:
    published = datetime(2026, 3, 20, 12, tzinfo=UTC)
    es = "La junta se reunirá el 31 de marzo. La subasta cierra este sábado."
    en = "The board meets on March 31. The auction closes on Saturday."
    terms = []
    for text, lang, board, auction in (
        (es, "es", "el 31 de marzo", "este sábado"),
        (en, "en", "March 31", "Saturday"),
    ):
        analysis = analysis_of(
            text,
            lang=lang,
            published=published,
            deadlines=[(board, date(2026, 3, 31), "board"), (auction, date(2026, 3, 21), "auction")],
        )
        (lead,) = segment_article(analysis, text, None)
        terms.append({t for t in lead.terms if t.startswith("d:")})
    assert terms[0] == terms[1] == {"d:2026-03-31"}


def test_figures_are_terms_in_either_notation_but_days_years_and_times_are_not() -> None:
    def figures(text: str) -> set[str]:
        return {t for t in article_terms(text) if t.startswith("f:")}

    assert figures("Rescataron a 143 migrantes; la multa es de 50.000 euros.") == {"f:143", "f:50000"}
    assert figures("It rescued 143 people and faces a 50,000-euro fine.") == {"f:143", "f:50000"}
    assert figures("On 30 April 2026 at 18:00, 3.5 percent, code 24/7.") == set()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaCcÁéLlPp (),.-'’0123456789٣\n", max_size=80) | st.text(max_size=60))
def test_any_text_gives_terms_without_error_and_names_of_two_parts(text: str) -> None:
    acronyms: dict[str, str] = {}
    terms = article_terms(text, acronyms=acronyms)
    for term in terms:
        if term.startswith("n:"):
            assert len(term[2:].split("+")) >= 2
    assert all(name.startswith("n:") for name in acronyms.values())


def test_the_first_word_of_a_live_blog_line_opens_a_sentence() -> None:
    # Entries after a timestamp or a dash: "Recap", "Breaking", "Staff" are no names; a name
    # written again inside a sentence still is.
    text = (
        "19:30 – Recap for anyone just joining us: the court froze the fines.\n"
        "14:40 – Staff in the mobility department are stunned.\n"
        "14:02 – Breaking: the court suspended the fines in Sotoalba.\n"
        "– Sotoalba will appeal, the council said."
    )
    entities = {t for t in article_terms(text) if t.startswith("e:")}
    assert entities == {"e:sotoalba"}
