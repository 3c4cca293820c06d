"""A body's verdict or declaration of office is its act, not a report (corpus convention 11): a
sentence ("condenó a nueve años de prisión"), a declaration with no words after it ("declaró
culpable al acusado", "declared a state of emergency") and a ruling narrated with "that" ("The
High Court ruled on Monday that…") are facts. Declarations of words keep their speaker: "declaró
que…", a quotation, "Así lo declaró…", "declaró a la prensa:", and a judgement of an act ("La UE
condenó el ataque")."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Audiencia Provincial condenó este jueves a nueve años de prisión al exalcalde de Villarreal.",
            "es",
        ),
        (
            "Un tribunal de Lima condenó a 20 años de cárcel a dos expolicías por el secuestro de un empresario.",
            "es",
        ),
        ("El Tribunal Supremo condenó este martes a tres años de prisión al exdirector de la caja.", "es"),
        ("El jurado declaró culpable al acusado por unanimidad.", "es"),
        ("El Gobierno regional declaró el estado de emergencia en cuatro comarcas el sábado.", "es"),
        ("El jurado del certamen declaró desierto el primer premio.", "es"),
        ("The county declared a state of emergency on Saturday after the river burst its banks.", "en"),
        ("The fire authority declared a total fire ban for three districts on Tuesday.", "en"),
        ("A jury declared the former mayor guilty on all five counts.", "en"),
        ("The High Court ruled on Monday that the dismissals were unlawful.", "en"),
        ("A federal judge ruled last week that the ban violated the First Amendment.", "en"),
    ],
)
def test_a_verdict_or_declaration_of_office_is_an_act(text: str, lang: str) -> None:
    """A sentence, a declaration with no words after it or a narrated ruling: no statement or claim."""
    item = last_item(text, lang)
    assert item.label not in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "El ministro de Economía, Luis Prado, declaró que la inflación cerrará el año por debajo del 3 %.",
            "es",
            "Luis Prado",
        ),
        (
            "«No vamos a negociar bajo amenazas», declaró la portavoz del Gobierno, Elena Ruiz.",
            "es",
            "Elena Ruiz",
        ),
        ("La Unión Europea condenó el ataque contra el convoy humanitario.", "es", "Unión Europea"),
        (
            "El presidente del club, Tomás Vega, declaró a la prensa que el entrenador seguirá.",
            "es",
            "Tomás Vega",
        ),
        ("El ministro Luis Prado declaró a la prensa: «No habrá prórroga».", "es", "Luis Prado"),
        ("Así lo declaró el portavoz del Gobierno, Pablo Ruiz, en rueda de prensa.", "es", "Pablo Ruiz"),
        ("La exconsejera Marta Gil declaró ante el juez que no conocía los contratos.", "es", "Marta Gil"),
        (
            "La ministra de Exteriores, Laura Gil, condenó a los autores del ataque y pidió calma.",
            "es",
            "Laura Gil",
        ),
        ("Health Secretary Anna Price declared that the outbreak was under control.", "en", "Anna Price"),
        ('"We will not back down," the mayor, Tom Hale, declared on Tuesday.', "en", "Tom Hale"),
        ("The European Union condemned the attack on the aid convoy.", "en", "European Union"),
        ('President Ana Varga declared: "We will not sign this deal."', "en", "Ana Varga"),
        ("Mayor Tom Hale declared on Monday that the city would sue the contractor.", "en", "Tom Hale"),
        ('"The airline must rehire the crews," the tribunal ruled.', "en", None),
    ],
)
def test_a_declaration_of_words_keeps_its_speaker(text: str, lang: str, speaker: str | None) -> None:
    """ "declaró que", a quotation, "Así lo declaró", a judgement of an act: a statement of its speaker."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, (item.label, item.reason)
    if speaker is not None:
        assert item.speaker == speaker, (item.speaker, item.reason)
