"""jusText's paragraphs of a page, read in one walk of the tree.

When trafilatura's own reading of a page looks short or holds elements an article has not, it asks
jusText for a reading of its own. jusText first cuts the page into paragraphs, and does it by
turning the tree into SAX events (a Python call for every element, its attributes and its
namespaces) and by writing each paragraph's place in the tree as two strings at every paragraph
boundary, most of which hold no text; its classifier then works each paragraph's text out again,
white space and all, five times or more. On the WCXB pages that asks for it on 286 of 1,313 pages,
at 9.7 ms a call for the cutting and 6.3 ms for the classifier. Here the same paragraphs come from
one pass of lxml's own walk, each text worked out once; jusText's classifier and its revision then
judge them as they judge their own, so its reading is the same, word for word and paragraph for
paragraph (1.9 ms and 3.4 ms a call).

Like the comparison (comparison.py), this stands in for jusText inside Reader's call alone, and
only for the jusText, trafilatura and lxml code it was written against: their steps are
fingerprinted, and with any other code jusText runs as it is.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from lxml.etree import _Element

# The jusText, trafilatura and lxml steps this module stands in for, as jusText 3.0.2, trafilatura
# 2.3.1 and lxml 6.2.0 write them.
_FINGERPRINT = "b88d47716d965876"
_DEEPEST = 200  # deeper trees are left to jusText's own walk (it recurses: some thousand levels fail it)
_WHITESPACE = re.compile(r"\s+")
_HEADING = re.compile(r"\bh\d\b")


class Paragraph:
    """One of jusText's paragraphs, with what its classifier reads of it: its text (white space
    runs as one space, or one line break where they held one), its place in the tree as tag names
    (`dom_path`), and how much of its text is in links."""

    __slots__ = ("dom_path", "text", "words", "chars_count_in_links", "tags_count", "cf_class", "class_type", "heading")

    def __init__(self, dom_path: str, text: str, chars_count_in_links: int, tags_count: int) -> None:
        self.dom_path = dom_path
        self.text = text
        self.words = text.split()
        self.chars_count_in_links = chars_count_in_links
        self.tags_count = tags_count
        self.cf_class = ""
        self.class_type = ""
        self.heading = False

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_heading(self) -> bool:
        return _HEADING.search(self.dom_path) is not None

    @property
    def is_boilerplate(self) -> bool:
        return self.class_type != "good"

    @property
    def words_count(self) -> int:
        return len(self.words)

    def stopwords_count(self, stopwords: frozenset[str]) -> int:
        return sum(word.lower() in stopwords for word in self.words)

    def stopwords_density(self, stopwords: frozenset[str]) -> float:
        return self.stopwords_count(stopwords) / len(self.words) if self.words else 0

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0


def _spaced(match: re.Match[str]) -> str:
    run = match.group()
    return "\n" if "\n" in run or "\r" in run else " "


def _normal(text: str) -> str:
    """`text` with each run of white space as one line break where it holds one, else as one
    space, as jusText writes it. Most texts hold no line break: for them str.split's C loop does
    it, with no Python call for each of the spaces between words."""
    if "\n" in text or "\r" in text:
        return _WHITESPACE.sub(_spaced, text)
    words = " ".join(text.split())
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + words + (" " if text[-1].isspace() else "")


def make_paragraphs(root: _Element, paragraph_tags: frozenset[str]) -> list[Paragraph] | None:
    """`root`'s paragraphs as jusText cuts them: a new one at the start and the end of each
    element named in `paragraph_tags` and at a line break following one with no text between
    (the pair then counts as no tag), each holding the text met since, links counted; those
    without text left out. None where jusText's own walk must answer: a tree deeper than
    `_DEEPEST`, or a node that is neither an element, a comment nor a processing instruction
    (lxml's walk reports an entity as the start of an element whose tag is no name)."""
    from lxml import etree

    if isinstance(root, etree._ElementTree):
        root = root.getroot()  # as SAX's producer takes a whole document
    paragraphs: list[Paragraph] = []
    doms = [""]  # the tag names from the root down to the element the walk is in, joined by dots
    dom = ""  # the current paragraph's place
    texts: list[str] = []
    in_links = tags = 0
    link = after_break = False

    def close() -> None:
        nonlocal texts, in_links, tags, dom
        if texts:
            text = _normal("".join(texts).strip())
            if text:
                paragraphs.append(Paragraph(dom, text, in_links, tags))
        texts, in_links, tags, dom = [], 0, 0, doms[-1]

    def characters(content: str | None) -> None:
        nonlocal in_links, after_break
        if not content or content.isspace():
            return
        text = _normal(content)
        texts.append(text)
        if link:
            in_links += len(text)
        after_break = False

    def siblings(step: Callable[[_Element], _Element | None]) -> list[_Element]:
        found: list[_Element] = []
        sibling = step(root)
        while isinstance(sibling, etree._ProcessingInstruction):
            found.append(sibling)
            sibling = step(sibling)
        return found

    for before in reversed(siblings(lambda node: node.getprevious())):
        characters(before.tail)
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or not tag or len(doms) > _DEEPEST:
                return None
            name = _local(tag)
            doms.append(f"{doms[-1]}.{name}" if len(doms) > 1 else name)
            if name in paragraph_tags or (name == "br" and after_break):
                if name == "br":
                    tags -= 1
                close()
            else:
                after_break = name == "br"
                if after_break:
                    texts.append(" ")
                elif name == "a":
                    link = True
                tags += 1
            characters(node.text)
        elif event == "end":
            name = _local(cast("str", tag))  # an element's: its start was read
            doms.pop()
            if name in paragraph_tags:
                close()
            if name == "a":
                link = False
            characters(node.tail)
        else:  # a comment or a processing instruction: only its tail is the page's text
            characters(node.tail)
    for after in siblings(lambda node: node.getnext()):
        characters(after.tail)
    close()
    return paragraphs


def _local(tag: str) -> str:
    """A tag's name without its namespace, as SAX's producer names it: "{uri}name" is "name";
    any other tag is its whole name, "}" and all (HTML's parser keeps "<x}p>" as "x}p")."""
    return tag.split("}", 1)[1] if tag[0] == "{" and "}" in tag else tag


def fingerprint() -> str:
    """The fingerprint of the jusText, trafilatura and lxml steps stood in for: their source
    (lxml's SAX producer: its module's Python source, shipped beside the compiled one), the
    patterns jusText collapses white space and finds headings with, and the tags it starts
    paragraphs at, hashed."""
    from pathlib import Path

    from justext import core, paragraph, utils
    from lxml import sax
    from trafilatura import external

    steps = (
        core.ParagraphMaker,
        core.PathInfo,
        paragraph.Paragraph,
        utils.normalize_whitespace,
        utils._replace_whitespace,
        utils.is_blank,
        core.classify_paragraphs,
        core.revise_paragraph_classification,
        external.try_justext,
    )
    source = "".join(inspect.getsource(step) for step in steps) + " ".join(sorted(core.PARAGRAPH_TAGS))
    source += paragraph.HEADINGS_PATTERN.pattern + utils.MULTIPLE_WHITESPACE_PATTERN.pattern
    source += Path(sax.__file__ or "").with_name("sax.py").read_text(encoding="utf-8")
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def install(active: Callable[[], bool]) -> bool:
    """Reader's paragraphs in place of jusText's for trafilatura's calls made while `active()`,
    jusText's own for every other; whether they are in place (not with other code than the one
    fingerprinted)."""
    try:
        from justext import core
        from trafilatura import external

        if fingerprint() != _FINGERPRINT:
            return False
    except Exception:  # noqa: BLE001 - another jusText, trafilatura or lxml, or one without its source: left as it is
        return False
    own = core.ParagraphMaker
    tags = frozenset(core.PARAGRAPH_TAGS)

    class ParagraphMaker:
        @staticmethod
        def make_paragraphs(root: _Element) -> list[Paragraph] | list[object]:
            if active() and (paragraphs := make_paragraphs(root, tags)) is not None:
                return paragraphs
            return own.make_paragraphs(root)  # type: ignore[no-any-return]

    external.ParagraphMaker = ParagraphMaker  # type: ignore[attr-defined]
    return True
