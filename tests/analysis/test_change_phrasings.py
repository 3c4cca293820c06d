"""Deadline-change phrasings in Spanish and English, one own sentence each (issue 3).

Each case is a sentence of a later article about a deadline and the change kinds it tells
(empty for hard negatives: a meeting moved, a refusal, a future duty, talks ending)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze

PUB = datetime(2026, 1, 30, 14, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

CASES_EN: list[tuple[str, set[str]]] = [
    # met in time, told as a past fact
    ("The contractor handed over the keys on Tuesday, a day before the cut-off.", {"meet"}),
    ("The club registered its new striker an hour before the deadline, the league said.", {"meet"}),
    ("The hospital filed its annual report two days ahead of the regulator's deadline.", {"meet"}),
    ("The university sent the grades on Friday, with a day to spare.", {"meet"}),
    ("The city council published the budget inside the deadline the auditors had set.", {"meet"}),
    ("The airline met Monday's deadline to refund stranded passengers.", {"meet"}),
    ("The landlord repaired the boiler a week before the court's deadline.", {"meet"}),
    ("The bakery had met the hygiene requirement, the inspectors found.", {"meet"}),
    # broken or missed
    ("The builder missed the cut-off by three weeks, the inspectors said.", {"break"}),
    ("The transport agency let the March 1 deadline pass without publishing the timetable.", {"break"}),
    ("The quarry kept blasting in open defiance of the court's ultimatum.", {"break"}),
    ("The deadline passed without the company removing the barrels.", {"break"}),
    ("The club paid the fine five days after the cut-off.", {"break"}),
    # extended
    ("The tax office moved the deadline for small firms back to April 30.", {"extend"}),
    ("The regulator moved the cut-off for comments to March 20.", {"extend"}),
    ("The ministry pushed the filing deadline back to June 1.", {"extend"}),
    ("The school board granted the teachers a two-week extension.", {"extend"}),
    # called off
    ("The nurses' union called off the strike after a late-night offer.", {"cancel"}),
    ("The governor lifted the evacuation order on Tuesday.", {"cancel"}),
    ("The port authority withdrew its ultimatum to the ferry operators.", {"cancel"}),
    # hard negatives
    ("The board meeting was postponed until next Thursday.", set()),
    ("The minister said she would not extend the deadline again.", set()),
    ("The talks ended on Friday without a statement.", set()),
    ("Applicants must file their forms within the deadline.", set()),
    ("Firms that miss the deadline face a fine of 500 euros.", set()),
    ("The concert was delayed by two hours because of rain.", set()),
    ("The deadline is March 3, the agency said.", set()),
    ("The tax office gave small firms until April 30 to file their returns.", set()),
    ("The deadline passed without a single reply from the ministry.", set()),
]

CASES_ES: list[tuple[str, set[str]]] = [
    ("La constructora entregó las viviendas el jueves, un día antes de que venciera el plazo.", {"meet"}),
    ("El club inscribió a su nuevo fichaje dos horas antes de que expirara el plazo de la liga.", {"meet"}),
    ("El ayuntamiento presentó el presupuesto dentro de plazo.", {"meet"}),
    ("La universidad publicó las notas el último día del plazo.", {"meet"}),
    ("Las constructoras presentaron sus ofertas antes del cierre del concurso.", {"meet"}),
    ("Con el envío del informe, se cumplió el plazo que fijó el ministerio.", {"meet"}),
    ("El plazo venció el lunes sin que la empresa devolviera el dinero.", {"break"}),
    ("La compañía dejó pasar el plazo sin presentar alegaciones.", {"break"}),
    ("El casero no cumplió el plazo que le dio el juzgado.", {"break"}),
    ("Hacienda dio a los autónomos hasta el 30 de abril para presentar la declaración.", set()),
    ("El regulador aplazó al 20 de marzo el cierre del periodo de alegaciones.", {"extend"}),
    ("El ministerio concedió a la empresa una prórroga de 15 días.", {"extend"}),
    ("Los controladores desconvocaron la huelga tras el acuerdo.", {"cancel"}),
    ("La gobernadora levantó la orden de evacuación el martes.", {"cancel"}),
    ("El sindicato retiró la amenaza de paro indefinido.", {"cancel"}),
    ("La asociación retiraba la amenaza de cortar la carretera.", {"cancel"}),
    # negativas
    ("La reunión del consejo se aplazó hasta el jueves.", set()),
    ("El Gobierno no ampliará el plazo, dijo la ministra.", set()),
    ("Las conversaciones terminaron el viernes sin comunicado.", set()),
    ("Quien no presente el formulario dentro del plazo pagará una multa.", set()),
    ("El plazo vence el 3 de marzo, según la agencia.", set()),
    ("Las empresas deberán entregar sus ofertas antes del cierre del concurso.", set()),
    ("El ultimátum venció el domingo sin respuesta del gobierno.", set()),
]


def _kinds(text: str, lang: str) -> set[str]:
    """Analyse one sentence as a later article and keep only its change kinds."""
    return {c.kind.value for c in analyze(text, published=PUB, lang=lang, now=NOW).changes}


@pytest.mark.parametrize(("text", "kinds"), CASES_EN)
def test_english_change_phrasings(text: str, kinds: set[str]) -> None:
    """An English change phrase yields its kind; a hard negative yields none."""
    assert _kinds(text, "en") == kinds


@pytest.mark.parametrize(("text", "kinds"), CASES_ES)
def test_spanish_change_phrasings(text: str, kinds: set[str]) -> None:
    """A Spanish change phrase yields its kind; a hard negative yields none."""
    assert _kinds(text, "es") == kinds
