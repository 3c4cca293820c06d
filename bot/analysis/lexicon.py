"""Load a language's lexicon and patterns from its data file (`data/<code>.toml`)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, overload

import ahocorasick

from bot.analysis.firstchar import compile_gated, end_suffixes, start_prefixes, word_endings
from bot.errors import UnknownLanguageError

DATA_DIR = Path(__file__).parent / "data"
_FLAGS = re.IGNORECASE
_AUTOMATON_MIN = 16  # literals from which a pattern set finds them with an automaton
_SECOND = itemgetter(1)
_CHOSEN_MAX = 1024  # combinations of literals whose patterns a set remembers


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the engine knows about one language, compiled once."""

    code: str
    simplemma_code: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    clause_splits: tuple[PatternSet, ...]
    reporting_lemmas: frozenset[str]
    reporting_core: frozenset[str]
    reporting_forms: frozenset[str]
    reporting_exclude: frozenset[str]
    reporting_blockers: frozenset[str]
    according_to: tuple[PatternSet, ...]
    unnamed_sources: tuple[PatternSet, ...]
    vague_subjects: tuple[PatternSet, ...]
    pronoun_subjects: frozenset[str]
    act_lemmas: frozenset[str]
    act_subject_articles: frozenset[str]
    titles: frozenset[str]
    institutions: frozenset[str]
    determiners: frozenset[str]
    name_particles: frozenset[str]
    hedges: tuple[PatternSet, ...]
    condition_markers: tuple[PatternSet, ...]
    complementizers: frozenset[str]
    relative_clause_re: re.Pattern[str]
    relative_pronouns: frozenset[str]
    connectives: frozenset[str]
    condition_end_re: re.Pattern[str]
    evidence_prefix_re: re.Pattern[str]
    commentary: tuple[PatternSet, ...]
    reader_insertions: tuple[str, ...]
    insertion_resume: re.Pattern[str] | None
    # the reader's own voice in an insertion's later sentence (first or second person: "My flight…")
    insertion_voice: re.Pattern[str] | None
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_days_re: PatternSet | None  # the scans below are skipped when their words are absent
    number_words: dict[str, int]
    units: dict[str, str]
    # each with the word family it cannot match without ("month", "weekday") or None
    date_patterns: tuple[tuple[re.Pattern[str] | StartScanner | LiteralFilter, str | None], ...]
    weekday_patterns: tuple[re.Pattern[str] | StartScanner | LiteralFilter, ...]
    duration_patterns: PatternGroup  # one pattern each, skipped without its words
    duration_deadline_preps: frozenset[str]
    duration_length_preps: frozenset[str]
    length_verbs: re.Pattern[str]
    time_patterns: PatternGroup
    ampm: dict[str, str]
    special_times: dict[str, str]
    zones: dict[str, str]
    trigger_words: frozenset[str]  # a sentence without one (or a date-like number) has no date
    deadline_marker_re: PatternSet
    duration_start_re: PatternSet | None
    duration_relative_re: re.Pattern[str] | None
    measure_words: PatternSet | None
    measure_marker_re: PatternSet | None
    deadline_post: tuple[re.Pattern[str], ...]
    zone_suffixes: tuple[re.Pattern[str], ...]
    # a time of day given with a named clock anywhere in the article ("a las 9:00 (hora de Greenwich)")
    named_clocks: tuple[re.Pattern[str], ...]
    past_tense: tuple[PatternSet, ...]
    future_tense: tuple[PatternSet, ...]
    changes: dict[str, tuple[PatternSet, ...]]
    changes_gate: PatternSet  # all change patterns: one test before the per-kind ones
    duration_future_preps: frozenset[str] = frozenset()
    period_end_patterns: PatternGroup = field(default_factory=lambda: PatternGroup(()))
    periods: dict[str, str] = field(default_factory=dict)
    rescheduled_events: PatternSet | None = None
    measure_off: re.Pattern[str] | None = None
    measure_cancelled: re.Pattern[str] | None = None
    last_day_done: PatternSet | None = None
    last_day_missed: re.Pattern[str] | None = None
    fronted_tally: re.Pattern[str] | None = None
    measure_topic_events: re.Pattern[str] | None = None
    counted_day: re.Pattern[str] | None = None
    measure_past: re.Pattern[str] | None = None
    measure_halts: re.Pattern[str] | None = None
    duration_relative_tail: re.Pattern[str] | None = None
    event_subjects: re.Pattern[str] | None = None
    obligations: re.Pattern[str] | None = None
    deadline_nouns: PatternSet | None = None
    threat_conditions: PatternSet | None = None
    past_spans: PatternSet | None = None
    # A verb told as done, then its completion marker ("was contained by"): when, not a due.
    done_by: PatternSet | None = None
    # Minutes told in words after an hour in words ("las once **y media**"): their number.
    minute_words: dict[str, int] = field(default_factory=dict)
    # The last word of each part of the day ("tarde", "afternoon"): a sentence without one, a
    # digit or a special time has no time of day to look for.
    day_part_words: frozenset[str] = frozenset()
    # The clause up to "until" before "today" tells how far something has gone ("the largest fine
    # imposed until today", "no ha pagado nada hasta hoy"), or opens the sentence ("Until today,"):
    # no limit.
    so_far: re.Pattern[str] | None = None
    so_far_opening: re.Pattern[str] | None = None
    # A day that opens its clause (`day_subject_lead`, up to it) as the subject of a limit's words
    # (`day_subject_post`, from it: "El 15 de octubre no se mueve"): the deadline named again.
    day_subject_lead: re.Pattern[str] | None = None
    day_subject_post: PatternSet | None = None
    # A length whose limit is told as run out, right after it ("the 30-day grace period **ran
    # out**") or before it ("**cuando terminó** la tregua de 48 horas"): gone by, no new due.
    duration_gone_after: re.Pattern[str] | None = None
    # Right after a length, a delay ("three days **of delay**", "tres días **de retraso**"): a count of
    # how late something was, no due.
    duration_delay_after: re.Pattern[str] | None = None
    # Right after a length: the activity it counts ("for 48 hours **of checks**", "durante tres días **de
    # negociaciones**"): the length of that activity, no due (unless a halt is what lasts).
    length_activity_after: re.Pattern[str] | None = None
    duration_gone_before: re.Pattern[str] | None = None
    # A date between a definite determiner (`named_deadline_lead`) and its deadline noun
    # (`named_deadline_post`): "the Oct. 15 deadline", a deadline set, whatever is proposed about it.
    named_deadline_lead: re.Pattern[str] | None = None
    named_deadline_post: re.Pattern[str] | None = None
    remote_past: re.Pattern[str] | None = None
    deadline_lapsed: re.Pattern[str] | None = None
    duty_joiners: re.Pattern[str] | None = None
    gapped_heads: re.Pattern[str] | None = None
    definite_preps: frozenset[str] = frozenset()
    superseded: PatternSet | None = None
    first_targets: re.Pattern[str] | None = None
    second_targets: re.Pattern[str] | None = None
    proposals: PatternSet | None = None
    forecasts: re.Pattern[str] | None = None
    convened: PatternSet | None = None
    persisting: re.Pattern[str] | None = None
    kept_open: PatternSet | None = None
    duration_vague: PatternSet | None = None
    measure_blockers: re.Pattern[str] | None = None
    duration_requests: re.Pattern[str] | None = None
    anaphoric_days: dict[str, int] = field(default_factory=dict)
    anaphoric_days_re: PatternSet | None = None
    deadline_noun_markers: PatternSet | None = None
    range_connector_re: re.Pattern[str] | None = None
    event_post: re.Pattern[str] | None = None
    same_day_anaphors: re.Pattern[str] | None = None
    # A deadline noun in apposition before a date closed by the same punctuation ("the
    # deadline, Jan. 10, is"), spans that recur ("de lunes a viernes"), reported speech whose
    # past perfect is only backshifted ("told reporters that Belmora had until Friday").
    apposition_markers: re.Pattern[str] | None = None
    recurring_spans: PatternSet | None = None
    reported_speech: re.Pattern[str] | None = None
    background_clauses: re.Pattern[str] | None = None
    continued_span_preps: frozenset[str] = frozenset()
    duration_holder_preps: frozenset[str] = frozenset()
    present_holder_preps: frozenset[str] = frozenset()
    countdown_preps: frozenset[str] = frozenset()
    window_range_markers: PatternSet | None = None
    window_permissions: re.Pattern[str] | None = None
    window_nouns: re.Pattern[str] | None = None
    window_duties: re.Pattern[str] | None = None
    ahead_spans: re.Pattern[str] | None = None
    due_questions: re.Pattern[str] | None = None
    past_questions: re.Pattern[str] | None = None
    duration_then: re.Pattern[str] | None = None
    duration_that_date: re.Pattern[str] | None = None
    duration_chain: re.Pattern[str] | None = None
    closing_markers: PatternSet | None = None
    venue_nouns: re.Pattern[str] | None = None
    day_parts: re.Pattern[str] | None = None
    place_tails: PatternSet | None = None
    prep_tails: re.Pattern[str] | None = None
    topic_tails: re.Pattern[str] | None = None
    noun_dates: re.Pattern[str] | None = None
    possessive_ties: re.Pattern[str] | None = None
    # a count and its tie right before a weekday that owns the act counted from ("30 days from
    # Tuesday's notice", "30 días desde la notificación del martes"): this week's, either side
    count_owned_weekdays: re.Pattern[str] | None = None
    # a start opening the sentence, up to its weekday ("From 00:00 on Monday, …", "A partir del lunes, …")
    fronted_starts: re.Pattern[str] | None = None
    # a measure a fronted start takes into force ("From Monday, … face a €200 fine"): that day is due
    fronted_measures: re.Pattern[str] | None = None
    release_due: PatternSet | None = None
    duty_event_markers: PatternSet | None = None
    deadline_copulas: PatternSet | None = None
    pending_events: re.Pattern[str] | None = None
    copula_nouns: re.Pattern[str] | None = None
    period_deadlines: frozenset[str] = frozenset({"week"})
    habitual: PatternSet | None = None
    # A verb that opens a window right before a date ("abrió este lunes el plazo para"): the
    # date is the opening, not the due; a lead time counted back from the deadline named
    # before ("ten days before the closing date", "diez días antes del cierre del plazo").
    window_openers: PatternSet | None = None
    lead_time_patterns: PatternGroup = field(default_factory=lambda: PatternGroup(()))
    # An extension by a length ("extended the June 12 deadline by two weeks"): old due plus it.
    extension_by_patterns: tuple[PatternSet, ...] = ()
    extension_breaks: re.Pattern[str] | None = None
    extension_pronouns: re.Pattern[str] | None = None
    # A general legal limit, no due ("victims have up to six years to sue", "By law, employers have 30 days").
    general_limits: re.Pattern[str] | None = None
    legal_frames: PatternSet | None = None
    generic_subjects: PatternSet | None = None
    generic_recipients: PatternSet | None = None
    cutoff_markers: PatternSet | None = None
    cutoff_penalties: re.Pattern[str] | None = None
    limit_now: re.Pattern[str] | None = None
    duration_condition_head: re.Pattern[str] | None = None
    due_heads: re.Pattern[str] | None = None
    weekday_anaphors: re.Pattern[str] | None = None
    duration_relative_head: re.Pattern[str] | None = None
    conditions: re.Pattern[str] | None = None
    change_negation: PatternSet | None = None
    change_duty: re.Pattern[str] | None = None
    expiry_links: re.Pattern[str] | None = None
    expiry_told: re.Pattern[str] | None = None  # "El plazo vencía el viernes": a due told gone by
    expiry_told_after: re.Pattern[str] | None = None  # "El miércoles vencía el primer plazo"
    granted_holders: re.Pattern[str] | None = None  # "has given … ten days from Wednesday": done
    local_offset: re.Pattern[str] | None = None
    publication_zones: tuple[str, ...] = ()
    gapped_conjuncts: re.Pattern[str] | None = None
    relative_words: re.Pattern[str] | None = None
    void_before: PatternSet | None = None
    group_scopes: re.Pattern[str] | None = None
    scope_duties: re.Pattern[str] | None = None
    scope_cutoffs: re.Pattern[str] | None = None
    scope_demands: re.Pattern[str] | None = None
    measured_conditions: re.Pattern[str] | None = None
    duration_restated: re.Pattern[str] | None = None
    # A deadline marker that only says when something starts ("a partir del lunes"), and the words
    # that make such a start a threatened measure's (fines, a surcharge, an eviction).
    start_markers: re.Pattern[str] | None = None
    start_threats: re.Pattern[str] | None = None
    # A deadline named by its date as the reference of another act ("two days **before the** noon
    # Friday **cut-off**", "**antes del plazo del** 27 de noviembre"): the words before the date (ending
    # right at it) and, where the noun follows the date, after it.
    reference_lead: re.Pattern[str] | None = None
    reference_tail: re.Pattern[str] | None = None
    # Talks or meetings held before such a deadline: it is live, raced against, still a due.
    reference_live: re.Pattern[str] | None = None
    # A deadline named by its date as the time limit of an act told done in the past ("closed their
    # gates **before the** midnight **cut-off on** Wednesday", "abandonaron sus casas **antes de la**
    # medianoche del martes**, el límite** que…"): the lead ending at the date, the deadline nouns (in
    # the lead, or right after the date through the tail), and what makes the act not done (an order,
    # a request, an infinitive, a countdown).
    done_before_lead: re.Pattern[str] | None = None
    done_before_nouns: re.Pattern[str] | None = None
    done_before_tail: re.Pattern[str] | None = None
    done_before_blockers: re.Pattern[str] | None = None
    # Right before a time of day: a rough time ("**poco antes de las** once", "**shortly before** 11 p.m."),
    # in a past-tense sentence when an act happened, no due.
    rough_time_lead: re.Pattern[str] | None = None
    # Verbs that set a length on something ("imposed a curfew for 48 hours", "prohibió la pesca durante
    # 39 días"): a past-tense length with none of these (nor a duty, halt or measure) was only lived.
    length_decisions: re.Pattern[str] | None = None
    # Measures, works and events whose length is their own, no due ("la veda durará 39 días").
    length_owners: re.Pattern[str] | None = None
    # Right before a "for" length: a verb of running or applying ("the rules **run** for six weeks").
    length_run_verbs: re.Pattern[str] | None = None
    length_day_joiners: re.Pattern[str] | None = None
    scheduled_for: PatternSet | None = None
    measure_own_end: PatternSet | None = None
    # A limit only asked for or demanded ("asked both governments to open a lane by Thursday",
    # "exigió que la empresa indemnice antes del 1 de diciembre"), unless an authority asks it
    # (`authorities`: "the resolution demands"); an earliest date ("will not open before").
    requests: PatternSet | None = None
    authorities: re.Pattern[str] | None = None
    earliest: re.Pattern[str] | None = None
    earliest_post: PatternSet | None = None
    inverted_subjects: PatternSet | None = None
    # A sentence that opens on the day an earlier one reports ("Late that evening it gave …",
    # "Esa misma tarde") or goes on with the act of the sentence right before it ("It also
    # ordered …", "Además, dio …"): its durations count from that day.
    same_day_openers: re.Pattern[str] | None = None
    horizon_openers: re.Pattern[str] | None = None
    continued_acts: re.Pattern[str] | None = None
    unmet: PatternSet | None = None  # "without returning a single euro": a deadline not met
    length_subjects: re.Pattern[str] | None = None  # "the talks … are expected to last three days"
    service_verbs: PatternSet | None = None  # "The ruling was served … at 1 p.m.": times an act
    due_ties: re.Pattern[str] | None = None  # "30 días a partir del vencimiento": the due named before
    # Non-finite verb endings ("-ing", "-ar"), the words after which such a form still reports
    # ("volvió a pedir"), and document nouns that attribute to who issued them ("según el auto").
    nonfinite_endings: tuple[str, ...] = ()
    nonfinite_openers: frozenset[str] = frozenset()
    # Lemmas of verbs an infinitive hangs on that make it no report ("aprender a decir", "dejar de
    # pedir"): learning or stopping to say a thing says nothing.
    unreporting_governors: frozenset[str] = frozenset()
    # A negation before that verb belongs to it, not to its subject ("sus socios no terminan de…").
    verb_negators: frozenset[str] = frozenset()
    # Pronouns glued after a non-finite form ("anunciarlos", "explicándoselo"), and the endings of
    # a past participle with the auxiliaries it needs to report ("ha confirmado", not "sin un
    # solo artista confirmado").
    enclitics: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    # A participle's ending and the infinitive endings it may come from ("icho" -> "ecir": "dicho").
    participle_infinitives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A perfect's auxiliary: the participle right after it is a verb ("ha dicho", "había pedido").
    perfect_auxiliaries: frozenset[str] = frozenset()
    participle_auxiliaries: frozenset[str] = frozenset()
    relative_participle_ending: str = ""
    relative_span_openers: frozenset[str] = frozenset()
    relative_main_verbs: frozenset[str] = frozenset()
    relative_articles: frozenset[str] = frozenset()
    relative_prepositions: frozenset[str] = frozenset()
    relative_time_nouns: frozenset[str] = frozenset()
    # An indefinite subject after the verb that a relative clause describes ("lo escribe alguien
    # que nunca ha subido a una chacra"): a kind of person, nobody in particular, says nothing.
    indefinite_after: re.Pattern[str] | None = None
    # A reporting verb in the future ("will say", "dirá") or after "if"/"si" reports nothing
    # said: the writer's forecast or hypothesis ("Si el ministerio lo dice, será verdad").
    future_auxiliaries: frozenset[str] = frozenset()
    # "Critics would say…", "one might argue": a hypothetical report; "would say only that…" and
    # "would not say" are reports (the words in `hypothetical_reports_unless` keep them).
    hypothetical_auxiliaries: frozenset[str] = frozenset()
    # "the judge has told", "the union had warned": an auxiliary ends the office before the verb
    subject_auxiliaries: frozenset[str] = frozenset()
    # "A judge said…", "un fiscal dijo…": an office with an indefinite article and no body named
    indefinite_articles: frozenset[str] = frozenset()
    hypothetical_reports_unless: frozenset[str] = frozenset()
    hypothetical_endings: tuple[str, ...] = ()  # the conditional: "diría", "asegurarían"
    # "cualquier otra interpretación", "any other mayor": a condition told as a noun phrase ("if it
    # were another"), which asks for the conditional as "si" / "if" does
    implicit_conditions: tuple[PatternSet, ...] = ()
    future_endings: tuple[str, ...] = ()
    hypothetical_openers: frozenset[str] = frozenset()
    # A free relative right before a reporting verb ("hizo lo que dijo que haría", "did what it
    # said it would"): the verb is inside the writer's noun phrase, its content is no report.
    free_relatives: tuple[tuple[str, ...], ...] = ()
    # A verb's direct object before "que" ("rechazó el amparo que habían presentado"): its
    # article (`object_relative_articles`) and lower-case words make "que" a relative pronoun, not
    # the verb's complementizer, unless a word names a speaker, an occasion or a time
    # (`object_relative_times`: "aseguró el martes por la noche que").
    object_relative_articles: frozenset[str] = frozenset()
    # "según su propio balance", "according to its own count": a possessive opens a described source
    source_possessives: frozenset[str] = frozenset()
    object_relative_times: frozenset[str] = frozenset()
    # Modals of duty right before a reporting verb ("must notify", "deberán comunicar"): nothing said yet.
    duty_auxiliaries: frozenset[str] = frozenset()
    # Words that open a subordinate clause ("When Oskar Lindqvist … appeared"): never a name's.
    subordinators: frozenset[str] = frozenset()
    # Words that open a time phrase at a sentence's start ("Last year the club said"): no name's.
    time_openers: frozenset[str] = frozenset()
    opener_words: frozenset[str] = frozenset()
    impersonal_clitics: frozenset[str] = frozenset()
    # The writer's own person ("I ask", "Pido", "No escribo para…"): a speech act of the piece itself.
    writer_pronouns: frozenset[str] = frozenset()
    writer_skips: frozenset[str] = frozenset()
    writer_passives: frozenset[str] = frozenset()
    first_person_endings: tuple[str, ...] = ()
    # A wish that opens the sentence ("Que lo digan ahora"): "que" and object clitics before the verb.
    jussive_openers: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()
    impersonal_markers: frozenset[str] = frozenset()
    adverb_endings: tuple[str, ...] = ()
    present_endings: tuple[str, ...] = ()
    # Endings of a trade's noun ("lawyer", "curator"): capitalised before a full name it is a title.
    job_endings: tuple[str, ...] = ()
    documents: frozenset[str] = frozenset()
    # Words right after a reporting verb that make it another verb ("the figures do not add up").
    reporting_particles: frozenset[str] = frozenset()
    # Cuts a sentence takes only before the writer's comment (", y a estas alturas cuesta creer…",
    # ", and frankly…"): a clause a cue reads as comment; anything else stays with the report.
    comment_splits: tuple[PatternSet, ...] = ()
    # Cuts taken only after an attributed report (", así que", ", so").
    report_splits: tuple[PatternSet, ...] = ()
    # Nouns that only count people ("Cuatro personas", "two people"): an unnamed source only with
    # a qualifier after them ("people familiar with", "personas cercanas a") or a verb of saying.
    people_nouns: frozenset[str] = frozenset()
    # Words before a negative subject that keep it negative ("Casi ninguna explica…").
    negation_modifiers: frozenset[str] = frozenset()
    # A comparison's "que" ("avanzan más rápido que cualquier reforma"): no complementizer.
    comparisons: PatternSet | None = None
    # Of `nonfinite_endings`, the gerund's: after a comma a gerund reports for the subject
    # (", asegurando que…"), an infinitive does not ("Conviene, sin embargo, recordar que…").
    gerund_endings: tuple[str, ...] = ()
    # Right before an official act (object pronouns aside), a second act of the same subject
    # ("rechazó el recurso y le dio hasta el viernes"): the acts are narrated, a fact.
    act_coordinators: frozenset[str] = frozenset()
    # A participle of telling right before an infinitive's marker ("told to pay", "urged to
    # arrive"): the subject was told; whoever told it is not named, so nothing is reported.
    instruction_forms: frozenset[str] = frozenset()
    instruction_markers: frozenset[str] = frozenset()
    # Reporting words that are nouns too: after a determiner (`noun_determiners`), adjectives and
    # nouns between, they name a thing ("issued a yellow warning", "the latest estimate"), not a report.
    noun_forms: frozenset[str] = frozenset()
    noun_determiners: frozenset[str] = frozenset()
    # Lemmas of a body's decision ("rule", "dictaminar"): with a "that" after them and no
    # quotation, the decision narrated, no report.
    ruling_lemmas: frozenset[str] = frozenset()
    # Right before a reporting verb, words for what was said before ("Así lo declaró").
    resumptive_objects: frozenset[str] = frozenset()
    # A verb of naming with an object and its predicate ("called the decision a betrayal"): it reports.
    characterisations: PatternSet | None = None
    # A verb's object fronted before it, never its subject ("Eso dijo el ministro", "Lo mismo dijo").
    fronted_objects: frozenset[str] = frozenset()
    # Nouns of people a "según el …" / "according to the …" may stand for, beside titles and trades.
    person_nouns: frozenset[str] = frozenset()
    # A connective and a complementizer that go on with the same report ("pero que", "and that").
    report_continuations: frozenset[str] = frozenset()
    # After a report's semicolon, a connective of what follows if it did not hold ("otherwise", "de
    # lo contrario"): the clause hangs on the report's content and goes on with it.
    report_consequences: tuple[str, ...] = ()
    # Right after a reporting verb: it reports no content ("said nothing", "no dijo nada").
    empty_reports: PatternSet | None = None
    # Right after a verb of judgement: a penalty ("condenó a siete años de prisión"): a court's
    # sentence, an act of the body (corpus convention 11), no report.
    penalties: PatternSet | None = None
    # A reporting verb inside one of the writer's own formulas reports nothing ("needless to
    # say", "a decir verdad", "as the saying goes"); a subject that is nobody in particular or
    # no one at all ("anyone who says", "cualquiera diría", "history says", "los datos dicen")
    # makes its verb the writer's generalisation, not a report. The formulas are gated by
    # their literals: they were tried on the whole clause for every reporting verb in it.
    writer_formulas: PatternSet | None = None
    non_speakers: re.Pattern[str] | None = None
    # A report followed by the writer's generalisation about speakers of its kind ("…, which is
    # what counties say about every new fee"): the whole sentence is the writer's comment.
    generalising_tails: re.Pattern[str] | None = None
    # After a document's noun, the outlet that saw it ("a letter seen by the Herald"): no source.
    document_witnesses: re.Pattern[str] | None = None
    # An inverted predicate at a sentence's start ("Ruinoso es…", "Revealing is how…"): a
    # dictionary adjective with one of these endings before one of these copulas is no name.
    predicate_copulas: frozenset[str] = frozenset()
    predicate_adjective_endings: tuple[str, ...] = ()
    # Openers of a clausal subject ("That City Hall needed a day tells…", "Que el ministerio…").
    clausal_subjects: re.Pattern[str] | None = None
    # Adverbs between a clausal subject and its verb ("Que … ya dice algo", "That … already tells").
    subject_adverbs: frozenset[str] = frozenset()
    # "de", "of": a name after it is governed ("Que la noticia venga de la Ciudad de México dice").
    genitives: frozenset[str] = frozenset()
    # A naming verb, not a report ("como le dicen en Uruapan", "what officials like to call"): a
    # name for a thing, however the namer reads it; no one's statement.
    namings: PatternSet | None = None
    # Endings of a nationality adjective after a body's name ("la Cancillería boliviana").
    name_adjective_endings: tuple[str, ...] = ()
    # Prepositions: a name after one, past a reporting verb, is a place or an object ("añadió
    # en Bogotá", "told reporters in Geneva"), not the verb's subject.
    prepositions: frozenset[str] = frozenset()
    # Nouns of the occasion of speech ("a news conference", "un comunicado", "reporters"): a short
    # phrase after a report that opens with a preposition and names one says where it was said.
    speech_occasions: frozenset[str] = frozenset()
    # Verb forms that deliver a report ("sent", "trasladó"): a report named anew, then delivered by
    # one of these through an occasion of speech ("a message it sent to members in a letter"), is
    # told how it was made, a report's circumstance (labels.py).
    deliveries: frozenset[str] = frozenset()
    # Personal subject pronouns: one alone after the content's last comma is the speaker ("…,
    # he said"), never a name inside the content.
    personal_pronouns: frozenset[str] = frozenset()
    # Pronouns that stand for one person ("he", "ella"): a report they open is the last person's
    # named, not a body's ("The agency said…. Mayor Ana Ruiz toured…. She said…").
    person_pronouns: frozenset[str] = frozenset()
    # Nouns of a body a name may qualify in lower case ("Brandt's campaign", "U.N. refugee agency").
    body_nouns: frozenset[str] = frozenset()
    body_name_particles: frozenset[str] = frozenset()  # of name_particles, those only a body's name has
    group_quantifiers: frozenset[str] = frozenset()  # "más de", "a dozen": a count of people opens with them
    member_openers: frozenset[str] = frozenset()  # "encabezados por", "led by": named members follow
    place_particles: frozenset[str] = frozenset()  # "en": a body's name runs on to its place
    # Right before a reporting verb: a refusal ("would not say", "declined to comment", "no
    # quiso decir"); nothing was said, so the clause has no speaker.
    refusals: PatternSet | None = None
    # A role noun ("la compañía", "the court") and the words that head a name of its kind
    # ("Minera…", "Audiencia…"): the speaker is the last such name before it.
    role_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # An office and the body it heads ("minister" -> "ministry"): "the ministry" after "Interior
    # Minister Patricia Ovalle" is the Interior Ministry.
    office_bodies: dict[str, str] = field(default_factory=dict)
    # Words of the writer's stance (modals, degree, negation, comparison): with nothing else
    # reportable in a clause, they make it commentary.
    stance_words: frozenset[str] = frozenset()
    # Figures in words ("half", "tres", "millones"): a report's specifics, like a digit.
    quantity_words: frozenset[str] = frozenset()
    # Phrases whose stance word is no stance ("mientras tanto", "por lo tanto"): not counted.
    stance_neutral: tuple[str, ...] = ()
    # What makes a word a verb, for telling a verbless sentence: verb lemmas (after no
    # determiner), and lemma endings of a verb's forms ("sobrevivió" -> "sobrevivir").
    fragment_verbs: frozenset[str] = frozenset()
    fragment_verb_endings: tuple[str, ...] = ()
    # A participle after a sentence's first word is an adjective there ("las cuentas
    # prorrogadas", "peaje incluido"); a finite verb never follows these words ("de vallas").
    fragment_adjective_endings: tuple[str, ...] = ()
    # Word shapes that look like a past tense to the verbless test ("watered-down", "unprecedented")
    # and are adjectives when the lemmatiser keeps them as their own lemma (comment20en).
    fragment_adjective_forms: re.Pattern[str] | None = None
    fragment_noun_markers: frozenset[str] = frozenset()
    # One-word answers ("No.", "Sí."): a report's answer to a question, never a verbless kicker.
    fragment_answers: frozenset[str] = frozenset()
    # A greeting ("Buenos días.", "Nerea Vidal, buenos días.", "Good morning."): the outlet's
    # opening of a newsletter or a broadcast, never a verbless kicker.
    fragment_greetings: re.Pattern[str] | None = None
    # Clitic pronouns that only ever stand before a verb ("nos habla", "les habla"): the word
    # after one is a verb in the verbless test, whatever its lemma.
    fragment_clitics: frozenset[str] = frozenset()
    # Endings of a word that carry its verb in a contraction ("we're", "they've", "I'm"): a verb in the
    # verbless test, whatever the word before them.
    fragment_contractions: tuple[str, ...] = ()
    # Possessives: the word after one is a noun or an adjective, no verb ("its own paper").
    fragment_possessives: frozenset[str] = frozenset()
    # The writer speaking to the reader ("if you own a diesel car", "si usted tiene"): commentary
    # with a reason of its own, so a layout heading ("Your Tuesday briefing") stays a fact.
    reader_address: tuple[PatternSet, ...] = ()
    # Words after a sentence's opening bare verb that make it an order to the reader ("Bring a
    # cushion.", "Go anyway.", "Ask any farmer…"): commentary, like the reader's address.
    imperative_next: frozenset[str] = frozenset()
    # Singular verbs after a plural count in words ("Four trawlers is a start."): the writer's
    # measure of a quantity taken as one thing.
    count_copulas: frozenset[str] = frozenset()
    # What follows such a verb when the count is a rule's value ("Two hospitals is the minimum the
    # law requires"): a report, not the writer's measure.
    count_rule_predicates: re.Pattern[str] | None = None
    # Words that make a count a time adverbial, not the subject ("Six years after the permit was
    # granted, …", "Two days later it was…").
    count_time_words: frozenset[str] = frozenset()
    # Conjunctions after a comma that join a verbless count to the writer's point ("Two cranes,
    # and the whole supply chain coughs."): the count is the set-up, the clause the verdict.
    count_joins: frozenset[str] = frozenset()
    # Degree adverbs that open the writer's verbless weighing of a reported act ("Largely passed, by a
    # government grading its own paper.", "Properly declared, yes.").
    verdict_adverbs: frozenset[str] = frozenset()
    # Per-word verb classification, filled as words are seen (bounded by the vocabulary).
    word_cache: dict[str, tuple[bool, bool, bool]] = field(default_factory=dict)
    # Whether a lower-case word is a title or office (itself or by its lemma), as words are seen.
    title_cache: dict[str, bool] = field(default_factory=dict)


