"""Lists in a copied article whose bullets the copy lost: a line ending in a colon ("Key cost
factors:") over its items, each a short line. The cleaner keeps such items inside the body and
shows them as a list again."""

from __future__ import annotations

from itertools import takewhile

from reader.core.cleaning.lines import TEXT_TAGS, Line


def in_list(region: list[Line], i: int) -> bool:
    """Whether a short line belongs to a list the article introduces with a colon ("Key cost
    factors:" over its items, whose bullets the copy lost): the introducing line over two items or
    more, or an item under it."""
    if region[i].text.endswith(":"):
        return _items_under(region, i) >= 2
    for above in reversed(region[max(0, i - _LIST_ITEMS) : i]):
        if above.text.endswith(":"):
            return above.tag in TEXT_TAGS
        if not _list_item(above):
            return False
    return False


def introduced_items(lines: list[Line]) -> set[int]:
    """The positions of the items of each list a line ending in a colon introduces (see in_list):
    shown as a list again, not as headings or paragraphs."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if line.text.endswith(":") and (count := _items_under(lines, i)) >= 2:
            found.update(range(i + 1, i + 1 + count))
    return found


def _items_under(lines: list[Line], i: int) -> int:
    """How many list items follow the line at i, up to the first line that is none."""
    return len(list(takewhile(_list_item, lines[i + 1 : i + 1 + _LIST_ITEMS])))


def _list_item(line: Line) -> bool:
    return line.tag in TEXT_TAGS and line.words <= _ITEM_WORDS and not line.text.endswith(":")


_LIST_ITEMS = 12  # items under one introducing line
_ITEM_WORDS = 25
