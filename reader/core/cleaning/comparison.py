"""trafilatura's comparison with readability and jusText, left out where it cannot change the result.

After its own extractor, trafilatura runs readability on a copy of the page and, on some pages,
jusText, and keeps one of them instead of its own reading when that reading looks poor: empty,
short, holding elements a clean article has not (a <nav>, a <button>), built of tables rather than
paragraphs, or less than half as long as readability's. That comparison is a sixth of a saved
page's cleaning time. Its outcome is settled before it runs on many pages: readability's text is a
part of the page's text (scripts and styles left out), with "VIDEO" written into each video's
<iframe>, so when trafilatura's own reading is long enough, clean, made of paragraphs and at least
half that much, readability cannot be twice as long, and the own reading stands. There the
comparison is left out; everywhere else it runs as trafilatura runs it. A page holding an element
whose text the HTML parser reads as written (<xmp>, <noembed>, <noframes>, <plaintext>) is always
compared: readability's reading, written as XML and parsed back, can read longer there.

This is done inside Reader's call alone (`reading_in_place`): a trafilatura called by anyone else
in the process, the benchmark's included, runs as it always does. The reasoning holds for the
trafilatura code it was worked out on: the steps it depends on are fingerprinted (_FINGERPRINT),
and with any other code nothing is changed (`in_place` says so; a test then fails, asking for the
reasoning to be checked again against the new code).
"""

from __future__ import annotations

import hashlib
import inspect
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from typing import TYPE_CHECKING

from . import justext_paragraphs

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Extractor

_state = threading.local()  # whether this thread is inside Reader's call
_tried: list[bool] = []  # [whether Reader's step is in place], once tried in this process

# The trafilatura steps the reasoning above reads, as trafilatura 2.3.1 writes them.
_FINGERPRINT = "cbff10b47c2136bb"
_VIDEO = len(" VIDEO")  # what readability writes into a video's <iframe>, with a space before it
_AS_WRITTEN = ("xmp", "noembed", "noframes", "plaintext")  # raw text to the HTML parser


@contextmanager
def reading_in_place() -> Iterator[None]:
    """Within it, trafilatura's extraction sequence on this thread leaves out the comparison where
    it cannot change the result."""
    _install()
    before = getattr(_state, "active", False)
    _state.active = True
    try:
        yield
    finally:
        _state.active = before


def in_place() -> bool:
    """Whether Reader's step stands in for trafilatura's (tried on first use)."""
    _install()
    return _tried[0]


def fingerprint() -> str:
    """The fingerprint of the trafilatura steps the reasoning reads: their source, hashed."""
    from trafilatura import core, external, readability_lxml

    steps = (
        core._extract_and_compare,
        external.compare_extraction,
        external._prefer_readability,
        external.try_readability,
        readability_lxml.Document.__init__,
        readability_lxml.Document.summary,
        readability_lxml.Document.sanitize,
        readability_lxml.Document.transform_misused_divs_into_paragraphs,
    )
    return hashlib.sha256("".join(inspect.getsource(step) for step in steps).encode()).hexdigest()[:16]


def _install() -> None:
    """Reader's step in place of trafilatura's `_extract_and_compare`, once: it hands every call
    made outside `reading_in_place` to trafilatura's own. Not when trafilatura's steps are not the
    ones the reasoning was worked out on: trafilatura then compares as it does. jusText's
    paragraphs, read by Reader's walk inside that call, are put in place here too, on their own
    fingerprint (justext_paragraphs.py)."""
    if _tried:
        return
    _tried.append(False)
    justext_paragraphs.install(lambda: getattr(_state, "active", False))
    try:
        from trafilatura import core, external

        if fingerprint() != _FINGERPRINT:
            return
    except (ImportError, AttributeError, OSError, TypeError):  # another trafilatura, or one without its source
        return
    original = core._extract_and_compare
    sanitized: str = external.SANITIZED_XPATH

    def extract_and_compare(
        cleaned_tree: HtmlElement, cleaned_tree_backup: HtmlElement, tree: HtmlElement, options: Extractor
    ) -> tuple[_Element, str]:
        if not getattr(_state, "active", False):
            return original(cleaned_tree, cleaned_tree_backup, tree, options)
        # the names trafilatura's own step calls, looked up in its module as that step does
        body, text = core.extract_content(cleaned_tree, options)  # type: ignore[attr-defined]
        if options.fast or _stands(body, text, tree, options, sanitized):
            return body, text
        return core.compare_extraction(cleaned_tree_backup, copy(tree), body, text, options)  # type: ignore[attr-defined]

    core._extract_and_compare = extract_and_compare
    _tried[0] = True


def _stands(body: _Element, text: str, tree: HtmlElement, options: Extractor, sanitized: str) -> bool:
    """Whether trafilatura's comparison would keep its own reading `body` of `tree` whatever
    readability finds: its balanced mode (the recall mode's retry compares on other terms), a
    reading long enough that jusText is not asked, with none of the elements that call jusText in
    (`sanitized`), with paragraphs' text and no more tables than paragraphs, and at least half as
    long as the most readability's reading can hold: the page's text without its scripts and styles,
    and "VIDEO" for each <iframe>."""
    if options.focus != "balanced" or len(text) < options.min_extracted_size:
        return False
    if body.xpath(sanitized) or not body.xpath(".//p//text()"):
        return False
    if len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    # The text's length with its white space collapsed, in C. normalize-space keeps a no-break
    # space that trafilatura's count collapses, and a script's text collapsed alone is never longer
    # than what it adds to the page's: the figure is never under readability's count.
    most = _collapsed_length(tree)
    for element in tree.iter("script", "style", "iframe", *_AS_WRITTEN):
        tag = element.tag
        if tag in _AS_WRITTEN:
            return False
        if tag == "iframe":
            most += _VIDEO
        elif element.text:
            most -= _collapsed_length(element)
    return 2 * len(text) >= most


def _collapsed_length(element: HtmlElement) -> int:
    return int(element.xpath("string-length(normalize-space(.))"))
