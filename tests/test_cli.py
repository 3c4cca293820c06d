"""The command-line contract of DESIGN.md §6, run as a real subprocess."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.json_contract import ITEM_KEYS

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tests" / "data" / "corpus" / "es-kyiv-reference.json"


def sitrep(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd or ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(cwd or ROOT)},
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "kyiv.txt"
    path.write_text(json.loads(REFERENCE.read_text("utf-8"))["text"], "utf-8")
    return path


def test_analyze_json_has_the_contract_shape_and_exact_offsets(article: Path) -> None:
    run = sitrep("analyze", str(article), "--published", "2026-01-30T12:00:00+00:00", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    text = article.read_text("utf-8")
    assert out["language"] == "es"
    assert out["published"] == "2026-01-30T12:00:00+00:00"
    assert {"items", "deadlines", "events"} <= out.keys()
    for item in out["items"]:
        assert item.keys() >= ITEM_KEYS
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["label"] in {"statement", "claim", "fact", "commentary"}


def test_analyze_reads_stdin(article: Path) -> None:
    run = sitrep(
        "analyze",
        "-",
        "--json",
        "--now",
        "2026-11-29T00:00:00+00:00",
        stdin=article.read_text("utf-8"),
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["published"] is None


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"", [], "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", [], "binary"),
        (b"a" * 5_000_000, [], "too large"),
        (
            b"Der Kanzler sagte am Montag, dass die Regierung handeln werde.",
            ["--lang", "de"],
            "language",
        ),
        (b"Peskov said the pause ends on Sunday.", ["--published", "30/01/2026"], "--published"),
    ],
    ids=["empty", "binary", "5MB", "unknown-language", "malformed-published"],
)
def test_analyze_bad_input_gives_one_line_error_and_nonzero_exit(
    tmp_path: Path, content: bytes, extra: list[str], message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    run = sitrep("analyze", str(path), "--json", *extra)
    assert run.returncode != 0
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr
    assert message in run.stderr


def test_ingest_then_developments_and_deadlines_json_follow_the_contract(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    first = sitrep("ingest", str(REFERENCE), "--db", db)
    again = sitrep("ingest", str(REFERENCE), "--db", db)
    devs = sitrep("developments", "--db", db, "--json")
    deadlines = sitrep(
        "deadlines", "--db", db, "--json", "--days", "30", "--now", "2026-01-30T13:00:00+00:00"
    )
    assert first.returncode == 0, first.stderr
    assert "added article 1" in first.stdout
    assert "duplicate" in again.stdout
    listed = json.loads(devs.stdout)
    assert len(listed) >= 1
    for dev in listed:
        assert {"id", "title", "status", "articles", "deadlines"} <= dev.keys()
        for art in dev["articles"]:
            assert {"id", "title", "url", "published"} <= art.keys()
        for deadline in dev["deadlines"]:
            assert deadline["status"] in {
                "pending",
                "extended",
                "met",
                "broken",
                "expired",
                "cancelled",
            }
    assert sum(len(dev["articles"]) for dev in listed) >= 1
    assert isinstance(json.loads(deadlines.stdout), list)


def test_brief_on_an_empty_database_prints_the_sections(tmp_path: Path) -> None:
    run = sitrep("brief", "--db", str(tmp_path / "s.db"))
    assert run.returncode == 0, run.stderr
    assert "Deadlines" in run.stdout


def test_ingest_of_missing_file_reports_it_and_fails(tmp_path: Path) -> None:
    run = sitrep("ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"))
    assert run.returncode != 0
    assert "no such file" in run.stderr
    assert "Traceback" not in run.stderr


def test_demo_prints_briefing_sections_and_reminders_in_under_five_seconds(tmp_path: Path) -> None:
    # CPU seconds of the child, not wall time: the 5 s budget is the demo's own work, and a
    # machine busy with other jobs must not make this test flaky.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = sitrep("demo", cwd=tmp_path)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert run.returncode == 0, run.stderr
    assert "== Deadlines ==" in run.stdout
    for heading in ("### Statements", "### Claims", "### Facts", "### Commentary"):
        assert heading in run.stdout
    assert run.stdout.index("== Deadlines ==") < run.stdout.index("### Statements")
    assert "Reminders that would be scheduled" in run.stdout
    assert "(T-24h)" in run.stdout
    assert 0 < cpu < 5.0
    assert not (tmp_path / "data").exists()  # the demo leaves no database behind


def test_run_console_answers_slash_commands_from_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    sitrep("ingest", str(REFERENCE), "--db", db)
    run = sitrep("run", "--db", db, stdin="/developments\n/brief 1\n/why 1\n/frobnicate\n")
    assert run.returncode == 0, run.stderr
    assert "#1" in run.stdout
    assert "Deadlines" in run.stdout
    assert "label:" in run.stdout
    assert "unknown command 'frobnicate'" in run.stdout


def test_ingest_refuses_a_url_of_another_scheme_in_one_line(tmp_path: Path) -> None:
    run = sitrep("ingest", "ftp://example.org/feed.xml", "--db", str(tmp_path / "s.db"))
    assert run.returncode != 0
    assert run.stderr.strip() == "error: ftp://example.org/feed.xml: only http and https URLs can be fetched"


def test_analyze_resolves_the_reference_deadline_and_says_it_expired_by_the_clock(article: Path) -> None:
    undated = sitrep("analyze", str(article), "--json", "--now", "2026-11-29T00:00:00+00:00")
    dated = sitrep(
        "analyze", str(article), "--json", "--published", "2026-01-30", "--now", "2026-01-30T15:00:00+00:00"
    )
    assert undated.returncode == 0 and dated.returncode == 0, undated.stderr + dated.stderr
    [late] = json.loads(undated.stdout)["deadlines"]
    [ahead] = json.loads(dated.stdout)["deadlines"]
    assert (late["due"], late["status"], late["evidence"]) == (
        "2026-02-01",
        "expired",
        "hasta el 1 de febrero",
    )
    assert (ahead["due"], ahead["status"]) == ("2026-02-01", "pending")
