"""A transcript's host, anchor or reporter named with a role in the first tag keeps the outlet's
voice under the short tag of later turns (corpus convention 17).

Own phrasings written for the attrib22 round (es and en): "GRACE WHITFIELD, HOST:" then
"WHITFIELD:", "MARTA RÍOS (presentadora):" then "RÍOS:", "REPORTER (Lucía Varela, Madrid):" then
"VARELA:"; their judgements are the outlet's comment and their narration is fact, never a
statement of theirs. Near misses: a guest's short tag stays the guest's statement, and a surname a
host and a guest share tells neither apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return analyze(text, published=None, lang=lang, now=_NOW).items


def _item(items: list[Item], opening: str) -> Item:
    return next(i for i in items if i.text.startswith(opening))


# (transcript, language, the opening of a later host turn)
HOST_TURNS = [
    (
        "GRACE WHITFIELD, HOST: Good morning. The ferry strike is in its second week.\n"
        "TOM ASHBY, UNION DELEGATE: We will not go back until the rota is fixed.\n"
        "WHITFIELD: That is a very tight timetable.\n"
        "ASHBY: It is the only one we have.",
        "en",
        "WHITFIELD: That",
    ),
    (
        "PETER HALE (anchor): The council voted last night to close the library.\n"
        "HALE: A town of four thousand people, and not one reading room left.\n"
        "JUNE MOSS (librarian): We were told nothing until Friday.",
        "en",
        "HALE: A town",
    ),
    (
        "REPORTER (Lucía Varela, Madrid): The ministry replied two days late.\n"
        "CARMEN ARANDA, OMBUDSWOMAN: That is not a plan, it is a press release.\n"
        "VARELA: Strong words from an office that cannot compel an answer.",
        "en",
        "VARELA: Strong",
    ),
    (
        "MARTA RÍOS (presentadora): Buenos días. Los taxistas paran hoy en Sevilla.\n"
        "JUAN PÉREZ, DELEGADO SINDICAL: No volveremos hasta que paguen.\n"
        "RÍOS: Un plazo muy ajustado, a todas luces.\n"
        "PÉREZ: Es lo que hay.",
        "es",
        "RÍOS: Un plazo",
    ),
    (
        "ANA GIL, PRESENTADORA DE RADIO SUR: Son las ocho.\n"
        "GIL: Otra semana perdida para los vecinos.\n"
        "LUIS MORA (alcalde): Hemos pedido una reunión urgente.",
        "es",
        "GIL: Otra",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening"), HOST_TURNS)
def test_a_hosts_later_short_tag_is_never_a_statement_of_the_host(text: str, lang: str, opening: str) -> None:
    item = _item(_items(text, lang), opening)
    assert item.label is not Label.STATEMENT
    assert item.speaker is None


def test_the_hosts_narration_under_the_short_tag_is_fact() -> None:
    text = (
        "GRACE WHITFIELD, HOST: Good morning.\n"
        "DANIEL ORTEGA, REPORTER: The appeal went in at ten to two.\n"
        "WHITFIELD: The council meets on Monday at nine.\n"
        "LUCÍA FERRÁNDIZ, PARENTS' ASSOCIATION: We go straight to court if it says no."
    )
    assert _item(_items(text, "en"), "WHITFIELD: The council").label is Label.FACT


# (transcript, language, the opening of the guest's later short turn, the guest)
GUEST_TURNS = [
    (
        "GRACE WHITFIELD, HOST: Good morning.\n"
        "TOM ASHBY, UNION DELEGATE: We will not go back until the rota is fixed.\n"
        "WHITFIELD: Why not?\n"
        "ASHBY: Because the company broke its word twice.",
        "en",
        "ASHBY: Because",
        "Tom Ashby",
    ),
    (
        "MARÍA LÓPEZ, PRESENTADORA: Buenos días.\n"
        "JUAN LÓPEZ, ALCALDE: Hemos cerrado el puente por seguridad.\n"
        "MARÍA LÓPEZ: ¿Hasta cuándo?\n"
        "LÓPEZ: Hasta que los ingenieros lo revisen.",
        "es",
        "LÓPEZ: Hasta",
        None,  # which López is for the tag to say: only the label is pinned
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "speaker"), GUEST_TURNS)
def test_a_guests_short_tag_stays_the_guests_statement(
    text: str, lang: str, opening: str, speaker: str | None
) -> None:
    item = _item(_items(text, lang), opening)
    assert item.label is Label.STATEMENT
    if speaker is not None:
        assert item.speaker == speaker


def test_a_reporter_the_anchor_calls_ours_by_name_alone_speaks_for_the_outlet() -> None:
    """ "Our Keisha Lund spent the afternoon…" introduces the outlet's own reporter (no "reporter"
    word): her judgement is the outlet's comment, never a statement of hers; what she narrates
    with "I" in it names nobody ("the people I talked to today say")."""
    text = (
        "ANCHOR: Fares go up in the spring.\n"
        "ANCHOR: Our Keisha Lund spent the afternoon at the downtown transit center.\n"
        "LUND: Most of the people I talked to today say they will keep riding.\n"
        "LUND: Which, frankly, is exactly what the transit agency is counting on."
    )
    items = _items(text, "en")
    assert _item(items, "LUND: Which").label is Label.COMMENTARY
    assert _item(items, "LUND: Most").speaker != "I"


def test_a_guest_the_anchor_names_without_our_stays_a_guest() -> None:
    text = (
        "ANCHOR: Fares go up in the spring.\n"
        "ANCHOR: Transit chief Keisha Lund spoke to us this afternoon.\n"
        "LUND: Fares have not risen in six years.\n"
        "LUND: Frankly, we had no choice."
    )
    items = _items(text, "en")
    assert (_item(items, "LUND: Frankly").label, _item(items, "LUND: Frankly").speaker) == (
        Label.STATEMENT,
        "Keisha Lund",
    )
