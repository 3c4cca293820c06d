"""The host's furniture in a broadcast or a live blog is a fact (facts29), English and Spanish.

The thanks that closes a guest's or a reporter's turn ("Thank you, Iona.", "Gracias, Irene."), the
time check ("It's twenty past seven.", "Son las ocho y diez."), the guest on the line ("Joining us
on the phone is…"), the outlet's own reporter placed ("Our correspondent Iona MacLeod was at the
harbour this morning."), its own interview ("The harbour master … has just spoken to us…"), the
readers' questions ("Varios oyentes nos preguntan por…") and the running order ("Now, the
weather.", "Y ahora, el tiempo.") organise the coverage and judge nothing (gold: fact in the dev
threads of three annotators of the fourteenth round and in older dev and bank transcripts, never
comment). The rules read the outlet's "us" as the writer's, a verbless line as a kicker, and the
stance model a short line as comment. They count only in a host's turn or a live blog
(`[outlet] host_service`); each line is read under a model sure that every clause is comment, so
only the rule decides. Own sentences on topics of my own. Near misses keep the host's or the
writer's verdict: a thanks that goes on ("Thank you, Hamish, but that hardly answers…"), a clock in
the writer's figure ("It's ten past one in the morning for anyone still waiting…"), the same
phrases in a column's prose.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

PUB = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

BROADCAST_EN = (
    "PRESENTER: Good morning. The ferry operator on the Clyde has cancelled every sailing to Arran "
    "until Thursday. {line}\n"
    "IONA MACLEOD: Fiona, the harbour master told me the pier had been damaged by the swell.\n"
    "PRESENTER: {line2}"
)
BROADCAST_ES = (
    "LOCUTORA: Buenos días. La naviera ha suspendido todas las salidas a Cabrera hasta el jueves. "
    "{line}\n"
    "IRENE CANO: Marta, el capitán del puerto me ha dicho que el espigón está dañado.\n"
    "LOCUTORA: {line2}"
)
LIVE_EN = (
    "Live: the Clyde ferry cancellations\n\nAll times GMT.\n\n"
    "09:10 – The ferry operator has cancelled every sailing to Arran until Thursday.\n\n"
    "10:25 – {line}\n"
)
LIVE_ES = (
    "Directo: las cancelaciones del ferri de Cabrera\n\nHorario local.\n\n"
    "09:10 La naviera ha suspendido todas las salidas a Cabrera hasta el jueves.\n\n"
    "10:25 {line}\n"
)


def _item(text: str, lang: str, opening: str) -> Item:
    items = analyze(text, published=PUB, lang=lang, now=NOW).items
    return next(i for i in items if opening in i.text)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "It's twenty past seven."),
        ("en", "It's just gone eight o'clock."),
        ("en", "Our correspondent Iona MacLeod was at the harbour this morning."),
        ("en", "Joining us on the phone is Hamish Reid, who runs the island's only bakery."),
        ("en", "Now, the weather."),
        ("es", "Son las ocho y diez."),
        ("es", "Nuestra corresponsal Irene Cano estuvo esta mañana en el puerto."),
        ("es", "Y ahora, el tráfico."),
    ],
)
def test_the_hosts_furniture_in_a_turn_is_a_fact(lang: str, line: str, sure: None) -> None:
    frame = BROADCAST_EN if lang == "en" else BROADCAST_ES
    text = frame.format(line=line, line2="The line is open all morning.")
    item = _item(text, lang, line[:12])
    assert item.label is Label.FACT, (line, item.reason)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Thank you, Iona."),
        ("en", "Thanks very much, Iona MacLeod."),
        ("es", "Gracias, Irene."),
        ("es", "Muchas gracias, Irene Cano."),
    ],
)
def test_the_hosts_thanks_that_closes_a_turn_is_a_fact(lang: str, line: str, sure: None) -> None:
    frame = BROADCAST_EN if lang == "en" else BROADCAST_ES
    item = _item(frame.format(line="We go to the harbour.", line2=line), lang, line[:8])
    assert item.label is Label.FACT, (line, item.reason)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "The harbour master, Donald Gray, has just spoken to us on the pier at Brodick."),
        ("en", "Two of the stranded lorry drivers have talked to us outside the terminal."),
        ("es", "El capitán del puerto, Donald Gray, ha hablado con nosotros en el muelle."),
        ("es", "Varios oyentes nos preguntan por la devolución de los billetes."),
        ("es", "Muchas lectoras nos han escrito por las reservas de hotel."),
    ],
)
def test_the_outlets_interview_and_mailbag_in_a_live_blog_are_facts(lang: str, line: str, sure: None) -> None:
    frame = LIVE_EN if lang == "en" else LIVE_ES
    item = _item(frame.format(line=line), lang, line[:12])
    assert item.label is Label.FACT, (line, item.reason)


@pytest.mark.parametrize(
    ("lang", "line", "opening"),
    [
        # the thanks goes on into the host's verdict
        ("en", "Thank you, Hamish, but that hardly answers the question.", "Thank you"),
        ("es", "Gracias, consejera, pero eso no responde a la pregunta, ni de lejos.", "Gracias"),
        # a clock in the host's own figure, not a time check
        (
            "en",
            "It's ten past one in the morning for anyone still waiting for a straight answer.",
            "It's ten",
        ),
    ],
)
def test_the_hosts_own_words_stay_comment(lang: str, line: str, opening: str, sure: None) -> None:
    frame = BROADCAST_EN if lang == "en" else BROADCAST_ES
    item = _item(frame.format(line="We go to the harbour.", line2=line), lang, opening)
    assert item.label is Label.COMMENTARY, (line, item.reason)


@pytest.mark.parametrize(
    ("lang", "text", "opening"),
    [
        # outside a broadcast or a live blog the phrases are the writer's
        (
            "en",
            "The council has tendered the bin contract for the third time in four years. "
            "Now, the weather. Nobody at the town hall seems to have noticed the forecast.",
            "Now, the",
        ),
        (
            "es",
            "El ayuntamiento ha licitado el contrato de basuras por tercera vez en cuatro años. "
            "Gracias, Bruselas. Nadie en el consistorio parece haberse enterado.",
            "Gracias",
        ),
    ],
)
def test_the_same_phrases_in_prose_are_still_asked(lang: str, text: str, opening: str, sure: None) -> None:
    item = _item(text, lang, opening)
    assert item.label is Label.COMMENTARY, (text, item.reason)
