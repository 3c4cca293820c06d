"""Turn structured digests, posts and lists into Discord embeds, split at Discord's limits.

Pure: no network, no clock. Every piece of untrusted text goes through `safety.clean`.
Nothing is ever cut silently: long text continues in the next field, embed or message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import discord

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
from bot.platforms.discord.safety import clean, clean_url, neutralise_mentions
from bot.render.deadline_text import change_word, format_due, short_what, status_word, verdict_phrase
from bot.render.i18n import phrases

# Discord's documented message and embed limits.
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000  # per message: all embeds' titles, descriptions, fields and footers
EMBEDS_MAX = 10
# Our own cap on the sources footer, so title + description + footer always fit in 6,000.
SOURCES_FOOTER_MAX = 1024

COLOURS: dict[str, int] = {
    Label.STATEMENT.value: 0x2E86DE,
    Label.CLAIM.value: 0xF39C12,
    Label.FACT.value: 0x27AE60,
    Label.COMMENTARY.value: 0x95A5A6,
    "deadlines": 0xE74C3C,
    "changes": 0x8E44AD,
    "header": 0x34495E,
    "list": 0x5865F2,
}
CONTINUED = " (cont.)"


@dataclass(slots=True)
class DiscordMessage:
    """One message to send: content and up to ten embeds, within every limit."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)


def ts(when: datetime, style: str = "F") -> str:
    """Return a Discord timestamp that each reader sees in their own time zone."""
    return f"<t:{int(when.timestamp())}:{style}>"


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into chunks of at most `limit` characters, at line or word ends when possible."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit + 1)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
            # Never leave an escaping backslash at the end of a chunk.
            while cut > 1 and rest[cut - 1] == "\\":
                cut -= 1
        chunks.append(rest[:cut])
        rest = rest[cut:].lstrip("\n") if rest[cut : cut + 1] == "\n" else rest[cut:]
    if rest or not chunks:
        chunks.append(rest)
    return chunks


@dataclass(slots=True)
class Block:
    """An embed before splitting: it may be longer than one embed can hold."""

    title: str
    colour: int
    description: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""
    timestamp: datetime | None = None

    def add_field(self, name: str, value: str) -> None:
        """Add a field, continuing a long value in further fields rather than cutting it."""
        if len(name) > FIELD_NAME_MAX:
            value = f"{name}\n{value}"
            name = "…"
        parts = split_text(value, FIELD_VALUE_MAX)
        for index, part in enumerate(parts):
            self.fields.append((name if index == 0 else _fit(name + CONTINUED, FIELD_NAME_MAX), part))


