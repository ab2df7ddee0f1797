"""trafilatura's metadata of a page (title, description, author, site name, category) at a fraction of its cost.

`trafilatura.bare_extraction(..., with_metadata=True)` spent as long on the metadata as on the
article itself. Most of that went to things the cleaner does not need or can do cheaper: its
author search copied the whole tree, pruned it and ran three XPath expressions whose regular
expressions call back into Python for every element; its category search ran such expressions
too; its date search read the page's text with dateparser; and it read tags and licences, which
the cleaner never uses. Here trafilatura's steps run in its order (meta tags, JSON-LD, title,
author, URL, site name, category) on the tree the cleaner parsed once, with these changes. The
first three keep the results (the same on all 1,313 WCXB pages but one, where an icon's label in
an <svg> was taken for the author); the last one is a mend of trafilatura's author search (five
WCXB pages):

- the author search takes its candidates from the cleaner's walk over the page (elements whose
  attributes say "author", "byline" and the like), tells with Python which of trafilatura's
  three expressions each one matches, and reads the elements trafilatura would prune instead of
  pruning a copy: a candidate inside one is skipped, their text is left out of a candidate's
  text and their tails are kept where the pruning would have put them;
- the category search likewise starts from the walk's links to a category;
- no date (pagedate finds it), no tags, no licence, no host name;
- "author" in a class or an id is not the start of authorized, authorities, authorization or
  authoring ("authorized-dealer-link", "about-authentication-and-authorization",
  "authorities-governing-board", "authoring-tools"): a shop's badge, a manual's heading and a
  menu's entry were the writers trafilatura found there. Other words that start so still count
  ("authorship", and "authoritem" would be left out).

When trafilatura's internals are not what this module expects, `extract_metadata` itself runs, with
trafilatura's own author search.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from html import unescape
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml and trafilatura are loaded on first use: they take a while to import
    from lxml.etree import XPath, _Attrib, _Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

# Every element any of trafilatura's author expressions can choose has one of these in one of these
# attributes (or is an <author>): one cheap XPath finds them, Python tells which expression takes each.
_AUTHOR_CANDIDATES = """//*[(@class|@id|@rel|@itemprop|@data-testid|@data-component)[
    contains(., 'uthor') or contains(., 'yline') or contains(., 'zuozhe') or contains(., 'bianji') or
    contains(., 'xiaobian') or contains(., 'username') or . = 'byl' or . = 'BBL' or contains(., 'channel-name') or
    contains(., 'submitted-by') or contains(., 'posted-by') or contains(., 'journalist-name') or
    contains(., 'screenname') or contains(., 'writer')]]|//author"""


def _specific(tag: object, a: _Attrib) -> bool:
    """trafilatura's first author expression: specific and almost specific markup."""
    if tag == "author":
        return True
    cls = a.get("class", "")
    return tag in ("a", "address", "div", "link", "p", "span", "strong") and (
        a.get("rel") == "author"
        or a.get("id") == "author"
        or cls == "author"
        or a.get("itemprop") == "author name"
        or a.get("data-testid") in ("AuthorCard", "AuthorURL")
        or any(s in cls for s in ("authorname", "author-name", "AuthorName", "authorName"))
    )


# "author" in a class or an id, not the start of authorized, authorities, authorization, authoring
_NOT_AUTHORIZED = r"(?!i[stz]|ing)"
_AUTHOR = re.compile("author" + _NOT_AUTHORIZED)
_AUTHOR_EITHER_CASE = re.compile("[Aa]uthor" + _NOT_AUTHORIZED)


def _generic(tag: object, a: _Attrib) -> bool:
    """trafilatura's second author expression: almost generic and generic markup."""
    cls, ident = a.get("class", ""), a.get("id", "")
    return tag in ("a", "div", "h3", "h4", "p", "span") and (
        cls in ("byline", "username", "byl", "BBL")
        or "author" in a.get("itemprop", "")
        or bool(_AUTHOR.search(ident))
        or any(s in ident for s in ("zuozhe", "bianji", "xiaobian"))
        or bool(_AUTHOR.search(cls))
        or any(
            s in cls
            for s in (
                "channel-name",
                "zuozhe",
                "bianji",
                "xiaobian",
                "submitted-by",
                "posted-by",
                "journalist-name",
            )
        )
    )


def _last_resort(tag: object, a: _Attrib) -> bool:
    """trafilatura's third author expression: any element."""
    cls, ident = a.get("class", ""), a.get("id", "")
    return (
        "Byline" in a.get("data-component", "")
        or "author" in a.get("itemprop", "")
        or bool(_AUTHOR_EITHER_CASE.search(ident) or _AUTHOR_EITHER_CASE.search(cls))
        or any(s in cls for s in ("screenname", "writer", "Byline", "byline"))
    )


