"""Labels of DESIGN.md §2 on cases that are easy to get wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
PUB = datetime(2026, 1, 30, 12, 0, tzinfo=UTC)


def _items(text: str, lang: str) -> list[Item]:
    return list(analyze(text, published=PUB, lang=lang, now=NOW).items)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Claramente, Peskov dijo lo que el Kremlin quería oír.", "es"),
        ("Ya se sabe que el portavoz del Kremlin, Dmitri Peskov, nunca dice la verdad.", "es"),
        ("Por supuesto, según el ministerio todo va bien.", "es"),
        ("Nadie en Kiev se hace ilusiones con una tregua que depende de una llamada.", "es"),
        ("Solo que Rusia goza de vasta autarquía energética y Ucrania no.", "es"),
        ("Soloque el problema de fondo solo se ha aplazado.", "es"),
        ("Clearly, the White House said what it needed to say.", "en"),
        ("Everyone knows the Treasury confirmed it only to calm markets.", "en"),
        ("Of course, the minister announced it on a Friday night.", "en"),
        (">> Peskov confirmó que mienten", "es"),
        ("Whether the money reaches the clinics by Tuesday is another matter.", "en"),
    ],
)
def test_commentary_is_never_a_statement(text: str, lang: str) -> None:
    items = _items(text, lang)
    assert [i.label for i in items] == [Label.COMMENTARY]


def test_inline_insertion_is_its_own_commentary_item_and_the_sentence_resumes() -> None:
    text = (
        "Una fuente dijo que Kiev habría pedido más, >>pedir no cuesta nada"
        "aunque esa petición no habría sido aceptada."
    )
    items = _items(text, "es")
    assert [(i.label, i.text[:12]) for i in items] == [
        (Label.CLAIM, "Una fuente d"),
        (Label.COMMENTARY, ">>pedir no c"),
        (Label.CLAIM, "aunque esa p"),
    ]


def test_opinion_quoted_from_a_named_speaker_is_a_statement() -> None:
    items = _items('The union said the threat was "clearly absurd", its leader Rosa Ibarra added.', "en")
    assert [i.label for i in items] == [Label.STATEMENT]


def test_unnamed_official_is_a_claim_with_the_source_as_role() -> None:
    items = _items("A senior Ukrainian official said the strike hit a substation.", "en")
    assert items[0].label is Label.CLAIM
    assert items[0].speaker is None
    assert items[0].role == "A senior Ukrainian official"


def test_hedge_makes_a_named_report_a_claim() -> None:
    items = _items("Peskov habría dicho que la pausa se prolongará.", "es")
    assert items[0].label is Label.CLAIM


def test_reportedly_makes_a_report_a_claim() -> None:
    items = _items("Russia reportedly moved air defence units to the border.", "en")
    assert items[0].label is Label.CLAIM


def test_post_quote_attribution_names_the_speaker() -> None:
    items = _items('"We will comply," said Kremlin spokesman Dmitry Peskov.', "en")
    assert items[0].label is Label.STATEMENT
    assert items[0].speaker == "Dmitry Peskov"
    assert items[0].role == "Kremlin spokesman"


def test_pronoun_keeps_the_previous_speaker() -> None:
    items = _items("Zelensky said Ukraine would respect the pause. He added that talks would go on.", "en")
    assert [i.label for i in items] == [Label.STATEMENT, Label.STATEMENT]
    assert items[1].speaker == "Zelensky"


def test_segun_a_named_ministry_is_a_statement() -> None:
    items = _items("Según el Ministerio de Defensa, no hubo ataques contra Kiev.", "es")
    assert items[0].label is Label.STATEMENT
    assert items[0].speaker == "Ministerio de Defensa"


def test_neutral_narrative_is_a_fact() -> None:
    items = _items("Las conversaciones comenzaron el 23 de enero en Abu Dabi.", "es")
    assert items[0].label is Label.FACT


def test_every_item_explains_its_label() -> None:
    for item in _items("Peskov dijo que sí. Claramente mintió. Llovió en Kiev.", "es"):
        assert item.reason
        assert 0.0 < item.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the writer's doubt or prediction, with no source
        ("That the mediators can close the gap by Friday is doubtful at this stage.", "en"),
        ("A third postponement before the summit would surprise nobody in the capital.", "en"),
        ("Fue previsible desde el principio: la patronal nunca quiso negociar.", "es"),
        ("Un nuevo aplazamiento en marzo no sorprendería a nadie en el sector.", "es"),
        # a verdict on a measure or a deadline
        ("Ten days was generous for a council that had ignored two earlier warnings.", "en"),
        ("The new timetable seems, to put it mildly, optimistic.", "en"),
        ("La subvención llega demasiado tarde para los agricultores que ya vendieron.", "es"),
        ("Pedir el informe en una semana parece, como poco, ingenuo.", "es"),
        # rhetorical antithesis and evaluative idioms
        ("That was not negotiation, it was posturing for the cameras.", "en"),
        ("Una moratoria sin sanciones no es una solución, es un aplazamiento.", "es"),
        ("The extension mostly buys the ministry time before the election.", "en"),
        ("Otra vez ha tenido que ser una jueza quien ponga orden en el reparto.", "es"),
    ],
)
def test_unsourced_verdicts_and_predictions_are_commentary(text: str, lang: str) -> None:
    items = _items(text, lang)
    assert [i.label for i in items] == [Label.COMMENTARY]


def test_a_verdict_quoted_from_a_named_body_stays_a_statement() -> None:
    items = _items('The Dockers\' Federation said the offer "comes far too late" for its members.', "en")
    assert [i.label for i in items] == [Label.STATEMENT]
