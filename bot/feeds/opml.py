"""OPML import and export of feed subscriptions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from lxml import etree

from bot.errors import InputError

MAX_OPML_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class Outline:
    """One feed of an OPML file."""

    url: str
    title: str | None = None
    site_url: str | None = None


def read_opml(data: bytes) -> list[Outline]:
    """Return the feeds an OPML document lists (nested folders included)."""
    if len(data) > MAX_OPML_BYTES:
        raise InputError(f"the OPML file is too large (limit {MAX_OPML_BYTES:,} bytes)")
    # No entities, no network, no huge trees: the file comes from a user.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a readable OPML file: {exc}") from None
    if root.tag != "opml":
        raise InputError("not an OPML file (its root element is not <opml>)")
    found: list[Outline] = []
    seen: set[str] = set()
    for node in root.iter("outline"):
        url = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = node.get("title") or node.get("text") or None
        found.append(Outline(url, title, node.get("htmlUrl") or None))
    return found


def write_opml(outlines: Sequence[Outline], title: str = "sitrep subscriptions") -> str:
    """Return an OPML 2.0 document listing the feeds."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for outline in outlines:
        attrs = {"type": "rss", "text": outline.title or outline.url, "xmlUrl": outline.url}
        if outline.title:
            attrs["title"] = outline.title
        if outline.site_url:
            attrs["htmlUrl"] = outline.site_url
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
