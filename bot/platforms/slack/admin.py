"""Decide who may run admin subcommands: workspace admins and owners, or a configured user group."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)


class AdminCheck:
    """Ask Slack (users.info, usergroups.users.list) whether a user may run admin subcommands."""

    def __init__(self, client: AsyncWebClient, *, admin_group: str | None = None) -> None:
        self._client = client
        self._admin_group = admin_group

    async def allows(self, user_id: str) -> bool:
        """Tell whether `user_id` is a workspace admin or owner, or in the admin user group."""
        try:
            info = await self._client.users_info(user=user_id)
            user = info.get("user") or {}
            if user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"):
                return True
            if self._admin_group:
                members = await self._client.usergroups_users_list(usergroup=self._admin_group)
                return user_id in (members.get("users") or [])
        except SlackApiError as exc:
            # Refuse when Slack cannot tell: an admin check must fail closed.
            log.warning("cannot check whether %s is an admin: %s", user_id, exc.response.get("error"))
        return False
