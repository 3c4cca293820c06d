"""The Slack platform: one `/sitrep` command on slack-bolt, Block Kit digests, an outbox."""

from bot.platforms.slack.outbox import SlackOutbox
from bot.platforms.slack.run import SlackPlatform, slack_config, start_slack

__all__ = ["SlackOutbox", "SlackPlatform", "slack_config", "start_slack"]
