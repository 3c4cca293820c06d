"""A capitalised common word that opens a sentence and heads a lower-case phrase ("Tough love,
perhaps, but … announced") is no speaker; a surname that is also a word ("Young", "Blanco",
"Guerra", "Price", "Rosa", "Bueno") still is, and a place after a person's name ("Ana Ruiz en
Madrid dijo") is where she spoke, not who. Own phrasings on unrelated topics, written and
scored before the change (24/33 and 15/24 right on the branch before it, 31/33 and 19/24
after; the misses left are other mechanisms), with the reports they must leave alone. Also: a
figure's comma ("40,000", "3,000") cuts no subject into parts (8/10 -> 10/10)."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tough love, perhaps, but the gates open in June without a single headliner announced."),
        ("en", "Quiet weeks like this one rarely end with anything announced."),
        ("en", "Strange times for a league that still has no champion declared."),
        ("en", "Brave words, no doubt, from a board that has never announced a budget on time."),
        ("en", "Slow progress on the bridge means no reopening date has been confirmed."),
        ("es", "Mano dura, quizá, pero la feria abre en junio sin un solo cartel anunciado."),
        ("es", "Tiempos raros para una liga que aún no tiene campeón declarado."),
        ("es", "Malas noticias para quien creyó las cifras que anunció el organismo."),
        ("es", "Difícil papeleta para un club que aún no ha confirmado a su entrenador."),
        ("es", "Poca prisa, en todo caso, por un calendario que nadie ha confirmado."),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_speaker(lang: str, text: str) -> None:
    item = last_item(text, lang)
    assert (item.label is Label.STATEMENT, item.speaker) == (False, None)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # surnames that are words, before their verb, a comma, a relative or their adverbs
        ("en", "Young said the deal was done.", "Young"),
        ("en", "Young has also said the vote would be delayed.", "Young"),
        ("en", "Price repeatedly warned that the fund would run dry.", "Price"),
        ("en", "Price, the union's lawyer, said the offer stands until Friday.", "Price"),
        ("en", "Young, who led the talks for the union, said the strike was over.", "Young"),
        ("en", "Price spent the week negotiating and on Monday announced the strike was over.", "Price"),
        ("es", "Blanco dijo que el plazo vence el viernes.", "Blanco"),
        ("es", "Guerra insistió en que la huelga seguirá.", "Guerra"),
        ("es", "Rosa, portavoz de la patronal, dijo que no habrá acuerdo.", "Rosa"),
        ("es", "Bueno, que dirige la federación, aseguró que el torneo se jugará.", "Bueno"),
        ("es", "Bueno, el portavoz de la federación, dijo que el torneo se jugará.", "Bueno"),
        ("es", "Guerra llevaba semanas negociando y el lunes anunció que la huelga seguirá.", "Guerra"),
        (
            "es",
            "La portavoz es Ana Blanco. Blanco pasó la semana negociando y el lunes anunció que la huelga seguirá.",
            "Ana Blanco",
        ),
        # its time or place before a distant verb (written after the change: "Rosa hoy" failed)
        ("es", "Rosa hoy, en la radio, dijo que no habrá acuerdo.", "Rosa"),
        ("es", "Blanco durante la rueda de prensa de ayer dijo que el plazo vence el viernes.", "Blanco"),
        ("es", "Guerra tras la reunión con los sindicatos aseguró que la huelga seguirá.", "Guerra"),
        ("es", "Bueno esta misma mañana en la radio anunció que el torneo se jugará.", "Bueno"),
        ("en", "Price on Monday afternoon at the hearing said the fund would run dry.", "Price"),
        # a title before it, a second capitalised part after it
        ("en", "Senator Young said the bill would pass.", "Young"),
        ("es", "El alcalde Blanco anunció que el mercado cierra el lunes.", "Blanco"),
        ("es", "Rosa Guerra dijo que el plazo vence el viernes.", "Rosa Guerra"),
        ("en", "Tough Mudder said the race would go ahead.", "Tough Mudder"),
        ("en", "Tough love, perhaps. Jo Tough, the coach, later announced the squad.", "Jo Tough"),
        # a body named by a common word
        ("en", "Management said the offer was final.", "Management"),
        ("es", "Hacienda confirmó que el plazo vence el 30 de junio.", "Hacienda"),
        ("en", "Labour said the vote would go ahead.", "Labour"),
        ("es", "Vox dijo que recurrirá la sentencia.", "Vox"),
    ],
)
def test_a_surname_that_is_a_word_keeps_its_report(lang: str, text: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Ana Ruiz en Madrid dijo que el plazo vence el viernes.", "Ana Ruiz"),
        ("es", "Pedro Gil en Bruselas aseguró que el acuerdo está cerrado.", "Pedro Gil"),
        ("es", "La ministra Carmen Sanz en Sevilla anunció que la obra empieza en mayo.", "Carmen Sanz"),
        ("es", "Guerra en Bruselas insistió en que la huelga seguirá.", "Guerra"),
        ("es", "Rosa Blanco en Valencia aseguró que la cosecha se perderá.", "Rosa Blanco"),
        ("en", "Ana Ruiz in Madrid said the deadline is Friday.", "Ana Ruiz"),
        ("en", "Harlow Rail in London said the line would reopen in May.", "Harlow Rail"),
        ("en", "Mayor Lena Holt at City Hall said the budget was final.", "Lena Holt"),
        # hard negatives: a body's own place, a name's complement
        (
            "es",
            "La Delegación del Gobierno en Canarias anunció que el puerto abre el lunes.",
            "Delegación del Gobierno en Canarias",
        ),
        ("en", "Ana Ruiz of the Alliance said the bill would pass.", "Ana Ruiz"),
    ],
)
def test_a_place_after_a_name_is_where_not_who(lang: str, text: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            '"This is a disgrace," said union leader Paula Mbeki, who represents 40,000 members.',
            "Paula Mbeki",
        ),
        ("en", '"It is over," said Ana Ruiz, who speaks for 1,200 growers.', "Ana Ruiz"),
        ("es", '"Se acabó", dijo Ana Ruiz, quien representa a 1.200 agricultores.', "Ana Ruiz"),
        ("en", "The fund lost 2,500,000 euros, Ana Ruiz said.", "Ana Ruiz"),
        # a count that is the subject of the content's own verb
        (
            "en",
            "About 19,000 employers missed the deadline, the agency's director, Ana Ruiz, told reporters.",
            "Ana Ruiz",
        ),
        ("es", "Unos 3.000 agricultores perdieron la cosecha, dijo la consejera, Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_a_figures_comma_cuts_no_subject(lang: str, text: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices rose by 1,200 euros, 3,000 farmers said."),
        ("en", "Prices rose sharply, 3,000 farmers said."),
        ("es", "Más de 4.000 médicos anunciaron que irán a la huelga."),
        ("en", "More than 1,500 nurses told the inquiry they had not been paid."),
        ("es", "Diez alcaldes anunciaron que recurrirán el decreto."),
    ],
)
def test_a_count_with_a_figures_comma_is_still_a_vague_source(lang: str, text: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.CLAIM, None)
