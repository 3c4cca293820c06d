"""Spanish commentary read as a claim or a fact, five mechanisms (comment20es).

1. "Lo mismo dijo del anterior, y del anterior a ese", "Eso dijeron los cuatro anteriores, con
   palabras muy parecidas", "Ministro, eso mismo nos dijo en este estudio hace un año, con la misma
   convicción" (gold: commentary; bank files of three annotators, read as claims): the object said
   before is put in front of the verb, so nothing after the cue is content. A "que", a colon, a
   name, or a plain subject after the cue keeps it a report.
2. "cualquier otra decisión habría sido una temeridad" (dev, read as a hedged claim; written by two
   bank annotators too, and caught there): the writer's counterfactual with any other choice in the
   real one's place, like "en otra época … habría". A hedged report ("La empresa habría pagado…")
   stays a claim, and a source's counterfactual stays the source's.
3. "¿De verdad nadie en esa fábrica vio nada…?" in a host's turn (read as the host's question for
   information): a question that opens "¿De verdad" is the asker's disbelief (eight of them in dev,
   all commentary, and one in the bank); "¿Puede perder de verdad la franquicia?" asks.
4. "El frío de la puna no sorprende a nadie salvo, al parecer, a quienes hacen los presupuestos"
   (bank, read as a claim by its "al parecer"): "no sorprende a nadie" in the present is the
   writer's verdict like "no sorprenderá a nadie", already a cue; a source's words stay theirs and
   a hedged report with no verdict stays a claim.
5. "¿Una tregua para negociar o para ganar tiempo antes de Navidad?" in an explainer with question
   headings (read as one of them): two outcomes set side by side, with no asking word to open the
   question, are the writer's suspicion (five writers, all commentary); a section's question opened
   by an asking word stays a heading, alternative or not.

The sentences below are our own, not copied from the corpus or the bank.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze
from bot.domain.models import Label
from tests.analysis.speakers import NOW, PUB, last_item

REPORTS = (Label.STATEMENT, Label.CLAIM)


@pytest.mark.parametrize(
    "text",
    [
        "El consejero promete que el tranvía llegará en 2028. Lo mismo dijo del metro, y del puerto seco.",
        "Eso mismo nos aseguró en esta misma sala hace dos inviernos, con idéntica sonrisa.",
        "Concejala, lo mismo nos dijo en el pleno de marzo, con la misma seguridad.",
        "Eso dijeron los tres gerentes anteriores, con las mismas palabras.",
        "Eso aseguraron sus predecesores, con palabras casi idénticas.",
        "Lo mismo anunció del hospital comarcal, y del centro de salud de la sierra.",
    ],
)
def test_the_same_said_before_fronted_is_commentary(text: str) -> None:
    """A fronted "lo mismo" / "eso mismo" with nothing after the verb but when, where and how."""
    item = last_item(text, "es")
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Lo mismo dijo la portavoz del comité en la rueda de prensa.",
        "Lo mismo dijo ayer que el puerto reabrirá el lunes.",
        "Lo mismo dijo Ana Ruiz en octubre.",
        "Eso dijo el alcalde en la rueda de prensa.",
        "Eso dijo en la rueda de prensa.",
        'Eso mismo nos dijo el consejero: "No habrá más cortes".',
        "Eso aseguraron sus abogados en el juicio.",
        "Lo mismo dijo ayer el consejero.",
        "Lo mismo nos aseguró el martes la portavoz.",
    ],
)
def test_a_fronted_object_with_a_subject_content_or_name_reports(text: str) -> None:
    """A subject, a "que", a colon or a name after the verb: a report, as before."""
    item = last_item(text, "es")
    assert item.label in REPORTS, (item.label, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Con el embalse a la mitad, cualquier otra decisión habría sido una temeridad.",
        "Cualquier otra empresa habría pagado la multa hace meses.",
        "Con cualquier otro contratista, un retraso así sería motivo de rescisión.",
        "En cualquier otra ciudad, el alcalde ya habría pedido perdón.",
        "Cualquier otro entrenador habría sido destituido tras la cuarta derrota.",
    ],
)
def test_any_other_choice_counterfactual_is_commentary(text: str) -> None:
    """The writer weighs what any other choice would have been: commentary, not hearsay."""
    item = last_item(text, "es")
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("La empresa habría pagado la multa en marzo.", Label.CLAIM),
        ("El consejero dijo que cualquier otra ruta habría costado el doble.", Label.STATEMENT),
        ("Según el fiscal, cualquier otra interpretación sería ilegal.", Label.STATEMENT),
        ("Cualquier otro vehículo podrá circular desde el lunes.", Label.FACT),
        ("El detenido habría sido trasladado a otra prisión, según fuentes policiales.", Label.CLAIM),
    ],
)
def test_a_hedged_report_or_a_sources_counterfactual_keeps_its_label(text: str, label: Label) -> None:
    """A hedged report stays a claim, a source's words stay theirs, a plain rule a fact."""
    item = last_item(text, "es")
    assert item.label is label, (item.label, item.reason)