def _fit(text: str, limit: int) -> str:
    """Shorten a decorative repeated label (never content) to a limit."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def embeds_of(block: Block) -> list[discord.Embed]:
    """Split a block into embeds that each respect the title, description, field and size limits."""
    description = block.description
    title = block.title
    if len(title) > TITLE_MAX:  # keep the whole title: it opens the description instead
        description = f"**{title}**\n{description}" if description else f"**{title}**"
        title = _fit(title, TITLE_MAX)
    footer = block.footer
    embeds: list[discord.Embed] = []

    def new(first: bool) -> discord.Embed:
        embed = discord.Embed(
            title=title if first else _fit(title + CONTINUED, TITLE_MAX), colour=block.colour
        )
        if block.timestamp is not None:
            embed.timestamp = block.timestamp
        embeds.append(embed)
        return embed

    room = EMBED_TOTAL_MAX - TITLE_MAX - len(footer)
    for index, chunk in enumerate(split_text(description, min(DESCRIPTION_MAX, room)) if description else []):
        new(index == 0).description = chunk
    current = embeds[-1] if embeds else new(True)
    for name, value in block.fields:
        if len(current.fields) >= FIELDS_MAX or len(current) + len(name) + len(value) + len(footer) > (
            EMBED_TOTAL_MAX
        ):
            current = new(False)
        current.add_field(name=name, value=value, inline=False)
    if footer:
        embeds[-1].set_footer(text=footer)
    return embeds


def pack(embeds: Iterable[discord.Embed], content: str | None = None) -> list[DiscordMessage]:
    """Group embeds into messages of at most ten embeds and 6,000 characters."""
    messages: list[DiscordMessage] = []
    current = DiscordMessage(content=content)
    size = 0
    for embed in embeds:
        length = len(embed)
        if current.embeds and (len(current.embeds) >= EMBEDS_MAX or size + length > EMBED_TOTAL_MAX):
            messages.append(current)
            current = DiscordMessage()
            size = 0
        current.embeds.append(embed)
        size += length
    if current.embeds or current.content:
        messages.append(current)
    return messages


def text_messages(text: str, *, prefix: str = "") -> list[DiscordMessage]:
    """Turn untrusted plain text into messages of at most 2,000 characters, escaped."""
    body = clean(text)
    chunks = split_text(body, CONTENT_MAX - len(prefix))
    return [
        DiscordMessage(content=(prefix + chunk if index == 0 else chunk))
        for index, chunk in enumerate(chunks)
    ]


def deadline_line(line: DigestDeadline, language: str) -> str:
    """One deadline: what, development, due time (absolute and relative), state, condition."""
    t = phrases(language)
    d = line.deadline
    state = (
        f"**{t['expired']}**"
        if line.expired
        else (
            ts(d.due_at, "R")
            if d.status.value == "pending"
            else f"{status_word(d.status.value, language)}, {ts(d.due_at, 'R')}"
        )
    )
    what = short_what(d.what, d.evidence)
    text = f"• **{clean(what)}** ({clean(line.development_title)}): {t['due']} {ts(d.due_at)} · {state}"
    if d.condition:
        text += f"\n  {t['condition']}: {clean(d.condition)}"
    return text


def _source_name(entry: DigestItem) -> str:
    return _name_of(entry.source)


def _name_of(source: Source) -> str:
    return source.source or source.title or f"article {source.article_id}"


def source_link(source: Source) -> str:
    """A source as a masked link (escaped name, checked URL) with its publication date."""
    link_text = clean(_name_of(source)).replace("[", "(").replace("]", ")")
    url = clean_url(source.url)
    text = f"[{link_text}]({url})" if url else link_text
    if source.published is not None:
        text += f" · {ts(source.published, 'd')}"
    return text


def verdict_text(verdict: ClaimVerdict, language: str) -> str:
    """Who confirmed or denied a claim, their words and their source, escaped."""
    mark = "✅" if verdict.confirmed else "❌"
    phrase = clean(verdict_phrase(verdict.confirmed, verdict.by_speaker, language))
    text = f"{mark} {phrase} [#{verdict.by_item_id}]"
    if verdict.by_text:
        text += f": “{clean(verdict.by_text)}”"
    if verdict.by_source is not None:
        text += f"\n— {phrases(language)['source']}: {source_link(verdict.by_source)}"
    return text


def item_field(entry: DigestItem, language: str, verdict: ClaimVerdict | None = None) -> tuple[str, str]:
    """One labelled item as a field: who said it, the quoted text, its source, any verdict on it."""
    t = phrases(language)
    item = entry.item
    who = item.speaker or (t["unattributed"] if item.label is Label.COMMENTARY else "")
    if who and item.role:
        who = f"{who} ({item.role})"
    name = f"#{entry.item_id}" + (f" · {clean(who)}" if who else "")
    quote = clean(item.text)
    if item.condition:
        quote += f"\n{t['condition']}: {clean(item.condition)}"
    value = f"“{quote}”\n— {t['source']}: {source_link(entry.source)}"
    if verdict is not None:
        value += "\n" + verdict_text(verdict, language)
    return name, value


def change_field(change: DeadlineChange, language: str, timezone: str) -> tuple[str, str]:
    """One deadline change as a field: kind and short what; due from → to, evidence, source."""
    t = phrases(language)
    name = f"{change_word(change.kind, language)}: {clean(short_what(change.what, change.what_evidence))}"
    lines = []
    if change.old_due and change.new_due and change.old_due != change.new_due:
        old, new = (format_due(due, language, timezone) for due in (change.old_due, change.new_due))
        lines.append(f"{old} → **{new}**")
    if change.evidence:
        lines.append(f"“{clean(change.evidence.strip())}”")
    elif change.kind == "expired":
        lines.append(t["expired_no_news"])
    if change.source is not None:
        lines.append(f"— {t['source']}: {source_link(change.source)}")
    return name, "\n".join(lines) or ts(change.at)


def changes_block(section: DevelopmentSection, digest: Digest) -> Block:
    """A development's status and what changed: deadline changes, verdicts on older claims."""
    t = phrases(digest.language)
    dev = section.development
    heading = t["changes_since_last"] if digest.since is not None else t["recent_changes"]
    sources = [c.source for c in section.changes] + [v.by_source for v in section.standalone_verdicts]
    # A change with no article (an expiry) was seen by sitrep itself.
    names = [_name_of(s) if s is not None else "sitrep" for s in sources]
    block = Block(
        title=f"{clean(dev.title)} [#{dev.id}] · {heading}",
        colour=COLOURS["changes"],
        description=f"{t['status']}: {clean(status_word(dev.status, digest.language))}",
        footer=_names_footer(names, digest.language),
    )
    for change in section.changes:
        block.add_field(*change_field(change, digest.language, digest.timezone))
    for verdict in section.standalone_verdicts:
        name = f"{t['claim_word']} #{verdict.claim_item_id}"
        block.add_field(name, f"“{clean(verdict.claim_text)}”\n{verdict_text(verdict, digest.language)}")
    return block


