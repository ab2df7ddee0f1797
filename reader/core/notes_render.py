"""Notes are Markdown; shown rendered with no raw HTML and no images (nothing is ever fetched).

Fenced code (``` or ~~~) is a code block, as in CommonMark: the window, the HTML and the EPUB
exports show it so (its text escaped like any other)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "reader://")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")


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


def close_fences(text: str) -> str:
    """The text with a closing line added for a code fence it opens and does not close.

    Only fences at the text's own top level are followed (one inside a quote or a list of the note
    ends with it anyway, as does everything inside a container)."""
    open_fence: tuple[str, int] | None = None
    for line in text.split("\n"):
        match = _FENCE.fullmatch(line)
        if not match:
            continue
        marks, rest = match.groups()
        if open_fence is None:
            if not (marks[0] == "`" and "`" in rest):  # a backtick fence's info string has no backtick
                open_fence = (marks[0], len(marks))
        elif marks[0] == open_fence[0] and len(marks) >= open_fence[1] and not rest.strip():
            open_fence = None
    if open_fence is not None:
        text += "\n" + open_fence[0] * open_fence[1]
    return text


def render_note(source: str) -> str:
    """A note's Markdown as HTML: raw HTML is shown as text, images are not loaded."""
    md = markdown.Markdown(extensions=[_SafeExtension(), "sane_lists", "fenced_code"], output_format="html")
    # a fence left open runs to the note's end, as CommonMark reads it (Python-Markdown would show it as text)
    return md.convert(close_fences(source.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")))
