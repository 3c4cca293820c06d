"""Load a language's lexicon and patterns from its data file (`data/<code>.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.errors import UnknownLanguageError

DATA_DIR = Path(__file__).parent / "data"
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the engine knows about one language, compiled once."""

    code: str
    simplemma_code: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    clause_splits: tuple[re.Pattern[str], ...]
    reporting_lemmas: frozenset[str]
    reporting_core: frozenset[str]
    reporting_forms: frozenset[str]
    reporting_exclude: frozenset[str]
    reporting_blockers: frozenset[str]
    according_to: tuple[re.Pattern[str], ...]
    unnamed_sources: tuple[re.Pattern[str], ...]
    vague_subjects: tuple[re.Pattern[str], ...]
    pronoun_subjects: frozenset[str]
    act_lemmas: frozenset[str]
    act_subject_articles: frozenset[str]
    titles: frozenset[str]
    determiners: frozenset[str]
    name_particles: frozenset[str]
    hedges: tuple[re.Pattern[str], ...]
    condition_markers: tuple[re.Pattern[str], ...]
    complementizers: frozenset[str]
    commentary: tuple[re.Pattern[str], ...]
    reader_insertions: tuple[str, ...]
    insertion_resume: re.Pattern[str] | None
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_days_re: re.Pattern[str] | None
    number_words: dict[str, int]
    units: dict[str, str]
    date_patterns: tuple[re.Pattern[str], ...]
    weekday_patterns: tuple[re.Pattern[str], ...]
    duration_patterns: tuple[re.Pattern[str], ...]
    duration_deadline_preps: frozenset[str]
    duration_length_preps: frozenset[str]
    length_verbs: re.Pattern[str]
    time_patterns: tuple[re.Pattern[str], ...]
    ampm: dict[str, str]
    special_times: dict[str, str]
    zones: dict[str, str]
    deadline_marker_re: re.Pattern[str]
    duration_start_re: re.Pattern[str] | None
    zone_suffixes: tuple[re.Pattern[str], ...]
    past_tense: tuple[re.Pattern[str], ...]
    future_tense: tuple[re.Pattern[str], ...]
    changes: dict[str, tuple[re.Pattern[str], ...]]


