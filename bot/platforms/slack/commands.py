"""The `/sitrep` slash command, its ingest modal and its buttons, on slack-bolt's AsyncApp.

Every handler acks first (Slack gives three seconds), then calls the shared text dispatch and
answers through the command's response URL: ephemeral unless the whole channel should see it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.domain.models import ArticleInput
from bot.errors import SitrepError
from bot.platforms.slack.admin import AdminCheck
from bot.platforms.slack.format import (
    PAGE_ACTION,
    SNOOZE_ACTION,
    STOP_ACTION,
    SlackMessage,
    command_text,
    digest_messages,
    escape,
    pager_fits,
    text_messages,
    with_pager,
)
from bot.platforms.slack.outbox import channel_ref
from bot.platforms.text_commands import Reply, dispatch, is_admin_command, split_command
from bot.ports import ReminderControls, ReminderView
from bot.render import replies
from bot.render.i18n import format_when

log = logging.getLogger(__name__)

COMMAND = "/sitrep"
INGEST_VIEW = "sitrep_ingest"
# Slack accepts at most five answers through one response URL.
MAX_RESPONSES = 5
# A plain_text_input holds at most 3,000 characters.
MAX_MODAL_TEXT = 3000
# Queries that can be re-run to show another page; everything else is answered in full.
REPLAYABLE = frozenset({"brief", "deadlines", "developments", "track", "why", "help", "feed", "digest"})
REPLAYABLE_VERBS = {
    "feed": {"", "list", "health"},
    "digest": {"", "show"},
    "developments": {"", "list", "show"},
}
# Commands whose answer the whole channel should see; the rest only reach the caller.
PUBLIC = {
    "digest": {"set", "off", "now"},
    "feed": {"add", "remove"},
    "developments": {"rename", "merge", "mute", "unmute", "close", "reopen"},
    "remind": None,
}
REFUSED = "Only workspace admins (or the configured admin group) can run {command}."

Respond = Callable[..., Awaitable[Any]]
STALE_BUTTON = "That button is out of date."


def _verb(args: list[str]) -> str:
    return args[0].lower() if args else ""


def is_replayable(name: str, args: list[str]) -> bool:
    """Tell whether re-running the command is harmless, so pages can be fetched by button."""
    name = "developments" if name == "track" else name
    if name not in REPLAYABLE:
        return False
    verbs = REPLAYABLE_VERBS.get(name)
    return verbs is None or _verb(args) in verbs


def is_public(name: str, args: list[str]) -> bool:
    """Tell whether the command's answer belongs in the channel rather than to the caller."""
    name = "developments" if name == "track" else name
    if name not in PUBLIC:
        return False
    verbs = PUBLIC[name]
    return verbs is None or _verb(args) in verbs


def reply_messages(reply: Reply) -> list[SlackMessage]:
    """Format a dispatch reply: a digest as Block Kit pages, text escaped."""
    if reply.digest is not None:
        return digest_messages(reply.digest)
    return text_messages(reply.text)


def ingest_modal(channel_id: str) -> dict[str, Any]:
    """Build the modal where users paste an article that is too long for the command line."""
    return {
        "type": "modal",
        "callback_id": INGEST_VIEW,
        "private_metadata": json.dumps({"c": channel_id}),
        "title": {"type": "plain_text", "text": "Add an article"},
        "submit": {"type": "plain_text", "text": "Ingest"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": "title",
                "optional": True,
                "label": {"type": "plain_text", "text": "Title"},
                "element": {"type": "plain_text_input", "action_id": "value", "max_length": 300},
            },
            {
                "type": "input",
                "block_id": "text",
                "label": {"type": "plain_text", "text": "Article text"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "value",
                    "multiline": True,
                    "max_length": MAX_MODAL_TEXT,
                },
            },
            {
                "type": "input",
                "block_id": "url",
                "optional": True,
                "label": {"type": "plain_text", "text": "Link to the original (optional)"},
                "element": {"type": "url_text_input", "action_id": "value"},
            },
        ],
    }