def _sources_footer(entries: Sequence[DigestItem], language: str) -> str:
    """List the distinct sources of a section; past the cap, say how many more there are."""
    return _names_footer([_source_name(e) for e in entries], language)


def _names_footer(raw_names: Sequence[str], language: str) -> str:
    """A footer naming distinct sources up to the cap, then how many more."""
    # Footers are not markdown, so they need no escaping, but never a mention.
    names = list(dict.fromkeys(neutralise_mentions(name) for name in raw_names))
    label = phrases(language)["source"]
    shown: list[str] = []
    for index, name in enumerate(names):
        more = len(names) - index
        candidate = f"{label}: " + " · ".join([*shown, name])
        if len(candidate) + len(f" · +{more} more") > SOURCES_FOOTER_MAX:
            return f"{label}: " + " · ".join(shown) + f" · +{more} more"
        shown.append(name)
    return f"{label}: " + " · ".join(shown) if shown else ""


def section_blocks(section: DevelopmentSection, language: str, digest: Digest | None = None) -> list[Block]:
    """A development's changes (if any), then one block per non-empty label, coloured by label."""
    t = phrases(language)
    dev = section.development
    blocks = [changes_block(section, digest)] if digest is not None and section.has_changes else []
    for label in Label:
        entries = section.sections.get(label) or []
        if not entries:
            continue
        block = Block(
            title=f"{clean(dev.title)} [#{dev.id}] · {t[label.value]}",
            colour=COLOURS[label.value],
            footer=_sources_footer(entries, language),
        )
        if not blocks:
            block.description = f"{t['status']}: {clean(status_word(dev.status, language))}"
        for entry in entries:
            block.add_field(*item_field(entry, language, section.verdict_of(entry.item_id)))
        blocks.append(block)
    return blocks


def digest_blocks(digest: Digest) -> list[Block]:
    """Arrange a digest: header, deadlines first, then each development's labelled sections, notes."""
    t = phrases(digest.language)
    head = [ts(digest.generated_at)]
    if digest.since is not None:
        head.append(f"{t['since']} {ts(digest.since)}")
    if digest.late:
        head.insert(0, f"**{t['late']}**")
    if not digest.developments:
        head.append(t["nothing_new"])
    blocks = [
        Block(
            title=t["daily"] if digest.kind == "daily" else t["brief"],
            colour=COLOURS["header"],
            description="\n".join(head),
            timestamp=digest.generated_at,
        )
    ]
    lines = [deadline_line(line, digest.language) for line in digest.deadlines]
    blocks.append(
        Block(
            title=t["deadlines"],
            colour=COLOURS["deadlines"],
            description="\n".join(lines) or t["no_deadlines"],
        )
    )
    for section in digest.developments:
        blocks.extend(section_blocks(section, digest.language, digest))
    if digest.notes:
        notes = "\n".join(f"• {clean(note)}" for note in digest.notes)
        blocks.append(Block(title=t["notes"], colour=COLOURS["header"], description=notes))
    return blocks


def digest_messages(digest: Digest, *, content: str | None = None) -> list[DiscordMessage]:
    """Turn a digest into as many messages as Discord's limits require."""
    return pack((embed for block in digest_blocks(digest) for embed in embeds_of(block)), content)


def list_pages(title: str, lines: Sequence[str], *, per_page: int = 10) -> list[discord.Embed]:
    """Cut a list of (already escaped) lines into pages for the pagination buttons."""
    pages: list[discord.Embed] = []
    chunk: list[str] = []

    def flush() -> None:
        pages.append(discord.Embed(title=title, colour=COLOURS["list"], description="\n".join(chunk)))
        chunk.clear()

    for line in lines:
        for piece in split_text(line, DESCRIPTION_MAX):
            if chunk and (len(chunk) >= per_page or len("\n".join([*chunk, piece])) > DESCRIPTION_MAX):
                flush()
            chunk.append(piece)
    if chunk or not pages:
        flush()
    if len(pages) > 1:
        for number, page in enumerate(pages, start=1):
            page.set_footer(text=f"{number}/{len(pages)}")
    return pages
