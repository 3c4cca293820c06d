"""The fields DESIGN.md promises in every item of an analysis as JSON (the API and `analyze --json`)."""

from __future__ import annotations

ITEM_KEYS = frozenset(
    {
        "text",
        "start",
        "end",
        "label",
        "speaker",
        "role",
        "cue",
        "confidence",
        "reason",
    }
)