_AUTHOR_RULES = (_specific, _generic, _last_resort)
_DISCARD_CLASS = (
    "commentlist",
    "comments-list",
    "sidebar",
    "is-hidden",
    "quote",
    "embedly-instagram",
    "article-share",
    "article-support",
    "print",
    "category",
    "meta-date",
    "meta-reviewer",
)


def _pruned(element: _Element) -> bool:
    """trafilatura prunes this element before looking for the author: comments, dates, captions, sidebars."""
    tag = element.tag
    if tag in ("time", "figure"):
        return True
    if tag not in ("a", "div", "section", "span"):
        return False
    a = element.attrib
    cls, ident = a.get("class", ""), a.get("id", "")
    return (
        ident == "comments"
        or cls in ("comments", "title", "date")
        or ident.startswith("comments")
        or "commentlist" in ident
        or "comment-list" in ident
        or "ProductReviews" in ident
        or cls.startswith(("Comments", "comments"))
        or any(s in cls for s in _DISCARD_CLASS)
        or "Figure" in a.get("data-component", "")
    )


_CATEGORY_XPATHS = (
    """//div[starts-with(@class, 'postinfo') or starts-with(@class, 'post-info') or
    starts-with(@class, 'postmeta') or starts-with(@class, 'post-meta') or starts-with(@class, 'meta') or
    starts-with(@class, 'entry-meta') or starts-with(@class, 'entry-info') or starts-with(@class, 'entry-utility') or
    starts-with(@id, 'postpath')]//a[@href]""",
    """//p[starts-with(@class, 'postmeta') or starts-with(@class, 'entry-categories') or
    @class='postinfo' or @id='filedunder']//a[@href]""",
    """//footer[starts-with(@class, 'entry-meta') or starts-with(@class, 'entry-footer')]//a[@href]""",
    """//*[self::li or self::span][@class='post-category' or @class='postcategory' or
    @class='entry-category' or contains(@class, 'cat-links')]//a[@href]""",
    """//header[@class='entry-header']//a[@href]""",
    """//div[@class='row' or @class='tags']//a[@href]""",
)
# The same expressions' containers, as tests on an element's tag, class and id.
_CATEGORY_CONTAINERS: tuple[Callable[[object, str, str], bool], ...] = (
    lambda tag, cls, ident: (
        tag == "div"
        and (
            cls.startswith(
                ("postinfo", "post-info", "postmeta", "post-meta", "meta", "entry-meta", "entry-info", "entry-utility")
            )
            or ident.startswith("postpath")
        )
    ),
    lambda tag, cls, ident: (
        tag == "p" and (cls.startswith(("postmeta", "entry-categories")) or cls == "postinfo" or ident == "filedunder")
    ),
    lambda tag, cls, ident: tag == "footer" and cls.startswith(("entry-meta", "entry-footer")),
    lambda tag, cls, ident: (
        tag in ("li", "span") and (cls in ("post-category", "postcategory", "entry-category") or "cat-links" in cls)
    ),
    lambda tag, cls, ident: tag == "header" and cls == "entry-header",
    lambda tag, cls, ident: tag == "div" and cls in ("row", "tags"),
)
_CATEGORY_HREF = re.compile(r"/categor(?:y|ies|s)?/")
_compiled: dict[str, XPath] = {}
# The parts of trafilatura.metadata this module calls (trafilatura 1.12 to 2.x have them).
_TRAFILATURA_STEPS = (
    "examine_meta",
    "extract_meta_json",
    "extract_title",
    "extract_url",
    "extract_sitename",
    "META_URL",
)


def _xpath(expression: str) -> XPath:
    from lxml.etree import XPath

    if expression not in _compiled:
        _compiled[expression] = XPath(expression)
    return _compiled[expression]


def head_metadata(tree: HtmlElement) -> Document | None:
    """The first, cheap steps: the meta tags and the JSON-LD. They tell whether the dear searches
    of the markup (author, category) are needed at all. None with another trafilatura."""
    try:
        from trafilatura import metadata as tm
    except ImportError:
        return None
    if not all(hasattr(tm, name) for name in _TRAFILATURA_STEPS):
        return None
    document = tm.examine_meta(tree)
    if document.author and (scholars := _citation_authors(tree)):  # found an author: perhaps from those tags
        document.author = scholars
    if document.author and " " not in document.author:
        document.author = None
    try:
        document = _meta_json(tree, document)
    except Exception as error:  # noqa: BLE001 - trafilatura's JSON-LD reader failing leaves the rest
        log.debug("JSON-LD metadata: %s", error)
    return document


