"""`sitrep eval DIR`: score the linking on a labelled corpus (the analysis scores join at merge)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.evaluation.linking_scores import evaluate_linking, failed_linking_floors, format_linking_report


def evaluate(corpus_dir: Path) -> dict[str, Any]:
    """Return the report for a corpus folder."""
    return {"linking": evaluate_linking(corpus_dir)}


def format_report(report: dict[str, Any]) -> str:
    """Render the report as text."""
    return format_linking_report(report["linking"])


def failed_floors(report: dict[str, Any]) -> list[str]:
    """Return the floors the report misses."""
    return failed_linking_floors(report["linking"])
