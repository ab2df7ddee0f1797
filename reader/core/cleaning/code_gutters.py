"""Line numbers printed beside a program on a saved page are not the program's text.

Highlighters that number lines write the numbers in one of two ways: inside the <pre>, a span
before each line (`<span class="linenos">1</span>def f():`), or in a table of two cells, the
numbers' <pre> in one and the code's in the other (Pygments' "highlighttable", Rouge's
"rouge-table"). Left in, the first glues a number to each line ("1def f():") and the second makes
a table row that trafilatura runs together ("1 2 3 · def f(): return 1"). Both are taken out of the
tree right after it is parsed, before anything reads it; the code's <pre> then stands where the
table stood. A table that frames more than the code (a page laid out in a table, with a spacer
cell) is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# The class a highlighter gives the numbers: Pygments' "linenos" and "linenodiv", Rouge's "gutter"
# and "lineno", "line-numbers", "line-number" and the like.
_GUTTER = re.compile(r"(?:^|\s)(?:linenos|linenodiv|lineno|gutter|line-?numbers?|ln-?num)(?:\s|$)", re.IGNORECASE)
_NUMBERS = re.compile(r"[\d\s]*")  # line numbers, or none left (Rouge's cell once its numbers' <pre> is gone)


def without_gutters(tree: HtmlElement) -> None:
    """The page's line numbers beside its code taken out, in place."""
    for pre in list(tree.iter("pre")):
        numbered = [
            e for e in pre.iterdescendants() if _GUTTER.search(_class(e)) and _NUMBERS.fullmatch(e.text_content())
        ]  # a number's element, not a <code class="line-numbers"> holding the program
        for element in numbered:
            element.drop_tree()  # its tail, the line's code, stays
        cell = next(pre.iterancestors("td"), None)
        if cell is None:
            continue  # not in a table
        row = cell.getparent()
        table = next(cell.iterancestors("table"), None)
        parent = table.getparent() if table is not None else None
        if table is None or row is None or parent is None or len(row) != 2:
            continue
        numbers = row[0] if row[1] is cell else row[1]
        if not _NUMBERS.fullmatch(numbers.text_content()):
            continue  # words beside the code (or this is the numbers' own cell, beside the code's)
        if " ".join(cell.text_content().split()) != " ".join(pre.text_content().split()):
            continue  # the cell holds more than the code: the page's layout, not a highlighter's frame
        if len(list(table.iter("tr"))) != 1:
            continue  # a table of rows: a table, not a highlighter's frame
        pre.tail = table.tail
        parent.replace(table, pre)


def _class(element: HtmlElement) -> str:
    value = element.get("class") if isinstance(element.tag, str) else None
    return value or ""
