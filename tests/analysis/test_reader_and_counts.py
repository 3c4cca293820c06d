"""The writer addressing the reader, and the writer's one-word or counted verbless sentences.

Own sentences on many topics (transport, health, housing, sport, tax, weather, courts), written
before the rules they test and never taken from the corpus or the stance bank. Each probe is the
last sentence of a short paragraph after a plain lead, so it is read where it would stand in an
article; the hard negatives are the same shapes in facts, statements and quotations.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze, labels
from bot.analysis.lexicon import load_lexicon
from bot.domain.models import Label

_NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
_LEADS = {
    "en": "The regional council published its annual transport report on Tuesday.",
    "es": "El ayuntamiento publicó el martes su informe anual de transporte.",
}
# a plain fact after the probe, so that the probe stands mid-paragraph, where the stance model
# weighs no kicker's place (most of the bank's misses stand there)
_TAILS = {"en": "The report runs to 40 pages.", "es": "El informe tiene 40 páginas."}

# The writer speaks to the reader: a second-person pronoun outside any quotation or report.
READER_POSITIVE = [
    ("en", "If you were hoping for a cheaper train ticket this winter, keep hoping."),
    ("en", "Check your bin calendar twice; the council will not."),
    ("en", "You could set your watch by the annual pothole promise."),
    ("en", "Take an umbrella, and your patience, if you plan to queue at the passport office."),
    ("en", "Before you cheer the new fare freeze, look at what happened to the timetable."),
    ("en", "Your pension fund is now quietly betting on lithium."),
    ("en", "If you own a diesel car, the next three years will feel long."),
    ("en", "Ask any nurse on a night shift and you will hear the same story."),
    ("en", "Keep your receipts; the refund scheme has a long memory for paperwork."),
    ("en", "The hospital car park charges by the hour, in case you wondered where the savings went."),
    ("es", "Si usted pensaba renovar el carné este mes, ármese de paciencia."),
    ("es", "Usted paga la luz más cara de la región y nadie le ha explicado por qué."),
    ("es", "Si ustedes creían que el puente estaría listo en verano, sigan esperando."),
    ("es", "Guarde usted los recibos: la devolución llegará, pero no pronto."),
    ("es", "Ustedes ya saben cómo terminan estas mesas de diálogo."),
    ("es", "Antes de que usted celebre la bajada del IVA, mire la factura del gas."),
    ("es", "La cola del centro de salud empieza a las siete, por si usted madrugaba poco."),
    ("es", "A ustedes les tocará pagar la diferencia en la próxima factura del agua."),
]

# Second person inside a quotation or a report, or a thanks: someone else's words, or a fact.
READER_NEGATIVE = [
    ("en", '"You will get your money back," the airline\'s chief executive, Mara Olsen, told passengers.'),
    ("en", 'Finance Minister Tomas Reid told farmers: "Your subsidies are safe."'),
    ("en", 'The campaign\'s slogan, "Your city, your vote", appeared on 400 billboards.'),
    ("en", "The health service said you can book a flu vaccine online from Monday."),
    ("en", "According to the tax office, you must register a second car by 31 March."),
    ("en", 'The leaflet, titled "What you need to know", was sent to 12,000 households.'),
    ("en", "Lucía Ferrer, thank you."),
    ("en", "Thank you for joining us, Minister."),
    ("es", '"Usted no tiene derecho a entrar", le dijo el agente Luis Prieto al periodista.'),
    ("es", "Según Hacienda, usted puede aplazar el pago hasta junio."),
    ("es", "El ministro de Fomento, Raúl Medina, dijo a los alcaldes: «Ustedes tendrán el dinero en marzo»."),
    ("es", "El cartel de la entrada, «Usted está aquí», lleva tres años sin actualizar."),
    ("es", "El programa de radio «Usted decide» se emite los sábados a las diez."),
    ("es", "La consejera de Sanidad, Elena Ruiz, recordó que ustedes pueden pedir cita por teléfono."),
    # added after the first version: an explainer's service note (a date, a figure, what the reader
    # can or must do) is a report's, not the writer's address
    ("en", "You can apply online until 31 March."),
    ("en", "If you have information about the fire, call 101."),
    ("en", "You can apply online through the council website."),
    ("es", "Si usted es autónomo, puede pedir la ayuda hasta el 30 de junio."),
    ("es", "Ustedes pueden consultar el listado en la web del ayuntamiento."),
]

# A sentence of one word, or a count with nothing but its noun and a place or time: the writer's
# punch ("Fourteen.", "Again.", "Eleven years."), when no verb stands in it.
COUNT_POSITIVE = [
    ("en", "The minister promised a decision by spring. Again."),
    ("en", "The council spent two million pounds on new bus lanes. Empty."),
    ("en", "The striker has now missed eleven penalties for the club. Eleven."),
    ("en", "The ward has waited for its new scanner since the last election. Nine years."),
    ("en", "Applicants now wait for a passport renewal. Twelve weeks for a booklet."),
    ("en", "The board met again to discuss the stadium roof. Predictable."),
    ("en", "The city has had a new housing minister every spring. Six ministers in four years."),
    ("en", "The appeal court heard the case for the third time. Extraordinary."),
    ("es", "El ayuntamiento prometió el carril bici en 2019. Otra vez."),
    ("es", "El delantero ha fallado catorce penaltis en dos temporadas. Catorce."),
    ("es", "La consejería anunció una nueva reforma de las urgencias. Previsible."),
    ("es", "El alcalde inauguró la plaza reformada entre aplausos. Impecable."),
    ("es", "El barrio lleva años esperando el metro. Veinte años de promesas."),
    ("es", "El Gobierno cambió de ministra de Vivienda en primavera. Dos ministras en un año."),
    ("es", "Los pacientes esperan meses para ver al especialista. Cuatro meses por una consulta."),
    ("es", "Los jueces revisaron el recurso por tercera vez. Desestimado."),
]

# Answers, tallies and labels with a figure: facts, whatever their length.
COUNT_NEGATIVE = [
    ("en", "Does the ban apply to electric bikes? No. The rule covers petrol scooters only."),
    ("en", "Is the bridge open to lorries? Yes. The weight limit was lifted on Monday."),
    ("en", "Police cleared the square after the match. Two dead, five injured."),
    ("en", "The final whistle went at ten past nine. Final score: 2-1."),
    ("en", "The storm reached the coast overnight. Winds of 120 km/h in Brest."),
    ("en", "The ferry company published its winter timetable. Three sailings a day from Friday."),
    (
        "es",
        "¿Afecta la prohibición a las bicicletas eléctricas? No. La norma solo se aplica a los patinetes.",
    ),
    ("es", "¿Se puede pedir la ayuda desde el extranjero? Sí. El formulario está en la web del ministerio."),
    ("es", "La policía desalojó la plaza tras el partido. Dos heridos leves."),
    ("es", "El temporal llegó a la costa de madrugada. Rachas de 120 km/h en Finisterre."),
    ("es", "La naviera publicó sus horarios de invierno. Tres salidas diarias desde el viernes."),
    ("es", "El pleno votó la moción a mediodía. Resultado: 14 votos a favor y 11 en contra."),
]


# A verbless sentence whose only verb sits in a relative clause, or is an infinitive after a
# preposition ("Otra promesa que se lleva el viento.", "Mil euros por ahorrarse una inspección.").
RELATIVE_POSITIVE = [
    ("es", "Dos años de obras y una estación que sigue sin ascensor."),
    ("es", "Un puerto nuevo que nadie usa."),
    ("es", "Cuatro horas de cola para renovar un documento que caduca enseguida."),
    ("es", "Otra promesa que se lleva el viento."),
    ("es", "Tres ministros en un año, y un decreto que nadie ha leído."),
    ("es", "Mil euros por ahorrarse una inspección."),
    ("es", "Una reforma que nadie pidió y una factura que pagarán los de siempre."),
    ("es", "Semanas de reuniones para llegar a un acuerdo que cabe en un folio."),
    ("en", "A new bridge that nobody uses."),
    ("en", "Another consultation that changes nothing."),
    ("en", "Nine months of talks and a deal that satisfies no one."),
    ("en", "A stadium that the club cannot fill."),
]

# The main verb after a relative clause, with no comma between: a report.
RELATIVE_NEGATIVE = [
    ("es", "Los vecinos que protestaban cortaron la calle durante dos horas."),
    ("es", "La empresa que gestiona el servicio presentó un recurso."),
    ("es", "Un tren que cubría la ruta entre Oviedo y Gijón descarriló sin causar heridos."),
    ("es", "El informe que encargó el Gobierno llega con retraso."),
    ("es", "Las familias que lo soliciten recibirán la ayuda en marzo."),
    ("es", "Los agricultores que cultivan arroz en el delta reciben agua cada tres días."),
    ("es", "Una ley que prohíbe fumar en las terrazas."),
    ("es", "Los conductores que usan la autopista pagan dos peajes."),
    ("en", "Residents who live near the river face evacuation."),
    ("en", "The company that runs the port filed for bankruptcy."),
    ("en", "Workers who joined the strike lose a day's pay."),
    ("en", "Drivers who use the toll road pay twice."),
]


def _label(lang: str, text: str) -> Label:
    """Return the label of the probe's last sentence, read between a plain lead and a plain tail."""
    body = f"{_LEADS[lang]} {text} {_TAILS[lang]}"
    at = len(_LEADS[lang]) + len(text)
    items = analyze(body, lang=lang, now=_NOW).items
    return next(it for it in items if it.start < at <= it.end).label