def _alternation(words: list[str]) -> str:
    """Build a regex alternation, longest first so "pasado mañana" wins over "mañana"."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _compile_all(
    patterns: list[str], subs: dict[str, str] | None = None
) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in patterns:
        text = pattern
        for key, value in (subs or {}).items():
            text = text.replace("{" + key + "}", "(?:" + value + ")")
        out.append(re.compile(text, _FLAGS))
    return tuple(out)


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    return value if isinstance(value, dict) else {}


def _build(data: dict[str, Any]) -> Lexicon:
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
    zones = {k.lower(): str(v) for k, v in tmp.get("zones", {}).items()}
    relative = {k.lower(): int(v) for k, v in tmp.get("relative_days", {}).items()}
    ignore = [str(w) for w in tmp.get("relative_ignore", [])]
    subs = {
        "month": _alternation(list(months)),
        "weekday": _alternation(list(weekdays)),
        "num": r"\d+|" + _alternation(list(number_words)),
        "unit": _alternation(list(units)),
        "zone": _alternation(list(zones)),
    }
    relative_re = None
    if relative:
        # Ignored phrases come first in the alternation so the longer phrase wins the match.
        ignore_alt = "".join(f"(?P<ignore{i}>{_alternation([w])})|" for i, w in enumerate(ignore))
        relative_re = re.compile(
            rf"\b(?:{ignore_alt}(?P<rel>{_alternation(list(relative))}))\b", _FLAGS
        )
    markers = [str(m) for m in tmp.get("deadline_markers", [])]
    fillers = [str(w) for w in tmp.get("marker_fillers", [])]
    filler_re = rf"(?:\s+(?:{_alternation(fillers)}))?" if fillers else ""
    marker_re = re.compile(
        r"(?:^|\W)(?:" + "|".join(markers or ["(?!x)x"]) + r")" + filler_re + r"\s*$", _FLAGS
    )
    starts = [str(m) for m in tmp.get("duration_start_markers", [])]
    start_re = re.compile(r"(?:^|\W)(?:" + "|".join(starts) + r")\s*$", _FLAGS) if starts else None
    return Lexicon(
        code=str(lang["code"]),
        simplemma_code=str(lang.get("simplemma", lang["code"])),
        stopwords=frozenset(w.lower() for w in det.get("stopwords", [])),
        abbreviations=frozenset(w.lower() for w in seg.get("abbreviations", [])),
        clause_splits=_compile_all(seg.get("clause_splits", [])),
        reporting_lemmas=frozenset(att.get("reporting_lemmas", [])),
        reporting_core=frozenset(att.get("reporting_core", [])),
        reporting_forms=frozenset(att.get("reporting_forms", [])),
        reporting_exclude=frozenset(att.get("reporting_exclude", [])),
        reporting_blockers=frozenset(att.get("reporting_blockers", [])),
        according_to=_compile_all(att.get("according_to", [])),
        unnamed_sources=_compile_all(att.get("unnamed_sources", [])),
        vague_subjects=_compile_all(att.get("vague_subjects", [])),
        pronoun_subjects=frozenset(att.get("pronoun_subjects", [])),
        act_lemmas=frozenset(att.get("act_lemmas", [])),
        act_subject_articles=frozenset(att.get("act_subject_articles", [])),
        titles=frozenset(att.get("titles", [])),
        determiners=frozenset(att.get("determiners", [])),
        name_particles=frozenset(att.get("name_particles", [])),
        hedges=_compile_all(att.get("hedges", [])),
        condition_markers=_compile_all(att.get("condition_markers", [])),
        complementizers=frozenset(att.get("complementizers", [])),
        commentary=_compile_all(com.get("patterns", [])),
        reader_insertions=tuple(com.get("reader_insertions", [])),
        insertion_resume=(
            re.compile("|".join(com["insertion_resume"]), _FLAGS)
            if com.get("insertion_resume")
            else None
        ),
        months=months,
        weekdays=weekdays,
        relative_days=relative,
        relative_days_re=relative_re,
        number_words=number_words,
        units=units,
        date_patterns=_compile_all(tmp.get("date_patterns", []), subs),
        weekday_patterns=_compile_all(tmp.get("weekday_patterns", []), subs),
        duration_patterns=_compile_all(tmp.get("duration_patterns", []), subs),
        duration_deadline_preps=frozenset(tmp.get("duration_deadline_preps", [])),
        duration_length_preps=frozenset(tmp.get("duration_length_preps", [])),
        length_verbs=re.compile("|".join(tmp.get("length_verbs", [])) or "(?!x)x", _FLAGS),
        time_patterns=_compile_all(tmp.get("time_patterns", []), subs),
        ampm={k.lower(): str(v) for k, v in tmp.get("ampm", {}).items()},
        special_times={k.lower(): str(v) for k, v in tmp.get("special_times", {}).items()},
        zones=zones,
        deadline_marker_re=marker_re,
        duration_start_re=start_re,
        zone_suffixes=_compile_all(tmp.get("zone_suffix_patterns", []), subs),
        past_tense=_compile_all(tmp.get("past_tense", [])),
        future_tense=_compile_all(tmp.get("future_tense", [])),
        changes={kind: _compile_all(list(pats)) for kind, pats in chg.items()},
    )


@cache
def places() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return a regex of place names and their time zones (`data/common/places.toml`)."""
    with (DATA_DIR / "common" / "places.toml").open("rb") as fh:
        zones = {str(k): str(v) for k, v in tomllib.load(fh).get("zones", {}).items()}
    names = sorted(zones, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), zones


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
