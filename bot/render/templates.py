"""Render digests and reminders as text with the Jinja2 templates in `digests/`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from bot.domain.digest import Digest
from bot.domain.models import Label
from bot.render.deadline_text import change_word, format_due, short_what, status_word, verdict_phrase
from bot.render.i18n import format_left, format_when, phrases

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def default_templates_dir() -> Path:
    """Find `digests/`: beside the package in a checkout, inside it in an installed wheel."""
    for candidate in (_PACKAGE_DIR.parent / "digests", _PACKAGE_DIR / "_digests"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the digests/ template folder is missing")


@lru_cache(maxsize=4)
def environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """Build the Jinja2 environment (text output: platforms escape for their own markup)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir or default_templates_dir())),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["when"] = format_when
    env.filters["left"] = format_left
    env.filters["short_what"] = short_what
    env.filters["due"] = format_due
    env.filters["change_word"] = change_word
    env.filters["verdict"] = verdict_phrase
    env.filters["status_word"] = status_word
    return env


def render_digest(digest: Digest, *, templates_dir: Path | None = None) -> str:
    """Render a digest as plain text (console, CLI, and the fallback text of chat posts)."""
    template = environment(templates_dir).get_template(f"{_template_for(digest.kind)}.txt.j2")
    return template.render(digest=digest, t=phrases(digest.language), labels=list(Label)).strip() + "\n"


def render_template(name: str, *, templates_dir: Path | None = None, **context: object) -> str:
    """Render any template of `digests/` (reminders, deadline changes)."""
    return environment(templates_dir).get_template(f"{name}.txt.j2").render(**context).strip()


def _template_for(kind: str) -> str:
    return "daily" if kind == "daily" else "brief"