class SlackCommands:
    """Handlers of `/sitrep`, the ingest modal and the page and snooze buttons."""

    def __init__(self, app: App, admin: AdminCheck) -> None:
        self._app = app
        self._admin = admin

    def register(self, bolt: AsyncApp) -> None:
        """Attach the handlers to a Bolt app."""
        bolt.command(COMMAND)(self.on_command)
        bolt.view(INGEST_VIEW)(self.on_ingest_submit)
        bolt.action(re.compile(f"^{PAGE_ACTION}_"))(self.on_page)
        bolt.action(re.compile(f"^{SNOOZE_ACTION}_"))(self.on_snooze)
        bolt.action(STOP_ACTION)(self.on_stop)

    async def on_command(
        self,
        ack: Callable[..., Awaitable[Any]],
        command: dict[str, Any],
        respond: Respond,
        client: AsyncWebClient,
    ) -> None:
        """Answer `/sitrep …`: ack at once, check admin rights, dispatch, reply."""
        await ack()
        text = command_text(command.get("text") or "").strip()
        ref = channel_ref(command["channel_id"])
        try:
            name, args = split_command(text)
            if name == "ingest" and not args:
                await client.views_open(
                    trigger_id=command["trigger_id"], view=ingest_modal(command["channel_id"])
                )
                return
            if is_admin_command(name, args) and not await self._admin.allows(command["user_id"]):
                await respond(
                    text=escape(REFUSED.format(command=f"/sitrep {name} {_verb(args)}")),
                    response_type="ephemeral",
                )
                return
            reply = await dispatch(self._app, text, channel_ref=ref)
            if name == "help":
                reply = Reply(f"Type {COMMAND} and one of these:\n{reply.text}", ephemeral=True)
            await self._answer(
                respond, client, command, reply, text, public=is_public(name, args), name=name, args=args
            )
        except SitrepError as exc:
            await respond(text=escape(f"error: {exc}"), response_type="ephemeral")
        except Exception:
            log.exception("/sitrep %s failed", text[:80])
            await respond(
                text="Something went wrong on sitrep's side; it is logged.", response_type="ephemeral"
            )

    async def _answer(
        self,
        respond: Respond,
        client: AsyncWebClient,
        command: dict[str, Any],
        reply: Reply,
        text: str,
        *,
        public: bool,
        name: str,
        args: list[str],
    ) -> None:
        """Send every page: by pager buttons for queries, else one response (or post) per page."""
        response_type = "in_channel" if public and not reply.ephemeral else "ephemeral"
        messages = reply_messages(reply)
        if len(messages) > 1 and is_replayable(name, args) and pager_fits(text):
            first = with_pager(messages[0], text, 1, len(messages))
            await respond(text=first.text, blocks=first.blocks, response_type=response_type)
            return
        for index, message in enumerate(messages):
            if index < MAX_RESPONSES:
                await respond(text=message.text, blocks=message.blocks, response_type=response_type)
            elif response_type == "in_channel":
                await client.chat_postMessage(
                    channel=command["channel_id"], text=message.text, blocks=message.blocks
                )
            else:
                await client.chat_postEphemeral(
                    channel=command["channel_id"],
                    user=command["user_id"],
                    text=message.text,
                    blocks=message.blocks,
                )

    async def on_page(
        self,
        ack: Callable[..., Awaitable[Any]],
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
    ) -> None:
        """Show another page of a query by re-running it."""
        await ack()
        command: str | None
        try:
            value = json.loads(action.get("value") or "{}")
            command, page = str(value["c"]), int(value["p"])
        except (ValueError, KeyError, TypeError):
            command, page = None, 0
        if command is None or not is_replayable(*split_command(command)):
            await _tell_presser(respond, STALE_BUTTON)
            return
        ref = channel_ref(_channel_of(body))
        messages = reply_messages(await dispatch(self._app, command, channel_ref=ref))
        page = min(max(page, 1), len(messages))
        shown = with_pager(messages[page - 1], command, page, len(messages))
        await respond(text=shown.text, blocks=shown.blocks, replace_original=True)

    async def on_snooze(
        self,
        ack: Callable[..., Awaitable[Any]],
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Respond,
    ) -> None:
        """Snooze the reminder the button was on, or set an extra reminder for its development."""
        await ack()
        schedules = self._app.schedules
        if schedules is None:
            await _tell_presser(respond, "Reminders are not configured in this build.")
            return

        async def snooze() -> str:
            value = json.loads(action.get("value") or "{}")
            view: ReminderView
            if "r" in value:
                view = await self._controls().snooze(int(value["r"]), int(value["m"]))
            else:
                view = await schedules.remind(
                    channel_ref(_channel_of(body)), int(value["d"]), str(value["w"])
                )
            when = format_when(view.fire_at, self._app.settings.language, view.timezone)
            return f"I will remind this channel about #{view.development_id} again at {when}."

        await _answer_button(respond, snooze, response_type="ephemeral")

    async def on_stop(
        self,
        ack: Callable[..., Awaitable[Any]],
        action: dict[str, Any],
        respond: Respond,
    ) -> None:
        """Stop the reminders of the deadline a reminder was about, in this channel."""
        await ack()

        async def stop() -> str:
            await self._controls().stop_reminding(int(json.loads(action.get("value") or "{}")["r"]))
            return "Reminders for this deadline are stopped in this channel."

        await _answer_button(respond, stop, response_type="in_channel")

    def _controls(self) -> ReminderControls:
        """Return the scheduling layer's reminder controls, or say they are missing."""
        schedules = self._app.schedules
        if not isinstance(schedules, ReminderControls):
            raise SitrepError("Snoozing and stopping reminders are not configured in this build.")
        return schedules

    async def on_ingest_submit(
        self,
        ack: Callable[..., Awaitable[Any]],
        body: dict[str, Any],
        view: dict[str, Any],
        client: AsyncWebClient,
    ) -> None:
        """Ingest the pasted article; an empty text keeps the modal open with a message."""
        values = view.get("state", {}).get("values", {})
        text = (_field(values, "text") or "").strip()
        if not text:
            await ack(response_action="errors", errors={"text": "Paste the article text here."})
            return
        await ack()
        user = body["user"]["id"]
        channel = json.loads(view.get("private_metadata") or "{}").get("c") or user
        article = ArticleInput(
            text=text,
            title=(_field(values, "title") or "").strip() or None,
            url=(_field(values, "url") or "").strip() or None,
            source="pasted in Slack",
        )
        try:
            result = await self._app.ingest.ingest(article)
            line = replies.ingest_line(article.title or "pasted text", result)
        except SitrepError as exc:
            line = f"error: {exc}"
        await client.chat_postEphemeral(channel=channel, user=user, text=escape(line))


