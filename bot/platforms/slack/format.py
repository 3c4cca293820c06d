"""Turn digests and replies into Block Kit messages: pure, split at Slack's limits, never truncated.

Article text is untrusted: every piece of it goes through `escape`, so it can never form a
mention (`<!channel>`, `<@U…>`, `<!subteam^…>`), a link or a date token.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.domain.digest import (
    ClaimVerdict,
    DeadlineChange,
    DevelopmentSection,
    Digest,
    DigestDeadline,
    DigestItem,
    Source,
)
from bot.domain.models import Label
from bot.render.deadline_text import change_word, format_due, short_what, status_word, verdict_phrase
from bot.render.i18n import format_left, format_when, phrases

# Slack's documented Block Kit limits.
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_HEADER_TEXT = 150
MAX_BUTTON_VALUE = 2000
# Keep each message well under the size at which Slack refuses a payload (msg_too_long).
MAX_MESSAGE_CHARS = 12_000
# Three blocks of each page stay free: the header, the page line and the pagination buttons.
RESERVED_BLOCKS = 3

PAGE_ACTION = "sitrep_page"
SNOOZE_ACTION = "sitrep_snooze"
SNOOZE_CHOICES = (("Snooze 1 h", "in 1 hour"), ("Snooze until tomorrow", "tomorrow 09:00"))
STOP_ACTION = "sitrep_stop"
# A posted reminder's "Snooze 1 h" snoozes that reminder (the same controls as on Discord).
SNOOZE_MINUTES = 60

Block = dict[str, Any]

_MENTION_AT = re.compile(r"@(?=\w)")
# Formatting only switches on at a word's edge ("_x_", not "ITEM_ID"): neutralise those.
_FORMAT_CHARS = re.compile(r"(?<![^\W_])[*_~`]|[*_~`](?![^\W_])")


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """One message: its blocks and the plain fallback text notifications show."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def escape(text: str) -> str:
    """Make untrusted text inert in mrkdwn: no mentions, links, date tokens or formatting.

    Slack reads `<…>` as control sequences, so `&`, `<` and `>` become entities; a word
    joiner after `@` keeps "@here" or "@someone" from being linked, and a zero-width space
    after `*`, `_`, `~` and backticks at a word's edge keeps the text from switching
    formatting on.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MENTION_AT.sub("@\u2060", text)
    return _FORMAT_CHARS.sub(lambda found: found.group(0) + "\u200b", text)


_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>")


def command_text(text: str) -> str:
    """Undo Slack's encoding of a slash command's text: `<url|label>` links and `&amp;`-style entities."""
    text = _SLACK_LINK.sub(lambda found: found.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def date_token(when: datetime, language: str, timezone: str) -> str:
    """Show an instant in each reader's zone, falling back to the channel's zone."""
    fallback = escape(format_when(when, language, timezone))
    return f"<!date^{int(when.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def link(url: str | None, label: str) -> str:
    """Link an http(s) URL with an escaped label; anything else stays plain text."""
    safe_label = escape(label)
    if not url or not url.startswith(("http://", "https://")):
        return safe_label
    safe_url = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    safe_url = safe_url.replace(" ", "%20")
    return f"<{safe_url}|{safe_label}>"


def split_text(text: str, limit: int = MAX_SECTION_TEXT) -> list[str]:
    """Split text into pieces of at most `limit` characters, losing nothing.

    Cuts prefer a line break, then a space; never inside a `<…>` token or an `&…;` entity.
    """
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:].lstrip("\n")
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    """Return where to cut `text` so the first part fits in `limit`."""
    safe = _safe_positions(text, limit)
    for separator in ("\n", " "):
        for pos in range(limit, 0, -1):
            if safe[pos] and text[pos - 1] == separator:
                return pos
    for pos in range(limit, 0, -1):
        if safe[pos]:
            return pos
    return limit


def _safe_positions(text: str, limit: int) -> list[bool]:
    """Mark the offsets up to `limit` that are outside `<…>` tokens and `&…;` entities."""
    safe = [True] * (limit + 1)
    depth = 0
    entity_start = -1
    for pos in range(limit + 1):
        safe[pos] = depth == 0 and entity_start < 0
        if pos == limit:
            break
        char = text[pos]
        if char == "<":
            depth += 1
        elif char == ">" and depth:
            depth -= 1
        elif char == "&":
            entity_start = pos
        elif char == ";" or pos - entity_start > 8:
            entity_start = -1
    safe[0] = False
    return safe


def section(text: str) -> list[Block]:
    """Return one or more mrkdwn sections holding `text` (split at Slack's 3,000 characters)."""
    return [{"type": "section", "text": {"type": "mrkdwn", "text": part}} for part in split_text(text)]


def context(parts: list[str]) -> list[Block]:
    """Return context blocks of at most ten elements each."""
    blocks: list[Block] = []
    elements = [piece for part in parts for piece in split_text(part)]
    for start in range(0, len(elements), MAX_CONTEXT_ELEMENTS):
        chunk = elements[start : start + MAX_CONTEXT_ELEMENTS]
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": t} for t in chunk]})
    return blocks


def header(text: str) -> list[Block]:
    """Return a header block, or a bold section when the text is too long for a header."""
    if len(text) <= MAX_HEADER_TEXT:
        return [{"type": "header", "text": {"type": "plain_text", "text": text, "emoji": False}}]
    return section(f"*{escape(text)}*")


def _block_chars(block: Block) -> int:
    return len(json.dumps(block, ensure_ascii=False))


def paginate(title: str, blocks: list[Block]) -> list[SlackMessage]:
    """Pack blocks into messages within the block and size limits; number the pages."""
    capacity = MAX_BLOCKS - RESERVED_BLOCKS
    pages: list[list[Block]] = [[]]
    size = 0
    for block in blocks:
        chars = _block_chars(block)
        page = pages[-1]
        if page and (len(page) >= capacity or size + chars > MAX_MESSAGE_CHARS):
            pages.append([])
            size = 0
        pages[-1].append(block)
        size += chars
    total = len(pages)
    messages = []
    for number, page in enumerate(pages, start=1):
        label = f"{title} ({number}/{total})" if total > 1 else title
        if total > 1:
            page = [*page, *context([f"page {number} of {total}"])]
        messages.append(SlackMessage(text=escape(label), blocks=page))
    return messages


def with_pager(message: SlackMessage, command: str, page: int, total: int) -> SlackMessage:
    """Add previous/next buttons that re-run `command` and show another page."""
    buttons = []
    for label, target in (("◂ Previous", page - 1), ("Next ▸", page + 1)):
        if 1 <= target <= total:
            value = json.dumps({"c": command, "p": target}, ensure_ascii=False)
            buttons.append(
                {
                    "type": "button",
                    "action_id": f"{PAGE_ACTION}_{target}",
                    "text": {"type": "plain_text", "text": label},
                    "value": value,
                }
            )
    if not buttons:
        return message
    return SlackMessage(message.text, [*message.blocks, {"type": "actions", "elements": buttons}])


def pager_fits(command: str) -> bool:
    """Tell whether a command fits in a button's value (Slack caps it at 2,000 characters)."""
    return len(json.dumps({"c": command, "p": 999}, ensure_ascii=False)) <= MAX_BUTTON_VALUE


def snooze_buttons(development_id: int, reminder_id: int | None = None) -> Block:
    """Return buttons that snooze a reminder, set an extra one for its development, or stop them.

    With the reminder's id, "Snooze 1 h" and "Stop reminding" act on that reminder (the
    scheduling layer's `ReminderControls`); "Snooze until tomorrow" is a `/remind` at 09:00.
    """
    elements: list[Block] = []
    for index, (label, when) in enumerate(SNOOZE_CHOICES):
        if index == 0 and reminder_id is not None:
            value: dict[str, Any] = {"r": reminder_id, "m": SNOOZE_MINUTES}
        else:
            value = {"d": development_id, "w": when}
        elements.append(
            {
                "type": "button",
                "action_id": f"{SNOOZE_ACTION}_{index}",
                "text": {"type": "plain_text", "text": label},
                "value": json.dumps(value),
            }
        )
    if reminder_id is not None:
        elements.append(
            {
                "type": "button",
                "action_id": STOP_ACTION,
                "text": {"type": "plain_text", "text": "Stop reminding"},
                "style": "danger",
                "value": json.dumps({"r": reminder_id}),
            }
        )
    return {"type": "actions", "elements": elements}


def text_messages(
    text: str,
    *,
    title: str = "sitrep",
    development_id: int | None = None,
    reminder_id: int | None = None,
) -> list[SlackMessage]:
    """Format a plain-text reply or notice (escaped), split into sections and pages."""
    body = section(escape(text.strip()) or "(empty)")
    if development_id is not None:
        body.append(snooze_buttons(development_id, reminder_id))
    messages = paginate(title, body)
    # The fallback text of a short reply is the reply itself, for notifications.
    if len(messages) == 1 and len(text) <= MAX_SECTION_TEXT:
        return [SlackMessage(escape(text.strip()), messages[0].blocks)]
    return messages


def _deadline_line(line: DigestDeadline, language: str, timezone: str) -> str:
    words = phrases(language)
    deadline = line.deadline
    if line.expired:
        state = words["expired"]
    elif deadline.status.value != "pending":
        state = escape(status_word(deadline.status.value, language))
    else:
        state = escape(format_left(line.time_left, language))
    what = escape(short_what(deadline.what, deadline.evidence))
    text = (
        f"• *{what}* ({escape(line.development_title)}) · {words['due']} "
        f"{date_token(deadline.due_at, language, timezone)} · {state}"
    )
    if deadline.condition:
        text += f"\n    {words['condition']}: {escape(deadline.condition)}"
    return text


def _verdict_line(verdict: ClaimVerdict, language: str, timezone: str) -> str:
    """Who confirmed or denied a claim, their words and their source, escaped."""
    mark = "✅" if verdict.confirmed else "❌"
    phrase = escape(verdict_phrase(verdict.confirmed, verdict.by_speaker, language))
    line = f"{mark} {phrase} [#{verdict.by_item_id}]"
    if verdict.by_text:
        line += f": “{escape(verdict.by_text)}”"
    if verdict.by_source is not None:
        line += f" · {_source_line(verdict.by_source, language, timezone)}"
    return line


def _change_line(change: DeadlineChange, language: str, timezone: str) -> str:
    """One deadline change: kind, short what, due from → to, the evidence quoted, its source."""
    words = phrases(language)
    what = escape(short_what(change.what, change.what_evidence))
    line = f"• *{escape(change_word(change.kind, language))}*: {what}"
    if change.old_due and change.new_due and change.old_due != change.new_due:
        old, new = (escape(format_due(due, language, timezone)) for due in (change.old_due, change.new_due))
        line += f" · {old} → *{new}*"
    if change.evidence:
        line += f"\n    “{escape(change.evidence.strip())}”"
    elif change.kind == "expired":
        line += f"\n    {escape(words['expired_no_news'])}"
    if change.source is not None:
        line += f"\n    {_source_line(change.source, language, timezone)}"
    return line


def _changes_blocks(part: DevelopmentSection, digest: Digest) -> list[Block]:
    """A development's deadline changes and verdicts on older claims, under a heading."""
    if not part.has_changes:
        return []
    words = phrases(digest.language)
    lang, tz = digest.language, digest.timezone
    heading = words["changes_since_last"] if digest.since is not None else words["recent_changes"]
    lines = [f"*{escape(heading)}*"] + [_change_line(c, lang, tz) for c in part.changes]
    for verdict in part.standalone_verdicts:
        lines.append(
            f"• {escape(words['claim_word'])} [#{verdict.claim_item_id}] “{escape(verdict.claim_text)}”"
            f"\n    {_verdict_line(verdict, lang, tz)}"
        )
    return section("\n".join(lines))


def _item_line(entry: DigestItem, language: str, verdict: str = "") -> str:
    item = entry.item
    who = ""
    if item.speaker:
        role = f" ({escape(item.role)})" if item.role else ""
        who = f"*{escape(item.speaker)}*{role}: "
    elif item.label is Label.COMMENTARY:
        who = f"{phrases(language)['unattributed']}: "
    line = f"• [#{entry.item_id}] {who}“{escape(item.text)}”"
    if item.condition:
        line += f"\n    {phrases(language)['condition']}: {escape(item.condition)}"
    if verdict:
        line += f"\n    {verdict}"
    return line


def _source_line(source: Source, language: str, timezone: str) -> str:
    name = source.title or source.source or f"article {source.article_id}"
    parts = [f"{phrases(language)['source']}: {link(source.url, name)}"]
    if source.source and source.title:
        parts.append(escape(source.source))
    if source.published is not None:
        parts.append(date_token(source.published, language, timezone))
    return " · ".join(parts)


def digest_blocks(digest: Digest) -> list[Block]:
    """Lay a digest out as blocks: deadlines first, then each development by label."""
    words = phrases(digest.language)
    lang, tz = digest.language, digest.timezone
    blocks: list[Block] = []
    stamp = date_token(digest.generated_at, lang, tz)
    if digest.since is not None:
        stamp += f" ({words['since']} {date_token(digest.since, lang, tz)})"
    blocks += context([stamp])
    if digest.late:
        blocks += context([escape(words["late"])])
    lines = [f"*{words['deadlines']}*"] + [_deadline_line(d, lang, tz) for d in digest.deadlines]
    if not digest.deadlines:
        lines.append(escape(words["no_deadlines"]))
    blocks += section("\n".join(lines))
    for part in digest.developments:
        dev = part.development
        blocks.append({"type": "divider"})
        blocks += section(
            f"*#{dev.id} {escape(dev.title)}* · {words['status']}: {escape(status_word(dev.status, lang))}"
        )
        blocks += _changes_blocks(part, digest)
        for label in Label:
            entries = part.sections.get(label, [])
            if not entries:
                continue
            lines = [f"*{words[label.value]}*"] + [
                _item_line(e, lang, _verdict_of(part, e.item_id, lang, tz)) for e in entries
            ]
            blocks += section("\n".join(lines))
            seen: dict[int, Source] = {}
            for entry in entries:
                seen.setdefault(entry.source.article_id, entry.source)
            blocks += context([_source_line(s, lang, tz) for s in seen.values()])
    if not digest.developments:
        blocks += section(escape(words["nothing_new"]))
    if digest.notes:
        blocks += context([f"{words['notes']}: {escape(note)}" for note in digest.notes])
    return blocks


def _verdict_of(part: DevelopmentSection, item_id: int, language: str, timezone: str) -> str:
    verdict = part.verdict_of(item_id)
    return _verdict_line(verdict, language, timezone) if verdict is not None else ""


def digest_title(digest: Digest) -> str:
    """Name a digest in the channel's language ("Briefing", "Daily digest")."""
    words = phrases(digest.language)
    return words.get(digest.kind, words["daily"] if digest.kind == "digest" else words["brief"])


def digest_messages(digest: Digest) -> list[SlackMessage]:
    """Format a digest as one or more messages, each under Slack's limits, nothing dropped."""
    title = digest_title(digest)
    messages = paginate(title, digest_blocks(digest))
    first = messages[0]
    messages[0] = SlackMessage(first.text, header(title) + first.blocks)
    return messages
