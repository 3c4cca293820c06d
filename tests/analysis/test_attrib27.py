"""Round attrib27: statements read as fact, speakers, commentary that must not read as statement.

Each mechanism has phrasings of our own (es and en where it applies) and near misses that must
not change.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label
from tests.analysis.speakers import NOW, PUB, last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


def analyze_items(text: str, lang: str) -> list[Item]:
    """Return every item of the text, in order."""
    return list(analyze(text, published=PUB, lang=lang, now=NOW).items)


# The present tense of a Spanish verb that takes what was said as its object ("cifra", "denuncia",
# "condena", "estima") is a noun to the lemmatiser: "La Cámara cifra en 1.500 los empleos" read as a
# fact (dev: two annotators; the new es bank: three).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La Cámara de Comercio cifra en 1.500 los empleos en riesgo.", "Cámara de Comercio"),
        ("La Guardia Urbana cifra en unas 40.000 personas la asistencia al desfile.", "Guardia Urbana"),
        (
            "El Sindicato de Enfermería denuncia que faltan 300 profesionales en el hospital.",
            "Sindicato de Enfermería",
        ),
        ("La Unión Europea condena el ataque contra el convoy humanitario.", "Unión Europea"),
        ("El Banco de España estima el déficit en un 3,2 % del PIB.", "Banco de España"),
    ],
)
def test_a_present_tense_report_with_its_object_is_a_statement(text: str, speaker: str) -> None:
    """ "X cifra/denuncia/condena/estima …" reports the body's figure or complaint."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "La cifra de casos pasó de cero a uno en una semana.",
        "Esa cifra duplica la del año pasado.",
        "La diputación no ha querido adelantar ninguna cifra.",
        "Su condena llegó tres años después de los hechos.",
        "La denuncia se presentó el martes en el juzgado de guardia.",
    ],
)
def test_the_noun_after_a_determiner_reports_nothing(text: str) -> None:
    """ "la cifra", "ninguna cifra", "su condena": the noun, no verb of saying."""
    item = last_item(text, "es")
    assert item.label is not Label.STATEMENT, item.reason


# A report the writer files under a cliché about speakers of its kind ("…, which is what counties
# say about every new fee") is the writer's sentence: commentary whole, never a statement.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The county said the fees would clean up the sector, which is what counties say about every new fee.",
            "en",
        ),
        (
            "The ministry said the cuts would protect patients, which is exactly what every ministry says "
            "about every cut.",
            "en",
        ),
        ("The operator said the new ferry would be faster, which is what operators say.", "en"),
        (
            "El ayuntamiento dijo que la tasa ordenará el sector, que es lo que dicen todos los "
            "ayuntamientos de cada tasa nueva.",
            "es",
        ),
        (
            "La consejería aseguró que las obras acabarán en mayo, lo que dicen siempre las consejerías "
            "antes de unas elecciones.",
            "es",
        ),
        (
            "El club anunció que la grada estará lista en agosto, que es lo mismo que cualquier club "
            "promete cada verano.",
            "es",
        ),
    ],
)
def test_a_report_filed_under_what_all_its_kind_say_is_commentary(text: str, lang: str) -> None:
    """The writer's generalisation takes the whole sentence: no statement in it."""
    items = analyze_items(text, lang)
    assert [i.label for i in items] == [Label.COMMENTARY], [(i.label, i.reason) for i in items]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The ministry said the cuts would protect patients, which is what the unions had asked for.", "en"),
        ("The mayor said the bridge would reopen in May, which is what the council says it wants.", "en"),
        (
            "The club said the stand would be ready by August, which is what fans say they were promised.",
            "en",
        ),
        ("El ministerio aseguró que no habrá recortes, lo que pidió el sindicato la semana pasada.", "es"),
        ("El ministerio aseguró que no habrá recortes, que es lo que dice también la patronal.", "es"),
    ],
)
def test_a_report_then_a_particular_speaker_keeps_its_statement(text: str, lang: str) -> None:
    """A tail about a definite speaker, or a new report in it, leaves the report a statement."""
    items = analyze_items(text, lang)
    assert items[0].label is Label.STATEMENT, items[0].reason


