"""bot.analysis stays pure: no platform or I/O libraries, no clock reads."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bot" / "analysis"
FORBIDDEN = {"discord", "slack_bolt", "slack_sdk", "aiosqlite", "aiohttp", "requests", "socket"}
CLOCK_CALLS = {"now", "today", "utcnow", "time", "monotonic", "perf_counter"}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(PACKAGE.glob("*.py"))]


def test_analysis_imports_no_platform_or_network_library() -> None:
    for path, tree in _modules():
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_analysis_never_reads_the_clock() -> None:
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in CLOCK_CALLS, f"{path.name}:{node.lineno} reads the clock"
