"""Find who a clause attributes its content to: cue verb, speaker name, role, kind of source."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

import simplemma

from bot.analysis.lexicon import Lexicon
from bot.analysis.text import WORD_RE, inside

# How far after a non-core reporting verb its "que"/"that" may come ("declaró a TASS que").
_COMPLEMENT_WINDOW = 8
# A nameless "subject" longer than this is a clause, not a source ("está dispuesto a usar…").
_MAX_SUBJECT_WORDS = 6
_MAX_SUBJECT_CHARS = 200
_WORD_CACHE_MAX = 200_000
# A subject after its verb ("añadió el ministro Pérez que", ", announced the FNV union") is a
# short noun phrase whose name or role starts within this many words of the verb; a longer
# one is the reported content ("but said Russian drones had struck Kharkiv").
_POST_SUBJECT_LEAD = 2
_NP_STOP = re.compile(r"\.(?=\s|$)|[;:!?\"“”«»()]|\s[—–]\s")


class SourceKind(StrEnum):
    """How identifiable the source of an attributed clause is."""

    NAMED = "named"
    CARRIED = "carried"  # a pronoun or dropped subject standing for the previous named speaker
    UNNAMED = "unnamed"
    VAGUE = "vague"  # a vague source the lexicon names ("analistas", "officials")
    UNKNOWN = "unknown"  # a subject with no name and no known shape


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution found in a clause; spans are offsets into the (normalised) clause."""

    kind: SourceKind
    cue: str
    speaker_span: tuple[int, int] | None
    role_span: tuple[int, int] | None
    content_start: int  # where the attributed content begins (after the cue)
    reason: str


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    return str(simplemma.lemmatize(word, lang=lang))


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    stop = len(text) if end is None else end
    # tuple.__new__ skips the NamedTuple constructor's Python frame (hot: every clause), and
    # str.find locates each word (see _starts) more cheaply than a match object's methods
    make, find, out, pos = tuple.__new__, text.find, [], start
    for word in WORD_RE.findall(text, start, stop):
        pos = find(word, pos)
        out.append(make(_Tok, (word, pos, pos + len(word))))
        pos += len(word)
    return out


def _starts(text: str, words: list[str], last: int) -> list[int]:
    """Return where each of `words` (WORD_RE's tokens of `text`) starts, up to index `last`.

    A token starts at the first word character after the one before it, which is where
    `str.find` finds its text: a C scan per word instead of a match object per word.
    """
    starts, pos, find = [], 0, text.find
    for word in words[: last + 1]:
        pos = find(word, pos)
        starts.append(pos)
        pos += len(word)
    return starts


def _token(words: list[str], starts: list[int], idx: int) -> _Tok:
    """Return token `idx` of a clause from its words and their starts."""
    return _Tok(words[idx], starts[idx], starts[idx] + len(words[idx]))


