"""Fixing an extraction by hand: put a removed line back into the body, or drop one more block.

Both make a new CleanedArticle from the current one; the library stores it as a new version,
so nothing is overwritten and every earlier text stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from reader.core.errors import ReaderError
from reader.core.models import Block, BlockKind, CleanedArticle, PageStart, RemovedLine, block_starts, body_text

DROPPED_BY_USER = "dropped by you"
_SPACE = re.compile(r"\s+")


def _position(haystack: str, text: str, start: int = 0) -> int:
    needle = _SPACE.sub(" ", text).strip()[:80]
    found = haystack.find(needle, start)
    return found if found >= 0 else haystack.find(needle)


def restore_line(content: CleanedArticle, raw_text: str, removed_index: int) -> CleanedArticle:
    """Put removed line `removed_index` back into the body, where it stood in the input."""
    if not 0 <= removed_index < len(content.removed):
        raise ReaderError("that line is no longer in the removed list")
    line = content.removed[removed_index]
    skeleton = _SPACE.sub(" ", raw_text)
    target = _position(skeleton, line.text)
    insert_at = len(content.body)
    if target >= 0:
        for i, block in enumerate(content.body):
            where = _position(skeleton, block.text)
            if where > target:
                insert_at = i
                break
    body = list(content.body)
    kind = BlockKind.CODE if "\n" in line.text else BlockKind.PARAGRAPH  # only code keeps its line breaks
    body.insert(insert_at, Block(kind, line.text))
    removed = content.removed[:removed_index] + content.removed[removed_index + 1 :]
    moved = [i if i < insert_at else i + 1 for i in range(len(content.body))]
    return replace(content, body=tuple(body), removed=removed, pages=carry_pages(content, tuple(body), moved))


def drop_block(content: CleanedArticle, block_index: int) -> CleanedArticle:
    """Move body block `block_index` to the removed lines, marked as dropped by the user."""
    if not 0 <= block_index < len(content.body):
        raise ReaderError("that paragraph is no longer in the article")
    if len(content.body) == 1:
        raise ReaderError("an article needs at least one paragraph; this is the last one")
    block = content.body[block_index]
    body = content.body[:block_index] + content.body[block_index + 1 :]
    moved = [None if i == block_index else i - (i > block_index) for i in range(len(content.body))]
    removed = content.removed + (RemovedLine(block.text, DROPPED_BY_USER),)
    return replace(content, body=body, removed=removed, pages=carry_pages(content, body, moved))


def carry_pages(content: CleanedArticle, body: tuple[Block, ...], moved: Sequence[int | None]) -> tuple[PageStart, ...]:
    """The article's page starts on a new body: `moved[i]` is where old block i went (None: gone).
    A page that began inside a block that is gone begins where the next block kept does."""
    if not content.pages:
        return ()
    old_starts, new_starts = block_starts(content.body), block_starts(body)
    end = len(body_text(body))
    pages: list[PageStart] = []
    for page in content.pages:
        index = max(0, bisect_right(old_starts, page.offset) - 1)
        within = page.offset - old_starts[index] if index < len(old_starts) else 0
        while index < len(moved) and moved[index] is None:
            index, within = index + 1, 0
        target = moved[index] if index < len(moved) else None
        offset = end if target is None else new_starts[target] + within
        if not pages or offset >= pages[-1].offset:
            pages.append(PageStart(offset, page.label))
    return tuple(pages)