# A reporting verb in the future reports nothing said, even with adverbs between the auxiliary and
# the verb (the bank: twenty future "will say/call/tell" sentences, all commentary but one fact).
@pytest.mark.parametrize(
    "text",
    [
        "The regulator will now write a report, and the report will say what every member already knows.",
        "The government will surely call that a success.",
        "The club will no doubt announce another signing before the window shuts.",
        "The ministry will probably never explain why the tender was cancelled.",
    ],
)
def test_a_future_report_past_its_adverbs_is_no_statement(text: str) -> None:
    """ "will now write", "will surely call": nothing has been said yet."""
    item = last_item(text, "en")
    assert item.label is not Label.STATEMENT, item.reason


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Health Minister Ana Ruiz would only say that talks were continuing.", "Ana Ruiz"),
        ("The Transport Ministry has also said it will appeal the ruling.", "Transport Ministry"),
        (
            "The Transport Ministry said on Monday that the board will now announce its decision in March.",
            "Transport Ministry",
        ),
    ],
)
def test_a_past_report_or_a_reticent_answer_stays_a_statement(text: str, speaker: str) -> None:
    """An adverb before a past or present report, or "would only say", keeps the statement."""
    item = last_item(text, "en")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


# "According to a letter seen by the Herald": the outlet only saw the document; the document's
# writer speaks (dev: two annotators gave the speaker the person or body the sentence is about).
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Council leader Fiona Drysdale has asked the union for "a few more days", according to a letter '
            "seen by the Herald.",
            "en",
            "Fiona Drysdale",
        ),
        (
            "The Transport Ministry will cut the grant by a third, according to a memo seen by Reuters.",
            "en",
            "Transport Ministry",
        ),
        (
            "The Transport Ministry will cut the grant by a third, according to a draft obtained by The Guardian.",
            "en",
            "Transport Ministry",
        ),
        (
            "El Ministerio de Hacienda recortará la partida un tercio, según una carta a la que ha tenido "
            "acceso este diario.",
            "es",
            "Ministerio de Hacienda",
        ),
        (
            "El Ministerio de Hacienda recortará la partida un tercio, según un borrador obtenido por Reuters.",
            "es",
            "Ministerio de Hacienda",
        ),
    ],
)
def test_the_outlet_that_saw_a_document_is_not_its_speaker(text: str, lang: str, speaker: str) -> None:
    """The witness outlet is cut off the source: the document's writer is the speaker."""
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The Transport Ministry will cut the grant by a third, according to Reuters.", "en", "Reuters"),
        ("El Ministerio de Hacienda recortará la partida un tercio, según Reuters.", "es", "Reuters"),
    ],
)
def test_an_outlet_that_reports_is_the_source(text: str, lang: str, speaker: str) -> None:
    """With no document it only saw, the outlet named after "according to" is the source."""
    item = last_item(text, lang)
    assert item.speaker == speaker, item.reason


# A body's lower-case noun and the words that describe it before the name it belongs to ("El comité
# de empresa de AVT", "La junta de vecinos de Villa Quilmay"): the body so described speaks (dev
# gold of three annotators), not the company, town or county named at the end.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "El comité de empresa de AVT, que lleva doce días de huelga, pidió que el pliego garantice la "
            "subrogación de los conductores.",
            "comité de empresa de AVT",
        ),
        (
            "La junta de vecinos de Villa Quilmay dice que la ayuda no alcanza.",
            "junta de vecinos de Villa Quilmay",
        ),
        (
            "El juzgado del condado de Dunchester informó de que el plazo vence el jueves.",
            "juzgado del condado de Dunchester",
        ),
        (
            "La asociación de vecinos de San Cibrao denunció que el agua sale turbia.",
            "asociación de vecinos de San Cibrao",
        ),
    ],
)
def test_a_described_body_before_its_owner_speaks(text: str, speaker: str) -> None:
    """The subject's body noun with its description, up to the name, is the speaker."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La presidenta del comité de empresa de AVT, Rosa Ibarra, dijo que seguirán.", "Rosa Ibarra"),
        ("El Comité de Empresa de AVT dijo que seguirán en huelga.", "Comité de Empresa de AVT"),
        ("Los transportistas de Storvik calculan que perderán un millón.", "transportistas de Storvik"),
    ],
)
def test_a_person_or_a_capitalised_body_keeps_its_speaker(text: str, speaker: str) -> None:
    """A person named after an office of the body, or a body's capitalised name, is unchanged."""
    item = last_item(text, "es")
    assert item.speaker == speaker, item.reason