def _word_class(word: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Return the cached verb classification of a word (see _classify)."""
    cache = lex.word_cache
    found = cache.get(word)
    if found is None:
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()  # a long-running bot sees an open vocabulary: keep memory bounded
        found = cache[word] = _classify(word, lex)
    return found


def _is_reporting(word: str, lex: Lexicon) -> tuple[bool, bool]:
    """Return (is a reporting verb, is a core one that needs no complementizer)."""
    found = _word_class(word, lex)
    return found[0], found[1]


def _classify(word: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """Return (reporting verb, core reporting verb, official act verb) for a word."""
    low = word.lower()
    lemma = _lemma(low, lex.simplemma_code)
    act = lemma in lex.act_lemmas
    if low in lex.reporting_exclude:
        return False, False, act
    if low in lex.reporting_forms:
        return True, True, act
    if lemma in lex.reporting_lemmas:
        return True, lemma in lex.reporting_core, act
    return False, False, act


def _is_title(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    cache = lex.title_cache  # a dict lookup: the lemma's LRU cache costs a call per word
    found = cache.get(low)
    if found is None:
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()  # an open vocabulary: keep memory bounded
        found = cache[low] = low in lex.titles or _lemma(low, lex.simplemma_code) in lex.titles
    return found


def _capitalised(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _name_runs(
    text: str, toks: list[_Tok], words: list[str], caps: list[bool], lex: Lexicon
) -> list[tuple[int, int]]:
    """Return token index ranges [i, j) of capitalised runs (names, organisations).

    `words` are the tokens lower-cased and `caps` whether each is capitalised, computed once
    by the caller (several loops ask).
    """
    runs: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        low = words[i]
        if (
            caps[i]
            and not (
                i == 0 and (low in lex.stopwords or low in lex.determiners or low in lex.pronoun_subjects)
            )
            and low not in lex.pronoun_subjects
        ):
            j = i + 1
            while j < n:
                if caps[j] and text[toks[j - 1].end : toks[j].start].strip() == "":
                    j += 1
                elif (
                    words[j] in lex.name_particles
                    and j + 1 < n
                    and caps[j + 1]
                    and text[toks[j - 1].end : toks[j + 1].start].count(",") == 0
                ):
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _generic_plural(toks: list[_Tok], run: tuple[int, int], lex: Lexicon) -> bool:
    """Tell a capitalised common plural at a sentence start ("Workers", "Estibadores")."""
    i, j = run
    if j - i != 1 or i != 0:
        return False
    low = toks[i].text.lower()
    return low.endswith("s") and _lemma(low, lex.simplemma_code) != low and not _is_title(low, lex)


def _source_of(
    text: str, start: int, end: int, lex: Lexicon, prefer_first: bool = False
) -> tuple[SourceKind | None, tuple[int, int] | None, tuple[int, int] | None, str]:
    """Classify the noun phrase text[start:end] as a source: kind, name span, role span, why.

    The name is the capitalised run nearest the verb: the last one before it, or the first
    after it (`prefer_first`, for "…, dijo el presidente del sindicato, Héctor Valdivia").
    """
    np = text[start:end]
    stripped = np.strip(" ,;—–-")
    if not stripped:
        return None, None, None, "empty"
    parts = [stripped]
    last = stripped.rsplit(",", 1)[-1].strip(" ,;—–-")
    if last and last != stripped:
        parts.append(last)  # "…next Monday, an EU diplomat said": the source is the last part
    for part in parts:
        for pat in lex.unnamed_sources:
            hit = pat.search(part, within=text)
            if hit:
                base = start + np.find(part)
                span = (base + hit.start(), base + hit.end())
                return SourceKind.UNNAMED, None, span, f"unnamed source '{hit.group().strip()}'"
        for pat in lex.vague_subjects:
            hit = pat.search(part, within=text)
            if hit:
                return SourceKind.VAGUE, None, None, f"vague source '{hit.group().strip()}'"
    toks = _tokens(text, start, end)
    words = [t.text.lower() for t in toks]
    if words and all(w in lex.pronoun_subjects or w in lex.determiners for w in words):
        return SourceKind.CARRIED, None, None, "pronoun subject"
    caps = [t.text[:1].isupper() for t in toks]
    runs = [r for r in _name_runs(text, toks, words, caps, lex) if not _generic_plural(toks, r, lex)]
    known = lex.title_cache
    # once per word (the loops below ask again); a dict lookup for the words seen before
    titled = [t if (t := known.get(w)) is not None else _is_title(w, lex) for w in words]
    title_idx = [k for k, t in enumerate(titled) if t]
    cands: list[tuple[int, int, tuple[int, int] | None]] = []
    for i, j in runs:
        inner = [k for k in range(i, j) if titled[k]]
        # "la secretaria general de la Coordinadora, Rosa Ibarra": a body named as part of
        # an office is not the speaker
        k = i - 1
        while k >= 0 and words[k] in lex.name_particles:
            k -= 1
        of_office = 0 <= k < i - 1 and titled[k]
        if inner and words[inner[0]] in lex.institutions and not of_office:
            cands.append((i, j, None))  # "Ministerio de Defensa": a body's proper name
            continue
        if inner:
            if inner[-1] + 1 < j and not of_office:  # "Attorney General Dana Whitfield"
                cands.append((inner[-1] + 1, j, (toks[i].start, toks[inner[-1]].end)))
            continue
        after_particle = i > 0 and words[i - 1] in lex.name_particles and any(k < i for k in title_idx)
        follows_title = j < len(toks) and titled[j]
        if after_particle and i > 1 and words[i - 2] in lex.institutions:
            cands.append((i - 2, j, None))  # "el ministerio de Minería": the body itself
            continue
        if follows_title or after_particle:
            continue
        cands.append((i, j, None))
    name: tuple[int, int] | None = None
    inner_role: tuple[int, int] | None = None
    if cands:
        i, j, inner_role = cands[0] if prefer_first else cands[-1]
        name = (toks[i].start, toks[j - 1].end)
    role: tuple[int, int] | None = None
    if title_idx:
        k = title_idx[0]
        left = k
        while left > 0 and caps[left - 1] and words[left - 1] not in lex.determiners:
            if text[toks[left - 1].end : toks[left].start].strip() or (
                name is not None and name[0] <= toks[left - 1].start < name[1]
            ):
                break
            left -= 1
        right = k + 1
        while right < len(toks):
            gap = text[toks[right - 1].end : toks[right].start]
            if "," in gap or (
                name is not None and toks[right].start >= name[0] and toks[right].start < name[1]
            ):
                break
            if _is_reporting(toks[right].text, lex)[0]:
                break
            right += 1
        while right - 1 > left and words[right - 1] in lex.determiners:
            right -= 1
        role = (toks[left].start, toks[right - 1].end)
    if inner_role is not None:
        role = inner_role
    if name is None and runs:
        i, j = runs[-1]
        name = (toks[i].start, toks[j - 1].end)
        if role is not None and role[0] <= name[0] and name[1] <= role[1]:
            # An office or body named by its title ("the Treasury", "el Ministerio de Defensa").
            role = None
    if name is not None:
        return SourceKind.NAMED, name, role, "named speaker"
    if role is not None:
        return SourceKind.NAMED, None, role, "named office"
    if words and words[-1] in lex.pronoun_subjects:
        return SourceKind.CARRIED, None, None, "pronoun subject"
    if len(words) > _MAX_SUBJECT_WORDS:
        return None, None, None, "too long for a subject"
    return SourceKind.UNKNOWN, None, None, "no name in the source"


def _post_np_end(text: str, start: int, lex: Lexicon) -> int:
    """Return where the noun phrase after a post-quote cue ends."""
    m = _NP_STOP.search(text, start)
    end = m.start() if m else len(text)
    for word in lex.complementizers:
        hit = re.search(rf"\b{re.escape(word)}\b", text[start:end])
        if hit:
            end = start + hit.start()
    return end


def find_attribution(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> Attribution | None:
    """Return the first attribution in a (normalised) clause, or None."""
    for pat in lex.according_to:
        for m in pat.finditer(text):
            if inside(m.start(), quotes):
                continue
            np_end = _post_np_end(text, m.end(), lex)
            comma = text.find(",", m.end(), np_end)
            if comma >= 0:
                np_end = comma
            kind, name, role, why = _source_of(text, m.end(), np_end, lex, prefer_first=True)
            if kind is None or kind in (SourceKind.CARRIED, SourceKind.UNKNOWN):
                continue  # "según el auto…": a document, not a source; look for a verb
            cue = m.group().strip()
            return Attribution(kind, cue, name, role, np_end, f"'{cue}' + {why}")
    cache = lex.word_cache
    # each word's verb class, looked up once; only reporting and act verbs are walked
    words = WORD_RE.findall(text)
    verbs = [
        (idx, found)
        for idx, word in enumerate(words)
        if (found := cache.get(word) or _word_class(word, lex))[0] or found[2]
    ]
    if not verbs:
        return None  # no verb that could carry an attribution: no offsets needed
    starts = _starts(text, words, verbs[-1][0])  # offsets only up to the last verb
    lead = len(text) - len(text.lstrip(" \t>\"“«'‘(¿¡-—–"))
    for idx, (is_rep, core, is_act) in verbs:
        tok = _token(words, starts, idx)
        if inside(tok.start, quotes):
            continue
        if tok.start > lead and _capitalised(tok):
            continue  # a verb is not capitalised mid-sentence ("the United States")
        if idx > 0 and words[idx - 1].lower() in lex.reporting_blockers:
            continue
        if not is_rep:
            if is_act:
                act = _act_attribution(text, quotes, tok, lex)
                if act is not None:
                    # "Los sindicatos de Róterdam ampliaron el plazo, anunció la federación
                    # FNV Havens": the cue after the comma names who says so
                    later = (
                        _post_position(text, quotes, words, starts, k, lex)
                        for k, f in verbs
                        if k > idx and f[0]
                    )
                    return next((a for a in later if a is not None and a.speaker_span), act)
            continue
        before = text[max(0, tok.start - 8) : tok.start].rstrip()
        post_quote = before.endswith((",", '"', "”", "»")) and any(e <= tok.start for _, e in quotes)
        after = words[idx + 1 : idx + 1 + _COMPLEMENT_WINDOW]
        complement = (
            any(w.lower() in lex.complementizers for w in after) or ":" in text[tok.end : tok.end + 3]
        )
        opens_quote = any(s >= tok.end for s, _ in quotes)
        if not (core or complement or post_quote or opens_quote):
            continue
        # a subject is a few words: a long run-on line must not make this quadratic
        subj_start = max(_subject_start(quotes, tok.start), tok.start - _MAX_SUBJECT_CHARS)
        if lex.relative_clause_re.search(text, subj_start, tok.start):
            continue  # "…, que el Kremlin anunció …": a relative clause, not the main report
        # ", anunció la federación FNV Havens.": the subject follows the verb, not the place
        # named before the comma
        if not complement:
            inverted = _post_position(text, quotes, words, starts, idx, lex)
            if inverted is not None:
                return inverted
        kind, name, role, why = _source_of(text, subj_start, tok.start, lex)
        comma = text.find(",", subj_start, tok.start)
        if kind is None and comma > 0 and len(_tokens(text, subj_start, comma)) <= _MAX_SUBJECT_WORDS:
            # "State miner Codelco, which has no stake in the mine, said": the subject is
            # before the inserted clause
            head = _source_of(text, subj_start, comma, lex)
            if head[0] is SourceKind.NAMED:
                kind, name, role, why = head
        joined = _after_connective(text, quotes, subj_start, tok, lex)
        if joined is not None:
            return joined
        if kind is None or (kind is SourceKind.CARRIED and name is None):
            post = _post_subject(text, tok, lex, tight=not post_quote, before_complement=not post_quote)
            if post is not None:
                kind, name, role, why = post
                why += " (post-quote)"
            elif kind is None and (WORD_RE.findall(text, subj_start, tok.start) or [""])[0].lower() in (
                lex.relative_pronouns
            ):
                # "which has no stake in the mine, said…", cut off "State miner Codelco": the
                # subject is in the clause before
                kind, why = SourceKind.CARRIED, "relative clause"
            elif (
                kind is None
                and text[subj_start : tok.start].strip(" ,;—–-")
                and _post_subject(text, tok, lex, tight=False) is not None
            ):
                # "In a two-page order, a three-judge panel said the government…": a subject
                # too long to name; the name after the verb is the content, not the speaker
                kind, why = SourceKind.NAMED, "a subject too long to name"
            elif kind is None:
                if not post_quote and not complement:
                    continue
                kind, why = SourceKind.CARRIED, "dropped subject"
        return Attribution(kind, tok.text, name, role, tok.end, f"{why} + reporting verb '{tok.text}'")
    return None


def _post_position(
    text: str, quotes: list[tuple[int, int]], words: list[str], starts: list[int], idx: int, lex: Lexicon
) -> Attribution | None:
    """Return the attribution of a cue after a comma whose subject follows it (", dijo X.")."""
    tok = _token(words, starts, idx)
    if inside(tok.start, quotes) or not text[: tok.start].rstrip().endswith(","):
        return None
    if any(w.lower() in lex.complementizers for w in words[idx + 1 : idx + 1 + _COMPLEMENT_WINDOW]):
        return None  # ", dijo que…": the content follows, the subject is elsewhere
    post = _post_subject(text, tok, lex, tight=True)
    if post is None:
        return None
    kind, name, role, why = post
    return Attribution(
        kind, tok.text, name, role, tok.end, f"{why} (after the verb) + reporting verb '{tok.text}'"
    )


def _after_connective(
    text: str, quotes: list[tuple[int, int]], subj_start: int, verb: _Tok, lex: Lexicon
) -> Attribution | None:
    """Return the attribution of "…, and added …" / "pero dijo …": a verb with no subject of its own.

    Its subject follows it only before "que" ("y añadió el ministro Pérez que…"); otherwise
    it is the subject of the clause before ("Ana Duarte defended…, and added…"), or, when the
    clause opens with the connective, the previous speaker.
    """
    before = list(WORD_RE.finditer(text, subj_start, verb.start))
    if not before or before[-1].group().lower() not in lex.connectives:
        return None
    cue = verb.text
    post = _post_subject(text, verb, lex, tight=True, before_complement=True)
    if post is not None:
        kind, name, role, why = post
        return Attribution(
            kind, cue, name, role, verb.end, f"{why} (after the verb) + reporting verb '{cue}'"
        )
    head_start, head_end = subj_start, before[-1].start()
    if not text[head_start:head_end].strip(" ,;—–-") and quotes and quotes[0][0] > 0:
        # 'X called the agreement "a first step" and said…': the subject is before the quote
        head_start, head_end = 0, quotes[0][0]
    if text[head_start:head_end].strip(" ,;—–-"):
        kind_, name_, role_, why_ = _source_of(text, head_start, head_end, lex, prefer_first=True)
        if kind_ in (SourceKind.NAMED, SourceKind.UNNAMED, SourceKind.VAGUE):
            assert kind_ is not None
            why = f"{why_} of the clause before + reporting verb '{cue}'"
            return Attribution(kind_, cue, name_, role_, verb.end, why)
    why = f"dropped subject after '{before[-1].group()}' + reporting verb '{cue}'"
    return Attribution(SourceKind.CARRIED, cue, None, None, verb.end, why)


def _post_subject(
    text: str, verb: _Tok, lex: Lexicon, *, tight: bool, before_complement: bool = False
) -> tuple[SourceKind, tuple[int, int] | None, tuple[int, int] | None, str] | None:
    """Return the named or unnamed source right after a reporting verb, if there is one.

    `tight` (no quote before the verb) asks for a short noun phrase that its name or role
    opens: otherwise "but said Russian drones had struck…" would make "Russian" the speaker.
    `before_complement` asks for "que"/"that" right after it ("dijo el ministro Pérez que").
    """
    np_end = _post_np_end(text, verb.end, lex)
    if before_complement:
        nxt = WORD_RE.search(text, np_end)
        if not (
            text[np_end:].lstrip().startswith(":") or (nxt and nxt.group().lower() in lex.complementizers)
        ):
            return None
    kind, name, role, why = _source_of(text, verb.end, np_end, lex, prefer_first=True)
    if kind is not SourceKind.NAMED and kind is not SourceKind.UNNAMED:
        return None
    if tight:
        words = _tokens(text, verb.end, np_end)
        starts = [span[0] for span in (name, role) if span is not None]
        lead = [t for t in words if not starts or t.start < min(starts)]
        if len(words) > _MAX_SUBJECT_WORDS or len(lead) >= _POST_SUBJECT_LEAD:
            return None
    return kind, name, role, why


def _subject_start(quotes: list[tuple[int, int]], verb_start: int) -> int:
    """Return where the subject of a verb can start: after the last quote before it."""
    start = 0
    for s, e in quotes:
        if s < verb_start:
            start = max(start, e)
    return min(start, verb_start)


def _act_attribution(text: str, quotes: list[tuple[int, int]], tok: _Tok, lex: Lexicon) -> Attribution | None:
    """Return a statement-making attribution for an official act by a named subject."""
    subj_start = _subject_start(quotes, tok.start)
    first = WORD_RE.search(text, subj_start, tok.start)
    if first is None or first.group().lower() not in lex.act_subject_articles:
        return None
    kind, name, role, why = _source_of(text, subj_start, tok.start, lex)
    if kind is not SourceKind.NAMED or name is None:
        return None
    return Attribution(kind, tok.text, name, role, tok.end, f"{why} + official act '{tok.text}'")
