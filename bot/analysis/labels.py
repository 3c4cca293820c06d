"""Label a sentence, or its clauses, as statement, claim, fact or commentary (DESIGN.md §2)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from bot.analysis.attribution import (
    TAG_COLON,
    VOCATIVE_WORDS,
    Attribution,
    SourceKind,
    find_attribution,
    is_reporting_verb,
    is_title,
    lemma_of,
)
from bot.analysis.lexicon import Lexicon, PatternSet
from bot.analysis.stance import WordClasses, load_stance_model, word_classes
from bot.analysis.text import WORD_RE, Normalized, clause_words, has_digit, inside, normalize, quote_spans
from bot.domain.models import Item, Label

_LEAD = re.compile(r"^[\s>\"“«'‘(\[\-–—¿¡.,;:]*")
# A cue after a comma reports what comes before it ("X is absurd, the minister said") when at
# least this many words precede the comma (not "Of course, the minister said…") and at most
# this many stand between the comma and the cue (the subject).
_POST_CONTENT_WORDS = 4
_POST_SUBJECT_WORDS = 6
# Shorter pieces ("y van tres") are left to the cue lists.
_GENERIC_MIN_WORDS = 3
_EDGE_PUNCT = ".,;:!?\"'()«»“”‘’¿¡—–-"
# A verbless sentence longer than this is more likely a list or a caption than a kicker.
_FRAGMENT_MAX_WORDS = 16
# A quoted sentence this short that only repeats an earlier quotation's words is the writer's echo.
_ECHO_MAX_WORDS = 3
# A report of nothing but a repetition ("She said the same in October") has at most this many
# words after its cue.
_REPEAT_MAX_WORDS = 5
# A tail after a post-quote attribution ('"…," the minister said, as if …') needs this many.
_TAIL_MIN_WORDS = 4
# The longest phrase after a report read as its occasion (during an interview with a local radio station).
_OCCASION_MAX_WORDS = 8
# an apposition found only by its naming noun ("a message it sent to members in a letter") is a
# fragment the model was not trained on: plain ones score up to the threshold (0.92-0.95 on own
# hard negatives), so the model alone must be surer there
_REDESCRIPTION_MARGIN = 0.02


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled clause and the attribution it carries, if any."""

    item: Item
    attribution: Attribution | None


def _commentary_cue(
    norm: str,
    quotes: list[tuple[int, int]],
    zone: tuple[int, int] | None,
    lex: Lexicon,
    patterns: tuple[PatternSet, ...] | None = None,
) -> str | None:
    """Return the first commentary cue (or of `patterns`) outside quotes and outside attributed content."""
    lead = _LEAD.match(norm)
    offset = lead.end() if lead else 0
    body = norm[offset:]
    for pat in lex.commentary if patterns is None else patterns:
        for m in pat.finditer(body, within=norm):
            pos = m.start() + offset
            if inside(pos, quotes) or (zone is not None and zone[0] <= pos < zone[1]) or _in_name(norm, pos):
                continue
            return m.group()
    return None


def _in_name(norm: str, pos: int) -> bool:
    """Tell a cue that is a capitalised word inside a sentence: part of a name ("Orchard Hollow").

    "the Rialto Theatre", "el Festival de Teatro de la Costa": a place or a body, not the
    writer's "theatre" or "hollow". A capital after a colon, a quotation mark or a dash opens a
    sentence or a turn ("CONDUCTOR: Estamos…") and still counts.
    """
    if not norm[pos : pos + 1].isupper():
        return False
    before = norm[:pos].rstrip()
    return bool(before) and (before[-1].isalpha() or before[-1] == ",")


def _attributed_zone(norm: str, att: Attribution, lex: Lexicon) -> tuple[int, int]:
    """Return the span of what the source said: after the cue, or all of it when the cue comes last.

    "The plan is absurd, the minister said": the opinion before the cue is the minister's, not
    the writer's; "Of course, the minister announced it" keeps the writer's "Of course".
    """
    cue_at = norm.rfind(att.cue, 0, att.content_start)
    comma = norm.rfind(",", 0, cue_at) if cue_at > 0 else -1
    if comma < 0 or len(WORD_RE.findall(norm, 0, comma)) < _POST_CONTENT_WORDS:
        return att.content_start, len(norm)
    subject = len(WORD_RE.findall(norm, comma, cue_at))
    spans = [span[0] for span in (att.speaker_span, att.role_span) if span is not None]
    if subject > _POST_SUBJECT_WORDS or (min(spans) < comma if spans else not subject):
        return att.content_start, len(norm)  # "…que el portavoz, Dmitri Peskov, nunca dice…"
    after = WORD_RE.findall(norm, att.content_start, att.content_start + 60)
    if (
        any(w.lower() in lex.complementizers for w in after[:_POST_SUBJECT_WORDS])
        or ":" in norm[att.content_start : att.content_start + 3]
    ):
        return att.content_start, len(norm)
    return 0, len(norm)


_ASIDE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*,")  # ", tampoco,", ", por su parte,"


def _negated_source(norm: str, att: Attribution, lex: Lexicon) -> bool:
    """Tell a report whose subject negates or questions it ("…, nobody at the agency explained").

    The writer notes a silence, or asks who would have said it ("Puntualidad británica, quién lo
    iba a decir"): a source that said nothing is no speaker (a capitalised "Ninguno" or "Quién"
    was taken for a name, making the writer's remark a statement).
    """
    wc = word_classes(lex.code)
    cue_at = norm.rfind(att.cue, 0, att.content_start)
    if wc is None or not (wc.negative_subjects or wc.question_subjects) or cue_at < 0:
        return False
    # "Y ninguno, tampoco, se atreverá a explicar": a short aside set off by commas parts nothing
    before = _ASIDE.sub(" ", norm[:cue_at])
    subject = before[before.rfind(",") + 1 :].strip(" \"“«'‘(¿¡—–-").lower()
    words = subject.split()
    while len(words) > 1 and (
        words[0] in lex.subordinators
        or words[0] in lex.opener_words
        or words[0] in lex.pronoun_subjects
        or words[0] in lex.negation_modifiers
    ):
        words = words[1:]  # "aunque nadie lo diga", "Let nobody say": the connective opens the subject
    tail = [w for w in words if w not in lex.enclitics]
    if tail and tail[-1] in wc.question_subjects:
        return True  # "…solo falta elegir quién lo anuncia": an embedded question, nobody's report
    subject = " ".join(words)
    return any(
        subject == w or subject.startswith(f"{w} ") for w in (*wc.negative_subjects, *wc.question_subjects)
    )