async def _tell_presser(respond: Respond, text: str) -> None:
    """Answer a button press to the person who pressed it only, leaving the message as it was."""
    await respond(text=text, response_type="ephemeral", replace_original=False)


async def _answer_button(respond: Respond, act: Callable[[], Awaitable[str]], *, response_type: str) -> None:
    """Run a button's action and answer with its text, its error, or that the button is stale."""
    try:
        text = await act()
    except SitrepError as exc:
        text = f"error: {exc}"
    except (ValueError, KeyError, TypeError):
        text = STALE_BUTTON
    await respond(text=escape(text), response_type=response_type, replace_original=False)


def _field(values: dict[str, Any], block_id: str) -> str | None:
    """Read one input's value from a view submission's state."""
    value = values.get(block_id, {}).get("value", {}).get("value")
    return str(value) if value is not None else None


def _channel_of(body: dict[str, Any]) -> str:
    """Find the channel a button was pressed in."""
    channel = body.get("channel") or {}
    container = body.get("container") or {}
    return str(channel.get("id") or container.get("channel_id") or "")


def build_bolt_app(
    app: App,
    client: AsyncWebClient,
    *,
    signing_secret: str | None = None,
    admin_group: str | None = None,
) -> AsyncApp:
    """Build the Bolt app; every HTTP request's signature is checked (Socket Mode needs none)."""
    bolt = AsyncApp(
        name="sitrep",
        client=client,
        signing_secret=signing_secret or "",
        raise_error_for_unhandled_request=False,
    )
    SlackCommands(app, AdminCheck(client, admin_group=admin_group)).register(bolt)
    return bolt
