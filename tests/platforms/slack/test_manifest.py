"""The shipped Slack manifest declares the command the code registers and only the scopes it uses."""

from __future__ import annotations

from pathlib import Path

from bot.platforms.slack.commands import COMMAND

MANIFEST = Path(__file__).resolve().parents[3] / "config" / "slack-manifest.yml"


def _lines() -> list[str]:
    return [line.split("#", 1)[0].rstrip() for line in MANIFEST.read_text("utf-8").splitlines()]


def test_the_manifest_declares_the_sitrep_command_once() -> None:
    commands = [line.split(":", 1)[1].strip() for line in _lines() if line.strip().startswith("- command:")]
    assert commands == [COMMAND]


def test_the_manifest_asks_for_exactly_the_scopes_sitrep_calls() -> None:
    lines = _lines()
    start = lines.index("    bot:")
    scopes = []
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        if not line.startswith("      - "):
            break
        scopes.append(line.strip().removeprefix("- "))
    assert sorted(scopes) == ["chat:write", "commands", "usergroups:read", "users:read"]


def test_the_manifest_runs_in_socket_mode_with_interactivity() -> None:
    lines = [line.strip() for line in _lines()]
    assert "socket_mode_enabled: true" in lines
    assert "is_enabled: true" in lines