TRANSCRIPT = (
    "Entrevista con la directora de la planta, Marta Gil.\n\n"
    "PRESENTADOR: Buenas noches, directora.\n\n"
    "GIL: Buenas noches.\n\n"
    "PRESENTADOR: {question}\n\n"
    "GIL: Lo estamos revisando."
)


@pytest.mark.parametrize(
    "question",
    [
        "¿De verdad nadie en la depuradora notó el olor hasta que llamaron los vecinos?",
        "¿De verdad hacían falta tres informes para cerrar una tubería?",
        "¿De verdad cree que alguien se va a tragar esa fecha?",
    ],
)
def test_a_hosts_de_verdad_question_is_commentary(question: str) -> None:
    """A host's question opened by "¿De verdad" is disbelief, not a question for information."""
    text = TRANSCRIPT.format(question=question)
    items = analyze(text, published=PUB, lang="es", now=NOW).items
    item = next(i for i in items if i.text.rstrip().endswith(question))
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    "question",
    [
        "¿Puede perder de verdad la licencia la empresa?",
        "¿Cuándo volverá a salir agua del grifo?",
    ],
)
def test_a_hosts_plain_question_still_organises_the_interview(question: str) -> None:
    """A question for information in the host's turn stays the interview's, a fact."""
    text = TRANSCRIPT.format(question=question)
    items = analyze(text, published=PUB, lang="es", now=NOW).items
    item = next(i for i in items if i.text.rstrip().endswith(question))
    assert item.label is Label.FACT, (item.label, item.reason)


@pytest.mark.parametrize(
    "text",
    [
        "La subida del peaje no sorprende a nadie en el valle.",
        "Que el tranvía vuelva a retrasarse no extraña a nadie, salvo, al parecer, al consejero.",
        "El cierre no sorprende a nadie que haya pisado la fábrica este año.",
    ],
)
def test_surprises_nobody_in_the_present_is_commentary(text: str) -> None:
    """The writer's "no sorprende a nadie", with or without an ironic "al parecer" after it."""
    item = last_item(text, "es")
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("El portavoz aseguró que la subida no sorprende a nadie.", Label.STATEMENT),
        (
            "Todos los vecinos fueron desalojados salvo, al parecer, una familia que se negó a salir.",
            Label.CLAIM,
        ),
        ("El detenido, al parecer, huyó por una ventana.", Label.CLAIM),
    ],
)
def test_a_reported_verdict_or_a_hedged_exception_keeps_its_label(text: str, label: Label) -> None:
    """A source's verdict is theirs; "salvo, al parecer" on a reported event is hearsay."""
    item = last_item(text, "es")
    assert item.label is label, (item.label, item.reason)


EXPLAINER = (
    "Claves del paro de los conductores\n\n"
    "¿Por qué se ha parado el servicio?\n\n"
    "La plantilla rechazó el convenio el lunes por la noche.\n\n"
    "¿Cuánto durará la huelga?\n\n"
    "El comité la ha convocado hasta el domingo.\n\n"
    "{question}\n\n"
    "La empresa se reunirá con el comité el jueves."
)


@pytest.mark.parametrize(
    "question",
    [
        "¿Un paro para negociar o para ganar tiempo antes de las fiestas?",
        "¿Firmeza o simple cálculo electoral?",
        "¿Proteger al usuario o al concesionario de siempre?",
    ],
)
def test_an_explainers_alternative_with_no_opener_is_commentary(question: str) -> None:
    """Two outcomes set side by side with no verb to open them: the writer's suspicion, not a section."""
    items = analyze(EXPLAINER.format(question=question), published=PUB, lang="es", now=NOW).items
    item = next(i for i in items if i.text.rstrip().endswith(question))
    assert item.label is Label.COMMENTARY, (item.label, item.reason)


@pytest.mark.parametrize(
    "question",
    [
        "¿Habrá autobuses el sábado o el domingo?",
        "¿Qué pasa con los abonos mensuales o con las tarjetas de estudiante?",
    ],
)
def test_an_explainers_alternative_that_opens_asking_stays_a_heading(question: str) -> None:
    """A section's question opened by an asking word, alternative or not, organises the piece."""
    items = analyze(EXPLAINER.format(question=question), published=PUB, lang="es", now=NOW).items
    item = next(i for i in items if i.text.rstrip().endswith(question))
    assert item.label is Label.FACT, (item.label, item.reason)
