"""trafilatura's reading of a saved page, as Reader's blocks.

Reader parses the page once (page.py) and hands trafilatura that tree: copied first, or cleaned in
place when nothing else needs it any more. trafilatura's article comes back as XML (paragraphs,
heads, lists, quotes, tables) and is read into `Block`s (xml_blocks.py). What its reading of
plain <div>s leaves out between the paragraphs it keeps, section headings and lists, is put back
from the page's own blocks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from copy import copy
from typing import TYPE_CHECKING, Literal, cast

from reader.core.cleaning.comparison import reading_in_place
from reader.core.cleaning.xml_blocks import preformatted, read_xml, set_text
from reader.core.models import Block, BlockKind

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

log = logging.getLogger(__name__)


# Elements a browser shows as blocks of their own (a paragraph, a heading and a list item
# trafilatura keeps apart already).
_BLOCK_TAGS = ("div", "section", "article", "header", "footer", "aside", "td", "th", "dt", "dd", "figcaption")


def space_blocks(tree: HtmlElement) -> None:
    """A word's space where the page shows two parts apart and the markup sets none between them,
    so that a shop's tile read as one run of text keeps its words apart instead of gluing them:
    - at the start of each block's text and before any text right after it ("Heritage Bike
      Helmet</div><div>$99.95</div>" is not "Helmet$99.95");
    - between two spans or links in a row where a word in small letters meets a capitalised one
      ("<span>Big Agnes</span><span>Anthracite 20</span>": a brand and a product's name that the
      style sheet sets on lines of their own). Markup inside a word ("<span>T</span>he",
      "<b>flood</b><span>wall</span>") meets no capital.
    No text is added where there was none: trafilatura reads an element holding only blocks as
    blocks, and one holding text too as a paragraph."""
    for element in tree.iter(*_BLOCK_TAGS):
        tail = element.tail
        if tail and not tail[0].isspace():
            element.tail = " " + tail
        text = element.text
        if text and not text[0].isspace():
            element.text = " " + text
    for element in tree.iter("span", "a"):
        text = element.text
        if text and text[0].isupper() and (before := element.getprevious()) is not None:
            if before.tail is None and not len(before) and (words := before.text) and words[-1].islower():
                element.text = " " + text


def extract(
    tree: HtmlElement, url: str, comments: bool, *, consume: bool = False
) -> tuple[list[Block], dict[Block, tuple[Block, ...]]]:
    """trafilatura's article as blocks, one for each of its elements, and the parts those holding a
    line break or a block show as (xml_blocks.read_xml); with the comments it finds after it when
    asked (a discussion's replies). On a thread of DiscussionForumPosting trafilatura puts the posts
    in the body itself when comments are asked for. `consume`: the caller has no further use for
    the tree, so trafilatura may clean it in place instead of copying it first. A block that is
    the text of one of the page's <pre>s shows as that <pre> (xml_blocks.preformatted)."""
    shown = {" ".join(text.split()): text for pre in tree.iter("pre") if (text := set_text(pre)).strip()}
    document = _trafilatura(tree, url, comments, consume=consume)
    if document is None or document.body is None:
        return [], {}
    blocks, parts = read_xml(document.body)
    if comments and document.commentsbody is not None:
        seen = {b.text for b in blocks}
        replies, reply_parts = read_xml(document.commentsbody)
        blocks += [b for b in replies if b.text not in seen]
        parts = reply_parts | parts
    return blocks, parts | preformatted(blocks, parts, shown) if shown else parts


# trafilatura's options for Reader, in both calls below: the body as a tree only ("xml"; "python",
# the default, adds it as text too), no metadata (htmlmeta reads it), tables kept, no images, links
# or formatting (the blocks are read as text; on the WCXB corpus formatting changed 66 of 699 tune
# pages by a little, F1 0.799 with it and 0.800 without, and cost a millisecond a page).


def _trafilatura(tree: HtmlElement, url: str, comments: bool = False, *, consume: bool = False) -> Document | None:
    import trafilatura  # loaded on first use: it takes a while to import

    if (in_place := _trafilatura_in_place(tree, url, comments, copy_first=not consume)) is not False:
        return in_place
    try:  # another trafilatura: its own call, which copies the tree, so the page keeps its own
        document = trafilatura.bare_extraction(
            tree,
            url=url or None,
            include_comments=comments,
            output_format="xml",
            include_tables=True,
            include_images=False,
            include_formatting=False,
            with_metadata=False,
        )
        return cast("Document | None", document)  # a dict only with as_dict, which is not asked for
    except Exception:  # noqa: BLE001 - a third-party parser failing on hostile input is not our crash
        log.exception("trafilatura failed; using the fallback extractor")
        return None


def _trafilatura_in_place(
    tree: HtmlElement, url: str, comments: bool, *, copy_first: bool = False
) -> Document | None | Literal[False]:
    """bare_extraction's steps for a tree it may change: its extraction sequence on the tree itself,
    not on a copy (the copy is a millisecond of a page's time), or on a copy when the caller needs
    the tree again (`copy_first`: still a millisecond quicker than bare_extraction's own call, on
    the WCXB pages). False when this trafilatura's internals are not the ones expected: the caller
    then asks bare_extraction."""
    try:
        from trafilatura.core import trafilatura_sequence
        from trafilatura.settings import Document, Extractor

        options = Extractor(
            output_format="xml",
            comments=comments,
            formatting=False,
            images=False,
            tables=True,
            url=url or None,
            with_metadata=False,
        )
    except (ImportError, TypeError):
        return False
    if copy_first:
        tree = copy(tree)
    try:
        with reading_in_place():  # its comparison with readability left out where it cannot change the result
            body, text, comments_body, comments_text = trafilatura_sequence(tree, options, url or None)
    except (TypeError, ValueError):  # bare_extraction's own "discarding data"
        return None
    except Exception:  # noqa: BLE001 - a third-party parser failing on hostile input is not our crash
        log.exception("trafilatura failed; using the fallback extractor")
        return None
    if len(text) < options.min_output_size and len(comments_text) < options.min_output_comm_size:
        return None  # too short to be anything: as bare_extraction says it
    document = Document()
    document.body, document.commentsbody, document.raw_text = body, comments_body, text
    return document


def with_headings(
    blocks: list[Block], shown: list[Block], headlines: list[str], text: Callable[[str], bool]
) -> list[Block]:
    """trafilatura's blocks with the headings it dropped put back: a heading the page shows right
    above a paragraph trafilatura kept is that paragraph's (its reading sometimes keeps an
    article's paragraphs and none of the <h2>s and <h3>s between them). `shown`: the page's
    blocks outside its furniture, in order (page.py's walk); `headlines`: the page's <h1>s and
    titles, not put back; `text`: whether a heading is text, not furniture ("Related posts")."""
    pairs = [
        (heading, under)
        for heading, under in zip(shown, shown[1:])
        if heading.kind is BlockKind.HEADING
        and under.kind is not BlockKind.HEADING
        and len(heading.text) <= _HEADING_CHARS
    ]
    if not pairs:
        return blocks
    starts = _Starts(blocks)
    have: set[str] | None = None  # the headings kept already, read once a heading is a candidate
    above: dict[int, list[Block]] = {}
    for heading, under in pairs:
        if (at := starts.find(under.text)) is None or not (key := _key(heading.text)):
            continue
        if have is None:
            have = {_key(b.text) for b in blocks if len(b.text) <= _HEADING_CHARS} | {_key(h) for h in headlines}
        if key not in have and text(heading.text):
            above.setdefault(at, []).append(Block(BlockKind.HEADING, heading.text))
            have.add(key)
    if not above:
        return blocks
    return [b for i, block in enumerate(blocks) for b in (*above.get(i, ()), block)]


def with_lists(blocks: list[Block], shown: list[Block], text: Callable[[str], bool]) -> list[Block]:
    """trafilatura's blocks with the lists it dropped put back: a list the page shows between two
    paragraphs that trafilatura's reading has one after the other, with the heading over it if
    any (its reading of plain <div>s keeps no list at all)."""
    if len(blocks) < 2 or all(b.kind is not BlockKind.LIST_ITEM for b in shown):
        return blocks
    starts = _Starts(blocks)
    where: dict[int, int] = {}  # a kept block's index: its place among the shown blocks
    for j, block in enumerate(shown):
        if (kept := starts.find(block.text)) is not None and kept not in where:
            where[kept] = j
    have: set[str] | None = None  # the kept blocks' words, read once a list is a candidate
    after: dict[int, list[Block]] = {}
    for i in range(len(blocks) - 1):
        start, end = where.get(i), where.get(i + 1)
        if start is None or end is None or end - start < 2:
            continue
        between = shown[start + 1 : end]
        items = [b.text for b in between if b.kind is BlockKind.LIST_ITEM]
        if not 2 * sum(map(_said, items)) >= len(items) > 0 or any(b.kind not in _PUT_BACK for b in between):
            continue
        if have is None:
            have = {_key(b.text) for b in blocks}
        if all(_key(b.text) not in have and text(b.text) for b in between):
            after[i] = [Block(b.kind, b.text) for b in between]
    if not after:
        return blocks
    return [b for i, block in enumerate(blocks) for b in (block, *after.get(i, ()))]


def _said(item: str) -> bool:
    """Whether a list's item says something (ends as a sentence does, or runs to ten words), not a
    link's title (a table of contents, "7 Tips for Smarter Credit Card Management")."""
    return item.rstrip()[-1:] in _SENTENCE_ENDS or item.count(" ") >= _SAID_WORDS - 1


_SENTENCE_ENDS = frozenset(".!?:;…。！？")
_SAID_WORDS = 10
_PUT_BACK = (BlockKind.LIST_ITEM, BlockKind.HEADING)  # a list, and a heading over it
_HEADING_CHARS = 300
_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    """A text's words, lower-cased: the same heading with or without its anchor mark ("#", "¶")."""
    return " ".join(_WORDS.findall(text.lower()))


class _Starts:
    """Where blocks stand by their first eight words (_start_key), the first of several that start
    alike. Indexed by the first word alone: a block's whole key is read only when that matches."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._by_first: dict[str, list[int]] = {}
        for i, block in enumerate(blocks):
            self._by_first.setdefault(_first_word(block.text), []).append(i)
        self._keys: dict[int, str] = {}

    def find(self, text: str) -> int | None:
        """The first block that starts as `text` does, or None."""
        if not (candidates := self._by_first.get(_first_word(text))):
            return None
        key = _start_key(text)
        for i in candidates:
            if i not in self._keys:
                self._keys[i] = _start_key(self._blocks[i].text)
            if self._keys[i] == key:
                return i
        return None


def _first_word(text: str) -> str:
    """The first word of `_start_key`, found without reading the rest."""
    found = _WORDS.search(text[:200].lower())
    return found.group() if found else ""


def _start_key(text: str) -> str:
    """A paragraph's first eight words, as trafilatura's block and the page's line both begin. Read
    from its first 80 characters when a ninth word starts there (the eighth is whole), else from 200."""
    words = _WORDS.findall(text[:80].lower())
    if len(words) <= _START_WORDS and len(text) > 80:
        words = _WORDS.findall(text[:200].lower())
    return " ".join(words[:_START_WORDS])


_START_WORDS = 8
