"""Writer's-voice commentary without cue words, and hard negatives, in es and en (issue 3).

Own sentences, written from general knowledge of news and opinion writing before measuring the
engine on them (never taken from the corpus). Commentary: irony and scare quotes, rhetorical
questions, loaded metaphors, understatement, predictions, moral judgements, fragments, kicker
lines, asides. Negatives: evaluative-sounding facts with checkable figures or records, strong
opinions of named speakers (statement), unnamed or hedged sources (claim), acts of bodies
(fact, corpus convention 11).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Label

PUB = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
S, C, F, K = Label.STATEMENT, Label.CLAIM, Label.FACT, Label.COMMENTARY

COMMENTARY_EN = [
    'The "temporary" levy is now in its fourth year.',
    "Another week, another promise.",
    "Who, exactly, is going to pay for all this?",
    "It is the kind of compromise that satisfies no one.",
    "The ministry's idea of urgency is a working group.",
    "Voters have heard this tune before.",
    "A bold plan, if anyone believes it will be funded.",
    "The irony will not be lost on the workers who were laid off.",
    "That is not a negotiating strategy; it is a tantrum.",
    "Somewhere, a lobbyist is smiling.",
    "The talks, in other words, are going nowhere.",
    "Call it a ceasefire, if you must.",
    "The government's patience, never abundant, has run out.",
    "Not exactly a vote of confidence.",
    "The numbers simply do not add up.",
    "This is a crisis of the government's own making.",
    "Once again, the people with the least say will pay the most.",
    "The union has overplayed its hand.",
    "Brussels blinked first.",
    "The deal is a triumph of hope over arithmetic.",
    "Markets, for their part, are not buying it.",
    "The timing could hardly be worse.",
    "What the minister calls reform, the nurses call a pay cut.",
    "There is a word for a deadline that keeps moving, and it is not 'deadline'.",
    "The real losers are the passengers stranded on the platforms.",
    "Both sides now own this mess.",
    "The court's patience is being tested, and rightly so.",
    "That, in short, is the problem.",
    "The board appears to have learned nothing from the last strike.",
    "A strange way to build trust.",
    "Expect more of the same.",
    "The strike is a symptom; the disease is a decade of underinvestment.",
    "Ministers would do well to remember who keeps the trains running.",
    "The opposition, naturally, smells blood.",
    "The company's offer is an insult dressed up as a concession.",
    "This was always going to end in court.",
    "It is difficult to overstate how badly the rollout went.",
    "Nothing about this deal is as simple as the press release suggests.",
    "The silence from the finance ministry is deafening.",
    "Few ceasefires have been announced with so much fanfare and so little substance.",
    "Good luck enforcing that.",
    "The ruling is a rebuke the government richly deserved.",
    "If this is victory, one shudders to imagine defeat.",
    "The whole episode has been an exercise in wishful thinking.",
    "In the end, the negotiators settled for a photo opportunity.",
    "The regulator has been asleep at the wheel.",
    "Investors deserve better.",
    "The plan has all the hallmarks of a last-minute fix.",
    "A ceasefire that nobody enforces is a ceasefire in name only.",
    "The truce looks increasingly like a pause for rearmament.",
    "The government is betting that voters will forget by spring.",
    "The mediators deserve credit for keeping everyone at the table.",
    "This is what happens when budgets are written by wishful thinkers.",
    "Promised reforms have a habit of vanishing after elections.",
    "A deadline, it seems, is only a deadline until it becomes inconvenient.",
    "The strikers have public opinion on their side, for now.",
    "Whatever else it is, the agreement is not a solution.",
    "Such is the state of labour relations in the sector.",
    "The bond market will have the last word.",
    "A welcome, if overdue, step.",
    "The prime minister is running out of road.",
    "Diplomacy by press release rarely works.",
    "Some 'breakthrough'.",
    "The 'independent' review was written by the minister's former adviser.",
    "Cue the usual finger-pointing.",
    "Patients, as ever, are caught in the middle.",
    "The generals have a funny way of observing a truce.",
    "Not a good look for a government that promised transparency.",
]

COMMENTARY_ES = [
    "Otra semana, otra promesa.",
    "El «acuerdo histórico» duró lo que dura un titular.",
    "¿Y quién pagará la factura?",
    "Es el tipo de pacto que no contenta a nadie.",
    "La idea de urgencia del ministerio es crear una comisión.",
    "Los votantes ya han oído esta canción.",
    "Un plan audaz, si alguien cree que tendrá financiación.",
    "Eso no es una estrategia de negociación: es una rabieta.",
    "En algún despacho, un lobista sonríe.",
    "Las conversaciones, en otras palabras, no van a ninguna parte.",
    "Llámenlo alto el fuego, si quieren.",
    "La paciencia del Gobierno, nunca abundante, se ha agotado.",
    "No es precisamente un voto de confianza.",
    "Las cifras, sencillamente, no cuadran.",
    "Es una crisis de fabricación propia.",
    "Una vez más, quienes menos deciden pagarán más.",
    "El sindicato ha tensado demasiado la cuerda.",
    "Bruselas parpadeó primero.",
    "El acuerdo es un triunfo de la esperanza sobre la aritmética.",
    "Los mercados, por su parte, no se lo creen.",
    "El momento no podría ser peor.",
    "Lo que el ministro llama reforma, las enfermeras lo llaman recorte.",
    "Los verdaderos perdedores son los pasajeros atrapados en los andenes.",
    "Ambas partes son ahora dueñas de este desastre.",
    "Eso, en resumen, es el problema.",
    "La directiva no parece haber aprendido nada de la última huelga.",
    "Curiosa manera de generar confianza.",
    "La huelga es el síntoma; la enfermedad es una década de desinversión.",
    "Los ministros harían bien en recordar quién mantiene los trenes en marcha.",
    "La oposición, cómo no, huele sangre.",
    "La oferta de la empresa es un insulto disfrazado de concesión.",
    "Esto siempre iba a acabar en los tribunales.",
    "Nada en este acuerdo es tan sencillo como sugiere el comunicado.",
    "El silencio del Ministerio de Hacienda es ensordecedor.",
    "Suerte a quien tenga que hacerlo cumplir.",
    "Todo el episodio ha sido un ejercicio de voluntarismo.",
    "Al final, los negociadores se conformaron con la foto.",
    "El regulador se ha quedado dormido al volante.",
    "Los inversores merecen algo mejor.",
    "Un alto el fuego que nadie vigila es un alto el fuego solo de nombre.",
    "La tregua se parece cada vez más a una pausa para rearmarse.",
    "El Gobierno apuesta a que los votantes lo habrán olvidado en primavera.",
    "Los mediadores merecen reconocimiento por mantener a todos en la mesa.",
    "Las reformas prometidas tienen la costumbre de esfumarse tras las elecciones.",
    "Un plazo, al parecer, solo es un plazo hasta que resulta incómodo.",
    "Los huelguistas tienen a la opinión pública de su lado, de momento.",
    "Sea lo que sea, el acuerdo no es una solución.",
    "Así están las relaciones laborales en el sector.",
    "El mercado de bonos tendrá la última palabra.",
    "Un paso bienvenido, aunque tardío.",
    "Al presidente se le acaba el margen.",
    "La diplomacia a golpe de comunicado rara vez funciona.",
    "Mucho anuncio y poca letra pequeña.",
    "De aquella «hoja de ruta» nunca más se supo.",
    "El Ejecutivo presume de diálogo mientras legisla por decreto.",
    "Todo apunta a un nuevo aplazamiento.",
    "Nada nuevo bajo el sol.",
    "Un final previsible para una negociación sin rumbo.",
    "Difícil imaginar un peor momento para la huelga.",
    "El recuento, por lo demás, se ha convertido en un culebrón.",
    "Lo de «medida temporal» ya no se lo cree nadie.",
    "Menudo «avance».",
    "La «revisión independiente» la firmó un antiguo asesor del ministro.",
    "Los pacientes, como de costumbre, quedan en medio.",
    "Los generales tienen una manera muy peculiar de respetar una tregua.",
    "Mala imagen para un Gobierno que prometió transparencia.",
    "Y así, de aplazamiento en aplazamiento, pasan los meses.",
]

NEGATIVES_EN = [
    ("The strike was the largest since 1984, involving 200,000 workers.", F),
    ("Inflation hit a record 11.1% in October.", F),
    ("The deal was the first agreement between the two sides in a decade.", F),
    ("Turnout was the lowest ever recorded in a general election, at 52%.", F),
    ("The motion failed by a single vote.", F),
    ("The hospital network's systems have been offline since Tuesday.", F),
    ("Only three of the 15 proposals were approved.", F),
    ("The ceasefire collapsed within hours.", F),
    ("Prices have more than doubled since the tariffs took effect.", F),
    ("The company lost $2.3 billion last year, its worst result on record.", F),
    ("No agreement was reached.", F),
    ("The talks ended without a deal on Friday.", F),
    ("The bill passed the Senate 51-49 after a 14-hour debate.", F),
    ("The army retook the town on Sunday after heavy fighting.", F),
    ("Trains did not run on most lines.", F),
    ("The appeals court refused to put the order on hold.", F),
    ("The central bank raised its key rate by half a point.", F),
    ("The board voted to suspend the chief executive.", F),
    ("Parliament approved the budget late on Thursday.", F),
    ("Schools in the capital remained closed.", F),
    ("The currency fell to its weakest level against the dollar since 2009.", F),
    ("More than 40 people were killed in the attack, the deadliest this year.", F),
    ("The plant, one of Europe's largest, employs 4,000 people.", F),
    ("The agreement still needs the approval of both parliaments.", F),
    ("Flights resumed at 6 a.m. on Wednesday.", F),
    ("Neither side has responded to the proposal.", F),
    ("The union has never before called a national strike.", F),
    ("Ambulances were diverted to other hospitals for three days.", F),
    ("The recount gave the incumbent a lead of 112 votes.", F),
    ("The shipyard builds container vessels and oil tankers.", F),
    ("'This is a disgrace,' said Maria Lopez, the union's general secretary.", S),
    ("Transport Secretary Helen Marsh called the strike 'reckless and unjustified'.", S),
    ("The prime minister said the offer was 'more than fair'.", S),
    ("Union leader Tom Reyes said the government had clearly broken its promise.", S),
    ("The opposition leader, Ana Ruiz, described the budget as a betrayal of working families.", S),
    ("The foreign ministry said the ceasefire was a farce and accused the rebels of lying.", S),
    ("Senator Diane Holt said the deal was 'too little, too late'.", S),
    ("'Nobody wins a strike,' Labour Minister Karen Wells said on Tuesday.", S),
    ("Central bank governor Paul Ames warned that inflation would probably stay high.", S),
    ("The Kremlin said the proposal was absurd.", S),
    ("The European Commission said it regretted the decision.", S),
    ("Mayor Luis Vega said the city should have acted sooner.", S),
    ("The union said in a statement that the offer was 'an insult'.", S),
    ("According to the health ministry, the situation is under control.", S),
    ("'We will not be blackmailed,' the company's chief executive, Mark Chen, told reporters.", S),
    ("Judge Ellen Park wrote that the agency's reasoning was 'difficult to follow'.", S),
    ("The governor called the ruling 'a victory for common sense'.", S),
    ("Rail Minister Omar Haddad insisted the network was safe.", S),
    ("A senior official said the deal was unlikely to survive the winter.", C),
    ("People familiar with the talks said the offer was 'ridiculous'.", C),
    ("The minister reportedly threatened to resign.", C),
    ("An EU diplomat described the proposal as dead on arrival.", C),
    ("Sources close to the negotiations said both sides were exhausted.", C),
    ("Two officials who asked not to be named said the plan would be delayed.", C),
    ("The rebels are said to have withdrawn from the town.", C),
    ("A government source said the strike was 'politically motivated'.", C),
    ("One negotiator, speaking on condition of anonymity, called the talks a waste of time.", C),
    ("The finance minister is believed to have opposed the bailout.", C),
    ("Analysts said the tariffs could cost the sector billions.", C),
    ("A person briefed on the matter said the company would appeal.", C),
]

NEGATIVES_ES = [
    ("La huelga fue la mayor desde 1988, con 200.000 trabajadores.", F),
    ("La inflación alcanzó un récord del 11,1 % en octubre.", F),
    ("La participación fue la más baja de la historia, del 52 %.", F),
    ("La moción fracasó por un solo voto.", F),
    ("Los sistemas del hospital están caídos desde el martes.", F),
    ("Solo tres de las 15 propuestas fueron aprobadas.", F),
    ("El alto el fuego se rompió a las pocas horas.", F),
    ("Los precios se han más que duplicado desde la entrada en vigor de los aranceles.", F),
    ("No se alcanzó ningún acuerdo.", F),
    ("Ninguna de las partes ha respondido a la propuesta.", F),
    ("El sindicato nunca había convocado una huelga nacional.", F),
    ("El Senado aprobó la ley por 131 votos a favor y 120 en contra.", F),
    ("El Ejército recuperó la ciudad el domingo tras intensos combates.", F),
    ("Los trenes no circularon en la mayoría de las líneas.", F),
    ("El tribunal se negó a suspender la orden.", F),
    ("El banco central subió el tipo de interés medio punto.", F),
    ("El Congreso rechazó la enmienda.", F),
    ("Los colegios de la capital siguieron cerrados.", F),
    ("La moneda cayó a su nivel más bajo frente al dólar desde 2009.", F),
    ("Más de 40 personas murieron en el ataque, el más mortífero del año.", F),
    ("La planta, una de las mayores de Europa, emplea a 4.000 personas.", F),
    ("El acuerdo todavía necesita la aprobación de ambos parlamentos.", F),
    ("Los vuelos se reanudaron a las 6.00 del miércoles.", F),
    ("La junta votó suspender al consejero delegado.", F),
    ("Las ambulancias fueron desviadas a otros hospitales durante tres días.", F),
    ("El recuento dio al alcalde una ventaja de 112 votos.", F),
    ("El astillero construye portacontenedores y petroleros.", F),
    ("La tregua se firmó tras once rondas de negociación.", F),
    ("Los controladores franceses pararon por tercera vez este año.", F),
    ("La producción cayó a su nivel más bajo en una década.", F),
    ("«Esto es una vergüenza», dijo María López, secretaria general del sindicato.", S),
    ("La ministra de Transportes, Elena Marín, calificó la huelga de «irresponsable».", S),
    ("El presidente afirmó que la oferta era «más que justa».", S),
    ("El líder sindical Tomás Reyes aseguró que el Gobierno había incumplido claramente su promesa.", S),
    ("La líder de la oposición, Ana Ruiz, describió el presupuesto como una traición.", S),
    ("El Ministerio de Exteriores dijo que la tregua era una farsa.", S),
    ("«Nadie gana con una huelga», declaró el martes la ministra de Trabajo, Carmen Vidal.", S),
    ("El gobernador del banco central, Pablo Ames, advirtió que la inflación seguirá alta.", S),
    ("El Kremlin calificó la propuesta de absurda.", S),
    ("La Comisión Europea lamentó la decisión.", S),
    ("El alcalde, Luis Vega, dijo que la ciudad debería haber actuado antes.", S),
    ("El sindicato dijo en un comunicado que la oferta era «un insulto».", S),
    ("Según el Ministerio de Sanidad, la situación está bajo control.", S),
    ("«No nos van a chantajear», dijo a la prensa el consejero delegado, Marcos Chen.", S),
    ("La jueza Elena Parra escribió que el razonamiento de la agencia era «difícil de seguir».", S),
    ("El gobernador calificó el fallo de «victoria del sentido común».", S),
    ("El ministro de Transportes, Omar Haddad, insistió en que la red es segura.", S),
    ("La patronal consideró que la huelga es «desproporcionada».", S),
    ("Un alto funcionario dijo que el acuerdo difícilmente sobrevivirá al invierno.", C),
    ("Fuentes cercanas a la negociación aseguraron que ambas partes están agotadas.", C),
    ("El ministro habría amenazado con dimitir.", C),
    ("Un diplomático europeo calificó la propuesta de papel mojado.", C),
    ("Según fuentes del sector, la oferta es ridícula.", C),
    ("Una fuente del Gobierno dijo que la huelga tiene «motivaciones políticas».", C),
    ("Dos funcionarios que pidieron no ser identificados dijeron que el plan se retrasará.", C),
    ("Los rebeldes se habrían retirado de la ciudad.", C),
    (
        "Un negociador, que habló bajo condición de anonimato, calificó las conversaciones de pérdida de tiempo.",
        C,
    ),
    ("Analistas consultados por esta agencia calcularon que los aranceles costarán miles de millones.", C),
    ("Según medios locales, la empresa recurrirá.", C),
    ("Una persona al tanto de las conversaciones dijo que la empresa recurrirá.", C),
]


# A second batch, written after the lexicon had been tuned on the first one and measured blind
# before any change for it: the first batch's cues had carried over to none of it (commentary
# en 18/30, es 11/30, the same as before them). General rules drawn from its misses since
# (evaluative adjectives, "the real X is", writer's imperatives and asides, figures in words,
# "Nobody was injured" as a fact) give en 25/30, es 22/30; it is no longer blind.
COMMENTARY_EN_B = [
    "Ministers have discovered the virtues of patience just as the money ran out.",
    "The latest offer is the old offer with a new cover page.",
    "Anyone hoping for a quick resolution should lower their expectations.",
    "It would be funny if the stakes were not so high.",
    "Rarely has a government worked so hard to lose an argument it had already won.",
    "The only thing moving faster than the deadline is the rhetoric.",
    "Patience in the coastal towns is wearing thin, and who can blame them?",
    "That is one way to run a railway.",
    "The union's leaders know this; so, one suspects, does the board.",
    "The court has now done the government's homework for it.",
    "In Lima, a recount is never just a recount.",
    "Meanwhile, the shrimp keep rotting in the containers.",
    "The bondholders, for once, hold the stronger hand.",
    "This is brinkmanship with a spreadsheet.",
    "A truce that cannot survive a weekend is not much of a truce.",
    "The hackers, it is fair to say, did not need to be sophisticated.",
    "Nobody voted for this, and it shows.",
    "Mark the date: this is when the strike stopped being about pay.",
    "The minister's timing is, at best, unfortunate.",
    "The grace period was never really about grace.",
    "Workers are entitled to ask where the promised investment went.",
    "The board will regret this.",
    "Think of it as a ceasefire with the safety catch off.",
    "Everything hinges on a court that has shown little appetite for the fight.",
    "A settlement is possible, but not with these negotiators.",
    "The government has picked the worst possible moment to pick a fight with teachers.",
    "That should worry anyone who takes elections seriously.",
    "Whichever side blinks, passengers lose.",
    "The real scandal is how long it took anyone to notice.",
    "It is hard not to see politics in the timing.",
]
COMMENTARY_ES_B = [
    "El Gobierno ha descubierto las virtudes de la paciencia justo cuando se acabó el dinero.",
    "La última oferta es la oferta de siempre con portada nueva.",
    "Quien espere una solución rápida hará bien en rebajar sus expectativas.",
    "Tendría gracia si no hubiera tanto en juego.",
    "Pocas veces un Gobierno se ha esforzado tanto en perder una discusión que ya tenía ganada.",
    "Lo único que avanza más rápido que el plazo es la retórica.",
    "La paciencia en los pueblos de la costa se agota, y con razón.",
    "Es una forma de gestionar un ferrocarril.",
    "Los líderes sindicales lo saben; y, sospechamos, la dirección también.",
    "El tribunal le ha hecho los deberes al Gobierno.",
    "En Lima, un recuento nunca es solo un recuento.",
    "Mientras tanto, las gambas se pudren en los contenedores.",
    "Los bonistas, por una vez, tienen la sartén por el mango.",
    "Es un pulso con hoja de cálculo.",
    "Una tregua que no aguanta un fin de semana no es gran cosa como tregua.",
    "Los piratas informáticos, todo hay que decirlo, no necesitaron ser muy sofisticados.",
    "Nadie votó esto, y se nota.",
    "Apunten la fecha: ese día la huelga dejó de ser por el salario.",
    "El momento elegido por el ministro es, como mínimo, desafortunado.",
    "El periodo de gracia nunca tuvo mucho de gracia.",
    "Los trabajadores tienen derecho a preguntar dónde fue a parar la inversión prometida.",
    "La directiva se arrepentirá.",
    "Piénsese en un alto el fuego con el seguro quitado.",
    "Todo depende de un tribunal que ha mostrado pocas ganas de pelea.",
    "Un acuerdo es posible, pero no con estos negociadores.",
    "El Gobierno ha elegido el peor momento posible para enfrentarse a los docentes.",
    "Eso debería preocupar a cualquiera que se tome en serio las elecciones.",
    "Ceda quien ceda, pierden los pasajeros.",
    "El verdadero escándalo es cuánto tardó alguien en darse cuenta.",
    "Cuesta no ver política en el calendario.",
]
NEGATIVES_EN_B = [
    ("Shrimp exports fell by a third in the first half of the year.", F),
    ("The recount found 312 ballots that had not been counted.", F),
    ("The strike was the first nationwide walkout by teachers since 1997.", F),
    ("No trains ran between London and Leeds.", F),
    ("The hospital postponed all non-urgent surgery.", F),
    ("The company has not paid a dividend since the crisis began.", F),
    ("Nobody was injured in the blast.", F),
    ("The bonds trade at less than half their face value.", F),
    ("The Supreme Court declined to hear the appeal.", F),
    ("Talks broke down after midnight.", F),
    ("'It is simply not good enough,' said Rail Minister Jane Ford.", S),
    ("The teachers' federation called the offer 'insulting'.", S),
    ("Opposition leader Carlos Mena said the recount was a sham.", S),
    ("The WTO panel said Australia's measures were inconsistent with its obligations.", S),
    ("Health Minister Ana Solís said the attack was 'cowardly and cruel'.", S),
    ("The bondholder committee said it was 'deeply disappointed'.", S),
    ("An official at the ministry, who asked not to be named, called the plan unworkable.", C),
    ("Several diplomats said the truce was unlikely to hold.", C),
    ("The hackers reportedly demanded $5 million.", C),
    ("People close to the board said the chief executive would resign.", C),
]
NEGATIVES_ES_B = [
    ("Las exportaciones de gambas cayeron un tercio en el primer semestre.", F),
    ("El recuento halló 312 papeletas que no se habían contado.", F),
    ("Fue la primera huelga nacional de docentes desde 1997.", F),
    ("No circuló ningún tren entre Lima y Huancayo.", F),
    ("El hospital aplazó todas las cirugías no urgentes.", F),
    ("La empresa no reparte dividendos desde que empezó la crisis.", F),
    ("Nadie resultó herido en la explosión.", F),
    ("Los bonos cotizan a menos de la mitad de su valor nominal.", F),
    ("El Tribunal Supremo se negó a admitir el recurso.", F),
    ("Las negociaciones se rompieron pasada la medianoche.", F),
    ("«Sencillamente no es suficiente», dijo la ministra de Transportes, Juana Ford.", S),
    ("La federación de docentes calificó la oferta de «insultante».", S),
    ("El líder opositor Carlos Mena dijo que el recuento fue una farsa.", S),
    ("El panel de la OMC concluyó que las medidas de Australia incumplen sus obligaciones.", S),
    ("La ministra de Salud, Ana Solís, dijo que el ataque fue «cobarde y cruel».", S),
    ("El comité de bonistas se declaró «profundamente decepcionado».", S),
    ("Un funcionario del ministerio, que pidió no ser identificado, calificó el plan de inviable.", C),
    ("Varios diplomáticos dijeron que la tregua difícilmente se sostendrá.", C),
    ("Los piratas informáticos habrían exigido cinco millones de dólares.", C),
    ("Personas cercanas a la junta dijeron que el consejero delegado dimitirá.", C),
]


# A third batch, written after all the tuning above and measured once, blind, on main and on
# this branch: commentary en 10/20 -> 12/20, es 8/20 -> 8/20; negatives en 11/14, es 14/14 on
# both. The one change made after it: "…and said nothing" / "no dijo nada" was a statement (the
# error that must not happen) in both languages and is no report now (es commentary 9/20).
COMMENTARY_EN_C = [
    "Three weeks of talks, one page of text.",
    "The ministry's contingency plan, it turns out, was a phone number.",
    "Negotiators are now back where they were in March, only more tired.",
    "A court date is not a strategy.",
    "That leaves the ferry operators holding the bill, again.",
    "Investors who bought the bonds at par will not find this funny.",
    "The government will call it a compromise; the nurses will call it February.",
    "Small comfort for the 4,000 patients whose operations were cancelled.",
    "If the truce holds until Sunday, it will be a first.",
    "The irony of a cyberattack on the agency that audits cybersecurity was not lost on anyone.",
    "Hardly a ringing endorsement.",
    "So the deadline moves, and the shrimp stay in the freezers.",
    "In other years this would have been a scandal; this year it barely made the evening news.",
    "The union has the numbers; the company has the lawyers.",
    "For a recount that was supposed to settle things, it has settled remarkably little.",
    "Who negotiates a grace period and then misses it by a day?",
    "The shipyard's managers seem to think time is on their side.",
    "One more extension and the temporary measure will be old enough to vote.",
    "Nothing in the ruling will bring the turbines back this winter.",
    "The board's statement ran to four paragraphs and said nothing.",
]
COMMENTARY_ES_C = [
    "Tres semanas de negociación, una página de texto.",
    "El plan de contingencia del ministerio, resulta, era un número de teléfono.",
    "Los negociadores vuelven a estar donde estaban en marzo, solo que más cansados.",
    "Una fecha en el juzgado no es una estrategia.",
    "La factura, otra vez, para los armadores.",
    "A quienes compraron los bonos a la par no les hará ninguna gracia.",
    "El Gobierno lo llamará compromiso; las enfermeras lo llamarán febrero.",
    "Pobre consuelo para los 4.000 pacientes cuyas operaciones se cancelaron.",
    "Si la tregua aguanta hasta el domingo, será la primera vez.",
    "La ironía de un ciberataque contra el organismo que audita la ciberseguridad no pasó desapercibida.",
    "Un respaldo muy poco entusiasta.",
    "Así que el plazo se mueve y las gambas siguen en los congeladores.",
    "Otro año esto habría sido un escándalo; este apenas llegó al telediario.",
    "El sindicato tiene los números; la empresa, los abogados.",
    "Para ser un recuento que iba a zanjar el asunto, ha zanjado más bien poco.",
    "¿Quién negocia un periodo de gracia y luego lo incumple por un día?",
    "La dirección del astillero parece creer que el tiempo juega a su favor.",
    "Una prórroga más y la medida temporal tendrá edad para votar.",
    "Nada en el fallo devolverá los aerogeneradores este invierno.",
    "El comunicado de la junta ocupó cuatro párrafos y no dijo nada.",
]
NEGATIVES_EN_C = [
    ("Talks lasted three weeks and produced a one-page framework.", F),
    ("The ministry activated its contingency plan on Tuesday.", F),
    ("About 4,000 operations were cancelled during the outage.", F),
    ("The truce was due to expire at midnight on Sunday.", F),
    ("The union represents about 9,000 of the shipyard's 11,000 workers.", F),
    ("The company did not respond to a request for comment.", F),
    ("No ferries sailed from the island for four days.", F),
    ("The bonds were issued at par in 2019.", F),
    ("Union leader Min-jun Park called the offer 'an insult to every welder in this yard'.", S),
    ("The health ministry said the attack was 'the worst in the country's history'.", S),
    ("'We will not be rushed,' said the board's chairwoman, Ellen Brandt.", S),
    ("The WTO panel found that the measures were 'not based on a risk assessment'.", S),
    ("Two people close to the talks said the deal was 'nearly done'.", C),
    ("The hackers are believed to have entered through a supplier's account.", C),
]
NEGATIVES_ES_C = [
    ("Las negociaciones duraron tres semanas y produjeron un marco de una página.", F),
    ("El ministerio activó su plan de contingencia el martes.", F),
    ("Unas 4.000 operaciones se cancelaron durante la caída.", F),
    ("La tregua debía expirar a medianoche del domingo.", F),
    ("El sindicato representa a unos 9.000 de los 11.000 trabajadores del astillero.", F),
    ("La empresa no respondió a una solicitud de comentarios.", F),
    ("Ningún transbordador zarpó de la isla durante cuatro días.", F),
    ("Los bonos se emitieron a la par en 2019.", F),
    (
        "El líder sindical Min-jun Park calificó la oferta de «un insulto a cada soldador de este astillero».",
        S,
    ),
    ("El Ministerio de Salud dijo que el ataque fue «el peor de la historia del país».", S),
    ("«No nos van a meter prisa», dijo la presidenta de la junta, Ellen Brandt.", S),
    ("El panel de la OMC concluyó que las medidas «no se basan en una evaluación de riesgos».", S),
    ("Dos personas cercanas a las conversaciones dijeron que el acuerdo está «casi cerrado».", C),
    ("Los piratas informáticos habrían entrado a través de la cuenta de un proveedor.", C),
]


# Fourth batch, written after the labels4 changes (a reporting verb in the future, after "to" or
# in an if-clause reports nothing; a lower-case "may" is no month; a spokesperson of a definite
# body speaks for it) and measured once: some sentences exercise those very mechanisms, so it
# is no blind test of them. Measured: labels3 en 8/12, es 8/12 commentary found, one of each
# as statement; labels4 en 9/12, es 10/12, none as statement; negatives labels3 en 7/8, es 6/7,
# labels4 en 8/8, es 7/7. ("La empresa no dijo nada sobre los despidos." was left out: an empty
# report is the writer's verdict by the empty_reports rule, and whether it is is debatable.)
COMMENTARY_EN_D = [
    "Nobody in the ministry will admit it, but the plan was dead on arrival.",
    "Ask the fishermen in Nouadhibou and they will tell you a different story.",
    "If the regulator says the network is safe, who are we to argue?",
    "The timetable may yet survive the winter; the goodwill probably will not.",
    "Twelve days of talks, and the only thing anyone agreed on was the catering.",
    "Another deadline, another extension, another statement about responsibility.",
    "A court can order the planes back; it cannot order passengers to trust the airline.",
    "It is hard to see what the strike achieved that a phone call could not.",
    "So much for the spirit of compromise.",
    "The lessors, it seems, have read the bankruptcy code more carefully than the airline.",
    "Few on the island expect the governor to keep his word.",
    "The real test comes when the money runs out.",
]

COMMENTARY_ES_D = [
    "Nadie en el ministerio lo admitirá, pero el plan nació muerto.",
    "Pregunten a los pescadores de Nuadibú y les contarán otra historia.",
    "Si el regulador dice que la red es segura, quiénes somos nosotros para discutirlo.",
    "El calendario quizá sobreviva al invierno; la buena voluntad, probablemente no.",
    "Doce días de negociación y lo único en que todos coincidieron fue el catering.",
    "Otro plazo, otra prórroga, otro comunicado sobre la responsabilidad.",
    "Un juez puede ordenar que vuelvan los aviones; no puede ordenar que los pasajeros confíen en la aerolínea.",
    "Cuesta ver qué consiguió la huelga que no hubiera logrado una llamada.",
    "Hasta aquí el espíritu de consenso.",
    "Los arrendadores, por lo visto, se han leído la ley concursal con más atención que la aerolínea.",
    "Pocos en la isla esperan que el gobernador cumpla su palabra.",
    "La verdadera prueba llegará cuando se acabe el dinero.",
]

NEGATIVES_EN_D = [
    ("The airline will ask the court to extend the stay, its lawyer said.", S),
    ("If the union rejects the offer, the strike will resume, Health Minister Laura Pérez said.", S),
    ("The hearing will be held in Bogotá.", F),
    ("Fishing licences may be renewed for a further year under the protocol.", F),
    ("The governor told reporters he would not resign.", S),
    ("A spokesman for the ministry said the figures were provisional.", S),
    ("Three vessels left the port in March.", F),
    ("The company said nothing about the job cuts.", F),
]

NEGATIVES_ES_D = [
    ("La aerolínea pedirá al juez que prorrogue la suspensión, dijo su abogado.", S),
    (
        "Si el sindicato rechaza la oferta, la huelga se reanudará, advirtió la consejera de Sanidad, Laura Pérez.",
        S,
    ),
    ("La vista se celebrará en Bogotá.", F),
    ("Las licencias de pesca podrán renovarse un año más con arreglo al protocolo.", F),
    ("El gobernador dijo a los periodistas que no dimitirá.", S),
    ("Un portavoz del ministerio dijo que las cifras son provisionales.", S),
    ("Tres buques abandonaron el puerto en marzo.", F),
]


def _labels(text: str, lang: str) -> list[Label]:
    return [i.label for i in analyze(text, published=PUB, lang=lang, now=NOW).items]


@pytest.mark.parametrize(
    ("text", "lang"),
    [(t, "en") for t in COMMENTARY_EN + COMMENTARY_EN_B + COMMENTARY_EN_C + COMMENTARY_EN_D]
    + [(t, "es") for t in COMMENTARY_ES + COMMENTARY_ES_B + COMMENTARY_ES_C + COMMENTARY_ES_D],
)
def test_the_writers_comment_is_never_a_statement(text: str, lang: str) -> None:
    assert S not in _labels(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [(t, "en", lab) for t, lab in NEGATIVES_EN + NEGATIVES_EN_B + NEGATIVES_EN_C + NEGATIVES_EN_D if lab is S]
    + [
        (t, "es", lab)
        for t, lab in NEGATIVES_ES + NEGATIVES_ES_B + NEGATIVES_ES_C + NEGATIVES_ES_D
        if lab is S
    ],
)
def test_a_named_speakers_opinion_is_never_the_writers_commentary(text: str, lang: str, label: Label) -> None:
    assert K not in _labels(text, lang)


def _share(cases: list[tuple[str, str, Label]]) -> tuple[float, int]:
    """Return the share of cases labelled exactly as expected, and how many became commentary."""
    got = [(_labels(text, lang), want) for text, lang, want in cases]
    exact = sum(labels == [want] for labels, want in got) / len(got)
    return exact, sum(K in labels for labels, want in got if want is not K)


def test_most_of_the_writers_cue_less_comment_is_found() -> None:
    # measured on these sentences: en 26/68, es 28/67 before the cue and rule additions of
    # this batch (tuned on them), en 60/68, es 61/67 after; see the held-out-style batch below
    en, _ = _share([(t, "en", K) for t in COMMENTARY_EN])
    es, _ = _share([(t, "es", K) for t in COMMENTARY_ES])
    assert en >= 0.85 and es >= 0.85


def test_hard_negatives_keep_their_labels_and_seldom_become_commentary() -> None:
    # measured: en 56/60, es 56/60 before (4 became commentary), en 60/60, es 57/60 after;
    # the two Spanish facts the stance model still reads as comment are counted here
    en, en_comm = _share([(t, "en", lab) for t, lab in NEGATIVES_EN])
    es, es_comm = _share([(t, "es", lab) for t, lab in NEGATIVES_ES])
    assert en >= 0.95 and es >= 0.93
    assert en_comm + es_comm <= 2


def test_the_second_batch_holds_its_measured_level() -> None:
    en, _ = _share([(t, "en", K) for t in COMMENTARY_EN_B])
    es, _ = _share([(t, "es", K) for t in COMMENTARY_ES_B])
    neg_en, comm_en = _share([(t, "en", lab) for t, lab in NEGATIVES_EN_B])
    neg_es, comm_es = _share([(t, "es", lab) for t, lab in NEGATIVES_ES_B])
    assert en >= 25 / 30 and es >= 22 / 30
    # negatives: en 16/20, es 15/20 before (5 became commentary); en 20/20, es 17/20 after
    assert neg_en >= 1.0 and neg_es >= 17 / 20
    assert comm_en + comm_es <= 1


def test_the_third_batch_holds_its_blind_level() -> None:
    en, _ = _share([(t, "en", K) for t in COMMENTARY_EN_C])
    es, _ = _share([(t, "es", K) for t in COMMENTARY_ES_C])
    neg_en, comm_en = _share([(t, "en", lab) for t, lab in NEGATIVES_EN_C])
    neg_es, comm_es = _share([(t, "es", lab) for t, lab in NEGATIVES_ES_C])
    # en 12, es 9 with the naive Bayes stance model; 13 and 10 with the averaged one on 74 dev
    # articles (p>=0.9); 12 and 10 with it rebuilt on 92 at p>=0.93 (14 and 10 at p>=0.9, which
    # flips two plain past facts of test_labels: analysis README, "Stance model"); 12 and 9 with
    # it rebuilt on 110 at p>=0.95 (at 0.93 it flips "Rescuers could not reach the village…");
    # 11 and 9 rebuilt on 122 at p>=0.95 (the new articles hold more fact than comment)
    assert en >= 11 / 20 and es >= 9 / 20
    # "Talks lasted three weeks…": the stance model reads this plain English fact as comment; "The
    # company did not respond to a request for comment." is a fact again (non_answers, no model)
    assert neg_en >= 11 / 14 and neg_es >= 1.0 and comm_en <= 2 and comm_es == 0


def test_the_fourth_batch_holds_its_measured_level() -> None:
    en, _ = _share([(t, "en", K) for t in COMMENTARY_EN_D])
    es, _ = _share([(t, "es", K) for t in COMMENTARY_ES_D])
    neg_en, comm_en = _share([(t, "en", lab) for t, lab in NEGATIVES_EN_D])
    neg_es, comm_es = _share([(t, "es", lab) for t, lab in NEGATIVES_ES_D])
    # en 9/12 with the naive Bayes stance model, 8/12 with the averaged one (analysis README);
    # rebuilt on 92 dev articles, en 9 and es 9: "Doce días de negociación y lo único en que todos
    # coincidieron fue el catering." falls to p 0.89
    assert en >= 8 / 12 and es >= 9 / 12
    assert neg_en >= 1.0 and neg_es >= 1.0 and comm_en + comm_es == 0
