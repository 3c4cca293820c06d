"""A subject that counts people or bodies and names none is a vague source (a claim, convention 1):
"Diez alcaldes anunciaron…"; a count of time, a group whose members a comma names, or a name
that is a number's word are not."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El Gobierno regional aprobó la tasa turística el martes. Diez alcaldes anunciaron que no la aplicarán en sus municipios.",
            "es",
        ),
        (
            "La reforma llegó al pleno el jueves. Tres diputados de la oposición dijeron que votarán en contra.",
            "es",
        ),
        (
            "El arancel entra en vigor el lunes. Veinte empresas exportadoras aseguraron que la medida las obliga a despedir personal.",
            "es",
        ),
        (
            "La huelga de limpieza cumple una semana. Cuatro sindicatos advirtieron que la ampliarán si no hay acuerdo.",
            "es",
        ),
        (
            "El hospital cerró dos plantas en agosto. Una docena de médicos denunció que faltan enfermeras en urgencias.",
            "es",
        ),
        (
            "La cosecha se retrasó por las lluvias. Decenas de agricultores explicaron que perderán la mitad de la uva.",
            "es",
        ),
        (
            "El club despidió al entrenador el domingo. Dos jugadores confirmaron que la plantilla no fue consultada.",
            "es",
        ),
        (
            "The regional government approved the tourist levy on Tuesday. Ten mayors said they would not apply it in their towns.",
            "en",
        ),
        (
            "The bill reached the floor on Thursday. Three opposition lawmakers said they would vote against it.",
            "en",
        ),
        (
            "The tariff takes effect on Monday. Twenty exporters told reporters the measure would force them to cut jobs.",
            "en",
        ),
        (
            "The cleaning strike entered its second week. Four unions warned they would extend it without a deal.",
            "en",
        ),
        (
            "The hospital closed two wards in August. A dozen doctors said the emergency unit was short of nurses.",
            "en",
        ),
        (
            "The harvest was delayed by the rains. Dozens of farmers said they would lose half their grapes.",
            "en",
        ),
        (
            "The club sacked its coach on Sunday. Two players confirmed that the squad had not been consulted.",
            "en",
        ),
        ("The port reopened on Friday. 14 shipping lines said they would resume calls next month.", "en"),
        ("El puerto reabrió el viernes. 14 navieras afirmaron que volverán a escalar el mes próximo.", "es"),
    ],
)
def test_a_counted_group_without_names_is_a_vague_source(text: str, lang: str) -> None:
    item = last_item(text, lang)
    assert (item.label, item.speaker) == (Label.CLAIM, None)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "El Gobierno regional aprobó la tasa turística el martes. Diez alcaldes del PSOE, encabezados por Ana Ruiz, anunciaron que no la aplicarán.",
            "es",
            "Ana Ruiz",
        ),
        (
            "The bill reached the floor on Thursday. Three senators, led by Maria Lopez, said they would vote against it.",
            "en",
            "Maria Lopez",
        ),
        (
            "La huelga de limpieza cumple una semana. Los dos sindicatos convocantes, CCOO y UGT, advirtieron que la ampliarán.",
            "es",
            "CCOO y UGT",
        ),
        (
            "The strike entered its second week. The two ministers, Ana Ruiz and Pedro Gil, said the talks would resume on Monday.",
            "en",
            "Ana Ruiz and Pedro Gil",
        ),
        (
            "La patronal rechazó la subida. Diez, portavoz de la patronal, dijo que el plazo vence el viernes.",
            "es",
            "Diez",
        ),
        (
            "Los precios del cereal subieron un 12 %. Los Cuarenta Principales anunciaron que dejarán de emitir en onda media.",
            "es",
            "Cuarenta Principales",
        ),
        ("The summit closed on Sunday. The G7 said it would review the sanctions in March.", "en", "G7"),
        ("The plant closed in May. Two weeks later, Ana Ruiz said the plan was dead.", "en", "Ana Ruiz"),
        ("The plant closed in May. Two weeks later, the ministry said the plan was dead.", "en", "ministry"),
        (
            "La planta cerró en mayo. Dos semanas después, Ana Ruiz dijo que el plan estaba muerto.",
            "es",
            "Ana Ruiz",
        ),
        (
            "La planta cerró en mayo. Diez días después, Ana Ruiz dijo que el plan estaba muerto.",
            "es",
            "Ana Ruiz",
        ),
        (
            "La planta cerró en mayo. Diez días después, el ministerio dijo que el plan estaba muerto.",
            "es",
            "ministerio",
        ),
        ("The plant closed in May. Ten days later, the ministry said the plan was dead.", "en", "ministry"),
        ("The plant closed in May. Three years ago, Ana Ruiz said the plan was dead.", "en", "Ana Ruiz"),
        (
            "The plant closed in May. In two separate statements, the ministry said the plan was dead.",
            "en",
            "ministry",
        ),
        ("Las dos centrales sindicales, CCOO y UGT, dijeron que irán a la huelga.", "es", "CCOO y UGT"),
        ("Dos sindicatos, CCOO y UGT, dijeron que irán a la huelga.", "es", "CCOO y UGT"),
        ("Two unions, Unite and GMB, said they would strike.", "en", "Unite and GMB"),
    ],
)
def test_a_count_of_time_or_of_named_members_is_no_vague_source(text: str, lang: str, speaker: str) -> None:
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT
    assert item.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'The strike entered its third day. "This is a disgrace," said Paula Mbeki, who represents 40,000 nurses.',
            "en",
            "Paula Mbeki",
        ),
        (
            "The port reopened on Monday. Tom Reyes, whose union has 12,500 members, said the deal would hold.",
            "en",
            "Tom Reyes",
        ),
        (
            "El puerto reabrió el lunes. Ana Ruiz, que dirige un sindicato de 12,500 estibadores, dijo que el acuerdo se mantendrá.",
            "es",
            "Ana Ruiz",
        ),
    ],
)
def test_a_count_with_a_thousands_comma_after_a_name_leaves_the_name_the_speaker(
    text: str, lang: str, speaker: str
) -> None:
    # "40,000": the comma inside a figure parts no subject, so "000 nurses" is no counted group
    item = last_item(text, lang)
    assert item.label is Label.STATEMENT and item.speaker == speaker
