"""Buttons and modals: pagination, reminder snooze / stop, and the paste-an-article modal."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, ClassVar, Self

import discord

from bot.domain.models import ArticleInput
from bot.errors import SitrepError
from bot.platforms.discord.dedupe import first_delivery
from bot.platforms.discord.safety import clean, no_pings
from bot.ports import ReminderControls
from bot.render import replies

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

SNOOZE_MINUTES = 60
# Discord's text input holds at most 4,000 characters.
MODAL_TEXT_MAX = 4000


def app_of(interaction: discord.Interaction[Any]) -> App:
    """Return the sitrep app the client that received the interaction serves."""
    app: App = interaction.client.sitrep_app
    return app


class Paginator(discord.ui.View):
    """Previous / next buttons over pages of a long list, for the person who asked."""

    def __init__(self, pages: list[discord.Embed], *, timeout: float = 600) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.index = 0
        self._sync()

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Turn the page once per click, even if the gateway delivers the click twice."""
        return first_delivery(interaction)

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    async def _show(self, interaction: discord.Interaction[Any]) -> None:
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary, custom_id="sitrep:page:prev")
    async def previous(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        """Show the previous page."""
        self.index = max(0, self.index - 1)
        await self._show(interaction)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary, custom_id="sitrep:page:next")
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        """Show the next page."""
        self.index = min(len(self.pages) - 1, self.index + 1)
        await self._show(interaction)


def _controls(interaction: discord.Interaction[Any]) -> ReminderControls | None:
    schedules = app_of(interaction).schedules
    return schedules if isinstance(schedules, ReminderControls) else None


class _ReminderButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"sitrep:(?P<action>snooze|stop):(?P<rid>[0-9]+)"
):
    """A reminder button that works after a restart (the reminder id lives in the custom id)."""

    action: ClassVar[str]
    label: ClassVar[str]
    style: ClassVar[discord.ButtonStyle]
    not_configured: ClassVar[str]

    def __init__(self, reminder_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label=self.label,
                style=self.style,
                custom_id=f"sitrep:{self.action}:{reminder_id}",
            )
        )
        self.reminder_id = reminder_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        """Rebuild the button from its custom id."""
        return cls(int(match["rid"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Act once per click, even if the gateway delivers the click twice."""
        return first_delivery(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Ask the scheduling layer to act on the reminder and say what it did."""
        controls = _controls(interaction)
        if controls is None:
            await interaction.response.send_message(
                self.not_configured, ephemeral=True, allowed_mentions=no_pings()
            )
            return
        try:
            reply = await self.act(controls)
        except SitrepError as exc:
            await interaction.response.send_message(
                f"error: {clean(str(exc))}", ephemeral=True, allowed_mentions=no_pings()
            )
            return
        await interaction.response.send_message(reply, allowed_mentions=no_pings())

    async def act(self, controls: ReminderControls) -> str:
        """Do this button's action and return the channel reply."""
        raise NotImplementedError


class SnoozeButton(_ReminderButton, template=r"sitrep:snooze:(?P<rid>[0-9]+)"):
    """Snooze a reminder for an hour."""

    action = "snooze"
    label = "Snooze 1 h"
    style = discord.ButtonStyle.secondary
    not_configured = "Snoozing is not configured on this bot."

    async def act(self, controls: ReminderControls) -> str:
        """Fire the reminder again later."""
        view = await controls.snooze(self.reminder_id, SNOOZE_MINUTES)
        stamp = int(view.fire_at.timestamp())
        return f"Snoozed: I will remind this channel again <t:{stamp}:F> (<t:{stamp}:R>)."


class StopButton(_ReminderButton, template=r"sitrep:stop:(?P<rid>[0-9]+)"):
    """Stop the reminders of this deadline in this channel."""

    action = "stop"
    label = "Stop reminding"
    style = discord.ButtonStyle.danger
    not_configured = "Stopping reminders is not configured on this bot."

    async def act(self, controls: ReminderControls) -> str:
        """Cancel the remaining reminders."""
        await controls.stop_reminding(self.reminder_id)
        return "Reminders for this deadline are stopped in this channel."


def reminder_view(reminder_id: int) -> discord.ui.View:
    """Return the snooze / stop buttons for a posted reminder."""
    view = discord.ui.View(timeout=None)
    view.add_item(SnoozeButton(reminder_id))
    view.add_item(StopButton(reminder_id))
    return view


class IngestModal(discord.ui.Modal, title="Add an article"):
    """Paste an article's text (Discord caps a text input at 4,000 characters)."""

    article_title: discord.ui.TextInput[IngestModal] = discord.ui.TextInput(
        label="Title", required=False, max_length=200
    )
    text: discord.ui.TextInput[IngestModal] = discord.ui.TextInput(
        label="Article text", style=discord.TextStyle.paragraph, max_length=MODAL_TEXT_MAX
    )

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Ingest the pasted text and say what it was linked to."""
        await interaction.response.defer(thinking=True)
        title = self.article_title.value.strip() or None
        try:
            result = await app_of(interaction).ingest.ingest(
                ArticleInput(text=self.text.value, title=title, source="pasted in Discord")
            )
        except SitrepError as exc:
            await interaction.followup.send(f"error: {clean(str(exc))}", allowed_mentions=no_pings())
            return
        await interaction.followup.send(
            clean(replies.ingest_line("pasted text", result)), allowed_mentions=no_pings()
        )