def test_the_regulator_is_the_office_that_regulates() -> None:
    """ "The regulator said" after the Information Commissioner's Office: that office (dev: two threads)."""
    text = (
        "The Information Commissioner's Office fined Halcyon Mobile on Tuesday. "
        "The regulator said it was the largest penalty it had ever proposed against a telecoms operator."
    )
    item = last_item(text, "en")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == "Information Commissioner's Office"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The town's 1,200 residents must leave by 8 p.m. on Saturday, Government Delegate Álvaro Meneses told a news "
            "conference.",
            "Álvaro Meneses",
        ),
        ("Senior Coroner Ruth Ellery said the inquest would resume in March.", "Ruth Ellery"),
        ("Delegates said the vote would be held on Friday.", "Delegates"),
    ],
)
def test_a_delegate_or_coroner_is_an_office_before_the_name(text: str, speaker: str) -> None:
    """ "Government Delegate Álvaro Meneses": the person, the office dropped; a plural stays as it was."""
    item = last_item(text, "en")
    assert item.speaker == speaker, item.reason


# "Hablar de" reports what was said ("La gerencia habló de un 54 %": four dev statements by three
# annotators read as fact or comment); without "de" it narrates a meeting or a talk.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La Cofradía de Pescadores de Lira habla de un segundo tramo de ayudas.",
            "Cofradía de Pescadores de Lira",
        ),
        ("El Sindicato Médico habló de un seguimiento del 54 % en la primera jornada.", "Sindicato Médico"),
        ("La consejera de Sanidad, Marta Oliva, habló de «un error de cálculo».", "Marta Oliva"),
    ],
)
def test_talking_of_something_is_a_statement(text: str, speaker: str) -> None:
    """ "X habla/habló de …" is X's statement."""
    item = last_item(text, "es")
    assert item.label is Label.STATEMENT, item.reason
    assert item.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "El ministro habló con los periodistas durante diez minutos.",
        "Las dos delegaciones hablaron durante dos horas en el hotel.",
        "Nadie habla de dimisiones.",
    ],
)
def test_talking_with_someone_or_nobody_talking_is_no_statement(text: str) -> None:
    """ "Habló con…", "hablaron durante…" narrate; "Nadie habla de…" is the writer's."""
    item = last_item(text, "es")
    assert item.label is not Label.STATEMENT, item.reason


@pytest.mark.parametrize(
    "text",
    [
        "Los viejos del barrio todavía hablan del tranvía como quien habla de un amor de juventud.",
        "Las plataformas hablan de «flexibilidad»; los repartidores, de precariedad.",
    ],
)
def test_a_group_that_talks_of_something_is_no_statement(text: str) -> None:
    """A plural "hablan de" is the writer's picture of a group, not a report (bank comments)."""
    item = analyze_items(text, "es")[0]
    assert item.label is not Label.STATEMENT, item.reason


@pytest.mark.parametrize(
    "text",
    [
        "La alcaldesa habla del puerto como quien habla de un hijo pródigo.",
        "El ministro habló del recorte como si fuera una buena noticia.",
    ],
)
def test_talking_of_something_in_a_simile_is_the_writers(text: str) -> None:
    """ "habla de X como quien…" pictures the speaker: the writer's comparison, no statement."""
    item = analyze_items(text, "es")[0]
    assert item.label is not Label.STATEMENT, item.reason
