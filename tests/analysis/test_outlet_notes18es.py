"""The outlet's own notes are facts, Spanish (comment18es).

A host handing over to a guest or a correspondent ("Estamos con Gumersindo Pérez, que…", "En
cabina, Marisela Quiroz, presidenta de…", "Nuestra corresponsal en Londres, Marta Villalba.",
"REPORTERA: Estamos en el barrio Los Almendros, donde…"), a live blog's notes ("Horario local; la
entrada más reciente, arriba.", "Minuto a minuto de la negociación…"), a newsletter's masthead,
signpost and sign-off ("Boletín del Agua.", "Lo que hay que saber esta mañana.", "Volvemos la
semana que viene.") organise the coverage and judge nothing (gold: fact in the dev threads of
three annotators of the twelfth round and two older ones, and in two bank writers' transcripts).
The rules read the first person plural as the writer's ("estamos"), a verbless line as a kicker,
and the stance model a sign-off as comment. Own sentences on topics of my own; near misses keep
the writer's verdict: a "we" of opinion, "recordemos" set off inside a sentence, a count of news
with no list after it. A bare count before a list ("Tres noticias sobre Ardentia y una agenda.")
is left alone: the writer sets up a list of their own the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

PUB = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _item(text: str, opening: str) -> Item:
    items = analyze(text, published=PUB, lang="es", now=NOW).items
    return next(i for i in items if opening in i.text)


BROADCAST = (
    "LOCUTORA: Buenos días. El consorcio del metro de Sevilla y los sindicatos vuelven hoy a "
    "reunirse tras tres días de paros. {line}\n"
    "INVITADO: Buenos días. Nosotros vamos a mantener los paros si no hay una oferta por escrito.\n"
    "LOCUTORA: {jab}"
)


@pytest.mark.parametrize(
    "line",
    [
        "Estamos con Lorena Beltrán, que vende pescado en el mercado de Triana.",
        "Estamos ahora con Tomás Ibarra, delegado sindical en la cochera de Pino Montano.",
        "En el estudio, Julián Arce, catedrático de Economía Aplicada.",
        "Al teléfono, Carmen Olmedo, portavoz de los usuarios del metro.",
        "Nuestro enviado especial a Lisboa, Andrés Peral.",
        "Desde Bruselas, nuestra corresponsal Irene Cano.",
    ],
)
def test_a_hosts_handover_to_a_guest_or_correspondent_is_a_fact(line: str) -> None:
    text = BROADCAST.format(line=line, jab="Eso mismo dijeron en marzo, con la misma sonrisa.")
    item = _item(text, line[:14])
    assert item.label is Label.FACT, (line, item.reason)


@pytest.mark.parametrize(
    "line",
    [
        "Estamos en la plaza Mayor de Teruel, donde cientos de vecinos esperan desde el alba.",
        "Estamos en Alcañiz, a las puertas del hospital comarcal.",
    ],
)
def test_a_reporter_placing_herself_is_a_fact(line: str) -> None:
    text = (
        "PRESENTADOR: Vamos a Teruel.\n"
        f"REPORTERA: {line} Protección Civil ha abierto un albergue en el polideportivo.\n"
        "PRESENTADOR: Gracias, Ana."
    )
    item = _item(text, line[:14])
    assert item.label is Label.FACT, (line, item.reason)


@pytest.mark.parametrize(
    ("jab", "opening"),
    [
        ("Estamos en manos de una empresa que no contesta al teléfono.", "Estamos en manos"),
        ("Estamos con el agua al cuello, como cada invierno.", "Estamos con el agua"),
        (
            "Nuestro enviado no ha visto un solo tren en toda la mañana, y eso lo dice todo.",
            "Nuestro enviado",
        ),
    ],
)
def test_the_hosts_own_verdict_stays_commentary(jab: str, opening: str) -> None:
    text = BROADCAST.format(line="Estamos con Lorena Beltrán, que vende pescado en Triana.", jab=jab)
    item = _item(text, opening)
    assert item.label is Label.COMMENTARY, (opening, item.reason)


LIVE = (
    "{title}\n"
    "{note}\n"
    "09:10 | Los sindicatos se reúnen con la dirección del consorcio en la sede de la calle Pagés del Corro.\n"
    "{entry}\n"
    "11:25 | La dirección dijo que el viernes circularán dos trenes por hora en la línea 1."
)


@pytest.mark.parametrize(
    ("note", "opening"),
    [
        ("Hora peninsular; lo más reciente, arriba.", "Hora peninsular"),
        ("Todas las horas son locales.", "Todas las horas"),
        ("Las actualizaciones más recientes, arriba.", "Las actualizaciones"),
        ("Horario de Canarias.", "Horario de Canarias"),
    ],
)
def test_a_live_blogs_clock_and_order_notes_are_facts(note: str, opening: str) -> None:
    text = LIVE.format(
        title="Huelga del metro de Sevilla, en directo",
        note=note,
        entry="10:40 | Los piquetes bloquean la entrada de la cochera de Pino Montano.",
    )
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


@pytest.mark.parametrize(
    ("entry", "opening"),
    [
        (
            "21:40 | Recapitulemos: hay preacuerdo salarial, pero no sobre los turnos de noche.",
            "Recapitulemos",
        ),
        ("22:00 | Volvemos mañana a las siete con la votación de la plantilla.", "Volvemos mañana"),
        ("22:00 | Nos vemos mañana.", "Nos vemos"),
    ],
)
def test_a_live_blogs_recap_and_sign_off_are_facts(entry: str, opening: str) -> None:
    text = LIVE.format(title="Huelga del metro de Sevilla, en directo", note="Hora local.", entry=entry)
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


def test_a_live_blogs_title_line_is_a_fact() -> None:
    text = LIVE.format(
        title="Minuto a minuto de la huelga del metro de Sevilla.",
        note="Hora local.",
        entry="10:40 | Los piquetes bloquean la entrada de la cochera.",
    )
    item = _item(text, "Minuto a minuto")
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("entry", "opening"),
    [
        # "recordemos" with no colon after it: the writer reminds the reader of a broken promise
        (
            "21:40 | Recordemos lo que prometió el consejero en marzo: que no habría otra huelga.",
            "Recordemos lo que",
        ),
        ("21:40 | Volvemos a las andadas, como siempre: tercera huelga en un mes.", "Volvemos a las andadas"),
        ("21:40 | Horas y horas de reunión y ni un papel firmado.", "Horas y horas"),
    ],
)
def test_the_writers_words_in_a_live_blog_stay_commentary(entry: str, opening: str) -> None:
    text = LIVE.format(title="Huelga del metro de Sevilla, en directo", note="Hora local.", entry=entry)
    item = _item(text, opening)
    assert item.label is Label.COMMENTARY, (opening, item.reason)


def test_recordemos_set_off_inside_a_sentence_stays_commentary() -> None:
    # a recap's opener ("Recordemos: el consorcio tiene hasta…") is left as it is: it restates a
    # deadline, which a fact would set again
    text = (
        "El consejero anunció ayer un plan de choque para el metro. "
        "Es un plan que, recordemos, ya presentó en marzo con otro nombre."
    )
    assert _item(text, "Es un plan").label is Label.COMMENTARY


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Boletín del Puerto.\nLo que hay que saber esta mañana.\n• Huelga. Los estibadores pararán "
            "el lunes 14.\n• Obras. El muelle norte cierra hasta el día 30.",
            "Boletín del Puerto",
        ),
        (
            "Boletín del Puerto.\nLo que hay que saber esta mañana.\n• Huelga. Los estibadores pararán "
            "el lunes 14.\n• Obras. El muelle norte cierra hasta el día 30.",
            "Lo que hay que saber",
        ),
        (
            "Cuatro claves para el pleno del jueves.\n1. El presupuesto se vota a las diez.\n"
            "2. La oposición pide aplazarlo.",
            "Cuatro claves",
        ),
        (
            "• Obras. El muelle norte cierra hasta el día 30, según la Autoridad Portuaria. "
            "Volvemos el lunes.",
            "Volvemos el lunes",
        ),
    ],
)
def test_a_newsletters_masthead_signposts_and_sign_off_are_facts(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


def test_a_count_of_news_with_no_list_after_it_stays_commentary() -> None:
    text = "El puerto reabrió el lunes. Tres noticias en una semana, y ninguna buena para los usuarios."
    assert _item(text, "Tres noticias").label is Label.COMMENTARY


def test_a_signpost_names_no_news_day() -> None:
    text = (
        "Boletín del Puerto.\nLo que hay que saber esta mañana.\n• Huelga. Los estibadores pararán "
        "el lunes 14 de junio.\n• Obras. El muelle norte cierra hasta el 30 de junio."
    )
    analysis = analyze(text, published=PUB, lang="es", now=NOW)
    assert not [e for e in analysis.events if "saber" in e.what]
    assert not [d for d in analysis.deadlines if "saber" in d.what]
