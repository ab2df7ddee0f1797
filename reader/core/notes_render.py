"""Notes are Markdown; shown rendered with no raw HTML and no images (nothing is ever fetched)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "reader://")


class _Safe(Treeprocessor):
    """Images become their alt text; links keep only web, mail and reader:// addresses."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "img":
                    index = list(parent).index(child)
                    parent.remove(child)
                    span = ET.Element("span")
                    span.text = f"[image: {child.get('alt', '')}]" if child.get("alt") else "[image]"
                    span.tail = child.tail
                    parent.insert(index, span)
                elif child.tag == "a" and not (child.get("href") or "").lower().startswith(_ALLOWED_SCHEMES):
                    child.attrib.pop("href", None)


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - the library's name
        md.treeprocessors.register(_Safe(md), "reader-safe", 0)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render_note(source: str) -> str:
    """A note's Markdown as HTML: raw HTML is shown as text, images are not loaded."""
    md = markdown.Markdown(extensions=[_SafeExtension(), "sane_lists"], output_format="html")
    return md.convert(source.replace("\x00", ""))