def _alternation(words: list[str]) -> str:
    """Build a regex alternation, longest first so "pasado mañana" wins over "mañana"."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _class_end(pattern: str, i: int) -> int:
    """Return the index just past the character class that opens at pattern[i]."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # "[]a]": a leading "]" is a member
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    return len(pattern)


_GROUP_STOP = re.compile(r"[\\\[()]")  # what _group_end reads; it skips the rest by this search


def _group_end(pattern: str, i: int) -> int:
    """Return the index just past the group that opens at pattern[i]."""
    depth, j, stop = 0, i, _GROUP_STOP.search
    while (found := stop(pattern, j)) is not None:
        j = found.start()
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(pattern)


def _escape_end(pattern: str, i: int) -> int:
    """Return the index just past the escape at pattern[i] ("\\b", "\\x27", "\\u00e9", "\\N{…}")."""
    kind = pattern[i + 1 : i + 2]
    if kind == "N" and pattern[i + 2 : i + 3] == "{":
        close = pattern.find("}", i)
        return close + 1 if close > 0 else len(pattern)
    return i + 2 + {"x": 2, "u": 4, "U": 8}.get(kind, 0)


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level `|` (not inside groups, classes or escapes)."""
    alts, last, j = [], 0, 0
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
        elif ch == "[":
            j = _class_end(pattern, j)
        elif ch == "(":
            j = _group_end(pattern, j)
        else:
            if ch == "|":
                alts.append(pattern[last:j])
                last = j + 1
            j += 1
    alts.append(pattern[last:])
    return alts


# Groups whose body every match contains: plain, non-capturing and named groups. The others
# (lookarounds, comments, back-references, conditionals, inline flags) say nothing.
_BODY_AT = {"(?:": 3, "(?>": 3, "(?P<": -1}


def _group_body(group: str) -> str | None:
    """Return the body of a group that every match passes through, else None."""
    if not group.startswith("(?"):
        return group[1:-1]
    for opener, skip in _BODY_AT.items():
        if group.startswith(opener):
            return group[group.index(">") + 1 : -1] if skip < 0 else group[skip:-1]
    scoped = _SCOPED_FLAGS.match(group)
    if scoped is not None:
        return group[scoped.end() : -1]  # "(?-i:We)": the flags change how, not whether, it is read
    return None


_SCOPED_FLAGS = re.compile(r"\(\?[aiLmsu]*(?:-[ims]+)?:")  # not "x": verbose text is no literal


_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")


def _escaped_char(escape: str) -> str | None:
    """Return the one character an escape stands for ("\\.", "\\x27", "\\u2019"), else None
    ("\\d", "\\b", "\\N{…}": a class, an anchor or a name)."""
    body = escape[1:]
    if len(body) == 1:
        return None if body.isalnum() else body
    if body[:1] in "xuU":
        try:
            return chr(int(body[1:], 16))
        except ValueError:
            return None
    return None


def _class_literals(body: str) -> tuple[str, ...] | None:
    """Return the members of a character class body of plain characters ("—–", "\\x27’"), else None."""
    if not body or body.startswith("^"):
        return None
    members: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            end = _escape_end(body, i)
            escaped = _escaped_char(body[i:end])
            if escaped is None:
                return None  # "\\d", "\\w": not a plain character
            members.append(escaped)
            i = end
            continue
        if ch == "-" and 0 < i < len(body) - 1:
            return None  # a range
        if ch == "[":
            return None  # "[[:alpha:]]"-like or nested: not followed
        members.append(ch)
        i += 1
    return tuple(dict.fromkeys(m.lower() for m in members))


# A run of required characters where some are a small class ("[\\x27’]ll") spells at most this
# many literals ("\x27ll", "’ll"); a longer literal lets fewer texts through than its pieces.
_SPELLED_MAX = 8


def _required_in_sequence(seq: str) -> tuple[str, ...] | None:
    """Return the most selective literals one of which every match of `seq` (no top-level `|`)
    contains (see `_required_sets`)."""
    cands = _required_sets(seq)
    if not cands:
        return None
    # the shortest literal of a candidate says how often it lets a clause through
    return max(cands, key=lambda c: (min(map(len, c)), -len(c)))


@cache  # a pattern's sequences are read for its chosen literals and again for the further ones
def _required_sets(seq: str) -> list[tuple[str, ...]]:
    """Return sets of literals of which every match of `seq` (no top-level `|`) contains one
    each: a run of plain characters and small classes at top level (not made optional by a
    quantifier), spelled out ("[\\x27’]ll": "\x27ll" or "’ll"), or the literals of a group every
    match passes through."""
    cands: list[tuple[str, ...]] = []
    run: list[tuple[str, ...]] = []  # the run's characters, each one of a few
    i = 0

    def flush() -> None:
        if run:
            spelled = [""]
            for choice in run:
                spelled = [s + c for s in spelled for c in choice]
            cands.append(tuple(dict.fromkeys(spelled)))
        run.clear()

    def extend(choice: tuple[str, ...]) -> None:
        count = 1
        for piece in run:
            count *= len(piece)
        if count * len(choice) > _SPELLED_MAX:
            flush()  # too many spellings: the run so far is one candidate, the class opens the next
        run.append(choice)

    def optional_last() -> None:
        if run:
            run.pop()  # the character before is optional (or repeated): the run ends before it
        flush()

    while i < len(seq):
        ch = seq[i]
        if ch == "\\":
            end = _escape_end(seq, i)
            escaped = _escaped_char(seq[i:end])
            if escaped is None:
                flush()  # "\\s", "\\b", "\\d": no literal character
            elif not escaped.isspace():
                extend((escaped,))  # "\\.", "\\-", "\\x27": a plain character
            else:
                flush()
            i = end
            continue
        if ch == "[":
            end = _class_end(seq, i)
            members = _class_literals(seq[i + 1 : end - 1])
            if members and not any(m.isspace() for m in members):
                extend(members)  # "[—–]", "[oa]": one of a few characters
            else:
                flush()
            i = end
            continue
        if ch == "{":
            quantifier = _QUANTIFIER.match(seq, i)
            if quantifier is not None:
                optional_last()
                i = quantifier.end()
                continue
        if ch == "(":
            flush()
            end = _group_end(seq, i)
            optional = end < len(seq) and seq[end] in "?*{"
            body = _group_body(seq[i:end])
            if body is not None and not optional:
                inner = _required(body)
                if inner is not None:
                    cands.append(inner)
            i = end
            continue
        if ch in "?*{":
            optional_last()
        elif ch == "+":
            flush()  # "ba+c" can read "baac": the run ends at the repeated letter
        elif ch in ".^$|)" or ch.isspace():
            flush()
        else:
            extend((ch,))  # a letter, a digit or punctuation: ";", "—"
        i += 1
    flush()
    return [c for c in cands if all(c)]


def _required(pattern: str) -> tuple[str, ...] | None:
    """Return strings of which every match of `pattern` contains at least one (lower-cased).

    Conservative: each top-level alternative gives a run of plain letters outside groups,
    classes and escapes, not made optional by a quantifier, or the literals of a group it
    cannot skip; an alternative with neither gives None (no prefilter).
    """
    out: list[str] = []
    for alt in _alternatives(pattern):
        found = _required_in_sequence(alt)
        if found is None:
            return None
        out.extend(w.lower() for w in found)
    return tuple(dict.fromkeys(out))


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _also_required(pattern: str, chosen: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the further sets of literals every match of a one-alternative pattern contains one
    each, besides `chosen` (its `_required`): "\\bpor\\s+muy\\b" needs "muy" as well as "por".

    A pattern of several top-level alternatives gives none (each alternative needs its own).
    """
    alts = _alternatives(pattern)
    if len(alts) != 1:
        return ()
    out: list[tuple[str, ...]] = []
    for cand in _required_sets(alts[0]):
        group = tuple(dict.fromkeys(w.lower() for w in cand))
        if group != chosen and group not in out:
            out.append(group)
    return tuple(out)


