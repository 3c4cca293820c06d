"""`sitrep developments` and `sitrep eval` from the command line, as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.evaluation.test_linking_scores import ARTICLES, write_corpus

ROOT = Path(__file__).resolve().parent.parent


def sitrep(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(cwd)},
    )


def test_developments_json_lists_linked_articles_and_split_moves_one_out(tmp_path: Path) -> None:
    files = []
    for id_, _, lang, _, published, title, text in ARTICLES[:2]:
        path = tmp_path / f"{id_}.json"
        path.write_text(
            json.dumps({"title": title, "text": text, "published": published, "lang": lang}), "utf-8"
        )
        files.append(str(path))
    db = str(tmp_path / "s.db")
    run = sitrep("ingest", *files, "--db", db, "--now", "2026-02-01T13:00:00Z", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    run = sitrep("developments", "--db", db, "--json", "--now", "2026-02-01T13:00:00Z", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    (dev,) = json.loads(run.stdout)
    assert set(dev) >= {"id", "title", "status", "articles", "deadlines"}
    assert [a["id"] for a in dev["articles"]] == [1, 2]
    # The status depends on what the analyser finds (a deadline, an extension): one of the lifecycle's.
    assert dev["status"] in {
        "open",
        "proposed",
        "agreed",
        "in effect",
        "extended",
        "expired",
        "broken",
        "resolved",
    }
    run = sitrep(
        "developments", "split", str(dev["id"]), "2", "Kyiv, English wire", "--db", db, "--json", cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    split = json.loads(run.stdout)
    assert split["title"] == "Kyiv, English wire" and [a["id"] for a in split["articles"]] == [2]
    run = sitrep("developments", "rename", "99", "x", "--db", db, cwd=tmp_path)
    assert run.returncode == 2 and run.stderr.strip() == "sitrep: error: no development with id 99"


def test_eval_prints_the_linking_scores_per_split(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    run = sitrep("eval", str(corpus), "--json", cwd=tmp_path)
    report = json.loads(run.stdout)
    assert report["linking"]["splits"]["heldout"]["f1"] == 1.0
    # The analysis scorer joins this report at merge; this tiny corpus is not labelled for it.
    assert [f for f in report["failed_floors"] if f.startswith("linking")] == []
    assert run.returncode == (1 if report["failed_floors"] else 0), run.stderr