def _first_label(lang: str, text: str) -> Label:
    """Return the label of the item that covers the probe's first character."""
    body = f"{_LEADS[lang]} {text} {_TAILS[lang]}"
    at = len(_LEADS[lang]) + 1
    items = analyze(body, lang=lang, now=_NOW).items
    return next(it for it in items if it.start <= at < it.end).label


def _comments_after_lead(lang: str, text: str) -> list[str]:
    """Return the commentary items after the lead, but a question (the writer's by its own rule)."""
    body = f"{_LEADS[lang]} {text} {_TAILS[lang]}"
    items = analyze(body, lang=lang, now=_NOW).items
    return [it.text for it in items if it.label is Label.COMMENTARY and not it.text.endswith("?")]


# Measured when written, before the rules (the probe stands mid-paragraph): reader address 7 of 18
# (en 4/10, es 3/8), counts 5 of 16 (en 2/8, es 3/8); negatives turned commentary 2 of 14 ("thank
# you": a verbless sentence; "joining us": the writer's "we") and 1 of 12 ("Dos heridos leves.").
def test_writer_addressing_the_reader_is_commentary() -> None:
    missed = [t for lang, t in READER_POSITIVE if _label(lang, t) is not Label.COMMENTARY]
    assert missed == []


def test_second_person_in_quotes_or_reports_is_not_commentary() -> None:
    flipped = [t for lang, t in READER_NEGATIVE if _first_label(lang, t) is Label.COMMENTARY]
    # the host's "us" is the writer's-"we" cue's, older than this rule
    assert flipped == ["Thank you for joining us, Minister."]