def _citation_authors(tree: HtmlElement) -> str:
    """The writers a scholarly page names for Google Scholar, one `citation_author` tag each, "Last,
    First" or "First Last" as its guidelines allow: in byline order ("Jeff T. Kaufman"), joined by
    semicolons; trafilatura reads the comma as two names ("Kaufman; Jeff T")."""
    names: list[str] = []
    for content in tree.xpath('//head/meta[@name="citation_author"]/@content'):
        name = " ".join(str(content).split())
        last, comma, first = name.partition(",")
        given = first.strip()
        if comma and given and "," not in given and not _SUFFIX.fullmatch(given):  # "van der Berg, Jan"
            name = f"{given} {last.strip()}"  # not "John Smith, Jr.", "Jane Roe, PhD", "Roe, Jr., Jan"
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return "; ".join(names)


_SUFFIX = re.compile(r"(?:jr|sr|ii|iii|iv|ph\.?\s?d|m\.?\s?d|md|phd|esq|mba|rn)\.?", re.IGNORECASE)


def _meta_json(tree: HtmlElement, document: Document) -> Document:
    """trafilatura's extract_meta_json with the same result, its text preparation done quicker: the
    white space between a JSON-LD script's strings removed a run at a time (not a character at a
    time, each through a template), and lone surrogates dropped by one regular expression (not a
    test of every character in Python). Over half of the metadata step's time went to those two on
    pages whose JSON-LD is large. trafilatura's own function when its parts are not the expected."""
    try:
        from trafilatura.json_metadata import extract_json, extract_json_parse_error
    except ImportError:
        from trafilatura import metadata as tm

        return tm.extract_meta_json(tree, document)
    for script in tree.xpath('.//script[@type="application/ld+json" or @type="application/settings+json"]'):
        if not script.text:
            continue
        text = _json_text(_BETWEEN_STRINGS.sub(_string_kept, script.text))
        try:
            document = extract_json(json.loads(text, strict=False), document)
        except json.JSONDecodeError:
            document = extract_json_parse_error(text, document)
    return document


def _string_kept(match: re.Match[str]) -> str:
    return match.group(1) or ""


def _json_text(text: str) -> str:
    """A JSON-LD script's text as trafilatura reads it: escapes for line breaks and tabs dropped,
    \\u escapes read (less lone surrogates) and entities read, when it has any escape; tags
    stripped and white space collapsed."""
    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = _SURROGATES.sub("", _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text))
        text = unescape(text)
    return " ".join(_TAGS.sub("", text).split())


_BETWEEN_STRINGS = re.compile(r'("(?:\\.|[^"\\])*")|\s+')  # a string, kept; white space outside, dropped
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TAGS = re.compile(r"(<!--.*?-->|<[^>]*>)")


def page_metadata(
    tree: HtmlElement,
    url: str = "",
    *,
    head: Document | None = None,
    marked: list[HtmlElement] | None = None,
    category_links: list[HtmlElement] | None = None,
) -> Document:
    """The page's metadata (a trafilatura.settings.Document) as `trafilatura.extract_metadata(tree,
    url)` finds it (see the module's docstring for what is left out); `tree` is not changed. `head`
    is head_metadata(tree) when the caller has it; `marked` and `category_links` are the walk's
    (page.Page) elements that can hold an author and links to a category, when it has them."""
    from trafilatura import metadata as tm

    document = head if head is not None else head_metadata(tree)
    if document is None:  # another trafilatura: its own function, at its own cost
        return tm.extract_metadata(tree, url or None, extensive=False)
    from trafilatura.json_metadata import normalize_authors

    if not document.title:
        document.title = tm.extract_title(tree)
    if not document.author:
        author = _author(tree, marked)
        document.author = normalize_authors(None, author) if author else None
    if not document.url:
        document.url = tm.extract_url(tree, url or None)
    if not document.sitename:
        document.sitename = tm.extract_sitename(tree)
    if document.sitename:
        document.sitename = document.sitename.lstrip("@")
        if document.sitename and "." not in document.sitename and not document.sitename[0].isupper():
            document.sitename = document.sitename.title()
    elif document.url and (match := tm.META_URL.match(document.url)):
        document.sitename = match[1]
    if not document.categories:
        document.categories = _categories(tree, category_links)
    document.clean_and_trim()
    return document


