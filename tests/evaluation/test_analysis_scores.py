"""Corpus scoring: matching rules, figures, the report text and the held-out floors."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.errors import InputError
from bot.evaluation import evaluate, failed_floors, format_report

REPO = Path(__file__).resolve().parents[2]
# The corpus ships in tests/data/corpus; SITREP_CORPUS_DIR points elsewhere (a worktree).
CORPUS = Path(os.environ.get("SITREP_CORPUS_DIR", REPO / "tests" / "data" / "corpus"))

TEXT = (
    "Peskov dijo que la pausa durará hasta el 1 de febrero. "
    "Claramente, nadie lo cree. "
    "Las conversaciones comenzaron el 23 de enero."
)


def _article(split: str, **over: object) -> dict[str, object]:
    article: dict[str, object] = {
        "id": f"es-test-{split}",
        "split": split,
        "lang": "es",
        "thread": "t",
        "published": "2026-01-30T12:00:00+00:00",
        "text": TEXT,
        "items": [
            {
                "text": "Peskov dijo que la pausa durará hasta el 1 de febrero.",
                "label": "statement",
                "speaker": "Peskov",
            },
            {"text": "Claramente, nadie lo cree.", "label": "commentary"},
            {"text": "Las conversaciones comenzaron el 23 de enero.", "label": "fact"},
        ],
        "deadlines": [{"evidence": "hasta el 1 de febrero", "due": "2026-02-01"}],
        "events": [{"evidence": "el 23 de enero", "date": "2026-01-23"}],
        "changes": [],
    }
    article.update(over)
    return article


def _write(tmp_path: Path, *articles: dict[str, object]) -> Path:
    for article in articles:
        (tmp_path / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    return tmp_path


def test_a_perfectly_analysed_corpus_scores_full_marks_and_meets_the_floors(tmp_path: Path) -> None:
    report = evaluate(_write(tmp_path, _article("dev"), _article("heldout")))
    split = report["splits"]["heldout"]["analysis"]
    assert split["labels"]["macro_f1"] == 1.0
    assert split["labels"]["commentary_recall"] == 1.0
    assert split["labels"]["commentary_as_statement"] == 0
    assert split["deadlines"]["date"]["f1"] == 1.0
    assert split["events"]["date"]["f1"] == 1.0
    assert failed_floors(report) == []


def test_a_wrong_gold_label_shows_in_the_confusion_matrix_and_fails_the_floor(
    tmp_path: Path,
) -> None:
    article = _article("heldout")
    article["items"] = [
        {"text": "Peskov dijo que la pausa durará hasta el 1 de febrero.", "label": "commentary"},
        {"text": "Claramente, nadie lo cree.", "label": "commentary"},
        {"text": "Las conversaciones comenzaron el 23 de enero.", "label": "fact"},
    ]
    report = evaluate(_write(tmp_path, article))
    labels = report["splits"]["heldout"]["analysis"]["labels"]
    assert labels["confusion"]["commentary"] == {"statement": 1, "commentary": 1}
    assert labels["commentary_as_statement"] == 1
    assert labels["commentary_recall"] == 0.5
    failed = failed_floors(report)
    assert any("labelled statement" in f for f in failed)
    assert any("commentary recall" in f for f in failed)


def test_a_deadline_on_the_wrong_day_counts_as_a_miss_and_a_false_alarm(tmp_path: Path) -> None:
    article = _article("heldout", deadlines=[{"evidence": "hasta el 1 de febrero", "due": "2026-02-02"}])
    report = evaluate(_write(tmp_path, article))
    date_level = report["splits"]["heldout"]["analysis"]["deadlines"]["date"]
    assert (date_level["tp"], date_level["fp"], date_level["fn"]) == (0, 1, 1)
    assert any("deadline" in f for f in failed_floors(report))


def test_a_gold_time_of_day_is_required_at_time_level_only(tmp_path: Path) -> None:
    article = _article(
        "heldout",
        deadlines=[{"evidence": "hasta el 1 de febrero", "due": "2026-02-01T00:00:00+03:00"}],
    )
    report = evaluate(_write(tmp_path, article))
    deadlines = report["splits"]["heldout"]["analysis"]["deadlines"]
    assert deadlines["date"]["tp"] == 1
    assert deadlines["time"]["tp"] == 0


def test_a_corpus_without_heldout_split_fails_the_floors(tmp_path: Path) -> None:
    report = evaluate(_write(tmp_path, _article("dev")))
    assert failed_floors(report) == ["no heldout split in the corpus"]


def test_report_text_names_each_split_label_and_the_floors(tmp_path: Path) -> None:
    text = format_report(evaluate(_write(tmp_path, _article("dev"), _article("heldout"))))
    for word in (
        "== dev",
        "== heldout",
        "statement",
        "commentary",
        "macro-F1",
        "confusion",
        "deadlines:",
        "events:",
        "floors (heldout): all met",
    ):
        assert word in text


def test_missing_corpus_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate(tmp_path / "absent")


# The corpus README's reference clock for undated articles.
REFERENCE_CLOCK = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def corpus_report() -> dict[str, Any]:
    """Score the shipped corpus once for the tests below (about 60 articles)."""
    assert CORPUS.is_dir(), f"corpus not found at {CORPUS} (set SITREP_CORPUS_DIR)"
    return evaluate(CORPUS, now=REFERENCE_CLOCK)


def test_the_heldout_label_macro_f1_meets_its_floor(corpus_report: dict[str, Any]) -> None:
    labels = corpus_report["splits"]["heldout"]["analysis"]["labels"]
    # no held-out figure in the message: engineers who tune on dev see only that it fell (a bare
    # bool, so pytest's assertion rewriting has no value to print)
    holds = bool(labels["macro_f1"] >= 0.90)
    assert holds, "held-out label macro-F1 fell below its floor, 0.90"


# Issue 3's other held-out floors (commentary recall 0.95, no commentary labelled statement,
# deadline date-level F1 0.90) are not met yet and `sitrep eval` reports them as missed. The
# held-out split holds six batches (tests/data/corpus/README.md); the third to sixth, written
# blind on topics no engineer had seen, measure lower than the first two. On all 56 articles
# the engine measured commentary recall 0.891, one commentary item labelled statement, deadline
# F1 0.831 at the start of the second session of 30 Nov. The stance model rebuilt on 122 dev
# articles that session (the rule: every dev article trains it) measures 0.880: two held-out
# comments fewer, a fall the lead accepted and wrote down rather than choose training articles by
# their held-out effect (analysis README, "110 and 122 dev articles"). Rebuilt again on 140 dev
# articles (the 18 of corpus9a-c, third session of 30 Nov) it measures 0.875: one comment fewer
# of 184, accepted and written down the same way. Until the floors are reached these guard the
# measured levels so that no change makes them worse. A sixth batch of 8 articles, written blind
# in the fourth session of 30 Nov, took the split to 64 articles; main at 4454b8b measured on all
# 64 commentary recall 0.865 (192 of 222), 2 commentary items labelled statement and deadline F1
# 0.835 (on the earlier 56 still 0.880, 1 and 0.846): the guard follows the larger split.
# A seventh batch of 8, written blind in the fifth session of 30 Nov, took it to 72; main at
# 977b722 measured on all 72 commentary recall 0.861 (223 of 259), 2 commentary items labelled
# statement and deadline F1 0.824 (161 tp, 35 fp, 34 fn); on the earlier 64 still 0.865, 2, 0.843.
# By the end of that session main measured 0.873 (226 of 259), 1 and 0.824: the guard held those.
# An eighth batch of 8, written blind in the sixth session of 30 Nov, took it to 80; main at
# 449c38f measured on all 80 commentary recall 0.862 (256 of 297), 1 commentary item labelled
# statement and deadline F1 0.818 (180 tp, 42 fp, 38 fn); on the earlier 72 still 0.873, 1, 0.824.
# By the end of that session main measured 0.892 (265 of 297), 1 and 0.818: the guard held those.
# A ninth batch of 8, written blind in the seventh session of 30 Nov, took it to 88; main at
# a98849a measured on all 88 commentary recall 0.892 (289 of 324), 1 commentary item labelled
# statement and deadline F1 0.811 (193 tp, 47 fp, 43 fn). By the end of that session main measured
# 0.907 (294 of 324), 1 and 0.8167 (196 tp, 48 fp, 40 fn).
# A tenth batch of 16, written blind and sealed in the eighth session of 30 Nov, took it to 104;
# main at f7f8fb7 measured on all 104 commentary recall 0.910 (354 of 389), 1 commentary item
# labelled statement and deadline F1 0.803 (222 tp, 54 fp, 55 fn). By the end of that session main
# measured 0.915 (356 of 389), 1 and 0.8058 (222 tp, 52 fp, 55 fn; on the earlier 88: 0.910, 1,
# 0.820): the guard held those.
# An eleventh batch of 16, written blind and sealed in the ninth session of 30 Nov, took it to 120;
# main at 661fa32 measured on all 120 commentary recall 0.912 (424 of 465), 2 commentary items
# labelled statement and deadline F1 0.800 (254 tp, 65 fp, 62 fn). By the end of that session main
# measured 0.908 (422 of 465), 2 and 0.811 (258 tp, 62 fp, 58 fn; on the earlier 104: 0.910, 1,
# 0.812): the guard holds those. The commentary fall is the stance model's, rebuilt on that
# session's new dev articles and bank files (the session's rules with the earlier model kept the
# 104 at 0.915): accepted and written down, as at the 122-article rebuild, rather than choose
# training data or a threshold by its held-out effect (analysis README, "The operating point at
# integration (ninth session)").
# A twelfth batch of 16, written blind and sealed in the tenth session (1 Dec), took it to 136;
# main at a700790 measured on all 136 commentary recall 0.902 (481 of 533), 3 commentary items
# labelled statement and deadline F1 0.798 (288 tp, 76 fp, 70 fn). By the end of that session main
# measured 0.923 (492 of 533), 3 and 0.807 (290 tp, 71 fp, 68 fn; on the earlier 120: 0.929, 2,
# 0.818): the guard holds those. The stance threshold went from 0.95 to 0.85 that session by a rule
# declared before measuring (analysis README, "The operating point at integration (tenth session)").
# A thirteenth batch of 16, written blind and sealed in the eleventh session (1 Dec), took it to 152;
# main at aab4233 measured on all 152 commentary recall 0.921 (556 of 604), 3 commentary items
# labelled statement and deadline F1 0.803 (322 tp, 80 fp, 78 fn). By the end of that session main
# measured 0.935 (565 of 604), 3 and 0.804 (323 tp, 80 fp, 77 fn; on the earlier 136: 0.936, 3,
# 0.808): the guard holds those. Label macro-F1, a floor met, ended at 0.9024 (0.9027 before the last
# round, attrib26's Spanish requests: two held-out statements more, three facts read as statement). The stance threshold went from 0.85 to 0.80 by the rule declared
# before measuring (analysis README, "The operating point at integration (eleventh session)").
# A fourteenth batch of 16, written blind and sealed in the twelfth session (1 Dec), took it to 168;
# main at 6b73434 measured on all 168 commentary recall 0.937 (624 of 666), 3 commentary items
# labelled statement and deadline F1 0.793 (350 tp, 92 fp, 91 fn). By the end of that session main
# measured 0.929 (619 of 666), 3 and 0.793 (the same counts; on the earlier 152: 0.930, 3, 0.804):
# the guard holds those. The commentary fall is five held-out comments: two from the session's rules
# and the model rebuilt on its data (at 0.80), three from the threshold going 0.80 -> 0.82 by the
# rule declared before measuring (one probe failed at 0.80; analysis README, "The operating point at
# integration (twelfth session)"); accepted and written down rather than pick a threshold by its
# held-out effect. Label macro-F1 rose 0.904 -> 0.914 (claims and facts read as comment, 90 -> 81).
HELDOUT_MEASURED = {"commentary_recall": 0.929, "commentary_as_statement": 3, "deadline_f1": 0.792}


def test_heldout_figures_below_their_floors_do_not_fall_below_the_measured_levels(
    corpus_report: dict[str, Any],
) -> None:
    analysis = corpus_report["splits"]["heldout"]["analysis"]
    labels, deadline_f1 = analysis["labels"], analysis["deadlines"]["date"]["f1"]
    # Engineers tune on dev and may run this test: its message names the figure, never its value.
    fallen = [
        name
        for name, ok in (
            ("commentary recall", labels["commentary_recall"] >= HELDOUT_MEASURED["commentary_recall"]),
            (
                "commentary labelled statement",
                labels["commentary_as_statement"] <= HELDOUT_MEASURED["commentary_as_statement"],
            ),
            ("deadline F1", deadline_f1 is not None and deadline_f1 >= HELDOUT_MEASURED["deadline_f1"]),
        )
        if not ok
    ]
    assert not fallen, f"held-out figures fell below their measured levels: {', '.join(fallen)}"


def test_the_dev_split_meets_every_floor(corpus_report: dict[str, Any]) -> None:
    analysis = corpus_report["splits"]["dev"]["analysis"]
    labels, deadline_f1 = analysis["labels"], analysis["deadlines"]["date"]["f1"]
    # Engineers tune on dev and read this message: it shows the dev split alone, never held-out
    # (the linking section is left out: its header counts and B-cubed lines cover both splits).
    dev_only = {key: value for key, value in corpus_report.items() if key != "linking"}
    # Its closing floors line judges the held-out split, absent here: cut it off.
    why = format_report({**dev_only, "splits": {"dev": corpus_report["splits"]["dev"]}}).split(
        "\n\nfloors ("
    )[0]
    assert labels["macro_f1"] >= 0.90 and labels["commentary_recall"] >= 0.95, why
    assert labels["commentary_as_statement"] == 0, why
    assert deadline_f1 is not None and deadline_f1 >= 0.90, why
