"""The writer's own remark is no report: a sentence's first word, a relative clause, an impersonal
"se le pide", a bare noun's present verb or a one-off "tag" opened by a preposition gives no speaker,
while a named speaker's real report keeps its speaker."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The minister promised a review of the fees. Nothing says accountability like a review nobody will read.",
            "en",
        ),
        ("The council approved the budget on Tuesday. Let nobody claim the council was not warned.", "en"),
        (
            "El torneo se juega ahora en Arabia. Ganaron los patrocinadores; perdió el aficionado, aunque nadie lo diga.",
            "es",
        ),
        (
            "El paro juvenil llega al 30 %. Detrás de esa cifra hay una generación a la que le decimos que espere.",
            "es",
        ),
        (
            "Bus fares will rise again in March. For a government that says it wants people out of their cars, it has a strange way of showing it.",
            "en",
        ),
        (
            "Coach Ana Ruiz said the team played well. Still, blaming the pitch is easier than fixing the defence.",
            "en",
        ),
        ("The update arrives on Friday. The release notes already run to 40 pages.", "en"),
        ("El kilo cuesta ahora 40 pesos. La diferencia explica buena parte del malestar.", "es"),
        (
            "La central Carlos Manuel de Céspedes tiene 40 años. Es ya una máquina vieja a la que se le pide que trabaje como nueva.",
            "es",
        ),
        ("El alcalde Juan Pérez visitó la planta el lunes. Se le pidió que explicara el retraso.", "es"),
        ("En Lima, el chofer de combi paga dos peajes: el municipal y el de la extorsión.", "es"),
        ("The party fell to third in the polls. Every leader in a crisis says the same.", "en"),
        ("El partido cayó al tercer puesto. Todo ministro en apuros dice lo mismo.", "es"),
        (
            "ANCHOR: The minister's rating fell to 30 per cent.\nGUEST: Every politician in trouble says polls do not matter.",
            "en",
        ),
        ("La foto del abrazo en el Palacio de Gobierno dice más que el comunicado conjunto.", "es"),
        (
            "La feria abrirá solo los jueves. El turista que llega en bus y se va en media hora no sostiene a nadie.",
            "es",
        ),
    ],
)
def test_the_writers_remark_is_no_statement(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert item.label is not Label.STATEMENT, (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Young said the deal was fair.", "en", "Young"),
        ("Price, the union's lawyer, said the offer was an insult.", "en", "Price"),
        ("Guerra insistió en que el plan seguirá adelante.", "es", "Guerra"),
        ("Blanco dijo que la empresa no subirá los precios.", "es", "Blanco"),
        ("Ana Ruiz notes that the deficit has doubled since 2020.", "en", "Ana Ruiz"),
        (
            "Mark Ellery, the trust's chief executive, said the wards were safe. He added that more beds would open in March.",
            "en",
            "Mark Ellery",
        ),
        ("Still, Ana Ruiz said the club would appeal.", "en", "Ana Ruiz"),
        ("En Lima, el alcalde Renzo Reggiardo dijo que el peaje se suspenderá.", "es", "Renzo Reggiardo"),
        ("Every member of the board said the deal was fair.", "en", "board"),
        ("The ministry issued a statement that said the talks had collapsed.", "en", "ministry"),
        ("El alcalde Juan Pérez se lo dijo a los vecinos: la obra terminará en marzo.", "es", "Juan Pérez"),
        ("El ministro Luis Vera dijo más de una vez que la reforma no subirá impuestos.", "es", "Luis Vera"),
        (
            "El Ministerio de Energía ordenó cortes de luz. La cartera atribuyó la medida al bajo caudal del río.",
            "es",
            "cartera",
        ),
        ("La compañía explica que la huelga obliga a reducir la oferta.", "es", "compañía"),
        ("Police said nobody was hurt in the blast.", "en", "Police"),
    ],
)
def test_a_real_report_keeps_its_speaker(text: str, lang: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT and speaker in (item.speaker or ""), (item.speaker, item.reason)
