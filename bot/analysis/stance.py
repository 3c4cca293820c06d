"""A small stance model: a second opinion on clauses the rules call plain fact.

The cue lists catch commentary that uses the words they list; a new writer on a new story uses
others. The model reads what does not depend on the story: closed-class words (modals, hedges,
degree words, negation, "we", "you", comparatives), the absence of what a report carries (past
tense, names, quotes), evaluative adjectives of general use, the clause's length and where it
stands (a paragraph's or the article's end). The word classes are data (`[stance]` in each
language file). A logistic regression over those features is averaged in log-odds with a naive
Bayes over words (the previous model, which knows the dev stories' vocabulary and holds back
plain reports in it, its content words read as lemmas so that a new writer's "cerrarían" counts
as the "cerraron" of the dev stories); both are shipped as `data/stance.json`, built by
`python -m bot.evaluation.train_stance` from the dev split and the stance bank (writers the dev
split does not have: leaving one of them out, the others teach the model more about a new
writer). It only flips a clause when it is confident (threshold chosen by leave-one-thread-out CV
and leaving one bank annotator out, `python -m bot.evaluation.cv_stance`).
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import simplemma

from bot.analysis.lexicon import LiteralGate, PatternSet, _optional_set, fill_measure_units
from bot.analysis.text import LETTERS_RE

DATA_DIR = Path(__file__).parent / "data"
MODEL_PATH = DATA_DIR / "stance.json"
COMMENTARY = "commentary"
FACT = "fact"
# Leave-one-thread-out CV (analysis README): on 74 dev articles 0.9 was chosen (0.9 and 0.95 flip
# the same one fact). The 18 articles added since hold more comment than fact, which raised both
# halves' priors (bias +0.28, word prior +0.08): 0.93 keeps the old operating point on the own fact
# probes (0.9 flips "Rescuers could not reach the village…", p 0.92). Rebuilt on 110 (18 more hard
# articles), 0.93 flips that fact again and 0.95 does not: the same operating point, one step up.
# Rebuilt on 122 (the 12 dev articles of 30 Nov, more fact than comment) at the same 0.95: both
# priors fell, and the own probes and held-out commentary recall lost a little (analysis README).
# With the word half's content words read as lemmas (140 dev articles), 0.95 finds more comment in
# leave-one-thread-out CV and on the own probes for no more facts flipped (analysis README).
# Trained on the stance bank too (stance8), 0.95 keeps dev leave-one-thread-out where it was and
# reads the left-out bank annotator better than the dev-only model did at any threshold.
# Trained on twelve annotators (stance9), 0.95 still: on the six new ones, left out in turn, more
# comment for fewer facts than stance8's model read them fresh, and dev leave-one-thread-out more
# comment and macro-F1 (0.96 gives back dev comment; analysis README, "Twelve annotators").
# Nineteen annotators (stance19: the logistic half weighs more, the word half's smoothing is 0.5):
# leaving one annotator out, whole engine, the new recipe reads more comment for fewer facts at
# every threshold from 0.93 to 0.97. With mix 0.6 the rebuilt model flipped the sign probe "El cartel
# de la entrada, «Usted está aquí», lleva tres años sin actualizar." at 0.95 (p 0.956; 0.961 with
# bank21's files, over 0.96 too); mix 0.65 at 0.95 keeps it (0.946) and reads new writers about as
# well as mix 0.6 at 0.96 (analysis README, "Nineteen annotators").
# Twenty-five annotators (stance20): every cross-validation says a lower point reads new writers
# better (whole engine, dev leave-one-thread-out on the twelve newest threads and leaving each
# annotator out: 0.80 best of 0.80-0.96). The plain rebuild keeps 0.95: at 0.95 it flips two pinned
# facts ("Los transbordadores siguen siendo el único enlace con la isla.", p 0.968; "Las
# negociaciones duraron tres semanas y produjeron un marco…", 0.953), 9 tests at 0.90, 14 at 0.80.
# Mix 0.75 at 0.93 keeps those two and is the same point in cross-validation, but lowers the
# held-out commentary recall below its guard (pass/fail only), so it was not shipped (analysis
# README, "Twenty-five annotators"). At integration, with stance21's counted lapses, the plain rebuild
# flips only the ferry (pinned as a known error); mix 0.8 at 0.925, the best recipe in dev
# leave-one-thread-out that keeps it a fact, reads fewer comments in sample (dev 218 commentary
# recall 0.945, under the dev floor) and lowers the held-out guard (analysis README, "The operating
# point at integration"). A word half that counts a word inside a known bigram once (stance22,
# `SUBSUME`) moves the scale, not the ranking: with Laplace 0.5, 0.88 and below read new writers
# better than this point in every cross-validation but flip pinned facts; 0.93 with Laplace 0.5 and
# 0.90 with Laplace 1 keep them all (the ferry a fact again) but fail the held-out guard or the dev
# floor (analysis README, "Counting a signal once"), so 0.95 is kept.
# Tenth session (1 Dec): rule declared before measuring: the plain recipe rebuilt on all data ships at
# the lowest threshold in {0.95 ... 0.90, 0.88, 0.85} at which every test in tests/analysis and the
# dev floors pass. With pins25's checks (knowledge, lasts, proportions, no agreement reached,
# speaker roles, manner senses) and 30 annotators that is 0.90: at 0.88 the probe "La comisión va a
# juzgar por primera vez un caso…" reads as comment. A short round later that session (pins26: a
# body's scheduled act, a reply not yet given, a lapse anchored to a start, a count as subject, a
# sound heard) gave it and four 0.80 probes general checks; the rule applied again gives 0.85, the
# lowest step of the set (analysis README, "The operating point at integration (tenth session)").
# Eleventh session (1 Dec): the rule declared again before measuring, the set extended by 0.82 and
# 0.80 (pins27 gave the two 0.80 probes general checks: a consequence clause after a report, "lo"
# as an object pronoun). Rebuilt on 290 dev articles and 32 annotators, every test in tests/analysis
# and the dev floors pass at 0.80, the lowest step (analysis README, "The operating point at
# integration (eleventh session)").
# Twelfth session (1 Dec): the same rule and set, declared before measuring. Rebuilt on 314 dev
# articles and 34 annotators, one probe failed at 0.80 ("El tribunal decidió que el recurso merece
# ser estudiado.", p 0.80) and every test and the dev floors pass at 0.82, which ships (analysis
# README, "The operating point at integration (twelfth session)").
DEFAULT_THRESHOLD = 0.82
# The word classes that are features of their own: one feature per class, whatever the words.
CLASSES = (
    "modal",
    "hedge",
    "degree",
    "aspect",
    "negation",
    "we",
    "you",
    "universal",
    "comparative",
    "contrast",
    "demonstrative",
    "copula",
    "future",
    "evaluative",
    "time",
)
# Classes whose first word is a feature too ("And…", "But…", "That is…", "Nobody…").
OPENING_CLASSES = (
    "conjunction_open",
    "demonstrative",
    "negation",
    "universal",
    "hedge",
    "evaluative",
    "we",
    "you",
)
# Word classes that make a superlative with its scope a verdict or a forecast, not a record.
_NOT_RECORDS = ("evaluative", "future", "modal", "hedge")
# Word classes that make a reported inability the writer's ("could not, it seems…", "will never…");
# not degree words, whose Spanish "hasta" is most often "until".
_NOT_INABILITIES = ("evaluative", "future", "modal", "hedge", "comparative", "you", "we")
# The words that join a nought count to a clause before it ("…landed safely and no one was hurt").
_JOINS = frozenset({"and", "but", "y", "e", "pero"})
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CAP_RE = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑÜ][\w’'-]*")
_OPENING_PUNCT = " \"“«'‘(¿¡—–-"
_QUOTE_CHARS = frozenset('"“”«»')
# Length buckets in words: a kicker is short, a report long.
_LENGTHS = ((4, "len<=4"), (8, "len<=8"), (14, "len<=14"), (22, "len<=22"))
# The naive Bayes half's bonus at a paragraph's end (the previous model's, LOTO CV on 62 dev
# articles) and the weight of the logistic half in the average: 0.65 since nineteen annotators
# (stance19), with the word half's Laplace smoothing 0.5: leaving one annotator out, both rank a
# new writer's clauses better than 0.5 and 1 (analysis README, "Nineteen annotators").
# Mix 0.75 (stance20) ranks about as well and tempers the word half's double counting ("el único",
# "único", "ser el"), but at the same point reads fewer held-out comments: 0.65 kept.
PARAGRAPH_END_BONUS = 3.0
MIX = 0.65
ALPHA = 0.5
# Whether the word half reads a word inside a known bigram through the bigram only (stance22).
# Measured and not shipped: it lowers the word half's scale more than it changes its ranking, and
# at a threshold that keeps every pinned fact it reads fewer of a new writer's comments than the
# shipped recipe at 0.95 (analysis README, "Counting a signal once").
SUBSUME = False
_MAX_LOG_ODDS = 27.6
DATED = "dated"
_NGRAM_RE = re.compile(r"[^\W\d_]+")
# Training: L2 strength and full-batch gradient steps (deterministic, so a rebuild is identical).
L2 = 0.001
STEPS = 1200
RATE = 0.5


@dataclass(frozen=True, slots=True)
class WordClasses:
    """One language's closed-class words, phrases and suffixes (its `[stance]` table)."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]
    past_suffixes: tuple[str, ...]
    past_exceptions: frozenset[str]
    past_words: frozenset[str]
    future_suffixes: tuple[str, ...]
    conditional_suffixes: tuple[str, ...]
    we_suffixes: tuple[str, ...]
    determiners: frozenset[str]
    function_words: frozenset[str]
    negative_subjects: tuple[str, ...] = ()
    question_subjects: tuple[str, ...] = ()
    classes_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    non_answers: PatternSet | None = None
    pointed_omissions: PatternSet | None = None
    records: PatternSet | None = None
    redescriptions: PatternSet | None = None
    repetitions: PatternSet | None = None
    contrasts: PatternSet | None = None
    samenesses: PatternSet | None = None
    inabilities: PatternSet | None = None
    inability_relatives: frozenset[str] = frozenset()
    reader_actions: frozenset[str] = frozenset()
    recalls: PatternSet | None = None
    lapses: PatternSet | None = None
    lapse_sweeps: tuple[str, ...] = ()
    measures: PatternSet | None = None
    nil_tallies: PatternSet | None = None
    class_terms: PatternSet | None = None
    class_term_sweeps: tuple[str, ...] = ()
    knowledge: PatternSet | None = None
    knowledge_sweeps: tuple[str, ...] = ()
    lasts: PatternSet | None = None
    proportions: PatternSet | None = None
    schedules: PatternSet | None = None
    counted_subjects: PatternSet | None = None
    sounds: PatternSet | None = None
    contents: PatternSet | None = None
    speaker_roles: PatternSet | None = None
    manner_senses: frozenset[str] = frozenset()
    reader_questions: PatternSet | None = None
    provisions: PatternSet | None = None
    reader_question_marks: PatternSet | None = None
    object_clitics: frozenset[str] = frozenset()
    clitic_predicates: frozenset[str] = frozenset()

    def redescription(self, text: str) -> int | None:
        """Return where the naming ends of a stretch that opens by naming a report anew ("a promise…")."""
        if self.redescriptions is None:
            return None
        body = text.lstrip()
        m = self.redescriptions.match(body)
        return None if m is None else len(text) - len(body) + m.end()

    def contrast(self, text: str) -> bool:
        """Tell a clause whose subject says the opposite of a report ("the queues suggest otherwise")."""
        return self.contrasts is not None and self.contrasts.search(text) is not None

    def sameness(self, text: str) -> bool:
        """Tell a clause that says what was said is the same ("the same", "lo mismo"), by whoever."""
        return self.samenesses is not None and self.samenesses.search(text) is not None

    def recall(self, text: str) -> bool:
        """Tell a report recalled from days or more before ("Thirteen days ago the union said")."""
        return self.recalls is not None and self.recalls.search(text) is not None

    def repetition(self, text: str) -> bool:
        """Tell a clause that marks a report as said before ("the same", "cada invierno", "again")."""
        return self.repetitions is not None and self.repetitions.search(text) is not None

    def pointed_omission(self, text: str) -> bool:
        """Tell the writer pointing at what a source left unsaid ("She did not say whose expectations")."""
        return self.pointed_omissions is not None and self.pointed_omissions.search(text) is not None

    def non_answer(self, text: str) -> bool:
        """Tell a clause that reports a refusal to answer ("declined to say", "no respondió")."""
        return self.non_answers is not None and self.non_answers.search(text) is not None

    def inability(self, text: str) -> bool:
        """Tell a clause that reports a past inability ("Rescuers could not reach the village"), or a
        present one in Spanish ("Los vecinos no pueden volver a sus casas").

        An event, as a refusal to answer is, when told plainly (`_plain_report`).
        """
        return self._plain_report(self.inabilities, text)

    def lapse(self, text: str) -> bool:
        """Tell a clause that counts how long something has not happened ("lleva tres años sin
        actualizar", "has not been updated in three years").

        A checkable span, an event's absence measured with an explicit count; not after a relative
        word ("una orquesta que lleva dos años sin director" characterises), not a vague span ("lleva
        años sin"), not a sweeping absence ("nada", "un dedo", "a penny": `lapse_sweeps`), nor with a
        word of another class of comment in the clause (as `inability`).
        """
        text = _writers_words(text)  # a quoted sign's "usted" is not the writer's
        if not self._plain_report(self.lapses, text):
            return False
        # "no ha movido un dedo desde hace dos años": the writer's sweep
        return not self._swept(text)

    def measure(self, text: str) -> bool:
        """Tell a clause that says in what unit something is measured ("se mide en nudos", "is given
        in millimetres").

        A convention of measurement, checkable; the units are a language's `measure_units`, so a
        yardstick ("la espera se mide en estaciones del año", "is measured in decades") is not one.
        Told plainly (`_plain_report`): not after a relative word, nor with a word of another class
        of comment in the clause.
        """
        return self._plain_report(self.measures, _writers_words(text))

    def nil_tally(self, text: str) -> bool:
        """Tell a clause that reports no one hurt, arrested or charged ("No one has yet been charged",
        "Nadie resultó herido", "No hubo detenidos"), or no agreement reached ("No se alcanzó ningún
        acuerdo", "No deal was reached"): a count of nought, checkable as any count.

        Told plainly only (`_plain_report`): not after a relative word ("a case in which nobody has
        been charged" characterises it), nor with a word of another class of comment beside it.
        """
        if not self._plain_report(self.nil_tallies, text):
            return False
        assert self.nil_tallies is not None
        m = self.nil_tallies.search(text)
        assert m is not None
        # the count is the clause's own report, not set in the writer's frame ("It's a small miracle
        # nobody was hurt", "Lo llamativo es que nadie ha sido detenido"): it opens the clause, or
        # follows an opening phrase's comma or "and"
        before = text[: m.start()].rstrip()
        words = _WORD_RE.findall(before)
        return not words or before.endswith((",", ";", ":", "—", "–")) or words[-1].lower() in _JOINS

    def class_term(self, text: str) -> bool:
        """Tell a clause that states what a class defined by a relative clause pays, gets or loses,
        counted ("Drivers who use the toll road pay twice", "Los agricultores que cultivan arroz
        reciben agua cada tres días").

        The relative clause only says whom a rule applies to; its main verb and a count say the
        rule's terms, checkable. Not with a sweep ("always", "never", "solo", "siempre":
        `class_term_sweeps`), nor with a word of another class of comment (as `inability`).
        """
        text = _writers_words(text)
        if self.class_terms is None or self.class_terms.search(text) is None:
            return False
        # the match spans the clause: its every word is read for another class of comment
        joined = f" {' '.join(_lowered_words(text))} "
        return not self._other_comment(text) and not any(p in joined for p in self.class_term_sweeps)

    def known(self, text: str) -> bool:
        """Tell a clause that says what a group named with a definite article knows ("Los trabajadores
        saben que el cierre es definitivo", "The residents know that the plant is closing").

        What people know is a state of theirs, reported; the model reads "saber que" as the writer's
        knowing aside ("Ya se sabe que…"). The subject opens the clause and the verb follows it
        (`knowledge`): not "ya saben", "todos saben", "quien sabe", "no saben"; not a sweep in what
        they know ("que nadie contestará": `knowledge_sweeps`), nor a word of another class of comment
        (as `inability`).
        """
        text = _writers_words(text)
        if not self._plain_report(self.knowledge, text):
            return False
        joined = f" {' '.join(_lowered_words(text))} "
        return not any(p in joined for p in self.knowledge_sweeps)

    def lasted(self, text: str) -> bool:
        """Tell a clause that says how long an event named with an article lasted, counted ("La huelga
        duró once días y terminó sin acuerdo", "The match lasted three hours").

        A checkable span, as a lapse is (`lasts`); not after a relative word ("un discurso que duró…"),
        not a span measured by a comparison ("duró lo que dura una promesa", "about as long as"), not a
        sweeping absence or a minimiser after it ("y no cambió una coma": `lapse_sweeps`), nor with a
        word of another class of comment (as `inability`).
        """
        text = _writers_words(text)
        if not self._plain_report(self.lasts, text):
            return False
        return not self._swept(text)

    def proportion(self, text: str) -> bool:
        """Tell a clause that opens with a proportion counted ("Uno de cada tres contratos es temporal",
        "Two in five cooperatives have not mapped their plots"): a statistic, checkable.

        Told plainly (`_plain_report`): with no word of another class of comment in the clause ("Two
        out of three is not bad" is the writer's verdict), nor a sweep or a minimiser (`lapse_sweeps`:
        "Dos de cada tres no está nada mal").
        """
        text = _writers_words(text)
        if not self._plain_report(self.proportions, text):
            return False
        return not self._swept(text)

    def scheduled(self, text: str) -> bool:
        """Tell a clause that says what a named body is to do on its agenda, in the future ("La comisión
        va a juzgar por primera vez un caso de fraude", "The tribunal will hear the appeal on Monday").

        An act announced, a fact of the report; the model reads "va a" / "will" as the writer's
        prediction ("Nadie va a dimitir", "It will end in tears"). The subject opens the clause with
        an article and is a body, the verb a body's act (`scheduled`); not negated, not after a
        relative word, with no word of another class of comment before the verb or after the match
        (the future is the match's own), nor a sweep or a minimiser (`lapse_sweeps`).
        """
        text = _writers_words(text)
        if not self._plain_report(self.schedules, text):
            return False
        assert self.schedules is not None
        m = self.schedules.search(text)
        assert m is not None
        if self._other_comment(text[: m.start("act")]):
            return False
        return not self._swept(text)

    def counted_subject(self, text: str) -> bool:
        """Tell a clause that opens with a count as the subject of a perfect ("All ten have gone home",
        "Dos han encontrado trabajo en la península"): a tally of what the counted did, checkable.

        The model reads a bare count opening a clause as the writer's kicker ("Eleven games."). Told
        plainly (`_plain_report`): no "only" / "solo" before it (not in the pattern), no word of another
        class of comment, no sweep or minimiser (`lapse_sweeps`: "Two have done nothing since").
        """
        text = _writers_words(text)
        if not self._plain_report(self.counted_subjects, text):
            return False
        return not self._swept(text)

    def sound(self, text: str) -> bool:
        """Tell a clause that reports a sound heard, with its hour, volume or place ("La sirena suena a
        las ocho", "El himno suena a todo volumen en la plaza", "The bells sounded at midnight").

        The model reads "suena" / "sounds" as a copula, the writer's reading ("suena a excusa"); with
        an hour, a volume or a place after it, it is a sound (`sounds`). Told plainly (`_plain_report`),
        with no sweep or minimiser (`lapse_sweeps`: "…y nadie hace nada").
        """
        text = _writers_words(text)
        if not self._plain_report(self.sounds, text):
            return False
        return not self._swept(text)

    def content(self, text: str) -> bool:
        """Tell a clause that says what a document named with an article contains or mentions, or
        how often a word appears in it ("El documento final menciona la transición", "The word
        "fossil" appears in it once", "The report lists a target of four hours").

        Checkable in the document; the model reads a count of mentions as the writer's pointed
        remark. The document or the word opens the clause and a verb of containing follows within
        six words (`contents`); not after a relative word, no word of another class of comment (as
        `inability`), nor a sweep or a minimiser ("no menciona nada", "mentions nothing":
        `lapse_sweeps`).
        """
        if not self._plain_report(self.contents, text):
            return False
        return not self._swept(_writers_words(text))

    def speaker_role(self, tail: str) -> bool:
        """Tell a relative clause after a report's speaker that says the office they hold ("…, dijo Ana
        Ruiz, quien representa a 1.200 agricultores", "…, said Ana Ruiz, who chairs the trust").

        Who the speaker is, a fact of the report, not the writer's tail (`speaker_roles`: a relative
        word, then a verb of an office held, in the present); with no word of another class of
        comment ("who chairs, of all things, the ethics committee" is asked).
        """
        return self._plain_report(self.speaker_roles, _writers_words(tail))

    def as_read(self, text: str) -> str:
        """Return a clause as the model reads it: an adverb of the writer's aside used in place, as a
        manner ("El agua se filtra naturalmente en el subsuelo"), and an object pronoun before a past
        verb ("Lo encontró en el archivo"), left out.

        The aside is set off ("El contrato se firmó, casualmente, la víspera": a cue reads it); in
        place, between two words with no comma, the same word says how (`manner_senses`), and the
        model, which weighs it as evaluative, is not shown it. Not at the clause's start or end.
        Spanish "lo" is also the neuter article of the writer's verdicts ("Lo peor es que…", "lo
        que nadie dice"), whose weight the model gives every "lo"; before a past verb it is an object
        pronoun (`object_clitics`), except before "ser" or "estar" ("A veces lo era": the predicate's
        "so", the writer's: `clitic_predicates`).
        """
        if not self.manner_senses and not self.object_clitics:
            return text  # a language with neither (English)
        # most clauses hold no listed word: their letter runs tell it (a listed word, with no
        # apostrophe, is a whole run) without the word regex below
        runs = {w.lower() for w in LETTERS_RE.findall(text)}
        if self.manner_senses.isdisjoint(runs) and self.object_clitics.isdisjoint(runs):
            return text
        out = text
        words = list(_WORD_RE.finditer(text))
        for i in reversed(range(len(words))):
            m = words[i]
            low = m.group().lower()
            if low in self.manner_senses:
                before, after = text[: m.start()].rstrip(), text[m.end() :].lstrip()
                if _WORD_RE.search(before[-1:]) and after[:1].isalpha():
                    out = out[: m.start()].rstrip() + " " + out[m.end() :].lstrip()
            elif self._object_clitic(text, words, i):
                out = out[: m.start()] + out[words[i + 1].start() :]
        return out

    def _object_clitic(self, text: str, words: Sequence[re.Match[str]], i: int) -> bool:
        """Tell an object pronoun (`object_clitics`) right before a past verb, with only a space between."""
        if words[i].group().lower() not in self.object_clitics or i + 1 >= len(words):
            return False
        return text[words[i].end() : words[i + 1].start()].isspace() and self._past_verb(words[i + 1].group())

    def _past_verb(self, word: str) -> bool:
        """Tell a past verb form other than "ser" or "estar" (`past_words`, `past_suffixes`)."""
        w = word.lower()
        return w not in self.clitic_predicates and _past([w], self) == 1

    def _swept(self, text: str) -> bool:
        """Tell a clause with a sweeping absence or a minimiser in it (`lapse_sweeps`: "nada", "un
        dedo", "a penny", "una coma"): the writer's sweep, whatever span or count it names."""
        joined = f" {' '.join(_lowered_words(text))} "
        return any(p in joined for p in self.lapse_sweeps)

    def _plain_report(self, pattern: PatternSet | None, text: str) -> bool:
        """Tell a clause where the pattern matches and the writer reports it plainly.

        Not after a relative word (the clause then characterises its noun: "a government that could
        not keep its deputies"), nor with a word of another class of comment in the rest of the
        clause ("could not, it seems…", "will never…", "you").
        """
        m = None if pattern is None else pattern.search(text)
        if m is None:
            return False
        before = _WORD_RE.findall(text[: m.start()])
        if before and before[-1].lower() in self.inability_relatives:
            return False
        return not self._other_comment(f"{text[: m.start()]} {text[m.end() :]}")

    def _other_comment(self, text: str) -> bool:
        """Tell a stretch with a word of another class of comment (evaluative, hedge, future, "you"…)."""
        lows = _lowered_words(text)
        counts = _class_counts(lows, f" {' '.join(lows)} ", self)
        return any(counts[name] for name in _NOT_INABILITIES)

    def provision(self, text: str) -> bool:
        """Tell a clause that says what a bill or a rule would do ("The bill would require companies
        to disclose…"): its provisions, reported; the conditional is the measure's, not the writer's.

        The measure opens the clause as its subject and the verb is one of legal effect
        (`provisions`); told plainly (`_plain_report`), with no sweep or minimiser (`lapse_sweeps`).
        """
        text = _writers_words(text)
        return self._plain_report(self.provisions, text) and not self._swept(text)

    def reader_question(self, text: str) -> bool:
        """Tell a question asked in the reader's own first person ("Can I get my money back?").

        An explainer asks for its reader what they need to know, a fact that organises the answer;
        the writer's rhetorical "Am I the only one…?", "Why should I pay…?" (`reader_question_marks`)
        stays their own.
        """
        if self.reader_questions is None or self.reader_questions.search(text) is None:
            return False
        return self.reader_question_marks is None or self.reader_question_marks.search(text) is None

    def service(self, text: str) -> bool:
        """Tell a clause with a verb that tells the reader how to act ("call 101"): a service note's."""
        return any(w.lower() in self.reader_actions for w in _WORD_RE.findall(text))

    def record(self, text: str) -> bool:
        """Tell a clause that states a record ("the highest since 2009", "la más seca registrada").

        Not with an evaluative word ("the most pointless summit in years" is a verdict), nor a
        future, modal or hedge, a word or a phrase ("será la más rápida de la historia y,
        probablemente…", "is going to be the longest", "al parecer" predict or hedge).
        """
        if self.records is None or self.records.search(text) is None:
            return False
        lows = _lowered_words(text)
        counts = _class_counts(lows, f" {' '.join(lows)} ", self)
        return not any(counts[name] for name in _NOT_RECORDS)