def _captures(pattern: str) -> bool:
    """Tell whether a pattern has a capturing group (what `re.compile(pattern).groups` counts),
    read from its text: compiling it is left until a text needs it."""
    j = 0
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
        elif ch == "[":
            j = _class_end(pattern, j)
        else:
            if ch == "(" and (pattern[j + 1 : j + 2] != "?" or pattern.startswith("(?P<", j)):
                return True
            j += 1
    return False


def _separable(pattern: str) -> tuple[str, ...] | None:
    """Return a pattern's top-level alternatives when it can run as any few of them alone: two or
    more, no group a caller could read (their numbers and names would change), no global flag."""
    if _captures(pattern) or _GLOBAL_FLAGS.match(pattern):
        return None
    alts = _alternatives(pattern)
    return tuple(alts) if len(alts) > 1 else None


class LazyPatterns(Sequence[re.Pattern[str]]):
    """Patterns compiled the first time they are asked for, in list order.

    A lexicon holds some 1,400 patterns, and compiling them was most of the time a one-off run
    (`sitrep demo`, a CLI command) took to start; the patterns behind literals that a text
    lacks are never run on it, so a short run compiles only those its texts call for. (A bad
    pattern in a language file would fail on the first text that calls for it: the data tests
    compile every one, `tests/analysis/test_lazy_patterns.py`.)
    """

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._compiled: list[re.Pattern[str] | None] = []

    def append(self, source: str) -> None:
        self._sources.append(source)
        self._compiled.append(None)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, k: int) -> re.Pattern[str]: ...

    @overload
    def __getitem__(self, k: slice) -> list[re.Pattern[str]]: ...

    def __getitem__(self, k: int | slice) -> re.Pattern[str] | list[re.Pattern[str]]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        found = self._compiled[k]
        if found is None:
            found = self._compiled[k] = compile_gated(self._sources[k], _FLAGS)
        return found


