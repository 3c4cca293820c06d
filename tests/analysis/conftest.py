"""Fixtures shared by the analysis tests."""

from __future__ import annotations

import pytest

from bot.analysis import labels
from bot.analysis.stance import StanceModel


@pytest.fixture
def sure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap in a model that reads every clause it is shown as the writer's comment."""
    model = StanceModel({}, 50.0, {}, 50.0)
    monkeypatch.setattr(labels, "load_stance_model", lambda: model)