@cache
def _language_file(lang: str) -> dict[str, Any]:
    """Read a language file once, for the tables the model uses (empty when there is none)."""
    path = DATA_DIR / f"{lang}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def word_classes(lang: str) -> WordClasses | None:
    """Read a language's `[stance]` table once; None when the language has none."""
    data = _language_file(lang)
    table = data.get("stance")
    if not table:
        return None
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    for name in {*CLASSES, *OPENING_CLASSES}:
        entries = [str(w).lower() for w in table.get(name, [])]
        words[name] = frozenset(w for w in entries if " " not in w)
        phrases[name] = tuple(f" {w} " for w in entries if " " in w)

    def strings(key: str) -> tuple[str, ...]:
        return tuple(str(s).lower() for s in table.get(key, []))

    gate = LiteralGate()  # one literal scan per clause for all the checks' lists below

    return WordClasses(
        words,
        phrases,
        strings("past_suffixes"),
        frozenset(strings("past_exceptions")),
        frozenset(strings("past_words")),
        strings("future_suffixes"),
        strings("conditional_suffixes"),
        strings("we_suffixes"),
        frozenset(strings("determiners")),
        frozenset(
            w for key in (*CLASSES, *OPENING_CLASSES, "function_words") for w in strings(key) if " " not in w
        )
        | frozenset(str(w).lower() for w in data.get("detection", {}).get("stopwords", [])),
        strings("negative_subjects"),
        strings("question_subjects"),
        {w: tuple(n for n in CLASSES if w in words[n]) for n in CLASSES for w in words[n]},
        _patterns(table.get("non_answers", []), gate),
        _patterns(table.get("pointed_omissions", []), gate),
        _patterns(table.get("records", []), gate),
        _patterns(table.get("redescriptions", []), gate),
        _patterns(table.get("repetitions", []), gate),
        _patterns(table.get("contrasts", []), gate),
        _patterns(table.get("samenesses", []), gate),
        _patterns(table.get("inabilities", []), gate),
        frozenset(strings("inabilities_relatives")),
        frozenset(strings("reader_actions")),
        _patterns(table.get("recalls", []), gate),
        _patterns(table.get("lapses", []), gate),
        tuple(f" {w} " for w in strings("lapse_sweeps")),
        _patterns([fill_measure_units(str(p), data) for p in table.get("measures", [])], gate),
        _patterns(table.get("nil_tallies", []), gate),
        _patterns(table.get("class_terms", []), gate),
        tuple(f" {w} " for w in strings("class_term_sweeps")),
        _patterns(table.get("knowledge", []), gate),
        tuple(f" {w} " for w in strings("knowledge_sweeps")),
        _patterns(table.get("lasts", []), gate),
        _patterns(table.get("proportions", []), gate),
        _patterns(table.get("scheduled", []), gate),
        _patterns(table.get("counted_subjects", []), gate),
        _patterns(table.get("sounds", []), gate),
        _patterns(table.get("contents", []), gate),
        _patterns(table.get("speaker_roles", []), gate),
        frozenset(strings("manner_senses")),
        _patterns(table.get("reader_questions", []), gate),
        _patterns(table.get("provisions", []), gate),
        _patterns(table.get("reader_question_marks", []), gate),
        frozenset(strings("object_clitics")),
        frozenset(strings("clitic_predicates")),
    )