def test_one_word_or_counted_fragment_is_commentary() -> None:
    missed = [t for lang, t in COUNT_POSITIVE if _label(lang, t) is not Label.COMMENTARY]
    # "ministras" lemmatises to a verb ("ministrar"); a lone participle ("Desestimado.") may be a verb
    assert missed == [
        "El Gobierno cambió de ministra de Vivienda en primavera. Dos ministras en un año.",
        "Los jueces revisaron el recurso por tercera vez. Desestimado.",
    ]


def test_answers_and_tallies_are_not_commentary() -> None:
    flipped = [t for lang, t in COUNT_NEGATIVE if _comments_after_lead(lang, t)]
    # "heridos" lemmatises to a noun, so the tally reads as verbless (older than this rule)
    assert flipped == ["La policía desalojó la plaza tras el partido. Dos heridos leves."]


# Before the rule (main 449c38f): 10 of 12 positives (the stance model's), 0 of 12 negatives; a first
# version read "that" as a determiner and a bare infinitive as no verb: 2 negatives flipped.
def test_verbless_sentence_with_a_relative_clause_is_commentary() -> None:
    missed = [t for lang, t in RELATIVE_POSITIVE if _label(lang, t) is not Label.COMMENTARY]
    assert missed == []


def test_main_verb_after_a_relative_clause_keeps_a_report() -> None:
    flipped = [t for lang, t in RELATIVE_NEGATIVE if _label(lang, t) is Label.COMMENTARY]
    assert flipped == []


