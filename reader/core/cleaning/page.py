"""A saved page parsed once, walked once: everything the HTML cleaner needs besides trafilatura's body.

Parsing is the dear part of cleaning a page: the standard library's parser, run once for the
fallback article and again for the byline lines, took longer than trafilatura's whole extraction.
Here lxml parses the page a single time (the same tree goes to trafilatura, which copies it, and
to the metadata readers) and one walk over the tree collects at the same time:

- the `<head>` metadata the fallback article uses (meta tags, `<title>`, canonical URL, language);
- every line a reader would see (`lines`: bylines and credits can stand in a header), and those of
  them outside the page's furniture (`body`: not in navigation, header, footer, asides, forms or
  figures), which tell what the cleaner left out; and the lines wholly inside a `<nav>` (`menus`),
  so that a reading of the page's lines can tell its menus from a listing's rows;
- the figure captions, and on request the elements the metadata reader would otherwise search
  the whole tree for (htmlmeta: author and category candidates).

Lines are cut as `reader.core.importers.html_doc` cuts blocks: the same block tags, `<br>` breaking
a paragraph, the same tags skipped; furniture inside a line (a byline's name in a button) stays in
`lines` as page_lines has it and is left out of `body` as import_html leaves it. On the WCXB pages
the two lists equal those functions' on all but a few pages in a hundred. lxml gives up on absurdly
deep nesting where the standard library's parser does not: the cleaner still uses that parser
when trafilatura finds nothing.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from reader.core.cleaning.titles import without_anchor
from reader.core.importers.html_doc import BLOCK_KINDS, META_KEYS, SKIPPED_TAGS
from reader.core.importers.text_doc import collapse
from reader.core.models import Block, BlockKind

if TYPE_CHECKING:  # lxml is loaded on first use, with trafilatura
    from lxml.html import HtmlElement, HTMLParser

log = logging.getLogger(__name__)

# What each tag is to the walk. Scripts, styles and drawings are never text a reader sees and are
# not entered (_OPAQUE). <noscript> and <template> are entered for metadata only (_HIDDEN): a
# forum can put its posts there for crawlers, authors and all (as_drawn_without_scripts). The rest
# of html_doc's skipped tags is the page's furniture; block tags cut lines; a few tags say
# something about the page.
_OPAQUE, _HIDDEN, _FURNITURE, _BLOCK, _SPECIAL = 1, 2, 3, 4, 5
_ROLES: dict[object, int] = {
    **{tag: _BLOCK for tag in BLOCK_KINDS},
    **{tag: _FURNITURE for tag in SKIPPED_TAGS},
    **{tag: _SPECIAL for tag in ("meta", "link", "html", "title", "br")},
    **{tag: _HIDDEN for tag in ("noscript", "template")},
    **{tag: _OPAQUE for tag in ("script", "style", "svg", "iframe", "object", "math")},
}
# What the attributes of an element trafilatura could take for the author's have (htmlmeta._AUTHOR_RULES).
_MARKERS = re.compile(
    r"uthor|yline|zuozhe|bianji|xiaobian|username|byl|BBL|channel-name|submitted-by|posted-by|"
    r"journalist-name|screenname|writer"
)


@dataclass
class Page:
    """What one walk over the parsed page found (see the module's docstring)."""

    tree: HtmlElement  # the page's root
    meta: dict[str, str] = field(default_factory=dict)  # html_doc.META_KEYS' fields, first value wins
    title: str = ""  # <title>
    lang: str = ""  # <html lang>, two letters
    lines: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # each <figcaption>'s text, once
    # For htmlmeta, which would otherwise search the whole tree again: the elements whose attributes
    # say "author" or "byline" (and the like), and the links into a category, in document order.
    marked: list[HtmlElement] = field(default_factory=list)
    category_links: list[HtmlElement] = field(default_factory=list)
    noscript: list[HtmlElement] = field(default_factory=list)  # what a browser shows without scripts
    menus: list[str] = field(default_factory=list)  # the lines wholly inside a <nav>: the page's menus


def parse(html: str) -> HtmlElement | None:
    """The page parsed by lxml as trafilatura parses it (its load_html, step by step), with a
    parser of Reader's own, and what follows a closing </html> in its body, as a browser shows it;
    None when lxml cannot read it."""
    from lxml.html import fromstring
    from trafilatura.utils import decode_file, is_dubious_html  # loaded on first use

    parser = _parser()
    try:
        text = decode_file(html)
        beginning = text[:50].lower()
        dubious = is_dubious_html(beginning)
        text = _repaired(text, beginning)
        tree = None
        try:
            tree = fromstring(text, parser=parser)
        except ValueError:  # "Unicode strings with encoding declaration are not supported"
            pass
        if tree is None or len(tree) < 1:
            tree = fromstring(text.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # noqa: BLE001 - a parser failing on hostile input is not our crash
        log.exception("lxml could not parse the page")
        return None
    if tree is not None and dubious and len(tree) < 2:
        return None  # not (well-formed) HTML at all
    if tree is not None and tree.getnext() is not None:
        _into_body(tree)
    return tree


# The characters XML does not allow, which libxml2 stops at: C0 controls but tab and line ends, U+FFFE, U+FFFF.
_NOT_XML = (*map(chr, (*range(9), 11, 12, *range(14, 32))), "\ufffe", "\uffff")


def _repaired(text: str, beginning: str) -> str:
    """The page as trafilatura's repair_faulty_html leaves it (its own patterns): without the
    characters XML does not allow, a "<!DOCTYPE .../...>" on the first line and a self-closed
    "<html .../>" in the first four. Those characters are looked for one at a time before any is
    taken out: almost no page has one, and a search for each is a third of the time the pattern
    takes to go through the page (a WCXB page is 240 kB of markup on average)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if any(char in text for char in _NOT_XML):
        text = INVALID_XML_CHARS.sub("", text)
    if "doctype" in beginning:
        first, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    if any("<html" in line and line.endswith("/>") for line in text[:4096].splitlines()[:4]):
        text = FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


def _into_body(tree: HtmlElement) -> None:
    """What the page holds after a closing </html> (a theme's header template that ends the page
    before the article starts), moved to the end of its body, where a browser shows it. lxml
    keeps it apart, as a second root after the page's own, which nothing reads: the article was
    lost with it."""
    from lxml.html import Element

    body = tree.find("body")
    if body is None:
        body = Element("body")
        tree.append(body)
    extra = tree.getnext()
    while extra is not None:
        after = extra.getnext()
        if isinstance(extra.tag, str):
            for child in list(extra) if extra.tag == "html" else [extra]:
                if child.tag == "body":
                    body.extend(list(child))  # a second <body>'s elements, in the page's own
                elif child.tag != "head":  # a second <head>'s metadata is not the page's text
                    body.append(child)
        extra = after


@functools.cache
def _parser() -> HTMLParser:
    """trafilatura's parser settings, with every element an HtmlElement found in C: lxml.html's
    own class lookup calls Python for each element touched (it picks classes for forms and inputs,
    which nothing here uses), a tenth of a page's cleaning. The parser is Reader's own, so
    trafilatura run on its own keeps its parser as it is."""
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


def walk(tree: HtmlElement, *, authors: bool = True, categories: bool = True) -> Page:
    """What one walk over the parsed page finds; the author's and the category's candidate
    elements only when asked for (the page's meta tags may have told them already)."""
    page = Page(tree)
    _walk(page, authors, categories)
    return page


def as_drawn_without_scripts(page: Page, *, authors: bool = True, categories: bool = True) -> Page:
    """The page as a browser shows it when its scripts do not run, as in Reader. A page whose
    scripts draw it (a Discourse forum's thread) shows almost nothing outside its <noscript>
    elements, which hold the page for crawlers and readers without scripts (the posts, authors and
    all): there the walk reads them as plain blocks. The tree is left as saved (trafilatura reads
    <noscript> as it sees fit); a page that shows its text anyway keeps them hidden."""
    if not page.noscript:
        return page
    most = max(_words(element) for element in page.noscript)
    if most < _NOSCRIPT_WORDS or sum(line.count(" ") + 1 for line in page.lines) * _DRAWN > most:
        return page
    hidden = page.noscript
    for element in hidden:
        element.tag = "div"
    shown = walk(page.tree, authors=authors, categories=categories)
    for element in hidden:
        element.tag = "noscript"
    return shown


_NOSCRIPT_WORDS = 50  # in one <noscript>: more than a notice that scripts are off
_DRAWN = 5  # the <noscript> holds five times the words the page shows besides


def _words(element: HtmlElement) -> int:
    return sum(text.count(" ") for text in element.itertext()) + 1


def load_page(html: str) -> Page | None:
    """parse and walk: None when lxml cannot read the page."""
    tree = parse(html)
    return walk(tree) if tree is not None else None


def _walk(page: Page, authors: bool, categories: bool) -> None:
    """The walk: text pieces gather in `pending` until a block tag starts or ends, then become
    lines. Furniture does not cut a line (a byline's name can be a button): the stretches of
    `pending` inside furniture are noted in `cuts` and left out of the body's copy of the line.
    Written for speed: it visits every element of every page."""
    from lxml import etree

    pending: list[str] = []
    kinds: list[BlockKind] = []
    lines, body = page.lines, page.body
    cuts: list[int] = []  # pairs of positions in pending: furniture starts, furniture ends
    # how deep in furniture and in <nav>; whether the line so far started in a <nav> (then it is a
    # menu's if nothing but white space follows the <nav>'s end), and where in pending the last
    # <nav> ended (-1: not in this line). A line a <br> parts from text before or after a <nav> is
    # not told apart: its pieces are no menu's, which leaves a menu line in, never a text line out.
    state = {"furniture": 0, "nav": 0, "in_nav": False, "nav_end": -1}
    menus = page.menus

    def flush() -> None:
        raw = "".join(pending)
        menu = state["in_nav"] and (state["nav"] or not "".join(pending[state["nav_end"] :]).strip())
        state["in_nav"], state["nav_end"] = bool(state["nav"]), -1
        outside = raw
        if cuts:
            if len(cuts) == 1 and not cuts[0]:
                outside = ""  # all of it inside furniture (a page's header, its navigation)
            else:
                ends = cuts + [len(pending)] if state["furniture"] else cuts
                outside = "".join(
                    [
                        piece
                        for start, end in zip([0] + ends[1::2], ends[0::2] + [len(pending)])
                        for piece in pending[start:end]
                    ]
                )
                cuts.clear()
                if state["furniture"]:
                    cuts.append(0)  # the furniture goes on into the next line
        pending.clear()
        if raw.isspace():
            return  # the white space between tags: most of what a page's markup holds
        kind = kinds[-1] if kinds else BlockKind.PARAGRAPH
        if BlockKind.QUOTE in kinds:
            kind = BlockKind.QUOTE
        paragraph = kind is BlockKind.PARAGRAPH
        for piece in raw.split("\n") if paragraph else (raw,):
            if text := without_anchor(" ".join(piece.split())):  # str.split's white space is collapse's
                lines.append(text)
                if menu:
                    menus.append(text)
                if outside is raw:
                    body.append(Block(kind, text))
        if outside and outside is not raw:
            for piece in outside.split("\n") if paragraph else (outside,):
                if text := without_anchor(" ".join(piece.split())):
                    body.append(Block(kind, text))

    add = pending.append
    # Comments and processing instructions (load_html drops them) are not entered either.
    roles = {**_ROLES, etree.Comment: _OPAQUE, etree.ProcessingInstruction: _OPAQUE, etree.Entity: _OPAQUE}
    marked, category_links = page.marked, page.category_links
    hidden = 0
    walker = etree.iterwalk(page.tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        role = roles.get(tag, 0)
        if event == "start":
            if authors and (tag == "author" or ((values := element.values()) and _MARKERS.search(" ".join(values)))):
                marked.append(element)
            if not role:  # an inline element: most of any page
                if tag == "a":
                    if categories and "/categor" in (element.get("href") or ""):
                        category_links.append(element)
                    if pending and not pending[-1][-1].isspace() and not hidden and _glued(element):
                        add(" ")  # "Log In" "Find jobs": two links, not "Log InFind jobs"
                if not hidden and (text := element.text) and (pending or not text.isspace()):
                    add(text)
                continue
            if role == _OPAQUE:
                walker.skip_subtree()  # its end event still comes, with the tail
                continue
            if role == _SPECIAL and _special(page, element, tag, hidden, add):
                continue  # <title>: its text is metadata
            if hidden or role == _HIDDEN:
                if role == _HIDDEN:
                    hidden += 1
                    if tag == "noscript":
                        page.noscript.append(element)
                continue
            if role == _FURNITURE:
                if not state["furniture"]:
                    cuts.append(len(pending))
                state["furniture"] += 1
                if tag == "nav":
                    if not state["nav"]:
                        state["in_nav"] = not "".join(pending).strip()  # a line starting in the menu
                    state["nav"] += 1
            elif role == _BLOCK:
                if pending:
                    flush()
                kinds.append(BLOCK_KINDS[cast(str, tag)])  # a block tag: a str, as all parsed tags
                if tag == "figcaption":
                    caption = collapse(" ".join(element.itertext()))  # tags part words, as in the markup
                    if caption and caption not in page.captions:
                        page.captions.append(caption)
            if (text := element.text) and (pending or not text.isspace()):
                add(text)
        else:
            if role == _HIDDEN:
                hidden -= 1
            elif hidden or role < _FURNITURE:  # inline, or not entered
                pass
            elif role == _FURNITURE:
                state["furniture"] -= 1
                if tag == "nav":
                    state["nav"] -= 1
                    if not state["nav"]:
                        state["nav_end"] = len(pending)
                if not state["furniture"]:
                    if cuts and cuts[-1] == len(pending):
                        cuts.pop()  # furniture with nothing in it
                    else:
                        cuts.append(len(pending))
            elif role == _BLOCK:
                if pending:
                    flush()
                if kinds:
                    kinds.pop()
            if not hidden and (tail := element.tail) and (pending or not tail.isspace()):
                add(tail)
    if pending:
        flush()


def _glued(element: HtmlElement) -> bool:
    """Whether a link would run on into the link before it (the text so far ends in no space), with
    nothing between them in the markup: a menu's entries, set side by side (or one under another)
    by the style sheet."""
    before = element.getprevious()
    return before is not None and before.tag == "a" and not before.tail


def _special(page: Page, element: HtmlElement, tag: object, hidden: int, add: Callable[[str], None]) -> bool:
    """Read what a meta, link, html, title or br element says; True for a title."""
    if tag == "meta":
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = element.get("content")
        if key in META_KEYS and content and content.strip():
            page.meta.setdefault(META_KEYS[key], collapse(content))
    elif tag == "link":
        if (element.get("rel") or "").lower() == "canonical" and (href := element.get("href")):
            page.meta.setdefault("url", href)
    elif tag == "html":
        page.lang = (element.get("lang") or "")[:2].lower()
    elif hidden:
        return False
    elif tag == "title":
        page.title += element.text or ""
        return True
    elif tag == "br":
        add("\n")
    return False
