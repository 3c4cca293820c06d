"""Buttons and modals: pagination, reminder snooze / stop, and the paste-an-article modal."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

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


class SnoozeButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"sitrep:snooze:(?P<rid>[0-9]+)"):
    """Snooze a reminder for an hour; works after a restart (the id lives in the custom id)."""

    def __init__(self, reminder_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Snooze 1 h",
                style=discord.ButtonStyle.secondary,
                custom_id=f"sitrep:snooze:{reminder_id}",
            )
        )
        self.reminder_id = reminder_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SnoozeButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["rid"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Snooze once per click, even if the gateway delivers the click twice."""
        return first_delivery(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Ask the scheduling layer to fire the reminder again later."""
        controls = _controls(interaction)
        if controls is None:
            await interaction.response.send_message(
                "Snoozing is not configured on this bot.", ephemeral=True, allowed_mentions=no_pings()
            )
            return
        try:
            view = await controls.snooze(self.reminder_id, SNOOZE_MINUTES)
        except SitrepError as exc:
            await interaction.response.send_message(
                f"error: {clean(str(exc))}", ephemeral=True, allowed_mentions=no_pings()
            )
            return
        stamp = int(view.fire_at.timestamp())
        await interaction.response.send_message(
            f"Snoozed: I will remind this channel again <t:{stamp}:F> (<t:{stamp}:R>).",
            allowed_mentions=no_pings(),
        )


class StopButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"sitrep:stop:(?P<rid>[0-9]+)"):
    """Stop the reminders of this deadline in this channel."""

    def __init__(self, reminder_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Stop reminding",
                style=discord.ButtonStyle.danger,
                custom_id=f"sitrep:stop:{reminder_id}",
            )
        )
        self.reminder_id = reminder_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> StopButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["rid"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Stop once per click, even if the gateway delivers the click twice."""
        return first_delivery(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Ask the scheduling layer to cancel the remaining reminders."""
        controls = _controls(interaction)
        if controls is None:
            await interaction.response.send_message(
                "Stopping reminders is not configured on this bot.",
                ephemeral=True,
                allowed_mentions=no_pings(),
            )
            return
        try:
            await controls.stop_reminding(self.reminder_id)
        except SitrepError as exc:
            await interaction.response.send_message(
                f"error: {clean(str(exc))}", ephemeral=True, allowed_mentions=no_pings()
            )
            return
        await interaction.response.send_message(
            "Reminders for this deadline are stopped in this channel.", allowed_mentions=no_pings()
        )


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
