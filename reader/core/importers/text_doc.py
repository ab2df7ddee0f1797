"""Plain text to an article: the first line is the title, blank lines or line breaks split paragraphs."""

from __future__ import annotations

import re

from reader.core.models import Block, BlockKind, CleanedArticle

_SPACE = re.compile(r"\s+")
MAX_TITLE = 300


def collapse(text: str) -> str:
    """Collapse runs of white space (non-breaking spaces included) to one space and trim."""
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs.

    A chunk between blank lines is one paragraph when its lines look hard-wrapped (every line
    but the last of similar, typewriter length); otherwise each line is a paragraph of its own,
    as browsers produce when a page is copied.
    """
    result: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [collapse(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _hard_wrapped(lines):
            result.append(" ".join(lines))
        else:
            result.extend(lines)
    return result


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    lengths = [len(line) for line in body]
    return min(lengths) >= 40 and max(lengths) <= 100 and max(lengths) - min(lengths) <= 30


def import_text(text: str) -> CleanedArticle:
    paras = paragraphs(text)
    title = paras[0][:MAX_TITLE] if paras else ""
    body = tuple(Block(BlockKind.PARAGRAPH, p) for p in paras[1:])
    return CleanedArticle(title=title, body=body)
