"""Fixtures shared by the analysis tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.analysis import labels
from bot.analysis.stance import StanceModel, load_stance_model
from bot.evaluation.cv_stance import swapped


@pytest.fixture
def sure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap in a model that reads every clause it is shown as the writer's comment."""
    model = StanceModel({}, 50.0, {}, 50.0)
    monkeypatch.setattr(labels, "load_stance_model", lambda: model)


@pytest.fixture
def rules_only() -> Iterator[None]:
    """Switch the stance model off (no clause reaches its threshold): the rules alone label."""
    with swapped(replace(load_stance_model(), threshold=1.01)):
        yield
