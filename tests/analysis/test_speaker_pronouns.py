"""A person's pronoun ("she said", "dijo ella") stands for the last person named, never a body."""

from __future__ import annotations

import pytest

from bot.analysis.attribution import looks_like_person
from bot.analysis.lexicon import load_lexicon
from tests.analysis.speakers import last_statement_speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Port Authority said the terminal would close on Friday. Mayor Ingrid Solberg inspected "
            'the damaged crane on Tuesday. "We will not reopen until it is safe," she told reporters.',
            "en",
            "Ingrid Solberg",
        ),
        (
            "Health Minister Clara Nyberg said the wards would reopen in May. The hospital trust said the "
            "repairs would cost 4 million euros. She said the figure was too high.",
            "en",
            "Clara Nyberg",
        ),
        (
            "The federation fined the club 20,000 euros, its disciplinary panel said. Club president Nadia "
            'Forde called the fine unjust. "We will appeal within the week," she said.',
            "en",
            "Nadia Forde",
        ),
        (
            "Museum director Paolo Ferri said the loan would end in June. The Culture Ministry said the "
            "paintings were insured. He said the insurance was not the museum's concern.",
            "en",
            "Paolo Ferri",
        ),
        (
            "La Agencia de Aguas informó de que el embalse está al 31 %. La alcaldesa, Marta Quiroga, "
            "recorrió el lunes los barrios inundados. «Nadie duerme esta noche en la parte baja», dijo ella.",
            "es",
            "Marta Quiroga",
        ),
        (
            "El entrenador Luis Beltrán dijo que el equipo viajará el viernes. La liga multó al club con "
            "20.000 euros. Él aseguró que pagarán la multa.",
            "es",
            "Luis Beltrán",
        ),
    ],
)
def test_a_person_pronoun_takes_the_last_person_not_a_body(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a company named after a common noun is no person the pronoun could stand for
        (
            "Minister Eva Lind said the bridge would reopen in May. The contractor, Brückner Bau, was "
            "fined last year. She said the delay was not the contractor's fault.",
            "en",
            "Eva Lind",
        ),
        # a body's spokeswoman is the "she" that follows: the body stays the speaker
        (
            "A Transport Ministry spokeswoman said the line would reopen in May. She added that the "
            "contractor had been fined.",
            "en",
            "Transport Ministry",
        ),
        (
            'Spokesman Ivo Marek said the trains would run on Sunday. "We have enough drivers," he said.',
            "en",
            "Ivo Marek",
        ),
        # no person named yet: the pronoun keeps the previous speaker
        (
            "The league said the fine must be paid within 30 days. She said the club had been warned.",
            "en",
            "league",
        ),
    ],
)
def test_a_pronoun_keeps_the_speaker_when_no_other_person_is_nearer(
    text: str, lang: str, speaker: str
) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Rosa Elvira Chiriboga", True),
        ("Faisal al-Rashid", True),
        ("Port Authority", False),
        ("Culture Ministry", False),
        ("Andesur Airlines", False),
        ("FMI", False),
        ("Peskov", False),
    ],
)
def test_a_person_is_told_from_a_body_by_the_words_of_the_name(name: str, person: bool) -> None:
    assert looks_like_person(name, load_lexicon("en")) is person


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La Agencia de Aguas informó de que el embalse está al 31 %. La alcaldesa de Villaverde, Marta "
            "Quiroga, visitó el lunes los barrios inundados. «Nadie duerme esta noche en la parte baja», dijo.",
            "es",
            "Marta Quiroga",
        ),
        (
            "El comité de empresa dijo que la huelga empieza el lunes. El presidente del comité, Luis Beltrán, "
            "recorrió la planta por la mañana. «No vamos a ceder».",
            "es",
            "Luis Beltrán",
        ),
        (
            "The ministry said the tender would close on Friday. The head of the port authority, Ines Varga, "
            'toured the docks on Monday. "We are ready," she said.',
            "en",
            "Ines Varga",
        ),
        (
            "El Gobierno dijo que la ley se votará en marzo. La portavoz de la oposición, Elena Vidal, votará "
            "en contra. «Es un atropello», dijo.",
            "es",
            "Elena Vidal",
        ),
    ],
)
def test_the_person_the_sentence_before_opens_with_speaks_next(text: str, lang: str, speaker: str) -> None:
    assert last_statement_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the sentence before opens with a body, or reports with a speaker of its own
        (
            "«No habrá prórroga», dijo la ministra, Rosa Amat. La agencia publicó el informe el lunes. "
            "«La decisión es firme», añadió.",
            "es",
            "Rosa Amat",
        ),
        (
            "El ministerio informó de que la obra acabará en mayo. El alcalde, Luis Mata, fue detenido el "
            "lunes, informó la fiscalía. «La investigación sigue abierta», añadió.",
            "es",
            "fiscalía",
        ),
    ],
)
def test_a_sentence_before_with_a_body_or_a_report_leaves_the_speaker(
    text: str, lang: str, speaker: str
) -> None:
    assert last_statement_speaker(text, lang) == speaker
