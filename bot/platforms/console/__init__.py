"""The console platform: slash commands from stdin, posts printed to stdout."""

from __future__ import annotations

import asyncio
from typing import TextIO

from bot.app import App
from bot.platforms.text_commands import dispatch
from bot.ports import Post
from bot.render.templates import render_digest

PROMPT = "sitrep> "


class ConsoleOutbox:
    """Prints posts; the console cannot ping anyone, so text goes out as it is."""

    platform = "console"

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._count = 0

    async def send(self, channel_ref: str, post: Post) -> str:
        """Print a post under a header naming its channel."""
        self._count += 1
        body = render_digest(post.digest) if post.digest is not None else post.text
        late = " (late)" if post.late else ""
        self._out.write(f"--- {post.kind}{late} -> {channel_ref} ---\n{body.rstrip()}\n")
        self._out.flush()
        return f"console-{self._count}"


async def run_console(app: App, stdin: TextIO, stdout: TextIO) -> int:
    """Read commands line by line until end of input or `/quit`."""
    interactive = stdin.isatty()
    stdout.write("sitrep console: type /help for commands, /quit to leave.\n")
    loop = asyncio.get_running_loop()
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit", "quit", "exit"):
            break
        reply = await dispatch(app, line)
        text = (
            render_digest(reply.digest, templates_dir=app.settings.templates_dir)
            if reply.digest is not None
            else reply.text
        )
        stdout.write(text.rstrip() + "\n")
        stdout.flush()
    return 0