def _ordered_report(norm: str, att: Attribution, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell a verb of saying that opens the clause as an order to the reader ("Ask a teacher in
    Dayton how that is going."): read as a report with a dropped subject, it has no speaker at all.

    A report's dropped subject takes a tensed verb ("Says he will appeal", "Told reporters…"); a
    capitalised bare verb and a word of `imperative_next` open the writer's order (`_imperative`).
    """
    if att.kind is not SourceKind.CARRIED or att.speaker_span is not None or att.role_span is not None:
        return False
    lead = _LEAD.match(norm)
    first = WORD_RE.search(norm, lead.end() if lead else 0)
    return (
        first is not None
        and att.cue.split()[:1] == [first.group()]
        and norm.find(att.cue, first.start()) == first.start()
        and _imperative(norm, quotes, lex)
    )


def _nothing_reportable(norm: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell the writer's generalisation from news: a stance and no figure, date, name, quote or past event.

    Facts carry specifics ("Talks resumed on Tuesday in Geneva"; "Police deployed extra
    officers around the tally center in Lusaka") or state plainly ("The mine produces copper");
    "Patience is a luxury that neither side can afford" has a stance and no specifics.
    """
    if quotes or lex.stance_words.isdisjoint(w.strip(_EDGE_PUNCT) for w in norm.lower().split()):
        return False  # cheapest first: most facts have no stance word
    if has_digit(norm):
        return False
    words = clause_words(norm)
    lows = {w.lower() for w in words}
    # the split above is only a prefilter: the clause's own words decide
    if (
        len(words) < _GENERIC_MIN_WORDS
        or lex.stance_words.isdisjoint(lows)
        or not lex.trigger_words.isdisjoint(_day_candidates(words, lex))
        or not lex.quantity_words.isdisjoint(lows)
    ):
        return False
    if sum(1 for w in words[1:] if w[:1].isupper()) > 1:
        return False
    wc = word_classes(lex.code)
    if wc is not None and wc.record(norm):
        return False  # "Es la primavera más seca registrada…": a record is a report's specific
    if wc is not None and wc.provision(norm):
        return False  # "The bill would require companies to…": the measure's conditional, not the writer's
    return not any(p.search(norm) for p in lex.past_tense) and _stance_left(norm, lex)


def _day_candidates(words: Sequence[str], lex: Lexicon) -> set[str]:
    """Return the lowercased words that may name a day or month: not a lower-case stance word.

    "The threat may come from Dublin": the modal "may" is no month ("May 4" is capitalised).
    """
    return {w.lower() for w in words if not (w.islower() and w in lex.stance_words)}


def _stance_left(norm: str, lex: Lexicon) -> bool:
    """Tell a stance word that is not part of a phrase that takes none ("mientras tanto")."""
    low = norm.lower()
    for phrase in lex.stance_neutral:  # "El gas, mientras tanto, sigue fluyendo": no stance
        low = low.replace(phrase, " ")
    return not lex.stance_words.isdisjoint(WORD_RE.findall(low))


def _fragment(sentence: str, lex: Lexicon) -> bool:
    """Tell a sentence with no verb ("Punishment by paperwork.", "Por ahora."): the writer's kicker.

    News reports in sentences with verbs; a verbless one in an article's body is an aside.
    Conservative: a word that may be a verb (a listed lemma not after a determiner, a form whose
    lemma has a verb's ending, a past-tense cue) keeps the sentence a report. A relative clause's
    one verb is its own ("Tres capturas, cuarenta robos y un metro que sigue igual de lleno"); a
    second verb in it may be the sentence's ("Los vecinos que protestaban cortaron la calle").
    """
    if not (lex.fragment_verbs or lex.fragment_verb_endings) or _dated(sentence, lex, months=False):
        return False  # "On Monday, the deadline expires": a dated line is a report
    relatives = _relative_re(lex.relative_pronouns).findall(sentence) if lex.relative_pronouns else []
    main = sentence
    for clause in relatives:
        main = main.replace(clause, " ", 1)
    words = WORD_RE.findall(main)
    tensed = _without_adjective_forms(main, lex)
    if not 1 <= len(words) <= _FRAGMENT_MAX_WORDS or any(p.search(tensed) for p in lex.past_tense):
        return False
    if len(words) == 1 and words[0].lower() in lex.fragment_answers:
        return False  # "No." answers a question; "Again.", "Fourteen.", "Desierta." are the writer's
    if lex.fragment_greetings is not None and lex.fragment_greetings.search(sentence.strip()):
        return False  # "Buenos días.": the outlet greets, the writer judges nothing
    # the pronoun ("that", "que") is no determiner of the verb after it
    if any(_verb_count(WORD_RE.findall(clause)[1:], lex, relative=True) > 1 for clause in relatives):
        return False
    return _verb_count(words, lex) == 0


def _without_adjective_forms(text: str, lex: Lexicon) -> str:
    """Return the text without the adjectives that look like a past tense ("A watered-down version.").

    "watered-down", "unprecedented", "unchanged": a word of `fragment_adjective_forms` that the
    lemmatiser keeps as its own lemma is no verb form ("unveiled" is "unveil"'s, "long-awaited"
    "long-await"'s: still a past tense), so it keeps no verbless kicker a report.
    """
    forms = lex.fragment_adjective_forms
    if forms is None:
        return text
    kept = []
    for token in text.split():
        word = token.strip(_EDGE_PUNCT).lower()
        if forms.fullmatch(word) and lemma_of(word, lex.simplemma_code) == word:
            continue
        kept.append(token)
    return " ".join(kept)


# a colon between words, not inside a clock time ("a las 15:00")
FRAGMENT_REASON = "a sentence with no verb: the writer's aside or kicker"
TALLY_REASON = "a verbless count before a colon: the writer's set-up and point"
_LEAD_COLON = re.compile(r"(?<!\d):(?!\d)")


def _tally_lead(sentence: str, lex: Lexicon) -> bool:
    """Tell the writer's set-up: a verbless count before a colon, then the point, in lower case.

    "Sixteen years: the Victorians would have built three branch lines in that time.", "Seis horas
    de fallo y tres días de fila: la aritmética del Caribe." A numbered item ("Tres: el tribunal
    fijó…") has a one-word head, a list of names after the colon opens in capitals, a transcript tag
    has capitals or brackets, and a dated sentence ("Two dead, 14 injured: the toll rose on
    Sunday…") stays a report.
    """
    colon = _LEAD_COLON.search(sentence)
    if colon is None or _dated(sentence, lex, months=False):
        return False
    head, tail = sentence[: colon.start()], sentence[colon.end() :]
    words, after = WORD_RE.findall(head), WORD_RE.findall(tail)
    if len(words) < 2 or len(after) < 3 or not after[0][:1].islower() or "(" in head:
        return False
    first = words[0].lower()
    if first in lex.determiners or not (first.isdigit() or first in lex.number_words):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False
    return _fragment(head.strip() + ".", lex)


COUNT_LIST_REASON = "a verbless run of counted things: the writer's tally"
_LIST_SEP = re.compile(r"[,;]\s+")
_TO_INFINITIVE = re.compile(r"\bto\s+[^\W\d_]+", re.IGNORECASE)  # "five days to go": no finite verb


def _count_list(sentence: str, lex: Lexicon) -> bool:
    """Tell the writer's tally: a verbless run of things counted in words, side by side.

    "Eleven games, eleven different back fours.", "Nine hours offline, five days to go.", "Two
    sentences, two more strike days.": the words of a counted noun phrase read as verbs to
    `_fragment` ("strike", "days"), so the first two pieces must each open with a count word and
    its noun phrase, and what is left of the sentence must be verbless. A figure in digits, a day,
    a past tense, a main verb in a counted phrase ("Two are…") or a verb after it ("Two ferries,
    three buses and a night train serve the island.") keep it a report.
    """
    if not lex.relative_main_verbs:
        return False  # a language that lists no main verbs cannot tell a counted thing from a clause
    pieces = [piece for piece in _LIST_SEP.split(sentence.strip()) if piece]
    if len(pieces) < 2 or not (_opens_count(pieces[0], lex) and _opens_count(pieces[1], lex)):
        return False
    if _dated(sentence, lex, months=False) or any(p.search(sentence) for p in lex.past_tense):
        return False
    left = [_uncounted(piece, lex) for piece in pieces]
    if any(piece is None for piece in left):
        return False  # a main verb in a counted phrase
    rest = " ".join(_TO_INFINITIVE.sub(" ", piece) for piece in left if piece)
    return not WORD_RE.search(rest) or _fragment(rest, lex)


def _opens_count(piece: str, lex: Lexicon) -> bool:
    """Tell a piece opened by a count in words ("eleven", "two more"), not by an article ("a")."""
    first = WORD_RE.search(piece)
    word = first.group().lower() if first else ""
    return word in lex.number_words and word not in lex.determiners


def _uncounted(piece: str, lex: Lexicon) -> str | None:
    """Return what a piece says past its count and the noun phrase after it ("to go" of "five
    days to go"); the piece itself if no count opens it; None if the phrase holds a main verb."""
    if not _opens_count(piece, lex):
        return piece
    words = list(WORD_RE.finditer(piece))
    stops = lex.prepositions | lex.determiners | lex.relative_pronouns
    one = lex.number_words[words[0].group().lower()] == 1
    prev = ""
    for m in words[1:]:
        low = m.group().lower()
        if low in lex.relative_main_verbs or low.endswith(("n't", "n’t")) or _agrees(low, prev, one, lex):
            return None
        if low in stops:
            return piece[m.start() :]
        prev = low
    return ""


HEDGED_VERDICT_REASON = "a verbless verdict opened by a degree adverb: the writer's weighing of a report"


def _hedged_verdict(sentence: str, lex: Lexicon) -> bool:
    """Tell the writer's weighing of a reported act: a degree adverb, its participle, nothing else.

    "Largely passed, by a government grading its own paper.", "Properly declared, yes.", "Partly
    open, then.": with no subject, the participle after "largely" or "properly" is no finite verb;
    the writer grades what a report said was done. A subject ("Largely, the bill passed…"), a
    second verb, a figure or a day keep a report.
    """
    if not lex.verdict_adverbs or _dated(sentence, lex):
        return False
    words = WORD_RE.findall(sentence)
    if len(words) < 2 or words[0].lower() not in lex.verdict_adverbs or not words[0][:1].isupper():
        return False
    head, _, rest = sentence.partition(",")
    if len(WORD_RE.findall(head)) != 2:
        return False  # "Largely, the bill passed": the adverb modifies a clause with its subject
    if any(p.search(rest) for p in lex.past_tense):
        return False
    return not WORD_RE.search(rest) or _verb_count(WORD_RE.findall(rest), lex) == 0


COUNT_JOIN_REASON = "a verbless count joined to a clause: the writer's set-up and point"
_COUNT_JOIN_MAX_WORDS = 8  # "Nineteen months of sitting still in the dark, and…": a set-up, not a list


def _count_join(sentence: str, lex: Lexicon) -> bool:
    """Tell the writer's set-up and point: a verbless count, a comma and a conjunction, then a clause.

    "Two cranes, and the whole of East Africa's supply chain coughs.", "Four hundred and eighty-one
    pumps, and the hospital still floods.": the counted things report nothing; the clause after
    them is the writer's verdict on them. A past tense or a day ("Two cranes, and the port closed
    on Monday"), a count of no plural noun ("Two dead, and…"), a verb in the counted phrase ("Two
    men were moved…, and…") or a verbless piece set off by commas after the conjunction (a
    compound subject: "Two ferries, and a night train, serve the island") keep a report.
    """
    if not lex.count_joins or not lex.relative_main_verbs:
        return False
    head, _, tail = sentence.strip().partition(",")
    words = WORD_RE.findall(tail)
    if not words or words[0].lower() not in lex.count_joins or len(words) < _TAIL_MIN_WORDS:
        return False
    head = _joined_count(head, lex)
    if not _opens_count(head, lex) or len(WORD_RE.findall(head)) > _COUNT_JOIN_MAX_WORDS:
        return False
    rest = _uncounted(head, lex)
    if rest is None or not _counts_things(head, lex) or _dated(sentence, lex):
        return False
    if any(p.search(text) for p in lex.past_tense for text in (rest, tail)):
        return False
    if WORD_RE.search(rest) and not _fragment(rest, lex):
        return False
    subject, comma, _ = tail.partition(",")
    return not comma or not _fragment(subject.strip() + ".", lex)


def _joined_count(head: str, lex: Lexicon) -> str:
    """Return a count without the conjunction inside its number ("Four hundred and eighty-one")."""
    words = head.split()
    keep = [
        w
        for i, w in enumerate(words)
        if not (
            w.lower() in lex.count_joins
            and 0 < i < len(words) - 1
            and _number_word(words[i - 1], lex)
            and _number_word(words[i + 1], lex)
        )
    ]
    return " ".join(keep)


def _number_word(word: str, lex: Lexicon) -> bool:
    """Tell a count in words, hyphenated ones too ("eighty-one")."""
    parts = word.lower().strip(_EDGE_PUNCT).split("-")
    return all(part in lex.number_words for part in parts)


def _counts_things(head: str, lex: Lexicon) -> bool:
    """Tell a count of things: one of them, or a plural noun among the two words after the number.

    "Two cranes", "Forty-seven children", "One bad weekend"; "Two dead" counts nobody named.
    """
    words = [w for w in WORD_RE.findall(head) if not _number_word(w, lex)]
    first = WORD_RE.search(head)
    if first is not None and lex.number_words.get(first.group().lower()) == 1:
        return True
    return any(
        lemma_of(w.lower(), lex.simplemma_code) != w.lower() and not w.lower().endswith(("ed", "ing"))
        for w in words[:2]
    )


def _agrees(low: str, prev: str, one: bool, lex: Lexicon) -> bool:
    """Tell a verb agreeing with the counted noun before it: "three buses serve", "one bus serves".

    More than one takes a plural noun, so a bare verb after an -s word is its verb; one takes a
    singular, so an -s form after its noun is ("strike days", "back fours" read as nouns).
    """
    if not prev or "'" in low or "’" in low:
        return False
    lemma = lemma_of(low, lex.simplemma_code)
    if one:
        return low.endswith("s") and lemma != low
    plural = prev.endswith("s") and lemma_of(prev, lex.simplemma_code) != prev
    return plural and lemma == low and lemma in lex.fragment_verbs


@lru_cache(maxsize=8)
def _relative_re(pronouns: frozenset[str]) -> re.Pattern[str]:
    """Return a pattern for a relative clause after a word: its pronoun to the next comma or stop."""
    alternation = "|".join(sorted(map(re.escape, pronouns)))
    return re.compile(rf"(?<=\w\s)(?:{alternation})\b[^,;:—–()]*", re.IGNORECASE)


def _verb_count(words: Sequence[str], lex: Lexicon, *, relative: bool = False) -> int:
    """Count the words that may be verbs (the lemma and ending tests of `_fragment`).

    In a `relative` clause a word a past-tense pattern matches ("se declaraban") and a bare
    infinitive ("que prohíbe fumar") count too: a second verb there may be the sentence's own.
    """
    count = 0
    prev = ""
    for word in words:
        low = word.lower()
        lemma = lemma_of(low, lex.simplemma_code)
        # a count in words heads a noun as a determiner does ("Eleven years.", "Veintidós sesiones")
        after_noun = not (prev in lex.determiners or prev in lex.quantity_words or prev in lex.number_words)
        # an infinitive after a preposition ("por ahorrarse", "para llegar") is no finite verb
        bare = low.removesuffix("se")
        infinitive = prev in lex.prepositions and lemma == bare and bare.endswith(lex.fragment_verb_endings)
        if prev in lex.fragment_clitics:  # "nos habla": a clitic pronoun stands before a verb
            count, prev = count + 1, low
            continue
        # a main verb or auxiliary form right after a count is its verb, not a noun it heads
        # ("All ten have gone home.", "Half are empty.")
        counted = low in lex.relative_main_verbs and (prev in lex.number_words or prev in lex.quantity_words)
        if (counted or low.endswith(("n't", "n’t", *lex.fragment_contractions))) or (
            not infinitive
            and not _gerund(low, lemma, lex)
            and not _noun_or_adjective(low, prev, lex, relative=relative)
            and (
                (lemma in lex.fragment_verbs and after_noun)
                # a plural of a noun or adjective that ends like an infinitive ("preliminares",
                # "lugares") is no verb form
                or (
                    lemma.endswith(lex.fragment_verb_endings)
                    and low not in (lemma, f"{lemma}s", f"{lemma}es")
                )
                # "The refinery supplies diesel": an -s form after a noun may be a verb not listed
                or (lex.fragment_verbs and after_noun and lemma != low and low.endswith("s") and prev)
                or (relative and any(p.search(word) for p in lex.past_tense))
                or (relative and lemma == low and low.endswith(lex.fragment_verb_endings))
            )
        ):
            count += 1
        prev = low
    return count


def _gerund(low: str, lemma: str, lex: Lexicon) -> bool:
    """Tell a gerund or a noun in its form ("meeting", "sheltering", "permitting"): never a finite verb.

    "Sheltering, with their nets in the water.", "…and a January meeting that will fill a
    cafeteria.": a finite verb is what makes a sentence a report; the form's own lemma ("bring",
    "sing") is one.
    """
    return bool(lex.gerund_endings) and low.endswith(lex.gerund_endings) and lemma != low


def _noun_or_adjective(low: str, prev: str, lex: Lexicon, *, relative: bool) -> bool:
    """Tell a verb-like word that the word before it makes a noun or an adjective.

    "Tercer año con las cuentas prorrogadas", "peaje incluido": a participle after the first
    word, with no auxiliary (which would count as the verb), qualifies a noun; "Aprobada la
    reforma" opens with its participle, a headline's elided report. "Catorce meses de vallas":
    after "de" or an article no finite verb stands (the lemmatiser reads "vallas" as "vallar").
    In a relative clause a participle may be its verb's ("que fue cerrada"): left alone there.
    """
    if not prev:
        return False
    if prev in lex.fragment_noun_markers or prev in lex.fragment_possessives:
        return True
    endings = lex.fragment_adjective_endings
    return bool(endings) and not relative and low.endswith(endings)


def _label_word(text: str, start: int, end: int) -> bool:
    """Tell a one-word sentence that labels rather than remarks: a dateline or a section word.

    "LONDON." or "Background." opening its line names a place or a section; the writer's one-word
    punch ("Again.", "Fourteen.") follows what it remarks on, in capitals only for its first letter.
    """
    words = WORD_RE.findall(text, start, end)
    if len(words) != 1:
        return False
    opened = start
    while opened and text[opened - 1] in " \t":
        opened -= 1
    return opened == 0 or text[opened - 1] == "\n" or (len(words[0]) > 1 and words[0].isupper())


def _echo(text: str, start: int, norm: str, quotes: list[tuple[int, int]]) -> bool:
    """Tell a short quoted sentence that repeats words an earlier quotation said ('"Temporary."').

    The writer holds the speaker's own word up for the reader to weigh (the levy called
    temporary is in its fourth year): an echo says nothing new, so nobody says it again.
    """
    words = WORD_RE.findall(norm, quotes[0][0], quotes[0][1])
    if not 1 <= len(words) <= _ECHO_MAX_WORDS:
        return False
    before = text[:start]
    said = {w.lower() for s, e in quote_spans(before) for w in WORD_RE.findall(before, s, e)}
    return all(w.lower() in said for w in words)


def _imperative(norm: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell a clause that opens by telling the reader what to do ("Bring a cushion.", "Go anyway.").

    A capitalised bare verb (its own lemma, no auxiliary or modal) and then a word of
    `imperative_next` ("a", "any", "it", "back", "anyway"): a report opens with its subject, and a
    noun that looks like a verb heads one ("Trade ministers…", "Work on the bridge…", "Mark Ellery").
    A date or a duration makes it a service note (as for the reader's address), checked by the caller.
    """
    if not lex.imperative_next:
        return False
    lead = _LEAD.match(norm)
    # only the first two words are read: found one after the other, not the whole clause's
    first = WORD_RE.search(norm, lead.end() if lead else 0)
    if first is None or (second := WORD_RE.search(norm, first.end())) is None:
        return False
    if inside(first.start(), quotes) or not first.group()[:1].isupper():
        return False
    verb, after = first.group().lower(), second.group()
    if after not in lex.imperative_next or verb not in lex.fragment_verbs:
        return False
    auxiliaries = (*lex.future_auxiliaries, *lex.hypothetical_auxiliaries, *lex.duty_auxiliaries)
    if verb in lex.relative_main_verbs or verb in auxiliaries:
        return False
    return lemma_of(verb, lex.simplemma_code) == verb


def _count_predicate(norm: str, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell a plural count in words taken as one thing: "Four trawlers is a start.", "Two years is a
    long time in football.", "Four years becomes six".

    The singular verb after a plural noun measures the quantity as a whole, the writer's weighing
    of it; a report counts with the plural ("Four trawlers were seized"). The words between the
    count and the verb are its noun phrase: no main verb, pronoun, past tense or report among them
    ("Two diplomats briefed on the talks say…", "Eighteen months ago it was…"); "one" is no plural.
    """
    if not lex.count_copulas:
        return False
    lead = _LEAD.match(norm)
    # the first word is read first: most clauses open with no count, and need no more words
    opening = WORD_RE.search(norm, lead.end() if lead else 0)
    if opening is None or inside(opening.start(), quotes):
        return False
    first = opening.group().lower()
    if first not in lex.number_words or first in lex.determiners or lex.number_words[first] < 2:
        return False
    words = list(WORD_RE.finditer(norm, opening.start()))
    if len(words) < 3:
        return False
    reach = words[: _COUNT_HEAD_WORDS + 2]
    verb = next((i for i, m in enumerate(reach) if m.group().lower() in lex.count_copulas), None)
    if verb is None or verb < 2:
        return False
    rule = lex.count_rule_predicates
    after = words[verb + 1].start() if verb + 1 < len(words) else len(norm)
    if rule is not None and rule.match(norm, after) is not None:
        return False  # "Fifty dollars is the fine for a first offence": a rule's value, reported
    head = [m.group().lower() for m in words[1:verb]]
    if "," in norm[words[0].end() : words[verb].start()] or not lex.count_time_words.isdisjoint(head):
        return False  # "Six years after the permit was granted, someone…": a time, not the subject
    if not any(w.endswith("s") and lemma_of(w, lex.simplemma_code) != w for w in head):
        return False  # "Nine hundred jobs", "Four trawlers": a plural noun is counted
    if any(w in lex.relative_main_verbs or w in lex.personal_pronouns or w == "it" for w in head):
        return False
    head_text = " ".join(w for w in head if w not in lex.number_words)  # "hundred" is no past tense
    if any(p.search(head_text) for p in lex.past_tense):
        return False
    return not any(is_reporting_verb(w, lex) for w in head)


def _quoted_sentence(norm: str, quotes: list[tuple[int, int]]) -> bool:
    """Tell a clause that is one quotation and its punctuation ('"Aquí nadie celebra nada".')."""
    body = norm.strip(" .,;:")
    if not quotes or quotes[0][0] != norm.find(body[:1]):
        return False
    return 5 * (quotes[0][1] - quotes[0][0]) >= 4 * len(body)  # the quote is at least 4/5 of it


def _hedge(norm: str, quotes: list[tuple[int, int]], end: int, lex: Lexicon) -> str | None:
    """Return the first hedge that starts before `end`: one may run on past a report's cue.

    "Los negociadores reconocen en privado que…", "Fishermen said privately that…": the verb is
    the cue and its off-record adverb stands after it, where the content begins.
    """
    for pat in lex.hedges:
        for m in pat.finditer(norm):
            if m.start() >= end:
                break
            if not inside(m.start(), quotes):
                return m.group()
    return None


def _hedge_end(norm: str, att: Attribution, condition: tuple[int, int] | None, lex: Lexicon) -> int:
    """Return where a report's hedge may start: before its cue, or anywhere after "según X,".

    "El ministro dijo que habría elecciones": a verb of saying puts what was said in the
    conditional, so only a hedge on the report itself counts. "Según la Guardia Civil, los
    ladrones habrían huido": "según" shifts no tense, so the conditional is the rumour's (as it is
    with "según X" after the content), unless a condition asks for it ("sería … si cerrara") or
    the cue has its own verb of saying ("Según informó el ministerio, las obras terminarían…"), or
    a noun phrase holds the condition ("Según el fiscal, cualquier otra interpretación sería ilegal").
    """
    words = WORD_RE.findall(att.cue)
    said = len(words) > 1 and lemma_of(words[-1].lower(), lex.simplemma_code) in lex.reporting_lemmas
    if condition is None and not said and any(pat.search(att.cue + " ") for pat in lex.according_to):
        content = norm[att.content_start :]
        if not any(pat.search(content) for pat in lex.implicit_conditions):
            return len(norm)
    return att.content_start


def _judged_clause(head: str, hedge: str, lex: Lexicon) -> bool:
    """Tell a conditional whose subject is a clause: the writer's counterfactual, not hearsay.

    "Levantar la veda con esos números habría sido tirar por la borda…", "Que se lo paguen antes
    de agosto ya sería un milagro": hearsay's conditional tells what someone reportedly did or
    is ("El grupo habría recibido…", "Uno de los solicitantes sería una filial"); an act or a
    "que" clause in its place is weighed, not reported.
    """
    words = WORD_RE.findall(hedge)
    if lex.clausal_subjects is None or not words or not words[0].lower().endswith(lex.hypothetical_endings):
        return False
    m = lex.clausal_subjects.match(head)
    return m is not None and "," not in head[: head.lower().find(words[0].lower())]


def _condition(norm: Normalized, start: int, lex: Lexicon) -> tuple[int, int] | None:
    text = norm.text
    best: tuple[int, int] | None = None
    for pat in lex.condition_markers:
        m = pat.search(text, start)
        if m and (best is None or m.start() < best[0]):
            stop = lex.condition_end_re.search(text, m.end())
            end = stop.start() if stop else len(text.rstrip(' .;"”»'))
            best = (m.start(), end)
    return best


def _original(text: str, base: int, norm: Normalized, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    s, e = norm.to_original(*span)
    return text[base + s : base + e].strip(" ,") or None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _completed_name(
    text: str, base: int, norm: Normalized, span: tuple[int, int] | None, lex: Lexicon
) -> str | None:
    """Return a speaker's name with what the name runs leave off after it.

    A dotted acronym's own full stop ("Consejo de Exportadores de Granos de EE.UU.") and a
    nationality adjective after a body ("la Cancillería boliviana", `name_adjective_endings`).
    """
    name = _original(text, base, norm, span)
    if name is None or span is None:
        return name
    first, _, rest = name.partition(" ")
    if rest and first.lower().endswith("-based"):
        name = rest  # "Hamburg-based Hanse-Pacific Lines": the company, not where it is
    end = base + norm.to_original(*span)[1]
    if text.startswith(".", end) and "." in name.rsplit(" ", 1)[-1]:
        return name + "."
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).islower() and nxt.group(1).endswith(lex.name_adjective_endings):
        return f"{name} {nxt.group(1)}"
    return name


def _dated(norm: str, lex: Lexicon, *, months: bool = True) -> bool:
    """Tell a clause that carries a figure or a day word: a report's specifics, never flipped.

    `months=False` (the verbless-sentence test) lets a month alone through: "En marzo, la
    misma película." is a kicker (LOTO CV on 62 dev articles: commentary R 0.931 -> 0.940, no
    fact flipped). The stance model keeps the month guard: on dev it gained nothing there, and
    on own fact probes it flipped "La medida afectará a los pasajeros con billetes para enero."
    """
    if has_digit(norm):
        return True
    words = _day_candidates(clause_words(norm), lex)
    kinds = (lex.months, lex.weekdays, lex.relative_days) if months else (lex.weekdays, lex.relative_days)
    return any(not words.isdisjoint(day_words) for day_words in kinds)


def _duration(norm: str, lex: Lexicon) -> bool:
    """Tell a clause with a duration the temporal patterns read ("tiene cinco días hábiles para").

    A deadline may live there; a bare count in the writer's voice ("Cinco días en cubierta, y al
    final…") has no preposition before it and stays with the model.
    """
    return any(p.search(norm) for p in lex.duration_patterns.active(norm))


def _kicker_place(text: str, start: int, end: int) -> bool:
    """Tell a clause that ends a paragraph it does not open: where a writer's kicker stands.

    Read around the clause, never by copying the article's text before or after it: the
    clauses of an article would make that quadratic in its length.
    """
    opened = start
    while opened and text[opened - 1] in " \t":
        opened -= 1
    if opened == 0 or text[opened - 1] == "\n":
        return False  # the clause opens its paragraph (or the text)
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == len(text) or text[after] == "\n" or (text[after].isspace() and not text[after:].strip())


def _article_end(text: str, start: int, end: int) -> bool:
    """Tell a clause that ends an article it does not open: where its last word, a kicker, stands.

    A text of one sentence (a probe, a headline) has no end of that kind.
    """
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    opened = start
    while opened and text[opened - 1].isspace():
        opened -= 1
    return after == len(text) and opened > 0


def _reads_as_comment(
    text: str,
    lex: Lexicon,
    min_words: int,
    *,
    paragraph_end: bool = False,
    article_end: bool = False,
    margin: float = 0.0,
) -> bool:
    """Tell a stretch of the writer's text the stance model reads as comment at its threshold."""
    model = load_stance_model()
    if model is None or len(WORD_RE.findall(text)) < min_words:
        return False
    wc = word_classes(lex.code)
    if wc is not None and (wc.non_answer(text) or wc.record(text)):
        return False
    dated = _dated(text, lex) or _duration(text, lex)
    p = model.probability(
        text, lang=lex.code, paragraph_end=paragraph_end, article_end=article_end, dated=dated
    )
    return p >= model.threshold + margin


def _occasion_of_report(tail: str, lex: Lexicon) -> bool:
    """Tell a short phrase after a report that says where it was made ("en una rueda de prensa").

    A preposition, then a noun of the occasion of speech, no relative clause of its own, at most
    `_OCCASION_MAX_WORDS` words: the circumstance of the report, which the model may read as a
    verbless kicker; "in what may prove a costly sentence" or "en una rueda de prensa que llegó
    tarde" go on into a clause, the writer's, and are still asked.
    """
    words = [w.lower() for w in WORD_RE.findall(tail)]
    return (
        bool(words)
        and len(words) <= _OCCASION_MAX_WORDS
        and words[0] in lex.prepositions
        and any(w in lex.speech_occasions for w in words[1:])
        and not any(w in lex.relative_pronouns for w in words)
    )


def _delivery_of_report(rest: str, lex: Lexicon) -> bool:
    """Tell an apposition that says how a report named anew was delivered ("…, a message it sent
    to members in a letter", "…, un mensaje que trasladó a los decanos en una carta").

    `rest` follows the naming noun: a verb of delivery, then a preposition and, within three
    words, a noun of the occasion of speech, with no relative clause after it ("in a letter that
    nobody read" goes on, the writer's, and is still asked): how the report was made, its
    circumstance. A remark (a cue, an undated repetition) is checked by the caller.
    """
    words = [w.lower() for w in WORD_RE.findall(rest)]
    verb = next((i for i, w in enumerate(words) if w in lex.deliveries), None)
    if verb is None:
        return False
    for i in range(verb + 1, len(words)):
        if words[i] not in lex.prepositions:
            continue
        occasion = next(
            (j for j in range(i + 1, min(i + 4, len(words))) if words[j] in lex.speech_occasions), None
        )
        if occasion is not None:
            return not any(w in lex.relative_pronouns for w in words[occasion + 1 :])
    return False


def _writers_tail(
    norm: str, att: Attribution, quotes: list[tuple[int, int]], lex: Lexicon, *, paragraph_end: bool = False
) -> tuple[int, bool] | None:
    """Return where the writer's tail starts after a report, and whether it re-describes the report.

    After a post-quote report ('"…," X declared, as if …') a comma after the speaker opens the
    writer's own words. With no quotation, or with the content after the cue ("X said the works
    would end in May, a promise…"), only an apposition that names the report anew ("a promise",
    "palabras que") can be told from what was said. Either way the tail is left alone when it goes
    on reporting ("adding that …": any reporting verb), or a quotation or "that" follows.
    """
    cue_at = norm.rfind(att.cue, 0, att.content_start)
    if cue_at < 0 or (quotes and quotes[-1][1] > cue_at and not _after_quotes(norm, quotes, att)):
        return None
    wc = word_classes(lex.code)
    if quotes and quotes[-1][1] <= cue_at:
        start = _comma_after_speaker(norm, att, cue_at)
        redescribed = False
    elif wc is None:
        return None
    elif _attributed_zone(norm, att, lex) == (0, len(norm)):
        start = _comma_after_speaker(norm, att, cue_at)  # "Las obras terminarán…, dijo el alcalde, una…"
        redescribed = True
    else:
        start = _redescription_comma(norm, max(att.content_start, quotes[-1][1] if quotes else 0), wc)
        redescribed = True
    if start is None:
        return None
    tail = norm[start:]
    words = WORD_RE.findall(tail)
    named = wc.redescription(tail) if wc is not None else None
    if (
        len(words) < _TAIL_MIN_WORDS
        or (redescribed and named is None)
        or any(c in tail for c in '"“”«»')
        or words[0].lower() in lex.complementizers
        # "a promise she repeated, adding that…" goes on reporting; the naming noun itself does not
        or any(
            w.lower() in lex.reporting_forms
            or lemma_of(w.lower(), lex.simplemma_code) in lex.reporting_lemmas
            for w in WORD_RE.findall(tail, named or 0)
        )
    ):
        return None
    if not redescribed and _occasion_of_report(tail, lex):
        return None
    if not redescribed and wc is not None and wc.speaker_role(tail):
        # "…, dijo Ana Ruiz, quien representa a 1.200 agricultores": who the speaker is, the report's
        return None
    if named is not None and _delivery_of_report(tail[named:], lex) and not _remark(tail, lex):
        return None
    # a tail found only by its naming noun is asked as if mid-paragraph: at a paragraph's end the
    # model reads a plain apposition ("a message it sent to members in a letter") as a kicker
    margin = _REDESCRIPTION_MARGIN if redescribed else 0.0
    if _reads_as_comment(
        tail, lex, _TAIL_MIN_WORDS, paragraph_end=paragraph_end and not redescribed, margin=margin
    ):
        return start, redescribed
    if named is not None and _remark(tail, lex):
        return start, True
    return None


def _remark(tail: str, lex: Lexicon) -> bool:
    """Tell a re-described report the writer remarks on: a cue, or said before with no date of its own.

    "a promise the city has broken three times" counts the times; "a promise he made again at
    the summit on Friday" dates one more occasion, a report's specific.
    """
    wc = word_classes(lex.code)
    if _commentary_cue(tail, [], None, lex) is not None:
        return True
    return wc is not None and wc.repetition(tail) and not _dated(tail, lex)


def _after_quotes(norm: str, quotes: list[tuple[int, int]], att: Attribution) -> bool:
    """Tell a report whose quotation sits inside its content ('X said the plan was "on track"')."""
    return att.content_start <= quotes[0][0]


def _comma_after_speaker(norm: str, att: Attribution, cue_at: int) -> int | None:
    """Return where the text after a post-content cue and its speaker opens (after the comma)."""
    spans = (att.speaker_span, att.role_span)
    after = max([cue_at + len(att.cue), *(s[1] for s in spans if s is not None)])
    comma = norm.find(",", after)
    return None if comma < 0 else comma + 1


def _redescription_comma(norm: str, start: int, wc: WordClasses) -> int | None:
    """Return where an apposition naming the report anew opens, after a comma in its content."""
    comma = norm.find(",", start)
    while comma >= 0:
        if wc.redescription(norm[comma + 1 :]) is not None:
            return comma + 1
        comma = norm.find(",", comma + 1)
    return None


STANCE_REASON = "no attribution; the stance model reads the writer's comment"
# The reason of a clause a commentary cue makes the writer's: the layout tests for it (layout.py).
CUE_REASON = "evaluative or speculative language outside any attributed content"
# Its own reason, not CUE_REASON: a layout heading that addresses the reader ("Your Tuesday
# briefing") organises the piece and stays a fact (layout.py keeps only CUE_REASON headings).
READER_REASON = "the writer addresses the reader, outside any quotation or attributed content"
IMPERATIVE_REASON = "the writer tells the reader what to do: an opening bare verb and its object"
COUNT_PREDICATE_REASON = (
    'a plural count taken as one thing ("Four trawlers is a start"): the writer\'s measure'
)
# The longest noun phrase between a count and its singular verb ("Seven hours without mobile money in
# Kenya is").
_COUNT_HEAD_WORDS = 8
NON_ANSWER_REASON = (
    "no attribution; a refusal to answer is reported as a fact (the stance model is not asked)"
)
POINTED_OMISSION_REASON = (
    "no attribution; the writer points at what a source left unsaid (an elliptical or fronted "
    "question, or 'what X does not say is')"
)
RECORD_REASON = (
    "no attribution; a record (a superlative with its scope) is a report's specific, not a verdict"
)
INABILITY_REASON = (
    "no attribution; an inability (past, or in Spanish present) is reported as a fact "
    "(the stance model is not asked)"
)
LAPSE_REASON = (
    "no attribution; how long something has not happened, counted, is a fact (the stance model is not asked)"
)
MEASURE_REASON = "no attribution; the unit something is measured in is a fact (the stance model is not asked)"
NIL_TALLY_REASON = (
    "no attribution; no one hurt, arrested or charged is a count of nought, a fact "
    "(the stance model is not asked)"
)
CLASS_TERM_REASON = (
    "no attribution; what a class named by a relative clause pays, gets or loses, counted, is a fact "
    "(the stance model is not asked)"
)
KNOWLEDGE_REASON = (
    "no attribution; what a group named with a definite article knows is a state of theirs, reported, "
    "a fact (the stance model is not asked)"
)
LASTED_REASON = "no attribution; how long an event lasted, counted, is a fact (the stance model is not asked)"
PROPORTION_REASON = (
    "no attribution; a proportion counted is a statistic, a fact (the stance model is not asked)"
)
SCHEDULED_REASON = (
    "no attribution; what a named body is to do on its agenda is an act announced, a fact "
    "(the stance model is not asked)"
)
COUNTED_SUBJECT_REASON = (
    "no attribution; a count that is the subject of a perfect tallies what the counted did, a fact "
    "(the stance model is not asked)"
)
SOUND_REASON = (
    "no attribution; a sound heard, with its hour, volume or place, is a fact (the stance model is not asked)"
)
CONTENT_REASON = (
    "no attribution; what a document contains or mentions, and how often, is checkable in it, a fact "
    "(the stance model is not asked)"
)
SERVICE_REASON = (
    "a service note: the reader told how to act, with a date or a figure (the stance model is not asked)"
)
# The reason of the writer's own question: the layout gives an explainer's glued questions back (layout.py).
QUESTION_REASON = "exclamation or question in the writer's voice"
READER_QUESTION_REASON = (
    "a question in the reader's own first person: an explainer asks what its reader needs to know, "
    "a fact that organises the answer"
)
UNATTRIBUTED_HEDGE_REASON = "unattributed but hedged"
ONE_COMMENT_REASON = "an unattributed sentence with the writer's comment in it"
DUE_REASON = "no attribution; a due date the extractor reads is a report's, whatever the stance model says"
ECHO_REASON = "a short quotation that only repeats words said earlier: the writer's echo, not a new statement"
TAIL_REASON = "the writer's words after a quotation's attribution; the stance model reads them as comment"
CONTRAST_REASON = "the writer's evidence set against a report after a semicolon or a dash"
RECALLED_REASON = (
    "a report recalled from before and refuted by the writer after a semicolon or a dash: their verdict"
)
REPETITION_REASON = "a report of nothing new, only that it was said before: the writer's remark on repetition"
REDESCRIBED_REASON = (
    "the writer names the report anew after it ('a promise…', 'palabras que…'); "
    "the stance model or a cue reads it as comment"
)


def by_stance_model(item: Item) -> bool:
    """Tell a clause only the stance model calls commentary: a due date in it outweighs it.

    A sentence of fact and comment made one commentary item counts when its comment is only the
    model's ("X has ten days to appeal; if it does not, the fine becomes final"): the due date
    in its fact half is a report's.
    """
    reason = item.reason.removeprefix(f"{ONE_COMMENT_REASON} (")
    return item.label is Label.COMMENTARY and reason.startswith(STANCE_REASON)


def as_fact(item: Item) -> Item:
    """Return a model-flipped clause as the plain fact the rules took it for."""
    return replace(item, label=Label.FACT, confidence=0.75, reason=DUE_REASON)


# The rule checks that bound the stance model, in the order they are tried: each names a fact the
# model misreads as comment, so a clause that meets one is a fact the model is not asked about.
_BOUNDING_CHECKS: tuple[tuple[Callable[[WordClasses, str], bool], str], ...] = (
    # "Rescuers could not reach the village": an event; the model reads the negation and
    # "could" as comment (no fact in its training says "could not")
    (WordClasses.inability, INABILITY_REASON),
    # "El cartel lleva tres años sin actualizar": a span counted; the model reads "años sin"
    # as comment (in its training only a relative clause says it: "una orquesta que lleva…")
    (WordClasses.lapse, LAPSE_REASON),
    # "La velocidad del viento se mide en nudos": a unit named; the model reads "se mide en"
    # as the writer's yardstick ("la espera se mide en estaciones del año")
    (WordClasses.measure, MEASURE_REASON),
    # "No one has so far been charged": a count of nought; the model reads the negative subject
    # and "so far" as the writer's pointed remark
    (WordClasses.nil_tally, NIL_TALLY_REASON),
    # "Drivers who use the toll road pay twice": the relative clause names whom a rule applies
    # to, the count its terms; the model reads the unattributed "who" as a generalisation's
    (WordClasses.class_term, CLASS_TERM_REASON),
    # "Los trabajadores saben que el cierre es definitivo": their state, reported; the model reads
    # "saber que" as the writer's aside ("Ya se sabe que…", every one of them comment in its data)
    (WordClasses.known, KNOWLEDGE_REASON),
    # "Las negociaciones duraron tres semanas y produjeron un marco": a span counted; the model
    # reads a span set beside what it produced as the writer's contrast (0.45 alone, 0.92 so)
    (WordClasses.lasted, LASTED_REASON),
    # "Uno de cada tres contratos es temporal": a statistic; the model reads the generic present
    # and "uno" as the writer's generalisation ("Uno llega a la estación y…")
    (WordClasses.proportion, PROPORTION_REASON),
    # "La comisión va a juzgar por primera vez un caso de fraude": a body's act announced; the model
    # reads the periphrastic future as the writer's prediction ("Nadie va a dimitir")
    (WordClasses.scheduled, SCHEDULED_REASON),
    # "All ten have gone home": a tally of what the counted did; the model reads a count opening a
    # clause as the writer's kicker ("Eleven games.")
    (WordClasses.counted_subject, COUNTED_SUBJECT_REASON),
    # "El himno suena a todo volumen en la plaza": a sound heard; the model reads "suena" as a copula
    (WordClasses.sound, SOUND_REASON),
    # "The word "fossil" appears in it once": a document's content, counted; the model reads a count
    # of mentions as the writer's pointed remark
    (WordClasses.content, CONTENT_REASON),
)


def _bounding_reason(wc: WordClasses, norm: str) -> str | None:
    """Name the first bounding check a clause meets, so the model is not asked about a known fact."""
    return next((reason for check, reason in _BOUNDING_CHECKS if check(wc, norm)), None)


def _second_opinion(
    clause: str,
    start: int,
    end: int,
    norm: str,
    quotes: list[tuple[int, int]],
    lex: Lexicon,
    *,
    paragraph_end: bool = False,
    article_end: bool = False,
    addressed: bool = False,
) -> Item:
    """Label an unattributed, cue-less clause: fact, unless the stance model is confident it is comment.

    Irony and bare verdicts ("And that, in the end, is the whole point") carry no cue word; only
    clauses no rule claimed reach the model, so attributed ones never flip; a dated one needs far
    more evidence (a deadline lives in a fact). The model weighs where the clause stands.
    `addressed`: the clause speaks to the reader, with a date or a figure (the rules' service note).
    """
    model = load_stance_model()
    wc = word_classes(lex.code)
    if wc is not None and wc.non_answer(norm):
        if wc.pointed_omission(norm):
            # "She did not say whose expectations.": the writer asks what was left unsaid
            return Item(clause, start, end, Label.COMMENTARY, 0.7, POINTED_OMISSION_REASON)
        # "The agency declined to say what it would do…": a silence reported, not the writer's
        # verdict, however pointed; the model reads the negation and the modal as comment
        return Item(clause, start, end, Label.FACT, 0.75, NON_ANSWER_REASON)
    if wc is not None and wc.record(norm):
        # "The rate is the highest duty Canada has ever applied": the superlative reads as a
        # verdict to the model, but its scope makes it a checkable record
        return Item(clause, start, end, Label.FACT, 0.75, RECORD_REASON)
    if addressed and wc is not None and wc.service(norm):
        # "If you have information about the fire, call 101": the rules read the second person as
        # a service note's; the model, which never saw one, reads "if you" as the writer's aside
        return Item(clause, start, end, Label.FACT, 0.75, SERVICE_REASON)
    bounded = _bounding_reason(wc, norm) if wc is not None else None
    if bounded is not None:
        return Item(clause, start, end, Label.FACT, 0.75, bounded)
    # a quoted sentence is someone's words ('"Aquí nadie celebra nada".'), not the writer's
    if model is not None and 2 * sum(e - s for s, e in quotes) < len(norm):
        # a figure, a day or a duration is a report's mark: a feature of the model's, which
        # weighs it, not a bar (a deadline lives in a fact; "Thirty days, for a process that
        # could not keep a single date" is a verdict)
        dated = _dated(norm, lex) or _duration(norm, lex)
        # an aside's adverb used in place says how ("se filtra naturalmente en"): not shown to the model
        read = norm if wc is None else wc.as_read(norm)
        p = model.probability(
            read, lang=lex.code, paragraph_end=paragraph_end, article_end=article_end, dated=dated
        )
        if p >= model.threshold:
            reason = f"{STANCE_REASON} (p={p:.2f})"
            return Item(clause, start, end, Label.COMMENTARY, 0.6, reason)
    return Item(clause, start, end, Label.FACT, 0.75, "no attribution, no evaluative cue")


def _attribution_and_cue(
    norm: str, quotes: list[tuple[int, int]], lex: Lexicon
) -> tuple[Attribution | None, tuple[int, int] | None, str | None]:
    """Return a normalised clause's attribution, its attributed zone and its first commentary cue.

    The first steps of `label_clause`, alone: a comment cut only asks whether its piece has a cue.
    """
    att = find_attribution(norm, quotes, lex)
    if att is not None and (_negated_source(norm, att, lex) or _ordered_report(norm, att, quotes, lex)):
        att = None  # "nobody at the agency explained": nothing was said, no one to attribute
    zone = _attributed_zone(norm, att, lex) if att else None
    return att, zone, _commentary_cue(norm, quotes, zone, lex)


def label_clause(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    insertion: bool,
    previous_speaker: str | None,
    quotes: list[tuple[int, int]] | None = None,
    sentence_start: int | None = None,
    previous_person: str | None = None,
) -> Labelled:
    """Label text[start:end]; `previous_speaker` stands in for a pronoun subject, and
    `previous_person`, the last person named, for "he"/"she"/"él"/"ella".

    `quotes`, the quote spans of text[start:end] if the caller has them, are reused when
    normalising changes nothing; `sentence_start` is where the clause's sentence starts.
    """
    clause = text[start:end]
    if insertion:
        item = Item(clause, start, end, Label.COMMENTARY, 0.99, "reader insertion (>>)")
        return Labelled(item, None)
    norm = normalize(clause)
    if quotes is None or norm.index is not None:
        quotes = quote_spans(norm.text)
    att, zone, cue = _attribution_and_cue(norm.text, quotes, lex)
    if cue is not None:
        reason = f"{CUE_REASON}: '{cue}'"
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.85, reason), None)
    address = _commentary_cue(norm.text, quotes, zone, lex, lex.reader_address)
    # "You can apply online until 31 March": a date or a duration makes it a service note, a report
    if address is not None and not (_dated(norm.text, lex) or _duration(norm.text, lex)):
        return Labelled(
            Item(clause, start, end, Label.COMMENTARY, 0.8, f"{READER_REASON}: '{address}'"), None
        )
    if (
        att is None
        and _imperative(norm.text, quotes, lex)
        and not (_dated(norm.text, lex) or _duration(norm.text, lex))
    ):
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.7, IMPERATIVE_REASON), None)
    if att is None and _count_predicate(norm.text, quotes, lex):
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.7, COUNT_PREDICATE_REASON), None)
    stripped = norm.text.rstrip(" \"”»')")
    if att is None and not quotes and stripped.endswith("?") and _reader_question(norm.text, lex):
        return Labelled(Item(clause, start, end, Label.FACT, 0.7, READER_QUESTION_REASON), None)
    # the writer's own question or exclamation, even about what someone said; a quoted one is
    # the speaker's ('The mayor asked: "Who pays?"')
    if stripped.endswith(("?", "!")) and (att is None or not inside(len(stripped) - 1, quotes)):
        reason = QUESTION_REASON
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.7, reason), None)
    if att is None:
        lead = _LEAD.match(norm.text)
        head = norm.text[lead.end() if lead else 0 :]
        for pat in lex.unnamed_sources:
            hit = pat.match(head, within=norm.text)
            if hit and not _people_only(head, hit, norm.text, lex):
                reason = f"unnamed source as subject: '{hit.group().strip()}'"
                item = Item(clause, start, end, Label.CLAIM, 0.7, reason, role=hit.group().strip())
                return Labelled(item, None)
        if _quoted_sentence(norm.text, quotes) and _echo(text, start, norm.text, quotes):
            return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.7, ECHO_REASON), None)
        if previous_speaker is not None and _quoted_sentence(norm.text, quotes):
            reason = "a quoted sentence with no attribution of its own: the previous speaker's words"
            item = Item(clause, start, end, Label.STATEMENT, 0.7, reason, speaker=previous_speaker)
            return Labelled(item, None)
        hedge = _hedge(norm.text, quotes, len(norm.text), lex)
        generic = _nothing_reportable(norm.text, quotes, lex)
        # a conditional of the writer's own ("sería un regalo para la oposición", or with a clause as
        # its subject) is speculation, not hearsay ("habría ofrecido", "reportedly")
        own = (generic and hedge.lower() in lex.stance_words) if hedge is not None else False
        if hedge is not None and not (own or _judged_clause(head, hedge, lex)):
            reason = f"{UNATTRIBUTED_HEDGE_REASON}: '{hedge}'"
            return Labelled(Item(clause, start, end, Label.CLAIM, 0.75, reason), None)
        if generic:
            reason = "no attribution and none of a report's specifics (figure, date, name, quote, past)"
            return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.6, reason), None)
        opens = start if sentence_start is None else sentence_start
        kicker = _kicker_place(text, opens, end)
        last = _article_end(text, opens, end)
        item = _second_opinion(
            clause,
            start,
            end,
            norm.text,
            quotes,
            lex,
            paragraph_end=kicker,
            article_end=last,
            addressed=address is not None,
        )
        return Labelled(item, None)
    if _repeated_report(norm.text, att, quotes, lex):
        return Labelled(Item(clause, start, end, Label.COMMENTARY, 0.6, REPETITION_REASON), None)
    speaker = _completed_name(text, start, norm, att.speaker_span, lex)
    role = _original(text, start, norm, att.role_span)
    cue_word = att.cue
    cond_span = _condition(norm, att.content_start, lex)
    hedge = _hedge(norm.text, quotes, _hedge_end(norm.text, att, cond_span, lex), lex)
    condition = _original(text, start, norm, cond_span)
    if att.kind is SourceKind.CARRIED:
        # "she told reporters": the last person named, not a body that spoke in between
        carried = previous_person if att.person and previous_person else previous_speaker
        speaker = carried or speaker  # a document's issuer, else the clause's own subject
    if hedge is not None:
        label, conf, reason = Label.CLAIM, 0.8, f"hedged attribution '{hedge}'; {att.reason}"
    elif att.kind is SourceKind.NAMED:
        label, conf, reason = Label.STATEMENT, 0.9, att.reason
        if speaker is None:
            speaker = role
    elif att.kind is SourceKind.CARRIED and speaker is not None:
        label, conf, reason = (
            Label.STATEMENT,
            0.8,
            f"{att.reason}; speaker carried from an earlier sentence",
        )
    else:
        label, conf, reason = Label.CLAIM, 0.85, att.reason
    item = Item(
        clause,
        start,
        end,
        label,
        conf,
        reason,
        speaker=speaker,
        role=role,
        cue=cue_word,
        condition=condition,
    )
    return Labelled(item, att)


