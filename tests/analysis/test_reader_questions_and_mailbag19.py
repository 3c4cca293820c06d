"""A reader's first-person question and the outlet's mailbag and sign-offs are facts, English (comment19en).

An explainer asks in its reader's own voice what they need to know ("Can I get money back when my
broadband goes down?", "Will my council tax go up again in April?", "What if I miss my offer?"):
gold fact in five bank writers' explainers, where a paragraph glues the question to its answer, and
never commentary in dev or the bank; the rules read any unquoted question as the writer's. The
writer's rhetorical first person ("Am I the only one…?", "Why should I pay…?") stays theirs.

A moderator's close ("Thank you, that is all we have time for"), the outlet's mailbag in a live blog
("Three readers have sent us screenshots…", "From the comments:") and a newsletter's sign-off ("See
you next Friday.", "That's the catch for this week.") organise the coverage (gold fact, dev threads
of three annotators); the rules read "we"/"us" as the writer's and a sign-off as a kicker. Own
sentences on topics of my own; near misses keep the writer's verdict.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyze
from bot.domain.models import Item, Label

PUB = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _item(text: str, opening: str) -> Item:
    items = analyze(text, published=PUB, lang="en", now=NOW).items
    return next(i for i in items if opening in i.text)


@pytest.mark.parametrize(
    "question",
    [
        "Do I need a new passport?",
        "Can I still apply if my visa has expired?",
        "What happens to my pension if the fund collapses?",
        "Will I be charged for the cancelled trip?",
        "How do I register my vote by post?",
        "Can my landlord keep the deposit?",
        "Where can I get my documents checked?",
        "Can I ask for my money back?",
        "How do I ask for a refund?",
        "Can I say no to overtime during the strike?",
    ],
)
def test_a_question_in_the_readers_first_person_is_a_fact(question: str) -> None:
    item = _item(question, question[:10])
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Can I get a refund if my train is cancelled? Operators must refund the full fare within "
            "28 days, and most do it online.",
            "Can I get a refund",
        ),
        (
            "The new rules start in May. Do I have to register my boat? Only if it is longer than "
            "seven metres, the harbour office says.",
            "Do I have to register",
        ),
    ],
)
def test_a_readers_question_glued_to_its_answer_is_a_fact(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    "question",
    [
        "Am I the only one still waiting for the bus?",
        "Why should I pay for their mistakes?",
        "What am I supposed to tell my daughter?",
        "Who am I to argue with the council?",
        "Can I just say how tired this town is of the roadworks?",
        "Who is going to pay for all this?",
        "And what will the council do now?",
    ],
)
def test_the_writers_rhetorical_question_stays_commentary(question: str) -> None:
    item = _item(question, question[:10])
    assert item.label is Label.COMMENTARY, item.reason


def test_a_quoted_first_person_question_is_the_speakers() -> None:
    item = _item('The mayor asked: "Can I see the plans?"', "The mayor")
    assert item.label is Label.STATEMENT, item.reason


LIVE = (
    "Hospital consultation: live updates\n"
    "10:45 - The online response form has been down since yesterday afternoon.\n"
    "{entry}\n"
    "13:00 - The health board says the portal will be fixed by the evening."
)


@pytest.mark.parametrize(
    ("entry", "opening"),
    [
        ("11:20 - Three readers have sent us screenshots of the same error page.", "Three readers"),
        ("11:20 - Several listeners have written to us about the closure.", "Several listeners"),
        ("11:20 - A reader has emailed us a photo of the queue at the ward.", "A reader"),
        ("11:20 - From the comments:", "From the comments"),
    ],
)
def test_the_outlets_mailbag_in_a_live_blog_is_a_fact(entry: str, opening: str) -> None:
    item = _item(LIVE.format(entry=entry), opening)
    assert item.label is Label.FACT, (opening, item.reason)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "MODERATOR: Good evening.\nPORT CHIEF: The offer stands.\nUNION LEADER: It does not.\n"
            "MODERATOR: Thank you, that is all we have time for.",
            "Thank you, that is all",
        ),
        ("HOST: Thanks, both. That's all the time we have for tonight.", "That's all the time"),
        ("The quota was cut by a fifth in June.\n\nSee you next Friday.", "See you next"),
        ("The quota was cut by a fifth in June.\n\nSee you next time.", "See you next"),
        ("The quota was cut by a fifth in June.\n\nThat's the catch for this week.", "That's the catch"),
        ("The quota was cut by a fifth in June.\n\nThat is our round-up for today.", "That is our round-up"),
    ],
)
def test_a_close_or_sign_off_is_a_fact(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.FACT, (opening, item.reason)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # the writer's verdict with "us": not the outlet's mailbag
        ("Readers have sent us a great deal of nonsense about this scheme.", "Readers have sent"),
        ("The council has sent us its figures, and they make grim reading.", "The council has sent"),
        # a sign-off phrase that goes on into a verdict
        ("That's the problem for this week, and nobody is fixing it.", "That's the problem"),
        # "we" as the writer's opinion
        ("We all know how this ends.", "We all know"),
    ],
)
def test_the_writers_we_and_verdicts_stay_commentary(text: str, opening: str) -> None:
    item = _item(text, opening)
    assert item.label is Label.COMMENTARY, (opening, item.reason)


# What a bill or a rule would do, its subject opening the clause and a verb of legal effect: the
# measure's provisions, reported (gold fact in three bank writers' text); the bare-generalisation rule
# read "would" with no figure as the writer's. Own phrasings; the first, second, fourth and sixth were
# commentary before.
@pytest.mark.parametrize(
    "sentence",
    [
        "The bill would require companies to disclose when customers are talking to a chatbot.",
        "The bill would allow terminally ill adults with mental capacity to ask for help to end their lives.",
        "The proposed law would ban the sale of energy drinks to anyone under sixteen.",
        "This amendment would give councils the power to cap rents.",
        "The new rules will require landlords to register every tenancy.",
        "The regulation would exempt small farms from the reporting duty.",
    ],
)
def test_what_a_bill_would_do_is_a_fact(sentence: str) -> None:
    item = _item(sentence, sentence[:12])
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill would never work.",
        "The bill would only make things worse for the people it claims to help.",
        "A bill like this would be a gift to the lawyers.",
        "The plan would be a disaster.",
        "Any law would struggle to fix that.",
        "The bill would probably allow more drilling than its authors admit.",
    ],
)
def test_the_writers_verdict_on_a_bill_stays_commentary(sentence: str) -> None:
    item = _item(sentence, sentence[:12])
    assert item.label is Label.COMMENTARY, item.reason


# An explainer's paragraph that opens with a question glued to its answer asks its later questions
# the same way ("Which trains are affected? … Will tickets be refunded? Yes, in full…"): gold fact in
# three English and three Spanish bank writers' explainers; no bank paragraph that opens with a
# question has a commentary question after it. Own phrasings, English and Spanish.
@pytest.mark.parametrize(
    ("text", "lang", "question"),
    [
        (
            "Which trains are affected? No services will run on the Northern line on Tuesday. "
            "Will tickets be refunded? Operators will refund them in full at the ticket office.",
            "en",
            "Will tickets be refunded?",
        ),
        (
            "What is a hosepipe ban? It stops households watering gardens with a hose. "
            "Who does it cover? Every customer of the water company in the three counties.",
            "en",
            "Who does it cover?",
        ),
        (
            "What did the court decide? It struck the law down by four votes to one. "
            "What happens next? The government has 28 days to appeal to the Supreme Court.",
            "en",
            "What happens next?",
        ),
        (
            "¿Qué cambia con la nueva tasa? Los cruceros pagarán tres euros por pasajero. "
            "¿Cuándo se paga? En el momento de atracar, a la autoridad portuaria.",
            "es",
            "¿Cuándo se paga?",
        ),
        (
            "¿Qué es el bono térmico? Una ayuda para pagar la calefacción. "
            "¿A quién afecta el cambio? A los hogares con rentas por debajo de 18.000 euros.",
            "es",
            "¿A quién afecta",
        ),
    ],
)
def test_a_later_question_of_an_explainers_paragraph_is_a_fact(text: str, lang: str, question: str) -> None:
    items = analyze(text, published=PUB, lang=lang, now=NOW).items
    item = next(i for i in items if i.text.startswith(question))
    assert item.label is Label.FACT, item.reason


@pytest.mark.parametrize(
    ("text", "lang", "question"),
    [
        # a paragraph that opens with a report and then asks: the writer's
        (
            "The licence fee will rise to £180 a year from April. Harsh? It is the first rise in three years.",
            "en",
            "Harsh?",
        ),
        # a rhetorical mark keeps the writer's question
        (
            "What did the court decide? It struck the law down. Will anyone in government read the "
            "ruling, really? It is doubtful.",
            "en",
            "Will anyone",
        ),
        # the question that ends the paragraph is answered by nobody
        (
            "What did the court decide? It struck the law down by four votes to one. And who pays for the appeal?",
            "en",
            "And who pays",
        ),
        (
            "La tasa subirá a tres euros en abril. ¿Excesiva? Es la primera subida en tres años.",
            "es",
            "¿Excesiva?",
        ),
    ],
)
def test_the_writers_question_after_a_report_or_at_the_end_stays_commentary(
    text: str, lang: str, question: str
) -> None:
    items = analyze(text, published=PUB, lang=lang, now=NOW).items
    item = next(i for i in items if i.text.startswith(question))
    assert item.label is Label.COMMENTARY, item.reason
