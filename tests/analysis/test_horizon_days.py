"""A weekday, "today" or a count that opens the clause ("Dentro de un año…") in a clause only the
stance model calls comment does not make it a fact (comment14); a calendar date or any other
count still does (a deadline lives in a report).

"Markets will be no wiser by Friday", "Si no tiene que viajar hoy, no lo haga", "ha sido, hasta
hoy, el mismo silencio": the writer's horizon. The stance model's reading is simulated here (its
reason), so these tests pin the rule, not one model's probabilities.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.analysis.engine import _due_outweighs_stance
from bot.analysis.labels import DUE_REASON, STANCE_REASON, Labelled
from bot.analysis.lexicon import load_lexicon
from bot.analysis.temporal import Mention
from bot.domain.models import Item, Label

DAY = date(2026, 12, 4)


def _outcome(text: str, due: str, kind: str, reason: str = f"{STANCE_REASON} (p=0.99)") -> Label:
    """Label `text` as the model's comment holding a due mention `due` of `kind`; return the result."""
    item = Item(text, 0, len(text), Label.COMMENTARY, 0.6, reason)
    at = text.index(due)
    mention = Mention(at, at + len(due), kind, deadline=True, value=DAY, evidence_start=at)
    lang = "es" if any(w in text.split() for w in ("la", "el", "de", "que")) else "en"
    openers = load_lexicon(lang).horizon_openers
    return _due_outweighs_stance([Labelled(item, None)], [mention], text, openers)[0].item.label


@pytest.mark.parametrize(
    ("text", "due", "kind"),
    [
        ("Markets, reading every comma, will be no wiser by Friday.", "by Friday", "weekday"),
        ("If Thursday's vote fails, the whole timetable is a wish list.", "Thursday", "weekday"),
        ("The council will discover the pothole on Monday, as it does every winter.", "on Monday", "weekday"),
        ("Si el martes no hay acuerdo, la mesa habrá servido de decorado.", "el martes", "weekday"),
        ("La respuesta ha sido, hasta hoy, el mismo silencio de siempre.", "hasta hoy", "relative"),
        ("Nadie en el ministerio contestará hoy, ni mañana.", "hoy", "relative"),
        # a count that opens the clause from now: the writer's horizon
        (
            "Dentro de veinte años, este estudio se leerá como una advertencia.",
            "Dentro de veinte años",
            "duration",
        ),
        ("Dentro de un mes nadie se acordará de la rueda de prensa.", "Dentro de un mes", "duration"),
        ("En dos años, la planta será un aparcamiento más.", "En dos años", "duration"),
        ("In five years, the depot will be one more car park.", "In five years", "duration"),
        ("Within a month, nobody will remember the press conference.", "Within a month", "duration"),
    ],
)
def test_a_weekday_or_today_leaves_the_models_comment(text: str, due: str, kind: str) -> None:
    assert _outcome(text, due, kind) is Label.COMMENTARY


@pytest.mark.parametrize(
    ("text", "due", "kind"),
    [
        ("A final decision is due by March 31.", "by March 31", "date"),
        (
            "The club has seven days to pay the fine, and if it does not, it will be relegated.",
            "seven days",
            "duration",
        ),
        (
            "La empresa tiene diez días para recurrir; si no lo hace, la multa será firme.",
            "diez días",
            "duration",
        ),
        ("La ventanilla se cierra el 2 de octubre y no habrá otra.", "el 2 de octubre", "date"),
        # a count that does not open the clause, or that a verb opens, is a report's
        ("The company must file its plan within 30 days or lose the licence.", "within 30 days", "duration"),
        ("Dura dos horas y diez minutos y ninguno sobra.", "Dura dos horas", "duration"),
        (
            "La empresa deberá presentar el plan dentro de diez días o perderá la licencia.",
            "dentro de diez días",
            "duration",
        ),
    ],
)
def test_a_date_or_a_count_still_makes_the_models_comment_a_fact(text: str, due: str, kind: str) -> None:
    assert _outcome(text, due, kind) is Label.FACT


def test_a_rules_comment_is_never_turned_back() -> None:
    reason = "evaluative or speculative language outside any attributed content: 'absurd'"
    assert _outcome("The March 31 date is absurd.", "March 31", "date", reason=reason) is Label.COMMENTARY


def test_the_reason_says_why_a_model_comment_became_a_fact() -> None:
    text = "A final decision is due by March 31."
    item = Item(text, 0, len(text), Label.COMMENTARY, 0.6, f"{STANCE_REASON} (p=0.97)")
    mention = Mention(text.index("by"), len(text) - 1, "date", deadline=True, value=DAY)
    out = _due_outweighs_stance([Labelled(item, None)], [mention], text, load_lexicon("en").horizon_openers)
    assert out[0].item.reason == DUE_REASON