class LiteralGate:
    """The required literals of every pattern set of a lexicon, found in one pass per text.

    A clause meets about ten pattern sets (clause splits, sources, commentary, hedges,
    conditions, changes, tense); each used to lower-case it and scan it for its own literals.
    One Aho-Corasick automaton over all of them finds the literal ids once per text (cached
    for the last texts), and each set keeps the ids that are its own by a set intersection.
    """

    _CACHE_MAX = 64

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._automaton: Any = None
        self._cache: dict[str, frozenset[int]] = {}

    def register(self, literal: str) -> int:
        """Return the id of a literal, adding it (only before the first `ids` call)."""
        if self._automaton is not None:
            raise RuntimeError("literal gate already built")
        return self._ids.setdefault(literal, len(self._ids))

    def _build(self) -> Any:
        automaton = ahocorasick.Automaton()
        for literal, ident in self._ids.items():
            automaton.add_word(literal, ident)
        automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def ids(self, text: str) -> frozenset[int]:
        """Return the ids of the literals that occur in `text` (lower-cased, folded)."""
        found = self._cache.get(text)
        if found is None:
            automaton = self._automaton if self._automaton is not None else self._build()
            if len(self._cache) >= self._CACHE_MAX:
                self._cache.clear()
            if not self._ids:
                found = frozenset()
            else:
                found = frozenset(map(_SECOND, automaton.iter(_fold(text.lower()))))  # (end, id) pairs
            self._cache[text] = found
        return found


class PatternSet:
    """A list of patterns searched together, each skipped when its required literal is absent.

    The engine runs these lists on every clause; a Python loop over dozens of regexes (or one
    huge alternation, tried at every position) was most of its time. A substring test is a
    C-level scan, so most patterns cost almost nothing on a clause that cannot match them;
    a long list of literals is found in one pass by an Aho-Corasick automaton instead, and
    the sets of one lexicon share one automaton (`LiteralGate`).
    """

    def __init__(self, patterns: list[str], gate: LiteralGate | None = None) -> None:
        self.pattern = "|".join(patterns)
        self._always: list[re.Pattern[str]] = []
        self._gated = LazyPatterns()  # compiled when a text's literals first call for each
        # a gated pattern's top-level alternatives, where it is run as only those its text lets
        # through (None: run whole); a unit is one gated pattern's alternative (-1: all of it)
        self._alternatives: list[tuple[str, ...] | None] = []
        self._units: list[tuple[int, int]] = []
        self._subsets: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}
        # a unit's further required literals: one of each group must occur too ("por … muy")
        self._also: list[tuple[tuple[str, ...], ...]] = []
        by_literal: dict[str, list[int]] = {}
        for p in patterns:
            req = _required(p)
            if req is None:
                self._always.append(compile_gated(p, _FLAGS))
                continue
            alts = _separable(p)
            self._alternatives.append(alts)
            units = (
                [(-1, p, req)] if alts is None else [(j, alt, _required(alt)) for j, alt in enumerate(alts)]
            )
            for j, source, unit_req in units:
                for r in unit_req or ():  # (every alternative of a gated pattern has literals)
                    by_literal.setdefault(r, []).append(len(self._units))
                self._units.append((len(self._gated), j))
                self._also.append(_also_required(source, unit_req or ()))
            self._gated.append(p)
        # one substring test per distinct literal, naming the units it lets through
        self._literals: tuple[tuple[str, tuple[int, ...]], ...] = tuple(
            (r, tuple(v)) for r, v in by_literal.items()
        )
        # the lexicon's shared automaton: this set's literals by their ids there
        self._gate = gate if self._literals else None
        self._by_id: dict[int, tuple[int, ...]] = {}
        self._also_ids: list[tuple[frozenset[int], ...]] = []
        if self._gate is not None:
            self._by_id = {self._gate.register(r): ix for r, ix in self._literals}
            register = self._gate.register
            self._also_ids = [tuple(frozenset(map(register, group)) for group in also) for also in self._also]
        self._own_ids = frozenset(self._by_id)
        # the ids a text's combination is told by: its literals and the units' further ones
        self._told_ids = self._own_ids.union(*(g for also in self._also_ids for g in also))
        self._chosen: dict[frozenset[int], list[re.Pattern[str]]] = {}
        self._by_text_ids: dict[frozenset[int], list[re.Pattern[str]]] = {}
        # a long list (commentary cues, sources) is found in one pass by an Aho-Corasick
        # automaton: ~4x faster there than the substring tests, slower on a short list
        self._automaton: Any = None
        if self._gate is None and len(self._literals) >= _AUTOMATON_MIN:
            self._automaton = ahocorasick.Automaton()
            for r, ix in self._literals:
                self._automaton.add_word(r, ix)
            self._automaton.make_automaton()

    def _active(self, text: str) -> list[re.Pattern[str]]:
        """Return the patterns whose required literal occurs in the text, in list order.

        `text` may be a longer text that contains the searched one (see `finditer`).
        """
        if self._gate is not None:
            # the gate returns the same (hash-cached) set for a text it has seen: one lookup
            # here skips the intersection and the hashing of a new set on every call
            gate = self._gate
            text_ids = gate._cache.get(text)  # the cache read inline: hot
            if text_ids is None:
                text_ids = gate.ids(text)
            if self._own_ids.isdisjoint(text_ids):
                return self._always  # most sets on most texts: none of their literals, nothing kept
            found = self._by_text_ids.get(text_ids)
            if found is None:
                found = self._from_ids(text_ids)
                if len(self._by_text_ids) >= _CHOSEN_MAX:
                    self._by_text_ids.clear()
                self._by_text_ids[text_ids] = found
            return found
        if not self._literals:
            return self._always
        low = _lower(text)
        if self._automaton is not None:
            hits = list({ix: None for _end, ix in self._automaton.iter(low)})
        else:
            hits = [ix for r, ix in self._literals if r in low]
        return self._select(hits, lambda unit: self._also_in(unit, low))

    def _from_ids(self, text_ids: frozenset[int]) -> list[re.Pattern[str]]:
        """Return the patterns a text's literal ids (from the gate) let through."""
        # few distinct combinations of literals occur: each one's patterns are kept (by this set's
        # literals and the further ones its units require)
        told = self._told_ids.intersection(text_ids)
        found = self._chosen.get(told)
        if found is None:
            if len(self._chosen) >= _CHOSEN_MAX:
                self._chosen.clear()
            by_id = self._by_id
            hits = [by_id[i] for i in self._own_ids.intersection(told)]
            found = self._chosen[told] = self._select(
                hits, lambda unit: not any(map(told.isdisjoint, self._also_ids[unit]))
            )
        return found

    def may_match(self, text: str) -> bool:
        """Tell whether a pattern could match in `text` or any piece of it (its gate lets one through)."""
        return bool(self._active(text))

    def _active_by_scan(self, text: str) -> list[re.Pattern[str]]:
        """Return `_active` by substring tests alone: what the automaton must agree with."""
        low = _lower(text)
        hits = [ix for r, ix in self._literals if r in low]
        return self._select(hits, lambda unit: self._also_in(unit, low))

    def _also_in(self, unit: int, low: str) -> bool:
        """Tell whether each group of a unit's further literals has one in `low` (substring tests)."""
        return all(any(r in low for r in group) for group in self._also[unit])

    def _select(self, hits: list[tuple[int, ...]], also: Callable[[int], bool]) -> list[re.Pattern[str]]:
        """Return the always-run patterns and the gated ones named by `hits` (units), in list order.

        A unit named by one of its literals is taken only when its further required literals
        (`_also`: one of each group) occur too, as `also(unit)` tells.
        """
        if not hits:
            return self._always
        on: dict[int, set[int]] = {}
        for ix in hits:
            for unit in ix:
                if self._also[unit] and not also(unit):
                    continue  # "por" without "muy": "\\bpor\\s+muy\\b" cannot match
                k, j = self._units[unit]
                on.setdefault(k, set()).add(j)
        if not on:
            return self._always
        return self._always + [self._gated_pattern(k, on[k]) for k in sorted(on)]

    def _gated_pattern(self, k: int, on: set[int]) -> re.Pattern[str]:
        """Return gated pattern `k` as its alternatives `on` alone (all of them: the pattern itself).

        An alternative whose literals the text lacks matches nowhere in it, so the alternation of
        the others finds the same matches, alternative by alternative, in the same order; a
        joined list (the writer's formulas) no longer runs whole because one of its alternatives'
        common words ("said") occurs.
        """
        alts = self._alternatives[k]
        if alts is None or len(on) == len(alts):
            return self._gated[k]
        key = (k, tuple(sorted(on)))
        found = self._subsets.get(key)
        if found is None:
            found = self._subsets[key] = compile_gated("|".join(alts[j] for j in key[1]), _FLAGS)
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, *, within: str | None = None
    ) -> Iterator[re.Match[str]]:
        """Yield the matches of every pattern, in text order.

        `within`, a text that contains `text` (the clause a phrase was cut from), is scanned
        for the literals instead: its scan is likely cached, and has every literal `text` has.
        """
        stop = len(text) if endpos is None else endpos
        active = self._active(text if within is None else within)
        if not active:
            return iter(())
        if len(active) == 1:
            return active[0].finditer(text, pos, stop)  # one pattern: already in text order
        found = [m for pat in active for m in pat.finditer(text, pos, stop)]
        found.sort(key=_match_order)
        return iter(found)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, within: str | None = None
    ) -> re.Match[str] | None:
        """Return the earliest match of any pattern (the longest of those starting there)."""
        stop = len(text) if endpos is None else endpos
        best: re.Match[str] | None = None
        for pat in self._active(text if within is None else within):
            m = pat.search(text, pos, stop)
            if m is None:
                continue
            if m.end() == m.start():
                # an empty first match may be followed by a longer one at the same place:
                # take the general path
                return next(self.finditer(text, pos, endpos, within=within), None)
            if best is None or (m.start(), -m.end()) < (best.start(), -best.end()):
                best = m
        return best

    def match(self, text: str, pos: int = 0, *, within: str | None = None) -> re.Match[str] | None:
        """Return a match of any pattern anchored at `pos` (the longest)."""
        hits = [m for pat in self._active(text if within is None else within) if (m := pat.match(text, pos))]
        return max(hits, key=lambda m: m.end()) if hits else None

    def sub(self, repl: str, text: str) -> str:
        """Return `re.sub(repl, text)` of a one-pattern set's pattern (`text` where it cannot match)."""
        if len(self._always) + len(self._gated) != 1:
            raise ValueError("sub needs a one-pattern set")
        active = self._active(text)
        return active[0].sub(repl, text) if active else text


