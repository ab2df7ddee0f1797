"""trafilatura's comparison with readability and jusText, left out where it cannot change the result.

After its own extractor, trafilatura runs readability on a copy of the page and, on some pages,
jusText, and keeps one of them instead of its own reading when that reading looks poor: empty,
short, holding elements a clean article has not (a <nav>, a <button>), built of tables rather than
paragraphs, or less than half as long as readability's. That comparison is a sixth of a saved
page's cleaning time. Its outcome is settled before it runs on many pages: readability's text is a
part of the page's text (scripts and styles left out), so when trafilatura's own reading is long
enough, clean, made of paragraphs and at least half the page's text, readability cannot be twice
as long, and the own reading stands. There the comparison is left out; everywhere else it runs as
trafilatura runs it. The result is trafilatura's own on every page: only the time differs.

This is done inside Reader's call alone (`reading_in_place`): a trafilatura called by anyone else
in the process, the benchmark's included, runs as it always does. When trafilatura's internals are
not the ones expected, nothing is changed.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import copy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Extractor

_SLACK = 2  # characters per script or style: its text collapsed apart from its neighbours' differs by this much

_state = threading.local()  # whether this thread is inside Reader's call
_tried: list[bool] = []  # whether Reader's step is in place (tried once in a process)
_PARAMETERS = ["cleaned_tree", "cleaned_tree_backup", "tree", "options"]  # trafilatura's step's, as known here


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


def _install() -> None:
    """Reader's step in place of trafilatura's `_extract_and_compare`, once: it hands every call
    made outside `reading_in_place` to trafilatura's own. Not when trafilatura's step or the names
    it uses are not the ones this module knows: trafilatura then runs as it is."""
    if _tried:
        return
    _tried.append(False)
    try:
        import trafilatura.core as core
        from trafilatura import external
        from trafilatura.main_extractor import extract_content
    except ImportError:
        return
    original: Callable[..., Any] | None = getattr(core, "_extract_and_compare", None)
    sanitized = getattr(external, "SANITIZED_XPATH", None)
    if original is None or not isinstance(sanitized, str) or not hasattr(external, "compare_extraction"):
        return
    try:
        if list(inspect.signature(original).parameters) != _PARAMETERS:
            return
    except (TypeError, ValueError):
        return

    def extract_and_compare(
        cleaned_tree: HtmlElement, cleaned_tree_backup: HtmlElement, tree: HtmlElement, options: Extractor
    ) -> tuple[_Element, str]:
        if not getattr(_state, "active", False):
            return original(cleaned_tree, cleaned_tree_backup, tree, options)  # type: ignore[no-any-return]
        body, text = extract_content(cleaned_tree, options)
        if options.fast or _stands(body, text, tree, options, sanitized):
            return body, text
        return external.compare_extraction(cleaned_tree_backup, copy(tree), body, text, options)

    core._extract_and_compare = extract_and_compare
    _tried[0] = True


def _stands(body: _Element, text: str, tree: HtmlElement, options: Extractor, sanitized: str) -> bool:
    """Whether trafilatura's comparison would keep its own reading `body` of `tree` whatever
    readability finds: its balanced mode (the recall mode's retry compares on other terms), a
    reading long enough that jusText is not asked, with none of the elements that call jusText in
    (`sanitized`), with paragraphs' text and no more tables than paragraphs, and at least half of
    the page's text, scripts and styles left out, which readability's reading is a part of."""
    if options.focus != "balanced" or len(text) < options.min_extracted_size:
        return False
    if body.xpath(sanitized) or not body.xpath(".//p//text()"):
        return False
    if len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    # the text's length with its white space collapsed, in C (as normalize-space collapses it: not a
    # no-break space, which readability's count collapses, so never less than readability's own count)
    page = _collapsed_length(tree)
    scripts = 0
    for element in tree.iter("script", "style"):
        if element.text:
            page -= _collapsed_length(element)
            scripts += 1
    return 2 * len(text) >= page + _SLACK * (scripts + 1)


def _collapsed_length(element: HtmlElement) -> int:
    return int(element.xpath("string-length(normalize-space(.))"))