def _author(tree: HtmlElement, candidates: list[HtmlElement] | None = None) -> str | None:
    """The first text of 3 to 119 characters that the author expressions find, in their order,
    on the tree as trafilatura's pruning of comments, dates, captions and sidebars leaves it."""
    chosen: tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]] = ([], [], [])
    for element in _xpath(_AUTHOR_CANDIDATES)(tree) if candidates is None else candidates:
        tag, attributes = element.tag, element.attrib
        for rule, found in zip(_AUTHOR_RULES, chosen):
            if rule(tag, attributes):
                found.append(element)
    for found in chosen:
        for element in found:
            if _pruned(element) or any(_pruned(a) for a in element.iterancestors()):
                continue  # pruned with its container
            if _customers(element, _OWN_CUSTOMERS) or any(_customers(box, _CUSTOMERS) for box in _boxes(element)):
                continue  # a customer's name under a testimonial or a review, not the page's writer
            content = " ".join(" ".join(_pruned_text(element)).split())
            if content and 2 < len(content) < 120:
                return content
    return None


def _customers(element: _Element, marker: re.Pattern[str]) -> bool:
    """A testimonial's or a review card's box ("testimonial_rotator_author_info", "review-card",
    "CustomerQuotes_authorInfo"), or a rating's author ("featured-review_rating-author", the element's
    own class: a critic's byline may stand in a box with the stars): its "author" is a customer
    quoted on a shop's or a service's page."""
    a = element.attrib
    words = f"{a.get('class', '')} {a.get('id', '')}".split()
    return any(marker.search(word) for word in words if not word.startswith(_TAXONOMY))


def _boxes(element: _Element) -> Iterator[_Element]:
    """The boxes around an element, up to eight, not the article, the main part or the body around them."""
    for box in islice(element.iterancestors(), _BOX_DEPTH):
        if box.tag in ("article", "main", "body"):
            return
        yield box


# a word of a class or an id that starts with the marker: "-customers_author", "CustomerQuotes", not
# "generating-leads" nor a post's classes naming its tags ("tag-analyze-customer-data")
_BOX_WORDS = "testimonial|customer|review[-_]?card|trustpilot"
_CUSTOMERS = re.compile(rf"(?:^|[-_])(?:{_BOX_WORDS})", re.IGNORECASE)
_OWN_CUSTOMERS = re.compile(rf"(?:^|[-_])(?:{_BOX_WORDS}|rating)", re.IGNORECASE)  # the author element's own
_TAXONOMY = ("tag-", "category-", "topic-", "post_tag-")
_BOX_DEPTH = 8  # the boxes a testimonial's name stands in


def _pruned_text(element: _Element) -> list[str]:
    """`element.itertext()` as it would be once the pruned elements are deleted: their text gone,
    their tail joined to the text before them (trafilatura's `delete_element`)."""
    pieces: list[str] = []
    stack: list[tuple[_Element, int, str]] = []
    node, index, slot = element, 0, element.text or ""
    while True:
        children = len(node)
        while index < children:
            child = node[index]
            index += 1
            if not isinstance(child.tag, str):  # a comment: no text in itertext, its tail stands alone
                if slot:
                    pieces.append(slot)
                slot = child.tail or ""
                continue
            if _pruned(child):
                slot += child.tail or ""
                continue
            if slot:
                pieces.append(slot)
            stack.append((node, index, child.tail or ""))
            node, index, slot = child, 0, child.text or ""
            children = len(node)
        if slot:
            pieces.append(slot)
        if not stack:
            return pieces
        node, index, slot = stack.pop()


def _categories(tree: HtmlElement, links: list[HtmlElement] | None = None) -> list[str]:
    """trafilatura's `extract_catstags("category", tree)`: the category links inside the first kind of
    container that has any (post meta, entry footer, ...), else the page's article:section; `links`
    are the page's links whose address names a category, when the caller has them."""
    from trafilatura.baseline import block_text
    from trafilatura.utils import line_processing

    results: list[str] = []
    for expression, inside in zip(_CATEGORY_XPATHS, _CATEGORY_CONTAINERS):
        if links is None:
            found = [e for e in _xpath(expression)(tree) if _CATEGORY_HREF.search(e.attrib["href"])]
        else:
            found = [
                e
                for e in links
                if _CATEGORY_HREF.search(e.get("href") or "")
                and any(inside(a.tag, a.get("class", ""), a.get("id", "")) for a in e.iterancestors())
            ]
        results.extend(block_text(e) for e in found)
        if results:
            break
    if not results:
        results.extend(
            e.attrib["content"]
            for e in tree.xpath('.//head//meta[@property="article:section" or contains(@name, "subject")][@content]')
        )
    return [r for r in dict.fromkeys(line_processing(x) for x in results if x) if r]
