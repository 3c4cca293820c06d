"""The analyser's result caches can be emptied, and emptying them changes no output."""

import re
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import bot.analysis
from bot.analysis import analyze
from bot.analysis.caches import KEPT_CACHES, KEPT_CLAUSES, RESULT_CACHES, clear_result_caches
from bot.analysis.lexicon import load_lexicon

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TEXT = (
    "The ministry said on Monday that the deadline of March 3, 2027 stands. "
    '"We will not extend it," Interior Minister Ana Ruiz told reporters.'
)


def test_clearing_empties_every_listed_cache_and_the_lexicon_word_caches() -> None:
    analyze(TEXT, lang="en", now=NOW)
    clear_result_caches()
    for module, name in RESULT_CACHES:
        assert getattr(module, name).cache_info().currsize == 0, name
    for module, name in KEPT_CLAUSES:
        assert not getattr(module, name), name
    lex = load_lexicon("en")
    assert not lex.word_cache and not lex.title_cache


def test_an_article_reads_the_same_with_warm_and_emptied_caches() -> None:
    warm = analyze(TEXT, lang="en", now=NOW).to_json()
    analyze(TEXT, lang="en", now=NOW)
    clear_result_caches()
    assert analyze(TEXT, lang="en", now=NOW).to_json() == warm


def test_every_function_cache_of_the_analyser_is_listed_as_cleared_or_kept() -> None:
    package = Path(bot.analysis.__file__).parent
    found = set()
    for path in package.glob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for above, line in pairwise(lines):
            if re.match(r"@(?:functools\.)?(?:lru_)?cache\b", above) and line.startswith("def "):
                found.add((path.stem, line[4:].split("(")[0]))
    listed = {(module.__name__.rsplit(".", 1)[-1], name) for module, name in RESULT_CACHES}
    assert found == listed | set(KEPT_CACHES)