@pytest.mark.parametrize(
    ("lang", "text", "verbless"),
    [
        ("en", "Again.", True),
        ("en", "No.", False),
        ("en", "Eleven years.", True),
        ("es", "Sí.", False),
        ("es", "Desierta.", True),
        ("es", "Otra promesa que se lleva el viento.", True),
        ("es", "Mil euros por ahorrarse una inspección.", True),
        ("es", "Los vecinos que protestaban cortaron la calle.", False),
        ("es", "Una ley que prohíbe fumar en las terrazas.", False),
        ("en", "A new bridge that nobody uses.", True),
        ("en", "The company that runs the port filed for bankruptcy.", False),
        # a plural that ends like an infinitive ("preliminares", "escolares") is no verb form
        ("es", "Veinte reuniones preliminares y ningún acuerdo.", True),
        ("es", "Cuatro planes escolares y ningún profesor nuevo.", True),
        ("es", "Los hogares pagarán menos luz.", False),
        ("es", "Los militares tomaron el aeropuerto.", False),
    ],
)
def test_verbless_sentence_rule_itself(lang: str, text: str, verbless: bool) -> None:
    """The rule apart from the stance model, which reads many of these probes as comment anyway."""
    assert labels._fragment(text, load_lexicon(lang)) is verbless


# The writer's inference from what can be seen ("judging by the footage", "a juzgar por"), at the
# clause's start or after a comma; "va a juzgar por primera vez" judges a case.
JUDGING_POSITIVE = [
    (
        "en",
        "The budget, judging by the queues at the food bank, is not reaching the people it was meant for.",
    ),
    ("en", "Turnout, judging by the empty car park, was not the headline the organisers wanted."),
    ("en", "The repairs took about a weekend, by the look of the scaffolding."),
    ("en", "The committee had read the summary only, by the looks of its questions."),
    ("en", "Judging from the bids, the clubs have decided the league is worth less than last year."),
    ("en", "To judge by the minutes, the meeting was mostly about parking."),
    ("es", "El presupuesto, a juzgar por las colas del banco de alimentos, no llega a quien debía."),
    ("es", "A juzgar por el aparcamiento vacío, la participación no fue la esperada."),
    ("es", "La reforma, a juzgar por las preguntas de la comisión, se leyó en diagonal."),
    ("es", "Las obras durarán poco, a juzgar por el andamio."),
]

JUDGING_NEGATIVE = [
    ("en", '"Judging by the polls, we will win comfortably," the candidate, Maria Lenz, said.'),
    ("en", "The health minister, Paul Ode, said that, judging by the early data, the vaccine works."),
    ("en", "The judging panel awarded the prize to a team from Leeds."),
    ("en", "Skaters complained that judges were judging by the old rules."),
    ("es", "La comisión va a juzgar por primera vez un caso de fraude electoral."),
    ("es", "El tribunal tendrá que juzgar por separado a los dos acusados."),
    ("es", "«A juzgar por los sondeos, ganaremos», dijo la candidata, Ana Ruiz."),
    (
        "es",
        "El portavoz del Gobierno, Luis Mena, afirmó que, a juzgar por los primeros datos, la campaña funciona.",
    ),
]


