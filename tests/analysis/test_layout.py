"""An article's layout: headings, bullets, live-blog timestamps, datelines and transcript turns.

Own texts in each register, Spanish and English, on topics of their own (a bridge, irrigation,
rail, a port, a wildfire, housing, buses): the corpus articles' words are not reused.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis import analyze
from bot.analysis.attribution import NO_NAME_REASON
from bot.analysis.labels import CUE_REASON, label_clause
from bot.analysis.layout import Kind, Layout, Line, Voice, layout_words, read_layout
from bot.analysis.lexicon import load_lexicon
from bot.domain.models import Item, Label
from tests.analysis.coverage import assert_items_cover

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PUB_EN = datetime(2026, 2, 10, 10, 0, tzinfo=UTC)
PUB_ES = datetime(2026, 2, 10, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _items(text: str, lang: str, published: datetime | None = PUB_EN) -> list[Item]:
    return list(analyze(text, published=published, lang=lang, now=NOW).items)


def _item(items: list[Item], opening: str) -> Item:
    return next(i for i in items if i.text.startswith(opening))


EXPLAINER_EN = (
    "Why is the bridge closed?\n"
    "Inspectors found corroded cables on the north span on Monday, the regional roads agency said. "
    "Nobody seems to have read last year's report.\n"
    "When will it reopen?\n"
    "Not before March 3, according to the agency.\n"
    "Another 'temporary' closure, then?\n"
    "Drivers will have to use the ring road until the repairs are done.\n"
    "What does it cost?\n"
    "The repairs will cost about 4 million euros. Who pays for that?"
)

EXPLAINER_ES = (
    "¿Qué ha pasado?\n"
    "La confederación hidrográfica decretó el lunes restricciones de riego en la cuenca alta, "
    "informó su presidente, Julián Herrero.\n"
    "¿Hasta cuándo?\n"
    "Las restricciones seguirán vigentes hasta el 30 de abril.\n"
    "¿Alguien esperaba otra cosa?\n"
    "Los regantes tienen diez días para presentar alegaciones.\n"
    "¿Y ahora qué?\n"
    "La junta se reunirá el jueves. ¿Servirá de algo?"
)


def test_an_explainers_question_headings_are_facts_in_english() -> None:
    items = _items(EXPLAINER_EN, "en")
    for heading in ("Why is the bridge closed?", "When will it reopen?", "What does it cost?"):
        item = _item(items, heading)
        assert item.text == heading  # its own item, never glued to the answer
        assert item.label is Label.FACT
        assert "heading" in item.reason


def test_an_explainers_question_headings_are_facts_in_spanish() -> None:
    items = _items(EXPLAINER_ES, "es", PUB_ES)
    for heading in ("¿Qué ha pasado?", "¿Hasta cuándo?", "¿Y ahora qué?"):
        assert _item(items, heading).label is Label.FACT


def test_rhetorical_questions_stay_the_writers_commentary() -> None:
    en = _items(EXPLAINER_EN, "en")
    es = _items(EXPLAINER_ES, "es", PUB_ES)
    # marked rhetorical on a line of its own, and inside a paragraph
    assert _item(en, "Another 'temporary' closure, then?").label is Label.COMMENTARY
    assert _item(en, "Who pays for that?").label is Label.COMMENTARY
    assert _item(es, "¿Alguien esperaba otra cosa?").label is Label.COMMENTARY
    assert _item(es, "¿Servirá de algo?").label is Label.COMMENTARY


def test_a_question_alone_on_the_last_line_has_no_answer_and_stays_commentary() -> None:
    text = "The port authority extended the dredging contract on Monday.\nWhat could possibly go wrong?"
    assert _item(_items(text, "en"), "What could").label is Label.COMMENTARY


def test_a_lone_question_that_opens_unlike_a_heading_is_no_heading_in_prose() -> None:
    text = (
        "The council voted to close two branch libraries on Tuesday.\n"
        "Progress, apparently?\n"
        "The branches will shut on April 30."
    )
    assert _item(_items(text, "en"), "Progress").label is Label.COMMENTARY


NEWSLETTER = (
    "Your Tuesday briefing\n"
    "- **Rail strike.** The drivers' union said it would walk out on Friday.\n"
    "- **Port dredging:** The harbour authority awarded the contract on Monday.\n"
    "• Library hours cut\n"
    "1. The city council approved the budget on Monday.\n"
    "2. Bus fares will rise by 5% from March 1, the transport board said.\n"
    "3. Clearly, nobody on the board takes the bus.\n"
    "WATER: Reservoirs stand at 41%."
)


def test_bullet_and_bold_headlines_are_their_own_fact_items() -> None:
    items = _items(NEWSLETTER, "en")
    for heading in (
        "Your Tuesday briefing",
        "- **Rail strike.**",
        "- **Port dredging:**",
        "• Library hours cut",
        "WATER:",
    ):
        item = next(i for i in items if i.text == heading)
        assert item.label is Label.FACT


def test_bullets_are_labelled_like_sentences() -> None:
    items = _items(NEWSLETTER, "en")
    assert _item(items, "The drivers' union said").label is Label.STATEMENT
    fares = _item(items, "2. Bus fares")
    assert fares.label is Label.STATEMENT
    assert _item(items, "3. Clearly").label is Label.COMMENTARY
    # a list number opens its item; it is no sentence of its own
    assert not any(i.text in ("1.", "2.", "3.") for i in items)
    assert _item(items, "1. The city council").label is Label.FACT


LIVE_BLOG = (
    "19:45 | Eso es todo por hoy.\n"
    "18.30 | El consejero de Medio Ambiente, Marcos Villar, anunció que los ayuntamientos "
    "tendrán hasta el 4 de marzo para presentar sus planes de evacuación.\n"
    "17:05 - Los bomberos han controlado el flanco norte del incendio.\n"
    "16:40 - Según fuentes del operativo, el viento habría cambiado de dirección."
)


def test_a_live_blog_timestamp_opens_its_entry_and_is_no_time_of_the_news() -> None:
    result = analyze(LIVE_BLOG, published=PUB_ES, lang="es", now=NOW)
    first = _item(list(result.items), "18.30 | El consejero")
    assert first.label is Label.STATEMENT
    assert first.speaker == "Marcos Villar"
    due = [d for d in result.deadlines if "4 de marzo" in d.evidence]
    assert [d.due for d in due] == [date(2026, 3, 4)]  # a bare day: 18.30 is the entry's time, not the due's
    assert all("18.30" not in d.evidence for d in result.deadlines)
    assert _item(list(result.items), "16:40 - Según fuentes").label is Label.CLAIM


def test_a_dateline_names_no_speaker_and_no_event() -> None:
    text = (
        "LIMA, 3 feb (EFE) - El Congreso aprobó este martes la nueva ley de pesca.\n"
        "La norma entrará en vigor el 1 de abril, informó el Ministerio de la Producción."
    )
    result = analyze(text, published=datetime(2026, 2, 3, 19, 0, tzinfo=UTC), lang="es", now=NOW)
    lead = _item(list(result.items), "LIMA, 3 feb (EFE) -")
    assert lead.label is Label.FACT
    assert lead.speaker is None
    assert all("3 feb" not in e.evidence for e in result.events)


TRANSCRIPT_ES = (
    "Son las nueve. Hoy hablamos con la consejera de Vivienda, Lucía Ferrer, sobre los desahucios.\n"
    "PRESENTADOR: Consejera, ¿cuándo llegarán las ayudas?\n"
    "LUCÍA FERRER: Las ayudas llegarán antes del 15 de marzo. Es una vergüenza que el Gobierno "
    "central no haya movido un dedo.\n"
    "PRESENTADOR: Pues ya ven, otra promesa más.\n"
    "P: ¿Y los alquileres?\n"
    "R: Congelaremos los precios públicos hasta diciembre."
)

TRANSCRIPT_EN = (
    "An interview with Transport Secretary Helen Marsh.\n"
    "Q: When will the new timetable start?\n"
    "A: The new timetable starts on May 4. Frankly, the old one was a disaster.\n"
    "HOST: Bold words, as ever."
)


def test_a_named_speaker_tag_attributes_its_turn() -> None:
    items = _items(TRANSCRIPT_ES, "es", PUB_ES)
    for opening in ("LUCÍA FERRER: Las ayudas", "Es una vergüenza"):
        item = _item(items, opening)
        assert item.label is Label.STATEMENT
        assert item.speaker == "Lucía Ferrer"  # spelled as the prose spells it


def test_an_answer_tag_is_the_guest_the_interview_introduced() -> None:
    items = _items(TRANSCRIPT_EN, "en")
    for opening in ("A: The new timetable", "Frankly"):
        item = _item(items, opening)
        assert (item.label, item.speaker) == (Label.STATEMENT, "Helen Marsh")
    assert _item(_items(TRANSCRIPT_ES, "es", PUB_ES), "R: Congelaremos").speaker == "Lucía Ferrer"


def test_the_outlets_questions_are_facts_and_its_quips_stay_commentary() -> None:
    es = _items(TRANSCRIPT_ES, "es", PUB_ES)
    en = _items(TRANSCRIPT_EN, "en")
    assert _item(es, "P: ¿Y los alquileres?").label is Label.FACT
    assert _item(es, "PRESENTADOR: Consejera").label is Label.FACT
    assert _item(en, "Q: When will").label is Label.FACT
    # the host's voice is the outlet's: never a statement
    assert _item(es, "PRESENTADOR: Pues ya ven").label is Label.COMMENTARY
    assert _item(en, "HOST: Bold words").label is Label.COMMENTARY


def test_a_colon_in_prose_makes_no_speaker_tag() -> None:
    text = (
        "Update: the ferry to the islands will run again on Thursday.\n"
        "Update: the harbour master confirmed the timetable on Friday."
    )
    page = read_layout(text, load_lexicon("en"))
    assert all(line.kind is not Kind.TURN for line in page.lines)


def test_the_layout_reads_each_kind_of_line() -> None:
    text = (
        "MADRID, 5 oct (Reuters) - Text.\n14:32 - Text.\n• Text.\nQ: Why now?\nA: Because.\nQ: And?\n"
        "A: Done.\nWhat next?\nAnswer."
    )
    page = read_layout(text, load_lexicon("en"))
    kinds = [line.kind for line in page.lines]
    assert kinds == [
        Kind.DATELINE,
        Kind.TIMESTAMP,
        Kind.BULLET,
        Kind.TURN,
        Kind.TURN,
        Kind.TURN,
        Kind.TURN,
        Kind.HEADING,
    ]
    assert page.lines[1].time == (14, 32)
    assert page.lines[3].voice is Voice.INTERVIEWER
    assert len(page.text) == len(text)
    assert page.text.startswith(" " * len("MADRID, 5 oct (Reuters) - ") + "Text.")


def test_prose_without_layout_is_read_as_it_is() -> None:
    text = (
        "The ministry confirmed the deal on Monday. Talks resume on Friday.\nA second paragraph follows here."
    )
    page = read_layout(text, load_lexicon("en"))
    assert page.lines == ()
    assert page.text is text


# Pieces of every register, mixed with arbitrary text: offsets stay valid and items cover it.
_PIECES = st.sampled_from(
    [
        "\n",
        "- ",
        "• ",
        "* ",
        "1. ",
        "2) ",
        "**",
        "## ",
        "14:32 - ",
        "11.40 | ",
        "09:05 ",
        "11:05\n",
        "—¿",
        "P. ",
        "MADRID, 5 oct (Reuters) - ",
        "BOGOTÁ — ",
        "PRESENTADOR: ",
        "LUCÍA FERRER: ",
        "Q: ",
        "A: ",
        "R: ",
        "TARIFFS: ",
        "What happens next?",
        "¿Qué pasa ahora?",
        "Another deadline, then?",
        "The ministry said ",
        "hasta el 1 de febrero. ",
        "within 72 hours. ",
        ">>",
        ". ",
        "Clearly ",
        "Lucía Ferrer",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=20).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, lang=st.sampled_from(["es", "en"]), dated=st.booleans())
def test_laid_out_text_gives_items_that_cover_it_with_valid_offsets(
    text: str, lang: str, dated: bool
) -> None:
    analysis = analyze(text, published=PUB_EN if dated else None, lang=lang, now=NOW)
    assert_items_cover(text, analysis)


def test_a_live_blog_entrys_duration_counts_from_its_timestamp() -> None:
    text = (
        "19:45 | Eso es todo por hoy.\n"
        "18.30 | El consejero de Medio Ambiente, Marcos Villar, ha dado a los ayuntamientos 48 horas "
        "para presentar sus planes de evacuación en Valencia.\n"
        "17:05 - Los bomberos han controlado el flanco norte del incendio."
    )
    published = datetime(2026, 8, 12, 20, 0, tzinfo=timezone(timedelta(hours=2)))
    result = analyze(text, published=published, lang="es", now=NOW)
    dues = [d.due for d in result.deadlines]
    # the entry was written at 18.30 (Madrid, summer time), not at the publication's 20:00
    assert dues == [datetime(2026, 8, 14, 18, 30, tzinfo=timezone(timedelta(hours=2)))]


def test_an_undated_live_blog_has_no_statement_time() -> None:
    page = read_layout("10:05 - Talks resumed.\n10:40 - Talks ended.", load_lexicon("en"))
    assert page.statement_time(20, None, UTC) is None
    assert page.statement_time(20, PUB_EN, UTC) == datetime(2026, 2, 10, 10, 5, tzinfo=UTC)


def _walked_statement_time(lines: tuple[Line, ...], pos: int, published: datetime) -> datetime | None:
    """The lookup as it was first written: walk the lines up to `pos`, keep the last timestamp."""
    entry = None
    for line in lines:
        if line.start > pos:
            break
        if line.kind is Kind.TIMESTAMP:
            entry = line
    if entry is None or entry.time is None:
        return None
    day = published.date()
    return datetime(day.year, day.month, day.day, entry.time[0], entry.time[1], tzinfo=UTC)


_LINE_SHAPES = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=40),  # the gap before the line
        st.integers(min_value=0, max_value=60),  # the line's length
        st.sampled_from(list(Kind)),
        st.none() | st.tuples(st.integers(0, 23), st.integers(0, 59)),
    ),
    max_size=25,
)


@given(shapes=_LINE_SHAPES, probes=st.lists(st.integers(min_value=-5, max_value=2600), max_size=30))
def test_statement_time_finds_the_entry_the_walk_over_every_line_finds(
    shapes: list[tuple[int, int, Kind, tuple[int, int] | None]], probes: list[int]
) -> None:
    lines = []
    at = 0
    for gap, length, kind, time in shapes:
        start = at + gap
        lines.append(Line(start, start + length, kind, start, time=time))
        at = start + length
    page = Layout(" " * (at + 1), tuple(lines), layout_words("en"))
    for pos in [*probes, *(ln.start for ln in lines), *(ln.start - 1 for ln in lines)]:
        assert page.statement_time(pos, PUB_EN, UTC) == _walked_statement_time(page.lines, pos, PUB_EN)
    assert page.statement_time(0, None, UTC) is None


def test_a_press_interviews_dotted_tags_pair_questions_and_answers() -> None:
    text = (
        "Entrevista a la alcaldesa de Soria, Elena Marín.\n"
        "P. ¿Cuándo abrirá el nuevo hospital?\n"
        "R. Antes del 1 de junio. Es una vergüenza que haya tardado tanto.\n"
        "P. ¿Y la financiación?\n"
        "R. La Junta ya ha pagado la mitad.\n"
        "La entrevista se grabó el lunes. Nadie la creyó."
    )
    items = _items(text, "es", PUB_ES)
    assert _item(items, "Entrevista a la alcaldesa").label is Label.FACT  # it introduces
    assert _item(items, "P. ¿Cuándo").label is Label.FACT
    for opening in ("R. Antes del 1 de junio", "Es una vergüenza", "R. La Junta"):
        assert (_item(items, opening).label, _item(items, opening).speaker) == (
            Label.STATEMENT,
            "Elena Marín",
        )
    # prose after the last tag is the writer's again
    assert _item(items, "Nadie la creyó").label is Label.COMMENTARY


def test_an_initial_alone_is_no_answer_tag() -> None:
    text = "The Treasury extended the program on Monday.\nA. Smith, who trades bonds, said the move was expected."
    page = read_layout(text, load_lexicon("en"))
    assert all(line.kind is not Kind.TURN for line in page.lines)


def test_a_named_tag_that_mostly_asks_is_the_host_not_a_guest() -> None:
    text = (
        "CARLOS VEGA: Minister, when do the ferries return?\n"
        "ANA PRIETO: On Friday. Frankly, the delay was a disgrace.\n"
        "CARLOS VEGA: Are you sure?\n"
        "ANA PRIETO: Yes.\n"
        "CARLOS VEGA: Well, we have heard that before."
    )
    items = _items(text, "en")
    assert _item(items, "Frankly").speaker == "Ana Prieto"
    assert _item(items, "CARLOS VEGA: Are you sure?").label is Label.FACT
    assert _item(items, "CARLOS VEGA: Well").label is Label.COMMENTARY  # the host's remark, no statement


def test_datelines_and_clock_times_with_am_pm_are_blanked_for_the_rules() -> None:
    text = (
        "WASHINGTON, Oct. 5 (Reuters) - The Treasury said on Monday it would extend the program.\n"
        "Bogotá, 5 oct (EFE).- Text.\n"
        "2:15 p.m. — The vote has started.\n"
        "2:40 p.m. — The vote has ended."
    )
    page = read_layout(text, load_lexicon("en"))
    assert [line.kind for line in page.lines] == [
        Kind.DATELINE,
        Kind.DATELINE,
        Kind.TIMESTAMP,
        Kind.TIMESTAMP,
    ]
    result = analyze(text, published=datetime(2026, 10, 6, 9, 0, tzinfo=UTC), lang="en", now=NOW)
    assert all("Oct. 5" not in e.evidence for e in result.events)
    treasury = _item(list(result.items), "WASHINGTON")
    assert treasury.speaker == "Treasury"


def test_a_headline_with_the_writers_evaluative_words_keeps_them() -> None:
    text = "• Clearly a bad week for the harbour board\n• The harbour board approved the dredging budget on Monday."
    items = _items(text, "en")
    assert _item(items, "• Clearly").label is Label.COMMENTARY


def test_a_live_blogs_welcome_and_sign_off_are_the_outlets_service_not_comment() -> None:
    en = (
        "21:10 - That's all from us tonight. We'll be back at 7 a.m. with the ferry unions' vote.\n"
        "20:45 - The port authority said sailings to the islands would resume on Friday.\n"
        "08:00 - Good morning and welcome to our live coverage of the ferry strike."
    )
    es = (
        "21:10 - Esto es todo por hoy. Volveremos mañana con la votación de los estibadores.\n"
        "20:45 - La autoridad portuaria confirmó que los barcos volverán a salir el viernes.\n"
        "08:00 - Buenos días y bienvenidos a nuestra cobertura en directo de la huelga."
    )
    for text, lang, openings in (
        (en, "en", ("21:10 - That's all", "We'll be back", "08:00 - Good morning")),
        (es, "es", ("21:10 - Esto es todo", "Volveremos", "08:00 - Buenos días")),
    ):
        items = _items(text, lang, PUB_ES)
        for opening in openings:
            assert _item(items, opening).label is Label.FACT, opening


def test_a_service_phrase_in_prose_is_left_to_the_rules() -> None:
    text = "The ministry promised a new timetable on Monday. And that is all for now, apparently."
    assert read_layout(text, load_lexicon("en")).lines == ()


def test_a_signpost_before_headings_or_a_list_organises_the_piece() -> None:
    en = (
        "The regional parliament passed the housing law on Tuesday. Here is what changes.\n"
        "Who can apply?\n"
        "Tenants under 35 with a signed lease.\n"
        "When does it start?\n"
        "On March 1."
    )
    es = (
        "El Parlamento regional aprobó el martes la ley de vivienda. Estas son las claves.\n"
        "• Alquileres topados en 42 municipios\n"
        "• Ayudas de hasta 250 euros al mes"
    )
    assert _item(_items(en, "en"), "Here is what changes").label is Label.FACT
    assert _item(_items(es, "es", PUB_ES), "Estas son las claves").label is Label.FACT


def test_a_rhetorical_idiom_alone_on_its_line_stays_commentary_even_with_a_question_word() -> None:
    en = "The council approved the bridge works on Monday.\nWhat could possibly go wrong?\nThe works start on March 1."
    es = "El Ayuntamiento aprobó el lunes las obras del puente.\n¿Qué podría salir mal?\nLas obras empiezan el 1 de marzo."
    assert _item(_items(en, "en"), "What could").label is Label.COMMENTARY
    assert _item(_items(es, "es", PUB_ES), "¿Qué podría").label is Label.COMMENTARY


def test_a_press_interview_with_dashes_gives_questions_to_the_outlet_and_answers_to_the_guest() -> None:
    text = (
        "El alcalde de Teruel, Ramón Gil, recibe a este diario en su despacho.\n"
        "—¿Cuándo abrirá la estación de autobuses?\n"
        "—Antes del 1 de mayo. El retraso de la empresa es inaceptable.\n"
        "—¿Y el precio del billete?\n"
        "—Lo congelaremos hasta diciembre —asegura—. Según algunos vecinos, habría otra salida."
    )
    items = _items(text, "es", PUB_ES)
    assert _item(items, "—¿Cuándo").label is Label.FACT
    for opening in ("—Antes del 1 de mayo", "El retraso de la empresa", "—Lo congelaremos"):
        assert (_item(items, opening).label, _item(items, opening).speaker) == (Label.STATEMENT, "Ramón Gil")
    assert _item(items, "Según algunos vecinos").label is Label.CLAIM  # a source of its own


def test_the_reasons_the_layout_tests_for_are_the_ones_labels_and_attribution_give() -> None:
    # The layout keeps a cue heading the writer's and gives a turn's nameless claim to its guest
    # by these reasons: a reworded reason must still open with the constant the layout imports.
    def labelled(text: str, lang: str) -> Item:
        return label_clause(
            text, 0, len(text), load_lexicon(lang), insertion=False, previous_speaker=None
        ).item

    cue = labelled("Clearly a bad week for the harbour board", "en")
    assert cue.label is Label.COMMENTARY and cue.reason.startswith(CUE_REASON)
    for text, lang in (
        ("—Lo congelaremos hasta diciembre —asegura—.", "es"),
        ("The thing nobody expected said the plan would work.", "en"),
    ):
        nameless = labelled(text, lang)
        assert nameless.label is Label.CLAIM and nameless.reason.startswith(NO_NAME_REASON)


def test_dialogue_dashes_without_questions_are_no_interview() -> None:
    text = "—Nos vamos —dijo el capitán del ferry.\n—Ahora mismo —respondió el práctico del puerto."
    page = read_layout(text, load_lexicon("es"))
    assert all(line.kind is not Kind.TURN for line in page.lines)


def test_a_timestamp_alone_on_its_line_opens_the_entry_below_it() -> None:
    text = (
        "14:32\n"
        "The regional government extended the evacuation order until Friday, the civil protection "
        "agency said in Zaragoza.\n"
        "11:05\n"
        "Firefighters have contained the northern front."
    )
    published = datetime(2026, 8, 12, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    result = analyze(text, published=published, lang="en", now=NOW)
    first = result.items[0]
    assert first.text.startswith("14:32\nThe regional government")  # one item, the time with its entry
    assert [d.due for d in result.deadlines] == [date(2026, 8, 14)]  # 14:32 is no time of the due
    page = read_layout(text, load_lexicon("en"))
    assert page.statement_time(text.index("The regional"), published, published.tzinfo) == datetime(
        2026, 8, 12, 14, 32, tzinfo=published.tzinfo
    )


def test_an_explainers_own_q_and_a_answers_in_the_writers_voice() -> None:
    text = (
        "The harbour board, chaired by Marta Gil, closed the north quay on Monday.\n"
        "Q: Why is the quay closed?\n"
        "A: Divers found cracks in two piles. Clearly, nobody checked them for years.\n"
        "Q: When will it reopen?\n"
        "A: Not before March 3."
    )
    items = _items(text, "en")
    # no interview is announced: the answers are no statement of the person the lead names
    assert all(item.speaker != "Marta Gil" for item in items)
    assert _item(items, "Clearly").label is Label.COMMENTARY
    assert _item(items, "Q: Why is the quay closed?").label is Label.FACT


OWN_REPORTER_EN = (
    "PRESENTER: The river in Passau peaked overnight at nine metres. Our correspondent Tomás Weller is there.\n"
    "WELLER: The water reached the old town's main square shortly after two in the morning. "
    "The mayor, Dieter Klaus, told me the dykes upstream had held. "
    "Not exactly a reassuring thing to hear from a man standing in a flooded square.\n"
    "PRESENTER: And the forecast?\n"
    "WELLER: More rain is due on Thursday. Frankly, the town looks exhausted.\n"
    "PRESENTER: Tomás Weller, thank you. Now the mayor himself, Dieter Klaus.\n"
    "KLAUS: We evacuated four hundred people. Frankly, the state abandoned us.\n"
    "PRESENTER: Thank you.\n"
    "KLAUS: Thank you."
)

OWN_REPORTER_ES = (
    "PRESENTADORA: La ola de calor ha obligado a cerrar 40 colegios en Murcia. "
    "Allí está Iván Ortega, nuestro enviado especial.\n"
    "ORTEGA: Los termómetros marcaron ayer 44 grados en el centro de la ciudad. "
    "La consejera de Educación, Rosa Almagro, me aseguró que las clases se reanudarán el lunes. "
    "Un auténtico despropósito.\n"
    "PRESENTADORA: ¿Y las familias?\n"
    "ORTEGA: Los comedores escolares siguen abiertos. Sinceramente, nadie parece tener un plan.\n"
    "PRESENTADORA: Gracias, Iván. Hablamos ahora con la consejera, Rosa Almagro.\n"
    "ALMAGRO: Hemos habilitado aulas climatizadas. Sinceramente, nadie podía prever este calor.\n"
    "PRESENTADORA: Gracias.\n"
    "ALMAGRO: A ustedes."
)


def test_the_outlets_own_reporter_speaks_for_the_outlet_not_as_a_guest() -> None:
    """Corpus convention 17: a reporter the text introduces as its own ("our correspondent X",
    "X, nuestro enviado especial") reads like the host: narration fact, judgement commentary."""
    en = _items(OWN_REPORTER_EN, "en")
    assert _item(en, "WELLER: The water").label is Label.FACT
    assert _item(en, "WELLER: More rain").label is Label.FACT
    assert _item(en, "Not exactly").label is Label.COMMENTARY
    assert _item(en, "Frankly, the town").label is Label.COMMENTARY
    es = _items(OWN_REPORTER_ES, "es", PUB_ES)
    assert _item(es, "ORTEGA: Los termómetros").label is Label.FACT
    assert _item(es, "ORTEGA: Los comedores").label is Label.FACT
    assert _item(es, "Un auténtico").label is Label.COMMENTARY
    assert _item(es, "Sinceramente, nadie parece").label is Label.COMMENTARY


def test_what_the_reporter_relays_and_a_guests_turns_stay_statements() -> None:
    en = _items(OWN_REPORTER_EN, "en")
    assert (_item(en, "The mayor, Dieter").label, _item(en, "The mayor, Dieter").speaker) == (
        Label.STATEMENT,
        "Dieter Klaus",
    )
    for opening in ("KLAUS: We evacuated", "Frankly, the state"):
        assert (_item(en, opening).label, _item(en, opening).speaker) == (Label.STATEMENT, "Dieter Klaus")
    es = _items(OWN_REPORTER_ES, "es", PUB_ES)
    assert (_item(es, "La consejera de").label, _item(es, "La consejera de").speaker) == (
        Label.STATEMENT,
        "Rosa Almagro",
    )
    for opening in ("ALMAGRO: Hemos", "Sinceramente, nadie podía"):
        assert (_item(es, opening).label, _item(es, opening).speaker) == (Label.STATEMENT, "Rosa Almagro")


def test_a_guest_the_host_calls_a_colleague_of_no_outlet_stays_a_guest() -> None:
    text = (
        "HOST: The port strike enters its third day. Our guest is the union's negotiator, Ruth Okoye.\n"
        "OKOYE: We offered to talk on Monday. Frankly, management is stalling.\n"
        "HOST: Will you settle?\n"
        "OKOYE: Not at this price."
    )
    items = _items(text, "en")
    assert (_item(items, "Frankly, management").label, _item(items, "Frankly, management").speaker) == (
        Label.STATEMENT,
        "Ruth Okoye",
    )
    page = read_layout(text, load_lexicon("en"))
    assert {ln.voice for ln in page.lines if ln.tag == "OKOYE"} == {Voice.GUEST}


# comment17es: a list whose bullets open with a short lead-in before their text ("• La cifra.
# Por el muelle pasan…") gives each lead-in a headline's place, like a bold one; own texts
BULLET_LEADS_ES = (
    "Buenas tardes. Hoy, todo sobre la línea de autobuses a la costa.\n"
    "• Nuevo horario. El consorcio de transportes adelanta a las 6.10 la primera salida desde el 2 de marzo.\n"
    "• Las tarifas. El billete sencillo sube a 2,40 euros y el bono de diez viajes, a 18.\n"
    "• Lo que falta. La parada del hospital seguirá sin marquesina hasta el verano."
)
BULLET_LEADS_EN = (
    "Here is the week in water.\n"
    "• Levels down. The Pinewood reservoir stood at 41 per cent on Monday, the utility said.\n"
    "• The ban. A hosepipe ban covers three districts from March 1.\n"
    "• What comes next. The regulator meets the utility on March 9."
)


def test_the_lead_ins_of_a_bulleted_list_are_headings() -> None:
    for text, lang, leads in (
        (BULLET_LEADS_ES, "es", ("• Nuevo horario.", "• Las tarifas.", "• Lo que falta.")),
        (BULLET_LEADS_EN, "en", ("• Levels down.", "• The ban.", "• What comes next.")),
    ):
        items = _items(text, lang)
        for lead in leads:
            item = next(i for i in items if i.text == lead)
            assert item.label is Label.FACT, item.reason
        assert _item(items, "El billete sencillo" if lang == "es" else "A hosepipe ban").label is Label.FACT


def test_a_single_bullet_lead_or_a_cue_in_one_stays_the_writers() -> None:
    single = (
        "El consorcio presentó su plan.\n"
        "• Otra promesa más. La parada del hospital seguirá sin marquesina hasta el verano.\n"
        "• El billete sencillo sube a 2,40 euros desde el 2 de marzo, según el consorcio."
    )
    assert _item(_items(single, "es"), "• Otra promesa más").label is Label.COMMENTARY
    cue = (
        "The board met on Monday.\n"
        "• Sadly, nothing new. The fare review was postponed again.\n"
        "• Levels down. The Pinewood reservoir stood at 41 per cent on Monday, the utility said."
    )
    assert _item(_items(cue, "en"), "• Sadly, nothing new.").label is Label.COMMENTARY
