"""The writer's own voice with verbs of saying or source-like words, es and en (issue 3).

The error that must not happen is commentary labelled statement; these sentences give a verb
of saying a subject that names nobody ("Anyone who says…", "Cualquiera diría…", "History
says…", "Los datos hablan…"), wrap it in the writer's formula ("Needless to say", "A decir
verdad", "como dice el refrán"), make it hypothetical ("Critics would say…"), a retort ("Tell
that to the passengers", "Que se lo digan a…") or a counterfactual ("habría bastado con…").
Own sentences on many everyday topics (sport, food, transport, culture, housing, weather),
never taken from the corpus. Measured once on integ (cbf4743) before any change, sentences
with a statement / a claim: batch A en 5 / 5 of 40, es 5 / 8 of 40; batch B (written after
the first fix) en 3 / 6 of 20, es 3 / 4 of 20; follow-ups after a report (written after the
third fix; the last es one, "Que se lo expliquen…", after the fourth) en 1 / 1 of 12, es 3 / 1
of 10. On this branch: A en 0 / 1, es 0 / 2 (the "could have settled months ago"
counterfactuals, left a hedge: an epistemic "could have fled months ago" reads the same); B
0 / 0 in both; follow-ups 0 / 0 en, 0 / 1 es ("al parecer"). Negatives: named, unnamed and
carried reports that must keep their label (47 / 47 and 6 / 6, as on integ).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

PUB = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
S, C, F = Label.STATEMENT, Label.CLAIM, Label.FACT

WRITER_EN_A = [
    "Every airline says that.",
    "Anyone who says otherwise has not read the contract.",
    "Critics will say the plan comes too late.",
    "History says such truces rarely last.",
    "The numbers tell their own story.",
    "So much for what the minister promised.",
    "It is fair to say the reform has stalled.",
    "Needless to say, the trains were late again.",
    "To put it mildly, the rollout was chaotic.",
    "The 'final' deadline has now been moved three times.",
    "The board postponed the vote, which is one way of saying no.",
    "Did anyone ask the workers?",
    "The club could have settled the dispute months ago.",
    "Nobody can say the warning signs were hidden.",
    "As the saying goes, the devil is in the details.",
    "Suffice it to say that the budget will not balance.",
    "Truth be told, neither side wanted a deal.",
    "Some will argue that the fine is too small.",
    "One might say the regulator woke up late.",
    "It goes without saying that tenants will pay the price.",
    "Experience suggests the cuts will fall on the poorest.",
    "The results speak for themselves.",
    "Common sense says the bridge should have been inspected.",
    "Who told the farmers about the new quota? Nobody.",
    "You could say the festival was a victim of its own success.",
    "That is another way of saying the money has run out.",
    "Let us be clear: the museum did not need a new wing.",
    "What nobody says out loud is that the league needs the money.",
    "Every coach claims his team is the underdog.",
    "Politicians always promise cheaper energy before an election.",
    "The data, frankly, tell a different story.",
    "Ask any nurse and you will hear the same thing.",
    "The school could simply have asked the parents.",
    "A simple apology would have sufficed.",
    "Hard to argue with that.",
    "Call it what you like, it is still a tax.",
    "The company's 'temporary' pause has lasted two years.",
    "Whatever the spokesman says, the shelves are empty.",
    "The mayor, it must be said, has a point.",
    "It is worth noting that the same promise was made in 2019.",
]
WRITER_ES_A = [
    "Cualquiera diría que el problema está resuelto.",
    "Nadie puede decir que no se advirtió.",
    "Como dice el refrán, a perro flaco todo son pulgas.",
    "Los datos hablan por sí solos.",
    "Hay que decir que el plan llega tarde.",
    "Dicho sea de paso, el presupuesto tampoco cuadra.",
    "Todas las aerolíneas dicen lo mismo.",
    "Quien diga lo contrario no ha leído el contrato.",
    "Los críticos dirán que la reforma es insuficiente.",
    "La historia dice que estas treguas rara vez duran.",
    "Tanto para lo que prometió el ministro.",
    "Es justo decir que la reforma se ha estancado.",
    "Huelga decir que los trenes volvieron a llegar tarde.",
    "Por decirlo suavemente, el despliegue fue caótico.",
    "El plazo 'definitivo' ya se ha movido tres veces.",
    "La junta aplazó la votación, que es una manera de decir que no.",
    "¿Alguien preguntó a los trabajadores?",
    "Habría bastado con una llamada al ayuntamiento.",
    "El club podría haber resuelto la disputa hace meses.",
    "A decir verdad, ninguna de las partes quería un acuerdo.",
    "Algunos argumentarán que la multa es pequeña.",
    "Se podría decir que el regulador despertó tarde.",
    "No hace falta decir que los inquilinos pagarán el precio.",
    "La experiencia indica que los recortes caerán sobre los más pobres.",
    "Los resultados hablan por sí mismos.",
    "El sentido común dice que el puente debió inspeccionarse.",
    "Todo entrenador asegura que su equipo no es favorito.",
    "Los políticos siempre prometen energía más barata antes de las elecciones.",
    "Pregunte a cualquier enfermera y oirá lo mismo.",
    "Digan lo que digan, los estantes están vacíos.",
    "El alcalde, todo hay que decirlo, tiene razón.",
    "Conviene recordar que la misma promesa se hizo en 2019.",
    "Llámelo como quiera, sigue siendo un impuesto.",
    "La pausa 'temporal' de la empresa dura ya dos años.",
    "Bastaría con pedir perdón.",
    "Es otra forma de decir que el dinero se ha acabado.",
    "Lo que nadie dice en voz alta es que la liga necesita el dinero.",
    "Seamos claros: el museo no necesitaba un ala nueva.",
    "El colegio podría simplemente haber preguntado a los padres.",
    "Difícil discutirlo.",
]
WRITER_EN_B = [
    "Anybody who has ridden the night bus knows the answer.",
    "Every landlord says the same thing.",
    "Logic says the tunnel should have been finished first.",
    "The figures tell a grimmer story.",
    "One could argue the orchestra got off lightly.",
    "You might say the harvest festival outgrew its village.",
    "Suffice to say, the bakery did not reopen.",
    "As they say, the customer is always right.",
    "Everyone claims to love the library until it needs funding.",
    "Whoever says the vaccine rollout went smoothly was not queuing in March.",
    "Critics would say the zoo has ignored its own vets.",
    "That is a polite way of saying the hotel is closing.",
    "Did anyone tell the swimmers the pool was shut?",
    "Hindsight says the bridge was always too narrow.",
    "A single phone call would have sufficed.",
    "The flood could have been prevented.",
    "The council could simply have asked the residents.",
    "It must be said that the referee had a poor evening.",
    "Truth be told, the sequel is better than the original.",
    "The evidence speaks for itself.",
]
WRITER_ES_B = [
    "Cualquiera que haya viajado en el autobús nocturno conoce la respuesta.",
    "Todo casero dice lo mismo.",
    "La lógica dice que el túnel debió terminarse antes.",
    "Las cifras cuentan una historia más sombría.",
    "Uno podría argumentar que la orquesta salió bien parada.",
    "Por así decirlo, la fiesta de la cosecha se le quedó pequeña al pueblo.",
    "Ni que decir tiene que la panadería no reabrió.",
    "Como se suele decir, el cliente siempre tiene razón.",
    "Quienes dicen que la vacunación fue un éxito no hicieron cola en marzo.",
    "Es una manera educada de decir que el hotel cierra.",
    "¿Alguien avisó a los nadadores de que la piscina estaba cerrada?",
    "La hemeroteca dice otra cosa.",
    "Hubiera bastado con una sola llamada.",
    "La inundación podría haberse evitado.",
    "El ayuntamiento podría simplemente haber preguntado a los vecinos.",
    "Cabe decir que el árbitro tuvo una mala noche.",
    "A decir verdad, la secuela es mejor que la original.",
    "Las pruebas hablan por sí solas.",
    "Dicho sea de paso, nadie ha pedido disculpas.",
    "Como reza el refrán, no hay mal que por bien no venga.",
]
# Batch C, written blind after the fourth fix and scored once before the fifth (sentences with a
# statement / a claim): integ en 5 / 1, es 3 / 6; before the fifth fix en 1 / 0, es 2 / 3 (a
# generic subject with a relative clause, the conditional "diría", "huelga decirlo", "Cada
# generación" read as a name); after it en 0 / 0, es 0 / 1 ("Cada generación dice": a claim).
WRITER_EN_C = [
    "Anyone watching the final minutes would say the referee lost control.",
    "Everybody says they want cheaper rents until a tower goes up next door.",
    "Every generation says the music was better before.",
    "The scoreboard tells you everything you need to know.",
    "Experience tells us that such promises rarely survive the winter.",
    "Reality, as usual, says otherwise.",
    "It is safe to say the orchestra will not tour again soon.",
    "So to speak, the garden festival has eaten itself.",
    "Say what you like about the new stadium, it is never empty.",
    "Try telling that to the commuters stuck on the ring road.",
    "And that, needless to say, is where the trouble began.",
    "You would think someone at the council had read the report.",
    "A short letter to the tenants would have done the job.",
    "The recall could easily have been avoided.",
    "Who decided that, and did anyone tell the drivers?",
    "Conventional wisdom says the favourites win in the rain.",
    "Whoever claims the menu is cheap has not seen the wine list.",
    "Any farmer will tell you the frost came early.",
    "The attendance figures speak volumes.",
    "That is putting it mildly.",
]
WRITER_ES_C = [
    "Cualquiera que viera los últimos minutos diría que el árbitro perdió el control.",
    "Todo el mundo dice que quiere alquileres más baratos hasta que levantan una torre al lado.",
    "Cada generación dice que la música de antes era mejor.",
    "El marcador lo dice todo.",
    "La experiencia enseña que estas promesas rara vez sobreviven al invierno.",
    "La realidad, como siempre, dice otra cosa.",
    "Se puede decir sin miedo que la orquesta no volverá de gira pronto.",
    "Dígase lo que se quiera del nuevo estadio, nunca está vacío.",
    "Que se lo cuenten a los conductores atrapados en la circunvalación.",
    "Y ahí, huelga decirlo, empezó el problema.",
    "Uno pensaría que alguien en el ayuntamiento leyó el informe.",
    "Una carta breve a los inquilinos habría bastado.",
    "La retirada del producto podría haberse evitado fácilmente.",
    "¿Quién decidió eso, y alguien avisó a los conductores?",
    "El tópico dice que los favoritos ganan bajo la lluvia.",
    "Quien asegure que el menú es barato no ha visto la carta de vinos.",
    "Cualquier agricultor le dirá que la helada llegó pronto.",
    "Las cifras de asistencia lo dicen todo.",
    "Y eso es decirlo suavemente.",
    "Como diría cualquier abuela, más vale prevenir que curar.",
]
# (a named speaker's report, the writer's line after it): the second must not inherit the speaker
FOLLOW_EN = [
    ("'We have done everything we could,' the mayor, Rosa Grant, said.", "And yet the potholes remain."),
    ("'We have done everything we could,' the mayor, Rosa Grant, said.", "Residents might beg to differ."),
    (
        "'We have done everything we could,' the mayor, Rosa Grant, said.",
        "Everything, that is, except fix the roads.",
    ),
    ("The chef, Marco Bellini, said the menu was 'honest food'.", "Honest, perhaps, but expensive."),
    ("Coach Ana Silva said her team was 'ready for anything'.", "Anything except a second half, it seems."),
    ("Director Paul Ames said the exhibition would be 'unforgettable'.", "It was, for the wrong reasons."),
    ("The airline's chief, Ian Cole, said delays were 'rare'.", "Passengers at Gate 9 would disagree."),
    ("The airline's chief, Ian Cole, said delays were rare.", "He has said the same thing for three years."),
    ("The airline's chief, Ian Cole, said delays were rare.", "So much for that."),
    ("The airline's chief, Ian Cole, said delays were rare.", "Tell that to the passengers."),
    (
        "The airline's chief, Ian Cole, said delays were rare.",
        "He did not mention last week's cancellations, which tells its own story.",
    ),
    ("'It is a great day for the town,' said Mayor Rosa Grant.", "The town, for its part, stayed home."),
]
FOLLOW_ES = [
    (
        "«Hemos hecho todo lo posible», dijo la alcaldesa, Rosa Grant.",
        "Y sin embargo, los baches siguen ahí.",
    ),
    ("«Hemos hecho todo lo posible», dijo la alcaldesa, Rosa Grant.", "Los vecinos dirán otra cosa."),
    ("El chef, Marco Bellini, dijo que el menú era «comida honesta».", "Honesta, quizá, pero cara."),
    (
        "La entrenadora Ana Silva dijo que su equipo estaba «preparado para todo».",
        "Para todo menos para la segunda parte, al parecer.",
    ),
    (
        "El director, Pablo Ames, dijo que la exposición sería «inolvidable».",
        "Lo fue, por las razones equivocadas.",
    ),
    (
        "El consejero delegado, Ian Cole, dijo que los retrasos eran raros.",
        "Dice lo mismo desde hace tres años.",
    ),
    (
        "El consejero delegado, Ian Cole, dijo que los retrasos eran raros.",
        "Que se lo digan a los pasajeros.",
    ),
    (
        "El consejero delegado, Ian Cole, dijo que los retrasos eran raros.",
        "No mencionó las cancelaciones de la semana pasada, lo que dice mucho.",
    ),
    (
        "«Es un gran día para el pueblo», dijo la alcaldesa Rosa Grant.",
        "El pueblo, por su parte, se quedó en casa.",
    ),
    ("«No firmaremos», dijo el líder sindical Tomás Reyes.", "Que se lo expliquen a los jubilados."),
]
# Reports that must keep their label: named (statement), unnamed or hedged (claim), and
# sentences close in shape to the writer's lines above.
REPORTS = [
    ("Maria Lopez, the union's secretary, said the offer was an insult.", "en", S),
    ("The club's president, Juan Ortega, said the stadium would open in May.", "en", S),
    ("'We are ready,' coach Ana Silva said.", "en", S),
    ("Health Minister Karen Wells told reporters that hospitals were full.", "en", S),
    ("The airline said it would refund all passengers.", "en", S),
    ("According to sources close to the talks, the deal is nearly done.", "en", C),
    ("Analysts said the cuts would fall on the poorest.", "en", C),
    ("A senior official said the vote would be delayed.", "en", C),
    ("Farmers said the new quota would ruin them.", "en", C),
    ("The mayor said nobody had warned her.", "en", S),
    ("One negotiator said the talks were over.", "en", C),
    ("Each side said it was ready to talk.", "en", C),
    ("The fire could have been started by a faulty cable.", "en", C),
    ("Investigators said the crash could have been caused by ice.", "en", C),
    ("Officials would say only that the talks were continuing.", "en", C),
    ("A police spokeswoman would say only that an investigation was under way.", "en", S),
    ("The spokesman would not say whether the plant would close.", "en", S),
    ("The minister said she would announce the plan on Monday.", "en", S),
    ("The foreign ministry said the same last week.", "en", S),
    ("Maria Lopez said the plan speaks for itself and will be approved.", "en", S),
    ("Union leader Tom Reyes said critics would say anything to stop the strike.", "en", S),
    ("María López, secretaria del sindicato, dijo que la oferta era un insulto.", "es", S),
    ("El presidente del club, Juan Ortega, dijo que el estadio abriría en mayo.", "es", S),
    ("«Estamos listos», dijo la entrenadora Ana Silva.", "es", S),
    ("La aerolínea dijo que reembolsará a todos los pasajeros.", "es", S),
    ("Según fuentes cercanas a las negociaciones, el acuerdo está casi cerrado.", "es", C),
    ("Los analistas dijeron que los recortes caerán sobre los más pobres.", "es", C),
    ("Un alto funcionario dijo que la votación se retrasará.", "es", C),
    ("El alcalde dijo que nadie le había advertido.", "es", S),
    ("Los rebeldes podrían haber abandonado el pueblo hace días.", "es", C),
    ("El incendio podría haber sido provocado por un cable.", "es", C),
    ("Todos los sindicatos dijeron que irán a la huelga.", "es", S),
    ("Las cifras del INE indican que el paro subió.", "es", S),
    ("Cualquier decisión, dijo el juez Pérez, se tomará el lunes.", "es", S),
    ("El presidente del club aseguró que todo jugador cobrará en marzo.", "es", S),
    ("La portavoz dijo, a decir verdad, que no había plazo.", "es", S),
    ("El ministerio de Exteriores dijo lo mismo la semana pasada.", "es", S),
    ("«Que se lo digan a los pasajeros», dijo el sindicalista Tomás Reyes.", "es", S),
    ("El portavoz Luis Vega dijo que el informe habla por sí solo.", "es", S),
    ("La consejera dijo que las cifras dicen mucho del esfuerzo.", "es", S),
    ("El ministro Pérez diría después que nunca firmó.", "es", S),
    ("Quien fuera ministra, Ana Ruiz, dijo que el plan fracasó.", "es", S),
    ("Todo el comité dijo que apoyaría la huelga.", "es", S),
    ("Según la alcaldesa, cualquiera que quiera puede inscribirse.", "es", S),
    ("Everyone who attended the meeting, said the chairwoman Ruth Gale, agreed.", "en", S),
    ("One of the organisers, Ana Silva, said the festival would return.", "en", S),
    ("The scoreboard operator, Tim Hale, said everything was in order.", "en", S),
]
# (report, follow-up, label): a pronoun or dropped subject still carries the speaker
CARRIED = [
    ("'We will not sign,' said union leader Tom Reyes.", "He added that a strike was likely.", "en", S),
    ("Minister Helen Marsh said the plan was ready.", "She said funding would follow in March.", "en", S),
    (
        "The airline's chief, Ian Cole, said delays were rare.",
        "He added that the fleet would be renewed.",
        "en",
        S,
    ),
    ("«No firmaremos», dijo el líder sindical Tomás Reyes.", "Añadió que una huelga era probable.", "es", S),
    (
        "La ministra Elena Marsh dijo que el plan estaba listo.",
        "Ella dijo que la financiación llegaría en marzo.",
        "es",
        S,
    ),
    (
        "El consejero delegado, Ian Cole, dijo que los retrasos eran raros.",
        "Y añadió que la flota se renovará.",
        "es",
        S,
    ),
]


def _labels(text: str, lang: str) -> list[Label]:
    return [i.label for i in analyze(text, published=PUB, lang=lang, now=NOW).items]


def _follow_up(report: str, line: str, lang: str) -> Label:
    """Return the label of the last clause of `line` read after `report`."""
    return _labels(f"{report} {line}", lang)[-1]


def _attributed(texts: list[str], lang: str) -> int:
    """Count sentences the engine attributes to someone (a statement or a claim in them)."""
    return sum(1 for t in texts if {S, C} & set(_labels(t, lang)))


WRITER = [(t, "en") for t in WRITER_EN_A + WRITER_EN_B + WRITER_EN_C] + [
    (t, "es") for t in WRITER_ES_A + WRITER_ES_B + WRITER_ES_C
]


@pytest.mark.parametrize(("text", "lang"), WRITER)
def test_the_writers_verb_of_saying_is_never_a_statement(text: str, lang: str) -> None:
    assert S not in _labels(text, lang)


@pytest.mark.parametrize(
    ("report", "line", "lang"), [(r, t, "en") for r, t in FOLLOW_EN] + [(r, t, "es") for r, t in FOLLOW_ES]
)
def test_the_writers_line_after_a_report_inherits_no_speaker(report: str, line: str, lang: str) -> None:
    assert _follow_up(report, line, lang) is not S


def test_few_of_the_writers_lines_are_given_a_source() -> None:
    # measured on this branch (floors): A en 1, es 2; B 0 and 0 (integ: 10, 13; 9, 7)
    assert _attributed(WRITER_EN_A, "en") <= 1
    assert _attributed(WRITER_ES_A, "es") <= 2
    assert _attributed(WRITER_EN_B, "en") == 0
    assert _attributed(WRITER_ES_B, "es") == 0
    assert _attributed(WRITER_EN_C, "en") == 0  # integ: 6
    assert _attributed(WRITER_ES_C, "es") <= 1  # integ: 9
    follow = [_follow_up(r, t, "en") for r, t in FOLLOW_EN] + [_follow_up(r, t, "es") for r, t in FOLLOW_ES]
    assert sum(1 for label in follow if label in (S, C)) <= 1  # integ: 6 of 22


@pytest.mark.parametrize(("text", "lang", "label"), REPORTS)
def test_a_report_keeps_its_label(text: str, lang: str, label: Label) -> None:
    assert label in _labels(text, lang)


@pytest.mark.parametrize(("report", "line", "lang", "label"), CARRIED)
def test_a_pronoun_or_dropped_subject_still_carries_the_speaker(
    report: str, line: str, lang: str, label: Label
) -> None:
    assert _follow_up(report, line, lang) is label