def _patterns(patterns: Sequence[str], gate: LiteralGate) -> PatternSet | None:
    """Join a list of regular expressions into one case-insensitive search; None for none.

    A gated pattern set (`lexicon._optional_set`): the checks run on most clauses and find nothing,
    so a clause that holds none of a list's required literals (found for all the language's lists
    in one automaton pass, `gate`) skips its regex; one that holds some runs the same regex, or the
    alternation of the alternatives its literals let through, which finds the same match.
    """
    return _optional_set(list(patterns), gate)


def _lowered_words(text: str) -> list[str]:
    """Return the text's words in lower case, a typographic apostrophe made plain (as classes list them)."""
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


def _class_counts(lows: Sequence[str], joined: str, wc: WordClasses) -> Counter[str]:
    """Count each class's words and phrases in a clause, in one pass over its words."""
    counts: Counter[str] = Counter()
    for w in lows:
        for name in wc.classes_of.get(w, ()):
            counts[name] += 1
    for name in CLASSES:
        for p in wc.phrases[name]:
            counts[name] += joined.count(p)
    return counts


def _past(lows: Sequence[str], wc: WordClasses) -> int:
    """Count past-tense words: listed forms and suffixed verbs ("-ed", "-ó", "-aron")."""
    return sum(
        1
        for w in lows
        if w in wc.past_words or (len(w) > 4 and w not in wc.past_exceptions and w.endswith(wc.past_suffixes))
    )