def _labels_over(lang: str, text: str) -> set[Label]:
    """Return the labels of the items that overlap the probe (between the lead and the tail)."""
    body = f"{_LEADS[lang]} {text} {_TAILS[lang]}"
    a = len(_LEADS[lang]) + 1
    b = a + len(text) - 1
    return {it.label for it in analyze(body, lang=lang, now=_NOW).items if it.start < b and it.end > a}


# Before the cue (main 449c38f): 2 of 10 positives; 1 of 8 negatives commentary, by the stance model
# (p 0.98 on "La comisión va a juzgar por primera vez…"), not by the cue.
def test_writers_inference_from_evidence_is_commentary() -> None:
    missed = [t for lang, t in JUDGING_POSITIVE if _labels_over(lang, t) != {Label.COMMENTARY}]
    assert missed == []


def test_judging_in_quotes_reports_or_as_a_verb_is_not_the_cue() -> None:
    flipped = [t for lang, t in JUDGING_NEGATIVE if Label.COMMENTARY in _labels_over(lang, t)]
    # "La comisión va a juzgar…" was read as comment by the dev-only stance model (p 0.98, not by
    # this rule); the bank-trained model reads it as the fact it is.
    assert flipped == []


# The writer's generic "one" / "uno" and imagined "somewhere" / "en algún lugar": no one in
# particular, nowhere in particular; a count ("One died", "Uno de los heridos", "de cero a uno")
# and an estimate ("Somewhere between 300 and 400") are reports.
GENERIC_POSITIVE = [
    ("en", "One imagines the minister's phone has been switched off all week."),
    ("en", "One wonders who signed off the design."),
    ("en", "One suspects the auditors will not be invited back."),
    ("en", "Somewhere in the ministry, a spreadsheet is being quietly updated."),
    ("en", "Somewhere a consultant is invoicing for this."),
    ("en", "Somewhere tonight a landlord is raising the rent again."),
    ("es", "Uno se pregunta quién firmó ese contrato."),
    ("es", "Uno llega a la estación y el tren ya se ha ido."),
    ("es", "Eso le quita a uno las ganas de votar."),
    ("es", "Uno sale del pleno con la sensación de haber visto esta película."),
    ("es", "En algún lugar del ministerio, alguien está actualizando una hoja de cálculo."),
    ("es", "Estas cifras lo dejan a uno sin palabras."),
]

GENERIC_NEGATIVE = [
    ("en", "One died at the scene and two were taken to hospital."),
    ("en", "One of the two runways reopened on Monday."),
    ("en", "One remains in hospital in a stable condition."),
    ("en", "Somewhere between 300 and 400 people attended the vigil."),
    ("en", "Somewhere around half of the budget goes on salaries."),
    ("en", "One faces charges of fraud; the other was released."),
    ("es", "Uno de los heridos sigue ingresado en la UCI."),
    ("es", "Uno resultó herido y dos fueron detenidos."),
    ("es", "La cifra de casos pasó de cero a uno en una semana."),
    ("es", "A uno de los detenidos le fue retirado el pasaporte."),
    ("es", "Uno de cada tres contratos es temporal."),
    ("es", "En algún momento del martes se cortó el suministro en el barrio."),
]


# Before the cues (main 449c38f): 3 of 12 positives; 1 of 12 negatives commentary, there too ("One
# remains in hospital…": a verbless sentence to that rule, "remains" after a count read as a noun).
def test_generic_one_and_imagined_somewhere_are_commentary() -> None:
    missed = [t for lang, t in GENERIC_POSITIVE if _labels_over(lang, t) != {Label.COMMENTARY}]
    assert missed == []


def test_one_as_a_count_and_somewhere_as_an_estimate_are_not_the_cue() -> None:
    flipped = [t for lang, t in GENERIC_NEGATIVE if Label.COMMENTARY in _labels_over(lang, t)]
    # comment17en: "remains" after the count is its verb now (labels._verb_count), so the known
    # error this pinned is gone; the list must stay empty
    assert flipped == []