def _reader_question(norm: str, lex: Lexicon) -> bool:
    """Tell a question an explainer asks in its reader's first person ("Can I get my money back?")."""
    wc = word_classes(lex.code)
    return wc is not None and wc.reader_question(norm)


def _people_only(head: str, hit: re.Match[str], within: str, lex: Lexicon) -> bool:
    """Tell an unnamed-source phrase that only counts people ("Cuatro personas murieron"): with
    no verb of saying in its clause, the story's subject, unless a qualifier follows the noun
    ("Two people familiar with the talks put the odds at…", "personas cercanas a…")."""
    words = WORD_RE.findall(hit.group())
    if not words or words[-1].lower() not in lex.people_nouns:
        return False
    at = hit.end() - len(words[-1])
    longer = (m for pat in lex.unnamed_sources if (m := pat.match(head, at, within=within)) is not None)
    return all(m.end() <= hit.end() for m in longer)


def _repeated_report(norm: str, att: Attribution, quotes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Tell a report that says nothing new, only that it was said before ("She said the same in October").

    The writer's remark on repetition ("Lo dice cada invierno"): a pronoun or dropped subject, no
    quotation, at most `_REPEAT_MAX_WORDS` words after the cue and no "that" / "que" among them; any
    content of its own ("She said the same thing would happen…", "Dijo que lo mismo ocurrirá…")
    keeps it a report.
    """
    wc = word_classes(lex.code)
    if quotes or wc is None or not (wc.repetition(norm) or wc.sameness(norm)):
        return False
    cue_at = norm.rfind(att.cue, 0, att.content_start)
    if cue_at >= 0 and _fronted_sameness(norm, cue_at, att.cue, lex, wc):
        return True
    content = _without_vocative(norm[att.content_start :], lex)
    words = [w.lower() for w in WORD_RE.findall(content)]
    # "They said that last summer, too": a demonstrative object, not a complementizer, when only
    # the time and the repetition follow it
    pro = bool(words) and words[0] in wc.words.get("demonstrative", ()) and wc.repetition(norm)
    if (
        cue_at < 0
        or len(WORD_RE.findall(norm, 0, cue_at)) > _POST_SUBJECT_WORDS  # a subject, not content
        or len(words) > _REPEAT_MAX_WORDS
        or not lex.complementizers.isdisjoint(words[1:] if pro else words)
    ):
        return False
    # the speaker of the report before, by pronoun or dropped subject: "the harbour office says the
    # same" is another source agreeing, "Thomas Keane said it again on Monday" a report of the day
    subject = _without_opening_vocative(norm[:cue_at], lex)
    for pattern in (wc.repetitions, wc.samenesses):
        subject = subject if pattern is None else pattern.sub(" ", subject)
    if not all(w.lower() in wc.function_words for w in WORD_RE.findall(subject)):
        return False
    # what is left besides the repetition and when it was said names something new ("has again
    # proposed a 90-day extension": the extension)
    rest = content
    for pattern in (wc.repetitions, wc.samenesses):
        rest = rest if pattern is None else pattern.sub(" ", rest)
    days = (*lex.months, *lex.weekdays, *lex.relative_days)
    left = [x.lower() for x in WORD_RE.findall(rest)]
    if pro:  # past the demonstrative, only when it was said
        return all(w in wc.words["time"] or w in days or w.isdigit() for w in left[1:])
    return all(w in wc.function_words or w in wc.words["time"] or w in days or w.isdigit() for w in left)


def _fronted_sameness(norm: str, cue_at: int, cue: str, lex: Lexicon, wc: WordClasses) -> bool:
    """Tell a report whose only object, put before its verb, is "the same" said before: no content.

    "Lo mismo dijo del anterior, y del anterior a ese", "Ministro, eso mismo nos dijo en este
    estudio hace un año, con la misma convicción" (comment20es): the words said stand before the
    cue, so what follows it tells only when, where, how or of whom. A "que", a colon or a name
    after it reports ("Lo mismo dijo ayer que…", "Lo mismo dijo Ana Ruiz"), and so does a subject
    after it ("Lo mismo dijo la portavoz del comité", "Lo mismo dijo ayer el consejero": a
    determiner not after a preposition), unless the words after the cue mark the sameness too
    ("Eso dijeron los cuatro anteriores, con palabras muy parecidas"); a bare "Eso" needs that
    mark as well ("Eso dijo en la rueda de prensa" reports).
    """
    if wc.samenesses is None:
        return False
    head = _without_opening_vocative(norm[:cue_at], lex)
    lead = _LEAD.match(head)
    head = head[lead.end() if lead else 0 :]
    same = wc.samenesses.match(head)
    first = WORD_RE.match(head)
    if same is not None:
        before = head[same.end() :]
    elif first is not None and first.group().lower() in wc.words.get("demonstrative", ()):
        before = head[first.end() :]
    else:
        return False
    if not all(w.lower() in wc.function_words for w in WORD_RE.findall(before)):
        return False  # "Lo mismo, según la portavoz, dijo…": more than a clitic between
    after = _without_vocative(norm[cue_at + len(cue) :], lex)
    words = WORD_RE.findall(after)
    if ":" in after or not lex.complementizers.isdisjoint(w.lower() for w in words):
        return False
    if any(w[:1].isupper() for w in words):
        return False
    marked = wc.sameness(after) or wc.repetition(after)
    return marked or (same is not None and not _subject_after(words, lex, wc))


# Words after which a determiner opens a complement, not the subject: "en este estudio", "hace un
# año", "de la sala" (with the language's `prepositions`)
_COMPLEMENT_HEADS = frozenset({"de", "hace"})


def _subject_after(words: Sequence[str], lex: Lexicon, wc: WordClasses) -> bool:
    """Tell a noun phrase after a reporting verb that is no complement: its subject ("Lo mismo dijo
    ayer el consejero"), where "dijo en este estudio hace un año" has only complements."""
    lows = [w.lower() for w in words]
    heads = lex.prepositions | _COMPLEMENT_HEADS
    return any(w in wc.determiners and (i == 0 or lows[i - 1] not in heads) for i, w in enumerate(lows))


def _without_vocative(content: str, lex: Lexicon) -> str:
    """Return a report's content without the one it ends by calling ("…el jueves, intendenta."):
    the person addressed is no content of the report."""
    comma = content.rfind(",")
    called = WORD_RE.findall(content, comma + 1) if comma >= 0 else []
    if not 1 <= len(called) <= VOCATIVE_WORDS or not is_title(called[0], lex):
        return content
    if content[comma + 1 :].strip(" .!?…\"”»'’)") != " ".join(called):
        return content
    return content[:comma]


def _without_opening_vocative(head: str, lex: Lexicon) -> str:
    """Return the words before a cue without the one they open by calling ("Intendenta, eso…"),
    and without a speaker's tag run into the line before it ("CONDUCTOR: Intendenta, …")."""
    tag = list(TAG_COLON.finditer(head))
    head = head[tag[-1].end() :] if tag else head
    comma = head.find(",")
    called = WORD_RE.findall(head, 0, comma) if comma >= 0 else []
    if not 1 <= len(called) <= VOCATIVE_WORDS or not is_title(called[0], lex):
        return head
    if not all(w[:1].isupper() for w in called) or head[:comma].strip(" \"“«'‘¿¡") != " ".join(called):
        return head
    return head[comma + 1 :]


def _split_points(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    patterns: tuple[PatternSet, ...] | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> tuple[list[int], list[tuple[int, int]]]:
    """Return where a sentence may be cut into clauses (by `patterns`), and its quote spans
    (`quotes`, if the caller found them already)."""
    clause = text[start:end]
    if quotes is None:
        quotes = quote_spans(clause)
    points: set[int] = set()
    for pat in lex.clause_splits if patterns is None else patterns:
        for m in pat.finditer(clause):
            lead = len(m.group()) - len(m.group().lstrip(",;.…—– \t"))
            pos = m.start() + lead
            if 0 < pos < len(clause) and not inside(pos, quotes):
                points.add(start + pos)
    return sorted(points), quotes


def _comment_cuts(
    text: str, start: int, end: int, points: list[int], quotes: list[tuple[int, int]], lex: Lexicon
) -> list[int]:
    """Return the comment-only cuts (", y" / ", and") that open the writer's comment.

    "Madrid no ha declarado ninguna, y a estas alturas cuesta creer que sea por falta de datos":
    the clause after the cut is the writer's by a listed cue (not by the stance model, nor by
    lacking a report's specifics alone); "…, and the union will strike on Monday" stays with the
    report before it.
    """
    if not lex.comment_splits:
        return []
    cuts = _split_points(text, start, end, lex, lex.comment_splits, quotes)[0]
    out = []
    for cut in cuts:
        if cut in points:
            continue
        stop = min((p for p in (*points, *cuts) if p > cut), default=end)
        while stop > cut and text[stop - 1].isspace():
            stop -= 1
        # a listed cue only (what `label_clause` labels by CUE_REASON): "and fighting may resume"
        # has none of a report's specifics alone, but its sentence ("On Sunday the truce ends,
        # and…") has a day, and is a fact; the rest of the labelling cannot change that
        norm = normalize(text[cut:stop]).text
        if _attribution_and_cue(norm, quote_spans(norm), lex)[2] is not None:
            out.append(cut)
    return out


def _report_cuts(text: str, start: int, end: int, lex: Lexicon) -> list[int]:
    """Return the cuts (", así que", ", so") taken only after an attributed report: "…has said it
    will not sign, so the table is left with an empty chair"; in the writer's own sentence ("The
    clocks went back on Sunday, so midnight is 23:00 GMT") the consequence stays with its cause."""
    if not lex.report_splits:
        return []
    out = []
    for cut in _split_points(text, start, end, lex, lex.report_splits)[0]:
        head = normalize(text[start:cut]).text
        att = find_attribution(head, quote_spans(head), lex)
        if att is not None and att.kind is not SourceKind.UNKNOWN:
            out.append(cut)
    return out


GENERALISED_REASON = (
    "a report the writer files under what every speaker of its kind says: the writer's comment"
)


def label_sentence(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    insertion: bool,
    previous_speaker: str | None,
    previous_person: str | None = None,
) -> list[Labelled]:
    """Label a sentence, cut into clauses where a clause carries its own attribution or comment."""
    out = _label_sentence(
        text,
        start,
        end,
        lex,
        insertion=insertion,
        previous_speaker=previous_speaker,
        previous_person=previous_person,
    )
    return _generalised_report(text, start, end, out, lex) or out


def _generalised_report(
    text: str, start: int, end: int, out: list[Labelled], lex: Lexicon
) -> list[Labelled] | None:
    """Return a report the writer dismisses as what all its kind say as one commentary item.

    "The county said the fees would clean up the sector, which is what counties say about every
    new fee": the tail files the report under a cliché, so the sentence is the writer's (the bank
    labels it commentary whole); "…, which is what the union asked for" stays the report's.
    """
    if lex.generalising_tails is None or not out:
        return None
    hit = lex.generalising_tails.search(text, start, end)
    if hit is None or not any(
        o.item.label in (Label.STATEMENT, Label.CLAIM) and o.item.start < hit.start() for o in out
    ):
        return None
    first, last = out[0].item, out[-1].item
    item = Item(
        text[first.start : last.end], first.start, last.end, Label.COMMENTARY, 0.6, GENERALISED_REASON
    )
    return [Labelled(item, None)]


def _label_sentence(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    *,
    insertion: bool,
    previous_speaker: str | None,
    previous_person: str | None = None,
) -> list[Labelled]:
    """Cut a sentence into clauses and label each; `label_sentence` then reads the whole tail."""
    if insertion:
        return [label_clause(text, start, end, lex, insertion=True, previous_speaker=previous_speaker)]
    points, quotes = _split_points(text, start, end, lex)
    points = sorted(
        {*points, *_comment_cuts(text, start, end, points, quotes, lex), *_report_cuts(text, start, end, lex)}
    )
    bounds = [start, *points, end]
    pieces: list[tuple[int, int]] = []
    for s, e in pairwise(bounds):
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    if len(pieces) <= 1:
        one = label_clause(
            text,
            start,
            end,
            lex,
            insertion=False,
            previous_speaker=previous_speaker,
            quotes=quotes,
            previous_person=previous_person,
        )
        if (
            one.attribution is None
            and one.item.label is Label.FACT
            and not _label_word(text, start, end)
            and (reason := _verbless_reason(text[start:end], lex)) is not None
        ):
            one = Labelled(replace(one.item, label=Label.COMMENTARY, confidence=0.6, reason=reason), None)
        return _split_tail(text, one, lex, start)

    def clause(s: int, e: int, speaker: str | None) -> Labelled:
        """Label a run of the sentence's pieces, for the speaker and person a pronoun stands for."""
        return label_clause(
            text,
            s,
            e,
            lex,
            insertion=False,
            previous_speaker=speaker,
            sentence_start=start,
            previous_person=previous_person,
        )

    out: list[Labelled] = []
    contrasted: set[int] = set()  # where the writer's evidence against a report starts
    speaker = previous_speaker
    cur_start, cur_end = pieces[0]
    for s, e in pieces[1:]:
        if _continues_report(text, s, e, lex) or _consequence_of_report(text, cur_start, s, e, lex):
            cur_end = e  # "respondió que …, pero que …": the second "que" is the same speaker's
            continue
        piece = label_clause(text, s, e, lex, insertion=False, previous_speaker=None, sentence_start=start)
        own = piece.attribution is not None and piece.attribution.kind not in (
            SourceKind.CARRIED,
            SourceKind.UNKNOWN,
        )
        if _contrast_after_report(text, cur_start, cur_end, s, piece, lex):
            piece = Labelled(Item(text[s:e], s, e, Label.COMMENTARY, 0.6, CONTRAST_REASON), None)
            contrasted.add(s)
        hedged = piece.attribution is None and piece.item.label is Label.CLAIM
        # "La oficina atiende 24/7, reconoció, pero el cuello de botella…": a cue set off by commas
        # reports the whole sentence; only the stance model's reading would cut it there
        reported_on = by_stance_model(piece.item) and _after_set_off_cue(text, cur_start, s, lex)
        if own or hedged or (piece.item.label is Label.COMMENTARY and not reported_on):
            head = clause(cur_start, cur_end, speaker)
            out.append(head)
            speaker = head.item.speaker or speaker
            cur_start, cur_end = s, e
        else:
            cur_end = e
    out.append(clause(cur_start, cur_end, speaker))
    out = [_as_contrast(one) if one.item.start in contrasted else one for one in out]
    # a tally cut at its colon, then joined again: "Sixteen years: the Victorians would have…"
    one = out[0]
    if (
        len(out) == 1
        and one.attribution is None
        and one.item.label is Label.FACT
        and (reason := _tally_reason(text[start:end], lex)) is not None
    ):
        out = [Labelled(replace(one.item, label=Label.COMMENTARY, confidence=0.6, reason=reason), None)]
    return (
        _one_comment(text, out)
        or _refuted_recall(text, out, lex)
        or [piece for one in out for piece in _split_tail(text, one, lex, start)]
    )


def _verbless_reason(sentence: str, lex: Lexicon) -> str | None:
    """Return why a whole sentence with no verb of its own is the writer's, or None."""
    if _tally_lead(sentence, lex):
        return TALLY_REASON
    if _fragment(sentence, lex):
        return FRAGMENT_REASON
    if _count_list(sentence, lex):
        return COUNT_LIST_REASON
    if _hedged_verdict(sentence, lex):
        return HEDGED_VERDICT_REASON
    return COUNT_JOIN_REASON if _count_join(sentence, lex) else None


def _tally_reason(sentence: str, lex: Lexicon) -> str | None:
    """Return why a sentence cut at a colon, a semicolon or ", and" is still one verbless piece, or None."""
    if _tally_lead(sentence, lex):
        return TALLY_REASON
    if _count_list(sentence, lex):
        return COUNT_LIST_REASON
    if _hedged_verdict(sentence, lex):
        return HEDGED_VERDICT_REASON
    return COUNT_JOIN_REASON if _count_join(sentence, lex) else None


def _refuted_recall(text: str, out: list[Labelled], lex: Lexicon) -> list[Labelled] | None:
    """Return a recalled report the writer refutes after a semicolon or a dash as one comment.

    "Thirteen days ago the union said the decision would be automatic; tonight it turned out to
    be anything but": the old report is the writer's setting for the verdict, not news (convention
    6). A report of the day ("…, the minister said; the stalls tell another story") stays split.
    """
    wc = word_classes(lex.code)
    if wc is None or len(out) != 2:
        return None
    head, tail = out[0].item, out[1].item
    if head.label not in (Label.STATEMENT, Label.CLAIM) or out[0].attribution is None:
        return None
    if tail.label is not Label.COMMENTARY or out[1].attribution is not None or not wc.recall(head.text):
        return None
    if text[head.start : tail.start].rstrip()[-1:] not in (";", "—", "–"):
        return None
    item = Item(text[head.start : tail.end], head.start, tail.end, Label.COMMENTARY, 0.6, RECALLED_REASON)
    return [Labelled(item, None)]


def _as_contrast(one: Labelled) -> Labelled:
    """Return a clause as the writer's evidence against the report before it (no speaker)."""
    item = one.item
    return Labelled(Item(item.text, item.start, item.end, Label.COMMENTARY, 0.6, CONTRAST_REASON), None)


def _contrast_after_report(
    text: str, head_start: int, head_end: int, start: int, piece: Labelled, lex: Lexicon
) -> bool:
    """Tell the writer's evidence set against a report after a semicolon or a dash.

    "…, the minister said; the empty stalls on Main Street tell another story": a clause with a
    subject of its own that no named or carried speaker says, a contrast phrase in it, after a
    semicolon or a dash that closes a report. "…, she said; she added that…" goes on reporting.
    """
    wc = word_classes(lex.code)
    att = piece.attribution
    if wc is None or (att is not None and att.kind is not SourceKind.UNKNOWN):
        return False
    if text[head_start:start].rstrip()[-1:] not in (";", "—", "–") or not wc.contrast(piece.item.text):
        return False
    norm = normalize(text[head_start:head_end]).text
    head = find_attribution(norm, quote_spans(norm), lex)
    # an unnamed source's report qualifies when it is recalled: the writer's setting for a verdict
    return head is not None and (head.kind is not SourceKind.UNKNOWN or wc.recall(norm))


def _split_tail(text: str, one: Labelled, lex: Lexicon, sentence_start: int) -> list[Labelled]:
    """Cut the writer's tail off a post-quote report: the report stays, the tail is commentary.

    '"This is a historic day," the prime minister declared, as if the last three had never
    happened': the quotation is hers, the aside after her name is the writer's.
    """
    att, item = one.attribution, one.item
    # every tail opens after a comma (`_comma_after_speaker`, `_redescription_comma`)
    if att is None or item.label not in (Label.STATEMENT, Label.CLAIM) or "," not in item.text:
        return [one]
    norm = normalize(item.text)
    kicker = _kicker_place(text, sentence_start, item.end)
    cut = _writers_tail(norm.text, att, quote_spans(norm.text), lex, paragraph_end=kicker)
    if cut is None:
        return [one]
    at = item.start + norm.to_original(0, cut[0])[1]
    tail_start = at + len(text[at : item.end]) - len(text[at : item.end].lstrip())
    head = replace(item, text=text[item.start : at], end=at)
    reason = REDESCRIBED_REASON if cut[1] else TAIL_REASON
    tail = Item(text[tail_start : item.end], tail_start, item.end, Label.COMMENTARY, 0.6, reason)
    return [Labelled(head, att), Labelled(tail, None)]


def _after_set_off_cue(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a clause that ends with a reporting verb set off by commas (", reconoció,")."""
    head = text[start:end].rstrip()
    if not head.endswith(","):
        return False
    words = list(WORD_RE.finditer(head))
    if len(words) < 2 or not head[: words[-1].start()].rstrip().endswith(","):
        return False
    return is_reporting_verb(words[-1].group().lower(), lex)


def _continues_report(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a clause that opens with a connective and a complementizer ("pero que", "and that")."""
    words = WORD_RE.findall(text, start, min(end, start + 30))
    return len(words) >= 2 and f"{words[0]} {words[1]}".lower() in lex.report_continuations


def _consequence_of_report(text: str, head_start: int, start: int, end: int, lex: Lexicon) -> bool:
    """Tell a clause after a report's semicolon that says what follows if what was said did not hold.

    "Ticket sales are up, the club said; otherwise, the season would have been lost": "otherwise"
    hangs on the report's content, so the clause goes on with it (`report_consequences`); after a
    plain fact, or with the connective inside the clause ("would otherwise have"), it is asked alone.
    """
    if not lex.report_consequences or text[head_start:start].rstrip()[-1:] != ";":
        return False
    piece = " ".join(text[start:end].split()).lower()
    if not any(
        piece.startswith(c) and not piece[len(c) : len(c) + 1].isalnum() for c in lex.report_consequences
    ):
        return False
    # the report must be named or carried, before the clause and with it (a merge that loses the
    # speaker would turn a report into the writer's text)
    for stretch in (text[head_start:start], text[head_start:end]):
        norm = normalize(stretch).text
        head = find_attribution(norm, quote_spans(norm), lex)
        if head is None or head.kind is SourceKind.UNKNOWN:
            return False
    return True


def _one_comment(text: str, out: list[Labelled]) -> list[Labelled] | None:
    """Return a sentence of unattributed fact and comment as one commentary item (convention 6).

    "Automation is coming either way; the only question is who pays": the writer's evaluative
    sentence is commentary even where part of it states a fact.
    """
    comments = [o.item for o in out if o.item.label is Label.COMMENTARY]
    if not comments or len(out) < 2:
        return None
    if any(o.attribution is not None or o.item.label not in (Label.FACT, Label.COMMENTARY) for o in out):
        return None
    first, last = out[0].item, out[-1].item
    # a rule's comment names the item, else the model's (which a due date in the sentence outweighs)
    comment = next((c for c in comments if not by_stance_model(c)), comments[0])
    reason = f"{ONE_COMMENT_REASON} ({comment.reason})"
    item = Item(
        text[first.start : last.end], first.start, last.end, Label.COMMENTARY, comment.confidence, reason
    )
    return [Labelled(item, None)]