def _suffixed(lows: Sequence[str], suffixes: tuple[str, ...], wc: WordClasses, *, after_noun: bool) -> bool:
    """Tell a verb form by its ending; `after_noun` skips one after a determiner ("la mayoría")."""
    if not suffixes:
        return False
    prev = ""
    for w in lows:
        if len(w) > 4 and w.endswith(suffixes) and not (after_noun and prev in wc.determiners):
            return True
        prev = w
    return False


@lru_cache(maxsize=4096)
def features(
    text: str, lang: str, *, paragraph_end: bool = False, article_end: bool = False, dated: bool = False
) -> tuple[str, ...]:
    """Return the clause's topic-free features, sorted (binary: present or not).

    `dated`: the clause carries a figure, a day or a duration (the caller's date tests): most
    such clauses are reports, and the model weighs that rather than never seeing them.
    """
    shown, text = text, _writers_words(text)
    wc = word_classes(lang)
    words = _WORD_RE.findall(text)
    lows = [w.lower().replace("’", "'") for w in words]
    out: set[str] = {f"lang:{lang}"}
    if wc is not None:
        joined = f" {' '.join(lows)} "
        counts = _class_counts(lows, joined, wc)
        for name in CLASSES:
            n = counts[name]
            if n:
                out.add(name)
                if n > 1:
                    out.add(f"{name}2")
        if any(w.endswith("n't") for w in lows):
            out.add("negation")
        if _suffixed(lows, wc.conditional_suffixes, wc, after_noun=True):
            out.add("modal")
        if _suffixed(lows, wc.future_suffixes, wc, after_noun=True):
            out.add("future")
        if _suffixed(lows, wc.we_suffixes, wc, after_noun=True):
            out.add("we")
        if lows:
            head = f" {' '.join(lows[:3])} "
            for name in OPENING_CLASSES:
                if lows[0] in wc.words[name] or any(head.startswith(p) for p in wc.phrases[name]):
                    out.add(f"first:{name}")
        past = _past(lows, wc)
        out.add("past0" if not past else "past1" if past == 1 else "past2")
        out.update(f"w:{w}" for w in lows if w in wc.function_words)
        out.update(f"s:{a} {b}" for a, b in pairwise(_shapes(words, lows, wc)))
    # a capital after the sentence's first word (its opening punctuation skipped) is a name's
    opened = len(text) - len(text.lstrip(_OPENING_PUNCT))
    caps = sum(1 for m in _CAP_RE.finditer(text, opened + 1))
    out.add("caps0" if not caps else "caps1" if caps == 1 else "caps2")
    out.update(_shape(shown, len(words)))
    if paragraph_end:
        out.add("paragraph_end")
    if article_end:
        out.add("article_end")
    if dated:
        out.add(DATED)
    return tuple(sorted(out))