class PatternGroup(tuple[PatternSet, ...]):
    """One-pattern sets tried in their order (durations, times of day, period ends), each
    skipped when its literal is absent.

    A sentence meets ten duration patterns and as many times of day; asking each set's gate
    in turn was a tenth of the gate's work. The group asks the shared gate once and keeps,
    for each combination of literals, the patterns it lets through, in the sets' order.
    """

    _by_text_ids: dict[frozenset[int], list[re.Pattern[str]]]
    _gate: LiteralGate | None

    def __new__(cls, sets: Iterable[PatternSet]) -> PatternGroup:
        group = super().__new__(cls, sets)
        if any(len(s._always) + len(s._gated) != 1 for s in group):
            raise ValueError("a pattern group holds one-pattern sets")
        gates = {id(s._gate): s._gate for s in group if s._gate is not None}
        if len(gates) > 1:
            raise ValueError("a pattern group's sets share one literal gate")
        group._gate = next(iter(gates.values()), None)
        group._by_text_ids = {}
        return group

    def active(self, text: str) -> list[re.Pattern[str]]:
        """Return the patterns whose sets' literals occur in `text`, in the sets' order (as
        `[p for s in group for p in s._active(text)]`)."""
        gate = self._gate
        if gate is None:
            return [p for s in self for p in s._always]
        text_ids = gate._cache.get(text) or gate.ids(text)
        found = self._by_text_ids.get(text_ids)
        if found is None:
            found = [p for s in self for p in (s._from_ids(text_ids) if s._gate is not None else s._always)]
            if len(self._by_text_ids) >= _CHOSEN_MAX:
                self._by_text_ids.clear()
            self._by_text_ids[text_ids] = found
        return found


# Each Latin-1 character that is not a word character (`\w`, as re reads it) becomes a space.
_WORD_TABLE = bytes(cp if re.fullmatch(r"\w", chr(cp)) else ord(" ") for cp in range(256))


@lru_cache(maxsize=64)
def _word_text(text: str) -> str | None:
    """Return `text` lower-cased with each non-word character a space (None beyond Latin-1).

    Latin-1 text keeps its length when lower-cased, and IGNORECASE folds nothing more there,
    so offsets and endings read here hold in `text`. Cached: the past and future cues of a
    sentence read it once.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return raw.translate(_WORD_TABLE).decode("latin-1").lower()


class WordEndingSet(PatternSet):
    """A pattern set whose one-word patterns (`\\b\\w+ed\\b`, `\\b\\w+(?:ó|aron)\\b`) are found
    by the endings of the text's words.

    Such a pattern opens with `\\b` and a repeat, so re tries it at every position (~40K
    instructions a sentence each; a Spanish sentence meets five). Its matches are whole
    words: one search for the endings at a word's end, in the lower-cased text with its
    non-word characters blanked (shared by the past and future cues), finds the candidates,
    and the pattern itself decides on each (`fullmatch` over the word, its lookbehinds
    reading the real text). The other patterns go through the gate as in any PatternSet.
    """

    def __init__(self, patterns: list[str], gate: LiteralGate | None = None) -> None:
        words: list[tuple[frozenset[str], str]] = []
        rest: list[str] = []
        for p in patterns:
            endings = word_endings(p, _FLAGS)
            if endings is None:
                rest.append(p)
            else:
                words.append((endings, p))
        super().__init__(rest, gate)
        self.pattern = "|".join(patterns)
        self.sources = tuple(patterns)  # as written, for tests that compare
        self._words = tuple((tuple(sorted(e)), re.compile(p, _FLAGS)) for e, p in words)
        # a word's end with one of the endings, in the lower-cased word text: a literal
        # alternation, which re scans for by its first characters
        every = sorted({e for ends, _ in words for e in ends}, key=lambda e: (-len(e), e))
        self._ending_re = re.compile("(?:" + "|".join(map(re.escape, every)) + r")\b")

    def _word_matches(self, text: str, pos: int, endpos: int | None) -> list[re.Match[str]]:
        """Return the one-word patterns' matches in text[pos:endpos], in text order."""
        if not self._words:
            return []
        stop = len(text) if endpos is None else min(endpos, len(text))
        low = _word_text(text) if pos == 0 and stop == len(text) else None
        if low is None:  # a window, or text beyond Latin-1: the patterns as written
            found = [m for _, pat in self._words for m in pat.finditer(text, pos, stop)]
            found.sort(key=_match_order)
            return found
        out: list[re.Match[str]] = []
        for hit in self._ending_re.finditer(low):
            end = hit.end()
            start = low.rfind(" ", 0, end) + 1
            word = low[start:end]
            for endings, pat in self._words:
                if word.endswith(endings) and (m := pat.fullmatch(text, start, end)):
                    out.append(m)
        return out

    def may_match(self, text: str) -> bool:
        """Tell whether a pattern could match in `text` (a one-word pattern always could)."""
        return bool(self._words) or super().may_match(text)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, *, within: str | None = None
    ) -> Iterator[re.Match[str]]:
        """Yield the matches of every pattern, in text order."""
        words = self._word_matches(text, pos, endpos)
        if not words:
            return super().finditer(text, pos, endpos, within=within)
        found = [*super().finditer(text, pos, endpos, within=within), *words]
        found.sort(key=_match_order)
        return iter(found)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, within: str | None = None
    ) -> re.Match[str] | None:
        """Return the earliest match of any pattern (the longest of those starting there)."""
        return next(self.finditer(text, pos, endpos, within=within), None)

    def match(self, text: str, pos: int = 0, *, within: str | None = None) -> re.Match[str] | None:
        """Return a match of any pattern anchored at `pos` (the longest)."""
        hits = [m for _, pat in self._words if (m := pat.match(text, pos))]
        if (other := super().match(text, pos, within=within)) is not None:
            hits.append(other)
        return max(hits, key=lambda m: m.end()) if hits else None


_END_LENGTHS = (8, 6, 4, 3)  # suffix lengths tried, most selective first
_TAIL_PIECE = 32  # characters of a window squeezed for its last 16


class EndAnchoredSet(PatternSet):
    """A one-pattern set whose match must end where the search window ends
    (`lead(?:alternatives)tail\\s*$`).

    The deadline-marker search runs in the 90 characters before every date and tries the
    marker alternation after every non-word character there. A match can only end with a
    few strings (the markers' last letters: "until", "by the", "hasta el") and must contain
    a required literal of its alternative ("deadline" for "deadline for … on"): a window
    whose last characters, or whose letters, rule out every alternative is skipped before
    `re` runs.
    """

    def __init__(
        self, lead: str, alternatives: list[str], tail: str = "", gate: LiteralGate | None = None
    ) -> None:
        super().__init__([lead + "(?:" + "|".join(alternatives) + ")" + tail + r"\s*$"], gate)
        # each suffix a match can end with -> the required literals of the alternatives that
        # end so (None: an alternative with none)
        ends: dict[str, list[tuple[str, ...] | None]] | None = {}
        for alt in alternatives:
            found = next(
                (f for n in _END_LENGTHS if (f := end_suffixes(f"(?:{alt}){tail}", _FLAGS, n)) is not None),
                None,
            )
            if found is None or ends is None:
                ends = None  # an alternative that can end anyhow: no skipping
                continue
            required = _required(alt)
            for suffix in found:
                ends.setdefault(suffix, []).append(required)
        self._ends = ends
        self._lengths = sorted({len(k) for k in ends}) if ends else []
        self._regex = (self._always or self._gated)[0]

    def _may_end(self, text: str, pos: int, endpos: int | None) -> bool:
        """Tell whether a match could end at the end of text[pos:endpos] (necessary, not enough)."""
        ends = self._ends
        if ends is None:
            return True
        window = text[pos:endpos]
        # whitespace runs read as one space, as the suffixes do; lower-cased and folded as
        # the gate does (IGNORECASE). The window's last characters are enough: squeezing a
        # piece of its end gives an end of the squeezed window, so 16 characters of it are
        # the same 16; the whole 90 are squeezed only when the piece is mostly spaces.
        squeezed = " ".join(window[-_TAIL_PIECE:].split())
        if len(squeezed) < 16:
            squeezed = " ".join(window.split())
        tail = _fold(squeezed[-16:].lower())
        required = [r for n in self._lengths for r in ends.get(tail[-n:], ())]
        if not required:
            return False
        if None in required:
            return True
        low = _fold(window.lower())
        return any(lit in low for req in required if req is not None for lit in req)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, within: str | None = None
    ) -> re.Match[str] | None:
        """Return the earliest match in text[pos:endpos], skipping a window no match can end."""
        if self._ends is None:
            return super().search(text, pos, endpos, within=within)
        if not self._may_end(text, pos, endpos):
            return None
        # the window holds a literal its match needs (a stronger test than the set's gate on
        # the sentence): the one pattern runs as is
        return self._regex.search(text, pos, len(text) if endpos is None else endpos)


# Characters that IGNORECASE matches to a lower-case letter but str.lower() leaves alone
# ("ſ" matches "s", "ı" and "İ" match "i"): the gate text maps them, so no match is skipped.
_FOLD = re.compile("[\u0131\u017f\u0307]")
_FOLD_TABLE = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


def _fold(low: str) -> str:
    """Map what IGNORECASE folds but str.lower() keeps, in lower-cased text."""
    if low.isascii():  # a flag of the string, no scan: ASCII text holds none of them
        return low
    return low.translate(_FOLD_TABLE) if _FOLD.search(low) else low


@lru_cache(maxsize=64)
def _lower(text: str) -> str:
    """Lower-case a clause once for all the pattern sets that gate on it."""
    return _fold(text.lower())


_SCAN_MIN_PREFIXES = 8  # fewer ways to start (common words, digits): re's own scan is faster
_DIGIT = re.compile(r"\d")