# A fresh set written after all the mechanisms above, on other topics, scored once and never tuned
# on: main 449c38f 3 of 12 positives, 0 of 12 negatives; with them 12 of 12 and 0 of 12. Each is
# (lang, context sentence or "", probe): the context stands before the probe.
FRESH_POSITIVE = [
    ("en", "", "If your child's school closes early again, blame the boiler, not the snow."),
    ("en", "The inquiry has heard from seven former ministers.", "Seven."),
    ("en", "", "Judging by the invoices, the consultants had a very good year."),
    ("en", "", "One gathers the board was not consulted."),
    ("en", "", "Somewhere in the Treasury, someone is rereading the forecast."),
    ("en", "", "A tunnel that floods every spring."),
    ("es", "", "Si ustedes esperaban un debate, se equivocaron de canal."),
    ("es", "El club ha cambiado de entrenador nueve veces en tres años.", "Nueve."),
    ("es", "", "El plan, a juzgar por el calendario, llega tarde."),
    ("es", "", "Una autovía que se inunda cada otoño."),
    ("es", "", "Uno piensa en los vecinos del tercero."),
    ("es", "El alcalde inauguró la rotonda por tercera vez.", "Increíble."),
]

FRESH_NEGATIVE = [
    ("en", "", '"Your patience is appreciated," the station manager, Joe Tan, told commuters.'),
    ("en", "", "The judging of the entries will take place in March."),
    ("en", "", "One of the defendants, Ana Costa, was released on bail."),
    ("en", "", "Somewhere near 2,000 homes lost power overnight."),
    ("en", "Can tenants appeal the rise?", "Yes."),
    ("en", "", "The bridge that links the two towns reopened on Monday."),
    ("es", "", "El folleto «Usted tiene derechos» se reparte en los centros de salud."),
    ("es", "", "Uno de los dos carriles seguirá cerrado hasta el viernes."),
    ("es", "", "La consejera de Hacienda, Marta Gil, explicó que ustedes pueden reclamar por internet."),
    ("es", "", "El puente que une los dos barrios reabrió el lunes."),
    ("es", "¿Se cobrará el peaje a los residentes?", "No."),
    ("es", "", "La jueza deberá juzgar por separado a los tres acusados."),
]


def _labels_in_context(lang: str, context: str, text: str) -> set[Label]:
    """Return the labels of the items over the probe, after the lead and its context sentence."""
    head = f"{_LEADS[lang]} {context}".rstrip()
    body = f"{head} {text} {_TAILS[lang]}"
    a = len(head) + 1
    b = a + len(text) - 1
    return {it.label for it in analyze(body, lang=lang, now=_NOW).items if it.start < b and it.end > a}


def test_fresh_probes_of_the_four_mechanisms_are_commentary() -> None:
    missed = [t for lang, c, t in FRESH_POSITIVE if _labels_in_context(lang, c, t) != {Label.COMMENTARY}]
    assert missed == []


def test_fresh_hard_negatives_stay_reports() -> None:
    flipped = [t for lang, c, t in FRESH_NEGATIVE if Label.COMMENTARY in _labels_in_context(lang, c, t)]
    assert flipped == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "LONDON. The Bank of England held rates on Thursday."),
        ("en", "Background.\nThe plant opened in 1998 and employs 300 people."),
        ("en", "The plant opened in 1998.\nCorrection.\nAn earlier version misstated the date."),
        ("es", "MADRID. El Banco de España mantuvo los tipos el jueves."),
        ("es", "Actualización.\nEl tráfico se ha restablecido."),
    ],
)
def test_one_word_dateline_or_section_word_is_no_kicker(lang: str, text: str) -> None:
    """Added after the first version, which read these (facts on main) as the writer's punch."""
    assert [it.text for it in analyze(text, lang=lang, now=_NOW).items if it.label is Label.COMMENTARY] == []