def _shapes(words: Sequence[str], lows: Sequence[str], wc: WordClasses) -> list[str]:
    """Return each word as itself if closed-class, else its kind: Name, Evaluative, Past, or X."""
    out = ["^"]
    for i, (w, low) in enumerate(zip(words, lows, strict=True)):
        if low in wc.function_words:
            out.append(low)
        elif i and w[:1].isupper():
            out.append("N")
        elif low in wc.words["evaluative"]:
            out.append("E")
        elif low in wc.past_words or (
            len(low) > 4 and low not in wc.past_exceptions and low.endswith(wc.past_suffixes)
        ):
            out.append("P")
        else:
            out.append("X")
    out.append("$")
    return out


def _shape(text: str, n_words: int) -> set[str]:
    """Return punctuation and length features."""
    out = {label for limit, label in _LENGTHS if n_words <= limit}
    if not out:
        out.add("len>22")
    if any(c in _QUOTE_CHARS for c in text):
        out.add("quote")
    for mark, name in (
        (":", "colon"),
        (";", "semicolon"),
        ("—", "dash"),
        ("–", "dash"),
        ("(", "paren"),
        ("?", "question"),
        ("!", "exclaim"),
        ("…", "ellipsis"),
        ("...", "ellipsis"),
    ):
        if mark in text:
            out.add(name)
    return out


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    """Return a lowercased word's lemma (simplemma), or the word where the language has none."""
    code = lemma_language(lang)
    return str(simplemma.lemmatize(word, lang=code)).lower() if code else word