class LiteralFilter:
    """A pattern tried only on a text that holds one literal of each set its matches need.

    The digit-led date patterns ("12/03/2026", "2026-03-12", "el día 5") ran on every sentence
    with a figure and found nothing in almost all; a substring test of the lower-cased sentence
    (shared with the start scanners) skips them.
    """

    def __init__(self, pattern: re.Pattern[str], required: list[tuple[str, ...]]) -> None:
        self._pattern = pattern
        self.pattern = pattern.pattern
        self._required = tuple(required)

    def may_match(self, text: str) -> bool:
        """Tell whether `text` holds a literal of each required set (necessary for a match)."""
        low = _lower(text)
        for req in self._required:  # loops, not nested generators: asked for every date pattern
            for lit in req:
                if lit in low:
                    break
            else:
                return False
        return True

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Yield the pattern's matches, as `re.Pattern.finditer` does."""
        if not self.may_match(text):
            return iter(())
        return self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)


class StartScanner:
    """A pattern tried only where one of the words its matches start with occurs.

    A date pattern that opens with a weekday or a month alternation is tried by re at every
    position, under IGNORECASE, with dozens of alternatives. An automaton finds the places
    where one of those words starts (three letters are enough); the pattern is matched
    there, in text order, which finds exactly the matches re's own scan finds.
    """

    def __init__(self, pattern: re.Pattern[str], prefixes: frozenset[str]) -> None:
        self._pattern = pattern
        self.pattern = pattern.pattern
        self._automaton = ahocorasick.Automaton()
        for prefix in prefixes:
            self._automaton.add_word(prefix, len(prefix))
        self._automaton.make_automaton()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Yield the pattern's matches in text order, as `re.Pattern.finditer` does."""
        pos, stop = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        low = _lower(text)
        if len(low) != len(text):  # "İ" lower-cases to two characters: offsets would drift
            return self._pattern.finditer(text, pos, stop)
        starts = sorted({end - size + 1 for end, size in self._automaton.iter(low, pos, stop)})
        found: list[re.Match[str]] = []
        after, match = pos, self._pattern.match
        for start in starts:
            if start < after:
                continue
            m = match(text, start, stop)
            if m is not None:
                if m.end() == m.start():  # an empty match: re's rules for the next one apply
                    return self._pattern.finditer(text, pos, stop)
                found.append(m)
                after = m.end()
        return iter(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Return the first match, as `re.Pattern.search` does."""
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Return a match at `pos`, as `re.Pattern.match` does."""
        return self._pattern.match(text, pos, len(text) if endpos is None else endpos)


def _scanned(pattern: re.Pattern[str], source: str) -> re.Pattern[str] | StartScanner | LiteralFilter:
    """Wrap a pattern in a StartScanner when its matches start with enough distinct words, else
    in a LiteralFilter when its matches need literals ("/", "-", "día")."""
    found = start_prefixes(source, _FLAGS)
    if found is None or found[1] or len(found[0]) < _SCAN_MIN_PREFIXES:
        alternatives = _alternatives(source)
        required = _required_sets(source) if len(alternatives) == 1 else [r for r in [_required(source)] if r]
        return (
            LiteralFilter(pattern, [tuple(w.lower() for w in r) for r in required]) if required else pattern
        )
    prefixes = frozenset(_fold(p) for p in found[0])
    if any(len(p) < 3 or not p.isalpha() or max(map(ord, p)) > 0x24F for p in prefixes):
        return pattern  # short or non-Latin starts: IGNORECASE folds more than str.lower() there
    return StartScanner(pattern, prefixes)


def _match_order(m: re.Match[str]) -> tuple[int, int]:
    return m.start(), -m.end()


def _combine(patterns: list[str], gate: LiteralGate) -> tuple[PatternSet, ...]:
    """Compile a list of patterns into one PatternSet (kept in a tuple: callers loop)."""
    return (PatternSet(patterns, gate),) if patterns else ()


def _combine_tense(patterns: list[str], gate: LiteralGate) -> tuple[PatternSet, ...]:
    """Compile tense cues into one WordEndingSet (its one-word patterns read word endings)."""
    return (WordEndingSet(patterns, gate),) if patterns else ()


def _compile_all(patterns: list[str], subs: dict[str, str] | None = None) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in patterns:
        text = pattern
        for key, value in (subs or {}).items():
            text = text.replace("{" + key + "}", "(?:" + value + ")")
        out.append(compile_gated(text, _FLAGS))
    return tuple(out)


def _gated_all(patterns: list[str], subs: dict[str, str], gate: LiteralGate) -> PatternGroup:
    """Compile each pattern (placeholders filled) as a one-pattern set on the literal gate."""
    out = []
    for pattern in patterns:
        for key, value in subs.items():
            pattern = pattern.replace("{" + key + "}", "(?:" + value + ")")
        out.append(PatternSet([pattern], gate))
    return PatternGroup(out)


def _compile_scanned(
    patterns: list[str], subs: dict[str, str]
) -> tuple[re.Pattern[str] | StartScanner | LiteralFilter, ...]:
    """Compile patterns like _compile_all, each wrapped in a StartScanner where that pays."""
    out = []
    for pattern, compiled in zip(patterns, _compile_all(patterns, subs), strict=True):
        source = pattern
        for key, value in subs.items():
            source = source.replace("{" + key + "}", "(?:" + value + ")")
        out.append(_scanned(compiled, source))
    return tuple(out)


def _needed_family(pattern: str) -> str | None:
    """Return the placeholder word family a date pattern requires (outside optional groups)."""
    for family in ("month", "weekday"):
        at = pattern.find("(?P<" + family + ">{" + family + "})")
        if at >= 0 and not pattern[at:].startswith("(?P<" + family + ">{" + family + "}),?\\s+)?"):
            depth = pattern[:at].count("(") - pattern[:at].count(")")
            if depth == 0:
                return family
    return None


def fill_measure_units(pattern: str, data: dict[str, Any]) -> str:
    """Fill `{measure_units}` in a pattern with the language's unit words (`[stance] measure_units`).

    One list for the unit rule (`measures`) and the yardstick cue's exclusion in `[commentary]`.
    """
    if "{measure_units}" not in pattern:
        return pattern
    units = [str(u) for u in data.get("stance", {}).get("measure_units", [])] or ["(?!x)x"]
    return pattern.replace("{measure_units}", "|".join(f"(?:{u})" for u in units))


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    return value if isinstance(value, dict) else {}


def _build(data: dict[str, Any]) -> Lexicon:
    gate = LiteralGate()  # one literal scan per clause for all the pattern sets below
    lang = _section(data, "language")
    det = _section(data, "detection")
    seg = _section(data, "segmentation")
    att = _section(data, "attribution")
    com = _section(data, "commentary")
    tmp = _section(data, "temporal")
    chg = _section(data, "changes")
    months = {k.lower(): int(v) for k, v in tmp.get("months", {}).items()}
    weekdays = {k.lower(): int(v) for k, v in tmp.get("weekdays", {}).items()}
    number_words = {k.lower(): int(v) for k, v in tmp.get("number_words", {}).items()}
    units = {k.lower(): str(v) for k, v in tmp.get("units", {}).items()}
    # "hora de Ottawa", "Doha time": a place the shared table knows names a zone too (the
    # language's own zone words win)
    zones = {k.lower(): v for k, v in places()[1].items()}
    zones.update({k.lower(): str(v) for k, v in tmp.get("zones", {}).items()})
    relative = {k.lower(): int(v) for k, v in tmp.get("relative_days", {}).items()}
    ignore = [str(w) for w in tmp.get("relative_ignore", [])]
    subs = {
        "month": _alternation(list(months)),
        "weekday": _alternation(list(weekdays)),
        "num": r"\d+|" + _alternation(list(number_words)),
        "unit": _alternation(list(units)),
        "zone": _alternation(list(zones)),
    }
    relative_re: PatternSet | None = None
    if relative:
        # Ignored phrases come first in the alternation so the longer phrase wins the match.
        ignore_alt = "".join(f"(?P<ignore{i}>{_alternation([w])})|" for i, w in enumerate(ignore))
        relative_re = PatternSet([rf"\b(?:{ignore_alt}(?P<rel>{_alternation(list(relative))}))\b"], gate)
    markers = [str(m) for m in tmp.get("deadline_markers", [])]
    fillers = [str(w) for w in tmp.get("marker_fillers", [])]
    filler_re = rf"(?:\s+(?:{_alternation(fillers)}))?" if fillers else ""
    marker_re = EndAnchoredSet(r"(?:^|\W)", markers or ["(?!x)x"], filler_re, gate)
    starts = [str(m) for m in tmp.get("duration_start_markers", [])]
    start_re = EndAnchoredSet(r"(?:^|\W)", starts, "", gate) if starts else None
    return Lexicon(
        code=str(lang["code"]),
        simplemma_code=str(lang.get("simplemma", lang["code"])),
        stopwords=frozenset(w.lower() for w in det.get("stopwords", [])),
        abbreviations=frozenset(w.lower() for w in seg.get("abbreviations", [])),
        clause_splits=_combine(seg.get("clause_splits", []), gate),
        comment_splits=_combine(seg.get("comment_splits", []), gate),
        report_splits=_combine(seg.get("report_splits", []), gate),
        reporting_lemmas=frozenset(att.get("reporting_lemmas", [])),
        reporting_core=frozenset(att.get("reporting_core", [])),
        reporting_forms=frozenset(att.get("reporting_forms", [])),
        reporting_exclude=frozenset(att.get("reporting_exclude", [])),
        reporting_blockers=frozenset(att.get("reporting_blockers", [])),
        according_to=_combine(att.get("according_to", []), gate),
        unnamed_sources=_combine(att.get("unnamed_sources", []), gate),
        vague_subjects=_combine(att.get("vague_subjects", []), gate),
        pronoun_subjects=frozenset(att.get("pronoun_subjects", [])),
        act_lemmas=frozenset(att.get("act_lemmas", [])),
        act_subject_articles=frozenset(att.get("act_subject_articles", [])),
        titles=frozenset(att.get("titles", [])),
        institutions=frozenset(att.get("institutions", [])),
        determiners=frozenset(att.get("determiners", [])),
        name_particles=frozenset(att.get("name_particles", [])),
        hedges=_combine(att.get("hedges", []), gate),
        condition_markers=_combine(att.get("condition_markers", []), gate),
        complementizers=frozenset(att.get("complementizers", [])),
        # a relative pronoun after a comma, with no comma closing it before the verb
        relative_clause_re=compile_gated(
            r",\s*(?:" + _alternation(att.get("relative_pronouns", []) or ["(?!x)x"]) + r")\s[^,]*$",
            _FLAGS,
        ),
        relative_pronouns=frozenset(att.get("relative_pronouns", [])),
        connectives=frozenset(seg.get("connectives", [])),
        # a condition runs to a semicolon, or a comma before a new clause
        condition_end_re=compile_gated(
            r";|,\s+(?:" + _alternation(seg.get("connectives", []) or ["(?!x)x"]) + r")\s|[.!?]\s*$",
            _FLAGS,
        ),
        evidence_prefix_re=compile_gated(
            r"(?:\b(?:" + _alternation(tmp.get("evidence_prefixes", []) or ["(?!x)x"]) + r")\s+)$",
            _FLAGS,
        ),
        commentary=_combine([fill_measure_units(str(p), data) for p in com.get("patterns", [])], gate),
        reader_address=_combine(com.get("reader_address", []), gate),
        reader_insertions=tuple(com.get("reader_insertions", [])),
        insertion_resume=(
            compile_gated("|".join(com["insertion_resume"]), _FLAGS) if com.get("insertion_resume") else None
        ),
        insertion_voice=_optional_re(com.get("insertion_voice", [])),
        months=months,
        weekdays=weekdays,
        relative_days=relative,
        relative_days_re=relative_re,
        number_words=number_words,
        units=units,
        date_patterns=tuple(
            zip(
                _compile_scanned(tmp.get("date_patterns", []), subs),
                [_needed_family(p) for p in tmp.get("date_patterns", [])],
                strict=True,
            )
        ),
        weekday_patterns=_compile_scanned(tmp.get("weekday_patterns", []), subs),
        duration_patterns=_gated_all(tmp.get("duration_patterns", []), subs, gate),
        duration_deadline_preps=frozenset(tmp.get("duration_deadline_preps", [])),
        duration_length_preps=frozenset(tmp.get("duration_length_preps", [])),
        length_verbs=compile_gated("|".join(tmp.get("length_verbs", [])) or "(?!x)x", _FLAGS),
        time_patterns=_gated_all(tmp.get("time_patterns", []), subs, gate),
        ampm={k.lower(): str(v) for k, v in tmp.get("ampm", {}).items()},
        special_times={k.lower(): str(v) for k, v in tmp.get("special_times", {}).items()},
        zones=zones,
        # the last word of a phrase ("the day after tomorrow" -> "tomorrow"): "the" would
        # let every sentence through
        trigger_words=frozenset(
            key.lower().split()[-1]
            for key in [*months, *weekdays, *relative, *units, *tmp.get("special_times", {})]
        ),
        deadline_marker_re=marker_re,
        duration_start_re=start_re,
        duration_relative_re=(
            compile_gated("|".join(tmp["duration_relative"]), _FLAGS)
            if tmp.get("duration_relative")
            else None
        ),
        measure_words=(
            PatternSet(["|".join(tmp["measure_words"])], gate) if tmp.get("measure_words") else None
        ),
        measure_marker_re=(
            EndAnchoredSet(r"(?:^|\W)", [str(m) for m in tmp["measure_markers"]], "", gate)
            if tmp.get("measure_markers")
            else None
        ),
        deadline_post=_compile_all(tmp.get("deadline_post_markers", [])),
        zone_suffixes=_compile_all(tmp.get("zone_suffix_patterns", []), subs),
        named_clocks=_compile_all(tmp.get("named_clock_patterns", []), subs),
        past_tense=_combine_tense(tmp.get("past_tense", []), gate),
        future_tense=_combine_tense(tmp.get("future_tense", []), gate),
        changes={kind: _combine(list(pats), gate) for kind, pats in chg.items()},
        changes_gate=PatternSet([str(p) for pats in chg.values() for p in pats], gate),
        duration_future_preps=frozenset(tmp.get("duration_future_preps", [])),
        period_end_patterns=_gated_all(tmp.get("period_end_patterns", []), subs, gate),
        periods={k.lower(): str(v) for k, v in tmp.get("periods", {}).items()},
        rescheduled_events=_optional_set(tmp.get("rescheduled_events", []), gate),
        measure_off=_optional_re(tmp.get("measure_off", [])),
        measure_cancelled=_optional_re(tmp.get("measure_cancelled", [])),
        last_day_done=_optional_set(tmp.get("last_day_done", []), gate),
        last_day_missed=_optional_re(tmp.get("last_day_missed", [])),
        fronted_tally=_optional_re(tmp.get("fronted_tally", [])),
        measure_topic_events=_optional_re(tmp.get("measure_topic_events", [])),
        counted_day=_optional_re(tmp.get("counted_day", [])),
        measure_past=_optional_re(tmp.get("measure_past", [])),
        measure_halts=_optional_re(tmp.get("measure_halts", [])),
        duration_relative_tail=_optional_re(tmp.get("duration_relative_tail", [])),
        event_subjects=_optional_re(tmp.get("event_subjects", [])),
        obligations=_optional_re(tmp.get("obligations", [])),
        deadline_nouns=_optional_set(tmp.get("deadline_nouns", []), gate),
        threat_conditions=_optional_set(tmp.get("threat_conditions", []), gate),
        past_spans=_anchored_set(tmp.get("past_spans", []), gate),
        done_by=_anchored_set(tmp.get("done_by", []), gate),
        minute_words={k.lower(): int(v) for k, v in tmp.get("minute_words", {}).items()},
        day_part_words=frozenset(str(k).lower().split()[-1] for k in tmp.get("ampm", {})),
        so_far=_anchored_end(tmp.get("so_far", [])),
        so_far_opening=_anchored_end(tmp.get("so_far_opening", [])),
        day_subject_lead=_anchored_end(tmp.get("day_subject_lead", [])),
        day_subject_post=_optional_set(tmp.get("day_subject_post", []), gate),
        duration_gone_after=_optional_re(tmp.get("duration_gone_after", [])),
        duration_delay_after=_optional_re(tmp.get("duration_delay_after", [])),
        length_activity_after=_optional_re(tmp.get("length_activity_after", [])),
        duration_gone_before=_anchored_end(tmp.get("duration_gone_before", [])),
        named_deadline_lead=_anchored_end(tmp.get("named_deadline_lead", [])),
        named_deadline_post=_optional_re(tmp.get("named_deadline_post", [])),
        remote_past=_optional_re(tmp.get("remote_past", [])),
        deadline_lapsed=_optional_re(tmp.get("deadline_lapsed", [])),
        duty_joiners=_optional_re(tmp.get("duty_joiners", [])),
        gapped_heads=_optional_re(tmp.get("gapped_heads", [])),
        definite_preps=frozenset(tmp.get("definite_preps", [])),
        superseded=_optional_set(tmp.get("superseded", []), gate),
        first_targets=_optional_re(tmp.get("first_targets", [])),
        second_targets=_optional_re(tmp.get("second_targets", [])),
        forecasts=_optional_re(tmp.get("forecasts", [])),
        convened=_optional_set(tmp.get("convened", []), gate),
        persisting=_optional_re(tmp.get("persisting", [])),
        kept_open=_optional_set(tmp.get("kept_open", []), gate),
        proposals=_optional_set(tmp.get("proposals", []), gate),
        duration_vague=_anchored_set(tmp.get("duration_vague", []), gate),
        measure_blockers=_optional_re(tmp.get("measure_blockers", [])),
        duration_requests=_optional_re(tmp.get("duration_requests", [])),
        anaphoric_days={k.lower(): int(v) for k, v in tmp.get("anaphoric_days", {}).items()},
        anaphoric_days_re=(
            PatternSet(
                [
                    rf"\b(?P<rel>{_alternation(list(tmp['anaphoric_days']))})\b"
                    + (
                        rf"(?!\s+(?:{_alternation(tmp.get('anaphoric_blockers', []))})\b)"
                        if tmp.get("anaphoric_blockers")
                        else ""
                    )
                ],
                gate,
            )
            if tmp.get("anaphoric_days")
            else None
        ),
        deadline_noun_markers=(
            EndAnchoredSet(r"(?:^|\W)", [str(m) for m in tmp["deadline_noun_markers"]], "", gate)
            if tmp.get("deadline_noun_markers")
            else None
        ),
        range_connector_re=(
            compile_gated(r"^\s*(?:" + "|".join(tmp["range_connectors"]) + r")\s*$", _FLAGS)
            if tmp.get("range_connectors")
            else None
        ),
        event_post=_optional_re(tmp.get("event_post", [])),
        same_day_anaphors=_optional_re(tmp.get("same_day_anaphors", [])),
        apposition_markers=_anchored_end(tmp.get("apposition_markers", [])),
        recurring_spans=_optional_set(tmp.get("recurring_spans", []), gate),
        reported_speech=_optional_re(tmp.get("reported_speech", [])),
        background_clauses=_optional_re(tmp.get("background_clauses", [])),
        window_range_markers=_anchored_set(tmp.get("window_range_markers", []), gate),
        window_permissions=_optional_re(tmp.get("window_permissions", [])),
        window_nouns=_optional_re(tmp.get("window_nouns", [])),
        window_duties=_optional_re(tmp.get("window_duties", [])),
        ahead_spans=_optional_re(tmp.get("ahead_spans", [])),
        due_questions=_optional_re(tmp.get("due_questions", [])),
        past_questions=_optional_re(tmp.get("past_questions", [])),
        duration_then=_optional_re(tmp.get("duration_then", [])),
        duration_that_date=_optional_re(tmp.get("duration_that_date", [])),
        duration_chain=_optional_re(tmp.get("duration_chain", [])),
        closing_markers=_optional_set(tmp.get("closing_markers", []), gate),
        venue_nouns=_optional_re(tmp.get("venue_nouns", [])),
        day_parts=_optional_re(tmp.get("day_parts", [])),
        place_tails=_optional_set(tmp.get("place_tails", []), gate),
        prep_tails=_optional_re(tmp.get("prep_tails", [])),
        topic_tails=_optional_re(tmp.get("topic_tails", [])),
        noun_dates=_optional_re(tmp.get("noun_dates", [])),
        possessive_ties=_optional_re(tmp.get("possessive_ties", [])),
        count_owned_weekdays=_optional_re(tmp.get("count_owned_weekdays", [])),
        fronted_starts=_optional_re(tmp.get("fronted_starts", [])),
        fronted_measures=_optional_re(tmp.get("fronted_measures", [])),
        release_due=_optional_set(tmp.get("release_due", []), gate),
        duty_event_markers=_anchored_set(tmp.get("duty_event_markers", []), gate),
        deadline_copulas=_anchored_set(tmp.get("deadline_copulas", []), gate),
        pending_events=_optional_re(tmp.get("pending_events", [])),
        copula_nouns=_optional_re(tmp.get("copula_nouns", [])),
        period_deadlines=frozenset(tmp.get("period_deadlines", ["week"])),
        continued_span_preps=frozenset(
            re.sub(r"\s+", " ", str(p).lower()) for p in tmp.get("continued_span_preps", [])
        ),
        countdown_preps=frozenset(tmp.get("countdown_preps", [])),
        duration_holder_preps=frozenset(
            re.sub(r"\s+", " ", str(p).lower()) for p in tmp.get("duration_holder_preps", [])
        ),
        present_holder_preps=frozenset(
            re.sub(r"\s+", " ", str(p).lower()) for p in tmp.get("present_holder_preps", [])
        ),
        habitual=_optional_set(tmp.get("habitual", []), gate),
        window_openers=_anchored_set(tmp.get("window_openers", []), gate),
        lead_time_patterns=_gated_all(tmp.get("lead_time_patterns", []), subs, gate),
        extension_by_patterns=_gated_all(tmp.get("extension_by_patterns", []), subs, gate),
        extension_breaks=_optional_re(tmp.get("extension_breaks", [])),
        extension_pronouns=_optional_re(tmp.get("extension_pronouns", [])),
        general_limits=_optional_re(tmp.get("general_limits", [])),
        legal_frames=_optional_set(tmp.get("legal_frames", []), gate),
        generic_subjects=_optional_set(tmp.get("generic_subjects", []), gate),
        generic_recipients=_optional_set(tmp.get("generic_recipients", []), gate),
        cutoff_markers=_anchored_set(tmp.get("cutoff_markers", []), gate),
        cutoff_penalties=_optional_re(tmp.get("cutoff_penalties", [])),
        limit_now=_optional_re(tmp.get("limit_now", [])),
        duration_condition_head=_optional_re(tmp.get("duration_condition_head", [])),
        due_heads=_optional_re(tmp.get("due_heads", [])),
        weekday_anaphors=_anchored_end(tmp.get("weekday_anaphors", [])),
        duration_relative_head=_optional_re(tmp.get("duration_relative_head", [])),
        conditions=_optional_re(tmp.get("conditions", [])),
        change_negation=_optional_set(tmp.get("change_negation", []), gate),
        change_duty=_optional_re(tmp.get("change_duty", [])),
        expiry_links=_optional_re(tmp.get("expiry_links", [])),
        expiry_told=_optional_re(tmp.get("expiry_told", [])),
        expiry_told_after=_optional_re(tmp.get("expiry_told_after", [])),
        granted_holders=_optional_re(tmp.get("granted_holders", [])),
        local_offset=_optional_re(tmp.get("local_offset", [])),
        publication_zones=tuple(tmp.get("publication_zones", [])),
        gapped_conjuncts=_optional_re(tmp.get("gapped_conjuncts", [])),
        relative_words=_optional_re(tmp.get("relative_words", [])),
        void_before=_optional_set(tmp.get("void_before", []), gate),
        group_scopes=_optional_re(tmp.get("group_scopes", [])),
        scope_duties=_optional_re(tmp.get("scope_duties", [])),
        scope_cutoffs=_optional_re(tmp.get("scope_cutoffs", [])),
        scope_demands=_optional_re(tmp.get("scope_demands", [])),
        measured_conditions=_optional_re(tmp.get("measured_conditions", [])),
        duration_restated=_optional_re(tmp.get("duration_restated", [])),
        start_markers=_optional_re(tmp.get("start_markers", [])),
        start_threats=_optional_re(tmp.get("start_threats", [])),
        reference_lead=_optional_re(tmp.get("reference_lead", [])),
        reference_tail=_optional_re(tmp.get("reference_tail", [])),
        reference_live=_optional_re(tmp.get("reference_live", [])),
        done_before_lead=_optional_re(tmp.get("done_before_lead", [])),
        done_before_nouns=_optional_re(tmp.get("done_before_nouns", [])),
        done_before_tail=_optional_re(tmp.get("done_before_tail", [])),
        done_before_blockers=_optional_re(tmp.get("done_before_blockers", [])),
        rough_time_lead=_optional_re(tmp.get("rough_time_lead", [])),
        length_decisions=_optional_re(tmp.get("length_decisions", [])),
        length_owners=_optional_re(tmp.get("length_owners", [])),
        length_run_verbs=_optional_re(tmp.get("length_run_verbs", [])),
        length_day_joiners=_optional_re(tmp.get("length_day_joiners", [])),
        scheduled_for=_optional_set(tmp.get("scheduled_for", []), gate),
        measure_own_end=_optional_set(tmp.get("measure_own_end", []), gate),
        requests=_optional_set(tmp.get("requests", []), gate),
        authorities=_optional_re(tmp.get("authorities", [])),
        earliest=_anchored_end(tmp.get("earliest", [])),
        earliest_post=_optional_set(tmp.get("earliest_post", []), gate),
        inverted_subjects=_optional_set(tmp.get("inverted_subjects", []), gate),
        same_day_openers=_optional_re(tmp.get("same_day_openers", [])),
        horizon_openers=_optional_re(tmp.get("horizon_openers", [])),
        continued_acts=_optional_re(tmp.get("continued_acts", [])),
        due_ties=_optional_re(tmp.get("due_ties", [])),
        service_verbs=_optional_set(tmp.get("service_verbs", []), gate),
        length_subjects=_optional_re(tmp.get("length_subjects", [])),
        unmet=_optional_set(tmp.get("unmet", []), gate),
        nonfinite_endings=tuple(att.get("nonfinite_endings", [])),
        nonfinite_openers=frozenset(att.get("nonfinite_openers", [])),
        unreporting_governors=frozenset(att.get("unreporting_governors", [])),
        verb_negators=frozenset(att.get("verb_negators", [])),
        enclitics=tuple(sorted(att.get("enclitics", []), key=len, reverse=True)),  # "los" before "os"
        participle_endings=tuple(att.get("participle_endings", [])),
        participle_infinitives={k: tuple(v) for k, v in att.get("participle_infinitives", {}).items()},
        perfect_auxiliaries=frozenset(att.get("perfect_auxiliaries", [])),
        participle_auxiliaries=frozenset(att.get("participle_auxiliaries", [])),
        relative_participle_ending=att.get("relative_participle_ending", ""),
        relative_span_openers=frozenset(att.get("relative_span_openers", [])),
        relative_main_verbs=frozenset(att.get("relative_main_verbs", [])),
        relative_articles=frozenset(att.get("relative_articles", [])),
        relative_prepositions=frozenset(att.get("relative_prepositions", [])),
        relative_time_nouns=frozenset(att.get("relative_time_nouns", [])),
        indefinite_after=_optional_re(att.get("indefinite_after", [])),
        future_auxiliaries=frozenset(att.get("future_auxiliaries", [])),
        hypothetical_auxiliaries=frozenset(att.get("hypothetical_auxiliaries", [])),
        subject_auxiliaries=frozenset(att.get("subject_auxiliaries", [])),
        indefinite_articles=frozenset(att.get("indefinite_articles", [])),
        hypothetical_reports_unless=frozenset(att.get("hypothetical_reports_unless", [])),
        hypothetical_endings=tuple(att.get("hypothetical_endings", [])),
        implicit_conditions=_combine(att.get("implicit_conditions", []), gate),
        future_endings=tuple(att.get("future_endings", [])),
        source_possessives=frozenset(att.get("source_possessives", [])),
        object_relative_articles=frozenset(att.get("object_relative_articles", [])),
        object_relative_times=frozenset(att.get("object_relative_times", [])),
        free_relatives=tuple(tuple(p.lower().split()) for p in att.get("free_relatives", [])),
        hypothetical_openers=frozenset(att.get("hypothetical_openers", [])),
        subordinators=frozenset(att.get("subordinators", [])),
        time_openers=frozenset(att.get("time_openers", [])),
        opener_words=frozenset(att.get("opener_words", [])),
        impersonal_clitics=frozenset(att.get("impersonal_clitics", [])),
        writer_pronouns=frozenset(att.get("writer_pronouns", [])),
        writer_skips=frozenset(att.get("writer_skips", [])),
        writer_passives=frozenset(att.get("writer_passives", [])),
        first_person_endings=tuple(att.get("first_person_endings", [])),
        jussive_openers=frozenset(att.get("jussive_openers", [])),
        object_clitics=frozenset(att.get("object_clitics", [])),
        impersonal_markers=frozenset(att.get("impersonal_markers", [])),
        adverb_endings=tuple(att.get("adverb_endings", [])),
        present_endings=tuple(att.get("present_endings", [])),
        duty_auxiliaries=frozenset(att.get("duty_auxiliaries", [])),
        job_endings=tuple(att.get("job_endings", [])),
        documents=frozenset(att.get("documents", [])),
        reporting_particles=frozenset(att.get("reporting_particles", [])),
        people_nouns=frozenset(att.get("people_nouns", [])),
        negation_modifiers=frozenset(att.get("negation_modifiers", [])),
        comparisons=_optional_set(att.get("comparisons", []), gate),
        gerund_endings=tuple(att.get("gerund_endings", [])),
        act_coordinators=frozenset(att.get("act_coordinators", [])),
        instruction_forms=frozenset(att.get("instruction_forms", [])),
        instruction_markers=frozenset(att.get("instruction_markers", [])),
        noun_forms=frozenset(att.get("noun_forms", [])),
        ruling_lemmas=frozenset(att.get("ruling_lemmas", [])),
        resumptive_objects=frozenset(att.get("resumptive_objects", [])),
        characterisations=_optional_set(att.get("characterisations", []), gate),
        fronted_objects=frozenset(att.get("fronted_objects", [])),
        person_nouns=frozenset(att.get("person_nouns", [])),
        noun_determiners=frozenset(att.get("noun_determiners", [])),
        report_continuations=frozenset(att.get("report_continuations", [])),
        report_consequences=tuple(str(c).lower() for c in att.get("report_consequences", [])),
        empty_reports=_optional_set(att.get("empty_reports", []), gate),
        penalties=_optional_set(att.get("penalties", []), gate),
        writer_formulas=_optional_set(att.get("writer_formulas", []), gate),
        non_speakers=_optional_re(att.get("non_speakers", [])),
        generalising_tails=_optional_re(att.get("generalising_tails", [])),
        document_witnesses=_optional_re(att.get("document_witnesses", [])),
        name_adjective_endings=tuple(att.get("name_adjective_endings", [])),
        predicate_copulas=frozenset(att.get("predicate_copulas", [])),
        predicate_adjective_endings=tuple(att.get("predicate_adjective_endings", [])),
        clausal_subjects=_optional_re(att.get("clausal_subjects", [])),
        subject_adverbs=frozenset(att.get("subject_adverbs", [])),
        genitives=frozenset(att.get("genitives", [])),
        namings=_optional_set(att.get("namings", []), gate),
        prepositions=frozenset(att.get("prepositions", [])),
        speech_occasions=frozenset(att.get("speech_occasions", [])),
        deliveries=frozenset(att.get("deliveries", [])),
        personal_pronouns=frozenset(att.get("personal_pronouns", [])),
        person_pronouns=frozenset(att.get("person_pronouns", [])),
        body_nouns=frozenset(att.get("body_nouns", [])),
        body_name_particles=frozenset(att.get("body_name_particles", [])),
        group_quantifiers=frozenset(att.get("group_quantifiers", [])),
        member_openers=frozenset(att.get("member_openers", [])),
        place_particles=frozenset(att.get("place_particles", [])),
        refusals=_optional_set(att.get("refusals", []), gate),
        role_heads={k.lower(): frozenset(w.lower() for w in v) for k, v in att.get("role_heads", {}).items()},
        office_bodies={k.lower(): str(v).lower() for k, v in att.get("office_bodies", {}).items()},
        stance_words=frozenset(com.get("stance_words", [])),
        quantity_words=frozenset(com.get("quantity_words", [])),
        stance_neutral=tuple(p.lower() for p in com.get("stance_neutral", [])),
        fragment_verbs=frozenset(com.get("fragment_verbs", [])),
        fragment_verb_endings=tuple(com.get("fragment_verb_endings", [])),
        fragment_adjective_endings=tuple(com.get("fragment_adjective_endings", [])),
        fragment_adjective_forms=_optional_re(com.get("fragment_adjective_forms", [])),
        fragment_noun_markers=frozenset(com.get("fragment_noun_markers", [])),
        fragment_answers=frozenset(com.get("fragment_answers", [])),
        fragment_greetings=_optional_re(com.get("fragment_greetings", [])),
        fragment_clitics=frozenset(com.get("fragment_clitics", [])),
        fragment_contractions=tuple(com.get("fragment_contractions", [])),
        fragment_possessives=frozenset(com.get("fragment_possessives", [])),
        imperative_next=frozenset(com.get("imperative_next", [])),
        count_copulas=frozenset(com.get("count_copulas", [])),
        count_rule_predicates=_optional_re(com.get("count_rule_predicates", [])),
        count_time_words=frozenset(com.get("count_time_words", [])),
        count_joins=frozenset(w.lower() for w in com.get("count_joins", [])),
        verdict_adverbs=frozenset(w.lower() for w in com.get("verdict_adverbs", [])),
    )


def _optional_set(patterns: list[str], gate: LiteralGate) -> PatternSet | None:
    """Join a pattern list into one gated pattern (None when the list is empty)."""
    return PatternSet(["|".join(f"(?:{p})" for p in patterns)], gate) if patterns else None


def _anchored_set(patterns: list[str], gate: LiteralGate) -> PatternSet | None:
    """Join a pattern list into one gated pattern that must end where the search window ends."""
    return PatternSet([r"(?:" + "|".join(patterns) + r")\s*$"], gate) if patterns else None


def _anchored_end(patterns: list[str]) -> re.Pattern[str] | None:
    """Join a pattern list into one regex that must end where the search window ends."""
    return compile_gated(r"(?:" + "|".join(patterns) + r")\s*$", _FLAGS) if patterns else None


def _optional_re(patterns: list[str]) -> re.Pattern[str] | None:
    """Join a pattern list into one regex (None when the list is empty)."""
    return compile_gated("|".join(f"(?:{p})" for p in patterns), _FLAGS) if patterns else None


@cache
def places() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return a regex of place names and their time zones (`data/common/places.toml`)."""
    with (DATA_DIR / "common" / "places.toml").open("rb") as fh:
        zones = {str(k): str(v) for k, v in tomllib.load(fh).get("zones", {}).items()}
    names = sorted(zones, key=len, reverse=True)
    return _place_regex(names), zones


def _place_regex(names: list[str]) -> re.Pattern[str]:
    """Compile `\\b(?:names)\\b` (longest first) so that `re` jumps between first letters.

    Tried at every capital letter, the alternation of a few hundred names cost ~1M
    instructions an article. Grouped by first character (the names' order kept within each
    group, so the same name wins at each position), with the opening `\\b` as a look-behind
    after that character, the pattern opens with a literal set that `re` scans for.
    """
    if not all(n[:1].isalnum() for n in names):
        # a name that opens with a non-word character: "\b" means something else there
        return compile_gated(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", 0)
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(name[1:])
    # "(?<!\\w.)" after the first letter: the character before it is no word character
    alts = (
        re.escape(c) + r"(?<!\w.)(?:" + "|".join(map(re.escape, rest)) + ")" for c, rest in groups.items()
    )
    return re.compile(r"(?:" + "|".join(alts) + r")\b")


@cache
def available_languages() -> tuple[str, ...]:
    """List the language codes that have a data file."""
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.toml")))


@cache
def load_lexicon(code: str) -> Lexicon:
    """Read and compile `data/<code>.toml`; raise UnknownLanguageError if there is none."""
    if code not in available_languages():
        raise UnknownLanguageError(f"no lexicon for language {code!r}")
    with (DATA_DIR / f"{code}.toml").open("rb") as fh:
        return _build(tomllib.load(fh))
