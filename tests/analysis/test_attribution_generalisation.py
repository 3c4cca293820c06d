"""Who said what on phrasings written apart from the corpus: one test per attribution mechanism."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 10, 14, 10, 0, tzinfo=UTC)


def _item(text: str, lang: str, start: str) -> Item:
    """Return the item of the analysis of `text` that holds the sentence opening with `start`."""
    at = text.index(start)
    items = analyze(text, published=PUB, lang=lang, now=NOW).items
    return next(i for i in items if i.start <= at < i.end)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Mediator Álvaro Sancho met both sides on Monday. If either side says no, or says "
            "nothing, the mediation is over, he said.",
            "en",
            "If either",
            "Álvaro Sancho",
        ),
        (
            "Finance Secretary Peter Otieno spoke in Nairobi. The subsidy had been costing the "
            "Treasury 9 billion shillings a month, he said.",
            "en",
            "The subsidy",
            "Peter Otieno",
        ),
        (
            "Carla Mendes, a fire service spokeswoman, said crews were working. Evacuees from Pine "
            "Hollow would not be allowed back before Thursday, she added.",
            "en",
            "Evacuees",
            "Carla Mendes",
        ),
        (
            "El rector Andrés Fuenzalida habló el lunes. «No cerraremos la Facultad de Medicina», "
            "añadió en una rueda de prensa en Valparaíso.",
            "es",
            "«No cerraremos",
            "Andrés Fuenzalida",
        ),
        (
            'Mayor Eleanor Pruitt spoke after the vote. "We cannot heat empty rooms," she told '
            "reporters in Harwick.",
            "en",
            '"We cannot',
            "Eleanor Pruitt",
        ),
    ],
)
def test_a_pronoun_or_dropped_subject_after_the_content_keeps_the_previous_speaker(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Nobody has reported serious side effects so far, the Marlow County Health Department said.",
            "en",
            "Nobody",
            "Marlow County Health Department",
        ),
        (
            "No one was injured in the collapse, the Harwick Fire Department said.",
            "en",
            "No one",
            "Harwick Fire Department",
        ),
        (
            "Nadie resultó herido en el incendio, informó la Guardia Civil.",
            "es",
            "Nadie",
            "Guardia Civil",
        ),
    ],
)
def test_a_named_subject_after_the_last_comma_outranks_a_negative_word_in_the_content(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Lucía Ferrer, president of the parents' group Familias Digitales, said the fine was low.",
            "en",
            "Lucía",
            "Lucía Ferrer",
        ),
        (
            "Dmitri Peskov, the Kremlin spokesman, said the talks would go on.",
            "en",
            "Dmitri",
            "Dmitri Peskov",
        ),
        (
            '"Prices will rise," said Youssef Benali, president of the Moroccan Association of '
            "Vegetable Exporters.",
            "en",
            '"Prices',
            "Youssef Benali",
        ),
        (
            "«Tienen hasta el viernes», advirtió Ceferina Quispe, portavoz del Consejo de "
            "Comunidades de la Puna, tras una asamblea en Antofagasta.",
            "es",
            "«Tienen",
            "Ceferina Quispe",
        ),
        (
            "Marta Ledesma, directora del Museo de Bellas Artes, aseguró que las salas reabrirán.",
            "es",
            "Marta",
            "Marta Ledesma",
        ),
    ],
)
def test_a_name_set_off_from_its_office_by_a_comma_is_the_speaker(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Some residents said they had received no warning at all, a neighbour in Harwick said.",
            "en",
            "Some",
        ),
        ("Nobody was hurt, a police officer said.", "en", "Nobody"),
    ],
)
def test_an_unnamed_source_after_the_last_comma_stays_a_claim(text: str, lang: str, start: str) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.CLAIM, None)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "The Harwick Transit Department closed two stations on Monday. The department's "
            "spokeswoman said both would reopen in May.",
            "en",
            "The department's",
            "Harwick Transit Department",
        ),
        (
            "The Ridge Forestry Agency sent 40 crews north. Crews had contained a tenth of the fire "
            "by Sunday, an agency spokesman said.",
            "en",
            "Crews had",
            "Ridge Forestry Agency",
        ),
        (
            "The High Court of Valdora heard the appeal on Tuesday. The court's civil chamber said the "
            "contract was void.",
            "en",
            "The court's",
            "High Court of Valdora",
        ),
    ],
)
def test_a_role_of_a_body_speaks_for_the_body_named_before(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


def test_a_persons_office_is_not_resolved_to_another_body() -> None:
    text = (
        "The Office of Legislative Services published its estimate on Monday. The governor's office "
        "said contingency plans would go out on Friday."
    )
    item = _item(text, "en", "The governor's")
    assert (item.label, item.speaker) == (Label.STATEMENT, "governor's office")


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "So the man who wrote the Friday deadline will explain it to lawmakers a day before it falls.",
            "en",
            "So",
        ),
        ("The tribunal admitted the appeal on Friday and set a hearing for Monday.", "en", "The tribunal"),
        ("Harwick's council on Tuesday ruled out extending the consultation.", "en", "Harwick's"),
        ("El reloj de la Agencia Espacial, en cambio, no admite aplazamientos.", "es", "El reloj"),
        (
            "Que dos millones de alumnos dependan de un permiso provisional dice poco a favor de quien "
            "diseñó el calendario.",
            "es",
            "Que dos",
        ),
    ],
)
def test_a_reporting_verb_that_reports_nothing_gives_no_speaker(text: str, lang: str, start: str) -> None:
    item = _item(text, lang, start)
    assert item.label in (Label.FACT, Label.COMMENTARY)
    assert item.speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        ("Mayor Eleanor Pruitt admitted that the usage figures were wrong.", "en", "Mayor", "Eleanor Pruitt"),
        (
            "La Consejería de Cultura admitió que las obras se retrasarán.",
            "es",
            "La Consejería",
            "Consejería de Cultura",
        ),
        (
            "Así lo anunció su portavoz en Madrid, Daniel Okafor, que calificó la multa de excesiva.",
            "es",
            "Así",
            "Daniel Okafor",
        ),
    ],
)
def test_hard_negatives_stay_reports_with_their_speakers(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


def test_a_writers_verdict_before_a_colon_is_apart_from_the_report_after_it() -> None:
    text = (
        "El plazo del martes es la única palanca que queda. Apostar a que también se estirará no "
        'requiere mucha audacia: Pavel Dorin ya avisó de que las obras "no se pueden acelerar".'
    )
    verdict = _item(text, "es", "Apostar")
    report = _item(text, "es", "Pavel Dorin")
    assert verdict.label is not Label.STATEMENT and verdict.speaker is None
    assert (report.label, report.speaker) == (Label.STATEMENT, "Pavel Dorin")


def test_a_function_word_after_an_abbreviations_stop_opens_a_sentence() -> None:
    text = (
        "A spokeswoman for the ministry said the system had been stable since 7 a.m. A government that "
        "spent two years promising an orderly process is now asking for patience."
    )
    report = _item(text, "en", "A spokeswoman")
    assert report.end < text.index("A government")


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Si el ayuntamiento no paga antes del viernes, la obra se detendrá en la Plaza Mayor, dijo la "
            "portavoz de la Consejería de Obras Públicas, Lidia Serrano.",
            "es",
            "Si el",
            "Lidia Serrano",
        ),
        (
            "La grieta apareció en el muro que une la presa con el embalse de Los Molinos, explicó el "
            "director de la CHT, Rubén Salas, en una rueda de prensa en Toledo.",
            "es",
            "La grieta",
            "Rubén Salas",
        ),
        (
            "Under the county code, a second breach within a year doubles the fine, the agency's legal "
            "office said.",
            "en",
            "Under",
            "agency's legal office",
        ),
        (
            "Dr. Priya Raman, the county's chief medical officer, said demand had been high.",
            "en",
            "Dr.",
            "Priya Raman",
        ),
        (
            "A ministry spokeswoman, Irina Vosk, said the operator, Kaldenergo, would post readings daily.",
            "en",
            "A ministry",
            "Irina Vosk",
        ),
    ],
)
def test_the_subject_after_or_before_the_verb_not_a_name_in_the_content(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "La ministra de Sanidad, Elena Roig, presentó el plan el lunes. La ministra precisó que "
            "las vacunas llegarán en marzo.",
            "es",
            "La ministra precisó",
            "Elena Roig",
        ),
        (
            'Transport Minister Alan Briggs met the unions. "We will not pay twice," the minister said.',
            "en",
            '"We will',
            "Alan Briggs",
        ),
        (
            "Marta Ledesma, directora del Museo de Bellas Artes, presentó la obra. Según la directora, "
            "las goteras dañaron dos lienzos.",
            "es",
            "Según la directora",
            "Marta Ledesma",
        ),
        (
            "Interior Minister Patricia Ovalle opened the office in Valparaíso. "
            '"Nobody will be left out," Ovalle said.',
            "en",
            '"Nobody',
            "Patricia Ovalle",
        ),
        (
            "The Confederation of Migrant Workers (Contram) met on Monday. Contram said it would call a "
            "stoppage on Sept. 8.",
            "en",
            "Contram said",
            "Confederation of Migrant Workers",
        ),
    ],
)
def test_a_title_or_short_name_takes_the_fullest_name_the_article_gives(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "The Ministry of Health published its figures on Monday. The ministry said 40 clinics had closed.",
            "en",
            "The ministry said",
            "Ministry of Health",
        ),
        (
            "Buenos Aires (Télam) reported the strike first. The union said the stoppage would go on.",
            "en",
            "The union",
            "union",
        ),
    ],
)
def test_a_body_keeps_its_own_name(text: str, lang: str, start: str, speaker: str) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "label", "speaker"),
    [
        (
            "Lo anunció el alcalde, Tomás Ruiz, en una visita a la planta.",
            "es",
            "Lo anunció",
            Label.STATEMENT,
            "Tomás Ruiz",
        ),
        (
            "La fábrica cerrará en mayo. Así lo confirmó este martes la gerente de la cooperativa, "
            "Amaia Etxeberria, durante la asamblea.",
            "es",
            "Así",
            Label.STATEMENT,
            "Amaia Etxeberria",
        ),
        (
            "Panaderías Horno Dorado, que tiene 64 tiendas en Aragón y Navarra, atribuyó la decisión "
            "al precio de la harina.",
            "es",
            "Panaderías",
            Label.STATEMENT,
            "Panaderías Horno Dorado",
        ),
        (
            "Tarnow Regional Airport, which had planned to open the runway in 2027, said it would appeal.",
            "en",
            "Tarnow",
            Label.STATEMENT,
            "Tarnow Regional Airport",
        ),
        (
            "El director, Erik Nielsen, lamentó la cancelación. Según él, los músicos llevan meses ensayando.",
            "es",
            "Según él",
            Label.STATEMENT,
            "Erik Nielsen",
        ),
        (
            "The championship will move from Tbilisi to Riga, organisers announced on Friday.",
            "en",
            "The championship",
            Label.CLAIM,
            None,
        ),
        (
            "The agreement was announced by the Kaweri Growers' Cooperative on Monday.",
            "en",
            "The agreement",
            Label.STATEMENT,
            "Kaweri Growers' Cooperative",
        ),
    ],
)
def test_inverted_inserted_and_prepositional_sources(
    text: str, lang: str, start: str, label: Label, speaker: str | None
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (label, speaker)


def test_a_pronoun_subject_keeps_its_object_out_of_the_speaker() -> None:
    text = (
        "Khalid al-Mansouri, the mediator, said the swap was done. "
        '"Nobody goes home until everybody goes home," he told the Qatar News Agency.'
    )
    item = _item(text, "en", '"Nobody')
    assert item.label is Label.STATEMENT
    assert item.speaker != "Qatar News Agency"


def test_an_unnamed_source_with_a_place_inserted_stays_a_claim() -> None:
    text = (
        "A clinic administrator in western Harwick, who asked not to be identified, said the centre "
        "had cash for three weeks."
    )
    item = _item(text, "en", "A clinic")
    assert (item.label, item.speaker) == (Label.CLAIM, None)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        ("Brandt's campaign said the poll was out of date.", "en", "Brandt's", "Brandt's campaign"),
        (
            "Brackwell Zoo reopened on Monday. Brackwell council's licensing committee said it would "
            "inspect the site.",
            "en",
            "Brackwell council's",
            "Brackwell council's licensing committee",
        ),
        (
            "The U.N. refugee agency said 1,600 people had crossed the border.",
            "en",
            "The U.N.",
            "U.N. refugee agency",
        ),
        (
            'His rival, Lena Ostrova, said Brandt had "no plan beyond a slogan."',
            "en",
            "His rival",
            "Lena Ostrova",
        ),
        (
            "El secretario del Trabajo, Marath Bolaños, anunció una inspección. Según el funcionario, la "
            "mina había superado una revisión en junio.",
            "es",
            "Según el funcionario",
            "Marath Bolaños",
        ),
    ],
)
def test_a_body_noun_after_a_name_an_apposed_name_and_an_anaphoric_source(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


def test_a_place_list_before_a_post_verb_subject_is_no_apposed_name() -> None:
    text = (
        "La Coordinadora de Estibadores desconvocó la huelga en Valencia, Algeciras y Barcelona, "
        "confirmó la organización en un comunicado."
    )
    item = _item(text, "es", "La Coordinadora")
    assert item.label is Label.STATEMENT
    assert item.speaker != "Algeciras y Barcelona"


def test_the_kremlin_spokesman_is_not_a_body_noun() -> None:
    item = _item("A Kremlin spokesman said the talks would go on.", "en", "A Kremlin")
    assert item.speaker != "Kremlin spokesman"


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "The Department of Transport and Public Works closed the bridge on Tuesday, the department "
            "said in a statement.",
            "en",
            "The Department",
            "Department of Transport and Public Works",
        ),
        (
            "La Dirección General de Carreteras y Puertos cerró el puente el martes. Las obras durarán "
            "un mes, precisó la dirección general en un comunicado.",
            "es",
            "Las obras",
            "Dirección General de Carreteras y Puertos",
        ),
        (
            "La Oficina del Defensor del Pueblo de Navarra abrió una queja. La queja sigue abierta, "
            "informó este viernes la Oficina del Defensor del Pueblo.",
            "es",
            "La queja",
            "Oficina del Defensor del Pueblo de Navarra",
        ),
    ],
)
def test_a_body_takes_its_longest_name_across_and_and_particles(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


def test_two_people_joined_by_and_are_no_body_name() -> None:
    text = "Eleanor Pruitt and Dennis Okafor met on Monday. Okafor said the group would appeal."
    item = _item(text, "en", "Okafor said")
    assert (item.label, item.speaker) == (Label.STATEMENT, "Dennis Okafor")


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Subtel dio a la compañía un plazo de 72 horas para presentar un plan, informó el regulador.",
            "es",
            "Subtel",
            "Subtel",
        ),
        (
            "Meditrack shipped the update on Monday. The supplier said the fault had been fixed.",
            "en",
            "The supplier",
            "Meditrack",
        ),
    ],
)
def test_a_bare_body_noun_is_the_one_word_body_a_recent_sentence_opens_with(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start", "speaker"),
    [
        (
            "Interior Minister Patricia Ovalle spoke first. Ovalle met the unions on Monday. The "
            "regulator said the permits were valid.",
            "en",
            "The regulator",
            "regulator",
        ),
        (
            "The Steel Institute published its figures. The ministry said exports had fallen.",
            "en",
            "The ministry",
            "ministry",
        ),
    ],
)
def test_a_bare_body_noun_is_no_person_and_no_body_of_another_kind(
    text: str, lang: str, start: str, speaker: str
) -> None:
    item = _item(text, lang, start)
    assert (item.label, item.speaker) == (Label.STATEMENT, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "Peskov said talks would go on. The spokesman would not comment on the figures.",
            "en",
            "The spokesman",
        ),
        (
            "Pruitt spoke on Monday. A council spokesman declined to comment on the legal threat.",
            "en",
            "A council",
        ),
        ("Peskov dijo que seguirán. El portavoz no quiso comentar las cifras.", "es", "El portavoz"),
        ("La ministra habló el lunes. La empresa se negó a comentar las cifras.", "es", "La empresa"),
    ],
)
def test_a_refusal_to_speak_has_no_speaker(text: str, lang: str, start: str) -> None:
    item = _item(text, lang, start)
    assert item.label not in (Label.STATEMENT, Label.CLAIM)
    assert item.speaker is None


def test_a_reticent_answer_is_still_reported() -> None:
    item = _item("The minister would say only that talks continued.", "en", "The minister")
    assert (item.label, item.speaker) == (Label.STATEMENT, "minister")


def test_according_to_a_role_takes_the_name_set_off_after_it() -> None:
    text = (
        "La patronal criticó el cierre. Según su presidenta, María Frontera, algunos turistas llegarán tarde."
    )
    item = _item(text, "es", "Según")
    assert (item.label, item.speaker) == (Label.STATEMENT, "María Frontera")


def test_a_word_of_the_language_opening_a_sentence_is_no_body() -> None:
    text = (
        "According to Ingrid Vik, the map will go on display in spring. The man will not be charged, "
        "the police said."
    )
    item = _item(text, "en", "The man")
    assert (item.label, item.speaker) == (Label.STATEMENT, "police")


def test_a_relative_clause_cut_off_its_head_keeps_the_head_as_speaker() -> None:
    text = (
        "Harwick Leasing Capital, which leases 14 of Northline's 61 trains, said it had served a "
        "notice of default on Tuesday."
    )
    item = _item(text, "en", "Harwick")
    assert (item.label, item.speaker) == (Label.STATEMENT, "Harwick Leasing Capital")


def test_a_sentence_opening_with_a_subject_clause_carries_no_speaker() -> None:
    # a capitalised "Que" opens a subject clause, the writer's remark; a lower-case "que" after a
    # comma is a relative clause whose head is the speaker (test just above, and in Spanish here)
    text = (
        "La supervisora habló el lunes. Que la supervisora sienta la necesidad de decirlo en voz alta "
        "ya es, en sí mismo, un dato."
    )
    assert _item(text, "es", "Que la").label is not Label.STATEMENT
    relative = "Codelco, que no tiene participación en la mina, dijo que el plazo vence el viernes."
    item = _item(relative, "es", "Codelco")
    assert (item.label, item.speaker) == (Label.STATEMENT, "Codelco")