@cache
def lemma_language(lang: str) -> str | None:
    """Return simplemma's code for a language file's language (`[language] simplemma`), or None."""
    code = _language_file(lang).get("language", {}).get("simplemma")
    return str(code) if code else None


_QUOTED_RE = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def _writers_words(text: str) -> str:
    """Return a clause without the quotations of two words or more inside it: someone else's words.

    A title or a sign quoted in the writer's sentence ('titled "What you need to know"', «Usted
    está aquí») is not the writer addressing the reader, as the rules read it; a one-word scare
    quote stays (it is the writer's irony), and so does a mostly quoted clause (its words are all
    there is to read).
    """
    if '"' not in text and "“" not in text and "«" not in text:
        return text  # no quotation can open (most clauses; the rules ask this about ten times a clause)
    spans = [m for m in _QUOTED_RE.finditer(text) if len(_WORD_RE.findall(m.group())) >= 2]
    if not spans or 2 * sum(m.end() - m.start() for m in spans) >= len(text):
        return text
    out, at = [], 0
    for m in spans:
        out.append(text[at : m.start()])
        at = m.end()
    out.append(text[at:])
    return " ".join(out)


def word_ngrams(text: str, lang: str) -> set[str]:
    """Return the word unigrams and bigrams of a text, content words as lemmas (the naive Bayes half's).

    A writer the dev split has never seen inflects its content words differently ("cerraron",
    "cerraría"), so those are read as lemmas; closed-class words stay themselves, because their
    form is the stance ("es" is the writer's present, "fue" a report's past; "is" against "was").
    """
    wc = word_classes(lang)
    closed = wc.function_words if wc is not None else frozenset()
    text = _writers_words(text)
    words = [w if w in closed else _lemma(w, lang) for w in map(str.lower, _NGRAM_RE.findall(text))]
    return {*words, *map(" ".join, pairwise(words))}


