"""An explainer that glues each question to its answer in one paragraph (comment14).

"What happened? On Wednesday the office…": the questions organise the piece like headings on
their own lines (corpus convention 16), so they are facts; a single rhetorical question opening
an editorial's paragraph stays the writer's. Own texts on topics of their own (a ferry, a
library, a reservoir, a bus fleet); the corpus articles' words are not reused.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.models import Item, Label
from tests.analysis.probes import item_opening

PUB = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _item(text: str, lang: str, opening: str) -> Item:
    return item_opening(text, lang, opening, PUB)


FERRY_EN = (
    "The island ferry will not sail until the harbour wall is repaired, the port authority said.\n\n"
    "What went wrong? A storm on Friday cracked the landing ramp at Port Ellery, and engineers closed it.\n\n"
    "How long will repairs take? The authority expects the ramp to reopen on March 20.\n\n"
    "Can passengers get refunds? Yes. Tickets booked before Friday will be refunded in full."
)
LIBRARY_ES = (
    "La biblioteca municipal de Torrecilla cierra por obras durante tres meses.\n\n"
    "¿Qué ha pasado? Una inspección detectó humedades en la sala de lectura el pasado lunes.\n\n"
    "¿Cuándo reabrirá? El ayuntamiento prevé terminar las obras antes del 15 de junio.\n\n"
    "¿Y los préstamos? Se podrán devolver en el centro cívico del barrio norte."
)
BUSES_EN = (
    "The city's bus fleet goes electric this spring.\n\n"
    "Why now? The council's diesel contract ends on April 1 and was not renewed.\n\n"
    "Who pays for the chargers? The regional transport fund covers 60 percent of the cost."
)
EMBALSE_ES = (
    "El embalse de Valdecuervo está al 23 % de su capacidad.\n\n"
    "¿Habrá cortes de agua? La confederación hidrográfica no los descarta para julio.\n\n"
    "¿Quién decide las restricciones? La junta de explotación, que se reúne el 4 de mayo."
)


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (FERRY_EN, "en", "What went wrong?"),
        (FERRY_EN, "en", "How long will repairs take?"),
        (FERRY_EN, "en", "Can passengers get refunds?"),
        (LIBRARY_ES, "es", "¿Qué ha pasado?"),
        (LIBRARY_ES, "es", "¿Cuándo reabrirá?"),
        (LIBRARY_ES, "es", "¿Y los préstamos?"),
        (BUSES_EN, "en", "Why now?"),
        (BUSES_EN, "en", "Who pays for the chargers?"),
        (EMBALSE_ES, "es", "¿Habrá cortes de agua?"),
        (EMBALSE_ES, "es", "¿Quién decide las restricciones?"),
    ],
)
def test_an_explainers_glued_questions_are_headings(text: str, lang: str, opening: str) -> None:
    item = _item(text, lang, opening)
    assert item.label is Label.FACT, item.reason
    assert item.end - item.start < 45  # the question alone: its answer is an item of its own


def test_the_answer_glued_to_a_question_heading_keeps_its_own_label() -> None:
    item = _item(FERRY_EN, "en", "The authority expects")
    assert item.label is Label.FACT


# near misses: one rhetorical question opening a paragraph, or two with a rhetorical mark
EDITORIAL_EN = (
    "The council has approved a fourth delay to the tram extension.\n\n"
    "Who still believes the March date? The contractor has missed every milestone since 2023."
)
EDITORIAL_ES = (
    "El ayuntamiento aprobó el martes otra prórroga para la depuradora.\n\n"
    "¿Cuántas prórrogas más aguantará el río? El vertido sigue llegando al cauce cada noche."
)
RHETORICAL_PAIR_EN = (
    "The port has promised a new crane for the third year running.\n\n"
    "Does anyone still believe it? The last order was cancelled in May.\n\n"
    "And who, exactly, will pay for the delay? The ferry operators, as usual."
)


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (EDITORIAL_EN, "en", "Who still believes"),
        (EDITORIAL_ES, "es", "¿Cuántas prórrogas"),
        (RHETORICAL_PAIR_EN, "en", "Does anyone still believe"),
        (RHETORICAL_PAIR_EN, "en", "And who, exactly,"),
    ],
)
def test_a_lone_or_rhetorical_glued_question_stays_commentary(text: str, lang: str, opening: str) -> None:
    assert _item(text, lang, opening).label is Label.COMMENTARY


def test_two_pointed_questions_with_exactly_stay_the_writers() -> None:
    text = (
        "The ministry has extended the grant scheme again.\n\n"
        "Who, exactly, is it for? The firms that applied in time have already been paid.\n\n"
        "And what, exactly, changes in April? Nothing that the February rules did not already say."
    )
    assert _item(text, "en", "Who, exactly,").label is Label.COMMENTARY
    assert _item(text, "en", "And what, exactly,").label is Label.COMMENTARY
    es = (
        "El ministerio ha prorrogado otra vez las ayudas.\n\n"
        "¿Para quién, exactamente, son? Las empresas que llegaron a tiempo ya cobraron.\n\n"
        "¿Y qué cambia, exactamente, en abril? Nada que no dijeran ya las bases de febrero."
    )
    assert _item(es, "es", "¿Para quién, exactamente,").label is Label.COMMENTARY


# comment17es: a reader's wh-question glued to its answer at a paragraph's start is a heading even
# alone in its article (the bank's explainers, eleven writers, glue one question per paragraph);
# own texts: a tram fare, a parking zone, a commuter line, a housing grant
LONE_READER_QUESTIONS_ES = [
    (
        "¿Qué cambia para los pasajeros del tranvía? Desde el 1 de marzo, el billete sencillo "
        "costará 1,60 euros y el abono mensual, 38.",
        "¿Qué cambia para los pasajeros",
    ),
    (
        "El ayuntamiento de Villaseca amplía la zona de aparcamiento regulado a cuatro barrios.\n\n"
        "¿Cuándo empieza a cobrarse? Los parquímetros se instalarán en abril y la primera multa "
        "llegará en mayo.",
        "¿Cuándo empieza a cobrarse?",
    ),
    (
        "¿Por qué se retrasan los trenes de la línea C-4? Una avería en el centro de control de "
        "Chamartín obliga a regular el tráfico a mano desde el lunes.",
        "¿Por qué se retrasan",
    ),
    (
        "La consejería abre el plazo de las ayudas al alquiler.\n\n"
        "¿Quién puede pedirlas? Los menores de 35 años con ingresos inferiores a 25.000 euros.",
        "¿Quién puede pedirlas?",
    ),
]


@pytest.mark.parametrize(("text", "opening"), LONE_READER_QUESTIONS_ES)
def test_a_lone_reader_question_glued_to_its_answer_is_a_heading(text: str, opening: str) -> None:
    item = _item(text, "es", opening)
    assert item.label is Label.FACT, item.reason
    assert item.text.endswith("?")  # the question alone: its answer is an item of its own


# near misses: a lone glued question with a rhetorical mark, one that asks yes or no, or one
# that does not open its paragraph stays the writer's
LONE_RHETORICAL_ES = [
    (
        "La depuradora de Villaseca acumula su cuarto retraso.\n\n"
        "¿Quién se atreve ahora a dar una fecha? El vertido sigue llegando al río cada noche.",
        "¿Quién se atreve",
    ),
    (
        "El puerto y la naviera se acusan de la cancelación del ferri.\n\n"
        "¿Quién engaña a quién? El contrato obliga a las dos partes a mantener la línea.",
        "¿Quién engaña a quién?",
    ),
    (
        "El consorcio promete otra vez un nuevo tranvía.\n\n"
        "¿Servirá de algo? La última licitación quedó desierta en mayo.",
        "¿Servirá de algo?",
    ),
    (
        "La obra se abrió sin inspectores: ¿quién va a contar las grietas? El contrato no lo dice.",
        "La obra se abrió",
    ),
]


@pytest.mark.parametrize(("text", "opening"), LONE_RHETORICAL_ES)
def test_a_lone_rhetorical_glued_question_stays_the_writers(text: str, opening: str) -> None:
    item = _item(text, "es", opening)
    assert item.label is Label.COMMENTARY, item.reason


# the same in English (the bank's explainers, seven writers); own texts: a bus lane, a tax band,
# a clinic, a water bill
LONE_READER_QUESTIONS_EN = [
    ("What changes for cyclists? From 1 March, the Ferry Road bus lane is open to bikes.", "What changes"),
    (
        "The county is rebanding council tax.\n\n"
        "When does it start? The new bands apply to bills issued from April 2027.",
        "When does it start?",
    ),
    (
        "Why is the clinic closing on Fridays? The trust lost two of its three nurses in September.",
        "Why is the clinic",
    ),
    ("How much will bills rise? The regulator allowed an average of £38 a year.", "How much"),
]


@pytest.mark.parametrize(("text", "opening"), LONE_READER_QUESTIONS_EN)
def test_a_lone_reader_question_in_english_is_a_heading(text: str, opening: str) -> None:
    item = _item(text, "en", opening)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "The council promised the bridge by May.\n\nWho really thinks that? Two contractors have walked off.",
            "Who really thinks",
        ),
        (
            "The port has a new crane plan.\n\nWill it work? The last one was cancelled in May.",
            "Will it work?",
        ),
        (
            "The ministry extended the scheme.\n\nWho, exactly, is it for? Firms that applied in time were paid.",
            "Who, exactly,",
        ),
    ],
)
def test_a_lone_rhetorical_question_in_english_stays_the_writers(text: str, opening: str) -> None:
    assert _item(text, "en", opening).label is Label.COMMENTARY


def test_asking_who_believes_is_the_writers_doubt_in_spanish() -> None:
    text = "El consorcio promete el puente para mayo.\n\n¿Quién se cree todavía esa fecha? Dos contratistas se han ido."
    assert _item(text, "es", "¿Quién se cree").label is Label.COMMENTARY
