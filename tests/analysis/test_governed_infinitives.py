"""An infinitive after "a" or "de" reports only when it hangs on an inflected verb that is no
future, no hypothesis and no learning or stopping ("volvió a pedir", "se limitó a señalar"); after
an adjective ("algo difícil de explicar") or a future ("volverá a pedir") nobody said anything, so
the writer's remark is no statement. Where it does report, the subject ends before the verb it
hangs on ("El ministro volvió a decir": the minister, not "ministro volvió")."""

from __future__ import annotations

import pytest

from bot.domain.models import Label
from tests.analysis.speakers import last_item, last_statement_speaker


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde habló el lunes con los vecinos. Con este calendario, la ciudad pasará un mes sin"
        " alcalde, algo difícil de explicar en un país que presume de escrutinios rápidos.",
        "La ministra compareció el martes. Es una decisión imposible de justificar ante los votantes,"
        " y muy fácil de anunciar.",
        "El club presentó al fichaje. Lo vamos a ver en primera antes de que aprenda a decir gracias.",
        "La federación recurrirá. Reclamará, esperará y volverá a reclamar, que es lo que hacen todos.",
        "España busca un papel que sus socios europeos no terminan de reconocerle.",
        "El consejero Luis Prado cerró el acto. Algún día la provincia dejará de anunciar como un"
        " milagro que un tren llegue a su hora.",
    ],
)
def test_an_infinitive_no_verb_says_is_no_statement(text: str) -> None:
    item = last_item(text, "es")
    assert item.label not in (Label.STATEMENT, Label.CLAIM), (item.speaker, item.reason)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La ministra de Hacienda, Rosa Vidal, volvió a decir que la crisis ya pasó.", "Rosa Vidal"),
        ("La empresa Minera Sur se limitó a señalar que el diálogo continúa.", "Minera Sur"),
        ("El portavoz Juan Ruiz acaba de anunciar que habrá acuerdo.", "Juan Ruiz"),
        ("La alcaldesa Ana Gil le volvió a pedir al ministro que firme el convenio.", "Ana Gil"),
        ("El sindicato UGT ha vuelto a exigir que se respete el plazo.", "UGT"),
    ],
)
def test_a_verb_an_infinitive_hangs_on_ends_the_subject(text: str, speaker: str) -> None:
    assert last_statement_speaker(text, "es") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "El ministro volvió a decir que la crisis pasó.",
        "La empresa se limitó a señalar que el diálogo continúa.",
        "El portavoz acaba de anunciar que habrá acuerdo.",
    ],
)
def test_a_bare_office_before_the_verb_is_the_speaker(text: str) -> None:
    speaker = last_statement_speaker(text, "es")
    assert speaker is not None and " " not in speaker, speaker