def _log_odds(p: float) -> float:
    return math.log(p / (1.0 - p))


@dataclass(frozen=True, slots=True)
class StanceModel:
    """Two halves averaged in log-odds: a logistic regression over topic-free features and a
    naive Bayes over words (with a paragraph-end bonus); the flip threshold is on the average.

    The word half knows the dev stories' vocabulary, the feature half what carries over to new
    ones; in leave-one-thread-out CV the average beats either alone (analysis README).
    """

    weights: dict[str, float]
    bias: float
    word_weights: dict[str, float]
    word_prior: float
    threshold: float = DEFAULT_THRESHOLD
    paragraph_end_bonus: float = PARAGRAPH_END_BONUS
    mix: float = MIX
    subsume: bool = False

    def feature_score(self, feats: Iterable[str]) -> float:
        """Return the logistic half's log-odds of commentary for a feature set."""
        # fsum is exact: the score does not depend on the order of the features (nor on the
        # unweighted ones, left out: most of them)
        return math.fsum([self.bias, *filter(None, map(self.weights.get, feats))])

    def word_score(self, text: str, lang: str, *, paragraph_end: bool = False) -> float:
        """Return the naive Bayes half's log-odds of commentary.

        With `subsume`, a word inside a known bigram is read through the bigram only: naive Bayes
        takes "el único" and "único" for independent signals and counts one twice.
        """
        weights = self.word_weights
        grams = weights.keys() & word_ngrams(text, lang)  # the known n-grams (fsum: in any order)
        covered = {w for g in grams if " " in g for w in g.split(" ")} if self.subsume else set()
        # exact without the unknown n-grams (and the covered words): most of a clause's
        s = math.fsum([self.word_prior, *(weights[g] for g in grams if g not in covered)])
        return s + (self.paragraph_end_bonus if paragraph_end else 0.0)

    def probability(
        self,
        text: str,
        *,
        lang: str,
        paragraph_end: bool = False,
        article_end: bool = False,
        dated: bool = False,
    ) -> float:
        """Return the model's probability that a clause is the writer's commentary."""
        feats = features(text, lang, paragraph_end=paragraph_end, article_end=article_end, dated=dated)
        a = _clamp(self.feature_score(feats))
        b = _clamp(self.word_score(text, lang, paragraph_end=paragraph_end))
        s = self.mix * a + (1.0 - self.mix) * b
        return 1.0 / (1.0 + math.exp(-s))

    def to_json(self) -> dict[str, object]:
        """Return the data file's content, rounded so a rebuild is byte-identical."""
        return {
            "bias": round(self.bias, 6),
            "mix": self.mix,
            "paragraph_end_bonus": self.paragraph_end_bonus,
            "subsume": self.subsume,
            "threshold": self.threshold,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            "word_prior": round(self.word_prior, 6),
            "word_weights": {k: round(v, 4) for k, v in sorted(self.word_weights.items())},
        }


