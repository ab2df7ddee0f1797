"""Fixing an extraction by hand: put a removed line back into the body, or drop one more block.

Both make a new CleanedArticle from the current one; the library stores it as a new version,
so nothing is overwritten and every earlier text stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.errors import ReaderError
from reader.core.models import Block, BlockKind, CleanedArticle, RemovedLine

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
    body.insert(insert_at, Block(BlockKind.PARAGRAPH, line.text))
    removed = content.removed[:removed_index] + content.removed[removed_index + 1 :]
    return replace(content, body=tuple(body), removed=removed)


def drop_block(content: CleanedArticle, block_index: int) -> CleanedArticle:
    """Move body block `block_index` to the removed lines, marked as dropped by the user."""
    if not 0 <= block_index < len(content.body):
        raise ReaderError("that paragraph is no longer in the article")
    if len(content.body) == 1:
        raise ReaderError("an article needs at least one paragraph; this is the last one")
    block = content.body[block_index]
    body = content.body[:block_index] + content.body[block_index + 1 :]
    return replace(content, body=body, removed=content.removed + (RemovedLine(block.text, DROPPED_BY_USER),))
