"""Remember recent interaction ids, so that one delivered twice (a gateway replay) runs once."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import discord

SEEN_MAX = 1000


class SeenInteractions:
    """A bounded set of interaction ids already handled."""

    def __init__(self, limit: int = SEEN_MAX) -> None:
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._limit = limit

    def first(self, interaction_id: int) -> bool:
        """Record the id; tell whether this is its first delivery."""
        if interaction_id in self._seen:
            return False
        self._seen[interaction_id] = None
        while len(self._seen) > self._limit:
            self._seen.popitem(last=False)
        return True


def first_delivery(interaction: discord.Interaction[Any]) -> bool:
    """Tell whether the client sees this interaction for the first time (True without a record)."""
    seen = getattr(interaction.client, "seen_interactions", None)
    return seen.first(interaction.id) if isinstance(seen, SeenInteractions) else True