def _clamp(score: float) -> float:
    """Bound a log-odds so one half cannot outvote the other without limit (|p - 0.5| < 1e-12)."""
    return max(-_MAX_LOG_ODDS, min(_MAX_LOG_ODDS, score))


def train_bayes(
    examples: Iterable[tuple[str, str, str]], alpha: float = 1.0
) -> tuple[dict[str, float], float]:
    """Fit a binarised multinomial naive Bayes on (text, label, lang): lemma log-odds and the prior."""
    counts: dict[str, Counter[str]] = {COMMENTARY: Counter(), FACT: Counter()}
    docs: Counter[str] = Counter()
    for text, label, lang in examples:
        if label in counts:
            docs[label] += 1
            counts[label].update(word_ngrams(text, lang))
    vocab = set(counts[COMMENTARY]) | set(counts[FACT])
    total = {label: sum(c.values()) + alpha * len(vocab) for label, c in counts.items()}
    weights = {
        f: math.log((counts[COMMENTARY][f] + alpha) / total[COMMENTARY])
        - math.log((counts[FACT][f] + alpha) / total[FACT])
        for f in vocab
    }
    return weights, math.log(max(docs[COMMENTARY], 1) / max(docs[FACT], 1))


def train_logistic(
    examples: Sequence[tuple[Sequence[str], str]],
    *,
    l2: float = L2,
    steps: int = STEPS,
    rate: float = RATE,
) -> tuple[dict[str, float], float]:
    """Fit an L2 logistic regression on (features, label) by full-batch gradient descent.

    Pure Python and deterministic: the same examples give the same weights, bit for bit.
    """
    rows = [
        (tuple(sorted(set(f))), 1.0 if label == COMMENTARY else 0.0)
        for f, label in examples
        if label in (COMMENTARY, FACT)
    ]
    names = sorted({f for feats, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(names)}
    encoded = [([index[f] for f in feats], y) for feats, y in rows]
    w = [0.0] * len(names)
    b = 0.0
    n = max(len(encoded), 1)
    for _ in range(steps):
        grad = [0.0] * len(names)
        gb = 0.0
        for idx, y in encoded:
            z = b + math.fsum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            err = p - y
            gb += err
            for i in idx:
                grad[i] += err
        b -= rate * gb / n
        w = [wi - rate * (g / n + l2 * wi) for wi, g in zip(w, grad, strict=True)]
    return {f: w[i] for f, i in index.items()}, b


def train(
    features_examples: Sequence[tuple[Sequence[str], str]],
    text_examples: Iterable[tuple[str, str, str]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> StanceModel:
    """Fit both halves: the logistic one on feature sets, the naive Bayes one on (text, label, lang)."""
    weights, bias = train_logistic(features_examples)
    word_weights, word_prior = train_bayes(text_examples, ALPHA)
    return StanceModel(weights, bias, word_weights, word_prior, threshold, subsume=SUBSUME)


@cache
def load_stance_model() -> StanceModel | None:
    """Read the shipped model once; None when no data file is installed (rules alone)."""
    if not MODEL_PATH.is_file():
        return None
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return StanceModel(
        {str(k): float(v) for k, v in raw["weights"].items()},
        float(raw["bias"]),
        {str(k): float(v) for k, v in raw["word_weights"].items()},
        float(raw["word_prior"]),
        float(raw["threshold"]),
        float(raw["paragraph_end_bonus"]),
        float(raw["mix"]),
        bool(raw.get("subsume", False)),
    )
