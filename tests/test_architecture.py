"""The dependency rule: the domain core never imports platforms or I/O, never reads the clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "bot"
PURE_PACKAGES = ["domain", "analysis"]
FORBIDDEN_IMPORTS = (
    "discord",
    "slack_bolt",
    "slack_sdk",
    "aiosqlite",
    "aiohttp",
    "apscheduler",
    "sqlite3",
    "bot.storage",
    "bot.platforms",
    "bot.services",
    "bot.feeds",
)
CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
}


def _pure_files() -> list[Path]:
    return sorted(p for pkg in PURE_PACKAGES for p in (ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("path", _pure_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_module_imports_no_platform_or_io_library(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    bad = [name for name in imported if name.startswith(FORBIDDEN_IMPORTS)]
    assert bad == []


@pytest.mark.parametrize("path", _pure_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_module_never_reads_the_clock(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    reads = [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in CLOCK_READS
    ]
    assert reads == []


def test_the_rule_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("import aiosqlite\nfrom datetime import datetime\nx = datetime.now()\n")
    tree = ast.parse(sample.read_text())
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert any(n.startswith(FORBIDDEN_IMPORTS) for n in names)
    assert any(
        isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and (n.value.id, n.attr) in CLOCK_READS
        for n in ast.walk(tree)
    )
