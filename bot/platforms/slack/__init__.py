"""The Slack platform: one `/sitrep` command on slack-bolt, Block Kit digests, an outbox."""

from bot.platforms.slack.outbox import SlackOutbox
from bot.platforms.slack.run import SlackConfig, SlackPlatform, run_slack, slack_config

__all__ = ["SlackConfig", "SlackOutbox", "SlackPlatform", "run_slack", "slack_config"]
